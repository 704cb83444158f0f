package needs_test

import (
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
	"github.com/uncac-go/uncac/review"
)

// randomNeeds returns n needs over every article, category and cycle, with
// about one in twenty malformed, to exercise Tally beyond valid data.
func randomNeeds(r *rand.Rand, n int) []needs.Need {
	states := slices.Collect(convention.States())
	arts := slices.Collect(convention.Articles())
	out := make([]needs.Need, n)
	for i := range out {
		a := arts[r.IntN(len(arts))]
		provs := slices.Collect(a.Provisions())
		nd := needs.Need{
			State:     states[r.IntN(40)*6], // a spread of States, with repeats
			Provision: provs[r.IntN(len(provs))],
			Cycle:     review.Cycle(1 + r.IntN(review.NumCycles)),
			Category:  needs.Category(1 + r.IntN(needs.NumCategories)),
		}
		switch r.IntN(80) {
		case 0:
			nd.State = convention.State{}
		case 1:
			nd.Provision = convention.Ref{}
		case 2:
			nd.Cycle = 0
		case 3:
			nd.Category = needs.NumCategories + 1
		case 4:
			nd.Cycle = review.NumCycles + 1 // just past the last cycle
		}
		out[i] = nd
	}
	return out
}

// model computes the figures the slow, obvious way.
type model struct {
	ns []needs.Need
}

func (m model) valid(n needs.Need) bool {
	return n.State.IsValid() && n.Provision.IsValid() && n.Cycle.IsValid() && n.Category.IsValid()
}

func (m model) count(keep func(needs.Need) bool) needs.Count {
	var c needs.Count
	seen := map[convention.State]bool{}
	for _, n := range m.ns {
		if m.valid(n) && keep(n) {
			c.Needs++
			if !seen[n.State] {
				seen[n.State] = true
				c.States++
			}
		}
	}
	return c
}

func TestTallyMatchesModel(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	ns := randomNeeds(r, 20_000)
	m := model{ns}
	s := needs.TallySlice(ns)
	all := func(needs.Need) bool { return true }
	if got, want := s.Total(), m.count(all); got != want {
		t.Errorf("Total() = %+v, want %+v", got, want)
	}
	skipped := 0
	for _, n := range ns {
		if !m.valid(n) {
			skipped++
		}
	}
	if got := s.Skipped(); got != skipped || skipped == 0 {
		t.Errorf("Skipped() = %d, want %d (> 0)", got, skipped)
	}
	for a := range convention.Articles() {
		if got, want := s.Article(a), m.count(func(n needs.Need) bool { return n.Article() == a }); got != want {
			t.Errorf("Article(%v) = %+v, want %+v", a, got, want)
		}
		for c := range needs.Categories() {
			want := m.count(func(n needs.Need) bool { return n.Article() == a && n.Category == c }).Needs
			if got := s.ArticleCategory(a, c); got != want {
				t.Errorf("ArticleCategory(%v, %v) = %d, want %d", a, c, got, want)
			}
		}
	}
	for ch := range convention.Chapters() {
		if got, want := s.Chapter(ch), m.count(func(n needs.Need) bool { return n.Chapter() == ch }); got != want {
			t.Errorf("Chapter(%v) = %+v, want %+v", ch, got, want)
		}
		for c := range needs.Categories() {
			want := m.count(func(n needs.Need) bool { return n.Chapter() == ch && n.Category == c })
			if got := s.CategoryIn(ch, c); got != want {
				t.Errorf("CategoryIn(%v, %v) = %+v, want %+v", ch, c, got, want)
			}
		}
		for g := range convention.NumRegionalGroups + 1 {
			g := convention.RegionalGroup(g)
			want := m.count(func(n needs.Need) bool { return n.Chapter() == ch && n.State.Group() == g })
			if got := s.GroupChapter(g, ch); got != want {
				t.Errorf("GroupChapter(%v, %v) = %+v, want %+v", g, ch, got, want)
			}
		}
	}
	for c := range needs.Categories() {
		if got, want := s.Category(c), m.count(func(n needs.Need) bool { return n.Category == c }); got != want {
			t.Errorf("Category(%v) = %+v, want %+v", c, got, want)
		}
	}
	for g := range convention.NumRegionalGroups + 1 {
		g := convention.RegionalGroup(g)
		if got, want := s.Group(g), m.count(func(n needs.Need) bool { return n.State.Group() == g }); got != want {
			t.Errorf("Group(%v) = %+v, want %+v", g, got, want)
		}
	}
	for cy := range review.Cycles() {
		if got, want := s.Cycle(cy), m.count(func(n needs.Need) bool { return n.Cycle == cy }); got != want {
			t.Errorf("Cycle(%v) = %+v, want %+v", cy, got, want)
		}
	}
	var states []convention.State
	for st := range convention.States() {
		want := m.count(func(n needs.Need) bool { return n.State == st })
		if got := s.State(st); got != want {
			t.Errorf("State(%v) = %+v, want %+v", st, got, want)
		}
		if want.Needs > 0 {
			states = append(states, st)
		}
	}
	if got := slices.Collect(s.States()); !slices.Equal(got, states) {
		t.Errorf("States() = %v, want %v", got, states)
	}
	under := []convention.Article{54, 55, 56, 59}
	if got, want := s.StatesUnder(under...), m.count(func(n needs.Need) bool { return slices.Contains(under, n.Article()) }).States; got != want {
		t.Errorf("StatesUnder(54, 55, 56, 59) = %d, want %d", got, want)
	}
}

func TestTallyForms(t *testing.T) {
	ns := randomNeeds(rand.New(rand.NewPCG(2, 2)), 5000)
	want := needs.TallySlice(ns)
	if got := needs.Tally(slices.Values(ns)); *got != *want {
		t.Error("Tally(slices.Values(ns)) != TallySlice(ns)")
	}
	var inc needs.Summary
	for _, n := range ns {
		inc.Add(n)
	}
	if inc != *want {
		t.Error("Summary.Add one by one != TallySlice")
	}
	// Tally stops nothing early and handles an iterator that is cut short.
	short := needs.Tally(func(yield func(needs.Need) bool) {
		for _, n := range ns[:10] {
			if !yield(n) {
				return
			}
		}
	})
	if *short != *needs.TallySlice(ns[:10]) {
		t.Error("Tally over the first ten needs differs from TallySlice")
	}
}

func TestEmpty(t *testing.T) {
	for name, s := range map[string]*needs.Summary{
		"Tally(nil)":      needs.Tally(nil),
		"TallySlice(nil)": needs.TallySlice(nil),
		"zero":            new(needs.Summary),
	} {
		t.Run(name, func(t *testing.T) {
			if got := s.Total(); got != (needs.Count{}) {
				t.Errorf("Total() = %+v, want zero", got)
			}
			if got := s.PerState(); got != (needs.Distribution{}) {
				t.Errorf("PerState() = %+v, want zero", got)
			}
			if got := s.RankArticles(needs.ByNeeds); got != nil {
				t.Errorf("RankArticles = %v, want nil", got)
			}
			if got := s.RankStates(needs.ByNeeds).Top(3); got != nil {
				t.Errorf("RankStates.Top(3) = %v, want nil", got)
			}
			if got := slices.Collect(s.States()); got != nil {
				t.Errorf("States() = %v, want none", got)
			}
			if d := needs.Diff(nil, s); d.Added != 0 || d.After != (needs.Count{}) {
				t.Errorf("Diff(nil, empty) = %+v", d)
			}
			c := *s
			c.Merge(nil)
			if c != *s {
				t.Error("Merge(nil) changed the summary")
			}
			if d := needs.Diff(s, s); d.Added != 0 || d.Removed != 0 || d.Moved != nil || !d.LeaderHeld() {
				t.Errorf("Diff(empty, empty) = %+v", d)
			}
		})
	}
}

func TestInvalidKeys(t *testing.T) {
	s := needs.TallySlice(needstest.FirstCycle(1))
	tests := []struct {
		name string
		got  needs.Count
	}{
		{"Article(0)", s.Article(0)},
		{"Article(72)", s.Article(72)},
		{"Chapter(0)", s.Chapter(0)},
		{"Chapter(9)", s.Chapter(9)},
		{"Category(0)", s.Category(0)},
		{"Category(13)", s.Category(13)},
		{"CategoryIn(0, LegislativeDrafting)", s.CategoryIn(0, needs.LegislativeDrafting)},
		{"Group(6)", s.Group(6)},
		{"GroupChapter(African, 9)", s.GroupChapter(convention.African, 9)},
		{"Cycle(0)", s.Cycle(0)},
		{"Cycle(3)", s.Cycle(3)},
		{"State(zero)", s.State(convention.State{})},
	}
	for _, tt := range tests {
		if tt.got != (needs.Count{}) {
			t.Errorf("%s = %+v, want zero", tt.name, tt.got)
		}
	}
	if got := s.ArticleCategory(0, needs.Other); got != 0 {
		t.Errorf("ArticleCategory(0, Other) = %d, want 0", got)
	}
	// Invalid articles among valid ones are ignored, not indexed.
	if got, want := s.StatesUnder(0, 72, 255), 0; got != want {
		t.Errorf("StatesUnder(0, 72, 255) = %d, want %d", got, want)
	}
	a := needstest.FirstCycle(1)[0].Article()
	if got, want := s.StatesUnder(a, 72), s.Article(a).States; got != want || want == 0 {
		t.Errorf("StatesUnder(%d, 72) = %d, want %d (> 0)", a, got, want)
	}
}

// TestMergeProperty: summaries of the parts of any partition merge, in any
// order, to the summary of the whole.
func TestMergeProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	for trial := range 20 {
		ns := randomNeeds(r, 1+r.IntN(3000))
		whole := needs.TallySlice(ns)
		k := 1 + r.IntN(6)
		parts := make([][]needs.Need, k)
		for _, n := range ns {
			i := r.IntN(k)
			parts[i] = append(parts[i], n)
		}
		var merged needs.Summary
		for _, i := range r.Perm(k) {
			merged.Merge(needs.TallySlice(parts[i]))
		}
		if merged != *whole {
			t.Fatalf("trial %d: merge of %d parts differs from the whole: Total %+v vs %+v",
				trial, k, merged.Total(), whole.Total())
		}
	}
}

func TestAllocsDoNotGrow(t *testing.T) {
	small, large := needstest.Generate(1000, 1), needstest.Generate(200_000, 1)
	a := testing.AllocsPerRun(5, func() { needs.TallySlice(small) })
	b := testing.AllocsPerRun(5, func() { needs.TallySlice(large) })
	c := testing.AllocsPerRun(5, func() { needs.Tally(slices.Values(large)) })
	if a != b || c > a+2 {
		t.Errorf("allocations: TallySlice %v for 1000 needs, %v for 200000; Tally %v", a, b, c)
	}
}

func TestPerState(t *testing.T) {
	st := slices.Collect(convention.States())
	var ns []needs.Need
	// States with 1, 2, 3, 4 and 10 needs.
	for i, k := range []int{1, 2, 3, 4, 10} {
		for j := range k {
			ns = append(ns, needs.Need{State: st[i], Provision: convention.Article(15 + j).Ref(), Cycle: review.First, Category: needs.Other})
		}
	}
	got := needs.TallySlice(ns).PerState()
	want := needs.Distribution{States: 5, Min: 1, Max: 10, Mean: 4, Q1: 2, Median: 3, Q3: 4}
	if got != want {
		t.Errorf("PerState() = %+v, want %+v", got, want)
	}
}

// TestConcurrentReads backs the documented guarantee that a Summary is safe
// for concurrent reads: run it with -race.
func TestConcurrentReads(t *testing.T) {
	s := needs.TallySlice(needstest.FirstCycle(1))
	want := s.RankArticles(needs.ByNeeds)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if got := s.Total(); got != (needs.Count{Needs: 3680, States: 118}) {
					t.Errorf("Total() = %+v, want {3680 118}", got)
				}
				if got := s.RankArticles(needs.ByNeeds); !slices.Equal(got, want) {
					t.Errorf("RankArticles(ByNeeds) = %v, want %v", got, want)
				}
				if got := len(slices.Collect(s.States())); got != 118 {
					t.Errorf("len(States()) = %d, want 118", got)
				}
				s.PerState()
				needs.Diff(s, s)
			}
		})
	}
	wg.Wait()
}
