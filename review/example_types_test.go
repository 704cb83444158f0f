package review_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/review"
)

// The reviews in these examples are synthetic, like those in example_test.go.

// Each cycle reviews two chapters of the Convention. Ranging over Cycles,
// rather than naming First and Second, keeps working when the Mechanism's
// next phase adds cycles.
func ExampleCycle() {
	for c := range review.Cycles() {
		fmt.Printf("%v (from %d): %v\n", c, c.Launched(), slices.Collect(c.Chapters()))
	}
	// Output:
	// first cycle (from 2010): [chapter III chapter IV]
	// second cycle (from 2016): [chapter II chapter V]
}

func ExampleCycles() {
	articles := 0
	for c := range review.Cycles() {
		n := len(slices.Collect(c.Articles()))
		articles += n
		fmt.Println(c, "reviews", n, "articles")
	}
	fmt.Println("together", articles, "of", convention.NumArticles)
	// Output:
	// first cycle reviews 36 articles
	// second cycle reviews 19 articles
	// together 55 of 71
}

// Covers says whether a finding about a provision belongs in a cycle's
// review; Validate uses it to reject findings outside the cycle.
func ExampleCycle_Covers() {
	for _, s := range []string{"art. 46(9)(b)", "art. 9(1)", "art. 57(3)(a)", "art. 63(4)"} {
		ref := convention.MustParseRef(s)
		fmt.Printf("%-14s first %-5v second %v\n", ref, review.First.Covers(ref), review.Second.Covers(ref))
	}
	// Output:
	// art. 46(9)(b)  first true  second false
	// art. 9(1)      first false second true
	// art. 57(3)(a)  first false second true
	// art. 63(4)     first false second false
}

func ExampleCycle_CoversChapter() {
	for ch := range convention.Chapters() {
		if review.Second.CoversChapter(ch) {
			fmt.Println(ch, ch.Title())
		}
	}
	// Output:
	// chapter II Preventive measures
	// chapter V Asset recovery
}

func ExampleCycle_Chapters() {
	for ch := range review.First.Chapters() {
		articles := slices.Collect(ch.Articles())
		fmt.Printf("%v: articles %d to %d\n", ch, articles[0], articles[len(articles)-1])
	}
	// Output:
	// chapter III: articles 15 to 42
	// chapter IV: articles 43 to 50
}

func ExampleCycle_Articles() {
	for a := range review.Second.Articles() {
		if a.Chapter() == convention.AssetRecovery {
			fmt.Printf("%d ", a)
		}
	}
	fmt.Println()
	// Output:
	// 51 52 53 54 55 56 57 58 59
}

// Launched dates the cycles, for example to tell which cycle a year's
// drawing of lots could belong to.
func ExampleCycle_Launched() {
	for _, year := range []int{2009, 2012, 2017} {
		var open []review.Cycle
		for c := range review.Cycles() {
			if c.Launched() <= year {
				open = append(open, c)
			}
		}
		fmt.Println(year, open)
	}
	// Output:
	// 2009 []
	// 2012 [first cycle]
	// 2017 [first cycle second cycle]
}

func ExampleCycleOf() {
	for _, ch := range []convention.Chapter{convention.PreventiveMeasures, convention.Criminalization, convention.TechnicalAssistance} {
		if c, ok := review.CycleOf(ch); ok {
			fmt.Println(ch, "is reviewed in the", c)
		} else {
			fmt.Println(ch, "is reviewed in no cycle")
		}
	}
	// Output:
	// chapter II is reviewed in the second cycle
	// chapter III is reviewed in the first cycle
	// chapter VI is reviewed in no cycle
}

// ParseCycle reads the cycle as reports and spreadsheets write it.
func ExampleParseCycle() {
	for _, s := range []string{"first review cycle", "Cycle 2", "II", "third"} {
		c, err := review.ParseCycle(s)
		if err != nil {
			fmt.Println(err, errors.Is(err, review.ErrUnknownCycle))
			continue
		}
		fmt.Printf("%q: %v\n", s, c)
	}
	// Output:
	// "first review cycle": first cycle
	// "Cycle 2": second cycle
	// "II": second cycle
	// review: parsing cycle "third": unknown review cycle true
}

func ExampleMustParseCycle() {
	second := review.MustParseCycle("second")
	fmt.Println(second, second == review.Second, second.Compare(review.First))
	// Output:
	// second cycle true 1
}

// An ID names a review by the State under review and the cycle; other
// packages use it to link their records to a review.
func ExampleID() {
	ids := []review.ID{
		{State: convention.MustParseState("KEN"), Cycle: review.Second},
		review.MustParseID("FRA/first"),
		review.MustParseID("KEN/first"),
	}
	slices.SortFunc(ids, review.ID.Compare)
	for _, id := range ids {
		fmt.Println(id, "=", id.State.Name(), "in the", id.Cycle)
	}
	fmt.Println(review.ID{}.IsValid(), review.ID{})
	// Output:
	// FRA/first = France in the first cycle
	// KEN/first = Kenya in the first cycle
	// KEN/second = Kenya in the second cycle
	// false invalid ID
}

// Compare sorts reviews by cycle, then by State, the order in which this
// package lists them.
func ExampleID_Compare() {
	a, b := review.MustParseID("ZAF/first"), review.MustParseID("AGO/second")
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a))
	// Output:
	// -1 1 0
}

func ExampleMustParseID() {
	id := review.MustParseID("EUU/second")
	fmt.Println(id, id.State.Name(), id.State.Group().IsValid())
	// Output:
	// EUU/second European Union false
}

// Milestones come in order, so the < operator and Compare say which comes
// first.
func ExampleMilestone() {
	var m review.Milestone // none: not yet drawn
	fmt.Println(m, m.IsValid())
	m = review.CountryVisit
	fmt.Println(m, m > review.SelfAssessment, m < review.SummaryFinalized)
	b, _ := review.SummaryFinalized.MarshalText()
	fmt.Println(string(b))
	// Output:
	// none false
	// country visit true true
	// summary finalized
}

func ExampleMilestones() {
	for m := range review.Milestones() {
		fmt.Printf("%d %v\n", m, m)
	}
	// Output:
	// 1 drawn
	// 2 focal point
	// 3 self-assessment
	// 4 desk review
	// 5 country visit
	// 6 summary finalized
	// 7 report finalized
	// 8 published
}

// Compare sorts milestones in the order of a review's life, for example to
// list reviews from the furthest behind.
func ExampleMilestone_Compare() {
	status := []review.Milestone{review.Published, review.FocalPoint, review.CountryVisit}
	slices.SortFunc(status, review.Milestone.Compare)
	fmt.Println(status)
	// Output:
	// [focal point country visit published]
}

// A Step is one milestone of one review: not reached, reached on a known
// day, or reached on a day the record does not give.
func ExampleStep() {
	for _, s := range []review.Step{{}, review.On(date("2011-04-12")), review.Undated()} {
		fmt.Printf("%-21v reached %-5v dated %v\n", s, s.Reached, s.Known())
	}
	// Output:
	// not reached           reached false dated false
	// 2011-04-12            reached true  dated true
	// reached, date unknown reached true  dated false
}

func ExampleOn() {
	var r review.Review
	r.Steps[review.Drawn] = review.On(date("2010-07-01"))
	fmt.Println(r.Steps[review.Drawn], r.Steps[review.FocalPoint])
	// Output:
	// 2010-07-01 not reached
}

// A record may know that a milestone was reached without knowing when; the
// milestones around it bound the day.
func ExampleUndated() {
	r := newReview("PER/first", "ECU", "FIN", "2010-07-01")
	r.Steps[review.FocalPoint] = review.Undated()
	fmt.Println(r.Steps[review.FocalPoint])
	fmt.Println(r.Reached(review.FocalPoint, date("2010-12-31")))
	r.Steps[review.SelfAssessment] = review.On(date("2011-03-01"))
	fmt.Println(r.Reached(review.FocalPoint, date("2011-03-01")))
	// Output:
	// reached, date unknown
	// possible
	// certain
}

func ExampleStep_Known() {
	r := newReview("IDN/first", "PHL", "NLD", "2011-06-01", "2011-07-01", "2011-12-01", "", "2012-03-15")
	for m := range review.Milestones() {
		if s := r.Steps[m]; s.Reached && !s.Known() {
			fmt.Println("no date for the", m)
		}
	}
	// Output:
	// no date for the desk review
}

// A Finding records what a review found about one provision.
func ExampleFinding() {
	f := review.Finding{
		Review: review.MustParseID("KEN/first"),
		Ref:    convention.MustParseRef("article 46, paragraph 9 (b)"),
		Kind:   review.Challenge,
		Text:   "Allow assistance without dual criminality for non-coercive measures.",
	}
	fmt.Println(f.Review, f.Ref, f.Ref.Chapter(), f.Kind)
	fmt.Println(f.Review.Cycle.Covers(f.Ref))
	// Output:
	// KEN/first art. 46(9)(b) chapter IV challenge
	// true
}

func ExampleFindingKind() {
	var k review.FindingKind
	if err := k.UnmarshalText([]byte("Good practices")); err != nil {
		panic(err)
	}
	b, _ := k.MarshalText()
	fmt.Println(k, k == review.GoodPractice, string(b))
	fmt.Println(review.FindingKind(0).IsValid(), review.FindingKind(0))
	// Output:
	// good practice true good practice
	// false %!FindingKind(0)
}

// FindingKinds lists the kinds, for example to print a table of counts.
func ExampleFindingKinds() {
	r := newReview("KEN/first", "MUS", "FIN", "2010-07-01")
	r.Findings = []review.Finding{
		{Ref: convention.MustParseRef("art. 23(1)(a)(i)"), Kind: review.Challenge},
		{Ref: convention.MustParseRef("art. 44(5)"), Kind: review.Challenge},
		{Ref: convention.MustParseRef("art. 15"), Kind: review.AssistanceNeed},
	}
	fc := review.CountFindings([]review.Review{r})
	for k := range review.FindingKinds() {
		fmt.Printf("%-16v %d\n", k, fc.All[k])
	}
	// Output:
	// challenge        2
	// good practice    0
	// assistance need  1
}

// IDs, cycles, milestones and kinds of finding marshal as text, so records
// that carry them decode from JSON (or CSV) without extra code.
func ExampleMilestone_UnmarshalText() {
	data := `[
		{"review": "KEN/first", "status": "Summary finalized", "kind": "challenges"},
		{"review": "bra/2", "status": "focal-point", "kind": "good practice"}
	]`
	var rows []struct {
		Review review.ID
		Status review.Milestone
		Kind   review.FindingKind
	}
	if err := json.Unmarshal([]byte(data), &rows); err != nil {
		panic(err)
	}
	for _, r := range rows {
		fmt.Printf("%v (%v): %v; %v\n", r.Review, r.Review.Cycle, r.Status, r.Kind)
	}
	b, _ := json.Marshal(rows[1])
	fmt.Println(string(b))
	// Output:
	// KEN/first (first cycle): summary finalized; challenge
	// BRA/second (second cycle): focal point; good practice
	// {"Review":"BRA/second","Status":"focal point","Kind":"good practice"}
}

func ExampleParseError() {
	for _, s := range []string{"KEN-first", "XYZ/first", "KEN/third"} {
		_, err := review.ParseID(s)
		if pe, ok := errors.AsType[*review.ParseError](err); ok {
			fmt.Printf("%q: %s; unknown State: %v, unknown cycle: %v\n", pe.Input, pe.Reason,
				errors.Is(err, convention.ErrUnknown), errors.Is(err, review.ErrUnknownCycle))
		}
	}
	// Output:
	// "KEN-first": no slash between State and cycle; unknown State: false, unknown cycle: false
	// "XYZ/first": State "XYZ": unknown; unknown State: true, unknown cycle: false
	// "KEN/third": unknown cycle "third"; unknown State: false, unknown cycle: true
}

func ExampleValidationErrors() {
	reviews := []review.Review{
		newReview("GHA/first", "NGA", "ITA", "2010-07-01"),
		newReview("TZA/first", "TZA", "KEN", "2010-07-01"),
	}
	problems, _ := errors.AsType[review.ValidationErrors](review.Validate(reviews))
	for _, p := range problems {
		fmt.Printf("record %d (%v): self-review %v\n", p.Index, p.ID, errors.Is(p, review.ErrSelfReview))
	}
	// Output:
	// record 1 (TZA/first): self-review true
}
