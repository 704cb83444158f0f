package assetrecovery

import (
	"errors"
)

// Errors of money and rates. Parse errors are *convention.ParseError values
// wrapping convention's shared sentinels, and validation problems are
// *convention.ValidationError values wrapping a shared sentinel or one of
// the package's own below.
var (
	// ErrCurrencyMismatch reports arithmetic or a comparison between amounts
	// in two different currencies. It comes wrapped in a
	// *CurrencyMismatchError, and Validate reports expenses in another
	// currency than their return with it.
	ErrCurrencyMismatch = errors.New("currency mismatch")

	// ErrNoCurrency reports a non-zero amount that has no currency.
	ErrNoCurrency = errors.New("amount has no currency")

	// ErrMissingRate reports a conversion for which Rates holds no rate.
	// It comes wrapped in a *MissingRateError.
	ErrMissingRate = errors.New("no exchange rate")

	// ErrDivisionByZero reports a ratio whose denominator is zero.
	ErrDivisionByZero = errors.New("division by zero")

	// ErrInvalidRate reports a quote that [NewRates] rejects: a zero
	// currency, a currency quoted against itself, a rate that is not
	// positive or has too many digits, or a pair quoted twice.
	ErrInvalidRate = errors.New("invalid exchange rate")
)

// The problems only cases have, which Validate reports beside the shared
// convention.ErrMissing, ErrInvalid and ErrDuplicate.
var (
	// ErrNegative reports a negative amount or deduction.
	ErrNegative = errors.New("negative amount")
	// ErrOutOfOrder reports an event dated, for certain, before an event of
	// an earlier stage of the same case, such as a return before the
	// confiscation.
	ErrOutOfOrder = errors.New("stages out of order")
	// ErrExceedsConfiscated reports returns, in one currency, larger than
	// the case's confiscations in that currency, and a part (Event.Within)
	// larger than what contains it.
	ErrExceedsConfiscated = errors.New("more than the amount it comes from")
	// ErrNotReturn reports a basis or expenses on an event that is not a
	// return: article 57 governs only returns.
	ErrNotReturn = errors.New("basis or expenses on an event that is not a return")
	// ErrNotOffence reports an offence citation outside chapter III of the
	// Convention (articles 15 to 42), which establishes the offences.
	ErrNotOffence = errors.New("not a chapter III provision")
)

// A [CurrencyMismatchError] records an operation that would have mixed two
// currencies. Unwrap returns [ErrCurrencyMismatch].
type CurrencyMismatchError struct {
	Op          string   // the operation: "add", "subtract", "compare", "ratio" …
	Left, Right Currency // the currencies of the two operands
}

// Error returns the message: "assetrecovery: add: currency mismatch: USD and
// EUR".
func (e *CurrencyMismatchError) Error() string {
	return "assetrecovery: " + e.Op + ": currency mismatch: " + e.Left.String() + " and " + e.Right.String()
}

// Unwrap returns [ErrCurrencyMismatch].
func (e *CurrencyMismatchError) Unwrap() error { return ErrCurrencyMismatch }

// A [MissingRateError] records a conversion that Rates could not make because
// it holds no rate between the two currencies, in either direction.
// Unwrap returns [ErrMissingRate].
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

// Unwrap returns [ErrMissingRate].
func (e *MissingRateError) Unwrap() error { return ErrMissingRate }
