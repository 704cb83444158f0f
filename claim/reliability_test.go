package claim_test

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/claim"
)

// TestOverflow holds the reproducers of issue 9 (items 1 and 3): counts at
// the ends of int64, and wholes of 2^63 and beyond, are checked exactly, and
// no loop over counts wraps.
func TestOverflow(t *testing.T) {
	tests := []struct {
		name string
		c    claim.Claim
		want []row
	}{
		{"grim at MaxInt64 ends", claim.GRIM("exactly 50%", "9,223,372,036,854,775,807"),
			[]row{{0, "exactly 50% of 9,223,372,036,854,775,807", claim.Fails, "50% of 9,223,372,036,854,775,807", "no whole count", "",
				"GRIM: no whole count out of 9,223,372,036,854,775,807 prints as exactly 50%"}}},
		{"grim of a whole above 2^64, exact", claim.GRIM("exactly 20%", "18,446,744,073,709,551,621"),
			[]row{{0, "exactly 20% of 18,446,744,073,709,551,621", claim.Fails, "20% of 18,446,744,073,709,551,621", "no whole count", "",
				"GRIM: no whole count out of 18,446,744,073,709,551,621 prints as exactly 20%"}}},
		{"grim of a whole above 2^64, rounded", claim.GRIM("50%", "18,446,744,073,709,551,621"),
			[]row{{0, "50% of 18,446,744,073,709,551,621", claim.Holds, "[49.5..50.5)% of 18,446,744,073,709,551,621",
				"9,131,138,316,486,228,053..9,315,605,757,223,323,568 of 18,446,744,073,709,551,621", "", ""}}},
		{"grim over a wide range of wholes", claim.GRIM("50%", "between 1 and 1,000,000"),
			[]row{{0, "50% of between 1 and 1,000,000", claim.Invalid, "[49.5..50.5)% of 1..1,000,000", "", "", ""}}},
		{"change across the int64 range", claim.Change("an additional 1", math.MaxInt64, math.MinInt64),
			[]row{{0, "an additional 1", claim.Fails, "1",
				"-18,446,744,073,709,551,615 (9,223,372,036,854,775,807 → -9,223,372,036,854,775,808)",
				"-18446744073709551616", "the data decreased"}}},
		{"share with a whole of MinInt64", claim.Share("four", "11", math.MaxInt64, math.MinInt64), []row{
			{0, "four", claim.Fails, "4", "9,223,372,036,854,775,807", "9223372036854775803", ""},
			{0, "11", claim.Fails, "11", "-9,223,372,036,854,775,808", "-9223372036854775819", ""},
			{0, "four of 11", claim.Fails, "part ≤ whole", "9,223,372,036,854,775,807 of -9,223,372,036,854,775,808",
				"18446744073709551615", "the data's part exceeds its whole"}}},
		{"percent of MaxInt64", claim.Percent("50%", math.MaxInt64/2, math.MaxInt64), []row{
			{0, "50%", claim.HoldsByRounding, "[49.5..50.5)% = 4,565,569,158,243,114,025..4,657,802,878,611,661,782 of 9,223,372,036,854,775,807",
				"≈50% (4,611,686,018,427,387,903 of 9,223,372,036,854,775,807)", "-50/9223372036854775807", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rows(claim.Check(tt.c))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check(%v) mismatch (-want +got):\n%s", tt.c, diff)
			}
		})
	}
}

// TestMoneyExponent holds the reproducer of issue 9 item 4: an amount whose
// decimal exponent a 9-byte text such as "1e4000000" can set is refused
// with ErrRange at once, not expanded; amounts within the bound are exact.
func TestMoneyExponent(t *testing.T) {
	tests := []struct {
		name    string
		amount  decimal.Decimal
		verdict claim.Verdict
		err     error
	}{
		{"exponent 4,000,000", decimal.New(1, 4_000_000), claim.Invalid, claim.ErrRange},
		{"exponent -4,000,000", decimal.New(1, -4_000_000), claim.Invalid, claim.ErrRange},
		{"zero with a huge exponent is zero", decimal.New(0, 4_000_000), claim.Fails, nil},
		{"exponent 1,000 is read", decimal.New(1, 1000), claim.Fails, nil},
		{"exponent 1,001 is refused", decimal.New(1, 1001), claim.Invalid, claim.ErrRange},
		{"43 million as 43e6", decimal.New(43, 6), claim.Holds, nil},
		{"43 million as 4.3e-993 · 1e1000", decimal.New(43, 6).Shift(0), claim.Holds, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := claim.Check(claim.Money("$43 million", "USD", tt.amount)).Entries[0]
			if e.Verdict != tt.verdict || !errors.Is(e.Err, tt.err) || (tt.err == nil) != (e.Err == nil) {
				t.Errorf("Money(%v) = %v, %v; want %v, %v", tt.amount, e.Verdict, e.Err, tt.verdict, tt.err)
			}
		})
	}
}

// TestDataTypes checks what the computed side of a claim may be.
func TestDataTypes(t *testing.T) {
	type count uint16 // a caller's own integer type
	tests := []struct {
		name string
		data any
		want claim.Verdict
	}{
		{"int", 118, claim.Holds},
		{"int64", int64(118), claim.Holds},
		{"uint8", uint8(118), claim.Holds},
		{"named integer type", count(118), claim.Holds},
		{"big.Int", big.NewInt(118), claim.Holds},
		{"big.Rat", big.NewRat(236, 2), claim.Holds},
		{"decimal", decimal.NewFromInt(118), claim.Holds},
		{"bounds containing it only", span{117, 119}, claim.Undetermined},
		{"bounds at the point", span{118, 118}, claim.Holds},
		{"bounds missing it", span{119, 125}, claim.Fails},
		{"interval inside", claim.Interval{Lo: big.NewRat(118, 1), Hi: big.NewRat(118, 1)}, claim.Holds},
		{"float is not a count", 118.0, claim.Invalid},
		{"string is not a count", "118", claim.Invalid},
		{"nil", nil, claim.Invalid},
		{"nil big.Int", (*big.Int)(nil), claim.Invalid},
		{"bounds reversed", span{5, 1}, claim.Invalid},
		{"empty interval", claim.Interval{Lo: big.NewRat(2, 1), Hi: big.NewRat(1, 1)}, claim.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := claim.Check(claim.Count("118 States", tt.data)).Entries[0]
			if e.Verdict != tt.want {
				t.Errorf("Count(\"118 States\", %#v) = %v (%v), want %v", tt.data, e.Verdict, e.Err, tt.want)
			}
			if e.Verdict == claim.Invalid && e.Err == nil {
				t.Errorf("invalid entry without an error")
			}
		})
	}
}

func BenchmarkMoneyHugeExponent(b *testing.B) {
	c := claim.Money("$43 million", "USD", decimal.New(1, 4_000_000))
	b.ReportAllocs()
	for b.Loop() {
		claim.Check(c)
	}
}

// TestOddData checks every claim that takes data with odd values (the whole
// line, half-lines, open ends, negative and huge bounds, wrong types): no
// panic, a verdict on every entry, an error on every invalid one, and a
// report that prints and marshals.
func TestOddData(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	data := []any{
		claim.Interval{},
		claim.Interval{Lo: big.NewRat(5, 1)},
		claim.Interval{Hi: big.NewRat(-5, 1), HiOpen: true},
		claim.Interval{Lo: big.NewRat(0, 1), Hi: big.NewRat(0, 1), LoOpen: true, HiOpen: true},
		claim.Interval{Lo: big.NewRat(1, 3), Hi: big.NewRat(2, 3), LoOpen: true},
		span{-3, 3}, span{math.MinInt, math.MaxInt},
		huge, new(big.Rat).SetFrac(huge, big.NewInt(7)),
		decimal.New(-1, -1000), decimal.New(math.MaxInt64, 1000),
		math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), -1, 0,
		"x", 1.5, nil, struct{}{},
	}
	lits := []string{"four", "over 2,000", "$43 million", "36%", "2–15", "between 2006 and 2012", "lots"}
	for _, d := range data {
		for _, e := range data[:6] {
			for _, lit := range lits {
				r := claim.Check(
					claim.Count(lit, d), claim.Money(lit, "USD", d), claim.Share(lit, lit, d, e),
					claim.Percent(lit, d, e), claim.Change(lit, d, e), claim.Range(lit, d, e),
					claim.Respectively(lit, d),
				)
				for _, en := range r.Entries {
					if !en.Verdict.IsValid() || en.Verdict == claim.Invalid && en.Err == nil {
						t.Fatalf("data %#v, %#v, %q: entry %+v", d, e, lit, en)
					}
				}
				_ = r.String()
				if _, err := json.Marshal(r); err != nil {
					t.Fatalf("data %#v, %#v, %q: json: %v", d, e, lit, err)
				}
			}
		}
	}
}
