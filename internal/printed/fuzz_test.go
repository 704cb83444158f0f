package printed

import (
	"testing"
)

// FuzzParse checks that Parse never panics, that its errors are *Error with
// an offset inside the text, and that every figure it reads round-trips
// through String.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"3,680", "four", "an additional four", "eight further needs", "$43 million", "US$43m",
		"43 million USD", "€5m", "CHF 3 bn", "36 per cent", "almost 500", "3,680 or more",
		"between 2006 and 2012", "$2–3 million", "10–15%", "one hundred and five", "a million",
		"around 800 million Swiss francs ($842 million)", "EUR 7.234567", "US $ 2.5 billion", "0.50",
		"EUR 5 USD", "5 or more or less", "one hundred and",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		fig, err := Parse(in)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("Parse(%q) error %T, want *Error", in, err)
			}
			if e.Offset < 0 || e.Offset > len(in) {
				t.Fatalf("Parse(%q) error offset %d outside the text", in, e.Offset)
			}
			return
		}
		s := fig.String()
		if len(s) > MaxLen {
			return
		}
		back, err := Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q, which does not parse: %v", in, s, err)
		}
		if back.String() != s {
			t.Fatalf("Parse(%q).String() = %q, but that reads back as %q", in, s, back.String())
		}
		want, got := read(fig), read(back)
		// String writes digits and codes: spellings may differ.
		want.Lo, got.Lo = fig.Lo.String(), back.Lo.String()
		want.Hi, got.Hi = fig.Hi.String(), back.Hi.String()
		want.CurrencyText, got.CurrencyText = "", ""
		if want != got {
			t.Fatalf("Parse(%q) = %+v, but its String %q reads as %+v", in, want, s, got)
		}
	})
}
