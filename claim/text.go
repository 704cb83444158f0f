package claim

import (
	"errors"
	"strconv"
)

// errInvalidValue reports the text form of a value out of range.
var errInvalidValue = errors.New("invalid value")

// appendEnum appends the name of a valid value, nothing for zero, and an
// error for anything else.
func appendEnum(b []byte, what string, v uint8, valid bool, name string) ([]byte, error) {
	switch {
	case v == 0:
		return b, nil
	case !valid:
		return b, errors.New("claim: marshaling " + what + " " + strconv.Itoa(int(v)) + ": " + errInvalidValue.Error())
	}
	return append(b, name...), nil
}

// unmarshalEnum sets *dst to the value among 1..n whose name is text, or to
// zero for empty text.
func unmarshalEnum(text []byte, what string, dst *uint8, n uint8, name func(uint8) string) error {
	if len(text) == 0 {
		*dst = 0
		return nil
	}
	for v := uint8(1); v <= n; v++ {
		if name(v) == string(text) {
			*dst = v
			return nil
		}
	}
	return &ParseError{Input: string(text), Reason: "not a " + what, Err: ErrSyntax}
}

// AppendText implements encoding.TextAppender, appending the verdict as
// String prints it, so that a Report's entries store as readable JSON. The
// zero Verdict appends nothing.
func (v Verdict) AppendText(b []byte) ([]byte, error) {
	return appendEnum(b, "verdict", uint8(v), v.IsValid(), v.String())
}

// MarshalText implements encoding.TextMarshaler; see AppendText.
func (v Verdict) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler, reading what String
// prints. Empty text gives the zero Verdict.
func (v *Verdict) UnmarshalText(text []byte) error {
	return unmarshalEnum(text, "verdict", (*uint8)(v), uint8(Invalid), func(x uint8) string { return Verdict(x).String() })
}

// AppendText implements encoding.TextAppender, appending the kind as String
// prints it. The zero Kind appends nothing.
func (k Kind) AppendText(b []byte) ([]byte, error) {
	return appendEnum(b, "kind", uint8(k), k.IsValid(), k.String())
}

// MarshalText implements encoding.TextMarshaler; see AppendText.
func (k Kind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler, reading what String
// prints. Empty text gives the zero Kind.
func (k *Kind) UnmarshalText(text []byte) error {
	return unmarshalEnum(text, "kind", (*uint8)(k), uint8(KindConsistency), func(x uint8) string { return Kind(x).String() })
}
