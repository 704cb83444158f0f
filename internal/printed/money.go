package printed

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Money is an amount of money as printed, read at face value: the number
// with its printed precision, the currency as an ISO 4217 code and as
// printed, the qualifier as printed, and the same amount printed again in
// another currency in parentheses, if any. Nothing is rounded to the
// currency's minor units: "EUR 7.234567" keeps its six decimals.
type Money struct {
	Qual      Qualifier // Plain when none is printed
	QualText  string    // the qualifier phrase as printed ("around", "or more"), "" for none
	QualAfter bool      // the qualifier was printed after the amount ("or more")
	Number    Number    // the amount in units of the currency: Coef × 10^Exp
	// Currency is the ISO 4217 code: "USD" for "$", "US$", "US dollars";
	// "" when the text names no currency. Any three upper-case letters in
	// the place of a code are returned as they are: whether they are an
	// ISO 4217 code, current or withdrawn, is for the caller to check.
	Currency     string
	CurrencyText string // the currency as printed: "$", "US $", "Swiss francs"
	// Alt is the same amount printed in another currency in parentheses:
	// the "$842 million" of "800 million Swiss francs ($842 million)".
	Alt *Money
}

// IsValid reports whether m holds an amount.
func (m Money) IsValid() bool { return m.Qual.IsValid() && m.Number.IsValid() }

// String returns the amount in the form ParseMoney reads back to an equal
// Money (apart from how the number and currency were spelled): the
// qualifier as printed, the code, the number with its scale word, and the
// amount in parentheses: "around CHF 800 million (USD 842 million)".
func (m Money) String() string {
	return m.figure().String()
}

func (m Money) figure() Figure {
	f := Figure{Qual: m.Qual, QualText: m.QualText, QualAfter: m.QualAfter, Lo: m.Number,
		Currency: m.Currency, CurrencyText: m.CurrencyText}
	if m.Alt != nil {
		a := m.Alt.figure()
		f.Alt = &a
	}
	return f
}

func moneyOf(f Figure) Money {
	m := Money{Qual: f.Qual, QualText: f.QualText, QualAfter: f.QualAfter, Number: f.Lo,
		Currency: f.Currency, CurrencyText: f.CurrencyText}
	if f.Alt != nil {
		a := moneyOf(*f.Alt)
		m.Alt = &a
	}
	return m
}

// ParseMoney reads one amount of money as the world prints it, with nothing
// after it: an optional qualifier ("about", "approximately", "around",
// "some", "over", "more than", "nearly", "up to" … or "or more" after, or
// one of approximation in parentheses, "(approximately)"), a
// currency before the number — a sign ("$", "US$", "US $", "€", "£", "¥",
// "₦", "R$", "kr" …) or an ISO code with or without a space ("USD 6.5
// million", "USD43 million") — or after it — a code ("1.3 million USD"), a
// sign ("5 €") or a name ("Swiss francs", "US dollars", "naira", "pounds
// sterling", "euros"); the number in digits with thousands separators
// (commas, apostrophes as in Switzerland, "1'000'000", or spaces, "500
// 000", one kind in a number; in rupees and taka also in lakhs, "₹1,00,000")
// and any number of decimals, or in words; a scale word or abbreviation
// ("thousand", "k", "million", "m", "mn", "mln", "Mio.", "billion", "bn",
// "bln", "trillion", "tn", the plural "millions" of texts translated from
// French or Spanish, and the Indian "lakh" and "crore" or "cr"); and
// the same amount in another currency in parentheses. Decimal commas ("1,5
// Mio") are not read: a comma separates thousands.
//
// "$" is US dollars, as in UN documents; every other sign is the currency
// whose English CLDR symbol it is ("¥" yen, "£" pounds sterling), or, when
// it is only a narrow symbol or the symbol of an English locale of CLDR
// ("Ksh" in Kenya, "R" in South Africa), the one currency it stands for
// ("₦"). Before a number, a sign of letters may be printed in other case
// ("KSh"), and a sign of one letter is read only joined to it ("R1.2
// billion", not "R 1.2 billion"). A sign
// or name used for several currencies ("kr", "Rs", "francs", "pounds") is
// an error wrapping ErrAmbiguous with the candidate codes; words in the
// place of a currency that name none is an error wrapping ErrUnknown with
// the closest known names. Ranges, percentages and nouns are errors.
//
// Text longer than MaxLen is an error wrapping ErrRange.
func ParseMoney(text string) (Money, error) {
	if len(text) > MaxLen {
		return Money{}, &Error{Offset: MaxLen, Reason: "text longer than the limit of 1000 bytes", Err: ErrRange}
	}
	if !utf8.ValidString(text) {
		return Money{}, syntaxError(0, "invalid UTF-8")
	}
	p := newParser(text)
	p.money = true
	p.lx.spaceGroups = true // the text holds one amount: "500 000" is one number
	if p.tok(0).kind == 0 {
		return Money{}, syntaxError(0, "empty text")
	}
	f, err := p.figure()
	if err != nil {
		return Money{}, err
	}
	switch {
	case f.Range:
		return Money{}, syntaxError(0, "a range, not one amount")
	case f.Percent:
		return Money{}, syntaxError(0, "a percentage, not an amount")
	case f.Change:
		return Money{}, syntaxError(0, "an increment, not an amount")
	}
	if t := p.tok(0); t.kind != 0 {
		if err := p.notAfterFigure(); err != nil {
			return Money{}, err
		}
		if t.kind == tWord && f.Currency == "" {
			return Money{}, p.unknownCurrency()
		}
		return Money{}, p.failHere(`unexpected "` + p.text(t) + `" after the amount`)
	}
	return moneyOf(f), nil
}

// maxNameGuess bounds the words compared with the known currency names.
const maxNameGuess = 40

// unknownCurrency reports the words at the current token as an unknown
// currency, with the known names closest to them.
func (p *parser) unknownCurrency() *Error {
	t := p.tok(0)
	end := t.end
	for k := 1; k < 4; k++ {
		u := p.tok(k)
		if u.kind != tWord || u.end-t.pos > maxNameGuess {
			break
		}
		end = u.end
	}
	words := p.in[t.pos:min(end, t.pos+maxNameGuess)]
	return &Error{Offset: t.pos, Reason: `unknown currency "` + words + `"`,
		Candidates: closestNames(strings.ToLower(words), 3), Err: ErrUnknown}
}

// closestNames returns up to n currency names closest to s by edit
// distance, each with its code: "Swiss francs (CHF)".
func closestNames(s string, n int) []string {
	type cand struct{ d, i int }
	best := make([]cand, 0, n+1)
	var rows [2][maxNameGuess + 48]int
	for i, f := range currencyNames {
		if strings.Contains(f.codes, " ") || len(f.form) >= len(rows[0]) {
			continue
		}
		d := editDistance(s, f.form, rows[0][:len(f.form)+1], rows[1][:len(f.form)+1])
		// Keep the n closest, the first found among equals.
		k := len(best)
		for k > 0 && best[k-1].d > d {
			k--
		}
		if k < n {
			best = slices.Insert(best, k, cand{d, i})
			if len(best) > n {
				best = best[:n]
			}
		}
	}
	out := make([]string, len(best))
	for k, c := range best {
		out[k] = currencyNames[c.i].form + " (" + currencyNames[c.i].codes + ")"
	}
	return out
}

// editDistance is the Levenshtein distance between a and b in bytes, using
// prev and cur, of length len(b)+1, as its rows; both strings are bounded
// by the callers (maxNameGuess and the longest name).
func editDistance(a, b string, prev, cur []int) int {
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
