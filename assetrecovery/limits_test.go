package assetrecovery

import (
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/uncac-go/uncac/convention"
)

// TestParseAmountLimits checks the documented limits of ParseAmount: long
// text and numbers with too many digits are refused with ErrRange, quickly
// and with bounded allocation, however long the input.
func TestParseAmountLimits(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"30 integer digits", "USD " + strings.Repeat("9", 30), true},
		{"31 integer digits", "USD " + strings.Repeat("9", 31), false},
		{"leading zeros do not count", "USD " + strings.Repeat("0", 40) + "1", true},
		{"30 decimals", "USD 0." + strings.Repeat("1", 30), true},
		{"31 decimals", "USD 0." + strings.Repeat("1", 31), false},
		{"1 MB of digits", "USD " + strings.Repeat("9", 1<<20), false},
		{"1 MB of space", strings.Repeat(" ", 1<<20) + "USD 1", false},
		{"longest text", "USD " + strings.Repeat(" ", 249) + "1.5", true},
		{"one byte too long", "USD " + strings.Repeat(" ", 250) + "1.5", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAmount(tt.in)
			if tt.ok {
				if err != nil {
					t.Fatalf("ParseAmount = %v, want success", err)
				}
				return
			}
			if !errors.Is(err, convention.ErrRange) {
				t.Fatalf("ParseAmount error = %v, want convention.ErrRange", err)
			}
			var a Amount
			if err := a.UnmarshalText([]byte(tt.in)); !errors.Is(err, convention.ErrRange) {
				t.Fatalf("UnmarshalText error = %v, want convention.ErrRange", err)
			}
		})
	}
}

// TestParseAmountHugeAllocs bounds the memory of the reproducer, a
// megabyte of digits, which once took seconds and gigabytes.
func TestParseAmountHugeAllocs(t *testing.T) {
	s := "USD " + strings.Repeat("9", 1<<20)
	allocs := testing.AllocsPerRun(10, func() { _, _ = ParseAmount(s) })
	if allocs > 8 {
		t.Errorf("ParseAmount of 1 MB: %v allocations, want at most 8", allocs)
	}
}

func BenchmarkParseAmountWorst(b *testing.B) {
	for _, n := range []int{1 << 10, 1 << 20} {
		s := "USD " + strings.Repeat("9", n)
		b.Run(itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = ParseAmount(s)
			}
		})
	}
	longest := "USD " + strings.Repeat("1", 30) + "." + strings.Repeat("1", 30)
	b.Run("longest accepted", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = ParseAmount(longest)
		}
	})
}

// TestDecimalBounds checks that a caller's decimal cannot make the cost of
// the package unbounded: values and rates beyond MaxDigits are refused, and
// places are clamped.
func TestDecimalBounds(t *testing.T) {
	huge := decimal.New(1, 4_000_000) // what the 9 bytes "1e4000000" make
	tiny := decimal.New(1, -4_000_000)
	for _, v := range []decimal.Decimal{huge, tiny, decimal.New(0, 4_000_000), decimal.New(1, 30)} {
		if _, err := NewAmount(v, usd); !errors.Is(err, convention.ErrRange) {
			t.Errorf("NewAmount(%v digits) error = %v, want convention.ErrRange", v.NumDigits()+int(v.Exponent()), err)
		}
	}
	if _, err := NewAmount(decimal.New(1, 29), usd); err != nil {
		t.Errorf("NewAmount(1e29) = %v, want success", err)
	}
	if _, err := NewRates(day("2020-01-01"), Quote{From: eur, To: usd, Rate: huge}); !errors.Is(err, ErrInvalidRate) || !errors.Is(err, convention.ErrRange) {
		t.Errorf("NewRates(rate 1e4000000) error = %v, want ErrInvalidRate and convention.ErrRange", err)
	}
	a := MustParseAmount("USD 1.25")
	for _, p := range []int32{1 << 30, -(1 << 30)} {
		if got := a.Round(p); got.value.NumDigits() > 2*maxPlaces {
			t.Errorf("Round(%d) kept %d digits", p, got.value.NumDigits())
		}
		if _, err := Ratio(a, a, p); err != nil {
			t.Errorf("Ratio(…, %d) = %v", p, err)
		}
		r, _ := NewRates(day("2020-01-01"), Quote{From: usd, To: eur, Rate: dec("0.9")})
		if _, err := r.Convert(a, eur, p); err != nil {
			t.Errorf("Convert(…, %d) = %v", p, err)
		}
	}
}

// exactRound is the reference for the rounding rule: x rounded to places
// half away from zero, computed independently of roundRat with big.Rat
// comparisons.
func exactRound(x *big.Rat, places int) *big.Rat {
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil))
	y := new(big.Rat).Mul(x, scale)
	neg := y.Sign() < 0
	y.Abs(y)
	y.Add(y, big.NewRat(1, 2))
	q := new(big.Int).Quo(y.Num(), y.Denom()) // floor of a non-negative rational
	if neg {
		q.Neg(q)
	}
	return new(big.Rat).Quo(new(big.Rat).SetInt(q), scale)
}

// TestConversionRule checks that Rates.Convert and Totals.In follow the one
// rule (exact value, rounded once, half away from zero) against exact
// rational arithmetic.
func TestConversionRule(t *testing.T) {
	t.Run("issue reproducer", func(t *testing.T) {
		r, err := NewRates(day("2020-01-01"), Quote{From: usd, To: eur, Rate: dec("200.00000000000004")})
		if err != nil {
			t.Fatal(err)
		}
		one := MustParseAmount("EUR 1")
		got, err := r.Convert(one, usd, 2)
		if err != nil || got.String() != "USD 0.00" {
			t.Errorf("Convert = %v, %v, want USD 0.00", got, err)
		}
		tot := SumSlice([]Case{{ID: "x", Events: []Event{{Stage: Frozen, Date: on("2020-01-01"), Amount: one}}}}, Filter{})
		in, err := tot.In(Frozen, usd, r, 2)
		if err != nil || !in.Equal(got) {
			t.Errorf("Totals.In = %v, %v, want %v (as Convert)", in, err, got)
		}
	})
	t.Run("random", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(1, 2))
		for range 2000 {
			rate := decimal.New(rng.Int64N(1e12)+1, -int32(rng.IntN(16)))
			fwd := rng.IntN(2) == 0
			q := Quote{From: eur, To: usd, Rate: rate}
			if !fwd {
				q = Quote{From: usd, To: eur, Rate: rate}
			}
			r, err := NewRates(day("2020-01-01"), q)
			if err != nil {
				t.Fatal(err)
			}
			places := int32(rng.IntN(6))
			var events []Event
			want := new(big.Rat)
			for range 1 + rng.IntN(3) {
				a := mkAmount(decimal.New(rng.Int64N(2e9)-1e9, -int32(rng.IntN(4))), eur)
				events = append(events, Event{Stage: Frozen, Date: on("2020-01-01"), Amount: a})
				term, _ := new(big.Rat).SetString(a.value.String())
				rt, _ := new(big.Rat).SetString(rate.String())
				if fwd {
					term.Mul(term, rt)
				} else {
					term.Quo(term, rt)
				}
				want.Add(want, term)
			}
			wantDec := exactRound(want, int(places))
			tot := SumSlice([]Case{{ID: "x", Events: events}}, Filter{})
			in, err := tot.In(Frozen, usd, r, places)
			if err != nil || in.value.Rat().Cmp(wantDec) != 0 {
				t.Fatalf("In(%v, rate %v fwd %v, %d) = %v, %v, want %v", events, rate, fwd, places, in, err, wantDec.FloatString(int(places)))
			}
			if len(events) == 1 {
				c, err := r.Convert(events[0].Amount, usd, places)
				if err != nil || !c.Equal(in) {
					t.Fatalf("Convert = %v, %v, want %v (as In)", c, err, in)
				}
			}
		}
	})
}

// TestValidateEveryProblem builds records with several independent faults
// and checks that each is reported.
func TestValidateEveryProblem(t *testing.T) {
	neg5 := mkAmount(dec("-5"), Currency{})
	tests := []struct {
		name  string
		event Event
		want  []problem
	}{
		{"negative expenses in another currency", Event{Stage: Returned, Date: on("2018-01-01"), Amount: MustParseAmount("CHF 10"), Expenses: MustParseAmount("USD -3")},
			[]problem{{0, 0, "Expenses", ErrCurrencyMismatch}, {0, 0, "Expenses", ErrNegative}}},
		{"negative amount without currency", Event{Stage: Frozen, Date: on("2018-01-01"), Amount: neg5},
			[]problem{{0, 0, "Amount", convention.ErrMissing}, {0, 0, "Amount", ErrNegative}}},
		{"invalid basis not on a return", Event{Stage: Frozen, Date: on("2018-01-01"), Amount: MustParseAmount("USD 1"), Basis: 9},
			[]problem{{0, 0, "Basis", convention.ErrInvalid}, {0, 0, "Basis", ErrNotReturn}}},
		{"everything at once", Event{Stage: 9, Amount: neg5, Basis: 7, Expenses: MustParseAmount("USD -1")},
			[]problem{{0, 0, "Stage", convention.ErrInvalid}, {0, 0, "Date", convention.ErrMissing}, {0, 0, "Amount", convention.ErrMissing}, {0, 0, "Amount", ErrNegative},
				{0, 0, "Basis", convention.ErrInvalid}, {0, 0, "Basis", ErrNotReturn}, {0, 0, "Expenses", ErrNotReturn},
				{0, 0, "Expenses", ErrCurrencyMismatch}, {0, 0, "Expenses", ErrNegative}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := goodCase()
			c.Events = []Event{tt.event}
			got := problems(t, Validate([]Case{c}))
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTotalsJSON checks that Totals refuse to marshal rather than give {}.
func TestTotalsJSON(t *testing.T) {
	tot := SumSlice([]Case{goodCase()}, Filter{})
	if b, err := json.Marshal(tot); err == nil {
		t.Errorf("json.Marshal(Totals) = %s, want an error", b)
	}
}

// BenchmarkParseWorst measures each parser on the worst inputs tried: a
// megabyte of text (refused by the length limit before any other work), and
// the longest accepted or most expensive text within the limit.
func BenchmarkParseWorst(b *testing.B) {
	mb := strings.Repeat("9", 1<<20)
	usdMB := "USD " + mb
	longest := "approximately " + strings.Repeat("1", 30) + "." + strings.Repeat("1", 30) + " Swiss francs (US$" + strings.Repeat("2", 30) + " million)"
	nested := strings.Repeat("(", 120) + "USD 1" + strings.Repeat(")", 120)
	for _, bm := range []struct {
		name string
		fn   func()
	}{
		{"ParseAmount/1MB", func() { _, _ = ParseAmount(usdMB) }},
		{"ParseAmount/printed-longest", func() { _, _ = ParseAmount(longest) }},
		{"ParseAmount/nested", func() { _, _ = ParseAmount(nested) }},
		{"ParseCurrency/1MB", func() { _, _ = ParseCurrency(mb) }},
		{"ParseStage/1MB", func() { _, _ = ParseStage(mb) }},
		{"ParseAvenue/1MB", func() { _, _ = ParseAvenue(mb) }},
		{"ParseBasis/1MB", func() { _, _ = ParseBasis(mb) }},
		{"ParseBasis/citation", func() { _, _ = ParseBasis("article 57, paragraph 3, subparagraph (c)") }},
		{"ParseDate/1MB", func() { _, _ = ParseDate(mb) }},
		{"ParseDate/longest", func() { _, _ = ParseDate("between 14 December 2005 and 31 December 2015") }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bm.fn()
			}
		})
	}
}
