package needs

import (
	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/review"
)

// A Need is one technical assistance need that a country review identified:
// the State that needs assistance, the review cycle, the provision of the
// Convention it concerns and the kind of assistance.
//
// A need that concerns an article as a whole carries the article's Ref
// ([convention.Article.Ref]); one that concerns a paragraph or subparagraph
// carries that provision's Ref.
//
// A Need is seven bytes and comparable, so batches of millions are cheap to
// hold and a Need can be a map key. The zero Need is invalid; [Validate]
// says what is wrong with a batch.
type Need struct {
	State     convention.State // the State under review that identified the need
	Provision convention.Ref   // the provision the need concerns
	Cycle     review.Cycle     // the review cycle that identified it
	Category  Category         // the kind of assistance needed
}

// Review returns the identifier of the country review that identified the
// need: its State and cycle. Each State is reviewed once per cycle, so the
// pair names the review.
func (n Need) Review() review.ID { return review.ID{State: n.State, Cycle: n.Cycle} }

// IsValid reports whether every part of n is valid and the provision lies
// in a chapter that n's cycle reviews. It does not check that the State is
// a party to the Convention; Validate does.
func (n Need) IsValid() bool {
	return n.State.IsValid() && n.Provision.IsValid() && n.Category.IsValid() &&
		n.Cycle.IsValid() && n.Cycle.Covers(n.Provision.Chapter())
}

// String returns the need as "KEN first cycle art. 46(9)(b): legislative
// drafting".
func (n Need) String() string {
	return n.State.String() + " " + n.Cycle.String() + " " + n.Provision.String() + ": " + n.Category.String()
}

// Compare orders needs by State, then cycle, then provision in the order of
// the text, then category. It suits slices.SortFunc.
func (n Need) Compare(m Need) int {
	if c := n.State.Compare(m.State); c != 0 {
		return c
	}
	if c := n.Cycle.Compare(m.Cycle); c != 0 {
		return c
	}
	if c := n.Provision.Compare(m.Provision); c != 0 {
		return c
	}
	return n.Category.Compare(m.Category)
}
