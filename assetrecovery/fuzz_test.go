package assetrecovery

import (
	"testing"
)

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{
		"USD 43000000", "43,000,000.00 USD", "EUR 1.5", "usd 43000000", "USD -0.50", "JPY 1,500",
		"XAU 12.5", "USD 1.005", "USD 43,000,000.00", "  chf\t+7 ", "USD\u00a07", "XYZ 1", "USD 1e6",
		"USD 1,00", "USD", "", "1 2 3", "USD 123456789012345678901234567890.123456789",
		"USD 6.5 million", "1.3 million USD", "US$17.7 million", "around 800 million Swiss francs ($842 million)",
		"about €2.5 billion", "more than £10 million", "5 kr", "DEM 1,5 Mio", "₦5 billion", "USD43 million",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAmount(s)
		if err != nil {
			if !a.IsZero() {
				t.Fatalf("ParseAmount(%q) = %v with error %v, want the zero Amount", s, a, err)
			}
			return
		}
		if !a.IsValid() {
			t.Fatalf("ParseAmount(%q) = %v without a currency", s, a)
		}
		// String and MarshalText both read back to the same amount.
		str := a.String()
		b, err := ParseAmount(str)
		if err != nil || !b.Equal(a) {
			t.Fatalf("ParseAmount(%q) = %v, %v, want %v (from %q)", str, b, err, a, s)
		}
		if b.String() != str {
			t.Fatalf("String not stable: %q then %q", str, b.String())
		}
		if b.Qualifier() != a.Qualifier() || !b.Step().Equal(a.Step()) || !b.Alt().Equal(a.Alt()) {
			t.Fatalf("ParseAmount(%q) lost what the print said: %q %v %v, want %q %v %v",
				str, b.Qualifier(), b.Step(), b.Alt(), a.Qualifier(), a.Step(), a.Alt())
		}
		text, err := a.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error %v", a, err)
		}
		var c Amount
		if err := c.UnmarshalText(text); err != nil || !c.Equal(a) {
			t.Fatalf("UnmarshalText(%q) = %v, %v, want %v", text, c, err, a)
		}
		// The cached minor units agree with the decimal.
		if m, ok := toMinor(a.value, a.cur.scale()); ok != a.whole || m != a.units {
			t.Fatalf("%v caches %d, %v; toMinor gives %d, %v", a, a.units, a.whole, m, ok)
		}
	})
}

func FuzzParseCurrency(f *testing.F) {
	for _, s := range []string{"USD", "usd", " Eur ", "XYZ", "ANG", "", "US", "USDD", "U$D", "\u00a0JPY"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCurrency(s)
		if err != nil {
			if c.IsValid() {
				t.Fatalf("ParseCurrency(%q) = %v with error %v", s, c, err)
			}
			return
		}
		if !c.IsValid() || c.Name() == "" {
			t.Fatalf("ParseCurrency(%q) = %v, invalid", s, c)
		}
		for _, form := range []string{c.String(), string(must(c.MarshalText()))} {
			d, err := ParseCurrency(form)
			if err != nil || d != c {
				t.Fatalf("ParseCurrency(%q) = %v, %v, want %v", form, d, err, c)
			}
		}
		var d Currency
		if err := d.UnmarshalText(must(c.MarshalText())); err != nil || d != c {
			t.Fatalf("UnmarshalText round trip of %v = %v, %v", c, d, err)
		}
	})
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
