package review

import "github.com/uncac-go/uncac/convention"

// A Filter selects reviews for [ProgressOf], [ReviewerLoad] and
// [CountFindings]: a review is selected if it matches every field that is
// set. The zero Filter selects every review.
type Filter struct {
	// Cycle selects the reviews of one cycle.
	Cycle Cycle
	// Group selects the reviews of States in one regional group (of the
	// State under review, not of its reviewers). States in no group, such
	// as the European Union, are selected only by a zero Group.
	Group convention.RegionalGroup
	// LotsYear selects the reviews whose lots were drawn in one year.
	LotsYear int
}

// match reports whether f selects r.
func (f Filter) match(r *Review) bool {
	return (f.Cycle == 0 || r.ID.Cycle == f.Cycle) &&
		(f.Group == 0 || r.ID.State.Group() == f.Group) &&
		(f.LotsYear == 0 || r.LotsYear == f.LotsYear)
}
