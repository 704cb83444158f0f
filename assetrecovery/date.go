package assetrecovery

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/printed"
	"github.com/uncac-go/uncac/internal/textnorm"
)

// maxDateLen is the longest text [ParseDate] reads.
const maxDateLen = 64

// ParseDate reads a date as sources print it and returns the span of days it
// stands for, as precise as the text: a day ("14 December 2005", "June 7,
// 2019", "1st March 2018", "31.12.2015", "21-May-2014", "2019-03-01",
// "21/05/2014" when the order of day and month is certain), a month ("March
// 2016", "2016-03", "May-2014", "12/2005"), a year ("2008", "in 2009"), or
// a span of two of these ("2010 and 2011", "2010–June 2012", "between 2006
// and 2012", "14–16 December 2005", "2019–20"), which runs from the start
// of the first to the end of the second; a fiscal or split year ("2005/06",
// "2005/2006"), which lies within both years; a list of years ("2010, 2011
// and 2012"), a decade ("the 1990s"), a quarter or half ("Q1 2019", "3Q
// 2019", "the first half of 2019"). A word that places the date within its
// span ("early 2019", "mid-March 2016", "end-2019", "the early 2000s")
// leaves the whole span. It reads
// them with the grammar of printed dates that package claim shares, so
// month names are English. It also reads the form
// convention.DateRange prints ("2014-07-11..2018-06-30").
//
// Text in no such form is an error wrapping convention.ErrSyntax, and so is
// a date that is not the event's own: one without a year ("27 September"),
// or a bound ("as at 30 November 2007", "since 2010", "by 2012"), and one
// whose span is not certain, with the reason: a season ("summer 2019"), a
// fiscal year ("FY2019"), an approximate date ("c. 2005"). A day
// that does not exist (31 February), a span that ends before it starts or
// text longer than 64 bytes is an error wrapping convention.ErrRange. Errors
// are *convention.ParseError values.
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
	if isYearMonth(t) {
		// "2016-03": ISO 8601's year and month, which the printed grammar
		// does not read (it reads full ISO dates).
		y := int(t[0]-'0')*1000 + int(t[1]-'0')*100 + int(t[2]-'0')*10 + int(t[3]-'0')
		m := int(t[5]-'0')*10 + int(t[6]-'0')
		if y < 1000 || m < 1 || m > 12 {
			return convention.DateRange{}, &convention.ParseError{Func: fn, Input: s, Offset: off,
				Err: fmt.Errorf("%w: no month %s", convention.ErrRange, t)}
		}
		d := printed.Date{Year: y, Month: m}
		return convention.DateRange{Earliest: firstDay(d), Latest: lastDay(d)}, nil
	}
	p, err := printed.ParseDate(s)
	if err != nil {
		pe, _ := err.(*printed.Error)
		if pe == nil {
			return convention.DateRange{}, &convention.ParseError{Func: fn, Input: s, Err: fmt.Errorf("%w: %v", convention.ErrSyntax, err)}
		}
		kind := convention.ErrSyntax
		if errors.Is(err, printed.ErrRange) || strings.HasPrefix(pe.Reason, "no such day") || strings.Contains(pe.Reason, "before") {
			kind = convention.ErrRange
		}
		return convention.DateRange{}, &convention.ParseError{Func: fn, Input: s, Offset: pe.Offset, Err: fmt.Errorf("%w: %s", kind, pe.Detail())}
	}
	switch {
	case p.Prefix != "" && p.Prefix != "between" && p.Prefix != "from":
		return convention.DateRange{}, &convention.ParseError{Func: fn, Input: s, Offset: off,
			Err: fmt.Errorf("%w: %q bounds a date rather than giving one", convention.ErrSyntax, p.Prefix)}
	case p.From.Year == 0 || p.IsSpan() && p.To.Year == 0:
		return convention.DateRange{}, &convention.ParseError{Func: fn, Input: s, Offset: off,
			Err: fmt.Errorf("%w: no year", convention.ErrSyntax)}
	}
	end := p.From
	if p.IsSpan() {
		end = p.To
	}
	r := convention.DateRange{Earliest: firstDay(p.From), Latest: lastDay(end)}
	if r.Latest.Before(r.Earliest) {
		return convention.DateRange{}, &convention.ParseError{Func: fn, Input: s, Offset: off,
			Err: fmt.Errorf("%w: the span ends before it starts", convention.ErrRange)}
	}
	return r, nil
}

// firstDay returns the first day d may be.
func firstDay(d printed.Date) time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// lastDay returns the last day d may be.
func lastDay(d printed.Date) time.Time {
	switch {
	case d.Month == 0:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case d.Day == 0:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// isYearMonth reports whether t is "dddd-dd".
func isYearMonth(t string) bool {
	if len(t) != 7 || t[4] != '-' {
		return false
	}
	for i, c := range []byte(t) {
		if i != 4 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
