package assetrecovery

import (
	"encoding/json"
	"errors"
	"github.com/uncac-go/uncac/convention"
	"testing"

	"github.com/shopspring/decimal"
)

var (
	usd = MustParseCurrency("USD")
	eur = MustParseCurrency("EUR")
	chf = MustParseCurrency("CHF")
	jpy = MustParseCurrency("JPY")
	jod = MustParseCurrency("JOD")
	xau = MustParseCurrency("XAU")
	gbp = MustParseCurrency("GBP")
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestParseAmount(t *testing.T) {
	tests := []struct {
		name, in string
		cur      Currency
		value    string
		err      error
	}{
		{"code first", "USD 43000000", usd, "43000000", nil},
		{"code last grouped", "43,000,000.00 USD", usd, "43000000", nil},
		{"decimal", "EUR 1.5", eur, "1.5", nil},
		{"lower case", "usd 43000000", usd, "43000000", nil},
		{"String form", "USD 43,000,000.00", usd, "43000000", nil},
		{"negative", "USD -0.50", usd, "-0.5", nil},
		{"negative last", "-1,000 JPY", jpy, "-1000", nil},
		{"plus", "CHF +12", chf, "12", nil},
		{"many spaces", "  USD \t 7  ", usd, "7", nil},
		{"no-break space", "USD\u00a07", usd, "7", nil},
		{"finer than minor units", "USD 1.005", usd, "1.005", nil},
		{"no minor units", "XAU 12.5", xau, "12.5", nil},
		{"huge", "USD 123456789012345678901234567890.123", usd, "123456789012345678901234567890.123", nil},
		{"unknown currency", "XYZ 5", Currency{}, "", convention.ErrUnknown},
		{"no currency", "43000000", Currency{}, "", convention.ErrSyntax},
		{"no number", "USD", Currency{}, "", convention.ErrSyntax},
		{"empty", "", Currency{}, "", convention.ErrSyntax},
		{"two codes", "USD EUR", Currency{}, "", convention.ErrSyntax},
		{"three fields", "USD 1 00", Currency{}, "", convention.ErrSyntax},
		{"space groups", "USD 1 000 000", usd, "1000000", nil},
		{"sign of three letters", "CFP 500", MustParseCurrency("XPF"), "500", nil},
		{"sign of three letters in mixed case", "FBu 5,000", MustParseCurrency("BIF"), "5000", nil},
		{"code of no currency in lower case", "xyz 5", Currency{}, "", convention.ErrUnknown},
		{"no-break space groups", "CHF 12\u00a0500\u202f000.50", chf, "12500000.5", nil},
		{"Swiss groups", "CHF 1'000'000", chf, "1000000", nil},
		{"Swiss groups, typographic", "CHF 2’500’000.00", chf, "2500000", nil},
		{"groups of two kinds", "CHF 1'000,000", Currency{}, "", convention.ErrSyntax},
		{"misplaced apostrophe", "CHF 10'00", Currency{}, "", convention.ErrSyntax},
		{"space group of four", "USD 1 0000", Currency{}, "", convention.ErrSyntax},
		{"apostrophe in decimals", "CHF 1.000'5", Currency{}, "", convention.ErrSyntax},
		{"four-letter code", "USDX 5", Currency{}, "", convention.ErrSyntax},
		{"ISO name of a withdrawn currency", "5 million Deutsche Mark", MustParseCurrency("DEM"), "5000000", nil},
		{"ISO name of a withdrawn currency, plural", "10 million Luxembourg francs", MustParseCurrency("LUF"), "10000000", nil},
		{"ISO name of a current currency, plural", "2 million Uganda shillings", MustParseCurrency("UGX"), "2000000", nil},
		{"ISO name of several withdrawn currencies", "2 billion Zimbabwe dollars", Currency{}, "", convention.ErrAmbiguous},
		{"symbol", "$43000000", usd, "43000000", nil},
		{"glued", "USD43000000", usd, "43000000", nil},
		{"exponent", "USD 1e6", Currency{}, "", convention.ErrSyntax},
		{"bad grouping", "USD 43,00,000", Currency{}, "", convention.ErrSyntax},
		{"long first group", "USD 4300,000", Currency{}, "", convention.ErrSyntax},
		{"trailing comma", "USD 43,", Currency{}, "", convention.ErrSyntax},
		{"trailing point", "USD 43.", Currency{}, "", convention.ErrSyntax},
		{"leading point", "USD .5", Currency{}, "", convention.ErrSyntax},
		{"word", "USD 43 million", usd, "43000000", nil},
		{"double sign", "USD --5", Currency{}, "", convention.ErrSyntax},
		{"comma decimal", "EUR 1,5", Currency{}, "", convention.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseAmount(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("ParseAmount(%q) error = %v, want %v", tt.in, err, tt.err)
				}
				if pe, ok := errors.AsType[*convention.ParseError](err); !ok || pe.Input != tt.in || pe.Func != "assetrecovery.ParseAmount" {
					t.Errorf("ParseAmount(%q) error = %#v, want a *ParseError for the amount", tt.in, err)
				}
				if !a.IsZero() {
					t.Errorf("ParseAmount(%q) = %v with an error, want the zero Amount", tt.in, a)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseAmount(%q) error = %v", tt.in, err)
			}
			if a.Currency() != tt.cur || !a.Decimal().Equal(dec(tt.value)) {
				t.Errorf("ParseAmount(%q) = %v, want %v %s", tt.in, a, tt.cur, tt.value)
			}
		})
	}
}

func TestAmountFormat(t *testing.T) {
	tests := []struct {
		name string
		a    Amount
		str  string
		text string
	}{
		{"43 million", mkAmount(dec("43000000"), usd), "USD 43,000,000.00", "USD 43,000,000.00"},
		{"billion", mkAmount(dec("1398000000"), usd), "USD 1,398,000,000.00", "USD 1,398,000,000.00"},
		{"small", mkAmount(dec("1.5"), eur), "EUR 1.50", "EUR 1.50"},
		{"three digits", mkAmount(dec("999"), usd), "USD 999.00", "USD 999.00"},
		{"four digits", mkAmount(dec("1000"), usd), "USD 1,000.00", "USD 1,000.00"},
		{"negative", mkAmount(dec("-1234.5"), usd), "USD -1,234.50", "USD -1,234.50"},
		{"negative small", mkAmount(dec("-0.5"), usd), "USD -0.50", "USD -0.50"},
		{"yen", mkAmount(dec("1500"), jpy), "JPY 1,500", "JPY 1,500"},
		{"dinar", mkAmount(dec("2.5"), jod), "JOD 2.500", "JOD 2.500"},
		{"finer than cents", mkAmount(dec("1.005"), usd), "USD 1.005", "USD 1.005"},
		{"trailing zeros trimmed", mkAmount(dec("1.50000"), usd), "USD 1.50", "USD 1.50"},
		{"gold", mkAmount(dec("12.5"), xau), "XAU 12.5", "XAU 12.5"},
		{"gold whole", mkAmount(dec("400"), xau), "XAU 400", "XAU 400"},
		{"zero in a currency", mkAmount(decimal.Decimal{}, usd), "USD 0.00", "USD 0.00"},
		{"minor units", NewAmountMinor(4300000000, usd), "USD 43,000,000.00", "USD 43,000,000.00"},
		{"minor units yen", NewAmountMinor(150, jpy), "JPY 150", "JPY 150"},
		{"zero Amount", Amount{}, "0", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.String(); got != tt.str {
				t.Errorf("String() = %q, want %q", got, tt.str)
			}
			b, err := tt.a.MarshalText()
			if err != nil || string(b) != tt.text {
				t.Errorf("MarshalText() = %q, %v, want %q", b, err, tt.text)
			}
			var back Amount
			if err := back.UnmarshalText(b); err != nil || !back.Equal(tt.a) {
				t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, tt.a)
			}
			if tt.a.IsValid() {
				p, err := ParseAmount(tt.str)
				if err != nil || !p.Equal(tt.a) {
					t.Errorf("ParseAmount(%q) = %v, %v, want %v", tt.str, p, err, tt.a)
				}
			}
		})
	}
	if _, err := mkAmount(dec("5"), Currency{}).MarshalText(); !errors.Is(err, ErrNoCurrency) {
		t.Errorf("MarshalText of a currency-less 5: %v, want ErrNoCurrency", err)
	}
}

func TestAmountJSON(t *testing.T) {
	type rec struct {
		Returned Amount `json:"returned"`
		Deducted Amount `json:"deducted,omitzero"`
	}
	b, err := json.Marshal(rec{Returned: MustParseAmount("USD 43000000")})
	if err != nil || string(b) != `{"returned":"USD 43,000,000.00"}` {
		t.Fatalf("json.Marshal = %s, %v", b, err)
	}
	var r rec
	if err := json.Unmarshal([]byte(`{"returned":"43,000,000 usd","deducted":""}`), &r); err != nil {
		t.Fatal(err)
	}
	if !r.Returned.Equal(mkAmount(dec("43000000"), usd)) || !r.Deducted.IsZero() {
		t.Errorf("json.Unmarshal = %+v", r)
	}
}

func TestAmountArithmetic(t *testing.T) {
	a, b := MustParseAmount("USD 10.25"), MustParseAmount("USD 0.75")
	if got, err := a.Add(b); err != nil || !got.Equal(MustParseAmount("USD 11")) {
		t.Errorf("%v.Add(%v) = %v, %v, want USD 11.00", a, b, got, err)
	}
	if got, err := a.Sub(b); err != nil || !got.Equal(MustParseAmount("USD 9.5")) {
		t.Errorf("%v.Sub(%v) = %v, %v, want USD 9.50", a, b, got, err)
	}
	if c, err := a.Cmp(b); err != nil || c != 1 {
		t.Errorf("%v.Cmp(%v) = %d, %v, want 1", a, b, c, err)
	}
	if got := MustParseAmount("USD 1.005").Round(2); !got.Equal(MustParseAmount("USD 1.01")) {
		t.Errorf("Round(2) = %v, want USD 1.01 (half away from zero)", got)
	}
	if got := MustParseAmount("USD -1.005").Round(2); !got.Equal(MustParseAmount("USD -1.01")) {
		t.Errorf("Round(2) = %v, want USD -1.01 (half away from zero)", got)
	}

	// Different currencies never add.
	e := MustParseAmount("EUR 1")
	for _, op := range []struct {
		name string
		f    func() error
	}{
		{"add", func() error { _, err := a.Add(e); return err }},
		{"subtract", func() error { _, err := a.Sub(e); return err }},
		{"compare", func() error { _, err := a.Cmp(e); return err }},
		{"ratio", func() error { _, err := Ratio(a, e, 2); return err }},
	} {
		err := op.f()
		if !errors.Is(err, ErrCurrencyMismatch) {
			t.Errorf("%s USD and EUR: error = %v, want ErrCurrencyMismatch", op.name, err)
			continue
		}
		me, ok := errors.AsType[*CurrencyMismatchError](err)
		if !ok || me.Op != op.name || me.Left != usd || me.Right != eur {
			t.Errorf("%s: error = %#v", op.name, err)
		}
	}
	if got, err := a.Add(e); err == nil || !got.IsZero() {
		t.Errorf("mismatched Add returned %v, want the zero Amount", got)
	}

	// The zero Amount is the identity.
	var z Amount
	if got, err := z.Add(a); err != nil || !got.Equal(a) {
		t.Errorf("zero.Add(%v) = %v, %v", a, got, err)
	}
	if got, err := a.Add(z); err != nil || !got.Equal(a) {
		t.Errorf("%v.Add(zero) = %v, %v", a, got, err)
	}
	if got, err := z.Sub(a); err != nil || !got.Equal(MustParseAmount("USD -10.25")) {
		t.Errorf("zero.Sub(%v) = %v, %v", a, got, err)
	}
	if got, err := z.Add(z); err != nil || !got.IsZero() {
		t.Errorf("zero.Add(zero) = %v, %v", got, err)
	}
	if c, err := z.Cmp(a); err != nil || c != -1 {
		t.Errorf("zero.Cmp(%v) = %d, %v", a, c, err)
	}
	if !z.IsZero() || z.IsValid() || z.Sign() != 0 || z.String() != "0" {
		t.Errorf("zero Amount: IsZero %v, IsValid %v, String %q", z.IsZero(), z.IsValid(), z)
	}
	usd0 := mkAmount(decimal.Zero, usd)
	if usd0.IsZero() || usd0.Equal(z) || usd0.Equal(mkAmount(decimal.Zero, eur)) {
		t.Error("USD 0 must differ from the zero Amount and from EUR 0")
	}
	// Only the zero Amount adds to anything: a zero in a currency still
	// has that currency, in either operand.
	if got, err := usd0.Add(e); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("%v.Add(%v) = %v, %v, want ErrCurrencyMismatch", usd0, e, got, err)
	}
	if got, err := e.Sub(usd0); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("%v.Sub(%v) = %v, %v, want ErrCurrencyMismatch", e, usd0, got, err)
	}
	// A currency-less non-zero amount is invalid, and does not add.
	bad := mkAmount(dec("5"), Currency{})
	if _, err := bad.Add(a); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("invalid.Add = %v, want ErrCurrencyMismatch", err)
	}
	// Nor does it add to itself or to the zero Amount, in either order.
	for _, tt := range []struct {
		name string
		x, y Amount
	}{
		{"invalid+invalid", bad, bad},
		{"invalid+zero", bad, z},
		{"zero+invalid", z, bad},
	} {
		if got, err := tt.x.Add(tt.y); !errors.Is(err, ErrNoCurrency) {
			t.Errorf("%s: Add = %v, %v, want ErrNoCurrency", tt.name, got, err)
		}
		if got, err := tt.x.Sub(tt.y); !errors.Is(err, ErrNoCurrency) {
			t.Errorf("%s: Sub = %v, %v, want ErrNoCurrency", tt.name, got, err)
		}
		if got, err := tt.x.Cmp(tt.y); !errors.Is(err, ErrNoCurrency) {
			t.Errorf("%s: Cmp = %v, %v, want ErrNoCurrency", tt.name, got, err)
		}
	}
	if got, err := z.Add(z); err != nil || !got.IsZero() {
		t.Errorf("zero.Add(zero) = %v, %v, want the zero Amount", got, err)
	}
}

func TestRatio(t *testing.T) {
	tests := []struct {
		num, den string
		places   int32
		want     string
	}{
		{"USD 147000000", "USD 1398000000", 4, "0.1052"},
		{"USD 1", "USD 3", 6, "0.333333"},
		{"USD 2", "USD 3", 2, "0.67"},
		{"USD 1", "USD 8", 2, "0.13"}, // 0.125, half away from zero
		{"USD -1", "USD 8", 2, "-0.13"},
		{"EUR 43000000", "EUR 43000000", 0, "1"},
	}
	for _, tt := range tests {
		got, err := Ratio(MustParseAmount(tt.num), MustParseAmount(tt.den), tt.places)
		if err != nil || !got.Equal(dec(tt.want)) {
			t.Errorf("Ratio(%s, %s, %d) = %v, %v, want %s", tt.num, tt.den, tt.places, got, err, tt.want)
		}
	}
	if _, err := Ratio(MustParseAmount("USD 1"), mkAmount(decimal.Zero, usd), 2); !errors.Is(err, ErrDivisionByZero) {
		t.Errorf("Ratio over zero: %v, want ErrDivisionByZero", err)
	}
}

func TestToMinor(t *testing.T) {
	tests := []struct {
		v     string
		scale int32
		want  int64
		ok    bool
	}{
		{"0", 2, 0, true},
		{"43000000", 2, 4300000000, true},
		{"1.5", 2, 150, true},
		{"1.50", 2, 150, true},
		{"-0.01", 2, -1, true},
		{"1.005", 2, 0, false},
		{"1.5", 0, 0, false},
		{"1.000", 0, 1, true},
		{"9999999999999999.99", 2, 999999999999999999, true},
		{"-9999999999999999.99", 2, -999999999999999999, true},
		// 19 digits could fit an int64, but toMinor leaves every 19-digit
		// coefficient to the exact slow path rather than risk overflow.
		{"92233720368547758.07", 2, 0, false},
		{"92233720368", 8, 9223372036800000000, true},
		{"92233720369", 8, 0, false},
		{"9223372036", 8, 922337203600000000, true},
		{"1e18", 2, 0, false},
		{"123456789012345678901234567890", 0, 0, false},
	}
	for _, tt := range tests {
		got, ok := toMinor(dec(tt.v), tt.scale)
		if got != tt.want || ok != tt.ok {
			t.Errorf("toMinor(%s, %d) = %d, %v, want %d, %v", tt.v, tt.scale, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMustParseAmountPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseAmount(\"5\") did not panic")
		}
	}()
	MustParseAmount("5")
}
