package claim

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/uncac-go/uncac/internal/printed"
)

// An Interval is a set of exact rational numbers between two bounds. A nil
// bound is unbounded on that side; LoOpen and HiOpen say whether the bound
// itself is excluded. The zero Interval, with both bounds nil, is the whole
// line.
//
// Intervals returned by this package hold fresh values: the caller may keep
// or change them.
type Interval struct {
	Lo, Hi         *big.Rat
	LoOpen, HiOpen bool
}

// Contains reports whether x lies in the interval. A nil x is in no interval.
func (iv Interval) Contains(x *big.Rat) bool {
	if x == nil {
		return false
	}
	if iv.Lo != nil {
		c := x.Cmp(iv.Lo)
		if c < 0 || c == 0 && iv.LoOpen {
			return false
		}
	}
	if iv.Hi != nil {
		c := x.Cmp(iv.Hi)
		if c > 0 || c == 0 && iv.HiOpen {
			return false
		}
	}
	return true
}

// IsEmpty reports whether no number lies in the interval.
func (iv Interval) IsEmpty() bool {
	if iv.Lo == nil || iv.Hi == nil {
		return false
	}
	c := iv.Lo.Cmp(iv.Hi)
	return c > 0 || c == 0 && (iv.LoOpen || iv.HiOpen)
}

// Distance returns how far x lies outside the interval, measured to the
// nearer bound: negative when x is below it, positive when above it, and zero
// when x is in it or equal to an open bound.
func (iv Interval) Distance(x *big.Rat) *big.Rat {
	d := new(big.Rat)
	if x == nil || iv.Contains(x) {
		return d
	}
	if iv.Lo != nil && x.Cmp(iv.Lo) <= 0 {
		return d.Sub(x, iv.Lo)
	}
	if iv.Hi != nil {
		return d.Sub(x, iv.Hi)
	}
	return d
}

// String formats the interval in the usual bracket notation with ".." between
// the bounds, such as "[42,500,000..43,500,000)" or "(2,000..∞)"; a single
// number, with both bounds equal and closed, prints as just that number,
// such as "3,680". Numbers take thousands separators, except that a span of
// years (whole-number bounds from 1900 to 2100) prints as "[2006..2012]".
// Numbers that have no finite decimal form are rounded for display and
// marked with "≈".
func (iv Interval) String() string {
	format := formatRat
	if iv.isYears() {
		format = func(r *big.Rat) string { return r.Num().String() }
	}
	if iv.isPoint() {
		return format(iv.Lo)
	}
	var b strings.Builder
	if iv.Lo == nil || iv.LoOpen {
		b.WriteByte('(')
	} else {
		b.WriteByte('[')
	}
	if iv.Lo == nil {
		b.WriteString("-∞")
	} else {
		b.WriteString(format(iv.Lo))
	}
	b.WriteString("..")
	if iv.Hi == nil {
		b.WriteString("∞")
	} else {
		b.WriteString(format(iv.Hi))
	}
	if iv.Hi == nil || iv.HiOpen {
		b.WriteByte(')')
	} else {
		b.WriteByte(']')
	}
	return b.String()
}

// isPoint reports whether the interval holds exactly one number.
func (iv Interval) isPoint() bool {
	return iv.Lo != nil && iv.Hi != nil && !iv.LoOpen && !iv.HiOpen && iv.Lo.Cmp(iv.Hi) == 0
}

// isYears reports whether the interval spans years: distinct whole-number
// bounds from 1900 to 2100.
func (iv Interval) isYears() bool {
	isYear := func(r *big.Rat) bool {
		return r != nil && r.IsInt() && r.Num().IsInt64() && r.Num().Int64() >= 1900 && r.Num().Int64() <= 2100
	}
	return isYear(iv.Lo) && isYear(iv.Hi) && iv.Lo.Cmp(iv.Hi) < 0
}

// Equal reports whether iv and other contain the same numbers.
func (iv Interval) Equal(other Interval) bool {
	if iv.IsEmpty() || other.IsEmpty() {
		return iv.IsEmpty() && other.IsEmpty()
	}
	return boundEqual(iv.Lo, other.Lo, iv.LoOpen, other.LoOpen) &&
		boundEqual(iv.Hi, other.Hi, iv.HiOpen, other.HiOpen)
}

func boundEqual(a, b *big.Rat, aOpen, bOpen bool) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Cmp(b) == 0 && aOpen == bOpen
}

// ints returns the smallest and largest integers in the interval; a nil end
// means there is no bound on that side. ok is false when the interval holds no
// integer.
func (iv Interval) ints() (lo, hi *big.Int, ok bool) {
	if iv.Lo != nil {
		lo = ceilRat(iv.Lo)
		if iv.LoOpen && iv.Lo.IsInt() {
			lo.Add(lo, big.NewInt(1))
		}
	}
	if iv.Hi != nil {
		hi = floorRat(iv.Hi)
		if iv.HiOpen && iv.Hi.IsInt() {
			hi.Sub(hi, big.NewInt(1))
		}
	}
	if lo != nil && hi != nil && lo.Cmp(hi) > 0 {
		return nil, nil, false
	}
	return lo, hi, true
}

// intsText describes the integers in the interval, formatted by format:
// "3,680", "450..499", "≥ 2,001", "≤ 15" or "no whole number".
func (iv Interval) intsText(format func(string) string) string {
	lo, hi, ok := iv.ints()
	switch {
	case !ok:
		return "no whole number"
	case lo == nil && hi == nil:
		return "any"
	case lo == nil:
		return "≤ " + format(hi.String())
	case hi == nil:
		return "≥ " + format(lo.String())
	case lo.Cmp(hi) == 0:
		return format(lo.String())
	}
	return format(lo.String()) + ".." + format(hi.String())
}

// add returns the interval of sums a+b for a in iv and b in other.
func (iv Interval) add(other Interval) Interval {
	var r Interval
	if iv.Lo != nil && other.Lo != nil {
		r.Lo = new(big.Rat).Add(iv.Lo, other.Lo)
		r.LoOpen = iv.LoOpen || other.LoOpen
	}
	if iv.Hi != nil && other.Hi != nil {
		r.Hi = new(big.Rat).Add(iv.Hi, other.Hi)
		r.HiOpen = iv.HiOpen || other.HiOpen
	}
	return r
}

// intersect returns the numbers in both intervals.
func (iv Interval) intersect(other Interval) Interval {
	r := iv.clone()
	if other.Lo != nil {
		if r.Lo == nil || other.Lo.Cmp(r.Lo) > 0 {
			r.Lo, r.LoOpen = new(big.Rat).Set(other.Lo), other.LoOpen
		} else if other.Lo.Cmp(r.Lo) == 0 {
			r.LoOpen = r.LoOpen || other.LoOpen
		}
	}
	if other.Hi != nil {
		if r.Hi == nil || other.Hi.Cmp(r.Hi) < 0 {
			r.Hi, r.HiOpen = new(big.Rat).Set(other.Hi), other.HiOpen
		} else if other.Hi.Cmp(r.Hi) == 0 {
			r.HiOpen = r.HiOpen || other.HiOpen
		}
	}
	return r
}

// scale multiplies both bounds by a positive k.
func (iv Interval) scale(k *big.Rat) Interval {
	r := iv.clone()
	if r.Lo != nil {
		r.Lo.Mul(r.Lo, k)
	}
	if r.Hi != nil {
		r.Hi.Mul(r.Hi, k)
	}
	return r
}

func (iv Interval) clone() Interval {
	r := iv
	if iv.Lo != nil {
		r.Lo = new(big.Rat).Set(iv.Lo)
	}
	if iv.Hi != nil {
		r.Hi = new(big.Rat).Set(iv.Hi)
	}
	return r
}

func floorRat(r *big.Rat) *big.Int {
	// Div is Euclidean: with the positive denominator of a Rat it floors.
	return new(big.Int).Div(r.Num(), r.Denom())
}

func ceilRat(r *big.Rat) *big.Int {
	q := floorRat(r)
	if !r.IsInt() {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// bareInt returns a decimal integer string as it is, for numbers written
// without thousands separators.
func bareInt(s string) string { return s }

// groupInt inserts thousands separators into a decimal integer string,
// which may be negative.
func groupInt(s string) string {
	if rest, neg := strings.CutPrefix(s, "-"); neg {
		return "-" + printed.GroupInt(rest)
	}
	return printed.GroupInt(s)
}

// maxShownDecimals bounds the digits shown after the point for numbers that
// have no short exact decimal form.
const maxShownDecimals = 4

// formatRat formats r with thousands separators: exactly when r has a finite
// decimal form of at most 10 places, otherwise rounded to four places and
// prefixed with "≈".
func formatRat(r *big.Rat) string {
	if r.IsInt() {
		return groupInt(r.Num().String())
	}
	prefix := ""
	places, ok := decimalPlaces(r)
	if !ok || places > 10 {
		prefix, places = "≈", maxShownDecimals
	}
	s := r.FloatString(places)
	if prefix != "" {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	intPart, frac, _ := strings.Cut(s, ".")
	out := groupInt(intPart)
	if frac != "" {
		out += "." + frac
	}
	return prefix + out
}

// decimalPlaces returns the number of places after the point in the exact
// decimal form of r, and false when r has none (its reduced denominator has a
// prime factor other than 2 and 5).
func decimalPlaces(r *big.Rat) (int, bool) {
	d := new(big.Int).Set(r.Denom())
	two, five := big.NewInt(2), big.NewInt(5)
	var n2, n5 int
	m := new(big.Int)
	for {
		q, rem := new(big.Int).QuoRem(d, two, m)
		if rem.Sign() != 0 {
			break
		}
		d, n2 = q, n2+1
	}
	for {
		q, rem := new(big.Int).QuoRem(d, five, m)
		if rem.Sign() != 0 {
			break
		}
		d, n5 = q, n5+1
	}
	if d.Cmp(big.NewInt(1)) != 0 {
		return 0, false
	}
	return max(n2, n5), true
}

// signed formats r with an explicit sign: "+200,000", "-1", "0".
func signed(r *big.Rat) string {
	s := formatRat(r)
	if r.Sign() > 0 {
		if rest, ok := strings.CutPrefix(s, "≈"); ok {
			return "≈+" + rest
		}
		return "+" + s
	}
	return s
}

// intDistance returns how far the whole number v lies from the nearest whole
// number in iv: zero inside, negative below, positive above. An interval that
// holds no whole number gives the plain Distance.
func (iv Interval) intDistance(v *big.Rat) *big.Rat {
	lo, hi, ok := iv.ints()
	switch {
	case !ok:
		return iv.Distance(v)
	case lo != nil && v.Cmp(new(big.Rat).SetInt(lo)) < 0:
		return new(big.Rat).Sub(v, new(big.Rat).SetInt(lo))
	case hi != nil && v.Cmp(new(big.Rat).SetInt(hi)) > 0:
		return new(big.Rat).Sub(v, new(big.Rat).SetInt(hi))
	}
	return new(big.Rat)
}

func ratInt(n int) *big.Rat { return new(big.Rat).SetInt64(int64(n)) }

func itoaGrouped(n int) string { return groupInt(strconv.Itoa(n)) }

// wholes returns the smallest closed interval holding the whole numbers in
// iv, or an empty interval when it holds none.
func (iv Interval) wholes() Interval {
	lo, hi, ok := iv.ints()
	if !ok {
		return Interval{Lo: big.NewRat(1, 1), Hi: new(big.Rat)}
	}
	var r Interval
	if lo != nil {
		r.Lo = new(big.Rat).SetInt(lo)
	}
	if hi != nil {
		r.Hi = new(big.Rat).SetInt(hi)
	}
	return r
}

// covers reports whether every number in other lies in iv.
func (iv Interval) covers(other Interval) bool {
	if other.IsEmpty() {
		return true
	}
	if iv.Lo != nil {
		if other.Lo == nil {
			return false
		}
		c := other.Lo.Cmp(iv.Lo)
		if c < 0 || c == 0 && iv.LoOpen && !other.LoOpen {
			return false
		}
	}
	if iv.Hi != nil {
		if other.Hi == nil {
			return false
		}
		c := other.Hi.Cmp(iv.Hi)
		if c > 0 || c == 0 && iv.HiOpen && !other.HiOpen {
			return false
		}
	}
	return true
}
