package needs

import (
	"testing"

	"github.com/uncac-go/uncac/convention"
)

// TestArticleChapter holds the hot loops' table to package convention.
func TestArticleChapter(t *testing.T) {
	for a := range convention.Articles() {
		if got, want := articleChapter[a], uint8(a.Chapter()-1); got != want {
			t.Errorf("articleChapter[%d] = %d, want %d", a, got, want)
		}
	}
	if len(articleChapter) != convention.NumArticles+1 {
		t.Errorf("len(articleChapter) = %d, want %d", len(articleChapter), convention.NumArticles+1)
	}
}
