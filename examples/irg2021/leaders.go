package main

import (
	"strconv"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
)

// The helpers below serve this report alone: how its sentences read the
// figures ("the overall substantive analysis remained unchanged", "four of
// the 11 States"), which the needs package leaves to its callers.

// starProvider is the provider named in the synthetic StAR records.
const starProvider = "StAR Initiative"

// cooperationArticles are the articles of chapter V that this program takes
// as concerning international cooperation: 54 (mechanisms for recovery of
// property through international cooperation in confiscation), 55
// (international cooperation for purposes of confiscation), 56 (special
// cooperation) and 59 (bilateral and multilateral agreements and
// arrangements). The report does not list them; this is the program's
// reading.
func cooperationArticles() []convention.Article { return []convention.Article{54, 55, 56, 59} }

// count is Summary.Count for the filters this program uses, all of which a
// Summary answers.
func count(s *needs.Summary, f needs.Filter) needs.Count {
	c, _ := s.Count(f)
	return c
}

// leaderHeld reports whether the same article (or the same tied articles)
// ranked first by needs in both snapshots.
func leaderHeld(before, after *needs.Summary) bool {
	return before.RankArticles(needs.Filter{}).SameTop(after.RankArticles(needs.Filter{}), 1)
}

// topHeldIn reports whether the top k articles of chapter ch by needs, with
// their ties, were the same and in the same order in both snapshots.
func topHeldIn(before, after *needs.Summary, ch convention.Chapter, k int) bool {
	f := needs.Filter{Chapter: ch}
	return before.RankArticles(f).SameTop(after.RankArticles(f), k)
}

// A share is a part of a whole, as the report writes "four of the 11
// States".
type share struct{ Part, Whole int }

func (s share) String() string { return strconv.Itoa(s.Part) + " of " + strconv.Itoa(s.Whole) }

// outcome returns, among the States that received assistance of kind c, how
// many reached outcome o with it.
func outcome(s *needs.AssistanceSummary, c needs.Category, o needs.Outcome) share {
	return share{Part: s.States(c, o), Whole: s.States(c, 0)}
}
