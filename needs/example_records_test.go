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
	fmt.Println("article:", n.Provision.Article(), "in", n.Provision.Chapter())
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
	fmt.Println(errors.Is(err, convention.ErrUnknown))
	// Output:
	// on-site assistance by an expert <nil>
	// {"Article":46,"Category":"on-site assistance by an expert"}
	// true
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
	for _, in := range []string{"law adopted", "Mechanism-Established", "ASSETS_RECOVERED", "in progress"} {
		o, err := needs.ParseOutcome(in)
		fmt.Println(o, err)
	}
	// Output:
	// law adopted <nil>
	// mechanism established <nil>
	// assets recovered <nil>
	// %!Outcome(0) needs.ParseOutcome: parsing "in progress": at offset 0: unknown outcome
}

// An Assistance records assistance delivered to a State and its outcome.
func ExampleAssistance() {
	a := needs.Assistance{
		State:    convention.MustParseState("UZB"),
		Provider: "StAR Initiative",
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
// records of one kind counts once. States gives the figures of paragraph 5
// of the 2021 report. A State can reach several outcomes over several
// records, so the counts of the outcomes of one kind need not add up to the
// kind's.
func ExampleAssistanceSummary() {
	start, end := needstest.StARPeriod()
	s := needs.TallyAssistance(func(yield func(needs.Assistance) bool) {
		for _, a := range needstest.StAR() {
			if a.Provider == "StAR Initiative" && a.During(start, end) && !yield(a) {
				return
			}
		}
	})
	fmt.Println("records:", s.Records(), "skipped:", s.Skipped())
	fmt.Println("countries:", s.States(0, 0))
	fmt.Println("laws adopted:", s.States(needs.LegislativeDrafting, needs.LawAdopted), "of", s.States(needs.LegislativeDrafting, 0))
	fmt.Println("mechanisms set up:", s.States(needs.InstitutionBuilding, needs.MechanismEstablished), "of", s.States(needs.InstitutionBuilding, 0))
	// Output:
	// records: 26 skipped: 0
	// countries: 18
	// laws adopted: 4 of 11
	// mechanisms set up: 2 of 6
}

// TallyAssistance reads records once; filter them first, here by provider.
func ExampleTallyAssistance() {
	all := needstest.StAR()
	s := needs.TallyAssistance(slices.Values(all))
	fmt.Println(len(all), "records from", s.States(0, 0), "States")
	// Output: 30 records from 19 States
}

// States counts the States assisted, with zero arguments meaning any kind or
// any outcome.
func ExampleAssistanceSummary_States() {
	day := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	st := convention.MustParseState
	s := needs.TallyAssistance(slices.Values([]needs.Assistance{
		{State: st("KEN"), Provider: "p", Category: needs.LegislativeDrafting, Start: day, Outcome: needs.Delivered},
		{State: st("KEN"), Provider: "p", Category: needs.LegislativeDrafting, Start: day, Outcome: needs.LawAdopted},
		{State: st("PER"), Provider: "p", Category: needs.LegislativeDrafting, Start: day, Outcome: needs.Delivered},
		{State: st("PER"), Provider: "p", Category: needs.CapacityBuilding, Start: day, Outcome: needs.Delivered},
	}))
	fmt.Println(s.States(0, 0), s.States(needs.LegislativeDrafting, 0), s.States(needs.LegislativeDrafting, needs.LawAdopted), s.States(0, needs.Delivered))
	// Output: 2 2 1 2
}

// Merge adds summaries of parts, such as one per provider; a State assisted
// by both counts once, and the parts are left as they were.
func ExampleAssistanceSummary_Merge() {
	all := needstest.StAR()
	star := func(a needs.Assistance) bool { return a.Provider == "StAR Initiative" }
	a := needs.TallyAssistance(func(yield func(needs.Assistance) bool) {
		for _, r := range all {
			if star(r) && !yield(r) {
				return
			}
		}
	})
	b := needs.TallyAssistance(func(yield func(needs.Assistance) bool) {
		for _, r := range all {
			if !star(r) && !yield(r) {
				return
			}
		}
	})
	m := a.Merge(b)
	fmt.Println(a.States(0, 0), "+", b.States(0, 0), "→", m.States(0, 0), "States;", *m == *needs.TallyAssistance(slices.Values(all)))
	// Output: 19 + 1 → 19 States; true
}

// An AssistanceSummary has no JSON form; marshalling it is an error, never {}.
func ExampleAssistanceSummary_MarshalJSON() {
	_, err := json.Marshal(needs.TallyAssistance(slices.Values(needstest.StAR())))
	fmt.Println(err != nil)
	// Output: true
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
	// record 1, Outcome: missing value
	// record 1, End: 2020-12-31: period ends before it starts
	// record 2, State: missing value
	// record 2, Provider: missing value
	// record 2, Category: invalid value: %!Category(40)
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
	// record 3680: duplicate of record 10
	// record 3681: duplicate of record 20
	// Validate allows repeats: <nil>
}
