package assetrecovery

import (
	"fmt"
	"math"
	"testing"
	"time"
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

// TestSumManyCurrencies checks the sums when the currencies met outgrow the
// room each year has at first, in years met before and after.
func TestSumManyCurrencies(t *testing.T) {
	var codes []string
	for c := range Currencies() {
		if _, gone := c.Withdrawn(); !gone && len(codes) < 40 {
			codes = append(codes, c.String())
		}
	}
	var evs []Event
	want := map[string]int64{}
	for i := range 400 {
		code := codes[i*7%len(codes)]
		y := 1995 + i%30
		evs = append(evs, Event{Stage: Stage(1 + i%int(lastStage)), Date: exactDay(time.Date(y, time.March, 1, 0, 0, 0, 0, time.UTC)),
			Amount: NewAmountMinor(int64(i), MustParseCurrency(code))})
		want[fmt.Sprintf("%s %d %d", code, y, 1+i%int(lastStage))] += int64(i)
	}
	tot := SumSlice([]Case{{ID: "X", Events: evs}}, Filter{})
	for y := range tot.Years() {
		for tl := range tot.Year(y).All() {
			k := fmt.Sprintf("%s %d %d", tl.Amount.Currency(), y, int(tl.Stage))
			if got := NewAmountMinor(want[k], tl.Amount.Currency()); !tl.Amount.Equal(got) {
				t.Errorf("%d %v %v = %v, want %v", y, tl.Stage, tl.Amount.Currency(), tl.Amount, got)
			}
			delete(want, k)
		}
	}
	if len(want) != 0 {
		t.Errorf("%d sums missing, e.g. %v", len(want), want)
	}
}
