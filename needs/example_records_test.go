package needs_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
	"github.com/uncac-go/uncac/review"
)

// A Need names the State, the cycle, the provision and the kind of
// assistance; everything else about it is derived.
func ExampleNeed() {
	n := needs.Need{
		State:     convention.MustParseState("KEN"),
		Provision: convention.MustParseRef("article 46, paragraph 9 (b)"),
		Cycle:     review.First,
		Category:  needs.LegislativeDrafting,
	}
	fmt.Println(n)
	fmt.Println("review:", n.Review())
	fmt.Println("article:", n.Article(), "in", n.Chapter())
	fmt.Println("valid:", n.IsValid())
	// Output:
	// KEN first cycle art. 46(9)(b): legislative drafting
	// review: KEN/first
	// article: article 46 in chapter IV
	// valid: true
}

// IsValid checks one need on its own, including that its cycle reviews
// the provision's chapter; Validate checks a batch and says why.
func ExampleNeed_IsValid() {
	ken := convention.MustParseState("KEN")
	for _, n := range []needs.Need{
		{State: ken, Provision: convention.MustParseRef("art. 52(1)"), Cycle: review.Second, Category: needs.LegalAdvice},
		{State: ken, Provision: convention.MustParseRef("art. 52(1)"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: ken, Provision: convention.MustParseRef("art. 52(1)"), Cycle: review.Second},
	} {
		fmt.Println(n.IsValid(), n)
	}
	// Output:
	// true KEN second cycle art. 52(1): legal advice
	// false KEN first cycle art. 52(1): legal advice
	// false KEN second cycle art. 52(1): %!Category(0)
}

// Compare sorts needs by State, cycle, provision in the order of the text,
// and category.
func ExampleNeed_Compare() {
	per, ken := convention.MustParseState("PER"), convention.MustParseState("KEN")
	batch := []needs.Need{
		{State: per, Provision: convention.MustParseRef("art. 44"), Cycle: review.First, Category: needs.CapacityBuilding},
		{State: ken, Provision: convention.MustParseRef("art. 46(9)"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: ken, Provision: convention.MustParseRef("art. 15"), Cycle: review.First, Category: needs.Other},
		{State: ken, Provision: convention.MustParseRef("art. 46(9)"), Cycle: review.First, Category: needs.LegislativeDrafting},
	}
	slices.SortFunc(batch, needs.Need.Compare)
	for _, n := range batch {
		fmt.Println(n)
	}
	// Output:
	// KEN first cycle art. 15: other
	// KEN first cycle art. 46(9): legislative drafting
	// KEN first cycle art. 46(9): legal advice
	// PER first cycle art. 44: capacity-building
}

// Review ties a need to the country review that identified it, for joining
// needs with the reviews of package review.
func ExampleNeed_Review() {
	reviews := needstest.FirstCycleReviews(1)
	n := needstest.FirstCycle(1)[0]
	i, ok := slices.BinarySearchFunc(reviews, n.Review(), func(r review.Review, id review.ID) int { return r.ID.Compare(id) })
	fmt.Println("need:", n)
	fmt.Printf("review %v found: %v, finalized by the report: %v\n", n.Review(), ok, reviews[i].Finalized(needstest.Report()))
	// Output:
	// need: AFG first cycle art. 15: capacity-building
	// review AFG/first found: true, finalized by the report: true
}

// Each Category has a name as the checklist words it, and parses from the
// spellings reports use.
func ExampleCategory() {
	c := needs.CapacityBuilding
	fmt.Println(c, c.IsValid())
	fmt.Println(needs.Category(0), needs.Category(0).IsValid())
	fmt.Println(needs.Category(13))
	// Output:
	// capacity-building true
	// %!Category(0) false
	// %!Category(13)
}

// Categories walks the twelve kinds of assistance in the checklist's order.
func ExampleCategories() {
	for c := range needs.Categories() {
		fmt.Printf("%d: %v\n", c, c)
	}
	// Output:
	// 1: legislative drafting
	// 2: legal advice
	// 3: model legislation
	// 4: good practices and lessons learned
	// 5: model agreements
	// 6: capacity-building
	// 7: on-site assistance by an expert
	// 8: action plan
	// 9: institution-building
	// 10: policymaking
	// 11: technological assistance
	// 12: other
}

// Compare orders categories as the checklist does, for sorting.
func ExampleCategory_Compare() {
	cs := []needs.Category{needs.Other, needs.CapacityBuilding, needs.LegislativeDrafting}
	slices.SortFunc(cs, needs.Category.Compare)
	fmt.Println(cs)
	// Output: [legislative drafting capacity-building other]
}

// Categories marshal as their names, so JSON and CSV need no extra code; the
// shorter spellings of reports are accepted on input.
func ExampleCategory_UnmarshalText() {
	var row struct {
		Article  int
		Category needs.Category
	}
	err := json.Unmarshal([]byte(`{"Article": 46, "Category": "on-site expert"}`), &row)
	fmt.Println(row.Category, err)
	out, _ := json.Marshal(row)
	fmt.Println(string(out))
	err = json.Unmarshal([]byte(`{"Category": "bribery"}`), &row)
	fmt.Println(errors.Is(err, needs.ErrUnknownCategory))
	// Output:
	// on-site assistance by an expert <nil>
	// {"Article":46,"Category":"on-site assistance by an expert"}
	// true
}

// MustParseCategory suits categories written as constants.
func ExampleMustParseCategory() {
	fmt.Println(needs.MustParseCategory("training") == needs.CapacityBuilding)
	// Output: true
}

// A ParseError says what was being parsed and what the input was; errors.Is
// tells the kind.
func ExampleParseError() {
	_, err := needs.ParseOutcome("law passed")
	if pe, ok := errors.AsType[*needs.ParseError](err); ok {
		fmt.Printf("what: %s, input: %q\n", pe.What, pe.Input)
	}
	fmt.Println(errors.Is(err, needs.ErrUnknownOutcome))
	fmt.Println(err)
	// Output:
	// what: outcome, input: "law passed"
	// true
	// needs: parsing outcome "law passed": unknown outcome
}

// An Outcome is what assistance achieved.
func ExampleOutcome() {
	o := needs.LawAdopted
	text, _ := o.MarshalText()
	fmt.Printf("%v %q %v\n", o, text, o.IsValid())
	fmt.Println(needs.Outcome(0).IsValid(), needs.Outcome(9))
	// Output:
	// law adopted "law adopted" true
	// false %!Outcome(9)
}

// Outcomes walks the outcomes in order.
func ExampleOutcomes() {
	for o := range needs.Outcomes() {
		fmt.Println(o)
	}
	// Output:
	// delivered
	// law adopted
	// mechanism established
	// policy adopted
	// assets recovered
}

// ParseOutcome reads the names String prints, in any case, with hyphens,
// underscores or spaces.
func ExampleParseOutcome() {
	for _, in := range []string{"law adopted", "Mechanism-Established", "ASSETS_RECOVERED", "law passed"} {
		o, err := needs.ParseOutcome(in)
		fmt.Println(o, err)
	}
	// Output:
	// law adopted <nil>
	// mechanism established <nil>
	// assets recovered <nil>
	// %!Outcome(0) needs: parsing outcome "law passed": unknown outcome
}

// A Share is exact: "4 of 11", not 36 per cent, until a rate is asked for.
func ExampleShare() {
	s := needs.Share{Part: 4, Whole: 11}
	fmt.Println(s)
	fmt.Println(s == needs.Share{Part: 4, Whole: 11})
	// Output:
	// 4 of 11
	// true
}

// Rate gives the float, and false for a share of nothing.
func ExampleShare_Rate() {
	for _, s := range []needs.Share{{Part: 2, Whole: 6}, {Part: 4, Whole: 11}, {}} {
		r, ok := s.Rate()
		fmt.Printf("%v: %.1f%% %v\n", s, 100*r, ok)
	}
	// Output:
	// 2 of 6: 33.3% true
	// 4 of 11: 36.4% true
	// 0 of 0: 0.0% false
}

// An Assistance records assistance delivered to a State and its outcome.
func ExampleAssistance() {
	a := needs.Assistance{
		State:    convention.MustParseState("UZB"),
		Provider: needstest.StARProvider,
		Category: needs.LegislativeDrafting,
		Start:    time.Date(2020, 9, 1, 0, 0, 0, 0, time.UTC),
		End:      time.Date(2021, 5, 31, 0, 0, 0, 0, time.UTC),
		Outcome:  needs.LawAdopted,
	}
	fmt.Printf("%v, %v by %s: %v\n", a.State.Name(), a.Category, a.Provider, a.Outcome)
	fmt.Println("in 2021:", a.During(time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC)))
	fmt.Println("valid:", needs.ValidateAssistance([]needs.Assistance{a}) == nil)
	// Output:
	// Uzbekistan, legislative drafting by StAR Initiative: law adopted
	// in 2021: true
	// valid: true
}

// During filters records by period: both ends inclusive, by calendar date,
// and a zero end is open.
func ExampleAssistance_During() {
	start, end := needstest.StARPeriod()
	in, out := 0, 0
	for _, a := range needstest.StAR() {
		if a.During(start, end) {
			in++
		} else {
			out++
			fmt.Printf("outside: %v %v %s to %s\n", a.State, a.Category, a.Start.Format(time.DateOnly), a.End.Format(time.DateOnly))
		}
	}
	fmt.Println(in, "records during", start.Year(), "to", end.Year())
	// Output:
	// outside: ECU capacity-building 2018-04-01 to 2018-04-30
	// outside: SDN legislative drafting 2019-12-01 to 2019-12-31
	// outside: BRA legal advice 2019-02-01 to 2019-11-30
	// 27 records during 2020 to 2021
}

// An AssistanceSummary counts distinct States: a State with several
// records of one kind counts once.
func ExampleAssistanceSummary() {
	s := needs.TallyAssistance(slices.Values(needstest.StAR()))
	fmt.Println("records:", s.Records(), "skipped:", s.Skipped())
	fmt.Println("States assisted:", s.States())
	fmt.Println("on legislative reform:", s.Category(needs.LegislativeDrafting))
	// Output:
	// records: 30 skipped: 0
	// States assisted: 19
	// on legislative reform: 11
}

// Add counts records one at a time, here only the StAR Initiative's.
func ExampleAssistanceSummary_Add() {
	var s needs.AssistanceSummary
	for _, a := range needstest.StAR() {
		if a.Provider == needstest.StARProvider {
			s.Add(a)
		}
	}
	fmt.Println(s.Records(), "records,", s.States(), "States")
	// Output: 29 records, 19 States
}

// Category counts the States that received one kind of assistance.
func ExampleAssistanceSummary_Category() {
	start, end := needstest.StARPeriod()
	var s needs.AssistanceSummary
	for _, a := range needstest.StAR() {
		if a.Provider == needstest.StARProvider && a.During(start, end) {
			s.Add(a)
		}
	}
	for c := range needs.Categories() {
		if n := s.Category(c); n > 0 {
			fmt.Printf("%v: %d States\n", c, n)
		}
	}
	// Output:
	// legislative drafting: 11 States
	// legal advice: 2 States
	// capacity-building: 4 States
	// institution-building: 6 States
	// other: 2 States
}

// Outcome gives the figures of paragraph 5 of the 2021 report as exact
// shares. A State can reach several outcomes over several records (in the
// data, Ukraine's first legislative project was delivered, its second ended
// in a law), so the shares of the outcomes of one kind need not add up to
// the whole.
func ExampleAssistanceSummary_Outcome() {
	start, end := needstest.StARPeriod()
	s := needs.TallyAssistance(func(yield func(needs.Assistance) bool) {
		for _, a := range needstest.StAR() {
			if a.Provider == needstest.StARProvider && a.During(start, end) && !yield(a) {
				return
			}
		}
	})
	fmt.Println("adopted laws after legislative assistance:", s.Outcome(needs.LegislativeDrafting, needs.LawAdopted))
	fmt.Println("set up a mechanism after coordination support:", s.Outcome(needs.InstitutionBuilding, needs.MechanismEstablished))
	fmt.Println("still only delivered:", s.Outcome(needs.LegislativeDrafting, needs.Delivered))
	// Output:
	// adopted laws after legislative assistance: 4 of 11
	// set up a mechanism after coordination support: 2 of 6
	// still only delivered: 8 of 11
}

// Merge adds summaries of parts, such as one per provider; a State assisted
// by both counts once.
func ExampleAssistanceSummary_Merge() {
	var star, others needs.AssistanceSummary
	for _, a := range needstest.StAR() {
		if a.Provider == needstest.StARProvider {
			star.Add(a)
		} else {
			others.Add(a)
		}
	}
	fmt.Println("StAR:", star.States(), "others:", others.States())
	star.Merge(&others)
	fmt.Println("together:", star.States(), "from", star.Records(), "records")
	// Output:
	// StAR: 19 others: 1
	// together: 19 from 30 records
}

// ValidateAssistance reports every problem of every record.
func ExampleValidateAssistance() {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	err := needs.ValidateAssistance([]needs.Assistance{
		{State: convention.MustParseState("JEY"), Provider: "StAR Initiative", Category: needs.LegalAdvice, Start: day(2020, 3, 1), Outcome: needs.Delivered},
		{State: convention.MustParseState("KEN"), Provider: "UNODC", Category: needs.Policymaking, Start: day(2021, 3, 1), End: day(2020, 12, 31)},
		{Provider: " ", Category: 40, Start: day(2020, 1, 1), Outcome: needs.PolicyAdopted},
	})
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		fmt.Println(e)
	}
	// Output:
	// needs: record 1: Outcome missing
	// needs: record 1: End "2020-12-31" period ends before it starts
	// needs: record 2: State missing
	// needs: record 2: Provider missing
	// needs: record 2: Category "%!Category(40)" invalid value
}

// ValidateUnique also reports records that repeat an earlier one, naming
// the earlier record.
func ExampleValidateUnique() {
	batch := needstest.FirstCycle(1)
	fmt.Println("synthetic first cycle:", needs.ValidateUnique(batch))
	batch = append(batch, batch[10], batch[20])
	fmt.Println(needs.ValidateUnique(batch))
	fmt.Println("Validate allows repeats:", needs.Validate(batch))
	// Output:
	// synthetic first cycle: <nil>
	// needs: record 3680: duplicate record of record 10
	// needs: record 3681: duplicate record of record 20
	// Validate allows repeats: <nil>
}

// A ValidationError names the record and the field at fault; errors.AsType
// pulls out the first, and the joined error's Unwrap lists all.
func ExampleValidationError() {
	batch := []needs.Need{
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 58"), Cycle: review.First, Category: needs.LegalAdvice},
	}
	err := needs.Validate(batch)
	if re, ok := errors.AsType[*needs.ValidationError](err); ok {
		fmt.Printf("record %d, field %s, value %q\n", re.Index, re.Field, re.Value)
		fmt.Println("outside the cycle:", errors.Is(re, needs.ErrOutsideCycle))
		fmt.Println("the need:", batch[re.Index])
	}
	// Output:
	// record 1, field Provision, value "art. 58"
	// outside the cycle: true
	// the need: KEN first cycle art. 58: legal advice
}

func ExampleValidationErrors() {
	batch := []needs.Need{
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: convention.MustParseState("HKG"), Provision: convention.MustParseRef("art. 5"), Cycle: review.First, Category: needs.LegalAdvice},
	}
	problems, _ := errors.AsType[needs.ValidationErrors](needs.Validate(batch))
	for _, p := range problems {
		fmt.Printf("record %d: %s %q: %v\n", p.Index, p.Field, p.Value, p.Err)
	}
	// Output:
	// record 1: State "HKG": not a party to the Convention
	// record 1: Provision "art. 5": outside the chapters its cycle reviews
}
