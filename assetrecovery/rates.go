package assetrecovery

import (
	"errors"
	"fmt"
	"iter"
	"math/big"
	"slices"
	"time"

	"github.com/shopspring/decimal"
)

// A Quote is one exchange rate: one unit of From is worth Rate units of To.
// For example Quote{From: eur, To: usd, Rate: 1.0832} says EUR 1 = USD 1.0832.
type Quote struct {
	From, To Currency
	Rate     decimal.Decimal
}

// Rates is a table of exchange rates that the caller supplies, with the date
// they hold for. The package has no rates of its own and never fetches any.
//
// A Rates is immutable once made, so it is safe for concurrent use and cheap
// to copy. The zero Rates has no date and no quotes: it converts an amount
// only into its own currency.
type Rates struct {
	asOf   time.Time
	quotes []Quote // sorted by From, then To; never handed out
}

// NewRates returns the rates quoted as of the date asOf (only the calendar
// date counts; it labels the table and its errors). Every quote must have two
// different valid currencies and a positive rate, and each ordered pair may
// be quoted once; a pair and its reverse may both be quoted, as bid and ask
// rates often are. Problems are reported together, each wrapping
// ErrInvalidRate.
func NewRates(asOf time.Time, quotes ...Quote) (Rates, error) {
	qs := slices.Clone(quotes)
	var errs []error
	for i, q := range qs {
		switch {
		case !q.From.IsValid() || !q.To.IsValid():
			errs = append(errs, fmt.Errorf("assetrecovery: quote %d (%s to %s): missing currency: %w", i, q.From, q.To, ErrInvalidRate))
		case q.From == q.To:
			errs = append(errs, fmt.Errorf("assetrecovery: quote %d: %s quoted against itself: %w", i, q.From, ErrInvalidRate))
		case q.Rate.Sign() <= 0:
			errs = append(errs, fmt.Errorf("assetrecovery: quote %d (%s to %s): rate %s is not positive: %w", i, q.From, q.To, q.Rate, ErrInvalidRate))
		case checkDigits(q.Rate) != nil:
			errs = append(errs, fmt.Errorf("assetrecovery: quote %d (%s to %s): %w: %w", i, q.From, q.To, ErrInvalidRate, checkDigits(q.Rate)))
		}
	}
	slices.SortStableFunc(qs, compareQuotes)
	for i := 1; i < len(qs); i++ {
		if compareQuotes(qs[i-1], qs[i]) == 0 && qs[i].From.IsValid() && qs[i].To.IsValid() {
			errs = append(errs, fmt.Errorf("assetrecovery: %s to %s quoted more than once: %w", qs[i].From, qs[i].To, ErrInvalidRate))
		}
	}
	if len(errs) > 0 {
		return Rates{}, errors.Join(errs...)
	}
	return Rates{asOf: asOf, quotes: qs}, nil
}

func compareQuotes(a, b Quote) int {
	if c := a.From.Compare(b.From); c != 0 {
		return c
	}
	return a.To.Compare(b.To)
}

// AsOf returns the date the rates hold for.
func (r Rates) AsOf() time.Time { return r.asOf }

// Quotes returns an iterator over the quotes, ordered by From and then To.
func (r Rates) Quotes() iter.Seq[Quote] {
	return func(yield func(Quote) bool) {
		for _, q := range r.quotes {
			if !yield(q) {
				return
			}
		}
	}
}

// Rate returns the rate quoted from one currency to another, and false if
// that pair is not quoted. It does not invert the reverse quote; Convert
// does.
func (r Rates) Rate(from, to Currency) (decimal.Decimal, bool) {
	i, ok := slices.BinarySearchFunc(r.quotes, Quote{From: from, To: to}, compareQuotes)
	if !ok {
		return decimal.Decimal{}, false
	}
	return r.quotes[i].Rate, true
}

// Convert returns a in the currency to, rounded to places decimal places
// (pass to's MinorUnits to round to cents). It uses the rate quoted from a's
// currency to to, multiplying by it; failing that, the rate quoted the other
// way, dividing by it. It never goes through a third currency and never
// assumes a rate: with neither quote it fails with a *MissingRateError.
//
// Conversions follow one rounding rule, which [Totals.In] and [Totals.Ratio]
// share: the exact rational value (a product, or a quotient carried exactly,
// and for totals the exact sum of such terms) is rounded once, at the end,
// to places decimal places, half away from zero. So with USD 1 quoted at
// EUR 200.00000000000004, EUR 1 is USD 0.004999…, which rounds to USD 0.00,
// whichever of the two functions converts it. Places beyond ±64 are taken
// as ±64.
//
// An amount already in to is only rounded. The zero Amount converts to zero
// in to; an invalid non-zero Amount is an error wrapping [ErrNoCurrency].
func (r Rates) Convert(a Amount, to Currency, places int32) (Amount, error) {
	v, err := r.exact(a, to)
	if err != nil {
		return Amount{}, err
	}
	return mkAmount(roundRat(v, clampPlaces(places)), to), nil
}

// exact returns the value of a in to as an exact rational.
func (r Rates) exact(a Amount, to Currency) (*big.Rat, error) {
	if !to.IsValid() {
		return nil, fmt.Errorf("assetrecovery: converting %s: %w", a, ErrNoCurrency)
	}
	if a.IsZero() || a.cur == to {
		return a.value.Rat(), nil
	}
	if !a.cur.IsValid() {
		return nil, fmt.Errorf("assetrecovery: converting %s: %w", a, ErrNoCurrency)
	}
	if rate, ok := r.Rate(a.cur, to); ok {
		return a.value.Mul(rate).Rat(), nil
	}
	if rate, ok := r.Rate(to, a.cur); ok {
		return new(big.Rat).Quo(a.value.Rat(), rate.Rat()), nil
	}
	e := &MissingRateError{From: a.cur, To: to}
	if !r.asOf.IsZero() {
		e.AsOf = r.asOf.Format(time.DateOnly)
	}
	return nil, e
}

// roundRat rounds x to places decimal places, half away from zero: the one
// rounding rule of every conversion and ratio in the package.
func roundRat(x *big.Rat, places int32) decimal.Decimal {
	num := new(big.Int).Set(x.Num())
	den := new(big.Int).Set(x.Denom())
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(places))), nil)
	if places >= 0 {
		num.Mul(num, p)
	} else {
		den.Mul(den, p)
	}
	q, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	// Half away from zero: |rem| ≥ den/2 moves q one step away from zero.
	if rem.Sign() != 0 && new(big.Int).Lsh(new(big.Int).Abs(rem), 1).Cmp(den) >= 0 {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return decimal.NewFromBigInt(q, -places)
}

func abs32(x int32) int64 {
	if x < 0 {
		return -int64(x)
	}
	return int64(x)
}

// A euroRate is one irrevocably fixed conversion rate of the euro.
type euroRate struct {
	code             string
	rate             string // units of the legacy currency per euro, as the regulation prints it
	year, month, day int    // the day from which it applies
}

// EuroRates returns the irrevocably fixed conversion rate between the euro
// and c, a legacy currency of the euro area (DEM, FRF, ITL … HRK, BGN), as
// ready Rates holding one quote, EUR 1 = c rate, as of the day the rate took
// effect (1999-01-01 for the first eleven, 2001-01-01 for GRD, up to
// 2023-01-01 for HRK and 2026-01-01 for BGN). It reports false for any
// other currency: every other conversion needs the caller's rates.
//
// The rates are those of Council Regulation (EC) No 2866/98, article 1, as
// amended for each later member (testdata/eurorates.csv cites each); they
// are exact and never change. Convert of an amount in c into EUR divides by
// the rate, by the package's one rounding rule.
func EuroRates(c Currency) (Rates, bool) {
	code := c.String()
	for _, r := range euroFixed {
		if r.code == code {
			eur, _ := lookupCode(packCode('E', 'U', 'R'))
			q := Quote{From: eur, To: c, Rate: decimal.RequireFromString(r.rate)}
			return Rates{asOf: time.Date(r.year, time.Month(r.month), r.day, 0, 0, 0, 0, time.UTC), quotes: []Quote{q}}, true
		}
	}
	return Rates{}, false
}
