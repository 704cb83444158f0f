package needs

import (
	"errors"
	"strconv"

	"github.com/uncac-go/uncac/internal/errlist"
)

// The kinds of problem Validate and ValidateAssistance report. Each comes
// wrapped in a *ValidationError that says which record and which field.
var (
	// ErrMissing reports a required field left at its zero value.
	ErrMissing = errors.New("missing")
	// ErrInvalid reports a field whose value is out of range, such as
	// Category(99).
	ErrInvalid = errors.New("invalid value")
	// ErrNotParty reports a State (a valid code) that is not a party to
	// the Convention and so has no review: a territory such as Jersey, or
	// a State that never ratified.
	ErrNotParty = errors.New("not a party to the Convention")
	// ErrOutsideCycle reports a provision in a chapter that the record's
	// review cycle does not review, such as a chapter V provision in the
	// first cycle.
	ErrOutsideCycle = errors.New("outside the chapters its cycle reviews")
	// ErrDuplicate reports a record equal to an earlier one in the batch,
	// where the caller asked for unique records.
	ErrDuplicate = errors.New("duplicate record")
	// ErrPeriod reports an assistance record whose period ends before it
	// starts.
	ErrPeriod = errors.New("period ends before it starts")
)

// A ValidationError describes one problem with one record of a batch: its
// index, the field at fault and the kind of problem, which Unwrap returns.
type ValidationError struct {
	Index int    // the record's index in the batch
	Field string // the field at fault: "State", "Provision", "Cycle", "Category" …; "" for the whole record
	Value string // the field's value as text, if it helps
	Err   error  // the kind of problem: ErrMissing, ErrInvalid …
	// First is, for ErrDuplicate, the index of the earlier equal record;
	// otherwise 0.
	First int
}

// Error returns the message, which names the record, the field, its value
// if known and the problem, and for a duplicate the earlier record:
//
//	needs: record 2: State "JEY" not a party to the Convention
//	needs: record 3: duplicate record of record 0
func (e *ValidationError) Error() string {
	s := "needs: record " + strconv.Itoa(e.Index) + ": "
	if e.Field != "" {
		s += e.Field + " "
	}
	if e.Value != "" {
		s += strconv.Quote(e.Value) + " "
	}
	s += e.Err.Error()
	if errors.Is(e.Err, ErrDuplicate) {
		s += " of record " + strconv.Itoa(e.First)
	}
	return s
}

// Unwrap returns the kind of problem.
func (e *ValidationError) Unwrap() error { return e.Err }

// ValidationErrors is the error that Validate, ValidateUnique and
// ValidateAssistance return: every problem found, in the order of the
// records. Get it with errors.AsType[ValidationErrors] to range over the
// problems; its Unwrap method lets errors.Is and errors.As look at each one.
type ValidationErrors []*ValidationError

// Error returns the problems' messages, one a line.
func (es ValidationErrors) Error() string { return errlist.Error(es) }

// Unwrap returns the problems as a slice of errors.
func (es ValidationErrors) Unwrap() []error { return errlist.Unwrap(es) }

// result returns es as an error: nil, not an empty ValidationErrors, when
// there are no problems.
func (es ValidationErrors) result() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// Validate checks every need of a batch and returns nil if all are sound,
// or else ValidationErrors, one *ValidationError per problem, in the order of
// the records (a record can have several). It reports:
//
//   - a zero State, provision, cycle or category (ErrMissing);
//   - a cycle or category out of range (ErrInvalid);
//   - a State that is not a party to the Convention (ErrNotParty);
//   - a provision in a chapter that the need's cycle does not review
//     (ErrOutsideCycle);
//
// Duplicates are allowed, since one review can identify the same kind of
// need under a provision more than once; ValidateUnique forbids them.
//
// Use errors.Is to ask whether any problem is of a kind, and
// errors.AsType[ValidationErrors] to range over the problems.
func Validate(needs []Need) error { return validate(needs, false) }

// ValidateUnique is like Validate but also reports every need equal to an
// earlier one of the batch (ErrDuplicate, with the earlier record's index in
// First).
func ValidateUnique(needs []Need) error { return validate(needs, true) }

func validate(needs []Need, unique bool) error {
	var errs ValidationErrors
	var seen map[Need]int
	if unique {
		seen = make(map[Need]int, len(needs))
	}
	bad := func(i int, field, value string, kind error) {
		errs = append(errs, &ValidationError{Index: i, Field: field, Value: value, Err: kind})
	}
	for i, n := range needs {
		switch {
		case !n.State.IsValid():
			bad(i, "State", "", ErrMissing)
		default:
			if _, ok := n.State.Party(); !ok {
				bad(i, "State", n.State.String(), ErrNotParty)
			}
		}
		if !n.Provision.IsValid() {
			bad(i, "Provision", "", ErrMissing)
		}
		switch {
		case n.Cycle == 0:
			bad(i, "Cycle", "", ErrMissing)
		case !n.Cycle.IsValid():
			bad(i, "Cycle", n.Cycle.String(), ErrInvalid)
		case n.Provision.IsValid() && !n.Cycle.Covers(n.Provision.Chapter()):
			bad(i, "Provision", n.Provision.String(), ErrOutsideCycle)
		}
		switch {
		case n.Category == 0:
			bad(i, "Category", "", ErrMissing)
		case !n.Category.IsValid():
			bad(i, "Category", n.Category.String(), ErrInvalid)
		}
		if seen != nil {
			if j, ok := seen[n]; ok {
				errs = append(errs, &ValidationError{Index: i, Err: ErrDuplicate, First: j})
			} else {
				seen[n] = i
			}
		}
	}
	return errs.result()
}
