package review_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/review"
)

// The reviews in these examples are synthetic: invented pairings and dates.

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func id(s string) review.ID {
	id, err := review.ParseID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// newReview returns a synthetic review drawn in 2010 whose milestones were
// reached on the given dates, in order from Drawn ("" for an unknown date).
func newReview(rid, reviewer1, reviewer2 string, dates ...string) review.Review {
	r := review.Review{
		ID:        id(rid),
		Reviewers: [2]convention.State{convention.MustParseState(reviewer1), convention.MustParseState(reviewer2)},
		LotsYear:  2010,
	}
	for i, d := range dates {
		s := review.Step{Milestone: review.Drawn + review.Milestone(i)}
		if d != "" {
			s.Date = convention.DateRange{Earliest: date(d), Latest: date(d)}
		}
		r.Steps = append(r.Steps, s)
	}
	return r
}

// synthetic returns a handful of synthetic reviews of both cycles, at
// various stages.
func synthetic() []review.Review {
	second := func(r review.Review) review.Review { r.LotsYear = 2016; return r }
	ken := newReview("KEN/first", "MUS", "FIN",
		"2010-07-01", "2010-08-15", "2010-11-30", "2011-01-31", "2011-04-12", "2011-09-30", "2011-12-15", "2012-02-01")
	ken.Findings = []review.Finding{
		{Ref: convention.MustParseRef("art. 23(1)(a)(i)"), Kind: review.Challenge},
		{Ref: convention.MustParseRef("art. 46(9)(b)"), Kind: review.GoodPractice},
		{Ref: convention.MustParseRef("art. 15"), Kind: review.AssistanceNeed},
	}
	fra := newReview("FRA/first", "AUT", "MAR",
		"2010-07-01", "2010-09-01", "2011-02-01", "2011-04-01", "2011-10-10", "2012-06-30", "2012-09-01")
	fra.Findings = []review.Finding{
		{Ref: convention.MustParseRef("art. 16(1)"), Kind: review.Challenge},
		{Ref: convention.MustParseRef("art. 44(5)"), Kind: review.Challenge},
	}
	per := newReview("PER/first", "ECU", "FIN", "2010-07-01", "", "2011-03-01", "2011-05-01", "2011-11-20", "2012-10-05")
	kenII := second(newReview("KEN/second", "ZAF", "FIN", "2016-06-20", "2016-08-01", "2017-01-10", "2017-03-01"))
	kenII.Findings = []review.Finding{
		{Ref: convention.MustParseRef("art. 9(1)"), Kind: review.Challenge},
		{Ref: convention.MustParseRef("art. 52(1)"), Kind: review.GoodPractice},
	}
	bra := second(newReview("BRA/second", "MEX", "RUS", "2016-06-20", "2016-07-15"))
	return []review.Review{ken, fra, per, kenII, bra}
}

// A Review is plain data: an ID, reviewers, the year of the drawing of
// lots, the milestones reached and what the review found. It reads and
// writes JSON through the text forms of its parts.
func ExampleReview() {
	r := review.Review{
		ID:        review.ID{State: convention.MustParseState("KEN"), Cycle: review.First},
		Reviewers: [2]convention.State{convention.MustParseState("MUS"), convention.MustParseState("FIN")},
		LotsYear:  2010,
		Steps: []review.Step{
			{Milestone: review.Drawn, Date: convention.DateRange{Earliest: date("2010-07-01"), Latest: date("2010-07-01")}},
			{Milestone: review.FocalPoint}, // date not known
		},
		Findings: []review.Finding{{Ref: convention.MustParseRef("art. 15"), Kind: review.AssistanceNeed}},
	}
	b, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	// Output:
	// {"ID":"KEN/first","Reviewers":["MUS","FIN"],"LotsYear":2010,"Steps":[{"Milestone":"drawn","Date":"2010-07-01"},{"Milestone":"focal point","Date":""}],"Findings":[{"Review":"","Ref":"art. 15","Kind":"assistance need","Text":""}]}
}

func ExampleReview_Status() {
	r := newReview("KEN/first", "MUS", "FIN",
		"2010-07-01", "2010-08-15", "2010-11-30", "2011-01-31", "2011-04-12", "2011-09-30")
	for _, at := range []string{"2010-06-30", "2010-07-01", "2011-09-29", "2011-09-30"} {
		fmt.Printf("%s: %v\n", at, r.Status(date(at)))
	}
	// Output:
	// 2010-06-30: %!Milestone(0)
	// 2010-07-01: drawn
	// 2011-09-29: country visit
	// 2011-09-30: summary finalized
}

func ExampleReview_Finalized() {
	r := newReview("KEN/first", "MUS", "FIN",
		"2010-07-01", "2010-08-15", "2010-11-30", "2011-01-31", "2011-04-12", "2011-09-30")
	fmt.Println(r.Finalized(date("2011-09-29")), r.Finalized(date("2011-09-30")))
	// Output:
	// false true
}

// A milestone reached on an unknown date is certain once a later milestone
// is dated, and only possible before that; one the record places in a month
// is possible during the month and certain from its last day.
func ExampleReview_Reached() {
	r := newReview("PER/first", "ECU", "FIN", "2010-07-01", "", "2011-03-01")
	r.Steps = append(r.Steps, review.Step{Milestone: review.DeskReview,
		Date: convention.DateRange{Earliest: date("2011-05-01"), Latest: date("2011-05-31")}})
	for _, at := range []string{"2010-06-30", "2010-12-31", "2011-03-01"} {
		fmt.Printf("focal point by %s: %v\n", at, r.Reached(review.FocalPoint, date(at)))
	}
	for _, at := range []string{"2011-04-30", "2011-05-15", "2011-05-31"} {
		fmt.Printf("desk review by %s: %v\n", at, r.Reached(review.DeskReview, date(at)))
	}
	// Output:
	// focal point by 2010-06-30: impossible
	// focal point by 2010-12-31: possible
	// focal point by 2011-03-01: certain
	// desk review by 2011-04-30: impossible
	// desk review by 2011-05-15: possible
	// desk review by 2011-05-31: certain
}

func ExampleStep() {
	s := review.Step{Milestone: review.CountryVisit,
		Date: convention.DateRange{Earliest: date("2011-03-01"), Latest: date("2011-03-31")}}
	fmt.Println(s.Milestone, "between", s.Date)
	// Output:
	// country visit between 2011-03-01..2011-03-31
}

func ExampleValidate() {
	reviews := []review.Review{
		newReview("GHA/first", "NGA", "ITA", "2010-07-01"),
		newReview("CHL/first", "ESP", "CHN", "2010-07-01"),
		newReview("TZA/first", "TZA", "TZA", "2010-07-01", "2010-06-01"),
	}
	reviews[0].Findings = []review.Finding{{Ref: convention.MustParseRef("art. 9(1)")}}
	err := review.Validate(reviews)
	fmt.Println(err)
	for _, e := range err.(convention.ValidationErrors) {
		if errors.Is(e, convention.ErrMissing) {
			fmt.Println("missing:", e.Index, e.Field)
		}
	}
	// Output:
	// record 0 ("GHA/first"), Findings[0].Ref: finding on a provision the cycle does not cover: art. 9(1) is in chapter II, which the first cycle does not review
	// record 0 ("GHA/first"), Findings[0].Kind: missing value
	// record 1 ("CHL/first"), Reviewers: reviewers break the pairing rules: no reviewer from the Latin American and Caribbean States of CHL: ESP (Western European and other States), CHN (Asia-Pacific States)
	// record 2 ("TZA/first"), Reviewers[0]: reviewers break the pairing rules: TZA reviews itself
	// record 2 ("TZA/first"), Reviewers[1]: reviewers break the pairing rules: TZA reviews itself
	// record 2 ("TZA/first"), Reviewers[1]: reviewers break the pairing rules: TZA drawn twice
	// record 2 ("TZA/first"), Reviewers: reviewers break the pairing rules: no reviewer from the African States of TZA: TZA (African States), TZA (African States)
	// record 2 ("TZA/first"), Steps[1].Date: milestones out of order: focal point 2010-06-01, before drawn 2010-07-01
	// missing: 0 Findings[0].Kind
}

func ExampleProgressOf() {
	p := review.ProgressOf(slices.Values(synthetic()), date("2011-12-31"), review.Filter{Cycle: review.First})
	for m := range review.Milestones() {
		fmt.Printf("%-17s %d certain, %d possible\n", m, p.Count(m, convention.Certain), p.Count(m, convention.Possible))
	}
	// Output:
	// drawn             3 certain, 0 possible
	// focal point       3 certain, 0 possible
	// self-assessment   3 certain, 0 possible
	// desk review       3 certain, 0 possible
	// country visit     3 certain, 0 possible
	// summary finalized 1 certain, 0 possible
	// report finalized  1 certain, 0 possible
	// published         0 certain, 0 possible
}

// Progress answers how many reviews were finalized on a day, and how long
// the steps took.
func ExampleProgress() {
	p := review.ProgressOf(slices.Values(synthetic()), date("2012-12-31"), review.Filter{})
	fmt.Println("finalized:", p.Count(review.SummaryFinalized, convention.Certain))
	fmt.Println("not yet:", p.Count(review.SummaryFinalized, convention.Impossible))
	// Output:
	// finalized: 3
	// not yet: 2
}

func ExampleProgress_Count() {
	p := review.ProgressOf(slices.Values(synthetic()), date("2010-12-31"), review.Filter{})
	for _, c := range []convention.Certainty{convention.Certain, convention.Possible, convention.Impossible} {
		fmt.Println("focal point named,", c, p.Count(review.FocalPoint, c))
	}
	// Output:
	// focal point named, certain 2
	// focal point named, possible 1
	// focal point named, impossible 2
}

func ExampleProgress_Duration() {
	p := review.ProgressOf(slices.Values(synthetic()), date("2012-12-31"), review.Filter{Cycle: review.First})
	d := p.Duration(review.Drawn, review.SummaryFinalized)
	fmt.Printf("drawing to summary: %d reviews, median %.0f days (from %.0f to %.0f)\n", d.N, d.Median, d.Min, d.Max)
	// Output:
	// drawing to summary: 3 reviews, median 730 days (from 456 to 827)
}

// A Progress is a view of the reviews on one day, not a record to store.
func ExampleProgress_MarshalJSON() {
	_, err := json.Marshal(review.ProgressOf(slices.Values(synthetic()), date("2012-12-31"), review.Filter{}))
	fmt.Println(err != nil)
	// Output:
	// true
}

func ExampleDistribution() {
	p := review.ProgressOf(slices.Values(synthetic()), date("2012-12-31"), review.Filter{})
	d := p.Duration(review.Drawn, review.FocalPoint)
	fmt.Printf("%+v\n", d)
	// Output:
	// {N:2 Min:45 Q1:49.25 Median:53.5 Q3:57.75 Max:62}
}

func ExampleFilter() {
	reviews := slices.Values(synthetic())
	at := date("2017-12-31")
	for _, q := range []struct {
		name string
		f    review.Filter
	}{
		{"all", review.Filter{}},
		{"second cycle", review.Filter{Cycle: review.Second}},
		{"African States", review.Filter{Group: convention.African}},
		{"drawn in 2016", review.Filter{LotsYear: 2016}},
		{"first cycle, drawn in 2016", review.Filter{Cycle: review.First, LotsYear: 2016}},
	} {
		p := review.ProgressOf(reviews, at, q.f)
		fmt.Printf("%s: %d drawn\n", q.name, p.Count(review.Drawn, convention.Certain))
	}
	// Output:
	// all: 5 drawn
	// second cycle: 2 drawn
	// African States: 2 drawn
	// drawn in 2016: 2 drawn
	// first cycle, drawn in 2016: 0 drawn
}

// Diff answers "how many reviews were finalized since the last report, and
// how many of them identified technical assistance needs": one call, then a
// look at what each newly finalized review found.
func ExampleDiff() {
	need := review.Finding{Ref: convention.MustParseRef("art. 46(9)(b)"), Kind: review.AssistanceNeed}
	finalized := func(rid, summary string, findings ...review.Finding) review.Review {
		r := newReview(rid, "NGA", "ITA", "2010-07-01", "2010-08-01", "2010-11-01", "2011-01-10", "2011-03-01", summary)
		r.Findings = findings
		return r
	}
	reviews := []review.Review{
		finalized("GHA/first", "2019-05-01", need),
		finalized("KEN/first", "2020-02-11"),
		finalized("MUS/first", "2020-06-30", need),
		finalized("SEN/first", "2021-01-15"),
		finalized("TGO/first", "2021-03-31", need),
		newReview("MLI/first", "NGA", "ITA", "2010-07-01"),
	}
	lastReport, thisReport := date("2019-09-01"), date("2021-03-31")

	newly := review.Diff(slices.Values(reviews), review.SummaryFinalized, lastReport, thisReport)
	withNeeds := 0
	for _, r := range reviews {
		if slices.Contains(newly, r.ID) && slices.ContainsFunc(r.Findings, func(f review.Finding) bool { return f.Kind == review.AssistanceNeed }) {
			withNeeds++
		}
	}
	fmt.Println(newly)
	fmt.Printf("an additional %d reviews had been finalized, of which %d had identified technical assistance needs\n",
		len(newly), withNeeds)
	// Output:
	// [KEN/first MUS/first SEN/first TGO/first]
	// an additional 4 reviews had been finalized, of which 2 had identified technical assistance needs
}

func ExampleReviewerLoad() {
	load := review.ReviewerLoad(slices.Values(synthetic()), review.Filter{Cycle: review.First})
	for _, s := range slices.SortedFunc(maps.Keys(load), convention.State.Compare) {
		fmt.Println(s, load[s])
	}
	// Output:
	// AUT 1
	// ECU 1
	// FIN 2
	// MAR 1
	// MUS 1
}

// CountFindings counts provision by provision; sums over the map give the
// counts of an article or a chapter.
func ExampleCountFindings() {
	n := review.CountFindings(slices.Values(synthetic()), 0, review.Filter{})
	byChapter := make(map[convention.Chapter]int)
	for ref, k := range n {
		byChapter[ref.Chapter()] += k
	}
	for _, ch := range slices.Sorted(maps.Keys(byChapter)) {
		fmt.Println(ch, byChapter[ch])
	}
	fmt.Println("challenges on art. 16(1):", review.CountFindings(slices.Values(synthetic()), review.Challenge, review.Filter{})[convention.MustParseRef("art. 16(1)")])
	// Output:
	// chapter II 1
	// chapter III 3
	// chapter IV 2
	// chapter V 1
	// challenges on art. 16(1): 1
}

func ExampleFinding() {
	f := review.Finding{Ref: convention.MustParseRef("art. 46(9)(b)"), Kind: review.GoodPractice,
		Text: "Assistance without dual criminality for non-coercive measures."}
	fmt.Println(f.Kind, "on", f.Ref)
	// Output:
	// good practice on art. 46(9)(b)
}

func ExampleFindingKind() {
	for _, k := range []review.FindingKind{review.Challenge, review.GoodPractice, review.AssistanceNeed, 0} {
		fmt.Println(k, k.IsValid())
	}
	// Output:
	// challenge true
	// good practice true
	// assistance need true
	// %!FindingKind(0) false
}

func ExampleParseFindingKind() {
	for _, s := range []string{"challenges", "Good practice", "assistance-need", "advice"} {
		k, err := review.ParseFindingKind(s)
		fmt.Println(k, err)
	}
	// Output:
	// challenge <nil>
	// good practice <nil>
	// assistance need <nil>
	// %!FindingKind(0) review.ParseFindingKind: parsing "advice": at offset 0: unknown kind of finding
}

func ExampleFindingKind_MarshalText() {
	b, err := json.Marshal(map[string]review.FindingKind{"kind": review.GoodPractice, "none": 0})
	fmt.Println(string(b), err)
	var k review.FindingKind
	fmt.Println(k.UnmarshalText([]byte("assistance needs")), k)
	// Output:
	// {"kind":"good practice","none":""} <nil>
	// <nil> assistance need
}

func ExampleCycle() {
	for c := range review.Cycles() {
		fmt.Print(c, ":")
		for ch := range c.Chapters() {
			fmt.Print(" ", ch)
		}
		fmt.Println()
	}
	fmt.Println(review.Cycle(0), review.Cycle(3).IsValid())
	// Output:
	// first cycle: chapter III chapter IV
	// second cycle: chapter II chapter V
	// %!Cycle(0) false
}

func ExampleCycles() {
	for c := range review.Cycles() {
		fmt.Println(c, c.Compare(review.First))
	}
	// Output:
	// first cycle 0
	// second cycle 1
}

func ExampleCycle_Covers() {
	ref := convention.MustParseRef("art. 52(1)")
	for c := range review.Cycles() {
		fmt.Println(c, c.Covers(ref.Chapter()))
	}
	// Output:
	// first cycle false
	// second cycle true
}

func ExampleParseCycle() {
	for _, s := range []string{"first", "Second Cycle", "the first review cycle", "cycle 2", "II", "third"} {
		c, err := review.ParseCycle(s)
		fmt.Println(c, err)
	}
	// Output:
	// first cycle <nil>
	// second cycle <nil>
	// first cycle <nil>
	// second cycle <nil>
	// second cycle <nil>
	// %!Cycle(0) review.ParseCycle: parsing "third": at offset 0: unknown review cycle
}

func ExampleCycle_MarshalText() {
	b, err := json.Marshal([]review.Cycle{review.First, 0})
	fmt.Println(string(b), err)
	var cs []review.Cycle
	fmt.Println(json.Unmarshal([]byte(`["second cycle","II",""]`), &cs), cs)
	_, err = review.Cycle(7).MarshalText()
	fmt.Println(err)
	// Output:
	// ["first cycle",""] <nil>
	// <nil> [second cycle second cycle %!Cycle(0)]
	// review.Cycle.MarshalText: parsing "%!Cycle(7)": at offset 0: unknown review cycle
}

func ExampleID() {
	id := review.ID{State: convention.MustParseState("KEN"), Cycle: review.Second}
	fmt.Println(id, id.IsValid(), id.State.Name(), id.Cycle)
	fmt.Println(review.ID{})
	// Output:
	// KEN/second true Kenya second cycle
	// %!ID(0)
}

func ExampleParseID() {
	id, err := review.ParseID("ken/1")
	fmt.Println(id, err)
	_, err = review.ParseID("KEN/third")
	fmt.Println(errors.Is(err, convention.ErrUnknown), err)
	// Output:
	// KEN/first <nil>
	// true review.ParseID: parsing "KEN/third": at offset 4: unknown review cycle
}

func ExampleID_Compare() {
	ids := []review.ID{id("KEN/second"), id("KEN/first"), id("FRA/second"), id("AGO/first")}
	slices.SortFunc(ids, review.ID.Compare)
	fmt.Println(ids)
	// Output:
	// [AGO/first KEN/first FRA/second KEN/second]
}

// IDs marshal as text, so they serve as JSON values and map keys; this is how
// records in other packages refer to a review.
func ExampleID_MarshalText() {
	b, err := json.Marshal(map[review.ID]int{id("KEN/first"): 3, id("KEN/second"): 1})
	fmt.Println(string(b), err)
	var back map[review.ID]int
	fmt.Println(json.Unmarshal(b, &back), back[id("KEN/first")])
	// Output:
	// {"KEN/first":3,"KEN/second":1} <nil>
	// <nil> 3
}

func ExampleMilestone() {
	fmt.Println(review.SummaryFinalized, review.SummaryFinalized > review.CountryVisit, review.Milestone(0).IsValid())
	// Output:
	// summary finalized true false
}

func ExampleMilestones() {
	for m := range review.Milestones() {
		fmt.Print(m, "; ")
	}
	fmt.Println()
	// Output:
	// drawn; focal point; self-assessment; desk review; country visit; summary finalized; report finalized; published;
}

func ExampleMilestone_Compare() {
	ms := []review.Milestone{review.Published, review.Drawn, review.DeskReview}
	slices.SortFunc(ms, review.Milestone.Compare)
	fmt.Println(ms)
	// Output:
	// [drawn desk review published]
}

func ExampleParseMilestone() {
	m, err := review.ParseMilestone("Summary_Finalized")
	fmt.Println(m, err)
	// Output:
	// summary finalized <nil>
}

func ExampleMilestone_MarshalText() {
	b, err := json.Marshal([]review.Milestone{review.SelfAssessment, 0})
	fmt.Println(string(b), err)
	var m review.Milestone
	fmt.Println(m.UnmarshalText([]byte("Focal-Point")), m)
	// Output:
	// ["self-assessment",""] <nil>
	// <nil> focal point
}

// The Mechanism was established in 2009, when the Conference adopted its
// terms of reference; the first cycle's reviews began the next year. A
// claim such as "since its launch in 2009" is about the former.
func ExampleMechanismEstablished() {
	fmt.Println("established:", review.MechanismEstablished())
	fmt.Println("in 2009:", review.MechanismEstablished().Latest.Year() == 2009)
	fmt.Println("first reviews began:", review.First.ReviewsBegan())
	// Output:
	// established: 2009-11-09..2009-11-13
	// in 2009: true
	// first reviews began: 2010-06-28..2010-07-02
}

// Where the sources bound a date without giving the day, the date is the
// range they allow: nothing inside it is guessed.
func ExampleCycle_ReviewsBegan() {
	for c := range review.Cycles() {
		b := c.ReviewsBegan()
		fmt.Printf("%v: %v (exact: %v)\n", c, b, b.Earliest.Equal(b.Latest))
	}
	// Output:
	// first cycle: 2010-06-28..2010-07-02 (exact: false)
	// second cycle: 2015-11-02..2019-03-20 (exact: false)
}

func ExampleCycle_PlannedYears() {
	for c := range review.Cycles() {
		fmt.Println(c, c.PlannedYears(), "years planned")
	}
	// Output:
	// first cycle 5 years planned
	// second cycle 5 years planned
}
