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

// FuzzParseMoney checks that ParseMoney never panics, that its errors are
// *Error with an offset inside the text, and that every amount it reads
// round-trips through String.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{
		"USD 6.5 million", "1.3 million USD", "US$17.7 million", "US $ 2.5 billion", "€1.5m", "£10,000",
		"₦ 5.4 billion", "CHF 80 million", "EUR1.5 million", "USD43 million",
		"around 800 million Swiss francs ($842 million)", "some $3.3 million", "over US$1 billion",
		"EUR 7.234567", "kr 500", "800 million francs", "5 million Swiss frnacs", "$5 million or more",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		m, err := ParseMoney(in)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("ParseMoney(%q) error %T, want *Error", in, err)
			}
			if e.Offset < 0 || e.Offset > len(in) {
				t.Fatalf("ParseMoney(%q) error offset %d outside the text", in, e.Offset)
			}
			return
		}
		s := m.String()
		if len(s) > MaxLen {
			return
		}
		back, err := ParseMoney(s)
		if err != nil {
			t.Fatalf("ParseMoney(%q).String() = %q, which does not parse: %v", in, s, err)
		}
		if back.String() != s || back.Number.Value().Cmp(m.Number.Value()) != 0 || back.Number.Exp != m.Number.Exp ||
			back.Currency != m.Currency || back.Qual != m.Qual {
			t.Fatalf("ParseMoney(%q) = %q, but that reads back as %q", in, s, back.String())
		}
	})
}

// FuzzScan checks that Scan never panics, that its spans lie inside the
// text in order without overlapping, and that each span read alone gives
// the same reading (and fails for an unreadable one).
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"There are currently 180 States parties.", "only $185 million, or less than three percent, out of $6.4 billion",
		"of which 44", "launch in 2009", "2010-June 2012", "the thirtieth ratification and the 100th Ratification",
		"on Friday, 27 September, as at 30 November 2007", "kr 500", "3,68", "2015–2012", "between 2 and 15",
		"around 800 million Swiss francs ($842 million)", "14–16 December 2005", "31.12.2015 and 2019-03-01", "CHF 700 millions", "in 2019 millions of people",
		"one hundred and five", "from 500 to the end", "$1 ($2 ($3))",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for fd := range Scan(text) {
			if fd.Start < last || fd.End <= fd.Start || fd.End > len(text) {
				t.Fatalf("Scan(%q): span [%d,%d) after %d", text, fd.Start, fd.End, last)
			}
			last = fd.End
			span := text[fd.Start:fd.End]
			switch fd.Kind {
			case KindUnreadable:
				if fd.Err == nil {
					t.Fatalf("Scan(%q): unreadable %q without an error", text, span)
				}
				if g, err := Parse(span); err == nil {
					t.Fatalf("Scan(%q): unreadable %q, but Parse reads %q", text, span, g.String())
				}
				if g, err := ParseDate(span); err == nil {
					t.Fatalf("Scan(%q): unreadable %q, but ParseDate reads %q", text, span, g.String())
				}
			case KindYear, KindDate, KindPeriod:
				g, err := ParseDate(span)
				if err != nil || g != fd.Period {
					t.Fatalf("Scan(%q): %s %q = %+v, but ParseDate gives %+v, %v", text, fd.Kind, span, fd.Period, g, err)
				}
				if fd.Kind != KindYear {
					break
				}
				fallthrough
			default:
				g, err := Parse(span)
				if err != nil || read(g) != read(fd.Figure) {
					t.Fatalf("Scan(%q): %s %q = %+v, but Parse gives %+v, %v", text, fd.Kind, span, read(fd.Figure), read(g), err)
				}
			}
		}
	})
}

// FuzzParseDate checks that ParseDate never panics, that its errors are
// *Error with an offset inside the text, and that every period it reads
// round-trips through String.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"14 December 2005", "June 7, 2019", "1st March 2018", "31.12.2015", "2019-03-01", "2008", "2010 and 2011",
		"March 2016", "Friday, 27 September", "as at 30 November 2007", "in 2009", "2010–June 2012", "2006–2009",
		"14–16 December 2005", "between 2006 and 2012", "ten years ago today", "01/03/2019",
		"2005/06", "2010/2011", "12/2005", "3Q 2019", "the early 2000s", "end-June 2019", "summer 2019",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		p, err := ParseDate(in)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("ParseDate(%q) error %T, want *Error", in, err)
			}
			if e.Offset < 0 || e.Offset > len(in) {
				t.Fatalf("ParseDate(%q) error offset %d outside the text", in, e.Offset)
			}
			return
		}
		s := p.String()
		back, err := ParseDate(s)
		if err != nil || back != p {
			t.Fatalf("ParseDate(%q) = %+v, String %q reads back as %+v, %v", in, p, s, back, err)
		}
	})
}
