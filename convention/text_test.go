package convention

import (
	"errors"
	"fmt"
	"testing"
)

// textValue is what the text rule applies to: a value of an identifier
// type that appears in data.
type textValue interface {
	fmt.Stringer
	MarshalText() ([]byte, error)
	IsValid() bool
}

// checkText checks the module's text rule on v: a valid value marshals to
// what String prints and unmarshals back to itself; the zero value marshals
// to "" and prints "%!Type(0)"; any other invalid value refuses to marshal
// and prints "%!Type(n)".
func checkText[T interface {
	comparable
	textValue
}](t *testing.T, typ string, v T, n int, unmarshal func([]byte) (T, error)) {
	t.Helper()
	var zero T
	b, err := v.MarshalText()
	switch {
	case v.IsValid():
		if err != nil || string(b) != v.String() {
			t.Errorf("%s(%d).MarshalText() = %q, %v; want %q", typ, n, b, err, v.String())
		}
		if back, err := unmarshal(b); err != nil || back != v {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, v)
		}
	case v == zero:
		if err != nil || len(b) != 0 {
			t.Errorf("zero %s: MarshalText() = %q, %v; want empty", typ, b, err)
		}
		if back, err := unmarshal(nil); err != nil || back != zero {
			t.Errorf("%s: UnmarshalText(\"\") = %v, %v; want the zero value", typ, back, err)
		}
		if want := "%!" + typ + "(0)"; v.String() != want {
			t.Errorf("zero %s prints %q, want %q", typ, v.String(), want)
		}
	default:
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("%s(%d).MarshalText() = %q, %v; want an error wrapping ErrInvalid", typ, n, b, err)
		}
		if want := fmt.Sprintf("%%!%s(%d)", typ, n); v.String() != want {
			t.Errorf("%s(%d) prints %q, want %q", typ, n, v.String(), want)
		}
	}
}

func unmarshalAs[T any, P interface {
	*T
	UnmarshalText([]byte) error
}](b []byte) (T, error) {
	var v T
	err := P(&v).UnmarshalText(b)
	return v, err
}

// TestTextRule walks every value of every identifier type of this file's
// concern (and the invalid ones around them) through the text rule.
func TestTextRule(t *testing.T) {
	for n := range 256 {
		checkText(t, "Chapter", Chapter(n), n, unmarshalAs[Chapter])
		checkText(t, "Article", Article(n), n, unmarshalAs[Article])
		checkText(t, "Obligation", Obligation(n), n, unmarshalAs[Obligation])
		checkText(t, "RegionalGroup", RegionalGroup(n), n, unmarshalAs[RegionalGroup])
	}
	checkText(t, "Ref", Ref{}, 0, unmarshalAs[Ref])
	count := 0
	for a := range Articles() {
		checkText(t, "Ref", a.Ref(), 0, unmarshalAs[Ref])
		for r := range a.Provisions() {
			checkText(t, "Ref", r, 0, unmarshalAs[Ref])
			count++
		}
	}
	if count != NumProvisions {
		t.Errorf("walked %d provisions, want %d", count, NumProvisions)
	}
}
