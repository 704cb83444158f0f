package assetrecovery

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"time"

	"github.com/shopspring/decimal"
)

// ErrInvalidRate reports a quote that NewRates rejects: a zero currency, a
// currency quoted against itself, a rate that is not positive, or a pair
// quoted twice.
var ErrInvalidRate = errors.New("invalid exchange rate")

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
// half away from zero (pass to's MinorUnits to round to cents). It
// multiplies by the rate quoted from a's currency to to; failing that it
// divides by the rate quoted the other way. It never goes through a third
// currency and never assumes a rate: with neither quote it fails with a
// *MissingRateError. An amount already in to is only rounded. The zero
// Amount converts to zero in to; an invalid non-zero Amount is an error
// wrapping ErrNoCurrency.
func (r Rates) Convert(a Amount, to Currency, places int32) (Amount, error) {
	v, err := r.convert(a, to, places)
	if err != nil {
		return Amount{}, err
	}
	return mkAmount(v.Round(places), to), nil
}

// convert returns the value of a in to: exact where it multiplies, and
// rounded to places where it must divide.
func (r Rates) convert(a Amount, to Currency, places int32) (decimal.Decimal, error) {
	if !to.IsValid() {
		return decimal.Decimal{}, fmt.Errorf("assetrecovery: converting %s: %w", a, ErrNoCurrency)
	}
	if a.IsZero() || a.cur == to {
		return a.value, nil
	}
	if !a.cur.IsValid() {
		return decimal.Decimal{}, fmt.Errorf("assetrecovery: converting %s: %w", a, ErrNoCurrency)
	}
	if rate, ok := r.Rate(a.cur, to); ok {
		return a.value.Mul(rate), nil
	}
	if rate, ok := r.Rate(to, a.cur); ok {
		return a.value.DivRound(rate, places), nil
	}
	e := &MissingRateError{From: a.cur, To: to}
	if !r.asOf.IsZero() {
		e.AsOf = r.asOf.Format(time.DateOnly)
	}
	return decimal.Decimal{}, e
}
