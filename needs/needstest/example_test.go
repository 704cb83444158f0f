package needstest_test

import (
	"fmt"

	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
	"github.com/uncac-go/uncac/review"
)

func ExampleFirstCycle() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	fmt.Println(s.Total())
	fmt.Println(s.Article(46), s.Article(44), s.Article(50))
	// Output:
	// {3680 118}
	// {200 74} {185 63} {182 63}
}

func ExampleFirstCycleReviews() {
	reviews := needstest.FirstCycleReviews(1)
	now := needs.TallySlice(needstest.FirstCycle(1))
	finalized := review.Diff(reviews, needstest.EarlierReport(), needstest.Report()).Finalized()
	withNeeds := 0
	for _, id := range finalized {
		if now.State(id.State).Needs > 0 {
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
