package printed

import (
	"strings"
	"testing"
)

// prose is a paragraph of the kind Scan reads, with figures of every kind.
const prose = "As at 30 November 2007, some 140 States parties had reported; by 2010–June 2012 about 36 per cent " +
	"of them, or 44 of 121, had frozen US$1.398 billion, up from US$1.225 billion in 2006–2009. The 100th " +
	"ratification came on Friday, 27 September. Only $185 million, or less than three percent, of $6.4 billion " +
	"was returned, around 800 million Swiss francs ($842 million) among it. "

// repeat returns s repeated up to n bytes.
func repeat(s string, n int) string {
	return strings.Repeat(s, n/len(s)+1)[:n]
}

func benchScan(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for range Scan(text) {
		}
	}
}

// BenchmarkScan scans prose of growing size: the time per byte stays the
// same (linear time).
func BenchmarkScan(b *testing.B) {
	for _, n := range []int{1 << 14, 1 << 17, 1 << 20} {
		b.Run(strings.Repeat("x", 0)+sizeName(n), func(b *testing.B) { benchScan(b, repeat(prose, n)) })
	}
}

func sizeName(n int) string {
	switch {
	case n >= 1<<20:
		return "1MB"
	case n >= 1<<17:
		return "128KB"
	}
	return "16KB"
}

// BenchmarkScanHostile scans a megabyte of input built to be slow: one
// long number, number words, nested parentheses, dashes, qualifiers,
// separators, ordinals and months.
func BenchmarkScanHostile(b *testing.B) {
	for _, c := range []struct{ name, text string }{
		{"digits", strings.Repeat("9", 1<<20)},
		{"grouped", "1" + strings.Repeat(",000", 1<<18)},
		{"numberWords", repeat("twenty one hundred and ", 1<<20)},
		{"parentheses", repeat("$1 (", 1<<20)},
		{"dashes", repeat("2–", 1<<20)},
		{"qualifiers", repeat("well in excess of ", 1<<20)},
		{"ordinals", repeat("1st ", 1<<20)},
		{"months", repeat("14 December ", 1<<20)},
		{"currencyNames", repeat("5 Bosnia-Herzegovina convertible ", 1<<20)},
		{"longestNumbers", repeat(strings.Repeat("9", MaxLen)+" ", 1<<20)},
		{"longestDecimals", repeat("0."+strings.Repeat("1", MaxLen-2)+" ", 1<<20)},
	} {
		b.Run(c.name, func(b *testing.B) { benchScan(b, c.text) })
	}
}

// BenchmarkParseLongest parses the longest text Parse accepts, all digits,
// and the 10^5-digit number it refuses.
func BenchmarkParseLongest(b *testing.B) {
	for _, c := range []struct{ name, text string }{
		{"maxDigits", strings.Repeat("9", MaxLen)},
		{"maxGrouped", "1" + strings.Repeat(",000", (MaxLen-1)/4)},
		{"tooLong", "USD " + strings.Repeat("9", 100_000)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = ParseMoney(c.text)
			}
		})
	}
}

func BenchmarkParseMoney(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ParseMoney("around 800 million Swiss francs ($842 million)")
	}
}

// BenchmarkParseMoneyUnknown measures the worst error: an unknown currency
// name compared with every known one.
func BenchmarkParseMoneyUnknown(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ParseMoney("800 million Swiss frnacs of the Confederation")
	}
}
