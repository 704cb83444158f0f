package assetrecovery

import (
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/convention"
)

// naiveTotals is what Sum must compute, found the slow way: every amount
// added as a big.Rat under a key, every date placed by comparing calendar
// dates. It knows nothing of minor units, overflow or fast paths.
type naiveTotals struct {
	sums             map[naiveKey]*big.Rat
	counts           map[naiveKey]int
	events, skipped  int
	yearEvents       map[int]int
	unplacedEvents   int
	casesWithSummand int
}

// naiveKey is a sum's place: year (0 overall, -1 unplaced), slot (a stage,
// or expensesSlot) and currency.
type naiveKey struct {
	year int
	slot uint8
	cur  Currency
}

func naiveSum(cases []Case, f Filter) naiveTotals {
	n := naiveTotals{sums: map[naiveKey]*big.Rat{}, counts: map[naiveKey]int{}, yearEvents: map[int]int{}}
	civil := func(t time.Time) time.Time {
		y, m, d := t.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	add := func(k naiveKey, a Amount, count bool) {
		for _, y := range []int{0, k.year} {
			kk := naiveKey{y, k.slot, k.cur}
			if n.sums[kk] == nil {
				n.sums[kk] = new(big.Rat)
			}
			n.sums[kk].Add(n.sums[kk], a.Decimal().Rat())
			if count {
				n.counts[kk]++
			}
		}
	}
	for _, c := range cases {
		counted := false
		for _, e := range c.Events {
			if !e.Stage.IsValid() || !e.Amount.Currency().IsValid() || e.Date.Earliest.IsZero() || e.Date.Latest.IsZero() {
				n.skipped++
				continue
			}
			first, last := civil(e.Date.Earliest), civil(e.Date.Latest)
			if !f.From.IsZero() && first.Before(civil(f.From)) || !f.To.IsZero() && last.After(civil(f.To)) {
				if (f.From.IsZero() || !last.Before(civil(f.From))) && (f.To.IsZero() || !first.After(civil(f.To))) {
					n.skipped++
				}
				continue
			}
			year := first.Year()
			if last.Year() != year {
				year = -1
				n.unplacedEvents++
			} else {
				n.yearEvents[year]++
			}
			n.events++
			counted = true
			add(naiveKey{year, uint8(e.Stage), e.Amount.Currency()}, e.Amount, true)
			if e.Stage == Returned && e.Expenses.Currency().IsValid() {
				add(naiveKey{year, expensesSlot, e.Expenses.Currency()}, e.Expenses, true)
			}
		}
		if counted {
			n.casesWithSummand++
		}
	}
	return n
}

// randomCases returns cases of random events: amounts from zero to the
// int64 limits in minor units, beyond them, finer than minor units and
// of thirty digits, of either sign, in currencies of 0, 2 and 3 decimals
// and none; dates in and outside 1901–2099, in UTC and elsewhere, exact
// and spanning years, and missing; invalid stages; expenses in the
// return's currency and in another.
func randomCases(r *rand.Rand) []Case {
	// More currencies than a year has room for at first, so that the
	// room grows while years hold sums.
	curs := []Currency{usd, jpy, MustParseCurrency("BHD"), eur, gbp, chf, {}}
	zones := []*time.Location{time.UTC, time.FixedZone("east", 14*3600), time.FixedZone("west", -12*3600)}
	minors := []int64{0, 1, -1, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, math.MaxInt64 / 2, math.MinInt64 / 2}
	amount := func() Amount {
		c := curs[r.IntN(len(curs))]
		switch r.IntN(6) {
		case 0:
			return NewAmountMinor(minors[r.IntN(len(minors))], c)
		case 1: // finer than the minor unit
			return mkAmount(decimal.New(r.Int64N(2e9)-1e9, -int32(r.IntN(8))), c)
		case 2: // thirty digits
			v := decimal.RequireFromString("123456789012345678901234567890").Mul(decimal.New(int64(1-2*r.IntN(2)), -int32(r.IntN(31))))
			return mkAmount(v, c)
		default:
			return NewAmountMinor(r.Int64N(2e12)-1e12, c)
		}
	}
	date := func() convention.DateRange {
		if r.IntN(30) == 0 {
			return convention.DateRange{}
		}
		y := 1990 + r.IntN(30)
		switch r.IntN(10) {
		case 0:
			y = 1850 + r.IntN(400) // outside 1901–2099 too
		case 1:
			y = 2099 + r.IntN(2) // the end of the fast path, in February 2100
		}
		loc := zones[0]
		if r.IntN(5) == 0 {
			loc = zones[r.IntN(len(zones))]
		}
		t := time.Date(y, time.Month(1+r.IntN(12)), 1+r.IntN(31), r.IntN(3)*11, 0, 0, 0, loc)
		switch r.IntN(8) {
		case 0: // a span of years
			return convention.DateRange{Earliest: t, Latest: t.AddDate(r.IntN(3), 0, r.IntN(40))}
		case 1: // a month
			return convention.DateRange{Earliest: t, Latest: t.AddDate(0, 1, -1)}
		case 2: // ends reversed
			return convention.DateRange{Earliest: t, Latest: t.AddDate(0, 0, -r.IntN(400))}
		}
		return convention.DateRange{Earliest: t, Latest: t}
	}
	cases := make([]Case, 1+r.IntN(12))
	for i := range cases {
		evs := make([]Event, r.IntN(25))
		for j := range evs {
			e := Event{Stage: Stage(r.IntN(int(lastStage) + 2)), Date: date(), Amount: amount()}
			if e.Stage == Returned && r.IntN(2) == 0 {
				e.Expenses = amount()
				if r.IntN(2) == 0 {
					e.Expenses = mkAmount(e.Expenses.Decimal(), e.Amount.Currency())
				}
			}
			evs[j] = e
		}
		cases[i] = Case{ID: "c", Events: evs}
	}
	return cases
}

// TestSumAgainstNaive checks Sum against naiveSum on random cases, under
// random filters: every sum and count, overall, by year and unplaced, and
// that Sum over a sequence and Merge of two halves give the same Totals.
func TestSumAgainstNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 57))
	for i := range 400 {
		cases := randomCases(r)
		var f Filter
		if r.IntN(3) == 0 {
			f.From = time.Date(1995+r.IntN(20), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		}
		if r.IntN(3) == 0 {
			f.To = time.Date(2000+r.IntN(20), time.Month(1+r.IntN(12)), 1+r.IntN(28), 23, 0, 0, 0, time.FixedZone("east", 5*3600))
		}
		got := SumSlice(cases, f)
		want := naiveSum(cases, f)
		if got.Events() != want.events || got.Skipped() != want.skipped || got.Cases() != want.casesWithSummand {
			t.Fatalf("run %d: Events, Skipped, Cases = %d, %d, %d, want %d, %d, %d", i,
				got.Events(), got.Skipped(), got.Cases(), want.events, want.skipped, want.casesWithSummand)
		}
		if u := got.Unplaced(); u.Events() != want.unplacedEvents {
			t.Errorf("run %d: Unplaced().Events() = %d, want %d", i, u.Events(), want.unplacedEvents)
		}
		var years []int
		for y := range want.yearEvents {
			years = append(years, y)
		}
		slices.Sort(years)
		if gy := slices.Collect(got.Years()); !slices.Equal(gy, years) {
			t.Errorf("run %d: Years() = %v, want %v", i, gy, years)
		}
		for y, n := range want.yearEvents {
			if g := got.Year(y).Events(); g != n {
				t.Errorf("run %d: Year(%d).Events() = %d, want %d", i, y, g, n)
			}
		}
		// Every sum the naive way has, Sum has, and no other.
		nsums := 0
		check := func(k naiveKey, tt Totals, gotRows []row) {
			for _, rw := range gotRows {
				kk := naiveKey{k.year, rw.slot, rw.cur}
				w, ok := want.sums[kk]
				if !ok {
					t.Errorf("run %d: sum %+v = %v, not in the naive sums", i, kk, rw.value())
					continue
				}
				nsums++
				if g := rw.value().Rat(); g.Cmp(w) != 0 || rw.n != want.counts[kk] {
					t.Errorf("run %d: sum %+v = %v (%d events), want %v (%d)", i, kk, g.FloatString(40), rw.n, w.FloatString(40), want.counts[kk])
				}
				var a Amount
				if rw.slot == expensesSlot {
					a = tt.Expenses(rw.cur)
				} else {
					a = tt.Amount(Stage(rw.slot), rw.cur)
				}
				if a.Decimal().Rat().Cmp(w) != 0 || a.Currency() != rw.cur {
					t.Errorf("run %d: Amount or Expenses of %+v = %v, want %v %s", i, kk, a, rw.cur, w.FloatString(40))
				}
			}
		}
		check(naiveKey{}, got, got.rows)
		check(naiveKey{year: -1}, got.Unplaced(), got.Unplaced().rows)
		for y := range got.Years() {
			check(naiveKey{year: y}, got.Year(y), got.Year(y).rows)
		}
		if nsums != len(want.sums) {
			t.Errorf("run %d: Sum has %d sums, the naive way %d", i, nsums, len(want.sums))
		}
		if seq := Sum(slices.Values(cases), f); !seq.Equal(got) {
			t.Errorf("run %d: Sum over a sequence differs from SumSlice", i)
		}
		h := len(cases) / 2
		if m := SumSlice(cases[:h], f).Merge(SumSlice(cases[h:], f)); !m.Equal(got) {
			t.Errorf("run %d: Merge of two halves differs from SumSlice of all", i)
		}
		if d := Diff(got, got); d.Events() != 0 || len(d.rows) != 0 {
			t.Errorf("run %d: Diff(t, t) has %d events and %d sums, want none", i, d.Events(), len(d.rows))
		}
	}
}
