package printed

import (
	"errors"
	"strconv"
	"strings"
)

// The kinds of problem an *Error wraps. Callers map them onto their own
// sentinels (claim.ErrSyntax, convention.ErrSyntax, ErrUnknown, ErrAmbiguous,
// ErrRange).
var (
	// ErrSyntax: the text is not a printed figure in any form this package
	// reads, or has something left over after one ("EUR 5 USD").
	ErrSyntax = errors.New("invalid syntax")
	// ErrUnknown: a currency name or symbol that names no currency this
	// package knows; Error.Candidates holds the closest known names.
	ErrUnknown = errors.New("unknown currency")
	// ErrAmbiguous: a currency symbol or name that stands for several
	// currencies ("kr", "francs"); Error.Candidates holds their ISO codes.
	ErrAmbiguous = errors.New("ambiguous currency")
	// ErrRange: the text is longer than MaxLen.
	ErrRange = errors.New("out of range")
)

// An Error says where and why a figure could not be read. Offset is a byte
// offset into the text given to the parsing function.
type Error struct {
	Offset     int
	Reason     string   // what was wrong there, such as "expected a number"
	Candidates []string // for ErrUnknown and ErrAmbiguous: what the text may have meant
	Err        error    // ErrSyntax, ErrUnknown, ErrAmbiguous or ErrRange
}

// Error returns "at offset N: reason", with the candidates when there are
// some: `at offset 0: "kr" is used for several currencies: DKK, ISK, NOK, SEK`.
func (e *Error) Error() string {
	return "at offset " + strconv.Itoa(e.Offset) + ": " + e.Detail()
}

// Detail returns the reason with the candidates, without the offset.
func (e *Error) Detail() string {
	if len(e.Candidates) == 0 {
		return e.Reason
	}
	return e.Reason + ": " + strings.Join(e.Candidates, ", ")
}

// Unwrap returns the kind of problem.
func (e *Error) Unwrap() error { return e.Err }

func syntaxError(off int, reason string) *Error {
	return &Error{Offset: off, Reason: reason, Err: ErrSyntax}
}
