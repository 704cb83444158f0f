package needs_test

import (
	"encoding/json"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
	"github.com/uncac-go/uncac/review"
)

var allCategories = slices.Collect(needs.Categories())

// randomNeeds returns n needs over every article, category and cycle, with
// about one in sixteen malformed, to exercise Tally beyond valid data.
func randomNeeds(r *rand.Rand, n int) []needs.Need {
	states := slices.Collect(convention.States())
	arts := slices.Collect(convention.Articles())
	out := make([]needs.Need, n)
	for i := range out {
		a := arts[r.IntN(len(arts))]
		provs := slices.Collect(a.Provisions())
		nd := needs.Need{
			State:     states[r.IntN(42)*6], // a spread of States, with repeats, the last included
			Provision: provs[r.IntN(len(provs))],
			Cycle:     review.Cycle(1 + r.IntN(review.NumCycles)),
			Category:  allCategories[r.IntN(len(allCategories))],
		}
		switch r.IntN(80) {
		case 0:
			nd.State = convention.State{}
		case 1:
			nd.Provision = convention.Ref{}
		case 2:
			nd.Cycle = 0
		case 3:
			nd.Category = needs.Category(len(allCategories) + 1)
		case 4:
			nd.Cycle = review.NumCycles + 1 // just past the last cycle
		}
		out[i] = nd
	}
	return out
}

// model computes the figures the slow, obvious way: a map of States.
type model []needs.Need

func valid(n needs.Need) bool {
	return n.State.IsValid() && n.Provision.IsValid() && n.Cycle.IsValid() && n.Category.IsValid()
}

// count counts the valid needs that f selects.
func (m model) count(f needs.Filter) needs.Count {
	var c needs.Count
	seen := map[convention.State]bool{}
	for _, n := range m {
		if !valid(n) ||
			f.Article != 0 && n.Provision.Article() != f.Article ||
			f.Chapter != 0 && n.Provision.Chapter() != f.Chapter ||
			f.Category != 0 && n.Category != f.Category ||
			f.State.IsValid() && n.State != f.State ||
			f.Group != 0 && n.State.Group() != f.Group ||
			f.Cycle != 0 && n.Cycle != f.Cycle {
			continue
		}
		c.Needs++
		if !seen[n.State] {
			seen[n.State] = true
			c.States++
		}
	}
	return c
}

// filters returns every Filter over one or two of the fields the Summary
// keeps together, each over all its values and zero.
func filters() []needs.Filter {
	var out []needs.Filter
	chapters := append([]convention.Chapter{0}, slices.Collect(convention.Chapters())...)
	for _, ch := range chapters {
		out = append(out, needs.Filter{Chapter: ch})
		for a := range convention.Articles() {
			out = append(out, needs.Filter{Chapter: ch, Article: a})
		}
		for _, c := range allCategories {
			out = append(out, needs.Filter{Chapter: ch, Category: c})
			out = append(out, needs.Filter{Chapter: ch, Category: c, Article: 46})
		}
		for g := range convention.RegionalGroups() {
			out = append(out, needs.Filter{Chapter: ch, Group: g})
			for cy := range review.Cycles() {
				out = append(out, needs.Filter{Chapter: ch, Group: g, Cycle: cy})
			}
		}
		for cy := range review.Cycles() {
			out = append(out, needs.Filter{Chapter: ch, Cycle: cy})
		}
	}
	for i := 0; i < convention.NumStates; i += 3 {
		st, _ := convention.StateAt(i)
		out = append(out, needs.Filter{State: st}, needs.Filter{State: st, Cycle: review.First, Chapter: convention.InternationalCooperation},
			needs.Filter{State: st, Group: st.Group()}, needs.Filter{State: st, Group: convention.African})
	}
	return out
}

func TestTallyMatchesModel(t *testing.T) {
	ns := randomNeeds(rand.New(rand.NewPCG(1, 1)), 20_000)
	m := model(ns)
	s := needs.TallySlice(ns)
	skipped := 0
	for _, n := range ns {
		if !valid(n) {
			skipped++
		}
	}
	if got := s.Skipped(); got != skipped || skipped == 0 {
		t.Errorf("Skipped() = %d, want %d (> 0)", got, skipped)
	}
	if got, want := s.Total(), m.count(needs.Filter{}); got != want {
		t.Errorf("Total() = %+v, want %+v", got, want)
	}
	for _, f := range filters() {
		got, ok := s.Count(f)
		if want := m.count(f); got != want || !ok {
			t.Errorf("Count(%+v) = %+v, %v, want %+v, true", f, got, ok, want)
		}
	}
	under := []convention.Article{54, 55, 56, 59}
	want := 0
	seen := map[convention.State]bool{}
	for _, n := range ns {
		if valid(n) && slices.Contains(under, n.Provision.Article()) && !seen[n.State] {
			seen[n.State] = true
			want++
		}
	}
	if got := s.StatesUnder(under...); got != want {
		t.Errorf("StatesUnder(54, 55, 56, 59) = %d, want %d", got, want)
	}
}

func TestCountRefuses(t *testing.T) {
	s := needs.TallySlice(needstest.FirstCycle(1))
	ken := convention.MustParseState("KEN")
	tests := []struct {
		name string
		f    needs.Filter
	}{
		{"article and State", needs.Filter{Article: 46, State: ken}},
		{"category and group", needs.Filter{Category: needs.Other, Group: convention.African}},
		{"category and cycle", needs.Filter{Category: needs.Other, Cycle: review.First}},
		{"article 72", needs.Filter{Article: 72}},
		{"chapter 9", needs.Filter{Chapter: 9}},
		{"category 13", needs.Filter{Category: 13}},
		{"group 6", needs.Filter{Group: 6}},
		{"cycle 3", needs.Filter{Cycle: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, ok := s.Count(tt.f); ok || got != (needs.Count{}) {
				t.Errorf("Count(%+v) = %+v, %v, want zero and false", tt.f, got, ok)
			}
		})
	}
	if got := s.RankArticles(needs.Filter{State: ken}); got != nil {
		t.Errorf("RankArticles(State) = %v, want nil", got)
	}
	if got := s.RankStates(needs.Filter{Category: needs.Other}); got != nil {
		t.Errorf("RankStates(Category) = %v, want nil", got)
	}
	// Fields that cannot hold together match nothing, and say so truly.
	if got, ok := s.Count(needs.Filter{Article: 46, Chapter: convention.Criminalization}); !ok || got != (needs.Count{}) {
		t.Errorf("Count(article 46 in chapter III) = %+v, %v, want zero and true", got, ok)
	}
	if got := s.StatesUnder(0, 72, 255); got != 0 {
		t.Errorf("StatesUnder(0, 72, 255) = %d, want 0", got)
	}
}

func TestRankings(t *testing.T) {
	ns := randomNeeds(rand.New(rand.NewPCG(4, 4)), 5000)
	m := model(ns)
	s := needs.TallySlice(ns)
	iv := needs.Filter{Chapter: convention.InternationalCooperation}
	r := s.RankArticles(iv)
	if len(r) != 8 {
		t.Fatalf("RankArticles(chapter IV) has %d entries, want 8", len(r))
	}
	for i, e := range r {
		f := iv
		f.Article = e.Key
		if want := m.count(f); e.Count != want {
			t.Errorf("entry %v: Count %+v, want %+v", e.Key, e.Count, want)
		}
		if i > 0 && (e.Count.Needs > r[i-1].Count.Needs || e.Count.Needs == r[i-1].Count.Needs && e.Key < r[i-1].Key) {
			t.Errorf("entry %d (%v) out of order after %v", i, e.Key, r[i-1].Key)
		}
	}
	for _, e := range s.RankStates(needs.Filter{Cycle: review.Second}) {
		if want := m.count(needs.Filter{State: e.Key, Cycle: review.Second}); e.Count != want || want.States != 1 {
			t.Errorf("RankStates entry %v: %+v, want %+v", e.Key, e.Count, want)
		}
	}
	if got := len(s.RankCategories(needs.Filter{})); got != len(allCategories) {
		t.Errorf("RankCategories has %d entries, want %d", got, len(allCategories))
	}
}

func TestTallyForms(t *testing.T) {
	ns := randomNeeds(rand.New(rand.NewPCG(2, 2)), 5001)
	want := needs.TallySlice(ns)
	if got := needs.Tally(slices.Values(ns)); *got != *want {
		t.Error("Tally(slices.Values(ns)) != TallySlice(ns)")
	}
	if got := needs.Tally(opaque(ns)); *got != *want {
		t.Error("Tally over an iterator it cannot inline != TallySlice(ns)")
	}
	// Tally handles an iterator that is cut short.
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
			if got := s.RankArticles(needs.Filter{}); got != nil {
				t.Errorf("RankArticles = %v, want nil", got)
			}
			if got := s.RankStates(needs.Filter{}).Top(3); got != nil {
				t.Errorf("RankStates.Top(3) = %v, want nil", got)
			}
			if d := needs.Diff(nil, s); d.Added != 0 || d.After != (needs.Count{}) {
				t.Errorf("Diff(nil, empty) = %+v", d)
			}
			if m := s.Merge(nil); *m != *s {
				t.Error("Merge(nil) differs from the summary")
			}
			if d := needs.Diff(s, s); d.Added != 0 || d.Removed != 0 || d.Moved != nil {
				t.Errorf("Diff(empty, empty) = %+v", d)
			}
		})
	}
	var none *needs.Summary
	if m := none.Merge(nil); *m != (needs.Summary{}) {
		t.Error("nil.Merge(nil) is not empty")
	}
}

// TestMergeProperty: summaries of the parts of any partition merge, in any
// order, to the summary of the whole, and merging changes no operand.
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
		merged := new(needs.Summary)
		for _, i := range r.Perm(k) {
			p := needs.TallySlice(parts[i])
			before, pBefore := *merged, *p
			next := merged.Merge(p)
			if *merged != before || *p != pBefore {
				t.Fatalf("trial %d: Merge changed an operand", trial)
			}
			merged = next
		}
		if *merged != *whole {
			t.Fatalf("trial %d: merge of %d parts differs from the whole: Total %+v vs %+v",
				trial, k, merged.Total(), whole.Total())
		}
	}
}

func TestAllocsDoNotGrow(t *testing.T) {
	small, large := needstest.Generate(1000, 1), needstest.Generate(200_000, 1)
	for _, tt := range []struct {
		name string
		f    func([]needs.Need)
	}{
		{"TallySlice", func(ns []needs.Need) { needs.TallySlice(ns) }},
		{"Tally", func(ns []needs.Need) { needs.Tally(slices.Values(ns)) }},
		{"Tally, opaque", func(ns []needs.Need) { needs.Tally(opaque(ns)) }},
	} {
		// A collection finishing in the background (after Generate's large
		// input) allocates too; start each count from a quiet heap.
		runtime.GC()
		a := testing.AllocsPerRun(5, func() { tt.f(small) })
		runtime.GC()
		b := testing.AllocsPerRun(5, func() { tt.f(large) })
		if a != b || a > 3 {
			t.Errorf("%s: %v allocations for 1000 needs, %v for 200000; want the same, at most 3", tt.name, a, b)
		}
	}
}

func TestSummaryHasNoJSON(t *testing.T) {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for name, v := range map[string]any{"pointer": s, "value": *s} {
		if b, err := json.Marshal(v); err == nil {
			t.Errorf("json.Marshal(%s) = %s, want an error", name, b)
		}
	}
	// What it gives does marshal, and reads back.
	r := s.RankArticles(needs.Filter{Chapter: convention.InternationalCooperation}).Top(3)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back needs.Ranking[convention.Article]
	if err := json.Unmarshal(b, &back); err != nil || !slices.Equal(back, r) {
		t.Errorf("Ranking round trip = %v, %v, want %v", back, err, r)
	}
}

// TestConcurrentReads backs the documented guarantee that a Summary is safe
// for concurrent use: run it with -race.
func TestConcurrentReads(t *testing.T) {
	s := needs.TallySlice(needstest.FirstCycle(1))
	want := s.RankArticles(needs.Filter{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if got := s.Total(); got != (needs.Count{Needs: 3680, States: 118}) {
					t.Errorf("Total() = %+v, want {3680 118}", got)
				}
				if got := s.RankArticles(needs.Filter{}); !slices.Equal(got, want) {
					t.Errorf("RankArticles = %v, want %v", got, want)
				}
				s.Merge(s)
				needs.Diff(s, s)
			}
		})
	}
	wg.Wait()
}

// TestDiffProperty: when one snapshot contains the other, Diff's counts are
// exact, and its new and gone States are those of the model.
func TestDiffProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	for trial := range 10 {
		ns := randomNeeds(r, 1+r.IntN(4000))
		cut := r.IntN(len(ns) + 1)
		before, after := needs.TallySlice(ns[:cut]), needs.TallySlice(ns)
		states := func(part []needs.Need) map[convention.State]bool {
			m := map[convention.State]bool{}
			for _, n := range part {
				if valid(n) {
					m[n.State] = true
				}
			}
			return m
		}
		sb, sa := states(ns[:cut]), states(ns)
		var wantNew []convention.State
		for st := range convention.States() {
			if sa[st] && !sb[st] {
				wantNew = append(wantNew, st)
			}
		}
		added := after.Total().Needs - before.Total().Needs
		d := needs.Diff(before, after)
		if d.Added != added || d.Removed != 0 || !slices.Equal(d.NewStates, wantNew) || d.GoneStates != nil {
			t.Errorf("trial %d: Diff(part, whole) = added %d, removed %d, new %v, gone %v; want %d, 0, %v, none",
				trial, d.Added, d.Removed, d.NewStates, d.GoneStates, added, wantNew)
		}
		back := needs.Diff(after, before)
		if back.Removed != added || back.Added != 0 || !slices.Equal(back.GoneStates, wantNew) || back.NewStates != nil {
			t.Errorf("trial %d: Diff(whole, part) = added %d, removed %d, new %v, gone %v; want 0, %d, none, %v",
				trial, back.Added, back.Removed, back.NewStates, back.GoneStates, added, wantNew)
		}
		for _, m := range d.Moved {
			rb, _ := d.ArticlesBefore.Rank(m.Article)
			ra, _ := d.ArticlesAfter.Rank(m.Article)
			if m.Before != rb || m.After != ra || rb == ra {
				t.Errorf("trial %d: move %+v, ranks %d and %d", trial, m, rb, ra)
			}
		}
	}
}
