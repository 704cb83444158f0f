package assetrecovery

import (
	"fmt"
	"strings"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/textnorm"
)

// maxDateLen is the longest text ParseDate reads.
const maxDateLen = 64

// ParseDate reads a date as sources print it and returns the span of days it
// stands for, as precise as the text: a day ("14 December 2005", "June 7,
// 2019", "1st March 2018", "31.12.2015", "2019-03-01"), a month ("March
// 2016", "2016-03"), a year ("2008"), or a span of two of these joined by
// "and", "to", "through" or a dash ("2010 and 2011", "2010–2011", "between
// March 2016 and June 2017"), which runs from the start of the first to the
// end of the second. It also reads the form convention.DateRange prints
// ("2014-07-11..2018-06-30"). Month names are English, full or
// abbreviated, in any case.
//
// Text in no such form is an error wrapping convention.ErrSyntax; a day that
// does not exist (31 February), a year before 1000, a span that ends
// before it starts or text longer than 64 bytes is one wrapping
// convention.ErrRange. Errors are *convention.ParseError values.
func ParseDate(s string) (convention.DateRange, error) {
	const fn = "assetrecovery.ParseDate"
	if len(s) > maxDateLen {
		return convention.DateRange{}, &convention.ParseError{Func: fn, Input: s, Offset: maxDateLen,
			Err: fmt.Errorf("%w: longer than %d bytes", convention.ErrRange, maxDateLen)}
	}
	t, off := textnorm.Trim(s)
	if strings.Contains(t, "..") {
		r, err := convention.ParseDateRange(t)
		if err != nil {
			return convention.DateRange{}, &convention.ParseError{Func: fn, Input: s, Offset: off, Err: fmt.Errorf("%w: %v", convention.ErrSyntax, err)}
		}
		return r, nil
	}
	p := dateParser{toks: lexDate(t)}
	r, err := p.span()
	if err == nil && p.i < len(p.toks) {
		err = fmt.Errorf("%w: unexpected %q", convention.ErrSyntax, p.toks[p.i].text)
	}
	if err != nil {
		at := off
		if p.i < len(p.toks) {
			at += p.toks[p.i].pos
		}
		return convention.DateRange{}, &convention.ParseError{Func: fn, Input: s, Offset: at, Err: err}
	}
	return r, nil
}

type dateTok struct {
	text string
	pos  int
	num  int  // the value of a number, or -1
	ord  bool // a number with an ordinal suffix ("1st")
}

// lexDate splits t into numbers, words and single punctuation marks.
func lexDate(t string) []dateTok {
	var toks []dateTok
	for i := 0; i < len(t); {
		if n := textnorm.SpaceLen(t[i:]); n > 0 {
			i += n
			continue
		}
		j := i
		switch c := t[i]; {
		case '0' <= c && c <= '9':
			v := 0
			for j < len(t) && '0' <= t[j] && t[j] <= '9' {
				if v < 1e6 {
					v = v*10 + int(t[j]-'0')
				}
				j++
			}
			tok := dateTok{text: t[i:j], pos: i, num: v}
			if j+2 <= len(t) {
				switch strings.ToLower(t[j : j+2]) {
				case "st", "nd", "rd", "th":
					if j+2 == len(t) || !isLetter(t[j+2]) {
						tok.ord = true
						j += 2
					}
				}
			}
			toks = append(toks, tok)
		case isLetter(c):
			for j < len(t) && isLetter(t[j]) {
				j++
			}
			toks = append(toks, dateTok{text: t[i:j], pos: i, num: -1})
		default:
			if strings.HasPrefix(t[i:], "–") || strings.HasPrefix(t[i:], "—") {
				j += len("–")
			} else {
				j++
			}
			toks = append(toks, dateTok{text: t[i:j], pos: i, num: -1})
		}
		i = j
	}
	return toks
}

type dateParser struct {
	toks []dateTok
	i    int
}

func (p *dateParser) peek(k int) dateTok {
	if p.i+k < len(p.toks) {
		return p.toks[p.i+k]
	}
	return dateTok{num: -1}
}

func (p *dateParser) word(w string) bool {
	if t := p.peek(0); t.num < 0 && textnorm.EqualFold(t.text, w) {
		p.i++
		return true
	}
	return false
}

// span reads one date or two joined into a span.
func (p *dateParser) span() (convention.DateRange, error) {
	between := p.word("between")
	from := !between && p.word("from")
	a, err := p.date()
	if err != nil {
		return a, err
	}
	joined := false
	switch {
	case between:
		joined = p.word("and")
		if !joined {
			return a, fmt.Errorf("%w: expected \"and\"", convention.ErrSyntax)
		}
	case from:
		joined = p.word("to") || p.word("through") || p.word("until")
		if !joined {
			return a, fmt.Errorf("%w: expected \"to\"", convention.ErrSyntax)
		}
	default:
		if t := p.peek(0).text; t == "-" || t == "–" || t == "—" || t == "/" {
			p.i++
			joined = true
		} else {
			joined = p.word("and") || p.word("to") || p.word("through")
		}
	}
	if !joined {
		return a, nil
	}
	b, err := p.date()
	if err != nil {
		return a, err
	}
	if b.Latest.Before(a.Earliest) {
		return a, fmt.Errorf("%w: the span ends before it starts", convention.ErrRange)
	}
	return convention.DateRange{Earliest: a.Earliest, Latest: b.Latest}, nil
}

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// month reads a month name, full or abbreviated to three letters (with an
// optional full stop; "Sept" too), and returns 1 to 12, or 0.
func (p *dateParser) month() int {
	t := p.peek(0)
	if t.num >= 0 || len(t.text) < 3 {
		return 0
	}
	for i, m := range monthNames {
		if textnorm.EqualFold(t.text, m) || len(t.text) == 3 && textnorm.EqualFold(t.text, m[:3]) ||
			i == 8 && textnorm.EqualFold(t.text, "sept") {
			p.i++
			if p.peek(0).text == "." && len(t.text) < len(m) {
				p.i++
			}
			return i + 1
		}
	}
	return 0
}

// date reads one day, month or year.
func (p *dateParser) date() (convention.DateRange, error) {
	t := p.peek(0)
	if m := p.month(); m > 0 {
		// "March 2016", "June 7, 2019", "June 7th 2019"
		if d := p.peek(0); d.num >= 0 && len(d.text) <= 2 {
			p.i++
			if p.peek(0).text == "," {
				p.i++
			}
			y, err := p.year()
			if err != nil {
				return convention.DateRange{}, err
			}
			return dayRange(y, m, d.num)
		}
		y, err := p.year()
		if err != nil {
			return convention.DateRange{}, err
		}
		return monthRange(y, m), nil
	}
	if t.num < 0 {
		return convention.DateRange{}, fmt.Errorf("%w: expected a date", convention.ErrSyntax)
	}
	switch {
	case len(t.text) == 4 && !t.ord:
		// "2019", "2019-03-01", "2019-03"
		p.i++
		if p.peek(0).text == "-" && len(p.peek(1).text) == 2 && p.peek(1).num >= 0 {
			p.i += 2
			m := p.toks[p.i-1].num
			if p.peek(0).text == "-" && len(p.peek(1).text) == 2 && p.peek(1).num >= 0 {
				p.i += 2
				return dayRange(t.num, m, p.toks[p.i-1].num)
			}
			if m < 1 || m > 12 {
				return convention.DateRange{}, fmt.Errorf("%w: no month %d", convention.ErrRange, m)
			}
			return monthRange(t.num, m), nil
		}
		return yearRange(t.num)
	case len(t.text) <= 2:
		// "14 December 2005", "1st March 2018", "31.12.2015"
		p.i++
		if !t.ord && p.peek(0).text == "." && p.peek(1).num >= 0 && len(p.peek(1).text) <= 2 && p.peek(2).text == "." {
			m := p.peek(1).num
			p.i += 3
			y, err := p.year()
			if err != nil {
				return convention.DateRange{}, err
			}
			return dayRange(y, m, t.num)
		}
		m := p.month()
		if m == 0 {
			return convention.DateRange{}, fmt.Errorf("%w: expected a month after the day", convention.ErrSyntax)
		}
		if p.peek(0).text == "," {
			p.i++
		}
		y, err := p.year()
		if err != nil {
			return convention.DateRange{}, err
		}
		return dayRange(y, m, t.num)
	}
	return convention.DateRange{}, fmt.Errorf("%w: expected a date", convention.ErrSyntax)
}

func (p *dateParser) year() (int, error) {
	t := p.peek(0)
	if t.num < 0 || t.ord || len(t.text) != 4 {
		return 0, fmt.Errorf("%w: expected a four-digit year", convention.ErrSyntax)
	}
	p.i++
	if t.num < 1000 {
		return 0, fmt.Errorf("%w: year %d", convention.ErrRange, t.num)
	}
	return t.num, nil
}

func yearRange(y int) (convention.DateRange, error) {
	if y < 1000 || y > 9999 {
		return convention.DateRange{}, fmt.Errorf("%w: year %d", convention.ErrRange, y)
	}
	return convention.DateRange{Earliest: utcDay(y, 1, 1), Latest: utcDay(y, 12, 31)}, nil
}

func monthRange(y, m int) convention.DateRange {
	return convention.DateRange{Earliest: utcDay(y, time.Month(m), 1), Latest: utcDay(y, time.Month(m)+1, 0)}
}

func dayRange(y, m, d int) (convention.DateRange, error) {
	t := utcDay(y, time.Month(m), d)
	if m < 1 || m > 12 || d < 1 || t.Day() != d {
		return convention.DateRange{}, fmt.Errorf("%w: no day %04d-%02d-%02d", convention.ErrRange, y, m, d)
	}
	return convention.DateRange{Earliest: t, Latest: t}, nil
}

func utcDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
