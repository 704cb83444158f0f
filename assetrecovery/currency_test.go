package assetrecovery

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/uncac-go/uncac/convention"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseCurrency(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // code, or "" for an error
		err      error
	}{
		{"upper", "USD", "USD", nil},
		{"lower", "usd", "USD", nil},
		{"mixed and spaced", " Usd\t", "USD", nil},
		{"no-break space", "\u00a0EUR\u00a0", "EUR", nil},
		{"first code", "AED", "AED", nil},
		{"last code", "ZWG", "ZWG", nil},
		{"fund", "CHE", "CHE", nil},
		{"special", "XAU", "XAU", nil},
		{"unknown", "XYZ", "", convention.ErrUnknown},
		{"withdrawn ANG", "ANG", "ANG", nil},
		{"withdrawn BGN", "bgn", "BGN", nil},
		{"withdrawn DEM", "DEM", "DEM", nil},
		{"too long", strings.Repeat("U", 65), "", convention.ErrRange},
		{"empty", "", "", convention.ErrSyntax},
		{"two letters", "US", "", convention.ErrSyntax},
		{"four letters", "USDD", "", convention.ErrSyntax},
		{"digit", "US1", "", convention.ErrSyntax},
		{"symbol", "$", "", convention.ErrSyntax},
		{"inner space", "U SD", "", convention.ErrSyntax},
		{"non-ASCII", "ÜSD", "", convention.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseCurrency(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("ParseCurrency(%q) error = %v, want %v", tt.in, err, tt.err)
				}
				if _, ok := errors.AsType[*convention.ParseError](err); !ok {
					t.Errorf("ParseCurrency(%q) error %T is not a *ParseError", tt.in, err)
				}
				if c.IsValid() {
					t.Errorf("ParseCurrency(%q) = %v with an error, want the zero Currency", tt.in, c)
				}
				return
			}
			if err != nil || c.String() != tt.want {
				t.Fatalf("ParseCurrency(%q) = %v, %v, want %s", tt.in, c, err, tt.want)
			}
		})
	}
}

func TestCurrencyFacts(t *testing.T) {
	type facts struct {
		Name    string
		Numeric int
		Minor   int
		HasMin  bool
		Kind    Kind
	}
	tests := []struct {
		code string
		want facts
	}{
		{"USD", facts{"US Dollar", 840, 2, true, KindCurrency}},
		{"EUR", facts{"Euro", 978, 2, true, KindCurrency}},
		{"JPY", facts{"Yen", 392, 0, true, KindCurrency}},
		{"JOD", facts{"Jordanian Dinar", 400, 3, true, KindCurrency}},
		{"CLF", facts{"Unidad de Fomento", 990, 4, true, KindFund}},
		{"CHE", facts{"WIR Euro", 947, 2, true, KindFund}},
		{"XAU", facts{"Gold", 959, 0, false, KindSpecial}},
		{"XDR", facts{"SDR (Special Drawing Right)", 960, 0, false, KindSpecial}},
		{"XOF", facts{"CFA Franc BCEAO", 952, 0, true, KindCurrency}},
		{"ALL", facts{"Lek", 8, 2, true, KindCurrency}},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c := MustParseCurrency(tt.code)
			mu, ok := c.MinorUnits()
			got := facts{c.Name(), c.Numeric(), mu, ok, c.Kind()}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s facts (-want +got):\n%s", tt.code, diff)
			}
			if n, ok := CurrencyByNumeric(tt.want.Numeric); !ok || n != c {
				t.Errorf("CurrencyByNumeric(%d) = %v, %v, want %v", tt.want.Numeric, n, ok, c)
			}
		})
	}
}

func TestCurrencies(t *testing.T) {
	all := slices.Collect(Currencies())
	// 178 codes of List One and 129 withdrawn codes of List Three.
	if len(all) != NumCurrencies || NumCurrencies != 178+129 {
		t.Fatalf("Currencies() yields %d, NumCurrencies = %d, want 307", len(all), NumCurrencies)
	}
	if !slices.IsSortedFunc(all, Currency.Compare) {
		t.Error("Currencies() is not in order")
	}
	kinds := map[Kind]int{}
	for i, c := range all {
		if c.Index() != i {
			t.Errorf("%v.Index() = %d, want %d", c, c.Index(), i)
		}
		p, err := ParseCurrency(c.String())
		if err != nil || p != c {
			t.Errorf("ParseCurrency(%q) = %v, %v, want %v", c.String(), p, err, c)
		}
		if i > 0 && all[i-1].String() >= c.String() {
			t.Errorf("%v comes after %v", c, all[i-1])
		}
		if _, withdrawn := c.Withdrawn(); c.Name() == "" || c.Numeric() == 0 && !withdrawn || c.Kind() == 0 {
			t.Errorf("%v has name %q, numeric %d, kind %v", c, c.Name(), c.Numeric(), c.Kind())
		}
		if _, withdrawn := c.Withdrawn(); !withdrawn {
			kinds[c.Kind()]++
		}
	}
	// Eight funds and fourteen special codes, as reference-notes.md lists them.
	if want := (map[Kind]int{KindCurrency: 156, KindFund: 8, KindSpecial: 14}); !cmp.Equal(want, kinds) {
		t.Errorf("kinds = %v, want %v", kinds, want)
	}
	for range Currencies() {
		break // stopping early must not panic
	}
}

func TestCurrencyZero(t *testing.T) {
	var c Currency
	if c.IsValid() || c.String() != "%!Currency(0)" || c.Name() != "" || c.Numeric() != 0 ||
		c.Kind() != 0 || c.Index() != -1 {
		t.Errorf("zero Currency: valid %v, %q, %q, %d, %v, %d", c.IsValid(), c, c.Name(), c.Numeric(), c.Kind(), c.Index())
	}
	if _, ok := c.MinorUnits(); ok {
		t.Error("zero Currency has minor units")
	}
	if b, err := c.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Currency MarshalText = %q, %v, want empty", b, err)
	}
	if c.Compare(MustParseCurrency("AED")) != -1 {
		t.Error("zero Currency does not sort first")
	}
	if _, ok := CurrencyByNumeric(0); ok {
		t.Error("CurrencyByNumeric(0) found a currency")
	}
}

func TestCurrencyText(t *testing.T) {
	type rec struct {
		C Currency `json:"c"`
	}
	in := rec{MustParseCurrency("KES")}
	b, err := json.Marshal(in)
	if err != nil || string(b) != `{"c":"KES"}` {
		t.Fatalf("json.Marshal = %s, %v", b, err)
	}
	var out rec
	if err := json.Unmarshal([]byte(`{"c":"kes"}`), &out); err != nil || out != in {
		t.Errorf("json.Unmarshal = %v, %v, want %v", out, err, in)
	}
	if err := json.Unmarshal([]byte(`{"c":"KESS"}`), &out); !errors.Is(err, convention.ErrSyntax) {
		t.Errorf("json.Unmarshal of a bad code: %v, want convention.ErrSyntax", err)
	}
	var z Currency
	if err := z.UnmarshalText(nil); err != nil || z.IsValid() {
		t.Errorf("UnmarshalText(empty) = %v, %v", z, err)
	}
}

func TestMustParseCurrencyPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseCurrency(\"XYZ\") did not panic")
		}
	}()
	MustParseCurrency("XYZ")
}

// TestWithdrawn checks the withdrawn codes that cases from past decades use,
// against ISO 4217 List Three (testdata/withdrawn.csv).
func TestWithdrawn(t *testing.T) {
	tests := []struct {
		code, name string
		numeric    int
		from, to   string
	}{
		{"DEM", "Deutsche Mark", 276, "2002-03-01", "2002-03-31"},
		{"FRF", "French Franc", 250, "2002-03-01", "2002-03-31"},
		{"ITL", "Italian Lira", 380, "2002-03-01", "2002-03-31"},
		{"HRK", "Kuna", 191, "2023-01-01", "2023-01-31"},
		{"VEF", "Bolívar", 937, "2018-08-01", "2018-08-31"},
		{"ZWL", "Zimbabwe Dollar", 932, "2024-09-01", "2024-09-30"},
		{"SLL", "Leone", 694, "2023-12-01", "2023-12-31"},
		{"MRO", "Ouguiya", 478, "2017-12-01", "2017-12-31"},
		{"STD", "Dobra", 678, "2017-12-01", "2017-12-31"},
		{"BGN", "Bulgarian Lev", 975, "2026-01-01", "2026-01-31"},
		{"ARY", "Peso", 32, "1989-01-01", "1990-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c, err := ParseCurrency(tt.code)
			if err != nil {
				t.Fatal(err)
			}
			w, ok := c.Withdrawn()
			got := fmt.Sprint(c.Name(), " ", c.Numeric(), " ", ok, " ", w.Earliest.Format(time.DateOnly), " ", w.Latest.Format(time.DateOnly))
			want := fmt.Sprint(tt.name, " ", tt.numeric, " true ", tt.from, " ", tt.to)
			if got != want {
				t.Errorf("%s: %s, want %s", tt.code, got, want)
			}
			if _, ok := c.MinorUnits(); ok {
				t.Errorf("%s has minor units; List Three gives none", tt.code)
			}
			a := MustParseAmount(tt.code + " 1,234.5")
			if a.String() != tt.code+" 1,234.5" {
				t.Errorf("amount prints %q", a)
			}
		})
	}
	if _, ok := MustParseCurrency("USD").Withdrawn(); ok {
		t.Error("USD is withdrawn")
	}
	// A number shared by a current and a withdrawn code finds the current one.
	if c, ok := CurrencyByNumeric(716); !ok || c.String() != "ZWD" {
		t.Errorf("CurrencyByNumeric(716) = %v, %v, want ZWD, the last withdrawn with 716", c, ok)
	}
	if c, ok := CurrencyByNumeric(978); !ok || c.String() != "EUR" {
		t.Errorf("CurrencyByNumeric(978) = %v, %v", c, ok)
	}
}
