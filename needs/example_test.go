package needs_test

import (
	"errors"
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

	for _, e := range s.RankArticlesIn(convention.InternationalCooperation, needs.ByNeeds).Top(3) {
		fmt.Printf("%d. %v (%s): %d needs from %d States\n",
			e.Rank, e.Key, e.Key.Title(), e.Count.Needs, e.Count.States)
	}
	for _, ch := range []convention.Chapter{convention.Criminalization, convention.InternationalCooperation} {
		var top []string
		for c := range s.RankCategoriesIn(ch, needs.ByNeeds).Top(3).Keys() {
			top = append(top, c.String())
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

func ExampleTally() {
	ke := convention.MustParseState("KEN")
	fr := convention.MustParseState("FRA")
	batch := []needs.Need{
		{State: ke, Provision: convention.MustParseRef("art. 46(9)(b)"), Cycle: review.First, Category: needs.LegislativeDrafting},
		{State: ke, Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.CapacityBuilding},
		{State: fr, Provision: convention.MustParseRef("art. 44"), Cycle: review.First, Category: needs.CapacityBuilding},
	}
	s := needs.Tally(slices.Values(batch))
	fmt.Println("total:", s.Total())
	fmt.Println("article 46:", s.Article(46))
	fmt.Println("chapter IV:", s.Chapter(convention.InternationalCooperation))
	fmt.Println("capacity-building:", s.Category(needs.CapacityBuilding))
	fmt.Println("African States:", s.Group(convention.African))
	fmt.Println("first cycle:", s.Cycle(review.First))
	fmt.Println("Kenya:", s.State(ke))
	// Output:
	// total: {3 2}
	// article 46: {2 1}
	// chapter IV: {3 2}
	// capacity-building: {2 2}
	// African States: {2 1}
	// first cycle: {3 2}
	// Kenya: {2 1}
}

func ExampleTallySlice() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	// The cross-tabulation of regional groups by chapter.
	fmt.Printf("%-8s %11s %11s\n", "group", "chapter III", "chapter IV")
	for g := range convention.RegionalGroups() {
		iii := s.GroupChapter(g, convention.Criminalization)
		iv := s.GroupChapter(g, convention.InternationalCooperation)
		fmt.Printf("%-8s %5d (%3d) %5d (%3d)\n", g.Abbrev(), iii.Needs, iii.States, iv.Needs, iv.States)
	}
	fmt.Println("article 46, legislative drafting:", s.ArticleCategory(46, needs.LegislativeDrafting))
	// Output:
	// group    chapter III  chapter IV
	// African    494 ( 33)   200 ( 31)
	// APG        947 ( 34)   381 ( 33)
	// EEG        298 ( 16)   147 ( 16)
	// GRULAC     539 ( 19)   205 ( 16)
	// WEOG       334 ( 16)   135 ( 16)
	// article 46, legislative drafting: 49
}

func ExampleSummary_PerState() {
	s := needs.TallySlice([]needs.Need{
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 44"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 50"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: convention.MustParseState("PER"), Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.LegalAdvice},
	})
	fmt.Printf("%+v\n", s.PerState())
	fmt.Printf("%+v\n", new(needs.Summary).PerState())
	// Output:
	// {States:2 Min:1 Max:3 Mean:2 Q1:1.5 Median:2 Q3:2.5}
	// {States:0 Min:0 Max:0 Mean:0 Q1:0 Median:0 Q3:0}
}

func ExampleRanking_Top() {
	st := convention.MustParseState
	var batch []needs.Need
	add := func(code string, art convention.Article, n int) {
		for c := range needs.Category(n) {
			batch = append(batch, needs.Need{State: st(code), Provision: art.Ref(), Cycle: review.First, Category: c + 1})
		}
	}
	add("KEN", 44, 3)
	add("KEN", 46, 5)
	add("PER", 48, 3)
	add("PER", 50, 1)
	s := needs.TallySlice(batch)
	for _, e := range s.RankArticles(needs.ByNeeds).Top(2) {
		fmt.Println(e.Rank, e.Key, e.Count.Needs)
	}
	// Output:
	// 1 article 46 5
	// 2 article 44 3
	// 2 article 48 3
}

func ExampleDiff() {
	earlier := needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.EarlierReport()))
	now := needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.Report()))
	d := needs.Diff(earlier, now)
	fmt.Println("needs:", d.Before.Needs, "→", d.After.Needs)
	fmt.Println("added:", d.Added, "removed:", d.Removed, "new States:", len(d.NewStates))
	fmt.Println("leader held:", d.LeaderHeld(), "top three held in chapter IV:", d.TopHeldIn(convention.InternationalCooperation, 3))
	// Output:
	// needs: 3672 → 3680
	// added: 8 removed: 0 new States: 2
	// leader held: true top three held in chapter IV: true
}

func ExampleSummary_Merge() {
	all := needstest.FirstCycle(1)
	a := needs.TallySlice(all[:1000])
	a.Merge(needs.TallySlice(all[1000:]))
	fmt.Println(*a == *needs.TallySlice(all))
	// Output: true
}

func ExampleTallyAssistance() {
	start, end := needstest.StARPeriod()
	s := needs.TallyAssistance(func(yield func(needs.Assistance) bool) {
		for _, a := range needstest.StAR() {
			if a.Provider == needstest.StARProvider && a.During(start, end) && !yield(a) {
				return
			}
		}
	})
	fmt.Println("countries:", s.States())
	law := s.Outcome(needs.LegislativeDrafting, needs.LawAdopted)
	fmt.Println("legislative reform, laws adopted:", law)
	coord := s.Outcome(needs.InstitutionBuilding, needs.MechanismEstablished)
	rate, _ := coord.Rate()
	fmt.Printf("coordination, mechanisms set up: %v (%.0f%%)\n", coord, 100*rate)
	// Output:
	// countries: 18
	// legislative reform, laws adopted: 4 of 11
	// coordination, mechanisms set up: 2 of 6 (33%)
}

func ExampleValidate() {
	batch := []needs.Need{
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 52"), Cycle: review.First, Category: needs.LegalAdvice},
		{State: convention.MustParseState("JEY"), Provision: convention.MustParseRef("art. 46"), Cycle: review.First},
		{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 46"), Cycle: review.First, Category: needs.LegalAdvice},
	}
	err := needs.ValidateUnique(batch)
	fmt.Println(errors.Is(err, needs.ErrOutsideCycle))
	problems, _ := errors.AsType[needs.ValidationErrors](err)
	for _, e := range problems {
		fmt.Println(e)
	}
	// Output:
	// true
	// needs: record 1: Provision "art. 52" outside the chapters its cycle reviews
	// needs: record 2: State "JEY" not a party to the Convention
	// needs: record 2: Category missing
	// needs: record 3: duplicate record of record 0
}

func ExampleParseCategory() {
	for _, s := range []string{"Capacity building", "good practices", "on-site expert", "bribes"} {
		c, err := needs.ParseCategory(s)
		fmt.Println(c, err)
	}
	// Output:
	// capacity-building <nil>
	// good practices and lessons learned <nil>
	// on-site assistance by an expert <nil>
	// %!Category(0) needs: parsing category "bribes": unknown category of assistance
}

func ExampleSummary_StatesUnder() {
	s := needs.TallySlice(needstest.SecondCycleAssetRecovery(1))
	fmt.Println(needs.Share{Part: s.StatesUnder(54, 55, 56, 59), Whole: s.Chapter(convention.AssetRecovery).States})
	// Output: 5 of 8
}

func ExampleSummary_RankArticlesIn() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	// By States, articles 44 and 50 tie ("63 States ... respectively") and
	// share a rank; the next rank is skipped.
	for _, e := range s.RankArticlesIn(convention.InternationalCooperation, needs.ByStates).Top(5) {
		fmt.Printf("%d. %v: %d States\n", e.Rank, e.Key, e.Count.States)
	}
	// Output:
	// 1. article 46: 74 States
	// 2. article 48: 68 States
	// 3. article 44: 63 States
	// 3. article 50: 63 States
	// 5. article 49: 60 States
}
