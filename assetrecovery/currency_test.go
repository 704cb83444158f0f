package assetrecovery

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

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
		{"unknown", "XYZ", "", ErrUnknownCurrency},
		{"withdrawn ANG", "ANG", "", ErrUnknownCurrency},
		{"withdrawn BGN", "BGN", "", ErrUnknownCurrency},
		{"empty", "", "", ErrSyntax},
		{"two letters", "US", "", ErrSyntax},
		{"four letters", "USDD", "", ErrSyntax},
		{"digit", "US1", "", ErrSyntax},
		{"symbol", "$", "", ErrSyntax},
		{"inner space", "U SD", "", ErrSyntax},
		{"non-ASCII", "ÜSD", "", ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseCurrency(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("ParseCurrency(%q) error = %v, want %v", tt.in, err, tt.err)
				}
				if _, ok := errors.AsType[*ParseError](err); !ok {
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
	if len(all) != NumCurrencies || NumCurrencies != 178 {
		t.Fatalf("Currencies() yields %d, NumCurrencies = %d, want 178", len(all), NumCurrencies)
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
		if c.Name() == "" || c.Numeric() == 0 || !c.Kind().IsValid() {
			t.Errorf("%v has name %q, numeric %d, kind %v", c, c.Name(), c.Numeric(), c.Kind())
		}
		kinds[c.Kind()]++
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
	if c.IsValid() || c.String() != "invalid Currency" || c.Name() != "" || c.Numeric() != 0 ||
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
	if err := json.Unmarshal([]byte(`{"c":"KESS"}`), &out); !errors.Is(err, ErrSyntax) {
		t.Errorf("json.Unmarshal of a bad code: %v, want ErrSyntax", err)
	}
	var z Currency
	if err := z.UnmarshalText(nil); err != nil || z.IsValid() {
		t.Errorf("UnmarshalText(empty) = %v, %v", z, err)
	}
	if got, _ := MustParseCurrency("USD").AppendText([]byte("x:")); string(got) != "x:USD" {
		t.Errorf("AppendText = %q", got)
	}
	if got := MustParseCurrency("USD").GoString(); got != `assetrecovery.MustParseCurrency("USD")` {
		t.Errorf("GoString = %s", got)
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
