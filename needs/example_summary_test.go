package needs_test

import (
	"fmt"
	"slices"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
	"github.com/uncac-go/uncac/review"
)

// A Summary answers every question about a batch of needs after one pass:
// totals, any article, chapter, category, group, cycle or State, rankings
// and the spread of needs over States.
func ExampleSummary() {
	s := needs.TallySlice(needstest.FirstCycle(1))

	fmt.Println("total:", s.Total(), "skipped:", s.Skipped())
	fmt.Println("article 46:", s.Article(46))
	fmt.Println("legislative drafting:", s.Category(needs.LegislativeDrafting))
	fmt.Println("Latin American and Caribbean States:", s.Group(convention.LatinAmericanCaribbean))
	fmt.Println("leading article:", s.RankArticles(needs.ByNeeds)[0].Key)
	d := s.PerState()
	fmt.Printf("needs per State: median %v, from %d to %d\n", d.Median, d.Min, d.Max)
	// Output:
	// total: {3680 118} skipped: 0
	// article 46: {200 74}
	// legislative drafting: {781 114}
	// Latin American and Caribbean States: {744 19}
	// leading article: article 46
	// needs per State: median 18.5, from 2 to 208
}

// Total gives the headline figure; records that are not well formed are not
// counted but reported by Skipped.
func ExampleSummary_Total() {
	ken := convention.MustParseState("KEN")
	s := needs.TallySlice([]needs.Need{
		{State: ken, Provision: convention.MustParseRef("art. 46(9)(b)"), Cycle: review.First, Category: needs.LegislativeDrafting},
		{State: ken, Provision: convention.MustParseRef("art. 15"), Cycle: review.First, Category: needs.CapacityBuilding},
		{State: convention.MustParseState("PER"), Provision: convention.MustParseRef("art. 44"), Cycle: review.First, Category: needs.GoodPractices},
		{State: ken, Provision: convention.MustParseRef("art. 44"), Cycle: review.First}, // no category
	})
	t := s.Total()
	fmt.Printf("%d needs from %d States; %d record skipped\n", t.Needs, t.States, s.Skipped())
	// Output: 3 needs from 2 States; 1 record skipped
}

// Skipped counts the records Tally could not place. Validate says what is
// wrong with each.
func ExampleSummary_Skipped() {
	batch := []needs.Need{
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 46"), Cycle: 0, Category: needs.LegalAdvice},
		{},
	}
	s := needs.TallySlice(batch)
	fmt.Println("counted:", s.Total().Needs, "skipped:", s.Skipped())
	fmt.Println(needs.Validate(batch))
	// Output:
	// counted: 1 skipped: 2
	// needs: record 1: Cycle missing
	// needs: record 2: State missing
	// needs: record 2: Provision missing
	// needs: record 2: Cycle missing
	// needs: record 2: Category missing
}

// Add counts needs one at a time, for records that arrive as a stream; the
// result is the same as tallying the batch.
func ExampleSummary_Add() {
	batch := needstest.FirstCycle(1)
	var s needs.Summary
	for _, n := range batch {
		if n.Chapter() == convention.InternationalCooperation {
			s.Add(n)
		}
	}
	fmt.Println("chapter IV:", s.Total())
	fmt.Println("same as Chapter:", s.Total() == needs.TallySlice(batch).Chapter(convention.InternationalCooperation))
	// Output:
	// chapter IV: {1068 112}
	// same as Chapter: true
}

// Article gives the figures of paragraph 2 of the 2021 report.
func ExampleSummary_Article() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, a := range []convention.Article{46, 44, 50} {
		c := s.Article(a)
		fmt.Printf("%v: %d needs from %d States\n", a, c.Needs, c.States)
	}
	fmt.Println("article 60:", s.Article(60)) // chapter VI is not reviewed
	// Output:
	// article 46: 200 needs from 74 States
	// article 44: 185 needs from 63 States
	// article 50: 182 needs from 63 States
	// article 60: {0 0}
}

// ArticleCategory reads one cell of the cross-tabulation of articles by
// category: here the row of article 46.
func ExampleSummary_ArticleCategory() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	sum := 0
	for c := range needs.Categories() {
		n := s.ArticleCategory(46, c)
		sum += n
		fmt.Printf("%-35s %3d\n", c, n)
	}
	fmt.Printf("%-35s %3d\n", "article 46", sum)
	// Output:
	// legislative drafting                 49
	// legal advice                         16
	// model legislation                    11
	// good practices and lessons learned   28
	// model agreements                     14
	// capacity-building                    29
	// on-site assistance by an expert      10
	// action plan                           7
	// institution-building                 10
	// policymaking                          2
	// technological assistance             17
	// other                                 7
	// article 46                          200
}

// Category counts needs and States by kind of assistance, across chapters.
func ExampleSummary_Category() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, c := range []needs.Category{needs.LegislativeDrafting, needs.CapacityBuilding, needs.TechnologicalAssistance} {
		n := s.Category(c)
		fmt.Printf("%v: %d needs from %d States\n", c, n.Needs, n.States)
	}
	// Output:
	// legislative drafting: 781 needs from 114 States
	// capacity-building: 691 needs from 112 States
	// technological assistance: 233 needs from 78 States
}

// CategoryIn narrows a category to one chapter, for statements such as "in
// chapter IV, capacity-building came second".
func ExampleSummary_CategoryIn() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, ch := range []convention.Chapter{convention.Criminalization, convention.InternationalCooperation} {
		fmt.Printf("%v, capacity-building: %v\n", ch, s.CategoryIn(ch, needs.CapacityBuilding))
	}
	// Output:
	// chapter III, capacity-building: {508 105}
	// chapter IV, capacity-building: {183 79}
}

// Chapter sums the articles of a chapter; a State counts once however many
// of the chapter's articles it has needs under.
func ExampleSummary_Chapter() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	iii, iv := s.Chapter(convention.Criminalization), s.Chapter(convention.InternationalCooperation)
	fmt.Println("chapter III:", iii)
	fmt.Println("chapter IV:", iv)
	fmt.Println("needs add up:", iii.Needs+iv.Needs == s.Total().Needs)
	// Output:
	// chapter III: {2612 118}
	// chapter IV: {1068 112}
	// needs add up: true
}

// Cycle separates the needs of the two review cycles.
func ExampleSummary_Cycle() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	s.Merge(needs.TallySlice(needstest.SecondCycleAssetRecovery(1)))
	for cy := range review.Cycles() {
		c := s.Cycle(cy)
		fmt.Printf("%v: %d needs from %d States\n", cy, c.Needs, c.States)
	}
	// Output:
	// first cycle: 3680 needs from 118 States
	// second cycle: 27 needs from 8 States
}

// Group counts needs by the regional group of the State that identified
// them.
func ExampleSummary_Group() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for g := range convention.RegionalGroups() {
		c := s.Group(g)
		fmt.Printf("%-7s %4d needs from %2d States\n", g.Abbrev(), c.Needs, c.States)
	}
	// Output:
	// African  694 needs from 33 States
	// APG     1328 needs from 34 States
	// EEG      445 needs from 16 States
	// GRULAC   744 needs from 19 States
	// WEOG     469 needs from 16 States
}

// GroupChapter reads one cell of the cross-tabulation of regional groups by
// chapter: which groups had needs under chapter V in the second cycle.
func ExampleSummary_GroupChapter() {
	s := needs.TallySlice(needstest.SecondCycleAssetRecovery(1))
	for g := range convention.RegionalGroups() {
		if c := s.GroupChapter(g, convention.AssetRecovery); c.Needs > 0 {
			fmt.Printf("%s: %v\n", g.Abbrev(), c)
		}
	}
	// Output:
	// African: {8 2}
	// APG: {7 2}
	// EEG: {4 2}
	// GRULAC: {4 1}
	// WEOG: {4 1}
}

// State gives one State's needs; a State without needs gives the zero
// Count.
func ExampleSummary_State() {
	s := needs.TallySlice(needstest.SecondCycleAssetRecovery(1))
	for st := range s.States() {
		fmt.Printf("%v %s: %v\n", st, st.Name(), s.State(st))
	}
	fmt.Println("JEY:", s.State(convention.MustParseState("JEY")))
	// Output:
	// DOM Dominican Republic: {4 1}
	// ESP Spain: {4 1}
	// GNB Guinea-Bissau: {5 1}
	// IRN Iran (Islamic Republic of): {4 1}
	// LKA Sri Lanka: {3 1}
	// RUS Russian Federation: {2 1}
	// STP Sao Tome and Principe: {3 1}
	// SVK Slovakia: {2 1}
	// JEY: {0 0}
}

// States lists the States with at least one need, in code order.
func ExampleSummary_States() {
	s := needs.TallySlice(needstest.SecondCycleAssetRecovery(1))
	fmt.Println(slices.Collect(s.States()))
	// Output: [DOM ESP GNB IRN LKA RUS STP SVK]
}

// RankArticles ranks every article; Top(5) shows the leaders.
func ExampleSummary_RankArticles() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, e := range s.RankArticles(needs.ByNeeds).Top(5) {
		fmt.Printf("%d. %v (%v): %d needs\n", e.Rank, e.Key, e.Key.Chapter(), e.Count.Needs)
	}
	// Output:
	// 1. article 46 (chapter IV): 200 needs
	// 2. article 44 (chapter IV): 185 needs
	// 3. article 50 (chapter IV): 182 needs
	// 4. article 31 (chapter III): 176 needs
	// 5. article 32 (chapter III): 172 needs
}

// RankChapters orders the chapters; chapters without needs are left out.
func ExampleSummary_RankChapters() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	s.Merge(needs.TallySlice(needstest.SecondCycleAssetRecovery(1)))
	for _, e := range s.RankChapters(needs.ByNeeds) {
		fmt.Printf("%d. %v (%s): %d needs from %d States\n", e.Rank, e.Key, e.Key.Title(), e.Count.Needs, e.Count.States)
	}
	// Output:
	// 1. chapter III (Criminalization and law enforcement): 2612 needs from 118 States
	// 2. chapter IV (International cooperation): 1068 needs from 112 States
	// 3. chapter V (Asset recovery): 27 needs from 8 States
}

// RankCategories orders the kinds of assistance over all chapters.
func ExampleSummary_RankCategories() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, e := range s.RankCategories(needs.ByStates).Top(4) {
		fmt.Printf("%d. %v: %d States\n", e.Rank, e.Key, e.Count.States)
	}
	// Output:
	// 1. legislative drafting: 114 States
	// 2. capacity-building: 112 States
	// 3. good practices and lessons learned: 110 States
	// 4. legal advice: 84 States
}

// RankCategoriesIn gives the statement of paragraph 1 that legislative
// drafting, capacity-building and good practices led in chapters III and IV.
func ExampleSummary_RankCategoriesIn() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, ch := range []convention.Chapter{convention.Criminalization, convention.InternationalCooperation} {
		fmt.Printf("%v:\n", ch)
		for _, e := range s.RankCategoriesIn(ch, needs.ByNeeds).Top(3) {
			fmt.Printf("  %d. %v (%d needs)\n", e.Rank, e.Key, e.Count.Needs)
		}
	}
	// Output:
	// chapter III:
	//   1. legislative drafting (563 needs)
	//   2. capacity-building (508 needs)
	//   3. good practices and lessons learned (368 needs)
	// chapter IV:
	//   1. legislative drafting (218 needs)
	//   2. capacity-building (183 needs)
	//   3. good practices and lessons learned (153 needs)
}

// RankStates orders the States by their number of needs, with competition
// ranks for ties.
func ExampleSummary_RankStates() {
	s := needs.TallySlice(needstest.SecondCycleAssetRecovery(1))
	for _, e := range s.RankStates(needs.ByNeeds) {
		fmt.Printf("%d. %v: %d\n", e.Rank, e.Key, e.Count.Needs)
	}
	// Output:
	// 1. GNB: 5
	// 2. DOM: 4
	// 2. ESP: 4
	// 2. IRN: 4
	// 5. LKA: 3
	// 5. STP: 3
	// 7. RUS: 2
	// 7. SVK: 2
}

// A Count pairs the needs with the States that identified them, and
// compares with ==.
func ExampleCount() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	a44, a50 := s.Article(44), s.Article(50)
	fmt.Printf("article 44: %+v\n", a44)
	fmt.Printf("article 50: %+v\n", a50)
	fmt.Println("same number of States:", a44.States == a50.States)
	fmt.Printf("needs per State under article 46: %.2f\n", float64(s.Article(46).Needs)/float64(s.Article(46).States))
	// Output:
	// article 44: {Needs:185 States:63}
	// article 50: {Needs:182 States:63}
	// same number of States: true
	// needs per State under article 46: 2.70
}

// A Distribution is the zero value for a summary of no needs, so it needs
// no special case.
func ExampleDistribution() {
	for _, batch := range [][]needs.Need{needstest.SecondCycleAssetRecovery(1), nil} {
		d := needs.TallySlice(batch).PerState()
		fmt.Printf("%+v\n", d)
	}
	// Output:
	// {States:8 Min:2 Max:5 Mean:3.375 Q1:2.75 Median:3.5 Q3:4}
	// {States:0 Min:0 Max:0 Mean:0 Q1:0 Median:0 Q3:0}
}
