package review

import (
	"iter"

	"github.com/uncac-go/uncac/convention"
)

// ReviewerLoad counts, for every State, the reviews that f selects in which
// it was drawn as a reviewer. A State drawn twice for one review counts
// once; a zero reviewer is skipped. The load of a union of review sets is
// the sum of their maps. It does not validate the reviews; its cost is one
// pass over them.
func ReviewerLoad(reviews iter.Seq[Review], f Filter) map[convention.State]int {
	n := make(map[convention.State]int)
	for r := range reviews {
		if !f.match(&r) {
			continue
		}
		for k, s := range r.Reviewers {
			if s.IsValid() && (k == 0 || s != r.Reviewers[0]) {
				n[s]++
			}
		}
	}
	return n
}
