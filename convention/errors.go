package convention

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The kinds of parse error. Every parser of the domain packages (convention,
// review, needs and assetrecovery) returns a *ParseError that wraps one of
// them, so that errors.Is(err, convention.ErrSyntax) holds for a malformed
// citation, currency code or cycle alike.
var (
	// ErrSyntax reports text that is not in any form the parser reads.
	ErrSyntax = errors.New("invalid syntax")

	// ErrUnknown reports text in the form the parser reads that names
	// nothing known: a three-letter code that is no ISO 3166-1 or ISO 4217
	// code, a name that is no State's, a category that does not exist.
	ErrUnknown = errors.New("unknown")

	// ErrUnknownProvision reports a well-formed citation of a provision that
	// the Convention does not contain, such as art. 72 or art. 46(31).
	ErrUnknownProvision = errors.New("no such provision in the Convention")

	// ErrAmbiguous reports text that fits more than one value, such as a
	// name shared by two States; the error's message lists the candidates.
	ErrAmbiguous = errors.New("ambiguous")

	// ErrRange reports text beyond a parser's documented limits: an input
	// longer than the parser reads, or a number too large for its type.
	ErrRange = errors.New("out of range")
)

// The kinds of validation problem shared by the domain packages' Validate
// functions. Each package adds kinds of its own for problems only it has.
var (
	// ErrMissing reports a required field left at its zero value.
	ErrMissing = errors.New("missing value")

	// ErrInvalid reports a field whose value is not valid for its type.
	ErrInvalid = errors.New("invalid value")

	// ErrDuplicate reports a record that repeats an earlier one where the
	// batch must not.
	ErrDuplicate = errors.New("duplicate")

	// ErrNotParty reports a State that was not a party to the Convention
	// on the date that matters to the record (the message says which).
	ErrNotParty = errors.New("not a party to the Convention")
)

// maxEnumInput is the length limit of the parsers of small closed sets
// (obligation classes, regional groups): no name they read is longer.
const maxEnumInput = 64

// errTooLong returns the problem of an input longer than limit bytes.
func errTooLong(limit int) error {
	return fmt.Errorf("%w: input longer than %d bytes", ErrRange, limit)
}

// marshalError returns the error of MarshalText for an invalid non-zero
// value n of the named type.
func marshalError(typ string, n int) error {
	return fmt.Errorf("convention: marshalling %%!%s(%d): %w", typ, n, ErrInvalid)
}

// maxQuoted is how much of a long input a message quotes.
const maxQuoted = 64

// A ParseError records a failed parse, in the manner of strconv.NumError:
// the function that failed, the input, the byte offset at which the problem
// was found, and the kind of problem, which Unwrap returns so that callers
// can use errors.Is with the sentinels above (or a package's own).
type ParseError struct {
	Func   string // the function that failed, with its package: "convention.ParseRef"
	Input  string // the text as given
	Offset int    // byte offset in Input where the problem was found
	Err    error  // the kind of problem, wrapping a sentinel
}

// Error returns the message `<func>: parsing "<input>": at offset <n>:
// <problem>`, quoting at most the first 64 bytes of a long input.
func (e *ParseError) Error() string {
	in := e.Input
	more := ""
	if len(in) > maxQuoted {
		in, more = strings.ToValidUTF8(in[:maxQuoted], ""), "…"
	}
	return e.Func + ": parsing " + strconv.Quote(in) + more + ": at offset " +
		strconv.Itoa(e.Offset) + ": " + e.Err.Error()
}

// Unwrap returns the kind of problem, so that errors.Is(err, ErrSyntax) works.
func (e *ParseError) Unwrap() error { return e.Err }

// A ValidationError reports one problem with one record of a batch given to
// a Validate function of the domain packages: which record, which field, and
// the problem, which wraps a sentinel (one of the shared ones above or one of
// the validating package's own) so that errors.Is works.
type ValidationError struct {
	Index int    // the record's index in the batch
	ID    string // the record's own identifier, if it has one ("B-7", "KEN/first"); for messages
	// Field is the field at fault as a path into the record: "State",
	// "Events[3].Amount", "Findings[1].Kind"; "" for the record as a whole.
	Field string
	Err   error // the problem, wrapping a sentinel
}

// Error returns the message `record <index> ("<id>"), <field>: <problem>`,
// leaving out the ID and field when they are empty.
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("record ")
	b.WriteString(strconv.Itoa(e.Index))
	if e.ID != "" {
		b.WriteString(" (")
		b.WriteString(strconv.Quote(e.ID))
		b.WriteString(")")
	}
	if e.Field != "" {
		b.WriteString(", ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the problem.
func (e *ValidationError) Unwrap() error { return e.Err }

// ValidationErrors is the error a Validate function returns: every problem
// of every record, in the order of the records. Get it with
// errors.AsType[ValidationErrors] to range over the problems; its Unwrap
// method lets errors.Is and errors.As look at each one.
type ValidationErrors []*ValidationError

// Error returns the problems' messages, one a line.
func (es ValidationErrors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the problems as a slice of errors.
func (es ValidationErrors) Unwrap() []error {
	errs := make([]error, len(es))
	for i, e := range es {
		errs[i] = e
	}
	return errs
}
