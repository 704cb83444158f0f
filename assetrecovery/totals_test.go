package assetrecovery

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/convention"
)

func state(s string) convention.State { return convention.MustParseState(s) }

// fixture returns four cases in four currencies, with two events that Sum
// must skip.
func fixture() []Case {
	return []Case{
		{
			ID: "A", Origin: state("NGA"), Holders: []convention.State{state("CHE")}, Avenue: CriminalConfiscation,
			Events: []Event{
				{Stage: Identified, Date: on("2014-03-01"), Amount: MustParseAmount("USD 300000000")},
				{Stage: Frozen, Date: on("2014-06-15"), Amount: MustParseAmount("USD 300000000")},
				{Stage: Confiscated, Date: on("2017-01-10"), Amount: MustParseAmount("USD 267000000")},
				{Stage: Returned, Date: on("2017-12-04"), Amount: MustParseAmount("USD 267000000"), Expenses: MustParseAmount("USD 1000000")},
			},
		},
		{
			ID: "B", Origin: state("NGA"), Holders: []convention.State{state("GBR"), state("JEY")}, Avenue: NonConvictionBased,
			Events: []Event{
				{Stage: Frozen, Date: on("2015-02-01"), Amount: MustParseAmount("GBP 100"), Jurisdiction: state("JEY")},
				{Stage: Frozen, Date: on("2016-02-01"), Amount: MustParseAmount("USD 50.25"), Jurisdiction: state("JEY")},
				{Stage: Confiscated, Date: on("2016-09-30"), Amount: MustParseAmount("GBP 80"), Jurisdiction: state("JEY")},
			},
		},
		{
			ID: "C", Origin: state("UZB"), Holders: []convention.State{state("CHE")}, Avenue: Settlement,
			Events: []Event{
				{Stage: Returned, Date: on("2018-03-01"), Amount: MustParseAmount("USD 131000000")},
				{Stage: Returned, Date: on("2018-04-01"), Amount: MustParseAmount("CHF 0.005")},
			},
		},
		{
			ID: "D", Origin: state("KEN"), Holders: []convention.State{state("HKG")}, Avenue: Administrative,
			Events: []Event{
				{Stage: 9, Date: on("2019-01-01"), Amount: MustParseAmount("EUR 1")},
				{Stage: Frozen, Amount: MustParseAmount("EUR 1")},
				{Stage: Frozen, Date: on("2019-05-05"), Amount: MustParseAmount("EUR 10")},
			},
		},
	}
}

// flat lists what a Totals holds, for comparison.
type flat struct {
	Sums     []string
	Expenses []string
	Cases    int
	Events   int
	Skipped  int
	Years    []int
}

func flatten(t Totals) flat {
	f := flat{Cases: t.Cases(), Events: t.Events(), Skipped: t.Skipped(), Years: slices.Collect(t.Years())}
	for tot := range t.All() {
		f.Sums = append(f.Sums, tot.Stage.String()+" "+tot.Amount.String()+" ×"+itoa(tot.Count))
	}
	for c := range t.Currencies() {
		if e := t.Expenses(c); e.Sign() != 0 {
			f.Expenses = append(f.Expenses, e.String())
		}
	}
	return f
}

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }

func TestSum(t *testing.T) {
	tests := []struct {
		name   string
		filter Filter
		want   flat
	}{
		{"everything", Filter{}, flat{
			Sums: []string{
				"identified USD 300,000,000.00 ×1",
				"frozen or seized EUR 10.00 ×1",
				"frozen or seized GBP 100.00 ×1",
				"frozen or seized USD 300,000,050.25 ×2",
				"confiscated or forfeited GBP 80.00 ×1",
				"confiscated or forfeited USD 267,000,000.00 ×1",
				"returned CHF 0.005 ×1",
				"returned USD 398,000,000.00 ×2",
			},
			Expenses: []string{"USD 1,000,000.00"},
			Cases:    4, Events: 10, Skipped: 2,
			Years: []int{2014, 2015, 2016, 2017, 2018, 2019},
		}},
		{"origin", Filter{Origin: state("NGA")}, flat{
			Sums: []string{
				"identified USD 300,000,000.00 ×1",
				"frozen or seized GBP 100.00 ×1",
				"frozen or seized USD 300,000,050.25 ×2",
				"confiscated or forfeited GBP 80.00 ×1",
				"confiscated or forfeited USD 267,000,000.00 ×1",
				"returned USD 267,000,000.00 ×1",
			},
			Expenses: []string{"USD 1,000,000.00"},
			Cases:    2, Events: 7, Years: []int{2014, 2015, 2016, 2017},
		}},
		{"holder territory", Filter{Holder: state("JEY")}, flat{
			Sums: []string{
				"frozen or seized GBP 100.00 ×1",
				"frozen or seized USD 50.25 ×1",
				"confiscated or forfeited GBP 80.00 ×1",
			},
			Cases: 1, Events: 3, Years: []int{2015, 2016},
		}},
		{"holder and avenue", Filter{Holder: state("CHE"), Avenue: Settlement}, flat{
			Sums:  []string{"returned CHF 0.005 ×1", "returned USD 131,000,000.00 ×1"},
			Cases: 1, Events: 2, Years: []int{2018},
		}},
		{"period", Filter{From: day("2016-01-01"), To: time.Date(2017, 1, 10, 23, 59, 0, 0, time.UTC)}, flat{
			Sums: []string{
				"frozen or seized USD 50.25 ×1",
				"confiscated or forfeited GBP 80.00 ×1",
				"confiscated or forfeited USD 267,000,000.00 ×1",
			},
			// Skipped events have no usable date, so they count whatever
			// the period.
			Cases: 2, Events: 3, Skipped: 2, Years: []int{2016, 2017},
		}},
		{"open-ended period", Filter{From: day("2019-01-01")}, flat{
			Sums:  []string{"frozen or seized EUR 10.00 ×1"},
			Cases: 1, Events: 1, Skipped: 2, Years: []int{2019},
		}},
		{"nothing", Filter{Origin: state("FRA")}, flat{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := flatten(SumSlice(fixture(), tt.filter))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sum (-want +got):\n%s", diff)
			}
			got = flatten(Sum(slices.Values(fixture()), tt.filter))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sum (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTotalsAccessors(t *testing.T) {
	tot := SumSlice(fixture(), Filter{})
	if got := tot.Amount(Returned, usd); !got.Equal(MustParseAmount("USD 398000000")) {
		t.Errorf("Amount(returned, USD) = %v", got)
	}
	if got := tot.Amount(Returned, jpy); !got.Equal(mkAmount(decimal.Zero, jpy)) {
		t.Errorf("Amount(returned, JPY) = %v, want JPY 0", got)
	}
	if got := tot.Amount(0, usd); !got.IsZero() {
		t.Errorf("Amount(0, USD) = %v, want the zero Amount", got)
	}
	if got := tot.Amount(Returned, Currency{}); !got.IsZero() {
		t.Errorf("Amount(returned, zero) = %v, want the zero Amount", got)
	}
	if got := count(tot, Frozen, usd); got != 2 {
		t.Errorf("Count(frozen, USD) = %d, want 2", got)
	}
	if got := tot.NetReturned(usd); !got.Equal(MustParseAmount("USD 397000000")) {
		t.Errorf("NetReturned(USD) = %v", got)
	}
	var frozen []string
	for a := range stageSeq(tot, Frozen) {
		frozen = append(frozen, a.String())
	}
	if want := []string{"EUR 10.00", "GBP 100.00", "USD 300,000,050.25"}; !slices.Equal(frozen, want) {
		t.Errorf("Stage(frozen) = %q, want %q", frozen, want)
	}
	if got, want := slices.Collect(tot.Currencies()), []Currency{chf, eur, gbp, usd}; !slices.Equal(got, want) {
		t.Errorf("Currencies() = %v, want %v", got, want)
	}

	y := tot.Year(2014)
	want := flat{
		Sums:  []string{"identified USD 300,000,000.00 ×1", "frozen or seized USD 300,000,000.00 ×1"},
		Cases: 1, Events: 2, Years: []int{2014},
	}
	if diff := cmp.Diff(want, flatten(y)); diff != "" {
		t.Errorf("Year(2014) (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(flat{}, flatten(tot.Year(1999))); diff != "" {
		t.Errorf("Year(1999) (-want +got):\n%s", diff)
	}
	// The years add up to the whole, apart from the skipped events.
	var sum Totals
	for yr := range tot.Years() {
		sum = sum.Merge(tot.Year(yr))
	}
	if got, want := flatten(sum), flatten(tot); got.Skipped != 0 || !cmp.Equal(got.Sums, want.Sums) || got.Events != want.Events {
		t.Errorf("merged years %+v, want %+v", got, want)
	}

	var zero Totals
	if zero.Cases() != 0 || zero.Amount(Frozen, usd).Sign() != 0 || len(slices.Collect(zero.All())) != 0 {
		t.Error("zero Totals is not empty")
	}
}

func TestMerge(t *testing.T) {
	cases := fixture()
	whole := SumSlice(cases, Filter{})
	for split := range len(cases) + 1 {
		parts := SumSlice(cases[:split], Filter{}).Merge(SumSlice(cases[split:], Filter{}))
		if !parts.Equal(whole) {
			t.Errorf("split at %d: Merge = %+v, want %+v", split, flatten(parts), flatten(whole))
		}
	}
	if whole.Equal(SumSlice(cases[1:], Filter{})) {
		t.Error("Equal does not tell different totals apart")
	}
}

// TestSumExact checks Sum against a plain decimal sum on amounts that take
// every path: whole cents, finer fractions, int64 overflow, and negatives.
func TestSumNil(t *testing.T) {
	if got := Sum(nil, Filter{}); !got.Equal(Totals{}) {
		t.Errorf("Sum(nil) = %+v, want the zero Totals", flatten(got))
	}
}

func TestDiff(t *testing.T) {
	before := fixture()
	after := fixture()
	// Since the last report: case A returned a further USD 5,000,000.50,
	// case B's freeze in GBP was corrected from 100 to 90, case C was
	// withdrawn, and a new case E froze CHF 7 in a new year.
	after[0].Events = append(after[0].Events, Event{Stage: Returned, Date: on("2020-06-30"), Amount: MustParseAmount("USD 5000000.50")})
	after[1].Events[0].Amount = MustParseAmount("GBP 90")
	after = slices.Delete(after, 2, 3)
	after = append(after, Case{ID: "E", Origin: state("PER"), Holders: []convention.State{state("CHE")}, Avenue: CivilAction,
		Events: []Event{{Stage: Frozen, Date: on("2021-01-15"), Amount: MustParseAmount("CHF 7")}}})

	b, a := SumSlice(before, Filter{}), SumSlice(after, Filter{})
	d := Diff(b, a)
	want := flat{
		Sums: []string{
			"frozen or seized CHF 7.00 ×1",
			"frozen or seized GBP -10.00 ×0",
			"returned CHF -0.005 ×-1",
			"returned USD -125,999,999.50 ×0", // one return more, one fewer
		},
		Cases: 0, Events: 0, Skipped: 0,
		Years: []int{2015, 2018, 2020, 2021},
	}
	if diff := cmp.Diff(want, flatten(d)); diff != "" {
		t.Errorf("Diff (-want +got):\n%s", diff)
	}
	if got, w := d.Year(2020).Amount(Returned, usd), MustParseAmount("USD 5000000.50"); !got.Equal(w) {
		t.Errorf("Diff(...).Year(2020).Amount(Returned, USD) = %v, want %v", got, w)
	}
	if got, w := d.Year(2018).Events(), -2; got != w {
		t.Errorf("Diff(...).Year(2018).Events() = %d, want %d", got, w)
	}
	if !b.Merge(d).Equal(a) {
		t.Errorf("before.Merge(Diff(before, after)) = %+v, want %+v", flatten(b.Merge(d)), flatten(a))
	}
	if z := Diff(a, a); !z.Equal(Totals{}) {
		t.Errorf("Diff(t, t) = %+v, want the zero Totals", flatten(z))
	}
	if !Diff(Totals{}, a).Equal(a) {
		t.Errorf("Diff(zero, t) = %+v, want t", flatten(Diff(Totals{}, a)))
	}
	// Expenses are diffed too: removing case A's return removes its
	// deduction.
	noReturn := fixture()
	noReturn[0].Events = noReturn[0].Events[:3]
	if got, w := Diff(SumSlice(fixture(), Filter{}), SumSlice(noReturn, Filter{})).Expenses(usd), MustParseAmount("USD -1000000"); !got.Equal(w) {
		t.Errorf("Diff of expenses = %v, want %v", got, w)
	}
}

func TestSumExact(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var evs []Event
	want := map[Currency]decimal.Decimal{}
	add := func(a Amount) {
		evs = append(evs, Event{Stage: Frozen, Date: on("2020-01-01"), Amount: a})
		want[a.Currency()] = want[a.Currency()].Add(a.Decimal())
	}
	for range 2000 {
		switch r.IntN(5) {
		case 0:
			add(NewAmountMinor(r.Int64N(1e12), usd))
		case 1:
			add(mkAmount(decimal.New(r.Int64N(1e9), -int32(r.IntN(6))), usd))
		case 2:
			add(mkAmount(decimal.New(9e16+r.Int64N(1e6), 0), jpy)) // near the int64 limit in yen
		case 3:
			add(mkAmount(decimal.New(-r.Int64N(1e15), -2), eur))
		case 4:
			add(mkAmount(decimal.RequireFromString("123456789012345678901234567890.5"), xau))
		}
	}
	tot := SumSlice([]Case{{ID: "x", Events: evs}}, Filter{})
	for c, w := range want {
		if got := tot.Amount(Frozen, c); !got.Decimal().Equal(w) {
			t.Errorf("Sum in %v = %v, want %v", c, got.Decimal(), w)
		}
	}
	// The same amounts split in two and merged give the same sums.
	half := SumSlice([]Case{{ID: "x", Events: evs[:1000]}}, Filter{}).Merge(SumSlice([]Case{{ID: "y", Events: evs[1000:]}}, Filter{}))
	for c, w := range want {
		if got := half.Amount(Frozen, c); !got.Decimal().Equal(w) {
			t.Errorf("merged sum in %v = %v, want %v", c, got.Decimal(), w)
		}
	}
}

func TestSumAllocations(t *testing.T) {
	cases := benchCasesN(100, 1000, true)
	allocs := testing.AllocsPerRun(3, func() { SumSlice(cases, Filter{}) })
	// 100,000 amounts in 20 years and 12 pairs of stage and currency: a
	// few allocations for the years and their accumulators and three for
	// the result, never one per amount or per row (8 today).
	if allocs > 16 {
		t.Errorf("Sum of 100,000 amounts made %v allocations, want at most 16", allocs)
	}
}

func testRates(t *testing.T) Rates {
	t.Helper()
	r, err := NewRates(day("2024-12-31"),
		Quote{From: eur, To: usd, Rate: dec("1.1")},
		Quote{From: usd, To: chf, Rate: dec("0.9")},
		Quote{From: gbp, To: usd, Rate: dec("1.25")},
	)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestTotalsIn(t *testing.T) {
	tot, r := SumSlice(fixture(), Filter{}), testRates(t)
	tests := []struct {
		stage  Stage
		to     Currency
		places int32
		want   string
	}{
		{Frozen, usd, 2, "USD 300000186.25"},
		{Returned, usd, 2, "USD 398000000.01"}, // CHF 0.005 is USD 0.00555…
		{Returned, usd, 5, "USD 398000000.00556"},
		{Identified, usd, 0, "USD 300000000"},
		{Identified, chf, 2, "CHF 270000000"},
	}
	for _, tt := range tests {
		got, err := tot.In(tt.stage, tt.to, r, tt.places)
		if err != nil || !got.Equal(MustParseAmount(tt.want)) {
			t.Errorf("In(%v, %v, %d) = %v, %v, want %s", tt.stage, tt.to, tt.places, got, err, tt.want)
		}
	}
	ratio, err := tot.Ratio(Returned, Frozen, usd, r, 6)
	if err != nil || !ratio.Equal(dec("1.326666")) {
		t.Errorf("Ratio(returned, frozen) = %v, %v, want 1.326666", ratio, err)
	}

	_, err = tot.In(Frozen, jpy, r, 0)
	if !errors.Is(err, ErrMissingRate) {
		t.Fatalf("In(frozen, JPY) error = %v, want ErrMissingRate", err)
	}
	var missing []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		if me, ok := errors.AsType[*MissingRateError](e); ok {
			missing = append(missing, me.From.String()+"→"+me.To.String()+" "+me.AsOf)
		}
	}
	if want := []string{"EUR→JPY 2024-12-31", "GBP→JPY 2024-12-31", "USD→JPY 2024-12-31"}; !slices.Equal(missing, want) {
		t.Errorf("missing rates = %q, want %q", missing, want)
	}
	if _, err := tot.Ratio(Returned, Frozen, jpy, r, 2); !errors.Is(err, ErrMissingRate) {
		t.Errorf("Ratio in JPY: %v, want ErrMissingRate", err)
	}
	if _, err := SumSlice(fixture()[2:3], Filter{}).Ratio(Returned, Frozen, usd, r, 2); !errors.Is(err, ErrDivisionByZero) {
		t.Errorf("Ratio over nothing frozen: %v, want ErrDivisionByZero", err)
	}
	if got, err := (Totals{}).In(Frozen, usd, Rates{}, 2); err != nil || !got.Equal(mkAmount(decimal.Zero, usd)) {
		t.Errorf("zero Totals In = %v, %v, want USD 0", got, err)
	}
}

func TestTotalsInvalidStage(t *testing.T) {
	tot, r := SumSlice(fixture(), Filter{}), testRates(t)
	// Stage(7) is where Totals keeps expenses internally; it must not leak.
	for _, s := range []Stage{0, expensesSlotStage, 200} {
		if n := len(slices.Collect(stageSeq(tot, s))); n != 0 {
			t.Errorf("Stage(%d) yields %d sums, want none", s, n)
		}
		if _, err := tot.In(s, usd, r, 2); !errors.Is(err, convention.ErrInvalid) {
			t.Errorf("In(%d) error = %v, want convention.ErrInvalid", s, err)
		}
		if _, err := tot.Ratio(Returned, s, usd, r, 2); !errors.Is(err, convention.ErrInvalid) {
			t.Errorf("Ratio(returned, %d) error = %v, want convention.ErrInvalid", s, err)
		}
		if a := tot.Amount(s, usd); !a.IsZero() {
			t.Errorf("Amount(%d, USD) = %v, want the zero Amount", s, a)
		}
	}
	if _, err := tot.In(Frozen, Currency{}, r, 2); !errors.Is(err, ErrNoCurrency) {
		t.Errorf("In(frozen, zero Currency) error = %v, want ErrNoCurrency", err)
	}
}

// TestConcurrentUse runs Sum, Validate and conversions on shared cases and
// rates from several goroutines; run it with -race.
func TestConcurrentUse(t *testing.T) {
	cases, r := fixture(), testRates(t)
	want := SumSlice(cases, Filter{})
	done := make(chan Totals)
	for range 4 {
		go func() {
			_ = Validate(cases)
			tot := SumSlice(cases, Filter{})
			_, _ = tot.In(Frozen, usd, r, 2)
			_, _ = r.Convert(MustParseAmount("EUR 1"), usd, 2)
			done <- tot
		}()
	}
	for range 4 {
		if got := <-done; !got.Equal(want) {
			t.Error("concurrent Sum differs")
		}
	}
}

// TestSumEdges covers edges that hand mutation testing found untested: the
// From end of the period, expenses outside returns, sums that overflow
// int64 minor units downwards, years beyond the dense year table, merged
// rows that cancel to zero, Equal on event counts, and conversion of
// several rows that each need division.
func TestSumEdges(t *testing.T) {
	ev := func(s Stage, date, amount string) Event {
		return Event{Stage: s, Date: on(date), Amount: MustParseAmount(amount)}
	}
	one := func(events ...Event) []Case {
		return []Case{{ID: "X", Origin: state("NGA"), Holders: []convention.State{state("CHE")}, Avenue: Settlement, Events: events}}
	}

	t.Run("From is included", func(t *testing.T) {
		cases := one(ev(Frozen, "2020-03-01", "USD 5"), ev(Frozen, "2020-02-29", "USD 7"))
		got := SumSlice(cases, Filter{From: day("2020-03-01")}).Amount(Frozen, usd)
		if want := MustParseAmount("USD 5"); !got.Equal(want) {
			t.Errorf("Sum from 2020-03-01: Amount(Frozen, USD) = %v, want %v", got, want)
		}
	})

	t.Run("expenses only of returns", func(t *testing.T) {
		e := ev(Confiscated, "2020-01-01", "USD 100")
		e.Expenses = MustParseAmount("USD 3")
		got := SumSlice(one(e), Filter{}).Expenses(usd)
		if !got.Equal(mkAmount(decimal.Zero, usd)) {
			t.Errorf("Expenses(USD) of a confiscation with expenses = %v, want USD 0", got)
		}
	})

	t.Run("overflow downwards", func(t *testing.T) {
		// Each is ±5e18 US cents; the sum passes math.MinInt64 or
		// math.MaxInt64.
		huge := "USD -50000000000000000"
		for _, cases := range [][]Case{
			one(ev(Frozen, "2020-01-01", huge), ev(Frozen, "2020-01-02", huge)),
			one(ev(Frozen, "2020-01-01", huge), ev(Frozen, "2020-01-02", huge), ev(Frozen, "2020-01-03", "USD 0.01")),
			// In two years, so that the yearly sums overflow when merged.
			one(ev(Frozen, "2020-01-01", huge), ev(Frozen, "2021-01-01", huge)),
			one(ev(Frozen, "2020-01-01", "USD 50000000000000000"), ev(Frozen, "2021-01-01", "USD 50000000000000000")),
		} {
			want := decimal.Zero
			for _, e := range cases[0].Events {
				want = want.Add(e.Amount.Decimal())
			}
			if got := SumSlice(cases, Filter{}).Amount(Frozen, usd); !got.Decimal().Equal(want) {
				t.Errorf("Sum of %d events = %v, want USD %v", len(cases[0].Events), got, want)
			}
			// The same through Merge of yearly parts.
			var m Totals
			for _, e := range cases[0].Events {
				m = m.Merge(SumSlice(one(e), Filter{}))
			}
			if got := m.Amount(Frozen, usd); !got.Decimal().Equal(want) {
				t.Errorf("Merge of %d events = %v, want USD %v", len(cases[0].Events), got, want)
			}
		}
	})

	t.Run("the last second of a year", func(t *testing.T) {
		// Sum finds a year in one division of seconds, exact at midnight
		// and a year late for some times late on 31 December; each such
		// time must still count in its own year.
		var evs []Event
		want := map[int]int{}
		for y := 1901; y <= 2099; y++ {
			for _, t := range []time.Time{
				time.Date(y, time.December, 31, 23, 59, 59, 0, time.UTC),
				time.Date(y, time.December, 31, 18, 0, 0, 0, time.UTC),
				time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC),
			} {
				evs = append(evs, Event{Stage: Frozen, Date: convention.DateRange{Earliest: t, Latest: t}, Amount: NewAmountMinor(int64(y), usd)})
				want[y]++
			}
		}
		tot := SumSlice(one(evs...), Filter{})
		for y, n := range want {
			yt := tot.Year(y)
			if got := count(yt, Frozen, usd); got != n {
				t.Errorf("Year(%d).Count(Frozen, USD) = %d, want %d", y, got, n)
			}
			if got, want := yt.Amount(Frozen, usd), NewAmountMinor(int64(n*y), usd); !got.Equal(want) {
				t.Errorf("Year(%d).Amount(Frozen, USD) = %v, want %v", y, got, want)
			}
		}
	})

	t.Run("years outside the dense table", func(t *testing.T) {
		cases := one(ev(Frozen, "2200-01-01", "USD 1"), ev(Frozen, "2156-01-01", "USD 2"),
			ev(Frozen, "2155-01-01", "USD 3"), ev(Frozen, "1850-01-01", "USD 4"), ev(Frozen, "1900-01-01", "USD 5"))
		tot := SumSlice(cases, Filter{})
		if got, want := slices.Collect(tot.Years()), []int{1850, 1900, 2155, 2156, 2200}; !slices.Equal(got, want) {
			t.Errorf("Years() = %v, want %v", got, want)
		}
		if got := tot.Year(2156).Amount(Frozen, usd); !got.Equal(MustParseAmount("USD 2")) {
			t.Errorf("Year(2156).Amount(Frozen, USD) = %v, want USD 2", got)
		}
	})

	t.Run("merged rows cancel in value only", func(t *testing.T) {
		a := SumSlice(one(ev(Frozen, "2020-01-01", "USD 5")), Filter{})
		b := SumSlice(one(ev(Frozen, "2020-01-01", "USD -5")), Filter{})
		m := a.Merge(b)
		if got := count(m, Frozen, usd); got != 2 {
			t.Errorf("Merge of USD 5 and USD -5: Count(Frozen, USD) = %d, want 2", got)
		}
		if got := count(m.Year(2020), Frozen, usd); got != 2 {
			t.Errorf("Merge of USD 5 and USD -5: Year(2020).Count(Frozen, USD) = %d, want 2", got)
		}
	})

	t.Run("Equal compares counts", func(t *testing.T) {
		ret := func(amount, expenses string) Event {
			e := ev(Returned, "2020-01-01", amount)
			if expenses != "" {
				e.Expenses = MustParseAmount(expenses)
			}
			return e
		}
		// Same sums, same events; one more deduction of zero expenses.
		a := SumSlice(one(ret("USD 5", "USD 1"), ret("USD 0", "USD 0")), Filter{})
		b := SumSlice(one(ret("USD 5", "USD 1"), ret("USD 0", "")), Filter{})
		if a.Equal(b) {
			t.Errorf("Equal ignores the number of deductions: %+v", flatten(a))
		}
	})

	t.Run("In converts each row with guard digits", func(t *testing.T) {
		r, err := NewRates(time.Time{},
			Quote{From: usd, To: chf, Rate: dec("3")},
			Quote{From: usd, To: eur, Rate: dec("3")})
		if err != nil {
			t.Fatal(err)
		}
		// 1/3 + 1/3 = 0.67, which rounds to 1; rounding each third
		// first would give 0.
		tot := SumSlice(one(ev(Frozen, "2020-01-01", "CHF 1"), ev(Frozen, "2020-01-01", "EUR 1"),
			ev(Confiscated, "2020-01-01", "CHF 100")), Filter{})
		got, err := tot.In(Frozen, usd, r, 0)
		if err != nil || !got.Equal(MustParseAmount("USD 1")) {
			t.Errorf("In(Frozen, USD, 0) = %v, %v, want USD 1", got, err)
		}
	})
}

// count returns the number of events summed at stage s in currency c.
func count(t Totals, s Stage, c Currency) int {
	r, _ := t.find(uint8(s), c)
	return r.n
}

// stageSeq yields the sums at stage s, one per currency.
func stageSeq(t Totals, s Stage) func(func(Amount) bool) {
	return func(yield func(Amount) bool) {
		for tt := range t.All() {
			if tt.Stage == s && !yield(tt.Amount) {
				return
			}
		}
	}
}

const expensesSlotStage = Stage(expensesSlot)
