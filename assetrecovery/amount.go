package assetrecovery

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/printed"
	"github.com/uncac-go/uncac/internal/textnorm"
)

// An Amount is an exact sum of money in one currency: a decimal.Decimal and
// a Currency. It never holds a float.
//
// Arithmetic between amounts in different currencies fails with a
// *CurrencyMismatchError instead of producing a meaningless sum; converting
// between currencies is the business of Rates.
//
// The zero Amount has no currency and the value zero. It prints as "0",
// marshals as empty text, and IsZero reports true for it. In arithmetic it
// is the identity: adding it to, or subtracting it from, an amount in any
// currency gives that amount, so a running total can start from Amount{}.
// An Amount with no currency and a value other than zero (which only
// NewAmount with the zero Currency can make) is invalid, and arithmetic with
// it fails.
//
// Amounts hold decimals, which contain a pointer, so compare them with
// Equal or Cmp, never ==.
type Amount struct {
	value decimal.Decimal
	// units caches value in minor units of cur when whole is set, so that
	// Sum adds integers without inspecting the decimal again.
	units int64
	// print holds what a printed figure said beyond its value (a scale
	// word, a qualifier, a second amount); nil for other amounts.
	print *printing
	cur   Currency
	whole bool
}

// printing is what [ParseAmount] keeps of a printed figure beyond its value.
type printing struct {
	text string // the canonical printed form, which String returns
	qual string // the qualifier as printed, lower case
	alt  Amount // the amount in parentheses, or the zero Amount
}

// mkAmount makes every Amount with a currency, filling in the cache.
func mkAmount(v decimal.Decimal, c Currency) Amount {
	u, ok := toMinor(v, c.scale())
	return Amount{value: v, cur: c, units: u, whole: ok}
}

// NewAmount returns the amount v in currency c. The value is kept exactly,
// even where it has more decimal places than the currency's minor unit. A
// value with more than [MaxDigits] digits before or after the decimal point
// (such as 1e4000000, which nine bytes of text can make) is an error
// wrapping convention.ErrRange, so that no amount can make the cost of
// printing or adding it unbounded.
func NewAmount(v decimal.Decimal, c Currency) (Amount, error) {
	if err := checkDigits(v); err != nil {
		return Amount{}, fmt.Errorf("assetrecovery: amount %s: %w", c, err)
	}
	return mkAmount(v, c), nil
}

// MaxDigits bounds the decimals that enter the package: an amount or a rate
// has at most [MaxDigits] digits before the decimal point and at most
// MaxDigits after it. Thirty digits hold any sum of money ever recorded with
// room to spare, and keep every product, quotient and sum of such values
// small, so that no caller's value can make an operation slow.
const MaxDigits = 30

// checkDigits returns an error wrapping convention.ErrRange if v has more
// than [MaxDigits] digits before or after the decimal point.
func checkDigits(v decimal.Decimal) error {
	if v.Sign() == 0 {
		if e := v.Exponent(); e > MaxDigits || e < -MaxDigits {
			return fmt.Errorf("%w: exponent %d", convention.ErrRange, e)
		}
		return nil
	}
	exp := int64(v.Exponent())
	if exp < -MaxDigits || int64(v.NumDigits())+exp > MaxDigits {
		return fmt.Errorf("%w: more than %d digits before or after the point", convention.ErrRange, MaxDigits)
	}
	return nil
}

// maxPlaces bounds the places a caller asks to round to: values within
// MaxDigits, multiplied or divided by rates within [MaxDigits], have no digit
// beyond 2*MaxDigits places either way.
const maxPlaces = 2*MaxDigits + 4

func clampPlaces(p int32) int32 { return min(max(p, -maxPlaces), maxPlaces) }

// NewAmountMinor returns units of c's minor unit: [NewAmountMinor](150, usd)
// is USD 1.50, and [NewAmountMinor](150, jpy) is JPY 150. For a currency that
// has no minor unit (XAU, XDR) the units are whole units.
func NewAmountMinor(units int64, c Currency) Amount {
	return Amount{value: decimal.New(units, -c.scale()), cur: c, units: units, whole: true}
}

// Decimal returns the amount's value.
func (a Amount) Decimal() decimal.Decimal { return a.value }

// Currency returns the amount's currency, or the zero Currency for the zero
// Amount.
func (a Amount) Currency() Currency { return a.cur }

// IsZero reports whether a is the zero Amount: no currency and a value of
// zero. An amount of zero in a currency, such as USD 0.00, is not the zero
// Amount; use Sign to test the value.
func (a Amount) IsZero() bool { return !a.cur.IsValid() && a.value.Sign() == 0 }

// IsValid reports whether a has a currency.
func (a Amount) IsValid() bool { return a.cur.IsValid() }

// Sign returns -1, 0 or +1 as the value of a is negative, zero or positive.
func (a Amount) Sign() int { return a.value.Sign() }

// Round returns a rounded to places decimal places, half away from zero:
// USD 1.005 rounded to 2 places is USD 1.01. Use the currency's MinorUnits
// for places to round to cents. Places beyond ±64 are taken as ±64, which
// changes nothing for an amount within [MaxDigits].
func (a Amount) Round(places int32) Amount {
	return mkAmount(roundRat(a.value.Rat(), clampPlaces(places)), a.cur)
}

// Equal reports whether a and b are the same amount in the same currency.
// USD 1.5 equals USD 1.50, and "USD 6.5 million" equals USD 6,500,000.00:
// what a print said beyond the value (Qualifier, Step, Alt) is not
// compared. USD 0 does not equal EUR 0 or the zero Amount.
func (a Amount) Equal(b Amount) bool { return a.cur == b.cur && a.value.Equal(b.value) }

// common returns the currency that an operation on a and b takes place in,
// or a *CurrencyMismatchError. The zero Amount fits any currency. Two
// amounts without a currency, one of them not zero, have none in common.
func common(op string, a, b Amount) (Currency, error) {
	switch {
	case a.cur == b.cur:
		if !a.cur.IsValid() && (a.value.Sign() != 0 || b.value.Sign() != 0) {
			return Currency{}, fmt.Errorf("assetrecovery: %s: %w", op, ErrNoCurrency)
		}
		return a.cur, nil
	case a.IsZero():
		return b.cur, nil
	case b.IsZero():
		return a.cur, nil
	}
	return Currency{}, &CurrencyMismatchError{Op: op, Left: a.cur, Right: b.cur}
}

// Add returns a + b. If the currencies differ it returns the zero Amount and
// a *CurrencyMismatchError, unless one operand is the zero Amount, which
// adds nothing. An invalid operand (a value without a currency) is an error
// too: a *CurrencyMismatchError against an amount in a currency, otherwise
// an error wrapping [ErrNoCurrency].
func (a Amount) Add(b Amount) (Amount, error) {
	c, err := common("add", a, b)
	if err != nil {
		return Amount{}, err
	}
	return mkAmount(a.value.Add(b.value), c), nil
}

// Sub returns a - b, with the currency rules of Add.
func (a Amount) Sub(b Amount) (Amount, error) {
	c, err := common("subtract", a, b)
	if err != nil {
		return Amount{}, err
	}
	return mkAmount(a.value.Sub(b.value), c), nil
}

// Cmp returns -1, 0 or +1 as a is less than, equal to or greater than b.
// Amounts in different currencies cannot be compared: Cmp then returns 0 and
// a *CurrencyMismatchError. The zero Amount compares as zero in any currency.
func (a Amount) Cmp(b Amount) (int, error) {
	if _, err := common("compare", a, b); err != nil {
		return 0, err
	}
	return a.value.Cmp(b.value), nil
}

// Ratio returns num ÷ den rounded to places decimal places, half away from
// zero. Both must be in the same currency (a *CurrencyMismatchError
// otherwise); a zero denominator is [ErrDivisionByZero]. To compare amounts in
// different currencies, convert them first with [Rates.Convert].
func Ratio(num, den Amount, places int32) (decimal.Decimal, error) {
	if _, err := common("ratio", num, den); err != nil {
		return decimal.Decimal{}, err
	}
	if den.value.Sign() == 0 {
		return decimal.Decimal{}, ErrDivisionByZero
	}
	q := new(big.Rat).Quo(num.value.Rat(), den.value.Rat())
	return roundRat(q, clampPlaces(places)), nil
}

// places returns the number of decimal places a prints with: the currency's
// minor units, or more if the value has more non-zero decimals.
func (a Amount) places() int32 {
	p := a.cur.scale()
	if a.value.Exponent() >= 0 {
		return p
	}
	s := a.value.String() // trims trailing zeros
	if i := strings.IndexByte(s, '.'); i >= 0 {
		p = max(p, int32(len(s)-i-1))
	}
	return p
}

// String returns the currency code and the value with thousands separators,
// to the currency's minor units: "USD 43,000,000.00", "JPY 1,500",
// "USD -0.50". A value with more decimals than the minor unit keeps them
// ("USD 1.005"): String never rounds. A currency without minor units prints
// the decimals the value has ("XAU 12.5", "DEM 1.5"). An amount that
// ParseAmount read from a printed figure with a scale word, a qualifier or a
// second amount prints that figure in canonical form: "USD 6.5 million",
// "around CHF 800 million (USD 842 million)". The zero Amount prints as "0",
// and an invalid Amount (a value without a currency) prints its value
// alone. [ParseAmount] reads every form String prints for a valid Amount back
// to an equal Amount with the same Qualifier, Step and Alt.
func (a Amount) String() string {
	if a.print != nil {
		return a.print.text
	}
	num := a.value.StringFixed(a.places())
	if !a.cur.IsValid() {
		return num
	}
	var b strings.Builder
	b.Grow(len(num) + len(num)/3 + 4)
	b.WriteString(a.cur.String())
	b.WriteByte(' ')
	if num[0] == '-' {
		b.WriteByte('-')
		num = num[1:]
	}
	intPart, frac := num, ""
	if i := strings.IndexByte(num, '.'); i >= 0 {
		intPart, frac = num[:i], num[i:]
	}
	b.WriteString(printed.GroupInt(intPart))
	b.WriteString(frac)
	return b.String()
}

// Qualifier returns the qualifier the amount was printed with, as printed
// and in lower case ("about", "around", "more than", "or more"), or "" if
// there was none or the amount was not parsed from text.
func (a Amount) Qualifier() string {
	if a.print == nil {
		return ""
	}
	return a.print.qual
}

// Alt returns the second amount printed in parentheses after a, the same
// sum in another currency ("CHF 800 million (USD 842 million)"), or the zero
// Amount if there was none.
func (a Amount) Alt() Amount {
	if a.print == nil {
		return Amount{}
	}
	return a.print.alt
}

// Step returns the place value of the last digit of a as printed: 100,000
// for "USD 6.5 million", 1,000,000 for "USD 43 million", 0.01 for
// "USD 43,000,000.00". It is what the print says about precision: a caller
// can take the figure to stand for [a − Step/2, a + Step/2] as a report's
// rounding allows (package claim does). For amounts not read from a printed
// figure it is the place of the last digit String prints.
func (a Amount) Step() decimal.Decimal {
	if a.print != nil {
		return decimal.New(1, a.value.Exponent())
	}
	return decimal.New(1, -a.places())
}

// MarshalText implements encoding.TextMarshaler with the form String
// prints, which UnmarshalText reads back. The zero Amount marshals as empty
// text; an invalid non-zero Amount is an error wrapping [ErrNoCurrency].
func (a Amount) MarshalText() ([]byte, error) {
	if a.IsZero() {
		return []byte{}, nil
	}
	if !a.cur.IsValid() {
		return nil, fmt.Errorf("assetrecovery: marshaling amount %s: %w", a.value.String(), ErrNoCurrency)
	}
	return []byte(a.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseAmount accepts. Empty text gives the zero Amount.
func (a *Amount) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = Amount{}
		return nil
	}
	v, err := ParseAmount(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// maxAmountLen is the longest text [ParseAmount] reads.
const maxAmountLen = 256

// ParseAmount parses an amount as the world prints it, at face value, and
// keeps what the print says beyond the value.
//
// The plain form is a currency code and a number, in either order,
// separated by space: "USD 43000000", "43,000,000.00 USD", "usd -0.50",
// "DEM 1.5". The number is an optional sign, digits (optionally grouped in
// threes by commas, by apostrophes as in Switzerland, "CHF 1'000'000", or by
// spaces, "USD 500 000"; one kind in a number) and an optional decimal
// point followed by digits.
//
// Every other money form that package claim reads is read too, through the
// one grammar of printed figures the two packages share: symbols ("$",
// "US$", "€", "£", "₦", and those of CLDR's English locales, "Ksh",
// "R1.2 billion"…; "$" is the US dollar, as in UN documents), ISO
// codes before or after with or without a space ("USD43 million"; a code
// at either end in any case, "usd 6.5 million"), currency
// names ("Swiss francs", "naira"), scale words and abbreviations ("6.5
// million", "1.2bn"), a qualifier ("about", "around", "over", "more than"),
// kept by Qualifier, and a second amount in parentheses, kept by Alt. The
// value is the figure at face value, never rounded ("USD 6.5 million" is
// USD 6,500,000), and Step gives the precision the print implies.
//
// Errors are *convention.ParseError values wrapping convention.ErrSyntax
// (not an amount, or a figure without a currency, a range or a percentage),
// convention.ErrUnknown (a code, symbol or name of no known currency),
// convention.ErrAmbiguous (a symbol or name several currencies use, such as
// "kr"; the message names the candidates) or convention.ErrRange (text
// longer than 256 bytes, or a number with more than [MaxDigits] digits
// before or after the point). The cost is linear in the length of s.
func ParseAmount(s string) (Amount, error) {
	const fn = "assetrecovery.ParseAmount"
	if len(s) > maxAmountLen {
		return Amount{}, &convention.ParseError{Func: fn, Input: s, Offset: maxAmountLen,
			Err: fmt.Errorf("%w: longer than %d bytes", convention.ErrRange, maxAmountLen)}
	}
	if a, ok, err := parsePlainAmount(s); ok || err != nil {
		if err != nil {
			return Amount{}, &convention.ParseError{Func: fn, Input: s, Err: err}
		}
		return a, nil
	}
	a, off, err := parsePrintedAmount(s)
	if err != nil {
		return Amount{}, &convention.ParseError{Func: fn, Input: s, Offset: off, Err: err}
	}
	return a, nil
}

// parsePlainAmount reads the plain form, code and number. It reports false
// with a nil error if s is not in that form, so that the printed grammar
// can try.
func parsePlainAmount(s string) (Amount, bool, error) {
	t, _ := textnorm.Trim(s)
	i := 0
	for i < len(t) && textnorm.SpaceLen(t[i:]) == 0 {
		i++
	}
	if i == len(t) {
		return Amount{}, false, nil
	}
	first, second := t[:i], textnorm.TrimLeft(t[i:])
	for j := 0; j < len(second); j++ {
		if textnorm.SpaceLen(second[j:]) > 0 {
			return Amount{}, false, nil
		}
	}
	code, num := first, second
	if len(code) != 3 || !isLetter(code[0]) {
		code, num = second, first
	}
	c, known, bad := parseCode(code)
	if bad >= 0 {
		return Amount{}, false, nil
	}
	plain, ok := plainNumber(num)
	if !ok {
		return Amount{}, false, nil
	}
	if !known {
		// A sign of three letters ("FBu 5", "CFP 5") is no code.
		if a, _, err := parsePrintedAmount(s); err == nil {
			return a, true, nil
		}
		return Amount{}, false, fmt.Errorf("%w: no ISO 4217 code %q", convention.ErrUnknown, code)
	}
	if intDigits, fracDigits := countDigits(plain); intDigits > MaxDigits || fracDigits > MaxDigits {
		return Amount{}, false, fmt.Errorf("%w: more than %d digits before or after the point", convention.ErrRange, MaxDigits)
	}
	v, err := decimal.NewFromString(plain)
	if err != nil {
		return Amount{}, false, fmt.Errorf("%w: %v", convention.ErrSyntax, err)
	}
	return mkAmount(v, c), true, nil
}

// upperCodes returns s with a known ISO 4217 code in any case at its start
// or end (a word of three ASCII letters) in capitals, and whether it changed
// anything.
func upperCodes(s string) (string, bool) {
	t, off := textnorm.Trim(s)
	b := []byte(s)
	changed := false
	try := func(i int) {
		if _, ok, bad := parseCode(string(b[i : i+3])); ok && bad < 0 {
			for k := i; k < i+3; k++ {
				if u := textnorm.Upper(b[k]); u != b[k] {
					b[k], changed = u, true
				}
			}
		}
	}
	if len(t) >= 3 && (len(t) == 3 || !isLetter(t[3])) {
		try(off)
	}
	if n := len(t); n > 3 && !isLetter(t[n-4]) {
		try(off + n - 3)
	}
	return string(b), changed
}

func isLetter(c byte) bool { c = textnorm.Upper(c); return 'A' <= c && c <= 'Z' }

// parsePrintedAmount reads s with the shared grammar of printed money.
func parsePrintedAmount(s string) (Amount, int, error) {
	m, err := printed.ParseMoney(s)
	if err != nil {
		// The printed grammar reads ISO codes in capitals; this package
		// reads them in any case ("usd 6.5 million"), so try again with a
		// code at either end in capitals.
		if u, ok := upperCodes(s); ok {
			if m2, err2 := printed.ParseMoney(u); err2 == nil {
				m, err = m2, nil
			}
		}
	}
	if err != nil {
		pe, _ := err.(*printed.Error)
		if pe == nil {
			return Amount{}, 0, fmt.Errorf("%w: %v", convention.ErrSyntax, err)
		}
		kind := convention.ErrSyntax
		switch {
		case errors.Is(err, printed.ErrUnknown):
			kind = convention.ErrUnknown
		case errors.Is(err, printed.ErrAmbiguous):
			kind = convention.ErrAmbiguous
		case errors.Is(err, printed.ErrRange):
			kind = convention.ErrRange
		}
		return Amount{}, pe.Offset, fmt.Errorf("%w: %s", kind, pe.Detail())
	}
	a, err := amountOfMoney(&m)
	return a, 0, err
}

// amountOfMoney turns printed money into an Amount, refusing a figure
// without a known currency.
func amountOfMoney(m *printed.Money) (Amount, error) {
	if m.Currency == "" {
		return Amount{}, fmt.Errorf("%w: no currency", convention.ErrSyntax)
	}
	c, ok, _ := parseCode(m.Currency)
	if !ok {
		return Amount{}, fmt.Errorf("%w: no ISO 4217 code %q", convention.ErrUnknown, m.Currency)
	}
	if m.Number.Exp > MaxDigits || m.Number.Exp < -MaxDigits {
		return Amount{}, fmt.Errorf("%w: more than %d digits before or after the point", convention.ErrRange, MaxDigits)
	}
	v := decimal.NewFromBigInt(m.Number.Coef, int32(m.Number.Exp))
	if err := checkDigits(v); err != nil {
		return Amount{}, err
	}
	a := mkAmount(v, c)
	if m.Number.Scale == 0 && m.QualText == "" && m.Alt == nil {
		return a, nil // nothing beyond the value: the plain form says it all
	}
	p := &printing{qual: strings.ToLower(m.QualText)}
	if m.Alt != nil {
		alt, err := amountOfMoney(m.Alt)
		if err != nil {
			return Amount{}, fmt.Errorf("in parentheses: %w", err)
		}
		p.alt = alt
	}
	p.text = m.String()
	a.print = p
	return a, nil
}

// MustParseAmount is like [ParseAmount] but panics if s is not an amount. It
// is meant for literals in programs and tests.
func MustParseAmount(s string) Amount {
	a, err := ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

// countDigits returns the number of digits before and after the point in a
// plain number, leading zeros of the integer part aside.
func countDigits(s string) (intDigits, fracDigits int) {
	s = strings.TrimLeft(s, "+-0")
	i := strings.IndexByte(s, '.')
	if i < 0 {
		return len(s), 0
	}
	return i, len(s) - i - 1
}

// plainNumber checks the number syntax of the plain form and returns the
// number without thousands separators.
func plainNumber(s string) (string, bool) {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	start := i
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	lead := i - start
	if lead == 0 {
		return "", false
	}
	grouped := false
	if i < len(s) && s[i] == ',' {
		if lead > 3 {
			return "", false
		}
		grouped = true
		for i < len(s) && s[i] == ',' {
			j := i + 1
			for j < len(s) && '0' <= s[j] && s[j] <= '9' {
				j++
			}
			if j-i-1 != 3 {
				return "", false
			}
			i = j
		}
	}
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j == i+1 {
			return "", false
		}
		i = j
	}
	if i != len(s) {
		return "", false
	}
	if grouped {
		return strings.ReplaceAll(s, ",", ""), true
	}
	return s, true
}
