package review

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/uncac-go/uncac/convention"
)

func TestValidateSynthetic(t *testing.T) {
	if err := Validate(synthetic()); err != nil {
		t.Fatalf("Validate(synthetic()) = %v, want nil", err)
	}
}

// TestValidateBroken appends to the valid synthetic reviews one broken
// (still synthetic) review per row, validates them all at once, and checks
// that each broken record, and only it, gets the expected kinds of error
// under its own index.
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
	tests := []struct {
		name string
		r    Review
		want []error
	}{
		{"valid", base("GHA", First, "NGA", "ITA"), nil},
		{"self review", base("GHA", Second, "GHA", "ITA"), []error{ErrSelfReview, ErrNoRegionalPeer}},
		{"self review with a peer", base("TZA", First, "TZA", "NGA"), []error{ErrSelfReview}},
		{"self review twice", base("NGA", First, "NGA", "NGA"), []error{ErrSelfReview, ErrSameReviewers, ErrNoRegionalPeer}},
		{"same reviewers", base("TZA", Second, "NGA", "NGA"), []error{ErrSameReviewers}},
		{"same reviewers outside the group", base("CHL", First, "ESP", "ESP"), []error{ErrSameReviewers, ErrNoRegionalPeer}},
		{"no regional peer", base("ARG", First, "ESP", "CHN"), []error{ErrNoRegionalPeer}},
		{"no group, no peer owed", base("EUU", Second, "FRA", "CHN"), nil},
		{"missing reviewer", base("MEX", First, "ARG", ""), []error{ErrInvalidReviewer}},
		{"no reviewers", base("CHN", First, "", ""), []error{ErrInvalidReviewer, ErrInvalidReviewer, ErrNoRegionalPeer}},
		{"invalid ID", base("GHA", 0, "NGA", "ITA"), []error{ErrInvalidID}},
		{"duplicate of record 0", base("KEN", First, "NGA", "ITA"), []error{ErrDuplicate}},
		{"dates backwards", with(base("ZAF", First, "NGA", "ITA"), func(r *Review) {
			r.Steps[SelfAssessment] = On(day("2010-07-15"))
		}), []error{ErrMilestoneOrder}},
		{"milestone skipped", with(base("ZMB", First, "NGA", "ITA"), func(r *Review) {
			r.Steps[CountryVisit] = On(day("2011-03-01"))
			r.Steps[SummaryFinalized] = Undated()
		}), []error{ErrMilestoneOrder}},
		{"not drawn", with(base("UGA", First, "NGA", "ITA"), func(r *Review) {
			r.Steps[Drawn] = Step{}
		}), []error{ErrMilestoneOrder}},
		{"nothing reached", with(base("CMR", First, "NGA", "ITA"), func(r *Review) {
			r.Steps = [NumMilestones + 1]Step{}
		}), []error{ErrMilestoneOrder}},
		{"dated but not reached", with(base("RWA", First, "NGA", "ITA"), func(r *Review) {
			r.Steps[DeskReview] = Step{Date: day("2011-01-10")}
		}), []error{ErrStepDate}},
		{"no year of drawing", with(base("SEN", First, "NGA", "ITA"), func(r *Review) {
			r.LotsYear = 0
		}), []error{ErrLotsYear}},
		{"second cycle drawn before it began", with(base("ZMB", Second, "NGA", "ITA"), func(r *Review) {
			r.LotsYear = 2012
			r.Steps[Drawn] = On(day("2012-06-20"))
		}), []error{ErrLotsYear}},
		{"drawn outside its year", with(base("MLI", First, "NGA", "ITA"), func(r *Review) {
			r.LotsYear = 2011
		}), []error{ErrLotsYear}},
		{"finding outside the cycle", with(base("BEN", First, "NGA", "ITA"), func(r *Review) {
			r.Findings = []Finding{finding("art. 15", Challenge, ""), finding("art. 9(1)", Challenge, ""),
				finding("art. 60(1)", AssistanceNeed, "")}
		}), []error{ErrNotCovered, ErrNotCovered}},
		{"finding of another review", with(base("TGO", First, "NGA", "ITA"), func(r *Review) {
			f := finding("art. 15", Challenge, "")
			f.Review = ID{st("KEN"), First}
			r.Findings = []Finding{f}
		}), []error{ErrInvalidFinding}},
		{"finding without kind", with(base("NER", First, "NGA", "ITA"), func(r *Review) {
			r.Findings = []Finding{{Ref: convention.MustParseRef("art. 36")}}
		}), []error{ErrInvalidFinding}},
		// South Sudan deposited its instrument on a day in 2015 that the
		// sources do not give.
		{"not yet a party", with(base("SSD", First, "NGA", "ITA"), func(r *Review) {}), []error{ErrNotParty}},
		{"perhaps not yet a party", with(base("SSD", Second, "NGA", "ITA"), func(r *Review) {
			r.LotsYear = 2015
			r.Steps[Drawn] = Undated()
			r.Steps[FocalPoint] = Step{}
		}), []error{ErrMaybeNotParty}},
		{"reviewer not yet a party", base("VNM", First, "JPN", "MYS"), []error{ErrNotParty}},
		{"reviewer never a party", base("LBN", First, "SYR", "ITA"), []error{ErrNotParty}},
		// Rows added by hand mutation testing.
		{"self review as second reviewer", base("MWI", First, "NGA", "MWI"), []error{ErrSelfReview}},
		{"two milestones on one day", with(base("ZWE", First, "NGA", "ITA"), func(r *Review) {
			r.Steps[FocalPoint] = On(day("2010-07-01"))
		}), nil},
		{"finding in a review of no cycle", with(base("GHA", 0, "NGA", "ITA"), func(r *Review) {
			r.Findings = []Finding{finding("art. 15", Challenge, "")}
		}), []error{ErrInvalidID}},
		{"dated drawing, no year, reviewer not a party", with(base("EGY", First, "NGA", "SYR"), func(r *Review) {
			r.LotsYear = 0
		}), []error{ErrLotsYear, ErrNotParty}},
		{"same non-party reviewer twice", base("BFA", First, "SYR", "SYR"), []error{ErrSameReviewers, ErrNoRegionalPeer, ErrNotParty}},
		// Germany became a party in 2014: an undated drawing that year may
		// have come before.
		{"became a party in the year of an undated drawing", with(base("DEU", First, "FRA", "CHN"), func(r *Review) {
			r.LotsYear = 2014
			r.Steps = steps("")
		}), []error{ErrMaybeNotParty}},
	}
	reviews := synthetic()
	n := len(reviews)
	for _, tt := range tests {
		reviews = append(reviews, tt.r)
	}
	got := make(map[int][]error)
	err := Validate(reviews)
	if err == nil {
		t.Fatal("Validate = nil, want errors")
	}
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		ve, ok := errors.AsType[*ValidationError](e)
		if !ok {
			t.Fatalf("Validate: %v is not a *ValidationError", e)
		}
		if ve.ID != reviews[ve.Index].ID {
			t.Errorf("error %v has ID %v, want %v", ve, ve.ID, reviews[ve.Index].ID)
		}
		aboutFinding := errors.Is(ve, ErrInvalidFinding) || errors.Is(ve, ErrNotCovered)
		if n := len(reviews[ve.Index].Findings); aboutFinding != (ve.Finding >= 0) || ve.Finding >= n {
			t.Errorf("error %v has Finding %d, record has %d findings", ve, ve.Finding, n)
		}
		got[ve.Index] = append(got[ve.Index], ve)
	}
	for i := range n {
		if got[i] != nil {
			t.Errorf("valid synthetic record %d: %v", i, got[i])
		}
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := got[n+i]
			if len(errs) != len(tt.want) {
				t.Fatalf("record %d (%v): got %d errors %v, want %v", n+i, tt.r.ID, len(errs), errs, tt.want)
			}
			for k, w := range tt.want {
				if !errors.Is(errs[k], w) {
					t.Errorf("record %d: error %d = %v, want %v", n+i, k, errs[k], w)
				}
				if !errors.Is(err, w) {
					t.Errorf("errors.Is(Validate(...), %v) = false", w)
				}
			}
			// Each error also validates alone, under index 0.
			if err := Validate([]Review{tt.r}); tt.name != "duplicate of record 0" && (err == nil) != (tt.want == nil) {
				t.Errorf("Validate([%v]) = %v, want %v", tt.r.ID, err, tt.want)
			}
		})
	}
	// Soft errors are distinct from hard ones.
	if errors.Is(ErrMaybeNotParty, ErrNotParty) || errors.Is(ErrNotParty, ErrMaybeNotParty) {
		t.Error("ErrMaybeNotParty and ErrNotParty are not distinct")
	}
}

// TestValidateDuplicateNamesFirst checks that a duplicate names the
// earlier record with its ID, not itself.
func TestValidateDuplicateNamesFirst(t *testing.T) {
	rs := synthetic()
	rs = append(rs, rs[1])
	err := Validate(rs)
	if want := "same ID as record 1"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Validate with a copy of record 1 = %v, want an error containing %q", err, want)
	}
}

func TestValidationErrorMessage(t *testing.T) {
	r := Review{ID: ID{st("GHA"), First}, Reviewers: [2]convention.State{st("GHA"), st("NGA")}, LotsYear: 2010,
		Steps: steps("2010-07-01")}
	err := Validate([]Review{synthetic()[0], r})
	want := "review: record 1 (GHA/first): reviewer is the State under review"
	if err == nil || err.Error() != want {
		t.Errorf("Validate(...) = %v, want %q", err, want)
	}
}

// TestValidationErrorFinding checks that problems with findings name the
// finding, and that other problems name none.
func TestValidationErrorFinding(t *testing.T) {
	r := Review{ID: ID{st("BEN"), First}, Reviewers: [2]convention.State{st("NGA"), st("NGA")}, LotsYear: 2010,
		Steps: steps("2010-07-01")}
	other := finding("art. 15", Challenge, "")
	other.Review = ID{st("KEN"), First}
	r.Findings = []Finding{
		finding("art. 15", Challenge, ""),
		finding("art. 9(1)", Challenge, ""),
		{Kind: GoodPractice},
		finding("art. 36", 0, ""),
		other,
	}
	type problem struct {
		Finding int
		Kind    error
		Msg     string
	}
	want := []problem{
		{-1, ErrSameReviewers, "review: record 0 (BEN/first): reviewers not distinct: NGA twice"},
		{1, ErrNotCovered, "review: record 0 (BEN/first), finding 1: finding on a provision the cycle does not cover: art. 9(1) (chapter II)"},
		{2, ErrInvalidFinding, "review: record 0 (BEN/first), finding 2: invalid finding: cites no provision"},
		{3, ErrInvalidFinding, "review: record 0 (BEN/first), finding 3: invalid finding: has kind %!FindingKind(0)"},
		{4, ErrInvalidFinding, "review: record 0 (BEN/first), finding 4: invalid finding: belongs to KEN/first"},
	}
	var got []problem
	for _, e := range Validate([]Review{r}).(interface{ Unwrap() []error }).Unwrap() {
		ve, ok := errors.AsType[*ValidationError](e)
		if !ok {
			t.Fatalf("Validate: %v is not a *ValidationError", e)
		}
		kind := errors.Unwrap(ve.Err)
		if kind == nil {
			kind = ve.Err
		}
		got = append(got, problem{ve.Finding, kind, ve.Error()})
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateErrors()); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}

func TestIdentified(t *testing.T) {
	rs := synthetic()
	tests := []struct {
		r    Review
		k    FindingKind
		want bool
	}{
		{rs[0], AssistanceNeed, true},
		{rs[0], GoodPractice, true},
		{rs[1], Challenge, true},
		{rs[1], AssistanceNeed, false},
		{rs[3], Challenge, false}, // no findings at all
		{rs[0], 0, false},
	}
	for _, tt := range tests {
		if got := tt.r.Identified(tt.k); got != tt.want {
			t.Errorf("%v.Identified(%v) = %v, want %v", tt.r.ID, tt.k, got, tt.want)
		}
	}
}

func TestStatus(t *testing.T) {
	rs := synthetic()
	ken, per, idn, pol := rs[0], rs[2], rs[3], rs[6]
	tests := []struct {
		name      string
		r         Review
		at        string
		want      Milestone
		finalized bool
	}{
		{"before drawing", ken, "2010-06-30", 0, false},
		{"on the day of drawing", ken, "2010-07-01", Drawn, false},
		{"day before summary", ken, "2011-09-29", CountryVisit, false},
		{"exactly on summary", ken, "2011-09-30", SummaryFinalized, true},
		{"after publication", ken, "2030-01-01", Published, true},
		{"undated focal point before checklist", per, "2011-02-28", Drawn, false},
		{"undated focal point implied by checklist", per, "2011-03-01", SelfAssessment, false},
		{"undated desk review implied by visit", idn, "2012-03-15", CountryVisit, false},
		{"undated summary never certain", idn, "2030-01-01", CountryVisit, false},
		{"undated drawing before its year", pol, "2016-12-31", 0, false},
		{"undated drawing within its year", pol, "2017-08-31", 0, false},
		{"undated drawing implied by focal point", pol, "2017-09-01", FocalPoint, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := day(tt.at)
			if got := tt.r.Status(at); got != tt.want {
				t.Errorf("%v.Status(%s) = %v, want %v", tt.r.ID, tt.at, got, tt.want)
			}
			if got := tt.r.Finalized(at); got != tt.finalized {
				t.Errorf("%v.Finalized(%s) = %v, want %v", tt.r.ID, tt.at, got, tt.finalized)
			}
		})
	}
}

func TestReached(t *testing.T) {
	rs := synthetic()
	per, idn, pol := rs[2], rs[3], rs[6]
	tests := []struct {
		r    Review
		m    Milestone
		at   string
		want convention.Certainty
	}{
		{per, FocalPoint, "2010-06-30", convention.Impossible}, // before the drawing it follows
		{per, FocalPoint, "2010-07-01", convention.Possible},
		{per, FocalPoint, "2011-02-28", convention.Possible},
		{per, FocalPoint, "2011-03-01", convention.Certain},
		{per, ReportFinalized, "2030-01-01", convention.Impossible}, // not reached
		{idn, SummaryFinalized, "2012-03-14", convention.Impossible},
		{idn, SummaryFinalized, "2012-03-15", convention.Possible},
		{pol, Drawn, "2016-12-31", convention.Impossible},
		{pol, Drawn, "2017-01-01", convention.Possible},
		{pol, Drawn, "2017-09-01", convention.Certain},
		{per, 0, "2030-01-01", convention.Impossible},
		{per, 9, "2030-01-01", convention.Impossible},
	}
	for _, tt := range tests {
		if got := tt.r.Reached(tt.m, day(tt.at)); got != tt.want {
			t.Errorf("%v.Reached(%v, %s) = %v, want %v", tt.r.ID, tt.m, tt.at, got, tt.want)
		}
	}
	// An undated drawing with nothing later dated is certain once its year is over.
	r := Review{ID: ID{st("POL"), Second}, LotsYear: 2017, Steps: steps("")}
	if got := r.Reached(Drawn, day("2018-01-01")); got != convention.Certain {
		t.Errorf("Reached(Drawn, 2018-01-01) = %v, want certain", got)
	}
	// The year's last day is in the year; the day before is not yet sure.
	for _, tt := range []struct {
		at   string
		want convention.Certainty
	}{
		{"2017-12-30", convention.Possible},
		{"2017-12-31", convention.Certain},
	} {
		if got := r.Reached(Drawn, day(tt.at)); got != tt.want {
			t.Errorf("LotsYear 2017, undated: Reached(Drawn, %s) = %v, want %v", tt.at, got, tt.want)
		}
	}
}

// TestStatusCalendarDate checks that only the calendar date counts, in the
// location of each time.
func TestStatusCalendarDate(t *testing.T) {
	ken := synthetic()[0]
	late := time.FixedZone("UTC-10", -10*3600)
	// 2011-09-29 at 23:00 in UTC-10 is 2011-09-30 in UTC, but its own date is the 29th.
	at := time.Date(2011, 9, 29, 23, 0, 0, 0, late)
	if got := ken.Status(at); got != CountryVisit {
		t.Errorf("Status(%v) = %v, want %v", at, got, CountryVisit)
	}
	if got := ken.Status(at.Add(time.Hour)); got != SummaryFinalized {
		t.Errorf("Status(%v) = %v, want %v", at.Add(time.Hour), got, SummaryFinalized)
	}
}

func TestLatest(t *testing.T) {
	var got []Milestone
	for _, r := range synthetic() {
		got = append(got, r.Latest())
	}
	want := []Milestone{Published, ReportFinalized, SummaryFinalized, SummaryFinalized, SummaryFinalized, DeskReview, SelfAssessment}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Latest (-want +got):\n%s", diff)
	}
	if got := (Review{}).Latest(); got != 0 {
		t.Errorf("Review{}.Latest() = %v, want none", got)
	}
}

func TestID(t *testing.T) {
	tests := []struct {
		in   string
		want ID
		err  error
	}{
		{"KEN/first", ID{st("KEN"), First}, nil},
		{"ken/1", ID{st("KEN"), First}, nil},
		{" KEN / second cycle", ID{st("KEN"), Second}, nil},
		{"EUU/II", ID{st("EUU"), Second}, nil},
		{"KEN", ID{}, convention.ErrSyntax},
		{"", ID{}, convention.ErrSyntax},
		{"XYZ/first", ID{}, convention.ErrUnknown},
		{"KE/first", ID{}, convention.ErrSyntax},
		{"KEN/third", ID{}, ErrUnknownCycle},
		{"KEN/first/second", ID{}, ErrUnknownCycle},
	}
	for _, tt := range tests {
		got, err := ParseID(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("ParseID(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"XYZ/first", `review: parsing ID "XYZ/first": State "XYZ": unknown`},
		{"KEN/third", `review: parsing ID "KEN/third": unknown cycle "third"`},
		{"KEN", `review: parsing ID "KEN": no slash between State and cycle`},
	} {
		if _, err := ParseID(tt.in); err == nil || err.Error() != tt.want {
			t.Errorf("ParseID(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
	id := ID{st("KEN"), First}
	if got := id.String(); got != "KEN/first" {
		t.Errorf("String() = %q, want %q", got, "KEN/first")
	}
	for _, tt := range []struct {
		id   ID
		want string
	}{{ID{}, "invalid ID"}, {ID{st("KEN"), 9}, "KEN/%!Cycle(9)"}, {ID{Cycle: First}, "%!State(0)/first"}} {
		if got := tt.id.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.id, got, tt.want)
		}
	}
	if _, err := (ID{st("KEN"), 9}).MarshalText(); err == nil {
		t.Error("MarshalText of an invalid ID succeeded")
	}
	// JSON round trip, as a value and as a map key.
	b, err := json.Marshal(map[ID]int{id: 3, {st("FRA"), Second}: 1})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"FRA/second":1,"KEN/first":3}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var m map[ID]int
	if err := json.Unmarshal(b, &m); err != nil || m[id] != 3 {
		t.Errorf("json.Unmarshal(%s) = %v, %v", b, m, err)
	}
	var z ID
	if err := z.UnmarshalText(nil); err != nil || z != (ID{}) {
		t.Errorf("UnmarshalText(nil) = %v, %v", z, err)
	}
	ids := []ID{{st("KEN"), Second}, {st("KEN"), First}, {st("FRA"), Second}, {st("AGO"), First}}
	slices.SortFunc(ids, ID.Compare)
	want := []ID{{st("AGO"), First}, {st("KEN"), First}, {st("FRA"), Second}, {st("KEN"), Second}}
	if diff := cmp.Diff(want, ids, equateState); diff != "" {
		t.Errorf("sorted IDs (-want +got):\n%s", diff)
	}
}

func TestMilestoneText(t *testing.T) {
	for m := range Milestones() {
		b, err := m.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() = %v", m, err)
		}
		var got Milestone
		if err := got.UnmarshalText(b); err != nil || got != m {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, m)
		}
	}
	for _, tt := range []struct {
		in   string
		want Milestone
	}{{"Summary_Finalized", SummaryFinalized}, {"focal-point", FocalPoint}, {"self assessment", SelfAssessment},
		{" DESK  REVIEW ", DeskReview}, {"none", 0}} {
		if got, err := ParseMilestone(tt.in); got != tt.want || err != nil {
			t.Errorf("ParseMilestone(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	if _, err := ParseMilestone("visited"); !errors.Is(err, ErrUnknownMilestone) {
		t.Errorf("ParseMilestone(%q) error = %v, want %v", "visited", err, ErrUnknownMilestone)
	}
	if got := Milestone(9).String(); got != "%!Milestone(9)" {
		t.Errorf("Milestone(9).String() = %q", got)
	}
	if got := Milestone(0).String(); got != "none" {
		t.Errorf("Milestone(0).String() = %q", got)
	}
	if _, err := Milestone(9).MarshalText(); err == nil {
		t.Error("Milestone(9).MarshalText() succeeded")
	}
	if !(Drawn.Compare(Published) < 0 && Published.Compare(Drawn) > 0 && Drawn.Compare(Drawn) == 0) {
		t.Error("Compare disagrees with the order of milestones")
	}
}

func TestFindingKindText(t *testing.T) {
	for k := FindingKind(1); k <= NumFindingKinds; k++ {
		b, _ := k.MarshalText()
		var got FindingKind
		if err := got.UnmarshalText(b); err != nil || got != k {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, k)
		}
	}
	if got := slices.Collect(FindingKinds()); !slices.Equal(got, []FindingKind{Challenge, GoodPractice, AssistanceNeed}) {
		t.Errorf("FindingKinds() = %v", got)
	}
	if got, err := ParseFindingKind("Good-Practices"); got != GoodPractice || err != nil {
		t.Errorf("ParseFindingKind(%q) = %v, %v", "Good-Practices", got, err)
	}
	if _, err := ParseFindingKind("recommendation"); !errors.Is(err, ErrUnknownFindingKind) {
		t.Errorf("ParseFindingKind(%q) error = %v", "recommendation", err)
	}
	if got := FindingKind(0).String(); got != "%!FindingKind(0)" {
		t.Errorf("FindingKind(0).String() = %q", got)
	}
}

func TestStepString(t *testing.T) {
	for _, tt := range []struct {
		s    Step
		want string
	}{{Step{}, "not reached"}, {Undated(), "reached, date unknown"}, {On(day("2011-03-15")), "2011-03-15"},
		{Step{Date: day("2011-03-15")}, "not reached (dated 2011-03-15)"}} {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.s, got, tt.want)
		}
	}
	if On(time.Time{}) != Undated() {
		t.Error("On(zero) differs from Undated()")
	}
}

// equateState lets go-cmp compare the convention's comparable identifiers,
// whose fields are unexported.
var equateState = cmpopts.EquateComparable(convention.State{}, convention.Ref{})

// TestCivilDays checks the day arithmetic against package time over a wide
// span of dates, including years before 1970 and before the common era.
func TestCivilDays(t *testing.T) {
	for _, y := range []int{-401, -400, -1, 0, 1, 1600, 1900, 1969, 1970, 2000, 2010, 2024, 2100, 2400} {
		for d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == y; d = d.AddDate(0, 0, 1) {
			want := d.Unix() / 86400
			if d.Unix() < 0 && d.Unix()%86400 != 0 {
				t.Fatalf("%v is not midnight", d)
			}
			if got := dayOf(d); got != want {
				t.Fatalf("dayOf(%v) = %d, want %d", d, got, want)
			}
		}
	}
}
