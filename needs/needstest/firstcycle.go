package needstest

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/review"
)

// The published figures that the first-cycle data reproduces exactly (draft
// report of the resumed twelfth session of the Implementation Review Group,
// Vienna, 6–10 September 2021, section VI, paragraphs 1 and 2).
const (
	// firstCycleStates is the number of States that identified them.
	firstCycleStates = 118
	// lateStates is the number of those reviews that identified needs.
	lateStates = 2
	// lateReviews is the number of reviews finalized between the two
	// reports ("an additional four reviews").
	lateReviews = 4
)

// EarlierReport returns the date that stands for the secretariat's earlier
// update (CAC/COSP/2019/14): 2019-09-01. The document gives no day; the
// data only needs a date before which the earlier snapshot's reviews were
// finalized and after which the four late ones were.
func EarlierReport() time.Time { return time.Date(2019, 9, 1, 0, 0, 0, 0, time.UTC) }

// Report returns the date of the 2021 update: 2021-09-06, the first day of
// the resumed twelfth session of the Implementation Review Group.
func Report() time.Time { return time.Date(2021, 9, 6, 0, 0, 0, 0, time.UTC) }

// target is the number of needs under an article and of States that
// identified them.
type target struct {
	art           convention.Article
	needs, states int
}

// articleTargets returns the first-cycle figures per article. Articles 44, 46 and 50
// are the published ones; the rest are invented to be plausible (a long
// tail, chapter III's largest articles below chapter IV's top three) and to
// sum to 3,680.
func articleTargets() [36]target {
	return [36]target{
		{15, 62, 40}, {16, 120, 70}, {17, 48, 33}, {18, 96, 55}, {19, 52, 35},
		{20, 118, 58}, {21, 110, 60}, {22, 84, 50}, {23, 136, 66}, {24, 30, 22},
		{25, 74, 45}, {26, 150, 68}, {27, 34, 24}, {28, 16, 12}, {29, 58, 38},
		{30, 146, 66}, {31, 176, 71}, {32, 172, 70}, {33, 164, 69}, {34, 50, 32},
		{35, 44, 30}, {36, 168, 72}, {37, 126, 64}, {38, 104, 56}, {39, 126, 62},
		{40, 66, 42}, {41, 22, 16}, {42, 60, 38},
		{43, 64, 36}, {44, 185, 63}, {45, 92, 50}, {46, 200, 74}, {47, 76, 44},
		{48, 156, 68}, {49, 113, 60}, {50, 182, 63},
	}
}

// late fixes the needs of the two States whose reviews were finalized
// between the reports: five and three needs, none under articles 44 and
// 50, so that the earlier snapshot keeps the same top three.
type lateNeed struct {
	art convention.Article
	n   int
}

func late() [lateStates][]lateNeed {
	return [lateStates][]lateNeed{
		{{46, 2}, {31, 1}, {23, 2}},
		{{36, 2}, {46, 1}},
	}
}

// categoryWeights returns the relative frequencies of the kinds of assistance
// in chapters III and IV, in per mille. Legislative drafting,
// capacity-building and good practices lead in both, as published.
func categoryWeights() [2][numCategories + 1]float64 {
	return [2][numCategories + 1]float64{
		{0, 270, 60, 50, 150, 10, 210, 50, 30, 50, 40, 50, 30},
		{0, 250, 60, 40, 140, 70, 220, 50, 20, 40, 20, 60, 30},
	}
}

// pool returns the States eligible for first-cycle reviews: the States
// parties certainly in place by 1 January 2015 that belong to a regional
// group (which leaves out the European Union), in code order.
func pool() []convention.State {
	var out []convention.State
	for p := range convention.Parties() {
		if p.State.PartyBy(time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)) == convention.Certain && p.State.Group().IsValid() {
			out = append(out, p.State)
		}
	}
	return out
}

// firstCycle is the whole synthetic first cycle for one seed.
type firstCycle struct {
	needy []convention.State // the firstCycleStates States with needs; the last lateStates are the late ones
	quiet []convention.State // the other eligible States: reviews without needs
	needs []needs.Need       // sorted by Need.Compare
}

func newRand(seed, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, stream^0x9e3779b97f4a7c15))
}

// build constructs the first cycle for seed. Every figure in the package
// constants and targets holds by construction; the order of categories is
// random by nature, so categories are redrawn until it holds.
func build(seed uint64) *firstCycle {
	r := newRand(seed, 1)
	all := pool()
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	fc := &firstCycle{needy: all[:firstCycleStates], quiet: all[firstCycleStates:]}
	regular := fc.needy[:firstCycleStates-lateStates]
	targets := articleTargets()
	cw := categoryWeights()

	// Activity: how many needs a State tends to identify. A log-normal
	// weight gives the long tail seen in practice.
	weight := make([]float64, len(regular))
	for i := range weight {
		weight[i] = math.Exp(0.9 * r.NormFloat64())
	}

	// groups[a] lists, per article, how many needs each State has there.
	type group struct {
		state int // index into needy
		n     int
	}
	groups := make([][]group, len(targets))
	need := make([]int, len(targets))  // needs left for regular States
	slots := make([]int, len(targets)) // States left for regular States
	for i, t := range targets {
		need[i], slots[i] = t.needs, t.states
	}
	for l, list := range late() {
		for _, x := range list {
			i := int(x.art - targets[0].art)
			groups[i] = append(groups[i], group{state: len(regular) + l, n: x.n})
			need[i] -= x.n
			slots[i]--
		}
	}

	// Every regular State gets a home article, so that each has a need.
	home := make([][]int, len(targets))
	for s := range regular {
		total := 0
		for i := range targets {
			total += slots[i] - len(home[i])
		}
		x := r.IntN(total)
		for i := range targets {
			if x < slots[i]-len(home[i]) {
				home[i] = append(home[i], s)
				break
			}
			x -= slots[i] - len(home[i])
		}
	}
	// Fill each article's States by weighted sampling without replacement
	// (Efraimidis–Spirakis keys), then spread its remaining needs.
	keys := make([]float64, len(regular))
	order := make([]int, len(regular))
	for i := range targets {
		member := make([]bool, len(regular))
		for _, s := range home[i] {
			member[s] = true
		}
		for s := range regular {
			keys[s] = math.Pow(r.Float64(), 1/weight[s])
			order[s] = s
		}
		slices.SortFunc(order, func(a, b int) int { return cmp.Compare(keys[b], keys[a]) })
		chosen := slices.Clone(home[i])
		for _, s := range order {
			if len(chosen) == slots[i] {
				break
			}
			if !member[s] {
				member[s] = true
				chosen = append(chosen, s)
			}
		}
		slices.Sort(chosen)
		first := len(groups[i])
		for _, s := range chosen {
			groups[i] = append(groups[i], group{state: s, n: 1})
		}
		sum := 0.0
		for _, s := range chosen {
			sum += weight[s]
		}
		for extra := need[i] - len(chosen); extra > 0; {
			x := r.Float64() * sum
			k := first
			for ; k < len(groups[i])-1 && x >= weight[groups[i][k].state]; k++ {
				x -= weight[groups[i][k].state]
			}
			if groups[i][k].n < numCategories {
				groups[i][k].n++
				extra--
			}
		}
	}

	// Provisions, then categories: within a State's needs under one
	// article the categories differ, so no two needs are equal.
	for try := uint64(0); ; try++ {
		rc := newRand(seed, 2+try)
		fc.needs = fc.needs[:0]
		for i, t := range targets {
			provs := slices.Collect(t.art.Provisions())
			w := &cw[0]
			if t.art.Chapter() == convention.InternationalCooperation {
				w = &cw[1]
			}
			for _, g := range groups[i] {
				cats := drawCategories(rc, w, g.n)
				for _, c := range cats {
					p := t.art.Ref()
					if rc.IntN(5) >= 2 {
						p = provs[rc.IntN(len(provs))]
					}
					fc.needs = append(fc.needs, needs.Need{
						State: fc.needy[g.state], Provision: p, Cycle: review.First, Category: c,
					})
				}
			}
		}
		if categoriesLead(fc.needs) {
			break
		}
	}
	slices.SortFunc(fc.needs, needs.Need.Compare)
	return fc
}

// drawCategories draws k distinct categories with probabilities
// proportional to w, without replacement.
func drawCategories(r *rand.Rand, w *[numCategories + 1]float64, k int) []needs.Category {
	left := *w
	out := make([]needs.Category, 0, k)
	for range k {
		sum := 0.0
		for _, v := range left {
			sum += v
		}
		x := r.Float64() * sum
		c := needs.Category(1)
		for ; c < numCategories && x >= left[c]; c++ {
			x -= left[c]
		}
		for left[c] == 0 { // rounding at the end of the range
			c--
		}
		out = append(out, c)
		left[c] = 0
	}
	return out
}

// categoriesLead reports whether legislative drafting, capacity-building
// and good practices rank first, second and third by needs, without ties,
// in both chapters of the first cycle.
func categoriesLead(ns []needs.Need) bool {
	s := needs.TallySlice(ns)
	want := []needs.Category{needs.LegislativeDrafting, needs.CapacityBuilding, needs.GoodPractices}
	for _, ch := range []convention.Chapter{convention.Criminalization, convention.InternationalCooperation} {
		r := s.RankCategories(needs.Filter{Chapter: ch})
		if len(r) < 4 || r[3].Rank != 4 {
			return false
		}
		for i, c := range want {
			if r[i].Key != c || r[i].Rank != i+1 {
				return false
			}
		}
	}
	return true
}

// FirstCycle returns synthetic first-cycle needs as of the 2021 report,
// sorted by Need.Compare. For every seed they agree exactly with the
// published figures: 3,680 needs from 118 States;
// article 46, 200 needs from 74 States; article 44, 185 from 63; article
// 50, 182 from 63; those three first, second and third by needs in chapter
// IV and overall; legislative drafting, capacity-building and good
// practices the top three categories in each of chapters III and IV. Only
// provisions of chapters III and IV occur, every State has at least one
// need, and no need occurs twice. The seed changes which States identified
// which needs, and everything not published.
func FirstCycle(seed uint64) []needs.Need { return build(seed).needs }

// FirstCycleAsOf returns the needs of FirstCycle(seed) identified by the
// reviews whose executive summaries were finalized on or before the date
// of t (see FirstCycleReviews). As of EarlierReport it gives the earlier
// snapshot: 8 fewer needs, from 2 fewer States, with the
// same top three articles.
func FirstCycleAsOf(seed uint64, t time.Time) []needs.Need {
	fc := build(seed)
	done := make(map[convention.State]bool)
	for _, rv := range fc.reviews(seed) {
		if d, ok := finalized(&rv); ok && !d.After(t) {
			done[rv.ID.State] = true
		}
	}
	return slices.DeleteFunc(fc.needs, func(n needs.Need) bool { return !done[n.State] })
}

// numCategories is the number of categories of package needs, which the
// category weights above are laid out by; a test checks it.
const numCategories = 12
