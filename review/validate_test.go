package review

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/uncac-go/uncac/convention"
)

func TestValidateSynthetic(t *testing.T) {
	if err := Validate(synthetic()); err != nil {
		t.Fatalf("Validate(synthetic()) = %v, want nil", err)
	}
}

// A fault is one problem Validate should report: the field path and the
// kind.
type fault struct {
	Field string
	Kind  error
}

// faults returns what Validate reported about record i, as faults that name
// the first of the package's or convention's sentinels each problem wraps.
func faults(t *testing.T, err error, i int) []fault {
	t.Helper()
	if err == nil {
		return nil
	}
	es, ok := errors.AsType[convention.ValidationErrors](err)
	if !ok {
		t.Fatalf("Validate = %T %v, want convention.ValidationErrors", err, err)
	}
	kinds := []error{convention.ErrMissing, convention.ErrInvalid, convention.ErrDuplicate, convention.ErrNotParty,
		ErrPairing, ErrMilestoneOrder, ErrNotCovered, ErrMaybeNotParty}
	var fs []fault
	for _, e := range es {
		if e.Index != i {
			continue
		}
		f := fault{Field: e.Field}
		for _, k := range kinds {
			if errors.Is(e, k) {
				f.Kind = k
				break
			}
		}
		if f.Kind == nil {
			t.Errorf("%v wraps none of the sentinels", e)
		}
		fs = append(fs, f)
	}
	return fs
}

// TestValidateBroken validates one broken (still synthetic) review per row,
// alone and after the valid synthetic reviews, and checks that each gets
// exactly the expected problems, several at once where it has several.
func TestValidateBroken(t *testing.T) {
	base := func(code string, c Cycle, r1, r2 string) Review {
		r := Review{ID: ID{st(code), c}, LotsYear: 2010,
			Steps: steps("2010-07-01", "2010-08-01", "2010-12-01")}
		if c == Second {
			r.LotsYear = 2016
			r.Steps = steps("2016-06-20", "2016-08-01")
		}
		if r1 != "" {
			r.Reviewers[0] = st(r1)
		}
		if r2 != "" {
			r.Reviewers[1] = st(r2)
		}
		return r
	}
	with := func(r Review, f func(*Review)) Review { f(&r); return r }
	var (
		missing   = convention.ErrMissing
		invalid   = convention.ErrInvalid
		duplicate = convention.ErrDuplicate
		notParty  = convention.ErrNotParty
	)
	tests := []struct {
		name string
		r    Review
		want []fault
	}{
		{"valid", base("GHA", First, "NGA", "ITA"), nil},
		{"self review", base("GHA", Second, "GHA", "ITA"), []fault{{"Reviewers[0]", ErrPairing}, {"Reviewers", ErrPairing}}},
		{"self review with a peer", base("TZA", First, "TZA", "NGA"), []fault{{"Reviewers[0]", ErrPairing}}},
		{"self review as second reviewer", base("MWI", First, "NGA", "MWI"), []fault{{"Reviewers[1]", ErrPairing}}},
		{"self review twice", base("NGA", First, "NGA", "NGA"), []fault{
			{"Reviewers[0]", ErrPairing}, {"Reviewers[1]", ErrPairing}, {"Reviewers[1]", ErrPairing}, {"Reviewers", ErrPairing}}},
		{"same reviewers", base("TZA", Second, "NGA", "NGA"), []fault{{"Reviewers[1]", ErrPairing}}},
		{"same reviewers outside the group", base("CHL", First, "ESP", "ESP"), []fault{{"Reviewers[1]", ErrPairing}, {"Reviewers", ErrPairing}}},
		{"no regional peer", base("ARG", First, "ESP", "CHN"), []fault{{"Reviewers", ErrPairing}}},
		{"no group, no peer owed", base("EUU", Second, "FRA", "CHN"), nil},
		{"missing reviewer", base("MEX", First, "ARG", ""), []fault{{"Reviewers[1]", missing}}},
		{"no reviewers", base("CHN", First, "", ""), []fault{{"Reviewers[0]", missing}, {"Reviewers[1]", missing}, {"Reviewers", ErrPairing}}},
		{"no cycle", base("GHA", 0, "NGA", "ITA"), []fault{{"ID.Cycle", missing}}},
		{"invalid cycle", base("GHA", 7, "NGA", "ITA"), []fault{{"ID.Cycle", invalid}}},
		{"zero ID", base("GHA", 0, "NGA", "ITA"), nil}, // filled in below
		{"duplicate of record 0", base("KEN", First, "NGA", "ITA"), []fault{{"ID", duplicate}}},
		{"dates backwards", with(base("ZAF", First, "NGA", "ITA"), func(r *Review) {
			r.Steps[2].Date = dateRange("2010-07-15")
		}), []fault{{"Steps[2].Date", ErrMilestoneOrder}}},
		{"a month overlapping the next date is fine", with(base("AGO", First, "NGA", "ITA"), func(r *Review) {
			r.Steps[1].Date = dateRange("2010-08")
		}), nil},
		{"milestone skipped", with(base("ZMB", First, "NGA", "ITA"), func(r *Review) {
			r.Steps = append(r.Steps, Step{Milestone: CountryVisit, Date: dateRange("2011-03-01")}, Step{Milestone: SummaryFinalized})
		}), []fault{{"Steps[3].Milestone", ErrMilestoneOrder}}},
		{"not drawn", with(base("UGA", First, "NGA", "ITA"), func(r *Review) {
			r.Steps = r.Steps[1:]
		}), []fault{{"Steps", ErrMilestoneOrder}}},
		{"nothing reached", with(base("CMR", First, "NGA", "ITA"), func(r *Review) {
			r.Steps = nil
		}), []fault{{"Steps", ErrMilestoneOrder}}},
		{"a milestone twice", with(base("RWA", First, "NGA", "ITA"), func(r *Review) {
			r.Steps = append(r.Steps, Step{Milestone: FocalPoint})
		}), []fault{{"Steps[3].Milestone", duplicate}}},
		{"a step without milestone, one invalid", with(base("BDI", First, "NGA", "ITA"), func(r *Review) {
			r.Steps = append(r.Steps, Step{}, Step{Milestone: 12})
		}), []fault{{"Steps[3].Milestone", missing}, {"Steps[4].Milestone", invalid}}},
		{"a date with one end, one backwards, one in year 10000", with(base("SLE", First, "NGA", "ITA"), func(r *Review) {
			r.Steps[1].Date.Latest = time.Time{}
			r.Steps[2].Date = convention.DateRange{Earliest: day("2011-02-01"), Latest: day("2011-01-01")}
			far := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
			r.Steps = append(r.Steps, Step{Milestone: DeskReview, Date: convention.DateRange{Earliest: far, Latest: far}})
		}), []fault{{"Steps[1].Date", invalid}, {"Steps[2].Date", invalid}, {"Steps[3].Date", invalid}}},
		{"no year of drawing", with(base("SEN", First, "NGA", "ITA"), func(r *Review) {
			r.LotsYear = 0
		}), []fault{{"LotsYear", missing}}},
		{"second cycle drawn before it began", with(base("ZMB", Second, "NGA", "ITA"), func(r *Review) {
			r.LotsYear = 2012
			r.Steps[0].Date = dateRange("2012-06-20")
		}), []fault{{"LotsYear", invalid}}},
		{"drawn outside its year", with(base("MLI", First, "NGA", "ITA"), func(r *Review) {
			r.LotsYear = 2011
		}), []fault{{"Steps[0].Date", invalid}}},
		{"findings outside the cycle", with(base("BEN", First, "NGA", "ITA"), func(r *Review) {
			r.Findings = []Finding{finding("art. 15", Challenge, ""), finding("art. 9(1)", Challenge, ""),
				finding("art. 60(1)", AssistanceNeed, "")}
		}), []fault{{"Findings[1].Ref", ErrNotCovered}, {"Findings[2].Ref", ErrNotCovered}}},
		// The reproducer of issue 9, item 6: three independent faults.
		{"finding of another review, no kind, outside the cycle", with(base("TGO", First, "NGA", "ITA"), func(r *Review) {
			f := finding("art. 9(1)", 0, "")
			f.Review = ID{st("KEN"), First}
			r.Findings = []Finding{finding("art. 15", Challenge, ""), f}
		}), []fault{{"Findings[1].Review", invalid}, {"Findings[1].Ref", ErrNotCovered}, {"Findings[1].Kind", missing}}},
		{"finding without provision, invalid kind", with(base("NER", First, "NGA", "ITA"), func(r *Review) {
			r.Findings = []Finding{{Kind: 7}}
		}), []fault{{"Findings[0].Ref", missing}, {"Findings[0].Kind", invalid}}},
		{"finding whose text is not UTF-8", with(base("LSO", First, "NGA", "ITA"), func(r *Review) {
			r.Findings = []Finding{finding("art. 36", GoodPractice, "caf\xe9")}
		}), []fault{{"Findings[0].Text", invalid}}},
		{"finding naming its own review", with(base("NAM", First, "NGA", "ITA"), func(r *Review) {
			f := finding("art. 36", GoodPractice, "")
			f.Review = r.ID
			r.Findings = []Finding{f}
		}), nil},
		{"finding in a review of no cycle", with(base("GHA", 0, "NGA", "ITA"), func(r *Review) {
			r.Findings = []Finding{finding("art. 15", Challenge, "")}
		}), []fault{{"ID.Cycle", missing}}},
		// South Sudan deposited its instrument on a day in 2015 that the
		// sources do not give.
		{"not yet a party", base("SSD", First, "NGA", "ITA"), []fault{{"ID.State", notParty}}},
		{"perhaps not yet a party", with(base("SSD", Second, "NGA", "ITA"), func(r *Review) {
			r.LotsYear = 2015
			r.Steps = steps("")
		}), []fault{{"ID.State", ErrMaybeNotParty}}},
		{"reviewer not yet a party", base("VNM", First, "JPN", "MYS"), []fault{{"Reviewers[0]", notParty}}},
		{"reviewer never a party", base("LBN", First, "SYR", "ITA"), []fault{{"Reviewers[0]", notParty}}},
		{"two milestones on one day", with(base("ZWE", First, "NGA", "ITA"), func(r *Review) {
			r.Steps[1].Date = dateRange("2010-07-01")
		}), nil},
		{"dated drawing, no year, reviewer not a party", with(base("EGY", First, "NGA", "SYR"), func(r *Review) {
			r.LotsYear = 0
		}), []fault{{"LotsYear", missing}, {"Reviewers[1]", notParty}}},
		{"same non-party reviewer twice", base("BFA", First, "SYR", "SYR"), []fault{
			{"Reviewers[1]", ErrPairing}, {"Reviewers", ErrPairing}, {"Reviewers[0]", notParty}}},
		// Germany became a party in 2014: an undated drawing that year may
		// have come before.
		{"became a party in the year of an undated drawing", with(base("DEU", First, "FRA", "CHN"), func(r *Review) {
			r.LotsYear = 2014
			r.Steps = steps("")
		}), []fault{{"ID.State", ErrMaybeNotParty}}},
		{"everything wrong at once", Review{Reviewers: [2]convention.State{st("SYR"), st("SYR")},
			Steps:    []Step{{Milestone: FocalPoint}, {Milestone: FocalPoint}},
			Findings: []Finding{{}}}, []fault{
			{"ID.State", missing}, {"ID.Cycle", missing}, {"Reviewers[1]", ErrPairing}, {"LotsYear", missing},
			{"Steps[1].Milestone", duplicate}, {"Steps", ErrMilestoneOrder},
			{"Findings[0].Ref", missing}, {"Findings[0].Kind", missing}}},
	}
	tests[13].r.ID = ID{}
	tests[13].want = []fault{{"ID.State", missing}, {"ID.Cycle", missing}}
	reviews := synthetic()
	n := len(reviews)
	for _, tt := range tests {
		reviews = append(reviews, tt.r)
	}
	err := Validate(reviews)
	for i := range n {
		if fs := faults(t, err, i); fs != nil {
			t.Errorf("valid synthetic record %d: %v", i, fs)
		}
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, faults(t, err, n+i), cmpEquateErrors); diff != "" {
				t.Errorf("record %d (-want +got):\n%s", n+i, diff)
			}
			if tt.name == "duplicate of record 0" {
				return
			}
			alone := Validate([]Review{tt.r})
			if diff := cmp.Diff(tt.want, faults(t, alone, 0), cmpEquateErrors); diff != "" {
				t.Errorf("alone (-want +got):\n%s", diff)
			}
		})
	}
}

// cmpEquateErrors compares sentinels by identity.
var cmpEquateErrors = cmp.Comparer(func(a, b error) bool { return a == b })

func TestValidationErrorMessage(t *testing.T) {
	r := Review{ID: ID{st("GHA"), First}, Reviewers: [2]convention.State{st("GHA"), st("NGA")}, LotsYear: 2010,
		Steps: steps("2010-07-01")}
	rs := synthetic()
	err := Validate([]Review{rs[0], r, rs[0]})
	want := `record 1 ("GHA/first"), Reviewers[0]: reviewers break the pairing rules: GHA reviews itself` + "\n" +
		`record 2 ("KEN/first"), ID: duplicate: same ID as record 0`
	if err == nil || err.Error() != want {
		t.Errorf("Validate(...) = %v, want %q", err, want)
	}
	// The shared sentinel for parties carries the review's own detail.
	err = Validate([]Review{{ID: ID{st("LBN"), First}, Reviewers: [2]convention.State{st("SYR"), st("ITA")},
		LotsYear: 2010, Steps: steps("2010-07-01")}})
	if err == nil || !errors.Is(err, convention.ErrNotParty) || !strings.Contains(err.Error(), "when lots were drawn: SYR") {
		t.Errorf("Validate(reviewer SYR) = %v, want convention.ErrNotParty when lots were drawn", err)
	}
}
