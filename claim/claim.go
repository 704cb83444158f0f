package claim

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// A Claim pairs figures a report states with the values the data gives. Build
// one with a constructor (Count, Money, Share …) and evaluate it with Check.
// Claims are values: With returns a copy with other reading rules. The zero
// Claim is invalid and checks as a single Invalid entry.
type Claim struct {
	kind  string
	name  string   // the literal(s), for subtest names
	lits  []string // the literals as given, which Unchecked looks for in a text
	rules Rules
	eval  func(r Rules) []Entry
}

// The kinds of claim, as [Claim.Kind] and Entry.Kind give them.
const (
	kindCount        = "count"
	kindDistinct     = "distinct"
	kindMoney        = "money"
	kindShare        = "share"
	kindPercent      = "percent"
	kindTop          = "top"
	kindOrder        = "order"
	kindRespectively = "respectively"
	kindChange       = "change"
	kindInvariant    = "invariant"
	kindRange        = "range"
	kindConsistency  = "consistency"
	kindDate         = "date"
	kindWaived       = "waived"
)

// Kind returns the kind of the claim, named for its constructor in lower
// case ("count", "money", "share" …); [NoFewer], Parts, Sum, [GRIM] and
// PercentOf are "consistency". The zero Claim has kind "".
func (c Claim) Kind() string { return c.kind }

// String names the claim by its kind and literal, such as `count "3,680"`.
// AssertEach uses it as the subtest name.
func (c Claim) String() string { return c.kind + " " + c.name }

// With returns a copy of c read under the rules r instead of the defaults.
func (c Claim) With(r Rules) Claim {
	c.rules = r
	return c
}

// entries evaluates c.
func (c Claim) entries() []Entry {
	if c.eval == nil {
		return []Entry{{Verdict: Invalid, Err: errors.New("claim: zero Claim")}}
	}
	return c.eval(c.rules)
}

// Check evaluates every claim and returns the report, one entry per stated
// figure, in order.
func Check(claims ...Claim) Report {
	var r Report
	for i, c := range claims {
		for _, e := range c.entries() {
			e.Claim = i
			r.Entries = append(r.Entries, e)
		}
	}
	return r
}

type unitWant uint8

const (
	wantCount   unitWant = iota + 1 // a count: no per cent, no currency
	wantMoney                       // an amount: no per cent
	wantPercent                     // a percentage
	wantAmount                      // a count or an amount: no per cent
)

// parseFor parses lit under r and checks that its unit fits the claim.
func parseFor(r Rules, lit string, want unitWant) (Stated, error) {
	s, err := r.Parse(lit)
	if err != nil {
		return s, err
	}
	var why string
	switch {
	case want == wantCount && s.percent, want == wantAmount && s.percent:
		why = "a percentage where a count is checked"
	case want == wantMoney && s.percent:
		why = "a percentage where a money amount is checked"
	case want == wantPercent && !s.percent:
		why = "not a percentage"
	case want == wantCount && s.currency != "":
		why = "a money amount where a count is checked"
	}
	if why != "" {
		return s, fmt.Errorf("claim: %q is %s: %w", lit, why, ErrUnit)
	}
	return s, nil
}

func invalid(kind, lit string, err error) Entry {
	return Entry{Kind: kind, Literal: lit, Verdict: Invalid, Err: err}
}

// judge fills the interval, data, verdict and offset of e for the stated s
// and the computed v: Fails when no value of v is allowed, Undetermined when
// only some are, and otherwise Holds, or [HoldsByRounding] where the figure
// allows v only because it is rounded or approximate.
func judge(e *Entry, s Stated, v value) {
	iv := s.Interval()
	e.Interval, e.Data = iv, v.iv.clone()
	allowed := iv
	if v.whole {
		allowed = iv.wholes()
	}
	switch {
	case allowed.intersect(v.iv).IsEmpty():
		e.Verdict = Fails
	case !allowed.covers(v.iv):
		e.Verdict = Undetermined
	case s.isRange || s.qual.isBound() || v.exact() && v.iv.Lo.Cmp(s.lo.point) == 0:
		e.Verdict = Holds
	default:
		e.Verdict = HoldsByRounding
	}
	var x *big.Rat // the value of the data nearest the figure
	switch {
	case v.exact():
		x = v.iv.Lo
	case e.Verdict != Fails:
		return
	case v.iv.Lo != nil && allowed.Hi != nil && v.iv.Lo.Cmp(allowed.Hi) >= 0:
		x = v.iv.Lo
	default:
		x = v.iv.Hi
	}
	if x == nil {
		return
	}
	switch {
	case s.isRange && v.whole:
		e.Off = iv.intDistance(x)
	case s.isRange:
		e.Off = iv.Distance(x)
	default:
		e.Off = new(big.Rat).Sub(x, s.lo.point)
	}
	// A figure printed in full needs no hint beyond Off; a rounded one is
	// easier to correct from the figure the data would print as.
	if e.Verdict == Fails && v.exact() && !s.isRange && !s.qual.isBound() && s.qual != Exactly && s.rounds(s.lo) {
		e.Hint = "the data prints as " + strconv.Quote(s.printAs(x))
	}
}

// figureEntry checks the figure lit, of unit want, against the data v; text
// is the data as the report prints it ("" for the default).
func figureEntry(kind string, r Rules, lit string, v value, text string, want unitWant) Entry {
	s, err := parseFor(r, lit, want)
	if err != nil {
		return invalid(kind, lit, err)
	}
	e := Entry{Kind: kind, Literal: lit, Value: text}
	judge(&e, s, v)
	if v.whole {
		format := s.intFormat()
		e.Allowed = e.Interval.intsText(format)
		if text == "" {
			e.Value = v.iv.intsText(format)
		}
	} else {
		e.Allowed = e.Interval.String()
		if text == "" {
			e.Value = v.text()
		}
	}
	if s.currency != "" {
		e.Allowed = s.currency + " " + e.Allowed
	}
	return e
}

// dataEntry reads the data d and checks lit against it.
func dataEntry(kind string, r Rules, lit string, d any, want unitWant) Entry {
	v, err := valueOf(d)
	if err != nil {
		return invalid(kind, lit, err)
	}
	return figureEntry(kind, r, lit, v, "", want)
}

// Count states that a count is n: Count("3,680", total), Count("an
// additional four", 4), Count("nearly 500", n). The count may be any
// integer, or a value known only within bounds (see the package
// documentation, section Data), such as the parties on a day for which some
// dates are only bounded: Count("178 parties", convention.PartiesAt(day))
// is Undetermined when the data allows 175 to 180.
func Count(stated string, n any) Claim {
	return Claim{kind: kindCount, name: strconv.Quote(stated), lits: []string{stated}, eval: func(r Rules) []Entry {
		return []Entry{dataEntry(kindCount, r, stated, n, wantCount)}
	}}
}

// Distinct states that the items hold that many distinct values: Distinct("118",
// states...) counts each State once however often it appears. When the
// figure would hold for the number of items with duplicates, the hint says so.
func Distinct[T comparable](stated string, items ...T) Claim {
	seen := make(map[T]struct{}, len(items))
	for _, it := range items {
		seen[it] = struct{}{}
	}
	n, all := len(seen), len(items)
	return Claim{kind: kindDistinct, name: strconv.Quote(stated), lits: []string{stated}, eval: func(r Rules) []Entry {
		text := itoaGrouped(n) + " distinct"
		if all != n {
			text += " of " + itoaGrouped(all)
		}
		e := figureEntry(kindDistinct, r, stated, pointValue(ratInt(n), true), text, wantCount)
		if e.Verdict == Fails && all != n {
			if s, err := r.Parse(stated); err == nil && s.Interval().Contains(ratInt(all)) {
				e.Hint = "passes if duplicates are counted (" + itoaGrouped(all) + " items)"
			}
		}
		return []Entry{e}
	}}
}

// Money states an amount of money: Money("$43 million", "USD", amount). The
// amount is a decimal.Decimal, any other exact number (see the package
// documentation, section Data) or an Interval when it is known only within
// bounds. The currency the literal names ("$", "US$", "USD", "€", "EUR",
// "CHF", a code before or after the number) must be the computed amount's
// currency, given as an ISO 4217 code; otherwise the entry fails with Err
// set to [ErrCurrency]. A literal that names no currency is read in the
// amount's currency, with a hint.
func Money(stated, currency string, amount any) Claim {
	return Claim{kind: kindMoney, name: strconv.Quote(stated), lits: []string{stated}, eval: func(r Rules) []Entry {
		s, err := parseFor(r, stated, wantMoney)
		if err != nil {
			return []Entry{invalid(kindMoney, stated, err)}
		}
		if !isCurrencyCode(currency) {
			return []Entry{invalid(kindMoney, stated,
				fmt.Errorf("claim: computed amount in %q, not an ISO 4217 code: %w", currency, ErrCurrency))}
		}
		v, err := valueOf(amount)
		if err != nil {
			return []Entry{invalid(kindMoney, stated, err)}
		}
		v.whole = false // an amount is not a count, whatever its type
		e := Entry{Kind: kindMoney, Literal: stated, Value: currency + " " + v.text()}
		judge(&e, s, v)
		cur := s.currency
		if cur == "" {
			cur = currency
		}
		e.Allowed = cur + " " + e.Interval.String()
		switch {
		case s.currency == "":
			e.Hint = joinHint(e.Hint, "the literal names no currency; read as "+currency)
		case s.currency != currency:
			// Amounts in two currencies are not comparable, so there is
			// no distance to report.
			e.Verdict, e.Err, e.Off = Fails, ErrCurrency, nil
			e.Hint = "stated in " + s.currency + ", data in " + currency
		}
		return []Entry{e}
	}}
}

func joinHint(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// Share states that a part of a whole has some property ("four of 11",
// "five of the eight States", "$185 million" of "$6.4 billion"):
// Share("four", "11", k, n). The part and the whole are counts or exact
// amounts, or values known within bounds (see the package documentation,
// section Data). It gives three entries: the part, the whole, and the
// subset relation part ≤ whole, which must hold both for the stated figures
// and for the data (where a negative part also fails).
func Share(part, whole string, k, n any) Claim {
	lit := part + " of " + whole
	return Claim{kind: kindShare, name: strconv.Quote(lit), lits: []string{part, whole}, eval: func(r Rules) []Entry {
		vk, errk := valueOf(k)
		vn, errn := valueOf(n)
		entry := func(lit string, v value, err error) Entry {
			if err != nil {
				return invalid(kindShare, lit, err)
			}
			return figureEntry(kindShare, r, lit, v, "", wantAmount)
		}
		ek, en := entry(part, vk, errk), entry(whole, vn, errn)
		sub := Entry{Kind: kindShare, Literal: lit, Allowed: "part ≤ whole", Verdict: Holds}
		if ek.Verdict == Invalid || en.Verdict == Invalid {
			sub.Verdict, sub.Err = Invalid, errors.Join(ek.Err, en.Err)
			return []Entry{ek, en, sub}
		}
		sub.Value = vk.text() + " of " + vn.text()
		switch {
		case !possibleLE(ek.Interval, en.Interval):
			sub.Verdict, sub.Hint = Fails, "the stated part exceeds the stated whole"
		case vk.iv.Hi != nil && vk.iv.Hi.Sign() < 0:
			sub.Verdict, sub.Hint = Fails, "the data's part is negative"
			sub.Off = new(big.Rat).Set(vk.iv.Hi)
		case !possibleLE(vk.iv, vn.iv):
			sub.Verdict, sub.Hint = Fails, "the data's part exceeds its whole"
			sub.Off = new(big.Rat).Sub(vk.iv.Lo, vn.iv.Hi)
		case vk.iv.Lo == nil || vk.iv.Lo.Sign() < 0 || !certainLE(vk.iv, vn.iv):
			sub.Verdict, sub.Hint = Undetermined, "the data allows a part above its whole"
			if vk.iv.Lo == nil || vk.iv.Lo.Sign() < 0 {
				sub.Hint = "the data allows a negative part"
			}
		}
		return []Entry{ek, en, sub}
	}}
}

// possibleLE reports whether some a in A and b in B have a ≤ b.
func possibleLE(a, b Interval) bool {
	if a.Lo == nil || b.Hi == nil {
		return true
	}
	c := a.Lo.Cmp(b.Hi)
	return c < 0 || c == 0 && !a.LoOpen && !b.HiOpen
}

// certainLE reports whether every a in A and b in B have a ≤ b.
func certainLE(a, b Interval) bool {
	if a.Hi == nil || b.Lo == nil {
		return false
	}
	return a.Hi.Cmp(b.Lo) <= 0
}

// Percent states that a part of a whole is the printed percentage:
// Percent("36 per cent", 4, 11), or of amounts, Percent("less than three
// percent", recovered, owed) with decimals. The part and the whole may also
// be known only within bounds. Besides checking 100·k/n, for an exact whole
// count it applies the [GRIM] test: when no whole count out of n prints as
// the stated percentage, the hint says so, and when another count would,
// the hint names it.
func Percent(stated string, k, n any) Claim {
	return Claim{kind: kindPercent, name: strconv.Quote(stated), lits: []string{stated}, eval: func(r Rules) []Entry {
		s, err := parseFor(r, stated, wantPercent)
		if err != nil {
			return []Entry{invalid(kindPercent, stated, err)}
		}
		vk, err := valueOf(k)
		if err != nil {
			return []Entry{invalid(kindPercent, stated, err)}
		}
		vn, err := valueOf(n)
		if err != nil {
			return []Entry{invalid(kindPercent, stated, err)}
		}
		v, err := ratio(vk, vn)
		if err != nil {
			return []Entry{invalid(kindPercent, stated, err)}
		}
		e := Entry{Kind: kindPercent, Literal: stated, Value: v.text() + "% (" + vk.text() + " of " + vn.text() + ")"}
		judge(&e, s, v)
		e.Allowed = e.Interval.String() + "%"
		if !vk.whole || !vn.whole || !vn.exact() {
			return []Entry{e} // GRIM is about whole counts out of a whole
		}
		whole := vn.iv.Lo.Num()
		wt := groupInt(whole.String())
		lo, hi, ok := grim(e.Interval, whole)
		switch {
		case !ok:
			e.Allowed += " = no count of " + wt
			e.Hint = "GRIM: no whole count out of " + wt + " prints as " + s.Canonical()
		default:
			e.Allowed += " = " + span(lo, hi, groupInt) + " of " + wt
		}
		if e.Verdict == Fails && ok {
			e.Hint = joinHint(e.Hint, "passes for "+span(lo, hi, groupInt)+" of "+wt)
		}
		return []Entry{e}
	}}
}

// span formats the whole numbers lo to hi: "4" or "4..5".
func span(lo, hi *big.Int, format func(string) string) string {
	if lo.Cmp(hi) == 0 {
		return format(lo.String())
	}
	return format(lo.String()) + ".." + format(hi.String())
}

// grim returns the whole counts k in [0, n] for which 100k/n lies in the
// percentage interval iv; n is positive.
func grim(iv Interval, n *big.Int) (lo, hi *big.Int, ok bool) {
	nr := new(big.Rat).SetInt(n)
	ks := iv.scale(new(big.Rat).Quo(nr, big.NewRat(100, 1))).intersect(Interval{Lo: new(big.Rat), Hi: nr})
	a, b, ok := ks.ints()
	if !ok || a == nil || b == nil {
		return nil, nil, false
	}
	return a, b, true
}

// Change states an increase since an earlier snapshot ("an additional four",
// "eight further"): the computed value is after − before, exactly, whatever
// the size of the two counts. Either may be known only within bounds.
func Change(stated string, before, after any) Claim {
	return Claim{kind: kindChange, name: strconv.Quote(stated), lits: []string{stated}, eval: func(r Rules) []Entry {
		vb, err := valueOf(before)
		if err != nil {
			return []Entry{invalid(kindChange, stated, err)}
		}
		va, err := valueOf(after)
		if err != nil {
			return []Entry{invalid(kindChange, stated, err)}
		}
		d := va.sub(vb)
		text := d.text() + " (" + vb.text() + " → " + va.text() + ")"
		e := figureEntry(kindChange, r, stated, d, text, wantAmount)
		if e.Verdict == Fails && d.iv.Hi != nil && d.iv.Hi.Sign() < 0 {
			e.Hint = joinHint(e.Hint, "the data decreased")
		}
		return []Entry{e}
	}}
}

// Invariant states a condition the text asserts without a figure, such as
// "the overall substantive analysis remained unchanged": the caller computes
// whether it held and describes what was tested, which the entry gives as
// both Allowed and, when it held, Value ("does not hold" when it did not).
func Invariant(stated, what string, held bool) Claim {
	return Claim{kind: kindInvariant, name: strconv.Quote(stated), lits: []string{stated}, eval: func(Rules) []Entry {
		e := Entry{Kind: kindInvariant, Literal: stated, Allowed: what, Value: what, Verdict: Holds}
		if !held {
			e.Value, e.Verdict = "does not hold", Fails
		}
		return []Entry{e}
	}}
}

// Range states the span of some values: Range("2020–2021", first, last) for
// "the period 2020–2021", Range("between 2 and 15 needs", fewest, most). The
// smallest computed value must print as the lower end and the largest as the
// upper end; Off is how far the first failing end is from its figure. Each
// end may be known only within bounds.
func Range(stated string, lo, hi any) Claim {
	return Claim{kind: kindRange, name: strconv.Quote(stated), lits: []string{stated}, eval: func(r Rules) []Entry {
		s, err := parseFor(r, stated, wantAmount)
		if err != nil {
			return []Entry{invalid(kindRange, stated, err)}
		}
		vlo, err := valueOf(lo)
		if err != nil {
			return []Entry{invalid(kindRange, stated, err)}
		}
		vhi, err := valueOf(hi)
		if err != nil {
			return []Entry{invalid(kindRange, stated, err)}
		}
		a, b := s.ends()
		format := s.intFormat()
		text := func(iv Interval, v value) string {
			if v.whole {
				return iv.intsText(format)
			}
			return iv.String()
		}
		e := Entry{Kind: kindRange, Literal: stated, Interval: s.Interval(), Verdict: Holds,
			Allowed: text(a, vlo) + " to " + text(b, vhi),
			Value:   text(vlo.iv, vlo) + " to " + text(vhi.iv, vhi)}
		var hints []string
		for i, end := range []Interval{a, b} {
			v := []value{vlo, vhi}[i]
			verdict, off := judgeEnd(end, v)
			switch verdict {
			case Fails:
				e.Verdict = Fails
				if e.Off == nil {
					e.Off = off
				}
				if off != nil {
					hints = append(hints, []string{"the lower", "the upper"}[i]+" end is off by "+signed(off))
				}
			case Undetermined:
				if e.Verdict == Holds {
					e.Verdict = Undetermined
				}
			}
		}
		if e.Verdict == Fails && vhi.exact() && vlo.exact() && a.Contains(vhi.iv.Lo) && b.Contains(vlo.iv.Lo) {
			hints = []string{"passes if the ends are swapped"}
		}
		e.Hint = strings.Join(hints, "; ")
		e.Data = Interval{Lo: vlo.iv.Lo, LoOpen: vlo.iv.LoOpen, Hi: vhi.iv.Hi, HiOpen: vhi.iv.HiOpen}
		return []Entry{e}
	}}
}

// judgeEnd checks the data v against one end of a range: Fails with how far
// the nearest value of v lies from it, Undetermined, or Holds.
func judgeEnd(end Interval, v value) (Verdict, *big.Rat) {
	allowed := end
	if v.whole {
		allowed = end.wholes()
	}
	switch {
	case allowed.intersect(v.iv).IsEmpty():
		x := v.iv.Hi
		if v.iv.Lo != nil && allowed.Hi != nil && v.iv.Lo.Cmp(allowed.Hi) >= 0 {
			x = v.iv.Lo
		}
		if x == nil {
			return Fails, nil
		}
		if v.whole {
			return Fails, end.intDistance(x)
		}
		return Fails, end.Distance(x)
	case !allowed.covers(v.iv):
		return Undetermined, nil
	}
	return Holds, nil
}
