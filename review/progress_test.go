package review

import (
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/uncac-go/uncac/convention"
)

// The expectations below are counted by hand from the synthetic reviews in
// fixture_test.go.

func TestProgress(t *testing.T) {
	p := ProgressOf(synthetic(), day("2012-06-30"))
	want := Progress{
		// KEN/first published; FRA/first summary finalized on the day;
		// PER/first visited; IDN/first visited, its desk review implied by
		// the visit and its undated summary only possible; the three
		// second-cycle reviews not yet drawn.
		All:      Counts{7, 4, 4, 4, 4, 4, 2, 1, 1},
		Possible: Counts{0, 0, 0, 0, 0, 0, 1, 0, 0},
		ByCycle:  [NumCycles + 1]Counts{{}, {4, 4, 4, 4, 4, 4, 2, 1, 1}, {3}},
		ByGroup: [convention.NumRegionalGroups + 1]Counts{
			convention.African:                {2, 1, 1, 1, 1, 1, 1, 1, 1},
			convention.AsiaPacific:            {1, 1, 1, 1, 1, 1},
			convention.EasternEuropean:        {1},
			convention.LatinAmericanCaribbean: {2, 1, 1, 1, 1, 1},
			convention.WesternEuropeanOthers:  {1, 1, 1, 1, 1, 1, 1},
		},
		ByYear: map[int]Counts{
			2010: {3, 3, 3, 3, 3, 3, 2, 1, 1},
			2011: {1, 1, 1, 1, 1, 1},
			2016: {2},
			2017: {1},
		},
	}
	// Focal point: KEN 45 days, FRA 62, IDN 30 (PER's is undated).
	want.Durations[FocalPoint] = Distribution{N: 3, Min: 30, Q1: 37.5, Median: 45, Q3: 53.5, Max: 62}
	// Drawing to summary: KEN 456 days, FRA 730.
	want.SinceDrawn[SummaryFinalized] = Distribution{N: 2, Min: 456, Q1: 524.5, Median: 593, Q3: 661.5, Max: 730}
	// The other distributions are checked for their sizes only.
	got := p
	got.Durations, got.SinceDrawn = [NumMilestones + 1]Distribution{}, [NumMilestones + 1]Distribution{}
	got.Durations[FocalPoint] = p.Durations[FocalPoint]
	got.SinceDrawn[SummaryFinalized] = p.SinceDrawn[SummaryFinalized]
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ProgressOf(synthetic(), 2012-06-30) (-want +got):\n%s", diff)
	}
	if got := p.Finalized(); got != 2 {
		t.Errorf("Finalized() = %d, want 2", got)
	}
	// Sizes: self-assessment after focal point needs both dated (KEN, FRA,
	// IDN); desk review after self-assessment (KEN, FRA, PER); the country
	// visit after the desk review (KEN, FRA, PER; IDN's desk review is
	// undated); publication: KEN.
	for _, tt := range []struct {
		m       Milestone
		n, drwn int
	}{{Drawn, 0, 0}, {SelfAssessment, 3, 4}, {DeskReview, 3, 3}, {CountryVisit, 3, 4}, {ReportFinalized, 1, 1}, {Published, 1, 1}} {
		if got := p.Durations[tt.m].N; got != tt.n {
			t.Errorf("Durations[%v].N = %d, want %d", tt.m, got, tt.n)
		}
		if got := p.SinceDrawn[tt.m].N; got != tt.drwn {
			t.Errorf("SinceDrawn[%v].N = %d, want %d", tt.m, got, tt.drwn)
		}
	}
}

func TestProgressEmpty(t *testing.T) {
	p := ProgressOf(nil, day("2020-01-01"))
	want := Progress{ByYear: map[int]Counts{}}
	if diff := cmp.Diff(want, p); diff != "" {
		t.Errorf("ProgressOf(nil) (-want +got):\n%s", diff)
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

// TestProgressUndated checks that reviews whose dates are all unknown give
// empty distributions rather than a panic.
func TestProgressUndated(t *testing.T) {
	r := Review{ID: ID{st("POL"), Second}, Reviewers: [2]convention.State{st("CZE"), st("MUS")}, LotsYear: 2017,
		Steps: steps("", "", "", "", "", "")}
	p := ProgressOf([]Review{r}, day("2030-01-01"))
	if p.Durations != ([NumMilestones + 1]Distribution{}) || p.SinceDrawn != ([NumMilestones + 1]Distribution{}) {
		t.Errorf("ProgressOf(undated review): Durations %v, SinceDrawn %v, want all empty", p.Durations, p.SinceDrawn)
	}
	if got := p.All; got != (Counts{1, 1}) {
		t.Errorf("ProgressOf(undated review).All = %v, want %v", got, Counts{1, 1})
	}
}

func TestCounts(t *testing.T) {
	c := Counts{7, 4, 4, 4, 4, 4, 2, 1, 1}
	for _, tt := range []struct {
		m    Milestone
		want int
	}{{0, 3}, {Drawn, 0}, {CountryVisit, 2}, {SummaryFinalized, 1}, {ReportFinalized, 0}, {Published, 1}, {9, 0}} {
		if got := c.AtStatus(tt.m); got != tt.want {
			t.Errorf("AtStatus(%v) = %d, want %d", tt.m, got, tt.want)
		}
	}
	if c.Total() != 7 {
		t.Errorf("Total() = %d, want 7", c.Total())
	}
}

func TestDiff(t *testing.T) {
	id := func(s string) ID { return MustParseID(s) }
	tests := []struct {
		name     string
		from, to string
		want     map[Milestone][]ID
	}{
		{"first half of 2012", "2011-12-31", "2012-06-30", map[Milestone][]ID{
			DeskReview:       {id("IDN/first")}, // undated, implied by the visit
			CountryVisit:     {id("IDN/first")},
			SummaryFinalized: {id("FRA/first")}, // on the last day
			Published:        {id("KEN/first")},
		}},
		{"second half of 2010", "2010-06-30", "2010-12-31", map[Milestone][]ID{
			Drawn:          {id("FRA/first"), id("KEN/first"), id("PER/first")},
			FocalPoint:     {id("FRA/first"), id("KEN/first")}, // PER's only possible
			SelfAssessment: {id("KEN/first")},
		}},
		{"drawing day excluded", "2010-07-01", "2010-07-31", map[Milestone][]ID{}},
		{"a year of undated drawing", "2016-12-31", "2017-12-31", map[Milestone][]ID{
			Drawn:          {id("POL/second")},
			FocalPoint:     {id("POL/second")},
			SelfAssessment: {id("BRA/second"), id("KEN/second")}, // sorted: the input has KEN first
			DeskReview:     {id("BRA/second"), id("KEN/second")},
			CountryVisit:   {id("KEN/second")},
		}},
		{"reversed", "2012-06-30", "2011-12-31", map[Milestone][]ID{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Diff(synthetic(), day(tt.from), day(tt.to))
			var want Changes
			for m, ids := range tt.want {
				want.Reached[m] = ids
			}
			if diff := cmp.Diff(want, got, equateState); diff != "" {
				t.Errorf("Diff(%s, %s) (-want +got):\n%s", tt.from, tt.to, diff)
			}
		})
	}
	c := Diff(synthetic(), day("2011-12-31"), day("2012-06-30"))
	if got := c.Finalized(); !slices.Equal(got, []ID{id("FRA/first")}) {
		t.Errorf("Finalized() = %v, want [FRA/first]", got)
	}
}

func TestReviewerLoad(t *testing.T) {
	l := ReviewerLoad(synthetic())
	tests := []struct {
		code string
		c    Cycle
		want int
	}{
		{"FIN", First, 2}, {"FIN", Second, 1}, {"FIN", 0, 3},
		{"MUS", First, 1}, {"MUS", Second, 1}, {"MUS", 0, 2},
		{"AUT", First, 1}, {"AUT", Second, 0},
		{"KEN", 0, 0}, // reviewed, never a reviewer
		{"FIN", 9, 0},
		{"FIN", NumCycles + 1, 0}, // just past the last cycle
	}
	for _, tt := range tests {
		if got := l.Reviews(st(tt.code), tt.c); got != tt.want {
			t.Errorf("Reviews(%s, %v) = %d, want %d", tt.code, tt.c, got, tt.want)
		}
	}
	if got := l.Reviews(convention.State{}, 0); got != 0 {
		t.Errorf("Reviews(zero State) = %d, want 0", got)
	}
	var codes []string
	for s := range l.Reviewers() {
		codes = append(codes, s.String())
	}
	want := []string{"AUT", "CZE", "ECU", "FIN", "MAR", "MEX", "MUS", "NLD", "PHL", "RUS", "ZAF"}
	if diff := cmp.Diff(want, codes); diff != "" {
		t.Errorf("Reviewers() (-want +got):\n%s", diff)
	}
	// A State drawn twice for one review counts once.
	twice := []Review{{ID: ID{st("TZA"), First}, Reviewers: [2]convention.State{st("NGA"), st("NGA")}}}
	if got := ReviewerLoad(twice).Reviews(st("NGA"), First); got != 1 {
		t.Errorf("NGA drawn twice: Reviews = %d, want 1", got)
	}
}

func TestLoadMerge(t *testing.T) {
	rs := synthetic()
	for k := range len(rs) + 1 {
		a, b := ReviewerLoad(rs[:k]), ReviewerLoad(rs[k:])
		a.Merge(b)
		if a != ReviewerLoad(rs) {
			t.Errorf("split at %d: merged load differs from the load of the whole", k)
		}
	}
}

func TestCountFindings(t *testing.T) {
	got := CountFindings(synthetic())
	var want FindingCounts
	want.All = KindCounts{9, 4, 2, 3}
	want.ByCycle[First] = KindCounts{6, 3, 1, 2}
	want.ByCycle[Second] = KindCounts{3, 1, 1, 1}
	want.ByChapter[convention.PreventiveMeasures] = KindCounts{1, 1, 0, 0}
	want.ByChapter[convention.Criminalization] = KindCounts{3, 2, 0, 1}
	want.ByChapter[convention.InternationalCooperation] = KindCounts{3, 1, 1, 1}
	want.ByChapter[convention.AssetRecovery] = KindCounts{2, 0, 1, 1}
	want.ByArticle[9] = KindCounts{1, 1, 0, 0}
	want.ByArticle[15] = KindCounts{1, 0, 0, 1}
	want.ByArticle[16] = KindCounts{1, 1, 0, 0}
	want.ByArticle[23] = KindCounts{1, 1, 0, 0}
	want.ByArticle[44] = KindCounts{1, 1, 0, 0}
	want.ByArticle[46] = KindCounts{2, 0, 1, 1}
	want.ByArticle[52] = KindCounts{1, 0, 1, 0}
	want.ByArticle[57] = KindCounts{1, 0, 0, 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CountFindings(synthetic()) (-want +got):\n%s", diff)
	}
	// Invalid findings are skipped; merging partitions gives the whole.
	rs := synthetic()
	rs[1].Findings = append(rs[1].Findings, Finding{Kind: Challenge}, Finding{Ref: convention.MustParseRef("art. 36")})
	if CountFindings(rs) != got {
		t.Error("invalid findings were counted")
	}
	for k := range len(rs) + 1 {
		a := CountFindings(rs[:k])
		a.Merge(CountFindings(rs[k:]))
		if a != got {
			t.Errorf("split at %d: merged counts differ from the counts of the whole", k)
		}
	}
}

func TestFindings(t *testing.T) {
	var got []ID
	for f := range Findings(synthetic()) {
		got = append(got, f.Review)
	}
	k1, f1, p1, k2 := MustParseID("KEN/first"), MustParseID("FRA/first"), MustParseID("PER/first"), MustParseID("KEN/second")
	want := []ID{k1, k1, k1, f1, f1, p1, k2, k2, k2}
	if diff := cmp.Diff(want, got, equateState); diff != "" {
		t.Errorf("Findings (-want +got):\n%s", diff)
	}
	// A finding that names its review keeps it, even a review other than
	// the one holding it (which Validate reports).
	other := MustParseID("FRA/second")
	rs := []Review{{ID: k1, Findings: []Finding{{Review: other, Ref: convention.MustParseRef("art. 15"), Kind: Challenge}}}}
	for f := range Findings(rs) {
		if f.Review != other {
			t.Errorf("Findings: Review = %v, want %v as stated", f.Review, other)
		}
	}
	n := 0
	for range Findings(synthetic()) {
		n++
		if n == 2 {
			break
		}
	}
}

// TestConcurrentUse computes every figure from one slice of reviews in
// several goroutines at once; run with -race, it checks that nothing writes
// to shared state.
func TestConcurrentUse(t *testing.T) {
	rs := synthetic()
	want := ProgressOf(rs, day("2017-12-31"))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if got := ProgressOf(rs, day("2017-12-31")); !cmp.Equal(want, got) {
				t.Error("ProgressOf differs between goroutines")
			}
			_ = Validate(rs)
			_ = Diff(rs, day("2011-01-01"), day("2017-01-01"))
			_ = ReviewerLoad(rs)
			_ = CountFindings(rs)
			for _, r := range rs {
				_ = r.Status(day("2012-01-01"))
			}
		})
	}
	wg.Wait()
}

func TestReviewEqual(t *testing.T) {
	a, b := synthetic(), synthetic()
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("two synthetic() differ:\n%s", diff)
	}
	b[0].Steps[Drawn] = On(day("2010-07-01").Add(20 * 3600 * 1e9)) // same day, later hour
	if !a[0].Equal(b[0]) {
		t.Error("Equal depends on the time of day")
	}
	b[0].Steps[Drawn] = On(day("2010-07-02"))
	if a[0].Equal(b[0]) {
		t.Error("Equal ignores a changed date")
	}
	b[1].Findings[0].Text = "other"
	if a[1].Equal(b[1]) {
		t.Error("Equal ignores a changed finding")
	}
}
