package assetrecovery

import (
	"slices"
	"testing"
	"time"

	"github.com/uncac-go/uncac/convention"
)

const benchAmounts = 1_000_000

// benchCases returns 1,000 cases of 1,000 events each, every event an amount
// in whole minor units, dated over 20 years. With mixed set, the events cycle
// through four currencies (USD, EUR, CHF, JPY) and all four stages.
func benchCases(mixed bool) []Case { return benchCasesN(benchAmounts/1000, 1000, mixed) }

// benchCasesN returns n cases of perCase events each.
func benchCasesN(n, perCase int, mixed bool) []Case {
	curs := []Currency{MustParseCurrency("USD"), MustParseCurrency("EUR"), MustParseCurrency("CHF"), MustParseCurrency("JPY")}
	origin, holder := convention.MustParseState("NGA"), convention.MustParseState("CHE")
	cases := make([]Case, n)
	for i := range cases {
		evs := make([]Event, perCase)
		for j := range evs {
			k := i*perCase + j
			cur, st := curs[0], Frozen
			if mixed {
				cur, st = curs[k%len(curs)], Stage(1+k%int(lastStage))
			}
			evs[j] = Event{
				Stage:  st,
				Date:   exactDay(time.Date(2000+k%20, time.Month(1+k%12), 1+k%28, 0, 0, 0, 0, time.UTC)),
				Amount: NewAmountMinor(int64(k%100_000)*101, cur),
			}
		}
		cases[i] = Case{ID: "c", Origin: origin, Holders: []convention.State{holder}, Avenue: CriminalConfiscation, Events: evs}
	}
	return cases
}

// BenchmarkSum measures SumSlice over a million amounts, and Sum over the
// same cases (MixedSeq). Divide ns/op by 1e6 for the cost per amount.
func BenchmarkSum(b *testing.B) {
	for _, bm := range []struct {
		name       string
		mixed, seq bool
	}{{"OneCurrency", false, false}, {"Mixed", true, false}, {"MixedSeq", true, true}} {
		b.Run(bm.name, func(b *testing.B) {
			cases := benchCases(bm.mixed)
			b.ReportAllocs()
			var t Totals
			for b.Loop() {
				if bm.seq {
					t = Sum(slices.Values(cases), Filter{})
				} else {
					t = SumSlice(cases, Filter{})
				}
			}
			if t.Events() != benchAmounts {
				b.Fatalf("Sum counted %d events, want %d", t.Events(), benchAmounts)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchAmounts, "ns/amount")
		})
	}
}

// BenchmarkSumInt64Reference is the floor Sum is measured against: a plain
// loop adding a million int64 minor units.
func BenchmarkSumInt64Reference(b *testing.B) {
	units := make([]int64, benchAmounts)
	for k := range units {
		units[k] = int64(k%100_000) * 101
	}
	b.ReportAllocs()
	var total int64
	for b.Loop() {
		total = 0
		for _, u := range units {
			total += u
		}
	}
	if total == 0 {
		b.Fatal("zero total")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchAmounts, "ns/amount")
}

// BenchmarkSumEventsReference is the floor for any Sum over []Case: a plain
// loop over the same cases as BenchmarkSum/Mixed that adds the cached minor
// units of each event's amount and does nothing else. The gap between it
// and BenchmarkSumInt64Reference is the cost of reading events (about 100
// bytes each, with their dates and expenses) instead of packed int64s.
func BenchmarkSumEventsReference(b *testing.B) {
	cases := benchCases(true)
	b.ReportAllocs()
	var total int64
	for b.Loop() {
		total = 0
		for ci := range cases {
			for ei := range cases[ci].Events {
				total += cases[ci].Events[ei].Amount.units
			}
		}
	}
	if total == 0 {
		b.Fatal("zero total")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchAmounts, "ns/amount")
}

// BenchmarkSumFieldsReference is the floor for a Sum that must look at
// every field it uses: a loop over the same cases that reads each event's
// stage, dates, amount, part marker and expenses currency and adds the
// amount's minor units. Sum's own work is the gap between it and
// BenchmarkSum/Mixed.
func BenchmarkSumFieldsReference(b *testing.B) {
	cases := benchCases(true)
	b.ReportAllocs()
	var total int64
	for b.Loop() {
		total = 0
		for ci := range cases {
			evs := cases[ci].Events
			for ei := range evs {
				e := &evs[ei]
				if e.Stage != 0 && e.Amount.cur.idx != 0 && e.Within == 0 && e.Expenses.cur.idx == 0 &&
					e.Date.Earliest.Unix() <= e.Date.Latest.Unix() {
					total += e.Amount.units
				}
			}
		}
	}
	if total == 0 {
		b.Fatal("zero total")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchAmounts, "ns/amount")
}
