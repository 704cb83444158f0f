package needs_test

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
	"github.com/uncac-go/uncac/review"
)

// The figures of paragraphs 1 and 2 of the 2021 report, from synthetic data
// that agrees with them.
func Example() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	total := s.Total()
	fmt.Printf("%d States identified %d needs\n", total.States, total.Needs)

	iv := convention.InternationalCooperation
	for _, e := range s.RankArticles(needs.Filter{Chapter: iv}).Top(3) {
		fmt.Printf("%d. %v (%s): %d needs from %d States\n",
			e.Rank, e.Key, e.Key.Title(), e.Count.Needs, e.Count.States)
	}
	for _, ch := range []convention.Chapter{convention.Criminalization, iv} {
		var top []string
		for _, e := range s.RankCategories(needs.Filter{Chapter: ch}).Top(3) {
			top = append(top, e.Key.String())
		}
		fmt.Printf("%v: %q\n", ch, top)
	}
	// Output:
	// 118 States identified 3680 needs
	// 1. article 46 (Mutual legal assistance): 200 needs from 74 States
	// 2. article 44 (Extradition): 185 needs from 63 States
	// 3. article 50 (Special investigative techniques): 182 needs from 63 States
	// chapter III: ["legislative drafting" "capacity-building" "good practices and lessons learned"]
	// chapter IV: ["legislative drafting" "capacity-building" "good practices and lessons learned"]
}

var (
	ken = convention.MustParseState("KEN")
	fra = convention.MustParseState("FRA")
	per = convention.MustParseState("PER")
)

func ExampleTally() {
	batch := []needs.Need{
		{State: ken, Provision: convention.MustParseRef("art. 46(9)(b)"), Cycle: review.First, Category: needs.LegislativeDrafting},
		{State: ken, Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.CapacityBuilding},
		{State: fra, Provision: convention.MustParseRef("art. 44"), Cycle: review.First, Category: needs.CapacityBuilding},
	}
	s := needs.Tally(slices.Values(batch))
	fmt.Println("total:", s.Total())
	// Output: total: {3 2}
}

// TallySlice reads a slice; the figures are Tally's.
func ExampleTallySlice() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	fmt.Println(s.Total(), s.Skipped())
	// Output: {3680 118} 0
}

// A Summary answers questions about a batch after one pass: totals, any
// article, chapter, category, group, cycle or State, and rankings.
func ExampleSummary() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	article46, _ := s.Count(needs.Filter{Article: 46})
	drafting, _ := s.Count(needs.Filter{Category: needs.LegislativeDrafting})
	grulac, _ := s.Count(needs.Filter{Group: convention.LatinAmericanCaribbean})
	fmt.Println("total:", s.Total(), "skipped:", s.Skipped())
	fmt.Println("article 46:", article46)
	fmt.Println("legislative drafting:", drafting)
	fmt.Println("Latin American and Caribbean States:", grulac)
	fmt.Println("leading article:", s.RankArticles(needs.Filter{})[0].Key)
	// Output:
	// total: {3680 118} skipped: 0
	// article 46: {200 74}
	// legislative drafting: {781 114}
	// Latin American and Caribbean States: {744 19}
	// leading article: article 46
}

// A Count pairs needs with the distinct States behind them.
func ExampleCount() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	c, _ := s.Count(needs.Filter{Article: 44})
	fmt.Printf("%d needs from %d States, %.1f a State\n", c.Needs, c.States, float64(c.Needs)/float64(c.States))
	// Output: 185 needs from 63 States, 2.9 a State
}

// A Filter's zero fields match every need: here the cross-tabulation of
// regional groups by chapter, and one cell of articles by category.
func ExampleFilter() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	fmt.Printf("%-8s %11s %11s\n", "group", "chapter III", "chapter IV")
	for g := range convention.RegionalGroups() {
		iii, _ := s.Count(needs.Filter{Group: g, Chapter: convention.Criminalization})
		iv, _ := s.Count(needs.Filter{Group: g, Chapter: convention.InternationalCooperation})
		fmt.Printf("%-8s %5d (%3d) %5d (%3d)\n", g.Abbrev(), iii.Needs, iii.States, iv.Needs, iv.States)
	}
	c, _ := s.Count(needs.Filter{Article: 46, Category: needs.LegislativeDrafting})
	fmt.Println("article 46, legislative drafting:", c)
	// Output:
	// group    chapter III  chapter IV
	// African    494 ( 33)   200 ( 31)
	// APG        947 ( 34)   381 ( 33)
	// EEG        298 ( 16)   147 ( 16)
	// GRULAC     539 ( 19)   205 ( 16)
	// WEOG       334 ( 16)   135 ( 16)
	// article 46, legislative drafting: {49 49}
}

// Count reports false for a question the Summary cannot answer exactly:
// one that crosses what needs concern with who identified them.
func ExampleSummary_Count() {
	s := needs.TallySlice([]needs.Need{
		{State: ken, Provision: convention.MustParseRef("art. 46(9)(b)"), Cycle: review.First, Category: needs.LegislativeDrafting},
		{State: ken, Provision: convention.MustParseRef("art. 44"), Cycle: review.First, Category: needs.CapacityBuilding},
		{State: per, Provision: convention.MustParseRef("art. 44"), Cycle: review.First, Category: needs.CapacityBuilding},
	})
	for _, q := range []struct {
		what string
		f    needs.Filter
	}{
		{"all", needs.Filter{}},
		{"article 44", needs.Filter{Article: 44}},
		{"chapter IV, capacity-building", needs.Filter{Chapter: convention.InternationalCooperation, Category: needs.CapacityBuilding}},
		{"Kenya", needs.Filter{State: ken}},
		{"African States, first cycle", needs.Filter{Group: convention.African, Cycle: review.First}},
		{"Kenya, article 44", needs.Filter{State: ken, Article: 44}},
		{"category 13", needs.Filter{Category: 13}},
	} {
		c, ok := s.Count(q.f)
		fmt.Printf("%s: %v %v\n", q.what, c, ok)
	}
	// Output:
	// all: {3 2} true
	// article 44: {2 2} true
	// chapter IV, capacity-building: {2 2} true
	// Kenya: {2 1} true
	// African States, first cycle: {2 1} true
	// Kenya, article 44: {0 0} false
	// category 13: {0 0} false
}

// Total is Count of the zero Filter; records that are not well formed are
// not counted but reported by Skipped.
func ExampleSummary_Total() {
	s := needs.TallySlice([]needs.Need{
		{State: ken, Provision: convention.MustParseRef("art. 46(9)(b)"), Cycle: review.First, Category: needs.LegislativeDrafting},
		{State: per, Provision: convention.MustParseRef("art. 44"), Cycle: review.First, Category: needs.GoodPractices},
		{State: ken, Provision: convention.MustParseRef("art. 44"), Cycle: review.First}, // no category
	})
	fmt.Println(s.Total())
	// Output: {2 2}
}

// Skipped counts the records Tally could not place. Validate says what is
// wrong with each.
func ExampleSummary_Skipped() {
	batch := []needs.Need{
		{State: ken, Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: ken, Provision: convention.MustParseRef("art. 46"), Cycle: 0, Category: needs.LegalAdvice},
		{},
	}
	s := needs.TallySlice(batch)
	fmt.Println("counted:", s.Total().Needs, "skipped:", s.Skipped())
	fmt.Println(needs.Validate(batch))
	// Output:
	// counted: 1 skipped: 2
	// record 1, Cycle: missing value
	// record 2, State: missing value
	// record 2, Provision: missing value
	// record 2, Cycle: missing value
	// record 2, Category: missing value
}

// Merge sums the summaries of parts into that of the whole, leaving the
// parts unchanged, so a batch can be tallied in pieces.
func ExampleSummary_Merge() {
	all := needstest.FirstCycle(1)
	a, b := needs.TallySlice(all[:1000]), needs.TallySlice(all[1000:])
	m := a.Merge(b)
	fmt.Println(*m == *needs.TallySlice(all), a.Total(), b.Total(), m.Total())
	// Output: true {1000 24} {2680 95} {3680 118}
}

// StatesUnder counts the States with needs under any of several articles.
func ExampleSummary_StatesUnder() {
	s := needs.TallySlice(needstest.SecondCycleAssetRecovery(1))
	fmt.Println(s.StatesUnder(54, 55, 56, 59), "of", s.Total().States, "States had needs on international cooperation")
	// Output: 5 of 8 States had needs on international cooperation
}

// A Summary has no JSON form; marshalling it is an error, never {}. What it
// gives marshals.
func ExampleSummary_MarshalJSON() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	_, err := json.Marshal(s)
	fmt.Println(err != nil)
	b, _ := json.Marshal(s.RankArticles(needs.Filter{}).Top(1))
	fmt.Println(string(b))
	// Output:
	// true
	// [{"Key":"article 46","Count":{"Needs":200,"States":74},"Rank":1}]
}

func ExampleSummary_RankArticles() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, e := range s.RankArticles(needs.Filter{Category: needs.LegalAdvice}).Top(3) {
		fmt.Println(e.Rank, e.Key, e.Count)
	}
	// Output:
	// 1 article 32 {16 16}
	// 1 article 44 {16 16}
	// 1 article 46 {16 16}
}

func ExampleSummary_RankCategories() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, e := range s.RankCategories(needs.Filter{Article: 46}).Top(3) {
		fmt.Println(e.Rank, e.Key, e.Count)
	}
	// Output:
	// 1 legislative drafting {49 49}
	// 2 capacity-building {29 29}
	// 3 good practices and lessons learned {28 28}
}

func ExampleSummary_RankStates() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, e := range s.RankStates(needs.Filter{Group: convention.WesternEuropeanOthers}).Top(3) {
		fmt.Println(e.Rank, e.Key, e.Key.Name(), e.Count.Needs)
	}
	// Output:
	// 1 ISL Iceland 103
	// 2 IRL Ireland 88
	// 3 NLD Netherlands 54
}

// A Ranking uses competition ranks: ties share a rank and the next is
// skipped, and Top keeps every key tied with the last.
func ExampleRanking() {
	var batch []needs.Need
	add := func(st convention.State, art convention.Article, n int) {
		for c := range needs.Category(n) {
			batch = append(batch, needs.Need{State: st, Provision: art.Ref(), Cycle: review.First, Category: c + 1})
		}
	}
	add(ken, 44, 3)
	add(ken, 46, 5)
	add(per, 48, 3)
	add(per, 50, 1)
	for _, e := range needs.TallySlice(batch).RankArticles(needs.Filter{}) {
		fmt.Println(e.Rank, e.Key, e.Count.Needs)
	}
	// Output:
	// 1 article 46 5
	// 2 article 44 3
	// 2 article 48 3
	// 4 article 50 1
}

// A Ranked entry is a key, its Count and its rank.
func ExampleRanked() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	e := s.RankArticles(needs.Filter{})[0]
	fmt.Printf("%v: rank %d, %d needs from %d States\n", e.Key, e.Rank, e.Count.Needs, e.Count.States)
	// Output: article 46: rank 1, 200 needs from 74 States
}

func ExampleRanking_Top() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, e := range s.RankCategories(needs.Filter{}).Top(2) {
		fmt.Println(e.Rank, e.Key)
	}
	// Output:
	// 1 legislative drafting
	// 2 capacity-building
}

func ExampleRanking_Rank() {
	r := needs.TallySlice(needstest.FirstCycle(1)).RankArticles(needs.Filter{})
	fmt.Println(r.Rank(50))
	fmt.Println(r.Rank(71))
	// Output:
	// 3 true
	// 0 false
}

// SameTop compares the leaders of two rankings, as a report does when it
// says the analysis "remained unchanged".
func ExampleRanking_SameTop() {
	before := needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.EarlierReport()))
	after := needs.TallySlice(needstest.FirstCycle(1))
	iv := needs.Filter{Chapter: convention.InternationalCooperation}
	fmt.Println(before.RankArticles(iv).SameTop(after.RankArticles(iv), 3))
	// Output: true
}

func ExampleDiff() {
	earlier := needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.EarlierReport()))
	now := needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.Report()))
	d := needs.Diff(earlier, now)
	fmt.Println("needs:", d.Before.Needs, "→", d.After.Needs)
	fmt.Println("added:", d.Added, "removed:", d.Removed, "new States:", len(d.NewStates))
	// Output:
	// needs: 3672 → 3680
	// added: 8 removed: 0 new States: 2
}

// A Delta holds both rankings of the articles and the moves between them.
func ExampleDelta() {
	d := needs.Diff(
		needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.EarlierReport())),
		needs.TallySlice(needstest.FirstCycle(1)),
	)
	fmt.Println(d.ArticlesBefore.SameTop(d.ArticlesAfter, 1), len(d.Moved) > 0)
	// Output: true false
}

// A Move is an article whose rank changed.
func ExampleMove() {
	before := needs.TallySlice([]needs.Need{
		{State: ken, Provision: convention.MustParseRef("art. 44"), Cycle: review.First, Category: needs.Other},
	})
	after := needs.TallySlice([]needs.Need{
		{State: ken, Provision: convention.MustParseRef("art. 44"), Cycle: review.First, Category: needs.Other},
		{State: per, Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.Other},
		{State: per, Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.LegalAdvice},
	})
	for _, m := range needs.Diff(before, after).Moved {
		fmt.Printf("%v: %d → %d\n", m.Article, m.Before, m.After)
	}
	// Output:
	// article 44: 1 → 2
	// article 46: 0 → 1
}

func ExampleValidate() {
	jey := convention.MustParseState("JEY")
	err := needs.Validate([]needs.Need{
		{State: ken, Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: jey, Provision: convention.MustParseRef("art. 52"), Cycle: review.First, Category: 40},
	})
	fmt.Println(err)
	// Output:
	// record 1, State: not a party to the Convention: JEY
	// record 1, Provision: art. 52: outside the chapters its cycle reviews
	// record 1, Category: invalid value: %!Category(40)
}

func ExampleParseCategory() {
	for _, s := range []string{"Capacity building", "on-site expert", "training", "bribes"} {
		c, err := needs.ParseCategory(s)
		fmt.Println(c, err)
	}
	// Output:
	// capacity-building <nil>
	// on-site assistance by an expert <nil>
	// capacity-building <nil>
	// %!Category(0) needs.ParseCategory: parsing "bribes": at offset 0: unknown category of assistance
}
