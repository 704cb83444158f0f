package claim

import (
	"errors"
	"strconv"
	"strings"
)

// The kinds of problem. Package claim imports nothing of the domain, so it
// has sentinels of its own, in the same shapes as convention's: a parse
// error is a *ParseError wrapping [ErrSyntax] or [ErrRange], and a claim that
// cannot be checked has an Entry.Err wrapping [ErrUnit], [ErrCurrency] or
// ErrRange.
var (
	// ErrSyntax reports a literal that is not a figure in any form Parse
	// reads.
	ErrSyntax = errors.New("invalid syntax")

	// ErrRange reports input beyond a documented limit: a literal longer
	// than Parse reads, or computed data whose size would make a check
	// unbounded (a decimal exponent beyond ±1000, a [GRIM] whole spanning
	// more than 10,000 counts).
	ErrRange = errors.New("out of range")

	// ErrUnit reports a literal whose unit does not fit the claim: a
	// percentage stated where a count is checked, a currency where a count
	// is checked, or a count where a money amount or a percentage is
	// checked; or computed data of a type the claim does not take.
	ErrUnit = errors.New("unit does not fit the claim")

	// ErrCurrency reports a money claim whose stated currency differs from
	// the currency of the computed amount.
	ErrCurrency = errors.New("currency does not match")
)

// maxQuoted is how much of a long input a message quotes.
const maxQuoted = 64

// A [ParseError] records a failed parse of a stated literal, in the manner of
// strconv.NumError and convention.ParseError: the function that failed, the
// input, the byte offset at which the problem was found, and the problem,
// which wraps [ErrSyntax] or [ErrRange] so that callers can use errors.Is.
type ParseError struct {
	Func   string // the function that failed, with its package: "claim.Parse"
	Input  string // the literal as given
	Offset int    // byte offset in Input where the problem was found
	Err    error  // the problem, wrapping ErrSyntax or ErrRange
}

// Error returns the message `<func>: parsing "<input>": at offset <n>:
// <problem>`, such as `claim.Parse: parsing "3,68": at offset 1: invalid
// syntax: thousands separator misplaced`, quoting at most the first 64 bytes
// of a long input.
func (e *ParseError) Error() string {
	in, more := e.Input, ""
	if len(in) > maxQuoted {
		in, more = strings.ToValidUTF8(in[:maxQuoted], ""), "…"
	}
	msg := "<nil>"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return e.Func + ": parsing " + strconv.Quote(in) + more + ": at offset " + strconv.Itoa(e.Offset) + ": " + msg
}

// Unwrap returns the problem, so that errors.Is(err, [ErrSyntax]) works.
func (e *ParseError) Unwrap() error { return e.Err }

// errNoReason is the error of a waiver that gives no reason.
var errNoReason = errors.New("claim: a waiver must give a reason")

// detailError is a kind of problem with its detail, "invalid syntax:
// thousands separator misplaced", in one allocation.
type detailError struct {
	kind   error
	detail string
}

func (e *detailError) Error() string { return e.kind.Error() + ": " + e.detail }
func (e *detailError) Unwrap() error { return e.kind }
