package assetrecovery

import (
	"fmt"
	"iter"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Currency is one of the ISO 4217 codes in the package's table, such as
// "USD": List One (current currencies, funds and special units) and List
// Three (withdrawn codes, such as "DEM", "HRK" or "VEF", in which older cases
// are recorded; Withdrawn says when). It is a small
// comparable value, so it can be a map key and compared with ==; Compare
// orders currencies alphabetically by code.
//
// Every Currency made by this package ([ParseCurrency], [CurrencyByNumeric],
// Currencies, UnmarshalText) is in the table. The zero Currency is invalid:
// it has no code, no name and no minor units.
type Currency struct {
	// idx is 1 + the position in the code-sorted table, so zero is invalid
	// and the order of idx is the alphabetical order of codes. It is a
	// handle, never shown: text forms use the code.
	idx uint16
}

// A Kind classifies an ISO 4217 code.
type Kind uint8

// The kinds of code. The zero Kind is invalid.
const (
	// KindCurrency is a currency in circulation: national, or shared by a
	// monetary union (EUR, XOF, XCD).
	KindCurrency Kind = 1 + iota
	// KindFund is a fund code, an accounting unit tied to a currency, that
	// ISO 4217 flags as such (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI).
	KindFund
	// KindSpecial is any other X-code: precious metals (XAU), bond-market
	// units, the SDR (XDR), units of account (XSU, XUA, XAD), the testing code
	// XTS and XXX, "no currency".
	KindSpecial
)

var kindNames = [...]string{"", "currency", "fund", "special"}

// String returns "currency", "fund" or "special". The zero Kind prints as
// "%!Kind(0)", other invalid values as "%!Kind(n)".
func (k Kind) String() string { return enumString("Kind", uint8(k), kindNames[:]) }

type currencyInfo struct {
	code    string
	numeric uint16 // 0 where ISO 4217 gives none (three withdrawn special codes)
	minor   int8   // -1 where ISO 4217 says "N.A." or, for withdrawn codes, gives none
	kind    Kind
	name    string
	// wFrom and wTo are the first and last month (year*100+month) within
	// which the code was withdrawn; zero for current codes.
	wFrom, wTo int32
}

// packCode packs three upper-case ASCII letters into 15 bits, preserving
// alphabetical order.
func packCode(a, b, c byte) uint16 {
	return uint16(a-'A'+1)<<10 | uint16(b-'A'+1)<<5 | uint16(c-'A'+1)
}

// lookupCode returns the Currency with the packed code, or false.
func lookupCode(code uint16) (Currency, bool) {
	lo, hi := 0, NumCurrencies
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch c := currencyCodes[m]; {
		case c < code:
			lo = m + 1
		case c > code:
			hi = m
		default:
			return Currency{uint16(m + 1)}, true
		}
	}
	return Currency{}, false
}

// maxCurrencyLen is the longest text [ParseCurrency] reads.
const maxCurrencyLen = 64

// ParseCurrency parses an ISO 4217 alphabetic code, current or withdrawn,
// in any case, with surrounding space ignored: "USD", "usd" and " Usd " all
// give the US dollar, "DEM" the Deutsche Mark. Text that is not three ASCII
// letters is an error wrapping convention.ErrSyntax (convention.ErrRange
// beyond 64 bytes); three letters that are no code in the table (such as
// "XYZ") are an error wrapping convention.ErrUnknown. Both come as a
// *convention.ParseError. A hit allocates nothing.
func ParseCurrency(s string) (Currency, error) {
	if len(s) > maxCurrencyLen {
		return Currency{}, &convention.ParseError{Func: "assetrecovery.ParseCurrency", Input: s, Offset: maxCurrencyLen,
			Err: fmt.Errorf("%w: longer than %d bytes", convention.ErrRange, maxCurrencyLen)}
	}
	t, off := textnorm.Trim(s)
	c, ok, bad := parseCode(t)
	switch {
	case bad >= 0:
		return Currency{}, &convention.ParseError{Func: "assetrecovery.ParseCurrency", Input: s, Offset: off + bad,
			Err: fmt.Errorf("%w: not three letters", convention.ErrSyntax)}
	case !ok:
		return Currency{}, &convention.ParseError{Func: "assetrecovery.ParseCurrency", Input: s, Offset: off,
			Err: fmt.Errorf("%w: no ISO 4217 code %q", convention.ErrUnknown, t)}
	}
	return c, nil
}

// parseCode looks up three ASCII letters in any case. It returns the offset
// of the first byte that keeps t from being three letters, or -1.
func parseCode(t string) (c Currency, ok bool, bad int) {
	if len(t) != 3 {
		return Currency{}, false, min(len(t), 3)
	}
	var up [3]byte
	for i := range 3 {
		ch := textnorm.Upper(t[i])
		if ch < 'A' || ch > 'Z' {
			return Currency{}, false, i
		}
		up[i] = ch
	}
	c, ok = lookupCode(packCode(up[0], up[1], up[2]))
	return c, ok, -1
}

// MustParseCurrency is like [ParseCurrency] but panics if s is not a known
// code. It is meant for literals in programs and tests.
func MustParseCurrency(s string) Currency {
	c, err := ParseCurrency(s)
	if err != nil {
		panic(err)
	}
	return c
}

// CurrencyByNumeric returns the currency with the ISO 4217 numeric code n,
// such as 840 for the US dollar, and false if no code in the table has it.
// Where a withdrawn code shares its number with a current one (as numbers
// are reused), the current one is returned; among withdrawn codes alone,
// the one withdrawn last.
func CurrencyByNumeric(n int) (Currency, bool) {
	best := -1
	for i := range currencyTable {
		in := &currencyTable[i]
		if n <= 0 || int(in.numeric) != n {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		b := &currencyTable[best]
		if b.wFrom != 0 && (in.wFrom == 0 || in.wTo > b.wTo) {
			best = i
		}
	}
	if best < 0 {
		return Currency{}, false
	}
	return Currency{uint16(best + 1)}, true
}

// Currencies returns an iterator over every currency in the table, in
// alphabetical order of codes.
func Currencies() iter.Seq[Currency] {
	return func(yield func(Currency) bool) {
		for i := range NumCurrencies {
			if !yield(Currency{uint16(i + 1)}) {
				return
			}
		}
	}
}

// info returns the table row of c, or nil for the zero Currency.
func (c Currency) info() *currencyInfo {
	if c.idx == 0 || int(c.idx) > NumCurrencies {
		return nil
	}
	return &currencyTable[c.idx-1]
}

// IsValid reports whether c is a known code, that is, not the zero Currency.
func (c Currency) IsValid() bool { return c.info() != nil }

// String returns the upper-case alphabetic code, such as "USD". The zero
// Currency prints as "%!Currency(0)".
func (c Currency) String() string {
	if in := c.info(); in != nil {
		return in.code
	}
	return "%!Currency(0)"
}

// Name returns the ISO 4217 English name, such as "US Dollar", or "" for the
// zero Currency.
func (c Currency) Name() string {
	if in := c.info(); in != nil {
		return in.name
	}
	return ""
}

// Numeric returns the ISO 4217 numeric code, such as 840 for the US dollar,
// or 0 for the zero Currency.
func (c Currency) Numeric() int {
	if in := c.info(); in != nil {
		return int(in.numeric)
	}
	return 0
}

// MinorUnits returns the number of decimal places of the currency's minor
// unit: 2 for the US dollar (cents), 0 for the yen, 3 for the Jordanian
// dinar. It reports false where ISO 4217 gives none ("N.A."), as for gold
// (XAU), the SDR (XDR) and the other special units, and for the zero
// Currency.
func (c Currency) MinorUnits() (int, bool) {
	if in := c.info(); in != nil && in.minor >= 0 {
		return int(in.minor), true
	}
	return 0, false
}

// scale returns the minor units, or 0 where there are none.
func (c Currency) scale() int32 {
	if in := c.info(); in != nil && in.minor > 0 {
		return int32(in.minor)
	}
	return 0
}

// Kind returns the kind of code, or 0 for the zero Currency.
func (c Currency) Kind() Kind {
	if in := c.info(); in != nil {
		return in.kind
	}
	return 0
}

// Index returns the position of c among the known codes in alphabetical
// order, from 0 to [NumCurrencies]-1, or -1 for the zero Currency, so that
// callers can keep per-currency data in arrays. Indexes can change when the
// table is regenerated from newer data; store codes, not indexes.
func (c Currency) Index() int {
	if c.info() == nil {
		return -1
	}
	return int(c.idx) - 1
}

// Compare returns -1, 0 or +1 as c sorts before, with or after d in
// alphabetical order of codes. The zero Currency sorts first. It suits
// slices.SortFunc.
func (c Currency) Compare(d Currency) int {
	switch {
	case c.idx < d.idx:
		return -1
	case c.idx > d.idx:
		return +1
	}
	return 0
}

// Withdrawn reports whether c is a withdrawn code of ISO 4217 List Three,
// and when it was withdrawn, as precisely as the list says: a month (DEM:
// March 2002) or a span of years (1989 to 1990).
func (c Currency) Withdrawn() (convention.DateRange, bool) {
	in := c.info()
	if in == nil || in.wFrom == 0 {
		return convention.DateRange{}, false
	}
	from := time.Date(int(in.wFrom/100), time.Month(in.wFrom%100), 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(int(in.wTo/100), time.Month(in.wTo%100)+1, 0, 0, 0, 0, 0, time.UTC)
	return convention.DateRange{Earliest: from, Latest: to}, true
}

// MarshalText implements encoding.TextMarshaler: the code, or empty text
// for the zero Currency.
func (c Currency) MarshalText() ([]byte, error) {
	if in := c.info(); in != nil {
		return []byte(in.code), nil
	}
	return []byte{}, nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseCurrency accepts. Empty text gives the zero Currency.
func (c *Currency) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Currency{}
		return nil
	}
	v, err := ParseCurrency(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
