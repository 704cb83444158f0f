package claim

import (
	"fmt"
	"strconv"
)

// A Verdict is the outcome of checking one stated figure.
type Verdict uint8

// The verdicts, from best to worst.
const (
	// Holds: every value the data allows is the value printed, or lies in
	// a range or within a bound the text states ("over 2,000").
	Holds Verdict = iota + 1
	// HoldsByRounding: every value the data allows is one the figure
	// allows, but only because it is rounded or approximate ("$43 million"
	// for 43,210,000).
	HoldsByRounding
	// Undetermined: the data is a range (some facts are only bounded) and
	// some of its values are allowed by the figure and some are not, so
	// the data neither confirms nor refutes it.
	Undetermined
	// Fails: no value the data allows is one the figure allows.
	Fails
	// Invalid: the claim could not be checked: the literal does not parse,
	// its unit does not fit the claim, or the data is malformed (Entry.Err
	// says which).
	Invalid
	// Waived: the figure is deliberately not checked, for the reason the
	// entry's Value gives (see Waive).
	Waived
)

// String returns "holds", "holds by rounding", "undetermined", "fails",
// "invalid" or "waived"; the zero Verdict prints "%!Verdict(0)", and another undefined
// value likewise.
func (v Verdict) String() string {
	switch v {
	case Holds:
		return "holds"
	case HoldsByRounding:
		return "holds by rounding"
	case Undetermined:
		return "undetermined"
	case Fails:
		return "fails"
	case Invalid:
		return "invalid"
	case Waived:
		return "waived"
	}
	return "%!Verdict(" + strconv.Itoa(int(v)) + ")"
}

// IsValid reports whether v is one of the defined verdicts.
func (v Verdict) IsValid() bool { return v >= Holds && v <= Waived }

// OK reports whether v is Holds, [HoldsByRounding] or Waived: the data
// confirms the figure, or the figure is not to be checked. Undetermined is
// not OK, since the data does not confirm the figure.
func (v Verdict) OK() bool { return v == Holds || v == HoldsByRounding || v == Waived }

// MarshalText implements encoding.TextMarshaler: a valid Verdict as String
// prints it, the zero Verdict as empty text, and an error for any other
// value, so that a stored Report reads "fails", not 4.
func (v Verdict) MarshalText() ([]byte, error) {
	switch {
	case v == 0:
		return nil, nil
	case !v.IsValid():
		return nil, fmt.Errorf("claim: marshaling Verdict(%d): %w", uint8(v), ErrRange)
	}
	return []byte(v.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, reading what String
// prints for a valid Verdict; empty text gives the zero Verdict.
func (v *Verdict) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*v = 0
		return nil
	}
	for x := Holds; x <= Waived; x++ {
		if x.String() == string(text) {
			*v = x
			return nil
		}
	}
	return &ParseError{Func: "claim.Verdict.UnmarshalText", Input: string(text),
		Err: fmt.Errorf("%w: not a verdict", ErrSyntax)}
}
