package claim

import (
	"cmp"
	"errors"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/uncac-go/uncac/internal/printed"
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

// A Figure is a figure printed in a text, as Figures finds it: where it
// stands, what kind it is, how it is printed and how it reads. A figure the
// scanner sees but cannot read (a misplaced separator, a range that runs
// backwards, an ambiguous currency) has Kind "unreadable" and Err set; it
// is never skipped.
type Figure struct {
	Start, End int    // byte offsets: the figure is text[Start:End]
	Text       string // the figure as printed
	// Kind is "number", "ordinal", "money", "percent", "range", "year",
	// "date", "period" or "unreadable".
	Kind string
	// Reading is the figure in the canonical form of its kind, which reads
	// back to the same value: "3,680", "more than 2,000", "USD 43 million",
	// "36%", "2020–2021", "30th", "as at 30 November 2007"; "" when
	// unreadable.
	Reading string
	Err     error // a *ParseError saying why the figure could not be read; nil when it was
}

// Figures yields every figure printed in text, in order: numbers in digits
// and words, ordinals, money, per cents, ranges, years and dates, each with
// its span and reading. Words around a figure are not part of it
// ("currently 180 States" gives "180"), except the qualifiers that belong
// to it ("more than 180", "as at 30 November 2007"); numbers inside names
// and symbols ("article 46", "CAC/COSP/2019/14") are figures like any
// other, to be checked or waived. A bare number of four digits from 1800 to
// 2199 reads as a year. Figures has no length limit and runs in time linear
// in the length of text.
func Figures(text string) iter.Seq[Figure] {
	return func(yield func(Figure) bool) {
		for f := range printed.Scan(text) {
			fig := Figure{Start: f.Start, End: f.End, Text: text[f.Start:f.End], Kind: f.Kind.String()}
			switch f.Kind {
			case printed.KindUnreadable:
				fig.Err = figureError(fig.Text, f.Start, f.Err)
			case printed.KindYear, printed.KindDate, printed.KindPeriod:
				fig.Reading = f.Period.String()
			default:
				fig.Reading = f.Figure.String()
			}
			if !yield(fig) {
				return
			}
		}
	}
}

// figureError turns the grammar's error about an unreadable figure, which
// starts at byte start of the scanned text, into a *ParseError of Figures
// with an offset into the figure.
func figureError(text string, start int, err error) error {
	kind, offset, detail := ErrSyntax, 0, "unreadable"
	if err != nil {
		detail = err.Error()
	}
	if pe, ok := errors.AsType[*printed.Error](err); ok {
		offset, detail = min(max(pe.Offset-start, 0), len(text)), pe.Detail()
		if errors.Is(err, printed.ErrRange) {
			kind = ErrRange
		}
	}
	return &ParseError{Func: "claim.Figures", Input: text, Offset: offset, Err: &detailError{kind, detail}}
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
