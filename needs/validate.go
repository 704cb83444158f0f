package needs

import (
	"errors"
	"fmt"

	"github.com/uncac-go/uncac/convention"
)

// The kinds of problem that only this package's Validate functions report.
// The others are convention's shared sentinels: [convention.ErrMissing],
// [convention.ErrInvalid], [convention.ErrNotParty] and
// [convention.ErrDuplicate].
var (
	// ErrOutsideCycle reports a provision in a chapter that the record's
	// review cycle does not review, such as a chapter V provision in the
	// first cycle.
	ErrOutsideCycle = errors.New("outside the chapters its cycle reviews")
	// ErrPeriod reports an assistance record whose period ends before it
	// starts.
	ErrPeriod = errors.New("period ends before it starts")
)

// problems collects the problems of a batch.
type problems convention.ValidationErrors

func (ps *problems) add(i int, field string, err error) {
	*ps = append(*ps, &convention.ValidationError{Index: i, Field: field, Err: err})
}

// result returns the problems as an error: nil, not an empty
// ValidationErrors, when there are none.
func (ps problems) result() error {
	if len(ps) == 0 {
		return nil
	}
	return convention.ValidationErrors(ps)
}

// Validate checks every need of a batch and returns nil if all are sound,
// or else [convention.ValidationErrors], one *[convention.ValidationError]
// for every problem of every record, in the order of the records. It
// reports:
//
//   - a zero State, provision, cycle or category ([convention.ErrMissing]);
//   - a cycle or category out of range ([convention.ErrInvalid]);
//   - a State that is not a party to the Convention, such as Jersey
//     ([convention.ErrNotParty]);
//   - a provision in a chapter that the need's cycle does not review
//     ([ErrOutsideCycle]).
//
// Duplicates are allowed, since one review can identify the same kind of
// need under a provision more than once; [ValidateUnique] forbids them.
//
// Use errors.Is to ask whether any problem is of a kind, and
// errors.AsType[convention.ValidationErrors] to range over the problems.
func Validate(needs []Need) error { return validate(needs, false) }

// ValidateUnique is like [Validate] but also reports every need equal to an
// earlier one of the batch ([convention.ErrDuplicate]; the message names the
// earlier record).
func ValidateUnique(needs []Need) error { return validate(needs, true) }

func validate(needs []Need, unique bool) error {
	var ps problems
	var seen map[Need]int
	if unique {
		seen = make(map[Need]int, len(needs))
	}
	for i, n := range needs {
		switch {
		case !n.State.IsValid():
			ps.add(i, "State", convention.ErrMissing)
		default:
			if _, ok := n.State.Party(); !ok {
				ps.add(i, "State", fmt.Errorf("%w: %v", convention.ErrNotParty, n.State))
			}
		}
		if !n.Provision.IsValid() {
			ps.add(i, "Provision", convention.ErrMissing)
		}
		switch {
		case n.Cycle == 0:
			ps.add(i, "Cycle", convention.ErrMissing)
		case !n.Cycle.IsValid():
			ps.add(i, "Cycle", fmt.Errorf("%w: %v", convention.ErrInvalid, n.Cycle))
		case n.Provision.IsValid() && !n.Cycle.Covers(n.Provision.Chapter()):
			ps.add(i, "Provision", fmt.Errorf("%v: %w", n.Provision, ErrOutsideCycle))
		}
		switch {
		case n.Category == 0:
			ps.add(i, "Category", convention.ErrMissing)
		case !n.Category.IsValid():
			ps.add(i, "Category", fmt.Errorf("%w: %v", convention.ErrInvalid, n.Category))
		}
		if seen != nil {
			if j, ok := seen[n]; ok {
				ps.add(i, "", fmt.Errorf("%w of record %d", convention.ErrDuplicate, j))
			} else {
				seen[n] = i
			}
		}
	}
	return ps.result()
}
