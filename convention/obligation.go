package convention

import (
	"cmp"
	"fmt"
	"strconv"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// An Obligation classifies what a provision asks of States parties, from the
// governing verb of its text. The values are ordered by strength, so
// Compare and the < operator rank a mandatory provision above one that
// States need only consider. The zero Obligation is invalid.
type Obligation uint8

// The obligation classes, weakest first.
const (
	// NoObligation marks definitions, statements of purpose or scope,
	// saving clauses, provisions addressed to the Conference or the
	// secretariat, and treaty machinery.
	NoObligation Obligation = 1 + iota
	// Optional marks a permission ("may") or a non-binding exhortation
	// ("should", "are encouraged to").
	Optional
	// Consider marks a duty to consider a measure ("shall consider").
	Consider
	// Endeavour marks an obligation of effort ("shall endeavour",
	// "shall seek to").
	Endeavour
	// Mandatory marks a duty to act or to refrain from acting ("shall").
	Mandatory
)

const numObligations = 5

var obligationNames = [numObligations + 1]string{"", "none", "optional", "consider", "endeavour", "mandatory"}

// String returns the class's name in lower case: "mandatory", "consider",
// "endeavour", "optional" or "none". An invalid value prints as
// "%!Obligation(n)".
func (o Obligation) String() string {
	if !o.IsValid() {
		return "%!Obligation(" + strconv.Itoa(int(o)) + ")"
	}
	return obligationNames[o]
}

// IsValid reports whether o is one of the five classes.
func (o Obligation) IsValid() bool { return o >= NoObligation && o <= Mandatory }

// Compare returns -1, 0 or +1 as o is weaker than, as strong as, or stronger
// than p.
func (o Obligation) Compare(p Obligation) int { return cmp.Compare(uint8(o), uint8(p)) }

// ParseObligation parses a class name as String prints it, in any case and
// with surrounding space ignored; "no obligation" is accepted for "none".
// Anything else is a *ParseError wrapping ErrSyntax.
//
// The input may be at most 64 bytes long; beyond that the error wraps
// ErrRange.
func ParseObligation(s string) (Obligation, error) {
	if len(s) > maxEnumInput {
		return 0, &ParseError{Func: "convention.ParseObligation", Input: s, Offset: maxEnumInput, Err: errTooLong(maxEnumInput)}
	}
	t, off := textnorm.Trim(s)
	for o := NoObligation; o <= Mandatory; o++ {
		if textnorm.EqualFold(t, obligationNames[o]) {
			return o, nil
		}
	}
	if textnorm.EqualFold(t, "no obligation") {
		return NoObligation, nil
	}
	return 0, &ParseError{Func: "convention.ParseObligation", Input: s, Offset: off,
		Err: fmt.Errorf("%w: want an obligation class: mandatory, endeavour, consider, optional or none", ErrSyntax)}
}

// MarshalText implements encoding.TextMarshaler with the class's name as
// String prints it. The zero Obligation marshals as empty text; any other
// invalid value is an error wrapping ErrInvalid.
func (o Obligation) MarshalText() ([]byte, error) {
	if o == 0 {
		return nil, nil
	}
	if !o.IsValid() {
		return nil, marshalError("Obligation", int(o))
	}
	return []byte(obligationNames[o]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. Empty text gives the
// zero Obligation.
func (o *Obligation) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*o = 0
		return nil
	}
	v, err := ParseObligation(string(text))
	if err != nil {
		return err
	}
	*o = v
	return nil
}
