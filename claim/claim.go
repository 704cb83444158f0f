package claim

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// A Claim pairs figures a report states with the values the data gives. Build
// one with a constructor (Count, Money, Share …) and evaluate it with Check.
// Claims are values: With returns a copy with other reading rules. The zero
// Claim is invalid and checks as a single Invalid entry.
type Claim struct {
	kind  Kind
	name  string // the literal(s), for subtest names
	rules Rules
	eval  func(r Rules) []Entry
}

// Kind returns the kind of the claim.
func (c Claim) Kind() Kind { return c.kind }

// String names the claim by its kind and literal, such as `count "3,680"`.
// AssertEach uses it as the subtest name.
func (c Claim) String() string { return c.kind.String() + " " + c.name }

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
	wantCount unitWant = iota + 1
	wantMoney
	wantPercent
)

// parseFor parses lit under r and checks that its unit fits the claim.
func parseFor(r Rules, lit string, want unitWant) (Stated, error) {
	s, err := r.Parse(lit)
	if err != nil {
		return s, err
	}
	var why string
	switch {
	case want == wantCount && s.percent:
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

func invalid(kind Kind, lit string, err error) Entry {
	return Entry{Kind: kind, Literal: lit, Verdict: Invalid, Err: err}
}

// judge fills the verdict, interval and offset of e for the stated s and the
// computed v.
func judge(e *Entry, s Stated, v *big.Rat) {
	iv := s.Interval()
	e.Interval = iv
	switch {
	case !iv.Contains(v):
		e.Verdict = Fails
	case s.isRange || s.qual.isBound() || v.Cmp(s.lo.point) == 0:
		e.Verdict = Holds
	default:
		e.Verdict = HoldsByRounding
	}
	if s.isRange {
		e.Off = iv.Distance(v)
	} else {
		e.Off = new(big.Rat).Sub(v, s.lo.point)
	}
	// A figure printed in full needs no hint beyond Off; a rounded one is
	// easier to correct from the figure the data would print as.
	if e.Verdict == Fails && !s.isRange && !s.qual.isBound() && s.qual != Exactly && s.rounds(s.lo) {
		e.Hint = "the data prints as " + strconv.Quote(s.printAs(v))
	}
}

// countEntry checks a stated count against n.
func countEntry(kind Kind, r Rules, lit string, n int, value string) Entry {
	s, err := parseFor(r, lit, wantCount)
	if err != nil {
		return invalid(kind, lit, err)
	}
	format := s.intFormat()
	e := Entry{Kind: kind, Literal: lit, Value: value}
	if value == "" {
		e.Value = format(strconv.Itoa(n))
	}
	judge(&e, s, ratInt(n))
	if s.isRange {
		e.Off = e.Interval.intDistance(ratInt(n))
	}
	e.Allowed = e.Interval.intsText(format)
	return e
}

// Count states that a count is n: Count("3,680", total), Count("an
// additional four", 4), Count("nearly 500", n).
func Count(stated string, n int) Claim {
	return Claim{kind: KindCount, name: strconv.Quote(stated), eval: func(r Rules) []Entry {
		return []Entry{countEntry(KindCount, r, stated, n, "")}
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
	return Claim{kind: KindDistinct, name: strconv.Quote(stated), eval: func(r Rules) []Entry {
		value := itoaGrouped(n) + " distinct"
		if all != n {
			value += " of " + itoaGrouped(all)
		}
		e := countEntry(KindDistinct, r, stated, n, value)
		if e.Verdict == Fails && all != n {
			if s, err := r.Parse(stated); err == nil && s.Interval().Contains(ratInt(all)) {
				e.Hint = "passes if duplicates are counted (" + itoaGrouped(all) + " items)"
			}
		}
		return []Entry{e}
	}}
}

// Money states an amount of money: Money("$43 million", "USD", amount). The
// currency the literal names ("$", "US$", "USD", "€", "EUR", "CHF", a code
// before or after the number) must be the computed amount's currency, given
// as an ISO 4217 code; otherwise the entry fails with Err set to ErrCurrency.
// A literal that names no currency is read in the amount's currency, with a
// hint.
func Money(stated, currency string, amount decimal.Decimal) Claim {
	return Claim{kind: KindMoney, name: strconv.Quote(stated), eval: func(r Rules) []Entry {
		s, err := parseFor(r, stated, wantMoney)
		if err != nil {
			return []Entry{invalid(KindMoney, stated, err)}
		}
		if !isCurrencyCode(currency) {
			return []Entry{invalid(KindMoney, stated,
				fmt.Errorf("claim: computed amount in %q, not an ISO 4217 code: %w", currency, ErrCurrency))}
		}
		v, ok := new(big.Rat).SetString(amount.String())
		if !ok {
			return []Entry{invalid(KindMoney, stated, fmt.Errorf("claim: amount %s is not a number", amount))}
		}
		e := Entry{Kind: KindMoney, Literal: stated, Value: currency + " " + formatRat(v)}
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

// Share states that k of n have some property ("four of 11", "five of the
// eight States"): Share("four", "11", k, n). It gives three entries: the
// part, the whole, and the subset relation k ≤ n, which must hold both for
// the stated figures and for the data (where a negative k also fails, with
// Off k).
func Share(part, whole string, k, n int) Claim {
	return Claim{kind: KindShare, name: strconv.Quote(part + " of " + whole), eval: func(r Rules) []Entry {
		ek := countEntry(KindShare, r, part, k, "")
		en := countEntry(KindShare, r, whole, n, "")
		sub := Entry{Kind: KindShare, Literal: part + " of " + whole, Allowed: "part ≤ whole",
			Value: itoaGrouped(k) + " of " + itoaGrouped(n), Verdict: Holds}
		switch {
		case ek.Verdict == Invalid || en.Verdict == Invalid:
			sub.Verdict, sub.Err = Invalid, errors.Join(ek.Err, en.Err)
		case !possibleLE(ek.Interval, en.Interval):
			sub.Verdict, sub.Hint = Fails, "the stated part exceeds the stated whole"
		case k < 0:
			sub.Verdict, sub.Hint = Fails, "the data's part is negative"
			sub.Off = ratInt(k)
		case k > n:
			sub.Verdict, sub.Hint = Fails, "the data's part exceeds its whole"
			sub.Off = ratInt(k - n)
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

// Percent states that k of n is the printed percentage: Percent("36 per
// cent", 4, 11). Besides checking 100k/n, it applies the GRIM test: when no
// whole count out of n prints as the stated percentage, the hint says so, and
// when another count would, the hint names it.
func Percent(stated string, k, n int) Claim {
	return Claim{kind: KindPercent, name: strconv.Quote(stated), eval: func(r Rules) []Entry {
		s, err := parseFor(r, stated, wantPercent)
		if err != nil {
			return []Entry{invalid(KindPercent, stated, err)}
		}
		if n <= 0 {
			return []Entry{invalid(KindPercent, stated, fmt.Errorf("claim: percentage of %d: the whole must be positive", n))}
		}
		v := new(big.Rat).Mul(big.NewRat(int64(k), int64(n)), big.NewRat(100, 1))
		e := Entry{Kind: KindPercent, Literal: stated,
			Value: formatRat(v) + "% (" + itoaGrouped(k) + " of " + itoaGrouped(n) + ")"}
		judge(&e, s, v)
		lo, hi, ok := grim(e.Interval, n)
		e.Allowed = e.Interval.String() + "%"
		switch {
		case !ok:
			e.Allowed += " = no count of " + itoaGrouped(n)
			e.Hint = "GRIM: no whole count out of " + itoaGrouped(n) + " prints as " + s.Canonical()
		default:
			e.Allowed += " = " + span(lo, hi) + " of " + itoaGrouped(n)
		}
		if e.Verdict == Fails && ok {
			e.Hint = joinHint(e.Hint, "passes for "+span(lo, hi)+" of "+itoaGrouped(n))
		}
		return []Entry{e}
	}}
}

// span formats the whole numbers lo to hi: "4" or "4..5".
func span(lo, hi int) string {
	if lo == hi {
		return itoaGrouped(lo)
	}
	return itoaGrouped(lo) + ".." + itoaGrouped(hi)
}

// grim returns the whole counts k in [0, n] for which 100k/n lies in the
// percentage interval iv.
func grim(iv Interval, n int) (lo, hi int, ok bool) {
	ks := iv.scale(big.NewRat(int64(n), 100)).intersect(Interval{Lo: new(big.Rat), Hi: ratInt(n)})
	a, b, ok := ks.ints()
	if !ok || a == nil || b == nil {
		return 0, 0, false
	}
	return int(a.Int64()), int(b.Int64()), true
}

// Change states an increase since an earlier snapshot ("an additional four",
// "eight further"): the computed value is after − before.
func Change(stated string, before, after int) Claim {
	return Claim{kind: KindChange, name: strconv.Quote(stated), eval: func(r Rules) []Entry {
		d := after - before
		value := itoaGrouped(d) + " (" + itoaGrouped(before) + " → " + itoaGrouped(after) + ")"
		e := countEntry(KindChange, r, stated, d, value)
		if e.Verdict == Fails && d < 0 {
			e.Hint = joinHint(e.Hint, "the data decreased")
		}
		return []Entry{e}
	}}
}

// Unchanged states that something remained unchanged between two snapshots:
// the claim holds when before == after. The caller chooses what must hold,
// such as the three most frequent categories joined into a string.
func Unchanged[T comparable](stated string, before, after T) Claim {
	return Claim{kind: KindInvariant, name: strconv.Quote(stated), eval: func(Rules) []Entry {
		e := Entry{Kind: KindInvariant, Literal: stated, Allowed: "unchanged", Verdict: Holds,
			Value: fmt.Sprint(after)}
		if before != after {
			e.Verdict = Fails
			e.Value = fmt.Sprint(before) + " → " + fmt.Sprint(after)
		}
		return []Entry{e}
	}}
}

// Invariant states a condition the text asserts without a figure, such as
// "the overall substantive analysis remained unchanged": the caller computes
// whether it held and describes what was tested, which the entry gives as
// both Allowed and, when it held, Value ("does not hold" when it did not).
func Invariant(stated, what string, held bool) Claim {
	return Claim{kind: KindInvariant, name: strconv.Quote(stated), eval: func(Rules) []Entry {
		e := Entry{Kind: KindInvariant, Literal: stated, Allowed: what, Value: what, Verdict: Holds}
		if !held {
			e.Value, e.Verdict = "does not hold", Fails
		}
		return []Entry{e}
	}}
}

// Range states the span of some values: Range("2020–2021", first, last) for
// "the period 2020–2021", Range("between 2 and 15 needs", fewest, most). The
// smallest computed value must print as the lower end and the largest as the
// upper end; Off is how far the first failing end is from its figure.
func Range(stated string, lo, hi int) Claim {
	return Claim{kind: KindRange, name: strconv.Quote(stated), eval: func(r Rules) []Entry {
		s, err := parseFor(r, stated, wantCount)
		if err != nil {
			return []Entry{invalid(KindRange, stated, err)}
		}
		a, b := s.ends()
		format := s.intFormat()
		e := Entry{Kind: KindRange, Literal: stated, Interval: s.Interval(), Verdict: Holds,
			Allowed: a.intsText(format) + " to " + b.intsText(format),
			Value:   format(strconv.Itoa(lo)) + " to " + format(strconv.Itoa(hi))}
		var hints []string
		if !a.Contains(ratInt(lo)) {
			e.Verdict, e.Off = Fails, a.intDistance(ratInt(lo))
			hints = append(hints, "the lower end is off by "+signed(e.Off))
		}
		if !b.Contains(ratInt(hi)) {
			off := b.intDistance(ratInt(hi))
			if e.Off == nil {
				e.Off = off
			}
			e.Verdict = Fails
			hints = append(hints, "the upper end is off by "+signed(off))
		}
		if e.Verdict == Fails && a.Contains(ratInt(hi)) && b.Contains(ratInt(lo)) {
			hints = []string{"passes if the ends are swapped"}
		}
		e.Hint = strings.Join(hints, "; ")
		return []Entry{e}
	}}
}

// Respectively states a list of counts that pair in order with values:
// Respectively("185 needs and 182 needs", needs44, needs50). The list is
// split at ", ", " and " and ", and "; a trailing "respectively" is dropped.
// When the values fail as given but pass in another order, the hint says so.
func Respectively(list string, values ...int) Claim {
	return Claim{kind: KindRespectively, name: strconv.Quote(list), eval: func(r Rules) []Entry {
		items := splitList(list)
		if len(items) != len(values) {
			return []Entry{invalid(KindRespectively, list,
				fmt.Errorf("claim: %d figures stated, %d values given", len(items), len(values)))}
		}
		out := make([]Entry, len(items))
		failed := false
		for i, it := range items {
			out[i] = countEntry(KindRespectively, r, it, values[i], "")
			failed = failed || !out[i].Verdict.OK()
		}
		if failed {
			if perm, ok := passingOrder(r, items, values); ok {
				hint := "passes if the two values are swapped"
				if len(items) > 2 {
					hint = "passes with the values in the order " + strings.Join(perm, ", ")
				}
				for i := range out {
					if !out[i].Verdict.OK() {
						out[i].Hint = joinHint(out[i].Hint, hint)
					}
				}
			}
		}
		return out
	}}
}

func splitList(list string) []string {
	s := strings.TrimSpace(list)
	s = strings.TrimSuffix(s, "respectively")
	s = strings.TrimRight(strings.TrimSpace(s), ",")
	s = strings.ReplaceAll(s, ", and ", ", ")
	s = strings.ReplaceAll(s, " and ", ", ")
	parts := strings.Split(s, ", ")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// passingOrder looks for another order of values under which every item
// holds; it tries all orders of up to six values.
func passingOrder(r Rules, items []string, values []int) ([]string, bool) {
	if len(values) > 6 {
		return nil, false
	}
	ivs := make([]Interval, len(items))
	for i, it := range items {
		s, err := r.Parse(it)
		if err != nil {
			return nil, false
		}
		ivs[i] = s.Interval()
	}
	idx := make([]int, len(values))
	for i := range idx {
		idx[i] = i
	}
	var try func(k int, used uint) bool
	try = func(k int, used uint) bool {
		if k == len(idx) {
			return !slices.Equal(idx, identity(len(idx)))
		}
		for j := range values {
			if used&(1<<j) != 0 || !ivs[k].Contains(ratInt(values[j])) {
				continue
			}
			idx[k] = j
			if try(k+1, used|1<<j) {
				return true
			}
		}
		return false
	}
	if !try(0, 0) {
		return nil, false
	}
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = itoaGrouped(values[j])
	}
	return out, true
}

func identity(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// Top states that keys are the leaders of a ranking by count, in any order
// among themselves: Top("article 46", []Article{46}, needsByArticle) for "the
// article for which the most needs had been identified was article 46", or
// three keys for "continued to pertain to A, B and C". Rules.Ties says
// whether an unnamed key tied with the last leader is accepted.
func Top[K cmp.Ordered](stated string, keys []K, counts map[K]int) Claim {
	return ranked(KindTop, stated, keys, counts, false)
}

// Order states that keys lead a ranking by count in the order given:
// Order("article 46 … followed by article 44 and article 50", []Article{46,
// 44, 50}, needsByArticle). Under TiesAnyOrder tied keys may come in either
// order; under TiesStrict a tie fails.
func Order[K cmp.Ordered](stated string, keys []K, counts map[K]int) Claim {
	return ranked(KindOrder, stated, keys, counts, true)
}

func ranked[K cmp.Ordered](kind Kind, stated string, keys []K, counts map[K]int, ordered bool) Claim {
	// Snapshot the inputs so that later changes by the caller do not
	// change the claim.
	keys, counts = slices.Clone(keys), maps.Clone(counts)
	type kv struct {
		k K
		n int
	}
	all := make([]kv, 0, len(counts))
	for k, n := range counts {
		all = append(all, kv{k, n})
	}
	slices.SortFunc(all, func(a, b kv) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return cmp.Compare(a.k, b.k)
	})
	return Claim{kind: kind, name: strconv.Quote(stated), eval: func(r Rules) []Entry {
		sep := ", "
		if ordered {
			sep = " > "
		}
		names := make([]string, len(keys))
		for i, k := range keys {
			names[i] = fmt.Sprint(k)
		}
		e := Entry{Kind: kind, Literal: stated, Allowed: strings.Join(names, sep), Verdict: Holds}
		if ordered {
			e.Allowed = "in order " + e.Allowed
		} else {
			e.Allowed = "top " + strconv.Itoa(len(keys)) + ": " + e.Allowed
		}
		show := all[:min(len(all), len(keys)+1)]
		vals := make([]string, len(show))
		for i, x := range show {
			vals[i] = fmt.Sprint(x.k) + " (" + itoaGrouped(x.n) + ")"
		}
		e.Value = strings.Join(vals, ", ")
		if len(keys) == 0 {
			e.Verdict, e.Err = Invalid, errors.New("claim: no keys stated")
			return []Entry{e}
		}
		strict := r.ties() == TiesStrict
		var hints []string
		named := make(map[K]bool, len(keys))
		floor, found := 0, false
		for i, k := range keys {
			n, ok := counts[k]
			if !ok {
				e.Verdict = Fails
				hints = append(hints, "no data for "+fmt.Sprint(k))
				continue
			}
			if named[k] {
				e.Verdict, e.Err = Invalid, fmt.Errorf("claim: %v stated twice", k)
				return []Entry{e}
			}
			named[k] = true
			if !found || n < floor {
				floor, found = n, true
			}
			if ordered && i > 0 {
				if prev, ok := counts[keys[i-1]]; ok {
					switch {
					case n > prev:
						e.Verdict = Fails
						hints = append(hints, fmt.Sprintf("%v (%s) ranks above %v (%s)", k, itoaGrouped(n), keys[i-1], itoaGrouped(prev)))
					case n == prev && strict:
						e.Verdict = Fails
						hints = append(hints, fmt.Sprintf("%v and %v tie at %s", keys[i-1], k, itoaGrouped(n)))
					case n == prev:
						hints = append(hints, fmt.Sprintf("%v and %v tie at %s", keys[i-1], k, itoaGrouped(n)))
					}
				}
			}
		}
		for _, x := range all {
			if named[x.k] || !found {
				continue
			}
			switch {
			case x.n > floor:
				e.Verdict = Fails
				hints = append(hints, fmt.Sprintf("%v (%s) is not named but ranks above", x.k, itoaGrouped(x.n)))
			case x.n == floor:
				if strict {
					e.Verdict = Fails
				}
				hints = append(hints, fmt.Sprintf("%v ties with the last named at %s", x.k, itoaGrouped(x.n)))
			}
		}
		e.Hint = strings.Join(hints, "; ")
		return []Entry{e}
	}}
}
