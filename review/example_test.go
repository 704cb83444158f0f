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
	// review: record 2 (TZA/first): State reviews itself
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
// how many of them identified technical assistance needs".
func ExampleDiff() {
	need := review.Finding{Ref: convention.MustParseRef("art. 46(9)(b)"), Kind: review.AssistanceNeed}
	finalized := []string{"2010-07-01", "2010-08-01", "2010-11-01", "2011-01-10", "2011-03-01"}
	at := func(id, summary string, findings ...review.Finding) review.Review {
		r := newReview(id, "NGA", "ITA", slices.Concat(finalized, []string{summary})...)
		r.Findings = findings
		return r
	}
	reviews := []review.Review{
		at("GHA/first", "2019-05-01", need),
		at("KEN/first", "2020-02-11"),
		at("MUS/first", "2020-06-30", need),
		at("SEN/first", "2021-01-15"),
		at("TGO/first", "2021-03-31", need),
		newReview("MLI/first", "NGA", "ITA", "2010-07-01"),
	}
	c := review.Diff(reviews, date("2019-09-01"), date("2021-03-31"))
	withNeeds := 0
	ids := make(map[review.ID]bool)
	for _, id := range c.Finalized() {
		ids[id] = true
	}
	for _, r := range reviews {
		if !ids[r.ID] {
			continue
		}
		for _, f := range r.Findings {
			if f.Kind == review.AssistanceNeed {
				withNeeds++
				break
			}
		}
	}
	fmt.Println(c.Finalized())
	fmt.Printf("an additional %d reviews had been finalized, of which %d had identified technical assistance needs\n",
		len(c.Finalized()), withNeeds)
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
