package needs

import (
	"github.com/uncac-go/uncac/convention"
)

// A Move records an article whose rank by needs changed between two
// snapshots. A rank of 0 means the article had no needs in that snapshot.
type Move struct {
	Article       convention.Article
	Before, After int
}

// A Delta is what changed between two snapshots of needs, as Diff computes
// it: the figures behind "an additional eight needs had been identified"
// and "the overall analysis remained unchanged".
type Delta struct {
	// Before and After are the totals of the two snapshots.
	Before, After Count
	// Added and Removed count the needs by which after exceeds before and
	// before exceeds after, cell by cell, at the finest grain a Summary
	// keeps (State by cycle by chapter, and article by category); each is
	// the larger of the two grains. They are exact when one snapshot
	// contains the other (then one of them is zero), and lower bounds
	// otherwise, since a need moved within a cell is invisible.
	Added, Removed int
	// NewStates are the States with needs after but none before, and
	// GoneStates those with needs before but none after, in code order.
	NewStates, GoneStates []convention.State
	// Moved lists, in article order, the articles whose rank by needs
	// changed.
	Moved []Move
	// ArticlesBefore and ArticlesAfter rank the articles by needs in
	// each snapshot.
	ArticlesBefore, ArticlesAfter Ranking[convention.Article]
}

// Diff compares two snapshots of needs, typically the summaries behind two
// successive reports. A nil Summary counts as empty. Its cost does not
// depend on the number of needs.
func Diff(before, after *Summary) Delta {
	if before == nil {
		before = new(Summary)
	}
	if after == nil {
		after = new(Summary)
	}
	d := Delta{
		Before:         before.Total(),
		After:          after.Total(),
		ArticlesBefore: before.RankArticles(Filter{}),
		ArticlesAfter:  after.RankArticles(Filter{}),
	}
	var addS, remS, addC, remC int
	for i := range before.byState {
		nb, na := 0, 0
		for k := range before.byState[i] {
			b, a := before.byState[i][k], after.byState[i][k]
			nb += b
			na += a
			addS += max(a-b, 0)
			remS += max(b-a, 0)
		}
		st, _ := convention.StateAt(i - 1) // rows past the last State are empty
		switch {
		case nb == 0 && na > 0:
			d.NewStates = append(d.NewStates, st)
		case nb > 0 && na == 0:
			d.GoneStates = append(d.GoneStates, st)
		}
	}
	for a := range before.cells {
		for c := range before.cells[a] {
			b, n := before.cells[a][c].needs, after.cells[a][c].needs
			addC += max(n-b, 0)
			remC += max(b-n, 0)
		}
	}
	d.Added, d.Removed = max(addS, addC), max(remS, remC)
	for a := range convention.Articles() {
		rb, _ := d.ArticlesBefore.Rank(a)
		ra, _ := d.ArticlesAfter.Rank(a)
		if rb != ra {
			d.Moved = append(d.Moved, Move{Article: a, Before: rb, After: ra})
		}
	}
	return d
}
