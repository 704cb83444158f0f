package needstest

import (
	"slices"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/review"
)

// The published figures that the second-cycle data reproduces (paragraph 2
// of the 2021 report): "five of the eight States that had identified needs
// for assistance had done so in relation to ... international cooperation".
const (
	// assetRecoveryStates is the number of States with second-cycle needs
	// under chapter V.
	assetRecoveryStates = 8
	// cooperationStates is how many of them had needs concerning
	// international cooperation (see cooperationArticles).
	cooperationStates = 5
)

// cooperationArticles returns the articles of chapter V that this package
// takes as concerning international cooperation: 54 (mechanisms for
// recovery of property through international cooperation in confiscation),
// 55 (international cooperation for purposes of confiscation), 56 (special
// cooperation) and 59 (bilateral and multilateral agreements and
// arrangements). The report does not list them; this is the package's
// reading.
func cooperationArticles() []convention.Article {
	return []convention.Article{54, 55, 56, 59}
}

// SecondCycleAssetRecovery returns synthetic second-cycle needs under
// chapter V (asset recovery), sorted by Need.Compare: eight States
// identified them, and five of those had at least one need under articles
// 54, 55, 56 or 59, which this package takes as the articles on
// international cooperation (the report does not list them); the others
// only under articles 52, 53, 57 and 58. The States are drawn from the
// parties in place by 1 January 2016 that belong to a regional group.
func SecondCycleAssetRecovery(seed uint64) []needs.Need {
	r := newRand(seed, 200)
	var states []convention.State
	for p := range convention.Parties() {
		if p.State.PartyBy(time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)) == convention.Certain && p.State.Group().IsValid() {
			states = append(states, p.State)
		}
	}
	r.Shuffle(len(states), func(i, j int) { states[i], states[j] = states[j], states[i] })
	states = states[:assetRecoveryStates]

	coop := cooperationArticles()
	domestic := []convention.Article{52, 53, 57, 58}
	cats := []needs.Category{
		needs.LegislativeDrafting, needs.CapacityBuilding, needs.GoodPractices,
		needs.LegalAdvice, needs.InstitutionBuilding, needs.ModelAgreements,
	}
	var out []needs.Need
	add := func(st convention.State, arts []convention.Article, k int) {
		for range k {
			a := arts[r.IntN(len(arts))]
			p := a.Ref()
			if provs := slices.Collect(a.Provisions()); r.IntN(2) == 0 {
				p = provs[r.IntN(len(provs))]
			}
			out = append(out, needs.Need{State: st, Provision: p, Cycle: review.Second, Category: cats[r.IntN(len(cats))]})
		}
	}
	for i, st := range states {
		if i < cooperationStates {
			add(st, coop, 1+r.IntN(4))
			add(st, domestic, r.IntN(3))
		} else {
			add(st, domestic, 1+r.IntN(4))
		}
	}
	slices.SortFunc(out, needs.Need.Compare)
	return slices.Compact(out)
}
