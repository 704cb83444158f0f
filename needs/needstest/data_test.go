package needstest_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
	"github.com/uncac-go/uncac/review"
)

// TestSinceLastUpdate reproduces paragraph 1: since the earlier update, four
// reviews were finalized, two of which identified needs, adding eight needs
// and leaving the top three unchanged.
// The published figures the data reproduces (2021 report, section VI).
// cooperation is the articles of chapter V that the package takes as
// concerning international cooperation.
var cooperation = []convention.Article{54, 55, 56, 59}

func count(s *needs.Summary, f needs.Filter) needs.Count {
	c, _ := s.Count(f)
	return c
}

// TestNumCategories holds the package's copy of the number of categories to
// package needs.
func TestNumCategories(t *testing.T) {
	if got := len(slices.Collect(needs.Categories())); got != 12 {
		t.Errorf("needs has %d categories; needstest's weights are laid out for 12", got)
	}
}

func TestSinceLastUpdate(t *testing.T) {
	for _, seed := range seeds {
		reviews := needstest.FirstCycleReviews(seed)
		if err := review.Validate(reviews); err != nil {
			t.Fatalf("seed %d: review.Validate: %v", seed, err)
		}
		earlier := needs.TallySlice(needstest.FirstCycleAsOf(seed, needstest.EarlierReport()))
		now := needs.TallySlice(needstest.FirstCycleAsOf(seed, needstest.Report()))
		if got, want := *now, *needs.TallySlice(needstest.FirstCycle(seed)); got != want {
			t.Errorf("seed %d: FirstCycleAsOf(Report) differs from FirstCycle", seed)
		}
		if got, want := earlier.Total(), (needs.Count{Needs: 3672, States: 116}); got != want {
			t.Errorf("seed %d: earlier Total() = %+v, want %+v", seed, got, want)
		}

		finalized := review.Diff(slices.Values(reviews), review.SummaryFinalized, needstest.EarlierReport(), needstest.Report())
		if len(finalized) != 4 {
			t.Errorf("seed %d: reviews finalized since the earlier update = %v, want %d", seed, finalized, 4)
		}
		withNeeds := 0
		for _, id := range finalized {
			if count(now, needs.Filter{State: id.State}).Needs > 0 {
				withNeeds++
				if count(earlier, needs.Filter{State: id.State}).Needs != 0 {
					t.Errorf("seed %d: %v has needs in the earlier snapshot", seed, id)
				}
			}
		}
		if withNeeds != 2 {
			t.Errorf("seed %d: late reviews with needs = %d, want %d", seed, withNeeds, 2)
		}

		d := needs.Diff(earlier, now)
		if d.Added != 8 || d.Removed != 0 || len(d.NewStates) != 2 || len(d.GoneStates) != 0 {
			t.Errorf("seed %d: Diff = added %d, removed %d, new %v, gone %v; want 8, 0, two new, none",
				seed, d.Added, d.Removed, d.NewStates, d.GoneStates)
		}
		iv := needs.Filter{Chapter: convention.InternationalCooperation}
		if !d.ArticlesBefore.SameTop(d.ArticlesAfter, 3) || !earlier.RankArticles(iv).SameTop(now.RankArticles(iv), 3) {
			t.Errorf("seed %d: top three did not hold: before %v, after %v", seed, d.ArticlesBefore.Top(3), d.ArticlesAfter.Top(3))
		}
		var newStates []convention.State
		for _, id := range finalized {
			if count(now, needs.Filter{State: id.State}).Needs > 0 {
				newStates = append(newStates, id.State)
			}
		}
		slices.SortFunc(newStates, convention.State.Compare)
		if !slices.Equal(d.NewStates, newStates) {
			t.Errorf("seed %d: Diff.NewStates = %v, want %v", seed, d.NewStates, newStates)
		}
	}
}

// TestReviewsMatchNeeds checks that every State with needs has a finalized
// first-cycle review whose findings list each provision it has needs under.
func TestReviewsMatchNeeds(t *testing.T) {
	reviews := needstest.FirstCycleReviews(7)
	byState := make(map[convention.State]review.Review)
	for _, rv := range reviews {
		byState[rv.ID.State] = rv
	}
	if len(byState) != len(reviews) {
		t.Fatalf("duplicate reviews")
	}
	for _, n := range needstest.FirstCycle(7) {
		rv, ok := byState[n.State]
		if !ok {
			t.Fatalf("no review for %v", n.State)
		}
		if rv.ID != n.Review() || !rv.Finalized(needstest.Report()) {
			t.Errorf("review %v of need %v: ID %v, finalized %v", rv.ID, n, n.Review(), rv.Finalized(needstest.Report()))
		}
		if !slices.Contains(rv.Findings, review.Finding{Ref: n.Provision, Kind: review.AssistanceNeed}) {
			t.Errorf("review %v has no assistance-need finding on %v", rv.ID, n.Provision)
		}
	}
	open := 0
	for _, rv := range reviews {
		if !rv.Finalized(needstest.Report()) {
			open++
		}
	}
	if open != 5 {
		t.Errorf("unfinished reviews at Report = %d, want 5", open)
	}
}

// TestSecondCycleAssetRecovery reproduces "five of the eight States".
func TestSecondCycleAssetRecovery(t *testing.T) {
	for _, seed := range seeds {
		ns := needstest.SecondCycleAssetRecovery(seed)
		if err := needs.ValidateUnique(ns); err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		s := needs.TallySlice(ns)
		if got := count(s, needs.Filter{Chapter: convention.AssetRecovery}).States; got != 8 {
			t.Errorf("seed %d: States with chapter V needs = %d, want 8", seed, got)
		}
		if got := s.Total().Needs; got != count(s, needs.Filter{Chapter: convention.AssetRecovery}).Needs || got != count(s, needs.Filter{Cycle: review.Second}).Needs {
			t.Errorf("seed %d: needs outside chapter V or the second cycle", seed)
		}
		if part, whole := s.StatesUnder(cooperation...), s.Total().States; part != 5 || whole != 8 {
			t.Errorf("seed %d: cooperation share = %d of %d, want 5 of 8", seed, part, whole)
		}
	}
}

// TestStAR reproduces paragraph 5's figures after filtering by provider and
// period, and checks that without the filter they would not hold.
func TestStAR(t *testing.T) {
	all := needstest.StAR()
	if err := needs.ValidateAssistance(all); err != nil {
		t.Fatal(err)
	}
	start, end := needstest.StARPeriod()
	s := needs.TallyAssistance(func(yield func(needs.Assistance) bool) {
		for _, a := range all {
			if a.Provider == "StAR Initiative" && a.During(start, end) && !yield(a) {
				return
			}
		}
	})
	if got := s.States(0, 0); got != 18 {
		t.Errorf("States(0, 0) = %d, want %d", got, 18)
	}
	for _, tt := range []struct {
		c           needs.Category
		o           needs.Outcome
		part, whole int
	}{
		{needs.LegislativeDrafting, needs.LawAdopted, 4, 11},
		{needs.InstitutionBuilding, needs.MechanismEstablished, 2, 6},
	} {
		if part, whole := s.States(tt.c, tt.o), s.States(tt.c, 0); part != tt.part || whole != tt.whole {
			t.Errorf("%v, %v: %d of %d, want %d of %d", tt.c, tt.o, part, whole, tt.part, tt.whole)
		}
	}
	if unfiltered := needs.TallyAssistance(slices.Values(all)); unfiltered.States(0, 0) == 18 {
		t.Errorf("unfiltered records give %d States too; the filter is untested", unfiltered.States(0, 0))
	}
	for _, name := range []string{"ECU", "MNG", "SDN", "UKR", "UZB"} {
		st := convention.MustParseState(name)
		if !slices.ContainsFunc(all, func(a needs.Assistance) bool { return a.State == st }) {
			t.Errorf("no record for %s, which the report names", name)
		}
	}
}

func TestGenerate(t *testing.T) {
	if got := needstest.Generate(0, 1); got != nil {
		t.Errorf("Generate(0, 1) = %v, want nil", got)
	}
	a, b := needstest.Generate(100_000, 3), needstest.Generate(100_000, 3)
	if !slices.Equal(a, b) {
		t.Error("Generate is not deterministic")
	}
	if err := needs.Validate(a); err != nil {
		t.Fatalf("Validate(Generate) = %v", err)
	}
	s := needs.TallySlice(a)
	if got := s.Total(); got.Needs != 100_000 || got.States < 150 {
		t.Errorf("Total() = %+v, want 100000 needs from over 150 States", got)
	}
	if got := count(s, needs.Filter{Cycle: review.First}).Needs; got != 100_000 {
		t.Errorf("first-cycle needs = %d, want all", got)
	}
	if c := needstest.Generate(1000, 4); slices.Equal(c, a[:1000]) {
		t.Error("different seeds gave the same data")
	}
}

func TestDeterministic(t *testing.T) {
	if !slices.Equal(needstest.FirstCycle(9), needstest.FirstCycle(9)) {
		t.Error("FirstCycle(9) differs between calls")
	}
	if slices.Equal(needstest.FirstCycle(9), needstest.FirstCycle(10)) {
		t.Error("FirstCycle ignores its seed")
	}
	if diff := cmp.Diff(needstest.FirstCycleReviews(9), needstest.FirstCycleReviews(9), cmpopts.EquateComparable(convention.State{}, convention.Ref{})); diff != "" {
		t.Errorf("FirstCycleReviews(9) differs between calls:\n%s", diff)
	}
}
