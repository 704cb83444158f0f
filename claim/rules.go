package claim

import (
	"math/big"
	"time"

	"github.com/uncac-go/uncac/internal/printed"
)

// A Rounding is the rule by which a computed value is assumed to have been
// rounded to the figure printed. It applies only to figures whose printed
// form implies rounding (see [Stated.IsRounded]), and matters only at exactly
// half a unit of the last printed digit: under [HalfUp] "43 million" allows
// [42.5, 43.5) million, under HalfEither it allows [42.5, 43.5] million.
// A whole number printed in full, such as "3,680", is exact under every rule.
type Rounding uint8

// The rounding rules. The zero Rounding in Rules means [HalfUp], as does any
// value not listed here.
const (
	HalfUp     Rounding = iota + 1 // half rounds up (away from zero): [p−u/2, p+u/2)
	HalfDown                       // half rounds down (toward zero): (p−u/2, p+u/2]
	HalfEven                       // half rounds to the even digit: closed if p/u is even, open if odd
	HalfEither                     // either direction is accepted at half: [p−u/2, p+u/2]
)

// Rules are the reading rules for stated figures. The zero Rules are the
// defaults: [HalfUp] rounding, a 10 per cent tolerance for approximate
// qualifiers, and rankings in which tied keys may come in any order.
type Rules struct {
	Rounding Rounding // how printed figures were rounded; zero means HalfUp
	// StrictTies reads a stated order strictly: where Top or Order puts
	// one key before another with the same count, or leaves out a key tied
	// with the last one named, the claim fails. By default ties may come in
	// any order.
	StrictTies bool
	// Approx is the tolerance, in per cent of the stated figure, of the
	// approximate qualifiers (about, some, nearly, almost, just over …).
	// Zero means 10; a negative value means none.
	Approx int
	// Year is the year of a date printed without one ("on Friday, 27
	// September"), as the text around it gives it; zero means none, and
	// Date then refuses such a print.
	Year int
	// Today is the day the text was written, from which a date printed
	// relative to it counts ("ten years ago", "ten years ago today");
	// the zero time means unknown, and Date then refuses such a print.
	Today time.Time
}

// rounding returns the rule, [HalfUp] for zero or an undefined value.
func (r Rules) rounding() Rounding {
	if r.Rounding >= HalfUp && r.Rounding <= HalfEither {
		return r.Rounding
	}
	return HalfUp
}

// tolerance returns Approx as a fraction.
func (r Rules) tolerance() *big.Rat {
	switch {
	case r.Approx == 0:
		return big.NewRat(10, 100)
	case r.Approx < 0:
		return new(big.Rat)
	}
	return big.NewRat(int64(r.Approx), 100)
}

// A Qualifier is the word or phrase around a stated figure that widens or
// bounds what it allows. With p the printed value, u the unit of its last
// digit, R the values that round to p at u (for [HalfUp] [p−u/2, p+u/2)) and t
// the tolerance of Rules.Approx (10 per cent by default):
//
//	Plain     "3,680", "only eight", "$43 million"            [p, p]; R if Stated.IsRounded
//	Exactly   "exactly 43 million"                            [p, p]
//	About     "about", "some", "approximately", "… or so" …   R ∪ [p(1−t), p(1+t)]
//	Nearly    "nearly", "almost", "just under" …              [min(R.lo, p(1−t)), p)
//	JustOver  "just over", "slightly more than" …             (p, max(R.hi, p(1+t))]
//	Over      "over", "more than", "above", "in excess of" …  (p, ∞)
//	AtLeast   "at least", "no fewer than", "… or more" …      [p, ∞)
//	Under     "fewer than", "less than", "under", "below" …   [0, p)
//	AtMost    "up to", "at most", "… or fewer" …              [0, p]
//
// The phrases, before the number unless marked "after":
//
//   - Plain: "a total of", "only", "just".
//   - Exactly: "exactly", "precisely".
//   - About: "about", "some", "around", "approximately", "approx.",
//     "approx", "roughly", "an estimated", "estimated", "close to", "circa",
//     "ca.", "c.", "in the region of", "of the order of", "on the order of",
//     "or so" (after).
//   - Nearly: "nearly", "almost", "just under", "just below", "just short
//     of", "not quite", "slightly less than", "slightly fewer than",
//     "slightly under", "slightly below".
//   - JustOver: "just over", "just above", "slightly more than", "slightly
//     over", "slightly above", "a little over", "a little more than".
//   - Over: "over", "more than", "above", "in excess of", "exceeding",
//     "upwards of", "greater than", "well over", "well above", "well in
//     excess of".
//   - AtLeast: "at least", "no fewer than", "no less than", "not fewer
//     than", "not less than", "a minimum of", "or more" (after), "or above"
//     (after), "and above" (after), "or over" (after), "and over" (after).
//   - Under: "fewer than", "less than", "under", "below", "well under",
//     "well below".
//   - AtMost: "up to", "at most", "no more than", "not more than", "a
//     maximum of", "not exceeding", "no greater than", "or fewer" (after),
//     "or less" (after), "or below" (after), "and below" (after), "or under"
//     (after), "and under" (after).
//
// Bounds (Over, [AtLeast], Under, [AtMost]) use the printed value p itself, not
// its rounding interval: "over 2,000" is (2,000, ∞), as a reader takes it.
type Qualifier uint8

// The qualifiers.
const (
	Plain Qualifier = iota + 1
	Exactly
	About
	Nearly
	JustOver
	Over
	AtLeast
	Under
	AtMost
)

// String returns the qualifier's canonical phrase ("more than", "up to"), or
// "plain" for Plain.
func (q Qualifier) String() string { return printed.Qualifier(q).String() }

// IsValid reports whether q is one of the defined qualifiers.
func (q Qualifier) IsValid() bool { return printed.Qualifier(q).IsValid() }

// isBound reports whether q states a one-sided bound rather than a rounded
// or approximate value.
func (q Qualifier) isBound() bool { return q >= JustOver }
