package needs_test

import (
	"slices"
	"testing"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/review"
)

// batchOf builds needs: for each article, the given number of needs spread
// over the given number of States (needs >= states).
func batchOf(counts map[convention.Article][2]int) []needs.Need {
	states := slices.Collect(convention.States())
	var ns []needs.Need
	for a, c := range counts {
		for i := range c[0] {
			ns = append(ns, needs.Need{
				State:     states[i%c[1]],
				Provision: a.Ref(),
				Cycle:     review.First,
				Category:  needs.Category(1 + i/c[1]),
			})
		}
	}
	return ns
}

type rk struct {
	art  convention.Article
	rank int
}

func ranksOf(r needs.Ranking[convention.Article]) []rk {
	var out []rk
	for _, e := range r {
		out = append(out, rk{e.Key, e.Rank})
	}
	return out
}

func TestRankArticles(t *testing.T) {
	s := needs.TallySlice(batchOf(map[convention.Article][2]int{
		46: {20, 10}, 44: {15, 12}, 50: {15, 5}, 48: {9, 9}, 16: {15, 3}, 30: {4, 4},
	}))
	tests := []struct {
		name string
		got  needs.Ranking[convention.Article]
		want []rk
	}{
		{"by needs", s.RankArticles(needs.ByNeeds),
			[]rk{{46, 1}, {16, 2}, {44, 2}, {50, 2}, {48, 5}, {30, 6}}},
		{"by States", s.RankArticles(needs.ByStates),
			[]rk{{44, 1}, {46, 2}, {48, 3}, {50, 4}, {30, 5}, {16, 6}}},
		{"chapter IV by needs", s.RankArticlesIn(convention.InternationalCooperation, needs.ByNeeds),
			[]rk{{46, 1}, {44, 2}, {50, 2}, {48, 4}}},
		{"Top(2) keeps ties", s.RankArticles(needs.ByNeeds).Top(2),
			[]rk{{46, 1}, {16, 2}, {44, 2}, {50, 2}}},
		{"Top(1)", s.RankArticles(needs.ByNeeds).Top(1), []rk{{46, 1}}},
		{"Top(5)", s.RankArticles(needs.ByNeeds).Top(5),
			[]rk{{46, 1}, {16, 2}, {44, 2}, {50, 2}, {48, 5}}},
		{"Top(99)", s.RankArticles(needs.ByNeeds).Top(99),
			[]rk{{46, 1}, {16, 2}, {44, 2}, {50, 2}, {48, 5}, {30, 6}}},
		{"Top(0)", s.RankArticles(needs.ByNeeds).Top(0), nil},
		{"chapter V is empty", s.RankArticlesIn(convention.AssetRecovery, needs.ByNeeds), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ranksOf(tt.got); !slices.Equal(got, tt.want) {
				t.Errorf("ranking = %v, want %v", got, tt.want)
			}
		})
	}
	r := s.RankArticles(needs.ByNeeds)
	if got, ok := r.Rank(50); got != 2 || !ok {
		t.Errorf("Rank(50) = %d, %v, want 2, true", got, ok)
	}
	if got, ok := r.Rank(51); got != 0 || ok {
		t.Errorf("Rank(51) = %d, %v, want 0, false", got, ok)
	}
}

func TestRankOthers(t *testing.T) {
	s := needs.TallySlice(batchOf(map[convention.Article][2]int{46: {6, 3}, 16: {2, 2}, 17: {2, 1}}))
	ch := s.RankChapters(needs.ByNeeds)
	if len(ch) != 2 || ch[0].Key != convention.InternationalCooperation || ch[0].Count != (needs.Count{Needs: 6, States: 3}) ||
		ch[1].Key != convention.Criminalization || ch[1].Count != (needs.Count{Needs: 4, States: 2}) {
		t.Errorf("RankChapters = %v", ch)
	}
	cats := s.RankCategories(needs.ByNeeds)
	want := []needs.Category{needs.LegislativeDrafting, needs.LegalAdvice}
	if got := slices.Collect(cats.Keys()); !slices.Equal(got, want) {
		t.Errorf("RankCategories keys = %v, want %v", got, want)
	}
	st := s.RankStates(needs.ByNeeds)
	if len(st) != 3 || st[0].Count.Needs != 5 || st[0].Rank != 1 || st[2].Count.Needs != 2 {
		t.Errorf("RankStates = %v", st)
	}
	if all := s.RankStates(needs.ByStates); all[len(all)-1].Rank != 1 {
		t.Errorf("RankStates(ByStates) should tie every State: %v", all)
	}
}

func TestSameTop(t *testing.T) {
	a := needs.TallySlice(batchOf(map[convention.Article][2]int{46: {20, 10}, 44: {15, 12}, 50: {14, 5}}))
	b := needs.TallySlice(batchOf(map[convention.Article][2]int{46: {21, 10}, 44: {16, 12}, 50: {14, 5}}))
	c := needs.TallySlice(batchOf(map[convention.Article][2]int{46: {21, 10}, 44: {14, 12}, 50: {14, 5}}))
	ra, rb, rc := a.RankArticles(needs.ByNeeds), b.RankArticles(needs.ByNeeds), c.RankArticles(needs.ByNeeds)
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"same order, other counts", ra.SameTop(rb, 3), true},
		{"tie appears at 2", ra.SameTop(rc, 3), false},
		{"leader still held", ra.SameTop(rc, 1), true},
		{"empty vs empty", needs.Ranking[convention.Article](nil).SameTop(nil, 3), true},
		{"empty vs some", needs.Ranking[convention.Article](nil).SameTop(ra, 1), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: SameTop = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestDiff(t *testing.T) {
	states := slices.Collect(convention.States())
	n := func(st int, a convention.Article, c needs.Category) needs.Need {
		return needs.Need{State: states[st], Provision: a.Ref(), Cycle: review.First, Category: c}
	}
	before := []needs.Need{n(1, 46, 1), n(1, 46, 2), n(2, 44, 1), n(3, 44, 1), n(4, 50, 1)}
	after := []needs.Need{n(1, 46, 1), n(1, 46, 2), n(2, 44, 1), n(5, 44, 1), n(5, 44, 2), n(6, 44, 3)}
	d := needs.Diff(needs.TallySlice(before), needs.TallySlice(after))
	if d.Before != (needs.Count{Needs: 5, States: 4}) || d.After != (needs.Count{Needs: 6, States: 4}) {
		t.Errorf("Before, After = %+v, %+v", d.Before, d.After)
	}
	if d.Added != 3 || d.Removed != 2 {
		t.Errorf("Added, Removed = %d, %d, want 3, 2", d.Added, d.Removed)
	}
	if want := []convention.State{states[5], states[6]}; !slices.Equal(d.NewStates, want) {
		t.Errorf("NewStates = %v, want %v", d.NewStates, want)
	}
	if want := []convention.State{states[3], states[4]}; !slices.Equal(d.GoneStates, want) {
		t.Errorf("GoneStates = %v, want %v", d.GoneStates, want)
	}
	// before: 44 (2 needs) and 46 (2) tie at 1, 50 (1) is 3.
	// after: 44 (4) is 1, 46 (2) is 2, 50 gone.
	if want := []needs.Move{{Article: 46, Before: 1, After: 2}, {Article: 50, Before: 3, After: 0}}; !slices.Equal(d.Moved, want) {
		t.Errorf("Moved = %v, want %v", d.Moved, want)
	}
	if d.LeaderHeld() || d.TopHeld(2) {
		t.Errorf("LeaderHeld, TopHeld(2) = %v, %v, want false, false", d.LeaderHeld(), d.TopHeld(2))
	}
}
