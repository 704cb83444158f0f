package review

import (
	"encoding/json"
	"maps"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/uncac-go/uncac/convention"
)

// The expectations below are counted by hand from the synthetic reviews in
// fixture_test.go.

// certain returns the number of reviews that had certainly reached each
// milestone, from Drawn to Published.
func certain(p Progress) []int {
	var n []int
	for m := range Milestones() {
		n = append(n, p.Count(m, convention.Certain))
	}
	return n
}

func TestProgress(t *testing.T) {
	at := day("2012-06-30")
	tests := []struct {
		name     string
		f        Filter
		certain  []int
		possible int // reviews that may have finalized their summary
		total    int
	}{
		// KEN/first published; FRA/first summary finalized on the day;
		// PER/first visited; IDN/first visited, its desk review implied by
		// the visit and its undated summary only possible; the three
		// second-cycle reviews not yet drawn.
		{"all", Filter{}, []int{4, 4, 4, 4, 4, 2, 1, 1}, 1, 7},
		{"first cycle", Filter{Cycle: First}, []int{4, 4, 4, 4, 4, 2, 1, 1}, 1, 4},
		{"second cycle", Filter{Cycle: Second}, []int{0, 0, 0, 0, 0, 0, 0, 0}, 0, 3},
		{"African group", Filter{Group: convention.African}, []int{1, 1, 1, 1, 1, 1, 1, 1}, 0, 2},
		{"Asia-Pacific group", Filter{Group: convention.AsiaPacific}, []int{1, 1, 1, 1, 1, 0, 0, 0}, 1, 1},
		{"drawn in 2010", Filter{LotsYear: 2010}, []int{3, 3, 3, 3, 3, 2, 1, 1}, 0, 3},
		{"first cycle, drawn in 2011", Filter{Cycle: First, LotsYear: 2011}, []int{1, 1, 1, 1, 1, 0, 0, 0}, 1, 1},
		{"nothing selected", Filter{Cycle: Second, LotsYear: 2010}, []int{0, 0, 0, 0, 0, 0, 0, 0}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ProgressOf(slices.Values(synthetic()), at, tt.f)
			if diff := cmp.Diff(tt.certain, certain(p)); diff != "" {
				t.Errorf("certain counts (-want +got):\n%s", diff)
			}
			if got := p.Count(SummaryFinalized, convention.Possible); got != tt.possible {
				t.Errorf("Count(SummaryFinalized, Possible) = %d, want %d", got, tt.possible)
			}
			for m := range Milestones() {
				n := p.Count(m, convention.Certain) + p.Count(m, convention.Possible) + p.Count(m, convention.Impossible)
				if n != tt.total {
					t.Errorf("counts of %v add up to %d, want %d", m, n, tt.total)
				}
			}
		})
	}
	p := ProgressOf(slices.Values(synthetic()), at, Filter{})
	for _, tt := range []struct {
		m Milestone
		c convention.Certainty
	}{{0, convention.Certain}, {9, convention.Certain}, {Drawn, 0}, {Drawn, 4}} {
		if got := p.Count(tt.m, tt.c); got != 0 {
			t.Errorf("Count(%v, %v) = %d, want 0", tt.m, tt.c, got)
		}
	}
}

func TestDuration(t *testing.T) {
	p := ProgressOf(slices.Values(synthetic()), day("2012-06-30"), Filter{})
	tests := []struct {
		name     string
		from, to Milestone
		want     Distribution
	}{
		// KEN 45 days, FRA 62, IDN 30; PER's focal point is undated.
		{"drawing to focal point", Drawn, FocalPoint, Distribution{N: 3, Min: 30, Q1: 37.5, Median: 45, Q3: 53.5, Max: 62}},
		// KEN 456 days, FRA 730; IDN's summary is undated, PER's later.
		{"drawing to summary", Drawn, SummaryFinalized, Distribution{N: 2, Min: 456, Q1: 524.5, Median: 593, Q3: 661.5, Max: 730}},
		// KEN only: FRA's report comes after the day.
		{"summary to report", SummaryFinalized, ReportFinalized, Distribution{N: 1, Min: 76, Q1: 76, Median: 76, Q3: 76, Max: 76}},
		{"backwards", FocalPoint, Drawn, Distribution{}},
		{"same", Drawn, Drawn, Distribution{}},
		{"invalid", 0, Drawn, Distribution{}},
		{"invalid end", Drawn, 9, Distribution{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := p.Duration(tt.from, tt.to); got != tt.want {
				t.Errorf("Duration(%v, %v) = %+v, want %+v", tt.from, tt.to, got, tt.want)
			}
		})
	}
	// Reviews whose dates are all unknown, or only months, give empty
	// distributions rather than a panic.
	r := Review{ID: ID{st("POL"), Second}, Reviewers: [2]convention.State{st("CZE"), st("MUS")}, LotsYear: 2017,
		Steps: steps("", "2017-09", "", "", "", "")}
	q := ProgressOf(slices.Values([]Review{r}), day("2030-01-01"), Filter{})
	for from := range Milestones() {
		for to := range Milestones() {
			if got := q.Duration(from, to); got != (Distribution{}) {
				t.Errorf("undated: Duration(%v, %v) = %+v, want none", from, to, got)
			}
		}
	}
	if _, err := json.Marshal(p); err == nil {
		t.Error("json.Marshal(Progress) succeeded, want an error")
	}
}

func TestDistributionOf(t *testing.T) {
	tests := []struct {
		name string
		days []float64
		want Distribution
	}{
		{"none", nil, Distribution{}},
		{"empty", []float64{}, Distribution{}},
		{"one", []float64{30}, Distribution{N: 1, Min: 30, Q1: 30, Median: 30, Q3: 30, Max: 30}},
		{"two", []float64{100, 20}, Distribution{N: 2, Min: 20, Q1: 40, Median: 60, Q3: 80, Max: 100}},
		{"unsorted five", []float64{62, 30, 45, 7, 90}, Distribution{N: 5, Min: 7, Q1: 30, Median: 45, Q3: 62, Max: 90}},
		{"negative, from invalid data", []float64{-3, 5}, Distribution{N: 2, Min: -3, Q1: -1, Median: 1, Q3: 3, Max: 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := distributionOf(tt.days); got != tt.want {
				t.Errorf("distributionOf(%v) = %+v, want %+v", tt.days, got, tt.want)
			}
		})
	}
}

func TestDiff(t *testing.T) {
	id := func(code string, c Cycle) ID { return ID{st(code), c} }
	tests := []struct {
		name     string
		from, to string
		want     map[Milestone][]ID
	}{
		{"first half of 2012", "2011-12-31", "2012-06-30", map[Milestone][]ID{
			DeskReview:       {id("IDN", First)}, // undated, implied by the visit
			CountryVisit:     {id("IDN", First)},
			SummaryFinalized: {id("FRA", First)}, // on the last day
			Published:        {id("KEN", First)},
		}},
		{"second half of 2010", "2010-06-30", "2010-12-31", map[Milestone][]ID{
			Drawn:          {id("FRA", First), id("KEN", First), id("PER", First)},
			FocalPoint:     {id("FRA", First), id("KEN", First)}, // PER's only possible
			SelfAssessment: {id("KEN", First)},
		}},
		{"drawing day excluded", "2010-07-01", "2010-07-31", nil},
		{"a year of undated drawing", "2016-12-31", "2017-12-31", map[Milestone][]ID{
			Drawn:          {id("POL", Second)},
			FocalPoint:     {id("POL", Second)},
			SelfAssessment: {id("BRA", Second), id("KEN", Second)}, // sorted: the input has KEN first
			DeskReview:     {id("BRA", Second), id("KEN", Second)},
			CountryVisit:   {id("KEN", Second)},
		}},
		{"reversed", "2012-06-30", "2011-12-31", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := make(map[Milestone][]ID)
			for m := range Milestones() {
				if ids := Diff(slices.Values(synthetic()), m, day(tt.from), day(tt.to)); ids != nil {
					got[m] = ids
				}
			}
			if diff := cmp.Diff(tt.want, got, equateState, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Diff(%s, %s) (-want +got):\n%s", tt.from, tt.to, diff)
			}
		})
	}
	if got := Diff(slices.Values(synthetic()), 0, day("2000-01-01"), day("2030-01-01")); got != nil {
		t.Errorf("Diff(zero milestone) = %v, want nil", got)
	}
}

func TestReviewerLoad(t *testing.T) {
	rs := synthetic()
	tests := []struct {
		name string
		f    Filter
		want map[string]int
	}{
		{"all", Filter{}, map[string]int{"AUT": 1, "CZE": 1, "ECU": 1, "FIN": 3, "MAR": 1, "MEX": 1, "MUS": 2,
			"NLD": 1, "PHL": 1, "RUS": 1, "ZAF": 1}},
		{"first cycle", Filter{Cycle: First}, map[string]int{"AUT": 1, "ECU": 1, "FIN": 2, "MAR": 1, "MUS": 1,
			"NLD": 1, "PHL": 1}},
		{"second cycle", Filter{Cycle: Second}, map[string]int{"CZE": 1, "FIN": 1, "MEX": 1, "MUS": 1, "RUS": 1, "ZAF": 1}},
		{"Eastern European group", Filter{Group: convention.EasternEuropean}, map[string]int{"CZE": 1, "MUS": 1}},
		{"invalid cycle", Filter{Cycle: 9}, map[string]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := make(map[string]int)
			for s, n := range ReviewerLoad(slices.Values(rs), tt.f) {
				got[s.String()] = n
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReviewerLoad (-want +got):\n%s", diff)
			}
		})
	}
	// A State drawn twice for one review counts once; a zero one not at all.
	twice := []Review{{ID: ID{st("TZA"), First}, Reviewers: [2]convention.State{st("NGA"), st("NGA")}},
		{ID: ID{st("KEN"), First}, Reviewers: [2]convention.State{{}, st("NGA")}}}
	if diff := cmp.Diff(map[convention.State]int{st("NGA"): 2}, ReviewerLoad(slices.Values(twice), Filter{}), equateState); diff != "" {
		t.Errorf("NGA drawn twice, then once (-want +got):\n%s", diff)
	}
}

func TestCountFindings(t *testing.T) {
	rs := synthetic()
	ref := convention.MustParseRef
	tests := []struct {
		name string
		k    FindingKind
		f    Filter
		want map[convention.Ref]int
	}{
		{"all", 0, Filter{}, map[convention.Ref]int{
			ref("art. 9(1)"): 1, ref("art. 15"): 1, ref("art. 16(1)"): 1, ref("art. 23(1)(a)(i)"): 1,
			ref("art. 44(5)"): 1, ref("art. 46(9)(b)"): 2, ref("art. 52(1)"): 1, ref("art. 57(3)(a)"): 1}},
		{"challenges", Challenge, Filter{}, map[convention.Ref]int{
			ref("art. 9(1)"): 1, ref("art. 16(1)"): 1, ref("art. 23(1)(a)(i)"): 1, ref("art. 44(5)"): 1}},
		{"assistance needs of the first cycle", AssistanceNeed, Filter{Cycle: First}, map[convention.Ref]int{
			ref("art. 15"): 1, ref("art. 46(9)(b)"): 1}},
		{"good practices of the second cycle", GoodPractice, Filter{Cycle: Second}, map[convention.Ref]int{ref("art. 52(1)"): 1}},
		{"invalid kind", 9, Filter{}, map[convention.Ref]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, CountFindings(slices.Values(rs), tt.k, tt.f), equateState); diff != "" {
				t.Errorf("CountFindings (-want +got):\n%s", diff)
			}
		})
	}
	// Invalid findings are skipped.
	all := CountFindings(slices.Values(rs), 0, Filter{})
	rs[1].Findings = append(rs[1].Findings, Finding{Kind: Challenge}, Finding{Ref: ref("art. 36")})
	if diff := cmp.Diff(all, CountFindings(slices.Values(rs), 0, Filter{}), equateState); diff != "" {
		t.Errorf("invalid findings were counted (-want +got):\n%s", diff)
	}
}

// TestUnion checks that the figures that add up do: the maps of the parts
// of a set of reviews sum to the map of the whole.
func TestUnion(t *testing.T) {
	rs := synthetic()
	sum := func(ms ...map[convention.State]int) map[convention.State]int {
		out := make(map[convention.State]int)
		for _, m := range ms {
			for k, v := range m {
				out[k] += v
			}
		}
		return out
	}
	for k := range len(rs) + 1 {
		a, b := ReviewerLoad(slices.Values(rs[:k]), Filter{}), ReviewerLoad(slices.Values(rs[k:]), Filter{})
		if !maps.Equal(sum(a, b), ReviewerLoad(slices.Values(rs), Filter{})) {
			t.Errorf("split at %d: loads of the parts do not add up", k)
		}
		fa, fb := CountFindings(slices.Values(rs[:k]), 0, Filter{}), CountFindings(slices.Values(rs[k:]), 0, Filter{})
		for ref, n := range fb {
			fa[ref] += n
		}
		if !maps.Equal(fa, CountFindings(slices.Values(rs), 0, Filter{})) {
			t.Errorf("split at %d: finding counts of the parts do not add up", k)
		}
	}
}

// TestConcurrentUse computes every figure from one slice of reviews in
// several goroutines at once; run with -race, it checks that nothing writes
// to shared state.
func TestConcurrentUse(t *testing.T) {
	rs := synthetic()
	want := certain(ProgressOf(slices.Values(rs), day("2017-12-31"), Filter{}))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if got := certain(ProgressOf(slices.Values(rs), day("2017-12-31"), Filter{})); !slices.Equal(want, got) {
				t.Error("ProgressOf differs between goroutines")
			}
			_ = Validate(rs)
			_ = Diff(slices.Values(rs), SummaryFinalized, day("2011-01-01"), day("2017-01-01"))
			_ = ReviewerLoad(slices.Values(rs), Filter{})
			_ = CountFindings(slices.Values(rs), 0, Filter{})
			for _, r := range rs {
				_ = r.Status(day("2012-01-01"))
			}
		})
	}
	wg.Wait()
}
