package assetrecovery

import (
	"math"
	"testing"
)

// TestAccumCount checks that an accumulator's count goes on past the
// int32 it keeps in place, whichever way events reach it.
func TestAccumCount(t *testing.T) {
	usd := MustParseCurrency("USD")
	t.Run("one at a time", func(t *testing.T) {
		s := newSummer(Filter{})
		a := &accum{n: math.MaxInt32 - 1}
		x := NewAmountMinor(5, usd)
		for range 3 {
			s.addAmount(a, &x)
		}
		if got, want := s.events(a), math.MaxInt32+2; got != want {
			t.Errorf("events = %d, want %d", got, want)
		}
		if a.n <= 0 {
			t.Errorf("n = %d after a carry, want it positive", a.n)
		}
		if r := s.row(1, usd, a); r.n != math.MaxInt32+2 || r.value().String() != "0.15" {
			t.Errorf("row = %d events, %v; want %d events, 0.15", r.n, r.value(), math.MaxInt32+2)
		}
	})
	t.Run("merged", func(t *testing.T) {
		s := newSummer(Filter{})
		a, b := &accum{n: math.MaxInt32, minor: 1}, &accum{n: math.MaxInt32, minor: 2}
		s.merge(a, b)
		s.merge(a, b)
		if got, want := s.events(a), 3*math.MaxInt32; got != want {
			t.Errorf("events = %d, want %d", got, want)
		}
		if a.minor != 5 {
			t.Errorf("minor = %d, want 5", a.minor)
		}
	})
}
