package assetrecovery

import (
	"iter"
	"strconv"
)

// A Currency is one of the ISO 4217 codes in the package's table (List One:
// current currencies, funds and special units), such as "USD". It is a small
// comparable value, so it can be a map key and compared with ==; Compare
// orders currencies alphabetically by code.
//
// Every Currency made by this package (ParseCurrency, CurrencyByNumeric,
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

// String returns "currency", "fund" or "special". Other values print as
// "%!Kind(n)".
func (k Kind) String() string { return enumString("Kind", uint8(k), kindNames[:]) }

// IsValid reports whether k is one of the three kinds.
func (k Kind) IsValid() bool { return k >= KindCurrency && k <= KindSpecial }

// ParseKind parses a kind as String prints it, in any case.
func ParseKind(s string) (Kind, error) {
	v, err := parseEnum("kind", s, kindNames[:], nil)
	return Kind(v), err
}

// MarshalText implements encoding.TextMarshaler with the form String prints.
// The zero Kind marshals as empty text; other invalid values are an error
// wrapping ErrInvalid.
func (k Kind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// AppendText implements encoding.TextAppender, appending the name as
// String prints it. The zero Kind appends nothing; other invalid values
// are an error wrapping ErrInvalid.
func (k Kind) AppendText(b []byte) ([]byte, error) {
	return appendEnum(b, "kind", uint8(k), k.IsValid(), k.String())
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseKind accepts. Empty text gives the zero Kind.
func (k *Kind) UnmarshalText(text []byte) error {
	return unmarshalEnum(text, (*uint8)(k), func(t string) (uint8, error) {
		v, err := ParseKind(t)
		return uint8(v), err
	})
}

type currencyInfo struct {
	code    string
	numeric uint16
	minor   int8 // -1 where ISO 4217 says "N.A."
	kind    Kind
	name    string
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

// ParseCurrency parses an ISO 4217 alphabetic code in any case, with
// surrounding white space ignored: "USD", "usd" and " Usd " all give the US
// dollar. Text that is not three ASCII letters is an error wrapping
// ErrSyntax; three letters that are not in the table (such as "XYZ", or the
// withdrawn "ANG") are an error wrapping ErrUnknownCurrency. Both come as a
// *ParseError.
func ParseCurrency(s string) (Currency, error) {
	t := trimSpace(s)
	if len(t) != 3 {
		return Currency{}, &ParseError{What: "currency", Input: s, Err: ErrSyntax}
	}
	var up [3]byte
	for i := range 3 {
		c := upper(t[i])
		if c < 'A' || c > 'Z' {
			return Currency{}, &ParseError{What: "currency", Input: s, Err: ErrSyntax}
		}
		up[i] = c
	}
	c, ok := lookupCode(packCode(up[0], up[1], up[2]))
	if !ok {
		return Currency{}, &ParseError{What: "currency", Input: s, Err: ErrUnknownCurrency}
	}
	return c, nil
}

// MustParseCurrency is like ParseCurrency but panics if s is not a known
// code. It is meant for constants in programs and tests.
func MustParseCurrency(s string) Currency {
	c, err := ParseCurrency(s)
	if err != nil {
		panic(err)
	}
	return c
}

// CurrencyByNumeric returns the currency with the ISO 4217 numeric code n,
// such as 840 for the US dollar, and false if no code in the table has it.
func CurrencyByNumeric(n int) (Currency, bool) {
	for i := range currencyTable {
		if int(currencyTable[i].numeric) == n {
			return Currency{uint16(i + 1)}, true
		}
	}
	return Currency{}, false
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
// Currency prints as "invalid Currency".
func (c Currency) String() string {
	if in := c.info(); in != nil {
		return in.code
	}
	return "invalid Currency"
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
// order, from 0 to NumCurrencies-1, or -1 for the zero Currency, so that
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

// AppendText implements encoding.TextAppender: it appends the code, or
// nothing for the zero Currency.
func (c Currency) AppendText(b []byte) ([]byte, error) {
	if in := c.info(); in != nil {
		return append(b, in.code...), nil
	}
	return b, nil
}

// MarshalText implements encoding.TextMarshaler: the code, or empty text
// for the zero Currency.
func (c Currency) MarshalText() ([]byte, error) { return c.AppendText(nil) }

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

// GoString returns a Go expression for c, such as
// assetrecovery.MustParseCurrency("USD"), so that %#v output is readable.
func (c Currency) GoString() string {
	if !c.IsValid() {
		return "assetrecovery.Currency{}"
	}
	return "assetrecovery.MustParseCurrency(" + strconv.Quote(c.String()) + ")"
}
