package claim

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Waive states that a figure the text prints is deliberately not checked,
// and why: Waive("CAC/COSP/2019/14", "a document symbol, not a figure").
// Check gives it one entry with the verdict Waived and the reason as its
// value; Unchecked counts the figures inside the literal as accounted for.
// An empty reason makes the entry Invalid: a waiver must say why.
func Waive(literal, reason string) Claim {
	return Claim{kind: kindWaived, name: strconv.Quote(literal), lits: []string{literal}, eval: func(Rules) []Entry {
		e := Entry{Kind: kindWaived, Literal: literal, Allowed: "not checked", Value: reason, Verdict: Waived}
		if strings.TrimSpace(reason) == "" {
			e.Verdict, e.Err = Invalid, errNoReason
		}
		return []Entry{e}
	}}
}

// spans returns where the claims' literals stand in text: for each literal,
// in the order of the claims, its first occurrence (as whole words) that no
// earlier use of the same literal took, or its first occurrence when every
// one was taken. A literal the text does not hold covers nothing.
func spans(text string, claims []Claim) [][2]int {
	var out [][2]int
	taken := map[string]int{} // literal → byte offset to search on from
	for _, c := range claims {
		for _, lit := range c.lits {
			lit = strings.TrimSpace(lit)
			if lit == "" {
				continue
			}
			from := taken[lit]
			i := wordIndex(text, lit, from)
			if i < 0 {
				i = wordIndex(text, lit, 0)
			}
			if i < 0 {
				continue
			}
			out = append(out, [2]int{i, i + len(lit)})
			taken[lit] = i + len(lit)
		}
	}
	return out
}

// wordIndex returns the offset of the first occurrence of lit in text at or
// after from that neither starts nor ends inside a word, or -1.
func wordIndex(text, lit string, from int) int {
	for from <= len(text) {
		j := strings.Index(text[from:], lit)
		if j < 0 {
			return -1
		}
		i := from + j
		if !wordJoin(text, i, lit, true) && !wordJoin(text, i+len(lit), lit, false) {
			return i
		}
		_, w := utf8.DecodeRuneInString(text[i:])
		from = i + max(w, 1)
	}
	return -1
}

// wordJoin reports whether the literal placed at offset i (its start when
// start is set, else its end) would join a letter or digit of the text to
// one of its own, so that it is part of a longer word or number.
func wordJoin(text string, i int, lit string, start bool) bool {
	var outside, inside rune
	if start {
		if i == 0 {
			return false
		}
		outside, _ = utf8.DecodeLastRuneInString(text[:i])
		inside, _ = utf8.DecodeRuneInString(lit)
	} else {
		if i >= len(text) {
			return false
		}
		outside, _ = utf8.DecodeRuneInString(text[i:])
		inside, _ = utf8.DecodeLastRuneInString(lit)
	}
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return alnum(outside) && alnum(inside)
}

// uncovered returns the figures that lie in no span (apart from a leading
// "the"). Figures come in the order of their starts; spans in any order. It sweeps both once, so its
// cost is linear in the figures after sorting the spans.
func uncovered(figs []Figure, covered [][2]int) []Figure {
	covered = slices.Clone(covered)
	slices.SortFunc(covered, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	slices.SortStableFunc(figs, func(a, b Figure) int { return cmp.Compare(a.Start, b.Start) })
	var out []Figure
	next, reach := 0, -1 // reach: the furthest end of the spans starting at or before the figure
	for _, f := range figs {
		// "the" before an ordinal says nothing of its value, so a literal
		// need not quote it: "thirtieth ratification" checks "the
		// thirtieth".
		start := f.Start
		if len(f.Text) > 4 && strings.EqualFold(f.Text[:4], "the ") {
			start += 4
		}
		for next < len(covered) && covered[next][0] <= start {
			reach = max(reach, covered[next][1])
			next++
		}
		if reach < f.End {
			out = append(out, f)
		}
	}
	return out
}

// Unchecked returns the figures of text that none of the claims checks, in
// order. A claim checks the figures that lie inside the places where its
// literals stand in text (a figure's own qualifier, as in "only $185
// million", is part of it, but an ordinal's "the" need not be quoted):
// each literal as whole words, at its first
// occurrence, or, for a literal that an earlier claim already placed, at
// its next one. Waive accounts for a figure without checking it. A test
// that holds a paragraph to its data can thus require that every figure
// it prints is checked or waived:
//
//	if u := claim.Unchecked(paragraph, claims...); len(u) > 0 {
//		t.Errorf("figures no claim checks: %v", u)
//	}
//
// Its cost is that of Figures plus a search of text for each literal.
func Unchecked(text string, claims ...Claim) []Figure {
	return uncovered(slices.Collect(Figures(text)), spans(text, claims))
}
