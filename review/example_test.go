package review_test

import (
	"encoding/json"
	"errors"
	"fmt"
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

// newReview returns a synthetic review drawn in 2010 whose milestones were
// reached on the given dates, in order from Drawn ("" for an unknown date).
func newReview(id, reviewer1, reviewer2 string, dates ...string) review.Review {
	r := review.Review{
		ID:        review.MustParseID(id),
		Reviewers: [2]convention.State{convention.MustParseState(reviewer1), convention.MustParseState(reviewer2)},
		LotsYear:  2010,
	}
	for i, d := range dates {
		m := review.Drawn + review.Milestone(i)
		if d == "" {
			r.Steps[m] = review.Undated()
		} else {
			r.Steps[m] = review.On(date(d))
		}
	}
	return r
}

func ExampleParseID() {
	id, err := review.ParseID("ken/1")
	if err != nil {
		panic(err)
	}
	fmt.Println(id, id.State.Name(), id.Cycle)

	_, err = review.ParseID("KEN/third")
	fmt.Println(errors.Is(err, review.ErrUnknownCycle))
	// Output:
	// KEN/first Kenya first cycle
	// true
}

func ExampleReview_Status() {
	r := newReview("KEN/first", "MUS", "FIN",
		"2010-07-01", "2010-08-15", "2010-11-30", "2011-01-31", "2011-04-12", "2011-09-30")
	for _, at := range []string{"2010-06-30", "2010-07-01", "2011-09-29", "2011-09-30"} {
		fmt.Printf("%s: %v, finalized %v\n", at, r.Status(date(at)), r.Finalized(date(at)))
	}
	// Output:
	// 2010-06-30: none, finalized false
	// 2010-07-01: drawn, finalized false
	// 2011-09-29: country visit, finalized false
	// 2011-09-30: summary finalized, finalized true
}

// A milestone reached on an unknown date is certain once a later milestone
// is dated, and only possible before that.
func ExampleReview_Reached() {
	r := newReview("PER/first", "ECU", "FIN", "2010-07-01", "", "2011-03-01")
	for _, at := range []string{"2010-06-30", "2010-12-31", "2011-03-01"} {
		fmt.Printf("%s: %v\n", at, r.Reached(review.FocalPoint, date(at)))
	}
	// Output:
	// 2010-06-30: impossible
	// 2010-12-31: possible
	// 2011-03-01: certain
}

func ExampleValidate() {
	reviews := []review.Review{
		newReview("GHA/first", "NGA", "ITA", "2010-07-01"),
		newReview("CHL/first", "ESP", "CHN", "2010-07-01"),
		newReview("TZA/first", "TZA", "TZA", "2010-07-01", "2010-06-01"),
	}
	err := review.Validate(reviews)
	fmt.Println(err)
	var ve *review.ValidationError
	if errors.As(err, &ve) {
		fmt.Println("first problem in record", ve.Index, "is a missing regional peer:", errors.Is(ve, review.ErrNoRegionalPeer))
	}
	// Output:
	// review: record 1 (CHL/first): no reviewer from the regional group of the State under review: CHL is in the Latin American and Caribbean States; reviewers ESP (Western European and other States), CHN (Asia-Pacific States)
	// review: record 2 (TZA/first): reviewer is the State under review
	// review: record 2 (TZA/first): reviewers not distinct: TZA twice
	// review: record 2 (TZA/first): no reviewer from the regional group of the State under review: TZA is in the African States; reviewers TZA (African States), TZA (African States)
	// review: record 2 (TZA/first): milestones out of order: focal point on 2010-06-01, before drawn on 2010-07-01
	// first problem in record 1 is a missing regional peer: true
}

func ExampleProgressOf() {
	reviews := []review.Review{
		newReview("KEN/first", "MUS", "FIN", "2010-07-01", "2010-08-15", "2010-11-30", "2011-01-31", "2011-04-12", "2011-09-30"),
		newReview("FRA/first", "AUT", "MAR", "2010-07-01", "2010-09-01", "2011-02-01", "2011-04-01", "2011-10-10", "2012-06-30"),
		newReview("PER/first", "ECU", "FIN", "2010-07-01", "", "2011-03-01", "2011-05-01", "2011-11-20"),
	}
	p := review.ProgressOf(reviews, date("2011-12-31"))
	fmt.Println("reviews:", p.All.Total())
	for m := range review.Milestones() {
		fmt.Printf("%-17s %d\n", m, p.All[m])
	}
	fmt.Println("finalized:", p.Finalized())
	fmt.Println("African States, visited:", p.ByGroup[convention.African][review.CountryVisit])
	d := p.Durations[review.FocalPoint]
	fmt.Printf("days to name a focal point: n=%d median %.1f (quartiles %.2f, %.2f)\n", d.N, d.Median, d.Q1, d.Q3)
	// Output:
	// reviews: 3
	// drawn             3
	// focal point       3
	// self-assessment   3
	// desk review       3
	// country visit     3
	// summary finalized 1
	// report finalized  0
	// published         0
	// finalized: 1
	// African States, visited: 1
	// days to name a focal point: n=2 median 53.5 (quartiles 49.25, 57.75)
}

// Diff answers "how many reviews were finalized since the last report, and
// how many of them identified technical assistance needs": one call, then a
// filter on what each newly finalized review found. (Where the needs
// themselves are kept in package needs, filter on its summary by
// ID.State instead.)
func ExampleDiff() {
	need := review.Finding{Ref: convention.MustParseRef("art. 46(9)(b)"), Kind: review.AssistanceNeed}
	finalized := func(id, summary string, findings ...review.Finding) review.Review {
		r := newReview(id, "NGA", "ITA", "2010-07-01", "2010-08-01", "2010-11-01", "2011-01-10", "2011-03-01", summary)
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

	newly := review.Diff(reviews, lastReport, thisReport).Finalized()
	withNeeds := 0
	for _, r := range reviews {
		if slices.Contains(newly, r.ID) && r.Identified(review.AssistanceNeed) {
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
	reviews := []review.Review{
		newReview("KEN/first", "MUS", "FIN", "2010-07-01"),
		newReview("PER/first", "ECU", "FIN", "2010-07-01"),
		newReview("POL/second", "CZE", "FIN", "2016-06-20"),
	}
	reviews[2].LotsYear = 2016
	l := review.ReviewerLoad(reviews)
	for s := range l.Reviewers() {
		fmt.Printf("%v: first %d, second %d, all %d\n", s, l.Reviews(s, review.First), l.Reviews(s, review.Second), l.Reviews(s, 0))
	}
	// Output:
	// CZE: first 0, second 1, all 1
	// ECU: first 1, second 0, all 1
	// FIN: first 2, second 1, all 3
	// MUS: first 1, second 0, all 1
}

func ExampleCountFindings() {
	r := newReview("KEN/first", "MUS", "FIN", "2010-07-01")
	r.Findings = []review.Finding{
		{Ref: convention.MustParseRef("art. 23(1)(a)(i)"), Kind: review.Challenge,
			Text: "Extend the offence to conversion of property by third parties."},
		{Ref: convention.MustParseRef("art. 46(9)(b)"), Kind: review.GoodPractice},
		{Ref: convention.MustParseRef("art. 46(9)(b)"), Kind: review.AssistanceNeed},
	}
	fc := review.CountFindings([]review.Review{r})
	fmt.Println("challenges:", fc.All[review.Challenge], "good practices:", fc.All[review.GoodPractice])
	fmt.Println("article 46:", fc.ByArticle[46][0], "chapter III:", fc.ByChapter[convention.Criminalization][0])
	fmt.Println("first cycle:", fc.ByCycle[review.First][0])
	// Output:
	// challenges: 1 good practices: 1
	// article 46: 2 chapter III: 1
	// first cycle: 3
}

func ExampleFindings() {
	r := newReview("KEN/first", "MUS", "FIN", "2010-07-01")
	r.Findings = []review.Finding{{Ref: convention.MustParseRef("art. 15"), Kind: review.AssistanceNeed}}
	for f := range review.Findings([]review.Review{r}) {
		fmt.Println(f.Review, f.Ref, f.Kind)
	}
	// Output:
	// KEN/first art. 15 assistance need
}

func ExampleParseMilestone() {
	m, err := review.ParseMilestone("Summary_Finalized")
	fmt.Println(m, err, m > review.CountryVisit)
	// Output:
	// summary finalized <nil> true
}

// IDs marshal as text, so they serve as JSON values and map keys; this is how
// records in other packages refer to a review.
func ExampleID_MarshalText() {
	counts := map[review.ID]int{
		review.MustParseID("KEN/first"):  3,
		review.MustParseID("KEN/second"): 1,
	}
	b, err := json.Marshal(counts)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	// Output:
	// {"KEN/first":3,"KEN/second":1}
}

func ExampleParseFindingKind() {
	for _, s := range []string{"challenges", "Good practice", "assistance-need"} {
		k, err := review.ParseFindingKind(s)
		fmt.Println(k, err)
	}
	// Output:
	// challenge <nil>
	// good practice <nil>
	// assistance need <nil>
}

// Counts are cumulative: AtStatus turns them into the number of reviews at
// each stage.
func ExampleCounts_AtStatus() {
	reviews := []review.Review{
		newReview("GHA/first", "NGA", "ITA", "2010-07-01", "2010-08-01"),
		newReview("KEN/first", "MUS", "FIN", "2010-07-01", "2010-08-15", "2010-11-30"),
		newReview("SEN/first", "NGA", "ITA", "2010-07-01", "2010-09-01", "2011-02-01"),
	}
	p := review.ProgressOf(reviews, date("2010-12-31"))
	for m := range review.Milestones() {
		if n := p.All.AtStatus(m); n > 0 {
			fmt.Println(m, n)
		}
	}
	// Output:
	// focal point 2
	// self-assessment 1
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

// A Review is built from its ID, reviewers, year of drawing and the dates of
// its milestones; Status and Finalized then say where it stood on any day.
func ExampleReview() {
	r := review.Review{
		ID:        review.MustParseID("GHA/first"),
		Reviewers: [2]convention.State{convention.MustParseState("NGA"), convention.MustParseState("ITA")},
		LotsYear:  2010,
	}
	r.Steps[review.Drawn] = review.On(date("2010-07-01"))
	r.Steps[review.FocalPoint] = review.On(date("2010-08-20"))
	r.Steps[review.SelfAssessment] = review.On(date("2011-02-14"))
	r.Steps[review.DeskReview] = review.Undated()
	r.Steps[review.CountryVisit] = review.On(date("2011-06-07"))
	r.Findings = []review.Finding{{Ref: convention.MustParseRef("art. 32(1)"), Kind: review.Challenge}}
	if err := review.Validate([]review.Review{r}); err != nil {
		panic(err)
	}
	for _, at := range []string{"2010-12-31", "2011-03-31", "2011-12-31"} {
		fmt.Println(at, r.Status(date(at)))
	}
	fmt.Println("latest on record:", r.Latest(), "finalized:", r.Finalized(date("2011-12-31")))
	// Output:
	// 2010-12-31 focal point
	// 2011-03-31 self-assessment
	// 2011-12-31 country visit
	// latest on record: country visit finalized: false
}

// A review counts as finalized when its executive summary is, whether or not
// the full report is.
func ExampleReview_Finalized() {
	for _, r := range synthetic() {
		fmt.Printf("%-10v %v\n", r.ID, r.Finalized(date("2012-06-30")))
	}
	// Output:
	// KEN/first  true
	// FRA/first  true
	// PER/first  false
	// KEN/second false
	// BRA/second false
}

// Latest reads the record as it stands, whatever the dates: here, which
// reviews have a published report.
func ExampleReview_Latest() {
	for _, r := range synthetic() {
		if r.Latest() == review.Published {
			fmt.Println(r.ID, "published on", r.Steps[review.Published])
		} else {
			fmt.Println(r.ID, "at", r.Latest())
		}
	}
	// Output:
	// KEN/first published on 2012-02-01
	// FRA/first at report finalized
	// PER/first at summary finalized
	// KEN/second at desk review
	// BRA/second at focal point
}

// Equal compares records by calendar date, ignoring the time of day and
// the location, as everything in this package does.
func ExampleReview_Equal() {
	a := newReview("KEN/first", "MUS", "FIN", "2010-07-01")
	b := a
	nairobi := time.FixedZone("EAT", 3*60*60)
	b.Steps[review.Drawn] = review.On(time.Date(2010, 7, 1, 16, 30, 0, 0, nairobi))
	fmt.Println(a.Equal(b))
	b.Steps[review.FocalPoint] = review.Undated()
	fmt.Println(a.Equal(b))
	// Output:
	// true
	// false
}

func ExampleReview_Identified() {
	for _, r := range synthetic() {
		fmt.Printf("%-10v challenges %-5v good practices %-5v needs %v\n", r.ID,
			r.Identified(review.Challenge), r.Identified(review.GoodPractice), r.Identified(review.AssistanceNeed))
	}
	// Output:
	// KEN/first  challenges true  good practices true  needs true
	// FRA/first  challenges true  good practices false needs false
	// PER/first  challenges false good practices false needs false
	// KEN/second challenges true  good practices true  needs false
	// BRA/second challenges false good practices false needs false
}

// Progress is a snapshot of the Mechanism on a date: counts by milestone,
// overall and by cycle, regional group and year of drawing, and how long
// the steps took.
func ExampleProgress() {
	p := review.ProgressOf(synthetic(), date("2017-12-31"))
	fmt.Println("finalized:", p.Finalized(), "of", p.All.Total())
	for c := range review.Cycles() {
		n := p.ByCycle[c]
		fmt.Printf("%v: %d drawn, %d visited, %d finalized\n", c, n[review.Drawn], n[review.CountryVisit], n[review.SummaryFinalized])
	}
	for _, y := range []int{2010, 2016} {
		fmt.Println("drawn in", y, "and published:", p.ByYear[y][review.Published])
	}
	fmt.Println("Latin American and Caribbean States:", p.ByGroup[convention.LatinAmericanCaribbean].Total())
	fmt.Println("days from drawing to summary, median:", p.SinceDrawn[review.SummaryFinalized].Median)
	// Output:
	// finalized: 3 of 5
	// first cycle: 3 drawn, 3 visited, 3 finalized
	// second cycle: 2 drawn, 0 visited, 0 finalized
	// drawn in 2010 and published: 1
	// drawn in 2016 and published: 0
	// Latin American and Caribbean States: 2
	// days from drawing to summary, median: 730
}

// Finalized is the figure reports quote most: reviews whose executive
// summary was finalized by the date.
func ExampleProgress_Finalized() {
	reviews := synthetic()
	for _, at := range []string{"2011-12-31", "2012-12-31"} {
		fmt.Println(at, review.ProgressOf(reviews, date(at)).Finalized())
	}
	// Output:
	// 2011-12-31 1
	// 2012-12-31 3
}

// Counts are cumulative by milestone: how many reviews had reached each one.
func ExampleCounts() {
	c := review.ProgressOf(synthetic(), date("2017-01-31")).ByCycle[review.Second]
	for m := range review.Milestones() {
		fmt.Printf("%-17v reached %d, stopped there %d\n", m, c[m], c.AtStatus(m))
	}
	// Output:
	// drawn             reached 2, stopped there 0
	// focal point       reached 2, stopped there 1
	// self-assessment   reached 1, stopped there 1
	// desk review       reached 0, stopped there 0
	// country visit     reached 0, stopped there 0
	// summary finalized reached 0, stopped there 0
	// report finalized  reached 0, stopped there 0
	// published         reached 0, stopped there 0
}

// Total counts every review, drawn by then or not, so that shares can be
// taken of it.
func ExampleCounts_Total() {
	c := review.ProgressOf(synthetic(), date("2012-12-31")).All
	fmt.Printf("%d of %d reviews drawn by then were finalized\n", c[review.SummaryFinalized], c.Total())
	fmt.Printf("not yet drawn: %d\n", c.AtStatus(0))
	// Output:
	// 3 of 5 reviews drawn by then were finalized
	// not yet drawn: 2
}

// A Distribution gives the quartiles of a duration in days; with no
// durations to describe, it is zero rather than a panic.
func ExampleDistribution() {
	p := review.ProgressOf(synthetic(), date("2012-12-31"))
	for _, m := range []review.Milestone{review.SelfAssessment, review.CountryVisit, review.Published} {
		d := p.Durations[m]
		fmt.Printf("to %-15v n=%d min %3.0f Q1 %5.1f median %5.1f Q3 %5.1f max %3.0f\n", m, d.N, d.Min, d.Q1, d.Median, d.Q3, d.Max)
	}
	fmt.Println(review.ProgressOf(nil, date("2012-12-31")).Durations[review.CountryVisit])
	// Output:
	// to self-assessment n=2 min 107 Q1 118.5 median 130.0 Q3 141.5 max 153
	// to country visit   n=3 min  71 Q1 131.5 median 192.0 Q3 197.5 max 203
	// to published       n=1 min  48 Q1  48.0 median  48.0 Q3  48.0 max  48
	// {0 0 0 0 0 0}
}

// Changes lists, milestone by milestone, the reviews that reached it
// between two dates.
func ExampleChanges() {
	c := review.Diff(synthetic(), date("2011-12-31"), date("2016-12-31"))
	for m := range review.Milestones() {
		if ids := c.Reached[m]; len(ids) > 0 {
			fmt.Printf("%-17v %v\n", m, ids)
		}
	}
	// Output:
	// drawn             [BRA/second KEN/second]
	// focal point       [BRA/second KEN/second]
	// summary finalized [FRA/first PER/first]
	// report finalized  [FRA/first]
	// published         [KEN/first]
}

func ExampleChanges_Finalized() {
	c := review.Diff(synthetic(), date("2012-06-29"), date("2012-12-31"))
	fmt.Println(len(c.Finalized()), c.Finalized())
	// Output:
	// 2 [FRA/first PER/first]
}

// A Load answers how often each State served as a reviewer, per cycle.
func ExampleLoad() {
	l := review.ReviewerLoad(synthetic())
	fin := convention.MustParseState("FIN")
	fmt.Println("Finland, first cycle:", l.Reviews(fin, review.First))
	fmt.Println("Finland, second cycle:", l.Reviews(fin, review.Second))
	fmt.Println("Finland, all cycles:", l.Reviews(fin, 0))
	// Output:
	// Finland, first cycle: 2
	// Finland, second cycle: 1
	// Finland, all cycles: 3
}

func ExampleLoad_Reviews() {
	l := review.ReviewerLoad(synthetic())
	for _, code := range []string{"ZAF", "MUS", "KEN"} {
		s := convention.MustParseState(code)
		fmt.Printf("%v (%s): %d\n", s, s.Group(), l.Reviews(s, 0))
	}
	// Output:
	// ZAF (African States): 1
	// MUS (African States): 1
	// KEN (African States): 0
}

// Reviewers lists the States that served at least once, in code order, for
// a table of the load.
func ExampleLoad_Reviewers() {
	l := review.ReviewerLoad(synthetic())
	for s := range l.Reviewers() {
		fmt.Print(s, ":", l.Reviews(s, 0), " ")
	}
	fmt.Println()
	// Output:
	// AUT:1 ECU:1 FIN:3 MAR:1 MEX:1 MUS:1 RUS:1 ZAF:1
}

// Loads of separate sets of reviews, here one per cycle, merge into the load
// of them all.
func ExampleLoad_Merge() {
	reviews := synthetic()
	var first, second []review.Review
	for _, r := range reviews {
		if r.ID.Cycle == review.First {
			first = append(first, r)
		} else {
			second = append(second, r)
		}
	}
	l := review.ReviewerLoad(first)
	l.Merge(review.ReviewerLoad(second))
	fmt.Println(l == review.ReviewerLoad(reviews), l.Reviews(convention.MustParseState("FIN"), 0))
	// Output:
	// true 3
}

// FindingCounts break the findings down by kind within each article,
// chapter and cycle, as in "almost 7,000 challenges, over 1,000 good
// practices".
func ExampleFindingCounts() {
	fc := review.CountFindings(synthetic())
	fmt.Println("all:", fc.All[0], "challenges:", fc.All[review.Challenge], "good practices:", fc.All[review.GoodPractice])
	for c := range review.Cycles() {
		for ch := range c.Chapters() {
			k := fc.ByChapter[ch]
			fmt.Printf("%v, %v: %d challenges, %d good practices\n", c, ch, k[review.Challenge], k[review.GoodPractice])
		}
	}
	// Output:
	// all: 7 challenges: 4 good practices: 2
	// first cycle, chapter III: 2 challenges, 0 good practices
	// first cycle, chapter IV: 1 challenges, 1 good practices
	// second cycle, chapter II: 1 challenges, 0 good practices
	// second cycle, chapter V: 0 challenges, 1 good practices
}

// Counts from partitions of the reviews, for example one file per regional
// group, merge into the counts of them all.
func ExampleFindingCounts_Merge() {
	reviews := synthetic()
	total := review.CountFindings(reviews[:2])
	total.Merge(review.CountFindings(reviews[2:]))
	fmt.Println(total == review.CountFindings(reviews), total.All)
	// Output:
	// true [7 4 2 1]
}

// KindCounts are indexed by FindingKind, element 0 holding the total.
func ExampleKindCounts() {
	k := review.CountFindings(synthetic()).ByArticle[46]
	for kind := range review.FindingKinds() {
		fmt.Printf("article 46, %v: %d of %d\n", kind, k[kind], k[0])
	}
	// Output:
	// article 46, challenge: 0 of 1
	// article 46, good practice: 1 of 1
	// article 46, assistance need: 0 of 1
}

// Each *ValidationError names the record, and for a problem with a finding
// the finding, so that a program can point at the row to fix.
func ExampleValidationError() {
	r := newReview("BEN/first", "NGA", "ITA", "2010-07-01")
	r.Findings = []review.Finding{
		{Ref: convention.MustParseRef("art. 15"), Kind: review.Challenge},
		{Ref: convention.MustParseRef("art. 9(1)"), Kind: review.Challenge},
	}
	err := review.Validate([]review.Review{synthetic()[0], r})
	if ve, ok := errors.AsType[*review.ValidationError](err); ok {
		fmt.Println("record", ve.Index, ve.ID, "finding", ve.Finding, "not covered:", errors.Is(ve, review.ErrNotCovered))
		fmt.Println(ve)
	}
	// Output:
	// record 1 BEN/first finding 1 not covered: true
	// review: record 1 (BEN/first), finding 1: finding on a provision the cycle does not cover: art. 9(1) (chapter II)
}
