package assetrecovery

import (
	"slices"
	"testing"
	"time"

	"github.com/uncac-go/uncac/convention"
)

const benchAmounts = 1_000_000

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

// benchSizes are the numbers of events the Sum benchmarks add, in cases of
// ten events each: a researcher's table, a large collection, and a million
// amounts.
var benchSizes = []struct {
	name   string
	events int
}{{"1e3", 1_000}, {"1e5", 100_000}, {"1e6", benchAmounts}}

// benchEachSize runs bench for each of benchSizes on the mixed cases it
// builds, and reports the cost per amount.
func benchEachSize(b *testing.B, mixed bool, bench func(b *testing.B, cases []Case)) {
	for _, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			cases := benchCasesN(sz.events/10, 10, mixed)
			b.ReportAllocs()
			bench(b, cases)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(sz.events), "ns/amount")
		})
	}
}

// BenchmarkSum measures SumSlice, and Sum over the same cases (MixedSeq),
// at each of benchSizes. Compare ns/amount with BenchmarkSumFieldsReference
// of the same size, in the same run.
func BenchmarkSum(b *testing.B) {
	for _, bm := range []struct {
		name       string
		mixed, seq bool
	}{{"OneCurrency", false, false}, {"Mixed", true, false}, {"MixedSeq", true, true}} {
		b.Run(bm.name, func(b *testing.B) {
			benchEachSize(b, bm.mixed, func(b *testing.B, cases []Case) {
				var t Totals
				for b.Loop() {
					if bm.seq {
						t = Sum(slices.Values(cases), Filter{})
					} else {
						t = SumSlice(cases, Filter{})
					}
				}
				if t.Events() != 10*len(cases) {
					b.Fatalf("Sum counted %d events, want %d", t.Events(), 10*len(cases))
				}
			})
		})
	}
}

// BenchmarkSumInt64Reference is a floor below any Sum: a plain loop adding
// as many int64 minor units as there are events.
func BenchmarkSumInt64Reference(b *testing.B) {
	benchEachSize(b, true, func(b *testing.B, cases []Case) {
		units := make([]int64, 10*len(cases))
		for k := range units {
			units[k] = int64(k%100_000) * 101
		}
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
	})
}

// BenchmarkSumEventsReference is a loop over the same cases as
// BenchmarkSum/Mixed that adds the cached minor units of each event's
// amount and does nothing else. The gap between it and
// BenchmarkSumInt64Reference is the cost of reading events (144 bytes
// each, with their dates and expenses) instead of packed int64s.
func BenchmarkSumEventsReference(b *testing.B) {
	benchEachSize(b, true, func(b *testing.B, cases []Case) {
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
	})
}

// BenchmarkSumFieldsReference is the cost of reading Sum's input, which Sum
// is measured against: a loop over the same cases as BenchmarkSum/Mixed
// that reads every field of each event that Sum reads (stage, part marker,
// both dates with their locations, the amount's currency, units and
// wholeness, the expenses' currency) and adds the amount's minor units.
// Slice reads the cases in place, as SumSlice does; Seq ranges over them
// with slices.Values, as Sum over a sequence must. Sum's own work is the
// gap between it and BenchmarkSum/Mixed (or MixedSeq).
func BenchmarkSumFieldsReference(b *testing.B) {
	read := func(evs []Event) (total int64) {
		for ei := range evs {
			e := &evs[ei]
			if e.Stage != 0 && e.Amount.cur.idx != 0 && e.Amount.whole && e.Within == 0 && e.Expenses.cur.idx == 0 &&
				e.Date.Earliest.Location() == e.Date.Latest.Location() && e.Date.Earliest.Unix() <= e.Date.Latest.Unix() {
				total += e.Amount.units
			}
		}
		return total
	}
	b.Run("Slice", func(b *testing.B) {
		benchEachSize(b, true, func(b *testing.B, cases []Case) {
			var total int64
			for b.Loop() {
				total = 0
				for ci := range cases {
					total += read(cases[ci].Events)
				}
			}
			if total == 0 {
				b.Fatal("zero total")
			}
		})
	})
	b.Run("Seq", func(b *testing.B) {
		benchEachSize(b, true, func(b *testing.B, cases []Case) {
			var total int64
			for b.Loop() {
				total = 0
				for c := range slices.Values(cases) {
					total += read(c.Events)
				}
			}
			if total == 0 {
				b.Fatal("zero total")
			}
		})
	})
}

// BenchmarkSumSmall measures the cost of a call that does not depend on
// the number of events: Sum over one case of ten events, each in its own
// year, in four currencies and all the stages. Most of it is making the
// accumulators of each year and the rows of the Totals.
func BenchmarkSumSmall(b *testing.B) {
	cases := benchCasesN(1, 10, true)
	b.ReportAllocs()
	for b.Loop() {
		SumSlice(cases, Filter{})
	}
}
