package claim

import (
	"errors"
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
	return Claim{kind: KindConsistency, name: strconv.Quote(lit), eval: func(r Rules) []Entry {
		ss, err := parseAll(r, more, less)
		if err != nil {
			return []Entry{invalid(KindConsistency, lit, err)}
		}
		a, b := ss[0].Interval(), ss[1].Interval()
		e := Entry{Kind: KindConsistency, Literal: lit, Allowed: "first ≥ second",
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
	return Claim{kind: KindConsistency, name: strconv.Quote(lit), eval: func(r Rules) []Entry {
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
	return Claim{kind: KindConsistency, name: strconv.Quote(lit), eval: func(r Rules) []Entry {
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

func sumOf(r Rules, lit, total string, parts []string) (sum, t Interval, e Entry, ok bool) {
	ss, err := parseAll(r, append([]string{total}, parts...)...)
	if err != nil {
		return sum, t, invalid(KindConsistency, lit, err), false
	}
	if len(parts) == 0 {
		return sum, t, invalid(KindConsistency, lit, errors.New("claim: no parts stated")), false
	}
	for i, s := range ss {
		if s.isRange || s.percent != ss[0].percent || s.currency != ss[0].currency {
			return sum, t, invalid(KindConsistency, lit,
				errors.New("claim: "+strconv.Quote(s.literal)+": parts and total must share a unit and not be ranges: "+ErrUnit.Error())), false
		}
		if i == 1 {
			sum = s.Interval()
		} else if i > 1 {
			sum = sum.add(s.Interval())
		}
	}
	t = ss[0].Interval()
	e = Entry{Kind: KindConsistency, Literal: lit, Interval: sum, Value: "sum " + sum.String()}
	return sum, t, e, true
}

// GRIM states, without data, that a percentage of a stated whole is possible
// at all (the GRIM test): GRIM("36 per cent", "11") holds because 4 of 11 is
// 36.36 per cent, while GRIM("50 per cent", "11") fails.
func GRIM(percent, whole string) Claim {
	lit := percent + " of " + whole
	return Claim{kind: KindConsistency, name: strconv.Quote(lit), eval: func(r Rules) []Entry {
		p, err := parseFor(r, percent, wantPercent)
		if err != nil {
			return []Entry{invalid(KindConsistency, lit, err)}
		}
		w, err := parseFor(r, whole, wantCount)
		if err != nil {
			return []Entry{invalid(KindConsistency, lit, err)}
		}
		e := Entry{Kind: KindConsistency, Literal: lit, Interval: p.Interval(),
			Allowed: p.Interval().String() + "% of " + w.Interval().intsText(w.intFormat())}
		lo, hi, ok := w.Interval().ints()
		if !ok || lo == nil || hi == nil || lo.Sign() <= 0 || new(big.Int).Sub(hi, lo).Cmp(big.NewInt(10000)) > 0 {
			e.Verdict, e.Err = Invalid, errors.New("claim: the whole must be a positive count with a bounded range")
			return []Entry{e}
		}
		e.Verdict, e.Value = Fails, "no whole count"
		e.Hint = "GRIM: no whole count out of " + w.Interval().intsText(w.intFormat()) + " prints as " + p.Canonical()
		for n := int(lo.Int64()); n <= int(hi.Int64()); n++ {
			if a, b, ok := grim(p.Interval(), n); ok {
				e.Verdict, e.Hint = Holds, ""
				format := w.intFormat()
				e.Value = format(strconv.Itoa(a)) + " of " + format(strconv.Itoa(n))
				if a != b {
					e.Value = format(strconv.Itoa(a)) + ".." + format(strconv.Itoa(b)) + " of " + format(strconv.Itoa(n))
				}
				break
			}
		}
		return []Entry{e}
	}}
}
