package needstest_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
	"github.com/uncac-go/uncac/review"
)

func ExampleFirstCycle() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	fmt.Println(s.Total())
	for _, e := range s.RankArticles(needs.Filter{}).Top(3) {
		fmt.Print(e.Key, " ", e.Count, "; ")
	}
	fmt.Println()
	// Output:
	// {3680 118}
	// article 46 {200 74}; article 44 {185 63}; article 50 {182 63};
}

func ExampleFirstCycleReviews() {
	reviews := needstest.FirstCycleReviews(1)
	now := needs.TallySlice(needstest.FirstCycle(1))
	finalized := review.Diff(slices.Values(reviews), review.SummaryFinalized, needstest.EarlierReport(), needstest.Report())
	withNeeds := 0
	for _, id := range finalized {
		if c, _ := now.Count(needs.Filter{State: id.State}); c.Needs > 0 {
			withNeeds++
		}
	}
	fmt.Printf("an additional %d reviews had been finalized, of which %d had identified needs\n", len(finalized), withNeeds)
	// Output: an additional 4 reviews had been finalized, of which 2 had identified needs
}

func ExampleGenerate() {
	ns := needstest.Generate(1_000_000, 1)
	s := needs.TallySlice(ns)
	fmt.Println(s.Total().Needs, s.Total().States > 150)
	// Output: 1000000 true
}

// FirstCycleAsOf gives the needs of the reviews finalized by a date: the
// snapshot behind each of the two reports.
func ExampleFirstCycleAsOf() {
	for _, t := range []time.Time{needstest.EarlierReport(), needstest.Report()} {
		s := needs.TallySlice(needstest.FirstCycleAsOf(1, t))
		fmt.Printf("%s: %v\n", t.Format(time.DateOnly), s.Total())
	}
	// Output:
	// 2019-09-01: {3672 116}
	// 2021-09-06: {3680 118}
}

// EarlierReport and Report are the dates of the two updates that paragraph
// 1 of the 2021 report compares.
func ExampleEarlierReport() {
	d := needs.Diff(
		needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.EarlierReport())),
		needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.Report())),
	)
	fmt.Printf("from %s to %s: %d further needs, leader held: %v\n",
		needstest.EarlierReport().Format(time.DateOnly), needstest.Report().Format(time.DateOnly), d.Added,
		d.ArticlesBefore.SameTop(d.ArticlesAfter, 1))
	// Output: from 2019-09-01 to 2021-09-06: 8 further needs, leader held: true
}

// Report is the date of the 2021 update; by then all but a few first-cycle
// reviews were finalized, four more than at the earlier update.
func ExampleReport() {
	reviews := needstest.FirstCycleReviews(1)
	for _, t := range []time.Time{needstest.EarlierReport(), needstest.Report()} {
		p := review.ProgressOf(slices.Values(reviews), t, review.Filter{})
		fmt.Printf("%d of %d reviews finalized by %s\n", p.Count(review.SummaryFinalized, convention.Certain), len(reviews), t.Format(time.DateOnly))
	}
	// Output:
	// 161 of 170 reviews finalized by 2019-09-01
	// 165 of 170 reviews finalized by 2021-09-06
}

// SecondCycleAssetRecovery reproduces "five of the eight States" of
// paragraph 2.
func ExampleSecondCycleAssetRecovery() {
	s := needs.TallySlice(needstest.SecondCycleAssetRecovery(1))
	// The articles of chapter V on international cooperation, as the
	// package reads the report.
	coop := s.StatesUnder(54, 55, 56, 59)
	fmt.Println("States with chapter V needs:", s.Total().States)
	fmt.Println("of which on international cooperation:", coop)
	// Output:
	// States with chapter V needs: 8
	// of which on international cooperation: 5
}

func ExampleStAR() {
	start, end := needstest.StARPeriod()
	all := needstest.StAR()
	s := needs.TallyAssistance(func(yield func(needs.Assistance) bool) {
		for _, a := range all {
			if a.Provider == "StAR Initiative" && a.During(start, end) && !yield(a) {
				return
			}
		}
	})
	fmt.Println(len(all), "records;", s.Records(), "by the StAR Initiative in the period")
	fmt.Println("countries:", s.States(0, 0))
	fmt.Println("laws adopted:", s.States(needs.LegislativeDrafting, needs.LawAdopted), "of", s.States(needs.LegislativeDrafting, 0))
	fmt.Println("mechanisms set up:", s.States(needs.InstitutionBuilding, needs.MechanismEstablished), "of", s.States(needs.InstitutionBuilding, 0))
	// Output:
	// 30 records; 26 by the StAR Initiative in the period
	// countries: 18
	// laws adopted: 4 of 11
	// mechanisms set up: 2 of 6
}

// StARPeriod is the period paragraph 5 covers.
func ExampleStARPeriod() {
	start, end := needstest.StARPeriod()
	fmt.Println(start.Format(time.DateOnly), "to", end.Format(time.DateOnly))
	// Output: 2020-01-01 to 2021-12-31
}
