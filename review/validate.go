package review

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/uncac-go/uncac/convention"
)

// The kinds of problem that only reviews have. Validate reports them, and
// the shared kinds [convention.ErrMissing], [convention.ErrInvalid],
// [convention.ErrDuplicate] and [convention.ErrNotParty], wrapped with
// details in a *[convention.ValidationError].
var (
	// ErrPairing reports reviewers that break the pairing rules of the
	// terms of reference: a State drawn to review itself, the same State
	// drawn twice, or no reviewer from the regional group of the State
	// under review.
	ErrPairing = errors.New("reviewers break the pairing rules")
	// ErrMilestoneOrder reports milestones out of order: a review not
	// drawn, a milestone reached while an earlier one is not, or a
	// milestone dated before an earlier one.
	ErrMilestoneOrder = errors.New("milestones out of order")
	// ErrNotCovered reports a finding about a provision outside the
	// chapters that the review's cycle covers.
	ErrNotCovered = errors.New("finding on a provision the cycle does not cover")
	// ErrMaybeNotParty is the soft form of [convention.ErrNotParty]: the
	// data do not settle whether a State was a party when the lots were
	// drawn, because the date of its instrument, or the day of the
	// drawing, is known only within bounds. Callers may treat it as a
	// warning.
	ErrMaybeNotParty = errors.New("possibly not a party when lots were drawn")
)

// Validate checks every review and returns every problem it finds as
// [convention.ValidationErrors], one *[convention.ValidationError] per
// problem in the order of the records, with the field at fault as a path
// ("Reviewers[1]", "Steps[2].Date", "Findings[1].Kind"); it returns nil if
// there is none. Independent problems of one record are all reported. The
// rules:
//
//   - the ID's State and Cycle are set and valid, and no other record has
//     the ID (ErrMissing, ErrInvalid, ErrDuplicate);
//   - both reviewers are set and valid (ErrMissing, ErrInvalid), neither
//     is the State under review, they are distinct, and if the State under
//     review belongs to a regional group, one of them belongs to the same
//     group (ErrPairing);
//   - LotsYear is set and not before the earliest year in which the
//     cycle's reviews can have begun (see [Cycle.ReviewsBegan]: 2010 for
//     the first cycle, 2015 for the second), and the date of Drawn, if
//     given, lies in it (ErrMissing, ErrInvalid);
//   - every step names a valid milestone, once (ErrMissing, ErrInvalid,
//     ErrDuplicate); its date, if given, is valid: both ends at midnight
//     UTC, the first not after the second, in years 0 to 9999, so that it
//     reads back from its text (see [convention.DateRange.IsValid];
//     ErrInvalid); Drawn is reached, every
//     milestone reached follows reached milestones only, and dates never go
//     backwards (ErrMilestoneOrder);
//   - every finding names this review or none (ErrInvalid), cites a
//     provision (ErrMissing, ErrInvalid), has a kind (ErrMissing,
//     ErrInvalid), has a Text in UTF-8 (ErrInvalid), and its provision
//     lies in a chapter the cycle covers (ErrNotCovered);
//   - the State under review and both reviewers were parties when the lots
//     were drawn ([convention.ErrNotParty], or ErrMaybeNotParty when the
//     data cannot tell).
//
// A State's party date is the date it deposited its instrument, as the UN
// counts parties (see [convention.Party]), although the Convention binds it
// only from the thirtieth day after. The day of the drawing is the date of
// Drawn where given, within LotsYear; a State counts as certainly a party
// if it was one by the first day the drawing can have been on, and
// certainly not if it was not one by the last.
func Validate(reviews []Review) error {
	var v validator
	seen := make(map[ID]int, len(reviews))
	for i := range reviews {
		r := &reviews[i]
		v.i, v.id = i, ""
		if r.ID != (ID{}) {
			v.id = r.ID.String()
		}
		v.validateID(r, seen)
		v.validatePairing(r)
		v.validateSteps(r)
		v.validateFindings(r)
		v.validateParties(r)
	}
	if len(v.errs) == 0 {
		return nil
	}
	return v.errs
}

// A validator collects the problems of the record it is at.
type validator struct {
	errs convention.ValidationErrors
	i    int
	id   string
}

// add records a problem of kind with a field path and, if format is not
// empty, details.
func (v *validator) add(field string, kind error, format string, args ...any) {
	err := kind
	if format != "" {
		err = fmt.Errorf("%w: "+format, append([]any{kind}, args...)...)
	}
	v.errs = append(v.errs, &convention.ValidationError{Index: v.i, ID: v.id, Field: field, Err: err})
}

func (v *validator) validateID(r *Review, seen map[ID]int) {
	switch s := r.ID.State; {
	case s == convention.State{}:
		v.add("ID.State", convention.ErrMissing, "")
	case !s.IsValid():
		v.add("ID.State", convention.ErrInvalid, "")
	}
	switch c := r.ID.Cycle; {
	case c == 0:
		v.add("ID.Cycle", convention.ErrMissing, "")
	case !c.IsValid():
		v.add("ID.Cycle", convention.ErrInvalid, "%v", c)
	}
	if !r.ID.IsValid() {
		return
	}
	if j, ok := seen[r.ID]; ok {
		v.add("ID", convention.ErrDuplicate, "same ID as record %d", j)
	} else {
		seen[r.ID] = v.i
	}
}

func (v *validator) validatePairing(r *Review) {
	a, b := r.Reviewers[0], r.Reviewers[1]
	for k, s := range r.Reviewers {
		field := "Reviewers[" + strconv.Itoa(k) + "]"
		switch {
		case s == convention.State{}:
			v.add(field, convention.ErrMissing, "")
		case !s.IsValid():
			v.add(field, convention.ErrInvalid, "")
		case s == r.ID.State:
			v.add(field, ErrPairing, "%v reviews itself", s)
		}
	}
	if a.IsValid() && a == b {
		v.add("Reviewers[1]", ErrPairing, "%v drawn twice", a)
	}
	g := r.ID.State.Group()
	if !g.IsValid() {
		return // no group, so no regional peer is owed
	}
	for _, s := range r.Reviewers {
		if s.IsValid() && s != r.ID.State && s.Group() == g {
			return
		}
	}
	v.add("Reviewers", ErrPairing, "no reviewer from the %s of %v: %v (%s), %v (%s)", g, r.ID.State,
		a, groupName(a), b, groupName(b))
}

func groupName(s convention.State) string {
	if g := s.Group(); g.IsValid() {
		return g.String()
	}
	return "no group"
}

// stepField returns the path of step i, and of its field if not empty.
func stepField(i int, field string) string {
	s := "Steps[" + strconv.Itoa(i) + "]"
	if field != "" {
		s += "." + field
	}
	return s
}

func (v *validator) validateSteps(r *Review) {
	from := lotsFrom(r.ID.Cycle)
	switch {
	case r.LotsYear == 0:
		v.add("LotsYear", convention.ErrMissing, "")
	case r.LotsYear < from:
		v.add("LotsYear", convention.ErrInvalid, "%d, before the %v began in %d", r.LotsYear, r.ID.Cycle, from)
	}
	var at [numMilestones + 1]int // 1 + the index of each milestone's step
	for i, s := range r.Steps {
		m := s.Milestone
		switch {
		case m == 0:
			v.add(stepField(i, "Milestone"), convention.ErrMissing, "")
			continue
		case !m.IsValid():
			v.add(stepField(i, "Milestone"), convention.ErrInvalid, "%v", m)
			continue
		case at[m] != 0:
			v.add(stepField(i, "Milestone"), convention.ErrDuplicate, "%v, as in Steps[%d]", m, at[m]-1)
			continue
		}
		at[m] = i + 1
		if !validDate(s.Date) {
			v.add(stepField(i, "Date"), convention.ErrInvalid, "%v", s.Date)
			at[m] = -1 // reached, but its date cannot be read
			continue
		}
		if m == Drawn && s.Date != (convention.DateRange{}) && r.LotsYear != 0 {
			lo, hi := yearBounds(r.LotsYear)
			if dayOf(s.Date.Earliest) < lo || dayOf(s.Date.Latest) > hi {
				v.add(stepField(i, "Date"), convention.ErrInvalid, "drawn %v, not in LotsYear %d", s.Date, r.LotsYear)
			}
		}
	}
	if at[Drawn] == 0 {
		v.add("Steps", ErrMilestoneOrder, "%v not reached", Drawn)
	}
	gap := Milestone(0) // the first milestone not reached
	// last is the milestone with the latest earliest day so far.
	last, lastDay := Milestone(0), int64(math.MinInt64)
	for m := Drawn; m <= numMilestones; m++ {
		if at[m] == 0 {
			if gap == 0 {
				gap = m
			}
			continue
		}
		if gap != 0 && gap != Drawn {
			v.add(stepField(at[m]-1, "Milestone"), ErrMilestoneOrder, "%v reached but not %v", m, gap)
			gap = Drawn // one report of a gap per review is enough
		}
		if at[m] < 0 {
			continue
		}
		d := r.Steps[at[m]-1].Date
		if d == (convention.DateRange{}) {
			continue
		}
		if last != 0 && dayOf(d.Latest) < lastDay {
			v.add(stepField(at[m]-1, "Date"), ErrMilestoneOrder, "%v %v, before %v %v", m, d,
				last, r.Steps[at[last]-1].Date)
		}
		if e := dayOf(d.Earliest); e > lastDay {
			last, lastDay = m, e
		}
	}
}

// validDate reports whether d is the zero DateRange (no date known) or a
// valid one, which its text form can hold and read back.
func validDate(d convention.DateRange) bool {
	return d == (convention.DateRange{}) || d.IsValid()
}

func (v *validator) validateFindings(r *Review) {
	for j, f := range r.Findings {
		field := "Findings[" + strconv.Itoa(j) + "]."
		if f.Review != (ID{}) && f.Review != r.ID {
			v.add(field+"Review", convention.ErrInvalid, "belongs to %v", f.Review)
		}
		switch {
		case f.Ref == convention.Ref{}:
			v.add(field+"Ref", convention.ErrMissing, "")
		case !f.Ref.IsValid():
			v.add(field+"Ref", convention.ErrInvalid, "")
		case r.ID.Cycle.IsValid() && !r.ID.Cycle.Covers(f.Ref.Chapter()):
			v.add(field+"Ref", ErrNotCovered, "%v is in %v, which the %v does not review", f.Ref, f.Ref.Chapter(), r.ID.Cycle)
		}
		switch {
		case f.Kind == 0:
			v.add(field+"Kind", convention.ErrMissing, "")
		case !f.Kind.IsValid():
			v.add(field+"Kind", convention.ErrInvalid, "%v", f.Kind)
		}
		if !utf8.ValidString(f.Text) {
			// encoding/json would replace the bad bytes: the text would not
			// read back as it was written.
			v.add(field+"Text", convention.ErrInvalid, "not UTF-8")
		}
	}
}

func (v *validator) validateParties(r *Review) {
	tl := timelineOf(r)
	lo, hi := tl.lo[Drawn], tl.hi[Drawn]
	if lo == math.MinInt64 || hi == math.MaxInt64 || lo > hi {
		return // no day to check against, or no consistent one; reported above
	}
	first, last := dateOfDay(lo), dateOfDay(hi)
	check := func(field string, s convention.State) {
		if !s.IsValid() {
			return
		}
		switch {
		case s.PartyBy(first) == convention.Certain:
		case s.PartyBy(last) == convention.Impossible:
			v.add(field, fmt.Errorf("%w when lots were drawn", convention.ErrNotParty), "%v", s)
		default:
			v.add(field, ErrMaybeNotParty, "%v", s)
		}
	}
	check("ID.State", r.ID.State)
	check("Reviewers[0]", r.Reviewers[0])
	if r.Reviewers[1] != r.Reviewers[0] {
		check("Reviewers[1]", r.Reviewers[1])
	}
}

// dateOfDay returns the day (see dayOf) as midnight UTC.
func dateOfDay(d int64) time.Time {
	return time.Unix(d*86400, 0).UTC()
}
