package printed

import (
	"errors"
	"iter"
	"strconv"
)

// A Kind says what a figure found by Scan is.
type Kind uint8

// The kinds of figure.
const (
	KindNumber     Kind = iota + 1 // a number, qualified or not: "180", "four", "more than 2,000", "1.5 million"
	KindOrdinal                    // an ordinal: "thirtieth", "the 100th", "191st"
	KindMoney                      // an amount of money: "$6.4 billion", "CHF 80 million"
	KindPercent                    // a percentage: "36 per cent", "less than three percent"
	KindRange                      // a range of numbers, amounts or percentages: "2–15", "$2–3 million"
	KindYear                       // a year: "2009"
	KindDate                       // a day, a month or a relative date: "14 December 2005", "March 2016", "Friday, 27 September", "ten years ago"
	KindPeriod                     // a span of dates or years: "2006–2009", "2010–June 2012", "2010 and 2011"
	KindUnreadable                 // something printed as a figure that the grammar cannot read; Found.Err says why
)

// String returns the kind's name, such as "number" or "unreadable".
func (k Kind) String() string {
	switch k {
	case KindNumber:
		return "number"
	case KindOrdinal:
		return "ordinal"
	case KindMoney:
		return "money"
	case KindPercent:
		return "percent"
	case KindRange:
		return "range"
	case KindYear:
		return "year"
	case KindDate:
		return "date"
	case KindPeriod:
		return "period"
	case KindUnreadable:
		return "unreadable"
	}
	return "%!Kind(" + strconv.Itoa(int(k)) + ")"
}

// A Found is one figure that Scan found: its byte span [Start, End) in the
// text and its reading. The text of the span read alone gives the same
// reading: Parse(text[Start:End]) gives Figure for the kinds Number to
// Range and Year, ParseDate gives Period for Year, Date and Period, and
// both fail for Unreadable.
type Found struct {
	Start, End int
	Kind       Kind
	Figure     Figure // the figure for KindNumber … KindRange, and the year as a number for KindYear
	Period     Period // the date for KindYear, KindDate and KindPeriod
	Err        error  // why the figure is unreadable (an *Error), for KindUnreadable
}

// Scan yields every figure printed in text, in order, with its span and
// reading: numbers in digits and words, ordinals, money, per cents,
// ranges, years and dates. Words around a figure are not part of it
// ("currently 180 States parties" yields "180"), except the qualifiers
// that belong to it ("more than 180", "as at 30 November 2007"). A bare
// number of four digits from 1800 to 2199 is read as a year. Digits may be
// grouped by commas or apostrophes ("1'000'000"), or by no-break, narrow
// no-break or thin spaces ("500\u00a0000"); a plain space separates two
// figures ("in 2019 200 cases"). A figure that
// cannot be read — a misplaced separator ("3,68"), a range that runs
// backwards, an ambiguous currency ("kr 500"), a fraction or ratio in words
// ("two thirds", "one in five"), a number longer than MaxLen — is yielded
// as KindUnreadable with its error, never skipped.
//
// Scan has no length limit: it runs in time linear in the length of text
// and holds only the tokens of the figure it is reading.
func Scan(text string) iter.Seq[Found] {
	return func(yield func(Found) bool) {
		p := newParser(text)
		p.scanning = true
		for p.tok(0).kind != 0 {
			f, ok := p.scanOne()
			if ok && !yield(f) {
				return
			}
			// Drop the tokens already read, so that memory stays bounded;
			// keep a few before the current one, which rules look back at.
			if p.i > 256 {
				n := copy(p.toks, p.toks[p.i-4:])
				p.toks = p.toks[:n]
				p.i = 4
			}
		}
	}
}

// scanOne reads the figure that starts at the current token, if any, and
// moves past it; otherwise it moves one token on.
func (p *parser) scanOne() (Found, bool) {
	start := p.i
	t := p.tok(0)
	if t.kind == tDigitOther {
		p.i++
		return Found{Start: t.pos, End: t.end, Kind: KindUnreadable,
			Err: syntaxError(t.pos, "numerals other than the digits 0 to 9")}, true
	}
	if n := p.tok(1); t.kind == tDash && p.text(t) == "−" && n.kind == tNum && n.pos == t.end && t.spaceBef {
		// "−5": the grammar reads no negative numbers, and the minus sign
		// is not a dash between two figures.
		p.i += 2
		return Found{Start: t.pos, End: n.end, Kind: KindUnreadable,
			Err: syntaxError(t.pos, "a negative number")}, true
	}

	// Try a date and a figure; keep the longer.
	var (
		per     Period
		dateEnd = -1
		dateI   int
	)
	dateFailI := start // how far a date read whole but invalid got
	var dateErr error
	if p.mayStartDate() {
		p.invalidDate = false
		if d, err := p.period(); err == nil {
			per, dateEnd, dateI = d, p.tok(-1).end, p.i
		} else if p.invalidDate {
			dateFailI, dateErr = p.i, err
		}
		p.i = start
	}
	var (
		fig     Figure
		figEnd  = -1
		figI    int
		figErr  error
		numRead bool
	)
	if p.mayStartFigure() {
		p.sawNumber = false
		f, err := p.figure()
		numRead = p.sawNumber
		if err == nil {
			fig, figEnd, figI = f, p.tok(-1).end, p.i
		} else {
			figErr = err
			figI = p.i
		}
		p.i = start
	}
	switch {
	case dateEnd >= 0 && dateEnd >= figEnd:
		p.i = dateI
		found := Found{Start: t.pos, End: dateEnd, Period: per, Kind: KindDate}
		switch {
		case per.IsSpan():
			found.Kind = KindPeriod
		case per.Prefix == "" && per.Part == "" && per.From.Month == 0 && per.Ago.IsZero():
			found.Kind = KindYear
			found.Figure, _ = Parse(p.in[t.pos:dateEnd])
		}
		return found, true
	case dateErr != nil && dateFailI > figI:
		// "31 February 2015", "2015–2012": a date read whole but invalid
		// is unreadable as a whole, not a number and a month.
		end := p.toks[dateFailI-1].end
		p.i = dateFailI
		return Found{Start: t.pos, End: end, Kind: KindUnreadable, Err: dateErr}, true
	case figEnd >= 0:
		p.i = figI
		found := Found{Start: t.pos, End: figEnd, Figure: fig, Kind: figureKind(fig)}
		if textEq(p.text(t), "the") && found.Kind != KindOrdinal {
			found.Start = p.toks[start+1].pos // "the eight States": the figure is "eight"
		}
		if n, reason := p.fractionOrRatio(); n > 0 {
			// "two thirds", "one in five": one figure that is not read,
			// rather than a number that misreads it.
			p.i += n
			found.End, found.Kind, found.Figure = p.toks[p.i-1].end, KindUnreadable, Figure{}
			found.Err = syntaxError(found.Start, reason)
		}
		return found, true
	case figErr != nil && p.unreadable(t, figErr, numRead):
		end := max(t.end, p.tokenEndAt(figErr.(*Error).Offset))
		if figI > start {
			end = max(end, p.toks[figI-1].end)
		}
		if dateFailI > start {
			end = max(end, p.toks[dateFailI-1].end)
		}
		for p.tok(0).kind != 0 && p.tok(0).pos < end {
			p.i++
		}
		if (errors.Is(figErr, ErrAmbiguous) || errors.Is(figErr, ErrUnknown)) && p.tok(0).kind == tNum {
			// "kr 500": the number after the sign is part of what cannot be read.
			end = p.tok(0).end
			p.i++
		}
		return Found{Start: t.pos, End: end, Kind: KindUnreadable, Err: figErr}, true
	}
	p.i = start + 1
	return Found{}, false
}

// unreadable reports whether a failed figure starting at t is a figure the
// grammar cannot read rather than words that merely could start one: it
// starts with digits or a number word, or a currency it names is ambiguous
// or unknown.
func (p *parser) unreadable(t token, err error, numRead bool) bool {
	switch {
	case t.kind == tNum || t.kind == tOrd:
		return true
	case errors.Is(err, ErrAmbiguous) || errors.Is(err, ErrUnknown):
		return true
	case errors.Is(err, ErrRange):
		return true
	case t.kind == tWord:
		_, _, isNum := numberWord(p.text(t), t.w)
		_, isOrd := ordinalWord(p.text(t), t.w)
		return (isNum || isOrd) && numRead
	}
	return false
}

// tokenEndAt returns the end of the token that holds byte offset off.
func (p *parser) tokenEndAt(off int) int {
	for k := 0; ; k++ {
		t := p.tok(k)
		if t.kind == 0 || t.end > off {
			return max(t.end, off)
		}
	}
}

// mayStartDate reports whether a date may start at the current token.
func (p *parser) mayStartDate() bool {
	t := p.tok(0)
	switch t.kind {
	case tNum, tOrd:
		return true
	case tWord:
		if (t.w.kind == wMonth || t.w.kind == wWeekday) && isCapitalized(p.text(t)) {
			return true
		}
		if _, _, ok := numberWord(p.text(t), t.w); ok || textEq(p.text(t), "a") || textEq(p.text(t), "an") {
			return true // "ten years ago"
		}
		for _, ph := range datePrefixes {
			if p.matchPhrase(ph) > 0 {
				return true
			}
		}
		for _, ph := range dateParts {
			if p.matchPhrase(ph) > 0 {
				return true // "early 2019", "the end of March 2016"
			}
		}
		if _, _, _, ok := p.partOfMonth(); ok {
			return true // "mid-March 2016"
		}
		if s := p.text(t); (s == "Q" || s == "H") && p.tok(1).kind == tNum && p.tok(1).pos == t.end {
			return true // "Q1 2019"
		}
		if _, ok := ordinalWord(p.text(t), t.w); ok || textEq(p.text(t), "the") {
			return true // "the first half of 2019", "the 1990s"
		}
	}
	return false
}

// mayStartFigure reports whether a figure may start at the current token.
func (p *parser) mayStartFigure() bool {
	t := p.tok(0)
	switch t.kind {
	case tNum, tOrd, tSym:
		return true
	case tWord:
		if t.w.qual || t.w.kind != wNone && t.w.kind != wMonth && t.w.kind != wWeekday {
			return true
		}
		s := p.text(t)
		return textEq(s, "the") || textEq(s, "between") || textEq(s, "from") || textEq(s, "another") ||
			textEq(s, "further") || textEq(s, "additional") || isCodeShape(s) || s == "US" || p.canStartQuantity(0)
	}
	return false
}

// figureKind returns the kind of a figure read by the grammar.
func figureKind(f Figure) Kind {
	switch {
	case f.Range:
		return KindRange
	case f.Percent:
		return KindPercent
	case f.Currency != "":
		return KindMoney
	case f.Lo.Ordinal:
		return KindOrdinal
	}
	return KindNumber
}
