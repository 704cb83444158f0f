package assetrecovery

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestConvert(t *testing.T) {
	r := testRates(t)
	tests := []struct {
		name   string
		a      Amount
		to     Currency
		places int32
		want   string // "" for the zero Amount
		err    error
	}{
		{"direct", MustParseAmount("EUR 100"), usd, 2, "USD 110", nil},
		{"direct rounds", MustParseAmount("EUR 0.05"), usd, 2, "USD 0.06", nil}, // 0.055 half away from zero
		{"direct exact at more places", MustParseAmount("EUR 0.05"), usd, 3, "USD 0.055", nil},
		{"inverse divides", MustParseAmount("CHF 1"), usd, 4, "USD 1.1111", nil},
		{"inverse of gbp", MustParseAmount("USD 125"), gbp, 2, "GBP 100", nil},
		{"same currency rounds only", MustParseAmount("USD 1.005"), usd, 2, "USD 1.01", nil},
		{"zero Amount", Amount{}, eur, 2, "EUR 0", nil},
		{"no cross rate", MustParseAmount("EUR 1"), gbp, 2, "", ErrMissingRate},
		{"unquoted", MustParseAmount("JPY 1"), usd, 2, "", ErrMissingRate},
		{"into nothing", MustParseAmount("USD 1"), Currency{}, 2, "", ErrNoCurrency},
		{"from nothing", mkAmount(dec("3"), Currency{}), usd, 2, "", ErrNoCurrency},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := r.Convert(tt.a, tt.to, tt.places)
			if tt.err != nil {
				if !errors.Is(err, tt.err) || !got.IsZero() {
					t.Errorf("Convert(%v, %v) = %v, %v, want error %v", tt.a, tt.to, got, err, tt.err)
				}
				return
			}
			if err != nil || !got.Equal(MustParseAmount(tt.want)) {
				t.Errorf("Convert(%v, %v, %d) = %v, %v, want %s", tt.a, tt.to, tt.places, got, err, tt.want)
			}
		})
	}
	_, err := r.Convert(MustParseAmount("EUR 1"), gbp, 2)
	me, ok := errors.AsType[*MissingRateError](err)
	if !ok || me.From != eur || me.To != gbp || me.AsOf != "2024-12-31" {
		t.Errorf("missing rate error = %#v", err)
	}
	if want := "assetrecovery: no exchange rate from EUR to GBP as of 2024-12-31"; err.Error() != want {
		t.Errorf("error text = %q, want %q", err, want)
	}
	_, err = (Rates{}).Convert(MustParseAmount("EUR 1"), usd, 2)
	if !errors.Is(err, ErrMissingRate) {
		t.Errorf("zero Rates converted EUR to USD: %v", err)
	}
	// Rates without an as-of date give no date in the error.
	if me, ok := errors.AsType[*MissingRateError](err); !ok || me.AsOf != "" {
		t.Errorf("zero Rates: missing rate error = %#v, want AsOf \"\"", err)
	}
}

func TestNewRates(t *testing.T) {
	r := testRates(t)
	if got := r.AsOf(); !got.Equal(day("2024-12-31")) {
		t.Errorf("AsOf() = %v", got)
	}
	var pairs []string
	for q := range r.Quotes() {
		pairs = append(pairs, q.From.String()+q.To.String()+"="+q.Rate.String())
	}
	if want := []string{"EURUSD=1.1", "GBPUSD=1.25", "USDCHF=0.9"}; !slices.Equal(pairs, want) {
		t.Errorf("Quotes() = %q, want %q", pairs, want)
	}
	if v, ok := r.Rate(usd, chf); !ok || !v.Equal(dec("0.9")) {
		t.Errorf("Rate(USD, CHF) = %v, %v", v, ok)
	}
	if _, ok := r.Rate(chf, usd); ok {
		t.Error("Rate(CHF, USD) found a rate that was not quoted")
	}
	// A pair and its reverse may both be quoted; Convert prefers the direct one.
	r2, err := NewRates(day("2024-12-31"), Quote{usd, chf, dec("0.9")}, Quote{chf, usd, dec("1.2")})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := r2.Convert(MustParseAmount("CHF 1"), usd, 2); !got.Equal(MustParseAmount("USD 1.2")) {
		t.Errorf("Convert with both quotes = %v, want USD 1.20", got)
	}

	_, err = NewRates(day("2024-12-31"),
		Quote{From: usd, To: Currency{}, Rate: dec("1")},
		Quote{From: usd, To: usd, Rate: dec("1")},
		Quote{From: eur, To: usd, Rate: dec("0")},
		Quote{From: gbp, To: usd, Rate: dec("-1")},
		Quote{From: chf, To: usd, Rate: dec("1.1")},
		Quote{From: chf, To: usd, Rate: dec("1.2")},
	)
	if !errors.Is(err, ErrInvalidRate) {
		t.Fatalf("NewRates error = %v, want ErrInvalidRate", err)
	}
	if n := len(err.(interface{ Unwrap() []error }).Unwrap()); n != 5 {
		t.Errorf("NewRates reported %d problems, want 5:\n%v", n, err)
	}
	if !strings.Contains(err.Error(), "CHF to USD quoted more than once") {
		t.Errorf("NewRates error lacks the duplicate:\n%v", err)
	}
	// The caller's slice is not kept.
	qs := []Quote{{eur, usd, dec("1.1")}}
	r3, _ := NewRates(day("2024-12-31"), qs...)
	qs[0].Rate = decimal.NewFromInt(100)
	if v, _ := r3.Rate(eur, usd); !v.Equal(dec("1.1")) {
		t.Errorf("Rates changed with the caller's slice: %v", v)
	}
}
