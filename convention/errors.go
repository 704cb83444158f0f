package convention

import (
	"errors"
	"strconv"
)

// ErrSyntax reports that text is not in the form the parser expects: it is
// not a citation, a chapter, an article or a State code at all.
var ErrSyntax = errors.New("invalid syntax")

// ErrUnknownProvision reports a well-formed citation of a provision that the
// Convention does not contain, such as art. 72 or art. 46(31).
var ErrUnknownProvision = errors.New("no such provision in the Convention")

// ErrUnknownState reports a well-formed three-letter code that is neither an
// ISO 3166-1 alpha-3 code nor EUU.
var ErrUnknownState = errors.New("unknown State code")

// A ParseError records a failed parse: what was being parsed, the input, the
// byte offset at which the problem was found, and the kind of problem
// (ErrSyntax, ErrUnknownProvision or ErrUnknownState), which Unwrap returns so
// that callers can use errors.Is.
type ParseError struct {
	What  string // what was being parsed: "citation", "chapter", "State" …
	Input string // the text as given
	Pos   int    // byte offset in Input where the problem was found
	Err   error  // the kind of problem
}

// Error returns the message "convention: parsing <what> <quoted input>: at
// offset <pos>: <kind>".
func (e *ParseError) Error() string {
	return "convention: parsing " + e.What + " " + strconv.Quote(e.Input) +
		": at offset " + strconv.Itoa(e.Pos) + ": " + e.Err.Error()
}

// Unwrap returns the kind of problem, so that errors.Is(err, ErrSyntax) works.
func (e *ParseError) Unwrap() error { return e.Err }
