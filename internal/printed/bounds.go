package printed

import (
	"math/big"
	"strconv"
)

// A Rounding is the rule by which a figure is taken to have been rounded
// to its printed digits. The values are those of claim.Rounding, in the
// same order.
type Rounding uint8

// The rounding rules.
const (
	HalfUp     Rounding = iota + 1 // [p−u/2, p+u/2)
	HalfDown                       // (p−u/2, p+u/2]
	HalfEven                       // closed if p/u is even, open if odd
	HalfEither                     // [p−u/2, p+u/2]
)

// String returns the rule's name, such as "half-up".
func (r Rounding) String() string {
	switch r {
	case HalfUp:
		return "half-up"
	case HalfDown:
		return "half-down"
	case HalfEven:
		return "half-even"
	case HalfEither:
		return "half-either"
	}
	return "%!Rounding(" + strconv.Itoa(int(r)) + ")"
}

// Bounds is a set of exact rationals between two bounds; a nil bound is
// unbounded on that side. Its fields are those of claim.Interval, so that
// claim converts one into the other.
type Bounds struct {
	Lo, Hi         *big.Rat
	LoOpen, HiOpen bool
}

// Contains reports whether x lies within b.
func (b Bounds) Contains(x *big.Rat) bool {
	if x == nil {
		return false
	}
	if b.Lo != nil {
		if c := x.Cmp(b.Lo); c < 0 || c == 0 && b.LoOpen {
			return false
		}
	}
	if b.Hi != nil {
		if c := x.Cmp(b.Hi); c > 0 || c == 0 && b.HiOpen {
			return false
		}
	}
	return true
}

// Rounded returns the values that round to n at its last printed digit
// under r (HalfUp when r is not a rule): for "43 million" under HalfUp
// [42,500,000, 43,500,000).
func (n Number) Rounded(r Rounding) Bounds {
	p, u := n.Value(), n.Step()
	half := new(big.Rat).Quo(u, big.NewRat(2, 1))
	b := Bounds{Lo: new(big.Rat).Sub(p, half), Hi: new(big.Rat).Add(p, half)}
	switch r {
	case HalfDown:
		b.LoOpen = true
	case HalfEven:
		// n.Coef is p/u.
		if n.Coef.Bit(0) == 1 {
			b.LoOpen, b.HiOpen = true, true
		}
	case HalfEither:
	default:
		b.HiOpen = true
	}
	return b
}

// Allowed returns the values a printed number allows with qualifier q,
// with p its value, u the place of its last digit, R = n.Rounded(r) and t
// the tolerance of the approximate qualifiers (a fraction, such as 1/10):
//
//	Plain     [p, p], or R when rounded (the print implies rounding)
//	Exactly   [p, p]
//	About     R ∪ [p(1−t), p(1+t)]
//	Nearly    [min(R.lo, p(1−t)), p)
//	JustOver  (p, max(R.hi, p(1+t))]
//	Over      (p, ∞)
//	AtLeast   [p, ∞)
//	Under     [0, p)
//	AtMost    [0, p]
//
// This is the reading package claim documents; Money.Allowed applies it to
// an amount.
func Allowed(q Qualifier, n Number, rounded bool, r Rounding, t *big.Rat) Bounds {
	p := n.Value()
	pt := func() *big.Rat { return new(big.Rat).Set(p) }
	switch q {
	case Plain:
		if rounded {
			return n.Rounded(r)
		}
		return Bounds{Lo: pt(), Hi: pt()}
	case Exactly:
		return Bounds{Lo: pt(), Hi: pt()}
	case Over:
		return Bounds{Lo: pt(), LoOpen: true}
	case AtLeast:
		return Bounds{Lo: pt()}
	case Under:
		return Bounds{Lo: new(big.Rat), Hi: pt(), HiOpen: true}
	case AtMost:
		return Bounds{Lo: new(big.Rat), Hi: pt()}
	}
	R := n.Rounded(r)
	one := big.NewRat(1, 1)
	below := new(big.Rat).Mul(p, new(big.Rat).Sub(one, t))
	above := new(big.Rat).Mul(p, new(big.Rat).Add(one, t))
	switch q {
	case About:
		return hull(R, Bounds{Lo: below, Hi: above})
	case Nearly:
		b := hull(R, Bounds{Lo: below, Hi: pt()})
		b.Hi, b.HiOpen = pt(), true
		return b
	case JustOver:
		b := hull(R, Bounds{Lo: pt(), Hi: above})
		b.Lo, b.LoOpen = pt(), true
		return b
	}
	return R
}

// Allowed returns the amounts m allows under rounding rule r with the
// approximate qualifiers' tolerance t (a fraction): see the function
// Allowed. A plain amount printed in full ("$500", "£10,000") is exact; one
// with a scale word or decimals ("$43 million", "EUR 7.25") allows the
// values that round to it.
func (m Money) Allowed(r Rounding, t *big.Rat) Bounds {
	return Allowed(m.Qual, m.Number, m.Number.ImpliesRounding(), r, t)
}

// hull returns the smallest bounds holding both a and b, which are finite.
func hull(a, b Bounds) Bounds {
	var r Bounds
	switch c := a.Lo.Cmp(b.Lo); {
	case c < 0:
		r.Lo, r.LoOpen = new(big.Rat).Set(a.Lo), a.LoOpen
	case c > 0:
		r.Lo, r.LoOpen = new(big.Rat).Set(b.Lo), b.LoOpen
	default:
		r.Lo, r.LoOpen = new(big.Rat).Set(a.Lo), a.LoOpen && b.LoOpen
	}
	switch c := a.Hi.Cmp(b.Hi); {
	case c > 0:
		r.Hi, r.HiOpen = new(big.Rat).Set(a.Hi), a.HiOpen
	case c < 0:
		r.Hi, r.HiOpen = new(big.Rat).Set(b.Hi), b.HiOpen
	default:
		r.Hi, r.HiOpen = new(big.Rat).Set(a.Hi), a.HiOpen && b.HiOpen
	}
	return r
}
