package uncac_test

import (
	"encoding"
	"fmt"
	"iter"
	"reflect"
	"testing"

	"github.com/uncac-go/uncac/assetrecovery"
	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/review"
)

// textValue is what the text rule in doc.go asks of an identifier type.
type textValue interface {
	comparable
	fmt.Stringer
	encoding.TextMarshaler
	IsValid() bool
}

// textPtr is the pointer side of an identifier type T.
type textPtr[T any] interface {
	*T
	encoding.TextUnmarshaler
}

// checkValid checks the rule for one valid value: MarshalText equals
// String, and UnmarshalText reads it back to an equal value.
func checkValid[T textValue, P textPtr[T]](t *testing.T, v T) {
	t.Helper()
	b, err := v.MarshalText()
	if err != nil || string(b) != v.String() {
		t.Errorf("%#v.MarshalText() = %q, %v, want %q (its String)", v, b, err, v.String())
		return
	}
	var got T
	if err := P(&got).UnmarshalText(b); err != nil || got != v {
		t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, got, err, v)
	}
}

// checkZero checks the rule for the zero value: it is invalid, marshals to
// "", unmarshals from "", and prints %!T(0).
func checkZero[T textValue, P textPtr[T]](t *testing.T) {
	t.Helper()
	var zero T
	name := reflect.TypeFor[T]().Name()
	if zero.IsValid() {
		t.Errorf("%s zero value is valid", name)
	}
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("%s(zero).MarshalText() = %q, %v, want \"\", nil", name, b, err)
	}
	got := *new(T)
	if err := P(&got).UnmarshalText(nil); err != nil || got != zero {
		t.Errorf("%s UnmarshalText(\"\") = %v, %v, want the zero value", name, got, err)
	}
	if s, want := zero.String(), "%!"+name+"(0)"; s != want {
		t.Errorf("%s(zero).String() = %q, want %q", name, s, want)
	}
}

// checkEnum walks every value of an enumeration on a byte: the zero value,
// every valid value, and every invalid non-zero value, which must refuse to
// marshal and print %!T(n).
func checkEnum[T interface {
	~uint8
	textValue
}, P textPtr[T]](t *testing.T) {
	name := reflect.TypeFor[T]().Name()
	t.Run(name, func(t *testing.T) {
		checkZero[T, P](t)
		valid := 0
		for n := 1; n < 256; n++ {
			v := T(n)
			if v.IsValid() {
				valid++
				checkValid[T, P](t, v)
				continue
			}
			if b, err := v.MarshalText(); err == nil {
				t.Errorf("%s(%d).MarshalText() = %q, want an error", name, n, b)
			}
			if s, want := v.String(), fmt.Sprintf("%%!%s(%d)", name, n); s != want {
				t.Errorf("%s(%d).String() = %q, want %q", name, n, s, want)
			}
		}
		if valid == 0 {
			t.Errorf("%s has no valid value", name)
		}
	})
}

// checkAll checks every value of a sequence and the zero value.
func checkAll[T textValue, P textPtr[T]](t *testing.T, all iter.Seq[T]) {
	t.Run(reflect.TypeFor[T]().Name(), func(t *testing.T) {
		checkZero[T, P](t)
		n := 0
		for v := range all {
			n++
			checkValid[T, P](t, v)
		}
		if n == 0 {
			t.Error("no values")
		}
	})
}

// TestTextRule walks every value of every identifier type of the domain
// packages and checks the text rule of doc.go: round trip, zero, invalid.
func TestTextRule(t *testing.T) {
	checkEnum[convention.Chapter](t)
	checkEnum[convention.Article](t)
	checkEnum[convention.Obligation](t)
	checkEnum[convention.RegionalGroup](t)
	checkEnum[convention.Act](t)
	checkAll[convention.Ref](t, convention.Provisions())
	checkAll[convention.State](t, convention.States())

	checkEnum[review.Cycle](t)
	checkEnum[review.Milestone](t)
	checkEnum[review.FindingKind](t)
	checkAll[review.ID](t, func(yield func(review.ID) bool) {
		for s := range convention.States() {
			for c := range review.Cycles() {
				if !yield(review.ID{State: s, Cycle: c}) {
					return
				}
			}
		}
	})

	checkEnum[needs.Category](t)
	checkEnum[needs.Outcome](t)

	checkAll[assetrecovery.Currency](t, assetrecovery.Currencies())
	checkEnum[assetrecovery.Stage](t)
	checkEnum[assetrecovery.Avenue](t)
	checkEnum[assetrecovery.Basis](t)
}
