package review

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/errlist"
)

// The kinds of problem Validate reports. Each comes wrapped, with details,
// in a *ValidationError that says which record it concerns; use errors.Is
// to test for a kind and errors.As (or errors.AsType) to find the record.
var (
	// ErrInvalidID reports a review whose State or Cycle is invalid.
	ErrInvalidID = errors.New("invalid review ID")
	// ErrDuplicate reports a second record for the same ID: each State is
	// reviewed once per cycle.
	ErrDuplicate = errors.New("duplicate review")
	// ErrInvalidReviewer reports a reviewer that is the zero State.
	ErrInvalidReviewer = errors.New("invalid reviewer")
	// ErrSelfReview reports a State drawn to review itself.
	ErrSelfReview = errors.New("reviewer is the State under review")
	// ErrSameReviewers reports the same State drawn twice as reviewer.
	ErrSameReviewers = errors.New("reviewers not distinct")
	// ErrNoRegionalPeer reports that neither reviewer belongs to the
	// regional group of the State under review, which the terms of
	// reference require when that State belongs to a group.
	ErrNoRegionalPeer = errors.New("no reviewer from the regional group of the State under review")
	// ErrLotsYear reports a missing year of the drawing of lots, one before
	// the cycle began (2010 for the first cycle, 2015 for the second), or a
	// Drawn date outside it.
	ErrLotsYear = errors.New("bad year of the drawing of lots")
	// ErrMilestoneOrder reports milestones out of order: the review not
	// drawn, a milestone reached while an earlier one is not, or a
	// milestone dated before an earlier one.
	ErrMilestoneOrder = errors.New("milestones out of order")
	// ErrStepDate reports a milestone that has a date but is not marked
	// as reached.
	ErrStepDate = errors.New("date on a milestone not reached")
	// ErrInvalidFinding reports a finding with an invalid provision or
	// kind, or one whose Review names another review.
	ErrInvalidFinding = errors.New("invalid finding")
	// ErrNotCovered reports a finding about a provision outside the
	// chapters that the review's cycle covers.
	ErrNotCovered = errors.New("finding on a provision the cycle does not cover")
	// ErrNotParty reports a State under review, or a reviewer, that was
	// certainly not a party to the Convention when the lots were drawn.
	ErrNotParty = errors.New("not a party when lots were drawn")
	// ErrMaybeNotParty is the softer form of ErrNotParty: the data do not
	// settle whether the State was a party when the lots were drawn,
	// because the date of its instrument, or the day of the drawing, is
	// known only within bounds. Callers may treat it as a warning.
	ErrMaybeNotParty = errors.New("possibly not a party when lots were drawn")
)

// A ValidationError reports one problem with one review record: its index in
// the slice given to Validate, its ID as recorded, the finding concerned if
// the problem is with a finding, and the problem, which wraps one of the Err*
// kinds.
type ValidationError struct {
	Index int // the record's index in the slice
	ID    ID  // the record's ID, which may itself be the problem
	// Finding is the index in the record's Findings of the finding that
	// the problem concerns (for ErrInvalidFinding and ErrNotCovered), or
	// -1 if the problem is not with a finding.
	Finding int
	Err     error // the problem, wrapping one of the Err* kinds
}

// Error returns the message "review: record 3 (KEN/first): problem", or
// "review: record 3 (KEN/first), finding 1: problem" if the problem is with
// a finding.
func (e *ValidationError) Error() string {
	s := "review: record " + strconv.Itoa(e.Index) + " (" + e.ID.String() + ")"
	if e.Finding >= 0 {
		s += ", finding " + strconv.Itoa(e.Finding)
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the problem, so that errors.Is(err, ErrSelfReview) works.
func (e *ValidationError) Unwrap() error { return e.Err }

// ValidationErrors is the error Validate returns: every problem found, in
// the order of the records. Get it with errors.AsType[ValidationErrors] to
// range over the problems; its Unwrap method lets errors.Is and errors.As
// look at each one.
type ValidationErrors []*ValidationError

// Error returns the problems' messages, one a line.
func (es ValidationErrors) Error() string { return errlist.Error(es) }

// Unwrap returns the problems as a slice of errors.
func (es ValidationErrors) Unwrap() []error { return errlist.Unwrap(es) }

// firstLots is the year of the Mechanism's first drawing of lots, at the
// first session of the Implementation Review Group.
const firstLots = 2010

// lotsFrom returns the earliest year of a drawing of lots for cycle c, or
// firstLots if c is invalid.
func lotsFrom(c Cycle) int {
	if !c.IsValid() {
		return firstLots
	}
	return cycleTable[c].lotsFrom
}

// Validate checks every review and returns every problem it finds as
// ValidationErrors, one *ValidationError per problem in the order of the
// records; it returns nil if there is none. A problem with a finding names the finding
// in ValidationError.Finding. The rules:
//
//   - the ID is valid, and no other record has it (ErrInvalidID,
//     ErrDuplicate);
//   - both reviewers are States (ErrInvalidReviewer), neither is the State
//     under review (ErrSelfReview), they are distinct (ErrSameReviewers),
//     and if the State under review belongs to a regional group, one of
//     them belongs to the same group (ErrNoRegionalPeer);
//   - LotsYear is not before the cycle began (2010 for the first cycle, the
//     first session of the Implementation Review Group; 2015 for the
//     second, launched by resolution 6/1), and the date of Drawn, if known,
//     lies in it (ErrLotsYear);
//   - Drawn is reached, every milestone reached follows reached milestones
//     only, known dates never go backwards, and no milestone not reached
//     has a date (ErrMilestoneOrder, ErrStepDate);
//   - every finding cites a provision, has a valid kind and names this
//     review or none (ErrInvalidFinding), and its provision lies in a
//     chapter the cycle covers (ErrNotCovered);
//   - the State under review and both reviewers were parties when the lots
//     were drawn (ErrNotParty, or ErrMaybeNotParty when the data cannot
//     tell).
//
// A State's party date is the date it deposited its instrument, as the UN
// counts parties (see convention.Party), although the Convention binds it
// only from the thirtieth day after. The day of the drawing is the date of
// Drawn when known; otherwise it is some day of LotsYear, and a State counts
// as certainly a party if it was one by the first day of that year, and
// certainly not if it was not one by the last.
func Validate(reviews []Review) error {
	var errs ValidationErrors
	seen := make(map[ID]int, len(reviews))
	for i := range reviews {
		r := &reviews[i]
		add := func(finding int, kind error, format string, args ...any) {
			err := kind
			if format != "" {
				err = fmt.Errorf("%w: "+format, append([]any{kind}, args...)...)
			}
			errs = append(errs, &ValidationError{Index: i, ID: r.ID, Finding: finding, Err: err})
		}
		if !r.ID.IsValid() {
			add(-1, ErrInvalidID, "")
		} else if j, ok := seen[r.ID]; ok {
			add(-1, ErrDuplicate, "same ID as record %d", j)
		} else {
			seen[r.ID] = i
		}
		validatePairing(r, add)
		validateSteps(r, add)
		validateFindings(r, add)
		validateParties(r, add)
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// An adder records a problem with the finding of the given index, or -1
// for a problem with the record as a whole.
type adder = func(finding int, kind error, format string, args ...any)

func validatePairing(r *Review, add adder) {
	a, b := r.Reviewers[0], r.Reviewers[1]
	for k, s := range r.Reviewers {
		if !s.IsValid() {
			add(-1, ErrInvalidReviewer, "reviewer %d is missing", k+1)
		}
	}
	if r.ID.State.IsValid() && (a == r.ID.State || b == r.ID.State) {
		add(-1, ErrSelfReview, "")
	}
	if a.IsValid() && a == b {
		add(-1, ErrSameReviewers, "%v twice", a)
	}
	g := r.ID.State.Group()
	if !g.IsValid() {
		return // no group, so no regional peer is owed
	}
	peer := false
	for _, s := range r.Reviewers {
		if s.IsValid() && s != r.ID.State && s.Group() == g {
			peer = true
		}
	}
	if !peer {
		add(-1, ErrNoRegionalPeer, "%v is in the %s; reviewers %v (%s), %v (%s)", r.ID.State, g,
			a, groupName(a), b, groupName(b))
	}
}

func groupName(s convention.State) string {
	if g := s.Group(); g.IsValid() {
		return g.String()
	}
	return "no group"
}

func validateSteps(r *Review, add adder) {
	if from := lotsFrom(r.ID.Cycle); r.LotsYear < from {
		if r.LotsYear == 0 {
			add(-1, ErrLotsYear, "no year")
		} else {
			add(-1, ErrLotsYear, "year %d, before %d", r.LotsYear, from)
		}
	} else if s := r.Steps[Drawn]; s.Known() && s.Date.Year() != r.LotsYear {
		add(-1, ErrLotsYear, "drawn on %s, in year %d", s.Date.Format(time.DateOnly), r.LotsYear)
	}
	var gap Milestone // the first milestone not reached
	gapReported := false
	lastM, lastDay := Milestone(0), int64(0)
	for m := Drawn; m <= NumMilestones; m++ {
		s := r.Steps[m]
		if !s.Reached {
			if !s.Date.IsZero() {
				add(-1, ErrStepDate, "%v dated %s", m, s.Date.Format(time.DateOnly))
			}
			if gap == 0 {
				gap = m
			}
			continue
		}
		if gap != 0 && !gapReported {
			add(-1, ErrMilestoneOrder, "%v reached but not %v", m, gap)
			gapReported = true // one report per review is enough
		}
		if !s.Known() {
			continue
		}
		if d := dayOf(s.Date); lastM != 0 && d < lastDay {
			add(-1, ErrMilestoneOrder, "%v on %s, before %v on %s", m, s.Date.Format(time.DateOnly),
				lastM, r.Steps[lastM].Date.Format(time.DateOnly))
		} else {
			lastM, lastDay = m, d
		}
	}
	if !r.Steps[Drawn].Reached && !gapReported {
		// Nothing reached at all: reviewers and a year of drawing, but
		// no drawing.
		add(-1, ErrMilestoneOrder, "%v not reached", Drawn)
	}
}

func validateFindings(r *Review, add adder) {
	for j, f := range r.Findings {
		switch {
		case f.Review != (ID{}) && f.Review != r.ID:
			add(j, ErrInvalidFinding, "belongs to %v", f.Review)
		case !f.Ref.IsValid():
			add(j, ErrInvalidFinding, "cites no provision")
		case !f.Kind.IsValid():
			add(j, ErrInvalidFinding, "has kind %v", f.Kind)
		case r.ID.Cycle.IsValid() && !r.ID.Cycle.Covers(f.Ref):
			add(j, ErrNotCovered, "%v (%v)", f.Ref, f.Ref.Chapter())
		}
	}
}

func validateParties(r *Review, add adder) {
	if r.LotsYear < firstLots && !r.Steps[Drawn].Known() {
		return // no date to check against; ErrLotsYear already says so
	}
	check := func(role string, s convention.State) {
		if !s.IsValid() {
			return
		}
		switch partyAtDrawing(r, s) {
		case convention.Impossible:
			add(-1, ErrNotParty, "%s %v", role, s)
		case convention.Possible:
			add(-1, ErrMaybeNotParty, "%s %v", role, s)
		}
	}
	check("State under review", r.ID.State)
	check("reviewer", r.Reviewers[0])
	if r.Reviewers[1] != r.Reviewers[0] {
		check("reviewer", r.Reviewers[1])
	}
}

// partyAtDrawing reports whether s was a party on the day of the drawing of
// the lots for r.
func partyAtDrawing(r *Review, s convention.State) convention.Certainty {
	if d := r.Steps[Drawn]; d.Known() {
		return s.PartyBy(d.Date)
	}
	first := time.Date(r.LotsYear, time.January, 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(r.LotsYear, time.December, 31, 0, 0, 0, 0, time.UTC)
	switch {
	case s.PartyBy(first) == convention.Certain:
		return convention.Certain
	case s.PartyBy(last) == convention.Impossible:
		return convention.Impossible
	}
	return convention.Possible
}
