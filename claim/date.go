package claim

import (
	"errors"
	"math/big"
	"strconv"
	"time"

	"github.com/uncac-go/uncac/internal/printed"
)

// A period is a printed date or period read as the days it allows, from
// first to last inclusive (dates at midnight UTC), and the weekday it names,
// if any.
type period struct {
	first, last time.Time
	weekday     time.Weekday
	hasWeekday  bool
	reading     string // the canonical form, for messages
}

// day returns t's calendar day at midnight UTC, so that a time of day or a
// location does not move a date.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// dayNumber returns the days from 1970-01-01 to t's calendar day, the
// number an Entry gives for a date (midnight UTC is a whole number of days
// from the Unix epoch, so the division is exact).
func dayNumber(t time.Time) *big.Rat {
	return big.NewRat(day(t).Unix()/86400, 1)
}

// dayText formats a day as "2007-09-27".
func dayText(t time.Time) string { return t.Format(time.DateOnly) }

// spanText formats the days from a to b: "2007-09-27" or
// "2009-01-01..2009-12-31".
func spanText(a, b time.Time) string {
	switch {
	case a.Equal(b):
		return dayText(a)
	case a.Equal(firstDay()):
		return "≤ " + dayText(b)
	case b.Equal(lastDay()):
		return "≥ " + dayText(a)
	}
	return dayText(a) + ".." + dayText(b)
}

// checkPeriod fills e for the printed period p against the computed days
// from to to: a weekday that does not match its date fails whatever the
// data; otherwise Holds when every computed day lies in the period, Fails
// when none does (Off in days from the nearest end), and Undetermined when
// some do.
func checkPeriod(e *Entry, p period, from, to time.Time) {
	from, to = day(from), day(to)
	if to.Before(from) {
		e.Verdict, e.Err = Invalid, errors.New("claim: the computed dates run backwards: "+dayText(from)+" after "+dayText(to))
		return
	}
	e.Allowed = spanText(p.first, p.last)
	e.Value = spanText(from, to)
	e.Interval = Interval{Lo: dayNumber(p.first), Hi: dayNumber(p.last)}
	if p.first.Equal(firstDay()) {
		e.Interval.Lo = nil
	}
	if p.last.Equal(lastDay()) {
		e.Interval.Hi = nil
	}
	e.Data = Interval{Lo: dayNumber(from), Hi: dayNumber(to)}
	switch {
	case to.Before(p.first):
		e.Verdict = Fails
		e.Off = new(big.Rat).Sub(dayNumber(to), dayNumber(p.first))
	case from.After(p.last):
		e.Verdict = Fails
		e.Off = new(big.Rat).Sub(dayNumber(from), dayNumber(p.last))
	case from.Before(p.first) || to.After(p.last):
		e.Verdict = Undetermined
	default:
		e.Verdict = Holds
	}
	if e.Off != nil {
		e.Hint = "off by " + signed(e.Off) + " days"
	}
	if p.hasWeekday && p.first.Equal(p.last) && p.first.Weekday() != p.weekday {
		e.Verdict, e.Off = Fails, nil
		e.Hint = joinHint("the print names a "+p.weekday.String()+", but "+p.reading+" was a "+p.first.Weekday().String(), e.Hint)
	}
}

// Date states a printed date or period: Date("27 September 2007", day,
// day), Date("in 2009", launched, launched), Date("2010–June 2012", first,
// last) for something that ran over that period, or Date("as at 30 November
// 2007", asOf, asOf). The computed side is the days from from to to,
// inclusive (equal for a single day; their time of day and location are
// ignored), such as the two ends of a date known only within bounds. A
// weekday the print names ("on Friday, 27 September") must be the date's.
// A print without a year ("27 September") takes Rules.Year, and a date
// relative to the day of writing counts from Rules.Today: "ten years ago
// today" is that day ten years back, "ten years ago" its calendar year, "a
// month ago" its calendar month, "two weeks ago" its week from Monday.
// Without them the claim is Invalid. A prefix that bounds widens the days:
// "since 2015" runs to Rules.Today (or without end), "by 2030" and "until
// 2030" have no start, "before" and "after" exclude the date itself.
func Date(stated string, from, to time.Time) Claim {
	return Claim{kind: kindDate, name: strconv.Quote(stated), lits: []string{stated}, eval: func(r Rules) []Entry {
		e := Entry{Kind: kindDate, Literal: stated}
		p, err := periodOf(r, stated)
		if err != nil {
			e.Verdict, e.Err = Invalid, err
			return []Entry{e}
		}
		checkPeriod(&e, p, from, to)
		return []Entry{e}
	}}
}

// firstDay and lastDay bound the days a period allows when its print is
// open on one side ("since 2015", "by 2030").
func firstDay() time.Time { return time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC) }
func lastDay() time.Time  { return time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC) }

// periodOf reads the printed date or period lit under r: the days it
// covers (Rules.Year for an omitted year, Rules.Today for a date relative to
// the day of writing), widened by a prefix that bounds ("since", "by",
// "before", "after"), and the weekday it names.
func periodOf(r Rules, lit string) (period, error) {
	fail := func(kind error, offset int, detail string) (period, error) {
		return period{}, &ParseError{Func: "claim.Date", Input: lit, Offset: offset, Err: &detailError{kind, detail}}
	}
	per, err := printed.ParseDate(lit)
	if err != nil {
		kind, offset, detail := ErrSyntax, 0, err.Error()
		if pe, ok := errors.AsType[*printed.Error](err); ok {
			offset, detail = pe.Offset, pe.Detail()
		}
		if errors.Is(err, printed.ErrRange) {
			kind = ErrRange
		}
		return fail(kind, offset, detail)
	}
	first, last, ok := per.Days(r.Year, r.Today)
	switch {
	case !ok && !per.Ago.IsZero():
		return fail(ErrSyntax, 0, "the date counts from the day of writing; set Rules.Today")
	case !ok:
		return fail(ErrSyntax, 0, "the date has no year; set Rules.Year to the year the text means")
	}
	p := period{first: first, last: last, reading: per.String()}
	if d := per.From; d.Weekday > 0 && d.Day > 0 && !per.IsSpan() {
		p.weekday, p.hasWeekday = time.Weekday(d.Weekday-1), true
		d.Weekday, d.Year = 0, first.Year()
		p.reading = d.String()
	}
	switch per.Prefix {
	case "since":
		p.last = lastDay()
		if !r.Today.IsZero() {
			p.last = day(r.Today)
		}
	case "after":
		p.first, p.last = p.last.AddDate(0, 0, 1), lastDay()
		if !r.Today.IsZero() {
			p.last = day(r.Today)
		}
	case "by", "until":
		p.first = firstDay()
	case "before":
		p.first, p.last = firstDay(), p.first.AddDate(0, 0, -1)
	}
	if p.last.Before(p.first) {
		return fail(ErrSyntax, 0, "the period allows no day")
	}
	return p, nil
}
