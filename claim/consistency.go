package claim

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// relation checks two intervals: Holds when every value pair satisfies it,
// HoldsByRounding when some pair does, Fails when none does.
func relation(e *Entry, certain, possible bool) {
	switch {
	case certain:
		e.Verdict = Holds
	case possible:
		e.Verdict = HoldsByRounding
	default:
		e.Verdict = Fails
	}
}

func parseAll(r Rules, lits ...string) ([]Stated, error) {
	out := make([]Stated, len(lits))
	var errs []error
	for i, l := range lits {
		s, err := r.Parse(l)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out[i] = s
	}
	return out, errors.Join(errs...)
}

func joinParts(lits []string) string { return strings.Join(lits, " + ") }

// NoFewer states, without data, that one stated figure is at least another:
// NoFewer("3,680", "118") for needs identified by States that each identified
// at least one. It holds when every value the first allows is at least every
// value the second allows, holds by rounding when only some are, and fails
// when none is.
func NoFewer(more, less string) Claim {
	lit := more + " ≥ " + less
	return Claim{kind: kindConsistency, name: strconv.Quote(lit), lits: []string{more, less}, eval: func(r Rules) []Entry {
		ss, err := parseAll(r, more, less)
		if err != nil {
			return []Entry{invalid(kindConsistency, lit, err)}
		}
		a, b := ss[0].Interval(), ss[1].Interval()
		e := Entry{Kind: kindConsistency, Literal: lit, Allowed: "first ≥ second",
			Value: a.String() + " vs " + b.String()}
		relation(&e, certainLE(b, a), possibleLE(b, a))
		if e.Verdict == Fails {
			e.Off = new(big.Rat).Sub(ss[0].lo.point, ss[1].lo.point)
			e.Hint = "the first figure is smaller than the second"
		}
		return []Entry{e}
	}}
}

// Parts states, without data, that parts fit within a total: Parts("3,680",
// "200", "185", "182"). The sum of the parts' intervals is compared with the
// total's: it holds when every possible sum is within the total, holds by
// rounding when some is, and fails when none is.
func Parts(total string, parts ...string) Claim {
	lit := joinParts(parts) + " ≤ " + total
	return Claim{kind: kindConsistency, name: strconv.Quote(lit), lits: append([]string{total}, parts...), eval: func(r Rules) []Entry {
		sum, t, e, ok := sumOf(r, lit, total, parts)
		if !ok {
			return []Entry{e}
		}
		e.Allowed = "sum ≤ " + t.String()
		relation(&e, certainLE(sum, t), possibleLE(sum, t))
		if e.Verdict == Fails {
			e.Hint = "the parts exceed the total"
		}
		return []Entry{e}
	}}
}

// Sum states, without data, that parts add up to a total: Sum("100%", "36%",
// "64%"). It holds when the printed parts add up to the printed total, holds
// by rounding when the intervals overlap (the parts were rounded), and fails
// otherwise; Off is the printed sum minus the printed total.
func Sum(total string, parts ...string) Claim {
	lit := joinParts(parts) + " = " + total
	return Claim{kind: kindConsistency, name: strconv.Quote(lit), lits: append([]string{total}, parts...), eval: func(r Rules) []Entry {
		sum, t, e, ok := sumOf(r, lit, total, parts)
		if !ok {
			return []Entry{e}
		}
		e.Allowed = "sum in " + t.String()
		if t.isPoint() {
			e.Allowed = "sum = " + t.String()
		}
		ss, _ := parseAll(r, append([]string{total}, parts...)...)
		printed := new(big.Rat)
		for _, s := range ss[1:] {
			printed.Add(printed, s.lo.point)
		}
		e.Off = printed.Sub(printed, ss[0].lo.point)
		relation(&e, e.Off.Sign() == 0, !sum.intersect(t).IsEmpty())
		if e.Verdict == Fails {
			e.Hint = "the parts do not add up to the total even allowing for rounding"
		}
		return []Entry{e}
	}}
}

// unitName describes the unit of s for messages: "a percentage", "USD", "a
// count".
func unitName(s Stated) string {
	switch {
	case s.percent:
		return "a percentage"
	case s.currency != "":
		return "an amount in " + s.currency
	}
	return "a count"
}

// sumOf parses the total and the parts and adds the parts, refusing with a
// message that names the problem: a range, or a unit unlike the total's.
func sumOf(r Rules, lit, total string, parts []string) (sum, t Interval, e Entry, ok bool) {
	ss, err := parseAll(r, append([]string{total}, parts...)...)
	if err != nil {
		return sum, t, invalid(kindConsistency, lit, err), false
	}
	if len(parts) == 0 {
		return sum, t, invalid(kindConsistency, lit, errors.New("claim: no parts stated")), false
	}
	for i, s := range ss {
		switch {
		case s.isRange:
			return sum, t, invalid(kindConsistency, lit,
				fmt.Errorf("claim: %q is a range; a sum takes single figures", s.literal)), false
		case s.percent != ss[0].percent || s.currency != ss[0].currency:
			return sum, t, invalid(kindConsistency, lit,
				fmt.Errorf("claim: %q is %s but the total %q is %s: %w", s.literal, unitName(s), ss[0].literal, unitName(ss[0]), ErrUnit)), false
		}
		if i == 1 {
			sum = s.Interval()
		} else if i > 1 {
			sum = sum.add(s.Interval())
		}
	}
	t = ss[0].Interval()
	e = Entry{Kind: kindConsistency, Literal: lit, Interval: sum, Value: "sum " + sum.String()}
	return sum, t, e, true
}

// maxGRIMWholes bounds the wholes [GRIM] tries, so that its cost is bounded
// whatever the literal.
const maxGRIMWholes = 10_000

// GRIM states, without data, that a percentage of a stated whole is possible
// at all (the [GRIM] test): [GRIM]("36 per cent", "11") holds because 4 of 11 is
// 36.36 per cent, while [GRIM]("50 per cent", "11") fails. A whole stated as
// a range ("between 10 and 100") may span at most 10,000 counts; the
// arithmetic is exact for wholes of any size.
func GRIM(percent, whole string) Claim {
	lit := percent + " of " + whole
	return Claim{kind: kindConsistency, name: strconv.Quote(lit), lits: []string{percent, whole}, eval: func(r Rules) []Entry {
		p, err := parseFor(r, percent, wantPercent)
		if err != nil {
			return []Entry{invalid(kindConsistency, lit, err)}
		}
		w, err := parseFor(r, whole, wantCount)
		if err != nil {
			return []Entry{invalid(kindConsistency, lit, err)}
		}
		format := w.intFormat()
		e := Entry{Kind: kindConsistency, Literal: lit, Interval: p.Interval(),
			Allowed: p.Interval().String() + "% of " + w.Interval().intsText(format)}
		lo, hi, ok := w.Interval().ints()
		switch {
		case !ok || lo == nil || hi == nil || lo.Sign() <= 0:
			e.Verdict, e.Err = Invalid, errors.New("claim: the whole must be a positive count with a bounded range")
			return []Entry{e}
		case new(big.Int).Sub(hi, lo).Cmp(big.NewInt(maxGRIMWholes)) >= 0:
			e.Verdict, e.Err = Invalid, fmt.Errorf("claim: the whole spans more than %d counts: %w", maxGRIMWholes, ErrRange)
			return []Entry{e}
		}
		e.Verdict, e.Value = Fails, "no whole count"
		e.Hint = "GRIM: no whole count out of " + w.Interval().intsText(format) + " prints as " + p.Canonical()
		// The loop runs at most maxGRIMWholes times on big integers, so
		// it neither wraps nor runs long whatever the whole's size.
		one := big.NewInt(1)
		for n := new(big.Int).Set(lo); n.Cmp(hi) <= 0; n.Add(n, one) {
			if a, b, ok := grim(p.Interval(), n); ok {
				e.Verdict, e.Hint = Holds, ""
				e.Value = span(a, b, format) + " of " + format(n.String())
				break
			}
		}
		return []Entry{e}
	}}
}

// PercentOf states, without data, that one printed figure is a printed
// percentage of another: [PercentOf]("less than three percent", "$185
// million", "$6.4 billion"). The part and the whole must share a unit (a
// count, or an amount in one currency) and the whole must be positive. It
// holds when every ratio the two figures allow lies in what the percentage
// allows, holds by rounding when some does, and fails when none does.
func PercentOf(percent, part, whole string) Claim {
	lit := part + " is " + percent + " of " + whole
	return Claim{kind: kindConsistency, name: strconv.Quote(lit), lits: []string{percent, part, whole}, eval: func(r Rules) []Entry {
		p, err := parseFor(r, percent, wantPercent)
		if err != nil {
			return []Entry{invalid(kindConsistency, lit, err)}
		}
		ss, err := parseAll(r, part, whole)
		if err != nil {
			return []Entry{invalid(kindConsistency, lit, err)}
		}
		k, n := ss[0], ss[1]
		if k.percent || n.percent || k.currency != n.currency {
			return []Entry{invalid(kindConsistency, lit,
				fmt.Errorf("claim: the part %q is %s but the whole %q is %s: %w", part, unitName(k), whole, unitName(n), ErrUnit))}
		}
		v, err := ratio(value{iv: k.Interval()}, value{iv: n.Interval()})
		if err != nil {
			return []Entry{invalid(kindConsistency, lit, err)}
		}
		pi := p.Interval()
		e := Entry{Kind: kindConsistency, Literal: lit, Interval: pi, Data: v.iv,
			Allowed: pi.String() + "%", Value: v.iv.String() + "%"}
		relation(&e, pi.covers(v.iv), !pi.intersect(v.iv).IsEmpty())
		if e.Verdict == Fails {
			e.Hint = "the part is not that share of the whole even allowing for rounding"
		}
		return []Entry{e}
	}}
}
