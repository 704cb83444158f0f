package needs

import (
	"testing"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/review"
)

// TestZeroChapterCountsNothing holds the one rule for a chapter argument:
// an invalid chapter, zero included, counts nothing, in every query that
// takes one. Group, not GroupChapter(g, 0), gives a group's total.
func TestZeroChapterCountsNothing(t *testing.T) {
	s := TallySlice([]Need{
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: LegalAdvice},
	})
	if got := s.GroupChapter(convention.African, 0); got != (Count{}) {
		t.Errorf("GroupChapter(African, 0) = %v, want {0 0}", got)
	}
	if got := s.Group(convention.African); got != (Count{Needs: 1, States: 1}) {
		t.Errorf("Group(African) = %v, want {1 1}", got)
	}
	if got := s.CategoryIn(0, LegalAdvice); got != (Count{}) {
		t.Errorf("CategoryIn(0, LegalAdvice) = %v, want {0 0}", got)
	}
	if got := s.Chapter(0); got != (Count{}) {
		t.Errorf("Chapter(0) = %v, want {0 0}", got)
	}
	if got := s.RankArticlesIn(0, ByNeeds); len(got) != 0 {
		t.Errorf("RankArticlesIn(0) = %v, want empty", got)
	}
	if got := s.RankCategoriesIn(0, ByNeeds); len(got) != 0 {
		t.Errorf("RankCategoriesIn(0) = %v, want empty", got)
	}
}
