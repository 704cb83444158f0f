package assetrecovery

import (
	"errors"
	"strconv"
)

// ErrSyntax reports text that is not in the form a parser expects: not a
// currency code, an amount, a stage, an avenue, a basis or a kind at all.
var ErrSyntax = errors.New("invalid syntax")

// ErrUnknownCurrency reports three letters that are not an ISO 4217 code
// in the package's table, such as "XYZ" or a withdrawn code like "ANG".
var ErrUnknownCurrency = errors.New("unknown currency code")

// ErrCurrencyMismatch reports arithmetic or a comparison between amounts in
// two different currencies. It comes wrapped in a *CurrencyMismatchError.
var ErrCurrencyMismatch = errors.New("currency mismatch")

// ErrNoCurrency reports a non-zero amount that has no currency.
var ErrNoCurrency = errors.New("amount has no currency")

// ErrMissingRate reports a conversion for which Rates holds no rate.
// It comes wrapped in a *MissingRateError.
var ErrMissingRate = errors.New("no exchange rate")

// ErrDivisionByZero reports a ratio whose denominator is zero.
var ErrDivisionByZero = errors.New("division by zero")

// A ParseError records a failed parse: what was being parsed, the input and
// the kind of problem (ErrSyntax or ErrUnknownCurrency), which Unwrap
// returns so that callers can use errors.Is.
type ParseError struct {
	What  string // what was being parsed: "currency", "amount", "stage" …
	Input string // the text as given
	Err   error  // the kind of problem
}

// Error returns the message: "assetrecovery: parsing currency "XYZ": unknown
// currency code".
func (e *ParseError) Error() string {
	return "assetrecovery: parsing " + e.What + " " + strconv.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns the kind of problem, so that errors.Is(err, ErrSyntax) works.
func (e *ParseError) Unwrap() error { return e.Err }

// A CurrencyMismatchError records an operation that would have mixed two
// currencies. Unwrap returns ErrCurrencyMismatch.
type CurrencyMismatchError struct {
	Op          string   // the operation: "add", "subtract", "compare", "ratio" …
	Left, Right Currency // the currencies of the two operands
}

// Error returns the message: "assetrecovery: add: currency mismatch: USD and
// EUR".
func (e *CurrencyMismatchError) Error() string {
	return "assetrecovery: " + e.Op + ": currency mismatch: " + e.Left.String() + " and " + e.Right.String()
}

// Unwrap returns ErrCurrencyMismatch.
func (e *CurrencyMismatchError) Unwrap() error { return ErrCurrencyMismatch }

// A MissingRateError records a conversion that Rates could not make because
// it holds no rate between the two currencies, in either direction.
// Unwrap returns ErrMissingRate.
type MissingRateError struct {
	From, To Currency
	AsOf     string // the as-of date of the Rates, as "2006-01-02", or "" if none
}

// Error returns the message: "assetrecovery: no exchange rate from CHF to
// EUR as of 2012-12-31".
func (e *MissingRateError) Error() string {
	s := "assetrecovery: no exchange rate from " + e.From.String() + " to " + e.To.String()
	if e.AsOf != "" {
		s += " as of " + e.AsOf
	}
	return s
}

// Unwrap returns ErrMissingRate.
func (e *MissingRateError) Unwrap() error { return ErrMissingRate }
