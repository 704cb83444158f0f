package claim

import (
	"errors"
	"fmt"
	"math/big"
	"reflect"

	"github.com/shopspring/decimal"
)

// maxExponent bounds the decimal exponent of computed amounts, so that the
// cost of a check is never set by a 9-byte value such as 1e4000000.
const maxExponent = 1000

// bounded is a computed count known only to lie between two whole numbers,
// such as convention.Count.
type bounded interface {
	Min() int
	Max() int
}

// value is the computed side of a claim: the exact set of numbers the data
// allows, a single point when the data is exact.
type value struct {
	iv    Interval
	whole bool // the data holds only whole numbers (it came from integers)
}

func (v value) exact() bool { return v.iv.isPoint() }

// text formats the value: "3,680", "175..180", "43,210,000.5" or
// "[4.5..5)".
func (v value) text() string {
	if v.whole {
		return v.iv.intsText(groupInt)
	}
	return v.iv.String()
}

// valueOf reads computed data: any integer type, *big.Int, *big.Rat,
// decimal.Decimal, an Interval, or a value with Min() int and Max() int
// methods (a whole number known to lie in [Min, Max]).
func valueOf(d any) (value, error) {
	switch x := d.(type) {
	case int:
		return pointValue(big.NewRat(int64(x), 1), true), nil
	case int64:
		return pointValue(big.NewRat(x, 1), true), nil
	case *big.Int:
		if x == nil {
			return value{}, errors.New("claim: data is a nil *big.Int")
		}
		return pointValue(new(big.Rat).SetInt(x), true), nil
	case *big.Rat:
		if x == nil {
			return value{}, errors.New("claim: data is a nil *big.Rat")
		}
		return pointValue(new(big.Rat).Set(x), x.IsInt()), nil
	case decimal.Decimal:
		r, err := ratOfDecimal(x)
		if err != nil {
			return value{}, err
		}
		return pointValue(r, false), nil
	case Interval:
		if x.IsEmpty() {
			return value{}, errors.New("claim: data is an empty interval " + x.String())
		}
		return value{iv: x.clone()}, nil
	case bounded:
		lo, hi := x.Min(), x.Max()
		if lo > hi {
			return value{}, fmt.Errorf("claim: data %v has Min %d above Max %d", d, lo, hi)
		}
		return value{iv: Interval{Lo: big.NewRat(int64(lo), 1), Hi: big.NewRat(int64(hi), 1)}, whole: true}, nil
	case nil:
		return value{}, fmt.Errorf("claim: no data: %w", ErrUnit)
	}
	// Named integer types, such as a count type of the caller's own.
	switch rv := reflect.ValueOf(d); rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return pointValue(big.NewRat(rv.Int(), 1), true), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return pointValue(new(big.Rat).SetInt(new(big.Int).SetUint64(rv.Uint())), true), nil
	}
	return value{}, fmt.Errorf("claim: data of type %T is not a number: %w", d, ErrUnit)
}

func pointValue(r *big.Rat, whole bool) value {
	return value{iv: Interval{Lo: r, Hi: new(big.Rat).Set(r)}, whole: whole}
}

// ratOfDecimal returns the exact value of d, working on its coefficient and
// exponent (never on its text), and refuses exponents beyond ±maxExponent.
func ratOfDecimal(d decimal.Decimal) (*big.Rat, error) {
	coef := d.Coefficient()
	if coef.Sign() == 0 {
		return new(big.Rat), nil
	}
	exp := int64(d.Exponent())
	if exp > maxExponent || exp < -maxExponent {
		return nil, fmt.Errorf("claim: amount with decimal exponent %d, beyond ±%d: %w", exp, maxExponent, ErrRange)
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(exp)), nil)
	if exp >= 0 {
		return new(big.Rat).SetInt(coef.Mul(coef, p)), nil
	}
	return new(big.Rat).SetFrac(coef, p), nil
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// sub returns the values a − b for a in x and b in y.
func (x value) sub(y value) value {
	var r Interval
	if x.iv.Lo != nil && y.iv.Hi != nil {
		r.Lo, r.LoOpen = new(big.Rat).Sub(x.iv.Lo, y.iv.Hi), x.iv.LoOpen || y.iv.HiOpen
	}
	if x.iv.Hi != nil && y.iv.Lo != nil {
		r.Hi, r.HiOpen = new(big.Rat).Sub(x.iv.Hi, y.iv.Lo), x.iv.HiOpen || y.iv.LoOpen
	}
	return value{iv: r, whole: x.whole && y.whole}
}

// ratio returns the values 100·k/n (per cent) for k in part and n in whole,
// which must be bounded, the part non-negative and the whole positive.
func ratio(part, whole value) (value, error) {
	k, n := part.iv, whole.iv
	switch {
	case k.Lo == nil || k.Hi == nil || n.Lo == nil || n.Hi == nil:
		return value{}, errors.New("claim: a percentage of unbounded data")
	case n.Lo.Sign() < 0 || n.Lo.Sign() == 0 && !n.LoOpen:
		return value{}, errors.New("claim: percentage of " + whole.text() + ": the whole must be positive")
	case k.Lo.Sign() < 0:
		return value{}, errors.New("claim: percentage of a part of " + part.text() + ": the part must not be negative")
	}
	hundred := big.NewRat(100, 1)
	lo := new(big.Rat).Mul(hundred, new(big.Rat).Quo(k.Lo, n.Hi))
	var hi *big.Rat
	if n.Lo.Sign() > 0 {
		hi = new(big.Rat).Mul(hundred, new(big.Rat).Quo(k.Hi, n.Lo))
	}
	return value{iv: Interval{Lo: lo, Hi: hi, LoOpen: k.LoOpen || n.HiOpen, HiOpen: hi != nil && (k.HiOpen || n.LoOpen)}}, nil
}
