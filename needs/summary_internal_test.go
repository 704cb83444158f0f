package needs

import (
	"testing"

	"github.com/uncac-go/uncac/convention"
)

// TestArticleChapter holds the hot loops' table to package convention: the
// chapter of every article, and 0 for every other byte.
func TestArticleChapter(t *testing.T) {
	for i, got := range articleChapter {
		want := uint8(0)
		if a := convention.Article(i); a.IsValid() {
			want = uint8(a.Chapter())
		}
		if got != want {
			t.Errorf("articleChapter[%d] = %d, want %d", i, got, want)
		}
	}
}
