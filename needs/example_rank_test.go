package needs_test

import (
	"fmt"
	"slices"
	"strings"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
	"github.com/uncac-go/uncac/review"
)

// A Ranking is a plain slice of entries from the highest count down, with
// a competition rank each; Top, Rank and Keys read it.
func ExampleRanking() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	r := s.RankCategoriesIn(convention.InternationalCooperation, needs.ByStates)
	fmt.Println(len(r), "categories ranked")
	for _, e := range r.Top(3) {
		fmt.Printf("%d. %v: %d States\n", e.Rank, e.Key, e.Count.States)
	}
	rank, _ := r.Rank(needs.TechnologicalAssistance)
	fmt.Println("technological assistance ranks", rank)
	// Output:
	// 12 categories ranked
	// 1. legislative drafting: 87 States
	// 2. capacity-building: 79 States
	// 3. good practices and lessons learned: 73 States
	// technological assistance ranks 7
}

// A Ranked entry carries its key, both counts and its rank. Ties share a
// rank and are listed in key order.
func ExampleRanked() {
	ken, per := convention.MustParseState("KEN"), convention.MustParseState("PER")
	n := func(st convention.State, art convention.Article, c needs.Category) needs.Need {
		return needs.Need{State: st, Provision: art.Ref(), Cycle: review.First, Category: c}
	}
	s := needs.TallySlice([]needs.Need{
		n(ken, 46, needs.LegalAdvice), n(per, 46, needs.LegalAdvice), n(per, 46, needs.CapacityBuilding),
		n(ken, 44, needs.LegalAdvice), n(ken, 44, needs.ModelAgreements),
		n(per, 48, needs.CapacityBuilding), n(per, 48, needs.OnSiteExpert),
	})
	for _, e := range s.RankArticles(needs.ByNeeds) {
		fmt.Printf("rank %d: %v, %+v\n", e.Rank, e.Key, e.Count)
	}
	// Output:
	// rank 1: article 46, {Needs:3 States:2}
	// rank 2: article 44, {Needs:2 States:1}
	// rank 2: article 48, {Needs:2 States:1}
}

// Rank says where one key stands; the same article can rank differently by
// needs and by States.
func ExampleRanking_Rank() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, m := range []needs.Measure{needs.ByNeeds, needs.ByStates} {
		r := s.RankArticlesIn(convention.InternationalCooperation, m)
		rank, _ := r.Rank(48)
		fmt.Printf("article 48 by %v: rank %d\n", m, rank)
	}
	_, ok := s.RankArticles(needs.ByNeeds).Rank(60)
	fmt.Println("article 60 ranked:", ok)
	// Output:
	// article 48 by needs: rank 4
	// article 48 by States: rank 2
	// article 60 ranked: false
}

// Keys gives the ranked keys alone, for a sentence such as the report's
// "article 46, followed by article 44 and article 50".
func ExampleRanking_Keys() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	var names []string
	for a := range s.RankArticlesIn(convention.InternationalCooperation, needs.ByNeeds).Top(3).Keys() {
		names = append(names, a.String())
	}
	fmt.Printf("%s, followed by %s\n", names[0], strings.Join(names[1:], " and "))
	// Output: article 46, followed by article 44 and article 50
}

// SameTop compares the leaders of two rankings, ignoring their counts. Here
// it asks whether the ranking of articles rests on the State with the most
// needs: without it, article 46 still leads but the top three change.
func ExampleRanking_SameTop() {
	all := needstest.FirstCycle(1)
	s := needs.TallySlice(all)
	busiest := s.RankStates(needs.ByNeeds)[0].Key
	without := needs.TallySlice(slices.DeleteFunc(slices.Clone(all), func(n needs.Need) bool { return n.State == busiest }))

	r, w := s.RankArticles(needs.ByNeeds), without.RankArticles(needs.ByNeeds)
	for _, k := range []int{1, 3, 10} {
		fmt.Printf("without %v, top %d held: %v\n", busiest, k, r.SameTop(w, k))
	}
	fmt.Println("top three:", slices.Collect(r.Top(3).Keys()))
	fmt.Println("without:  ", slices.Collect(w.Top(3).Keys()))
	// Output:
	// without COL, top 1 held: true
	// without COL, top 3 held: false
	// without COL, top 10 held: false
	// top three: [article 46 article 44 article 50]
	// without:   [article 46 article 50 article 44]
}

// A Measure chooses what a ranking counts: needs, or the States that
// identified them.
func ExampleMeasure() {
	s := needs.TallySlice(needstest.FirstCycle(1))
	for _, m := range []needs.Measure{needs.ByNeeds, needs.ByStates} {
		var top []string
		for _, e := range s.RankArticles(m).Top(3) {
			top = append(top, fmt.Sprintf("%d. %v", e.Rank, e.Key))
		}
		fmt.Printf("by %v: %s\n", m, strings.Join(top, ", "))
	}
	// Output:
	// by needs: 1. article 46, 2. article 44, 3. article 50
	// by States: 1. article 46, 2. article 36, 3. article 31
}

// ParseMeasure reads a measure from text, such as a command-line flag or a
// query parameter.
func ExampleParseMeasure() {
	for _, in := range []string{"states", "Needs", "votes"} {
		m, err := needs.ParseMeasure(in)
		fmt.Println(m, err)
	}
	// Output:
	// States <nil>
	// needs <nil>
	// %!Measure(0) needs: parsing measure "votes": unknown measure
}

// A Delta holds what Diff found between two snapshots.
func ExampleDelta() {
	earlier := needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.EarlierReport()))
	now := needs.TallySlice(needstest.FirstCycle(1))
	d := needs.Diff(earlier, now)
	fmt.Printf("before %+v, after %+v\n", d.Before, d.After)
	fmt.Println("added", d.Added, "removed", d.Removed)
	fmt.Println("new States:", d.NewStates, "gone:", d.GoneStates)
	fmt.Println("articles that moved:", len(d.Moved))
	fmt.Println("leader before and after:", d.ArticlesBefore[0].Key, d.ArticlesAfter[0].Key)
	// Output:
	// before {Needs:3672 States:116}, after {Needs:3680 States:118}
	// added 8 removed 0
	// new States: [NGA VUT] gone: []
	// articles that moved: 0
	// leader before and after: article 46 article 46
}

// LeaderHeld asks whether the same article still leads. Sixteen more needs
// under article 44 would have taken the lead from article 46.
func ExampleDelta_LeaderHeld() {
	batch := needstest.FirstCycle(1)
	now := needs.TallySlice(batch)
	fmt.Println("as reported:", needs.Diff(needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.EarlierReport())), now).LeaderHeld())

	more := *now
	for c := range needs.Categories() {
		for _, st := range []string{"KEN", "PER"} {
			if c <= 8 {
				more.Add(needs.Need{State: convention.MustParseState(st), Provision: convention.MustParseRef("art. 44"), Cycle: review.First, Category: c})
			}
		}
	}
	fmt.Println("article 44:", more.Article(44).Needs, "article 46:", more.Article(46).Needs)
	fmt.Println("with 16 more under article 44:", needs.Diff(now, &more).LeaderHeld())
	// Output:
	// as reported: true
	// article 44: 201 article 46: 200
	// with 16 more under article 44: false
}

// TopHeld compares the top k articles over all chapters, ties included.
// Between the two reports the top ten held; leaving out the State with the
// most needs would have reordered even the top three.
func ExampleDelta_TopHeld() {
	all := needstest.FirstCycle(1)
	now := needs.TallySlice(all)
	reported := needs.Diff(needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.EarlierReport())), now)
	busiest := now.RankStates(needs.ByNeeds)[0].Key
	without := needs.Diff(now, needs.TallySlice(slices.DeleteFunc(slices.Clone(all), func(n needs.Need) bool { return n.State == busiest })))
	for _, k := range []int{3, 10} {
		fmt.Printf("top %d held: between reports %v, without %v %v\n", k, reported.TopHeld(k), busiest, without.TopHeld(k))
	}
	// Output:
	// top 3 held: between reports true, without COL false
	// top 10 held: between reports true, without COL false
}

// TopHeldIn compares the articles of one chapter among themselves, as the
// report does for international cooperation.
func ExampleDelta_TopHeldIn() {
	earlier := needs.TallySlice(needstest.FirstCycleAsOf(1, needstest.EarlierReport()))
	d := needs.Diff(earlier, needs.TallySlice(needstest.FirstCycle(1)))
	for ch := range convention.Chapters() {
		if ch == convention.Criminalization || ch == convention.InternationalCooperation {
			fmt.Printf("%v, top three held: %v\n", ch, d.TopHeldIn(ch, 3))
		}
	}
	// Output:
	// chapter III, top three held: true
	// chapter IV, top three held: true
}

// A Move is one article whose rank by needs changed; rank 0 means no needs
// in that snapshot. Here: the articles whose rank depends on the State with
// the most needs.
func ExampleMove() {
	all := needstest.FirstCycle(1)
	now := needs.TallySlice(all)
	busiest := now.RankStates(needs.ByNeeds)[0].Key
	d := needs.Diff(now, needs.TallySlice(slices.DeleteFunc(slices.Clone(all), func(n needs.Need) bool { return n.State == busiest })))
	for _, m := range d.Moved[:5] {
		fmt.Printf("%v: rank %d → %d\n", m.Article, m.Before, m.After)
	}
	fmt.Println("articles moved:", len(d.Moved))
	// Output:
	// article 15: rank 26 → 27
	// article 20: rank 15 → 14
	// article 32: rank 5 → 4
	// article 39: rank 12 → 13
	// article 42: rank 27 → 25
	// articles moved: 8
}
