package claim

import (
	"errors"
	"strconv"
)

// ErrSyntax reports that a literal is not a figure in any of the forms that
// Parse understands.
var ErrSyntax = errors.New("invalid syntax")

// ErrUnit reports a literal whose unit does not fit the claim: a percentage
// stated where a count is checked, a currency where a count is checked, or a
// count where a money amount or a percentage is checked.
var ErrUnit = errors.New("unit does not fit the claim")

// ErrCurrency reports a money claim whose stated currency differs from the
// currency of the computed amount.
var ErrCurrency = errors.New("currency does not match")

// A ParseError records a failed parse of a stated literal: the input, the
// byte offset at which the problem was found, a short reason, and the kind of
// problem (ErrSyntax), which Unwrap returns so that callers can use errors.Is.
type ParseError struct {
	Input  string // the literal as given
	Pos    int    // byte offset in Input where the problem was found
	Reason string // what was wrong there, such as "expected a number"
	Err    error  // the kind of problem
}

// Error returns the message, such as
// `claim: parsing "3,68": at offset 1: thousands separator misplaced`.
func (e *ParseError) Error() string {
	return "claim: parsing " + strconv.Quote(e.Input) + ": at offset " +
		strconv.Itoa(e.Pos) + ": " + e.Reason
}

// Unwrap returns the kind of problem, so that errors.Is(err, ErrSyntax) works.
func (e *ParseError) Unwrap() error { return e.Err }
