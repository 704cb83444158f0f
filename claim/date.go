package claim

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
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
// relative to the day of writing ("ten years ago") counts from Rules.Today;
// without them the claim is Invalid.
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

// periodOf reads the printed date or period lit under r.
func periodOf(r Rules, lit string) (period, error) {
	if p, ok, err := relativePeriod(r, lit); ok {
		return p, err
	}
	per, err := printed.ParseDate(lit)
	if err != nil {
		pe, _ := errors.AsType[*printed.Error](err)
		kind, offset, detail := ErrSyntax, 0, err.Error()
		if pe != nil {
			offset, detail = pe.Offset, pe.Detail()
		}
		if errors.Is(err, printed.ErrRange) {
			kind = ErrRange
		}
		return period{}, &ParseError{Func: "claim.Date", Input: lit, Offset: offset, Err: &detailError{kind, detail}}
	}
	from, err := daysOf(r, lit, per.From)
	if err != nil {
		return period{}, err
	}
	p := period{first: from[0], last: from[1], reading: per.String()}
	if per.IsSpan() {
		to, err := daysOf(r, lit, per.To)
		if err != nil {
			return period{}, err
		}
		p.last = to[1]
	}
	if d := per.From; d.Weekday > 0 && d.Day > 0 && !per.IsSpan() {
		p.weekday, p.hasWeekday = time.Weekday(d.Weekday-1), true
		p.reading = dateText(d, from[0])
	}
	switch per.Prefix {
	case "since", "after":
		if per.Prefix == "after" {
			p.first = p.last.AddDate(0, 0, 1)
		}
		p.last = lastDay()
		if !r.Today.IsZero() {
			p.last = day(r.Today)
		}
	case "by", "until":
		p.first = firstDay()
	case "before":
		p.first, p.last = firstDay(), p.first.AddDate(0, 0, -1)
	}
	if p.last.Before(p.first) {
		return period{}, &ParseError{Func: "claim.Date", Input: lit, Err: &detailError{ErrSyntax, "the period allows no day"}}
	}
	return p, nil
}

// dateText formats a printed day with its year, without the weekday:
// "27 September 2007".
func dateText(d printed.Date, t time.Time) string {
	d.Weekday, d.Year = 0, t.Year()
	return d.String()
}

// daysOf returns the first and last day a printed date allows: the day, the
// days of the month, or the days of the year, taking Rules.Year when the
// print gives none.
func daysOf(r Rules, lit string, d printed.Date) ([2]time.Time, error) {
	y := d.Year
	if y == 0 {
		if r.Year == 0 {
			return [2]time.Time{}, &ParseError{Func: "claim.Date", Input: lit,
				Err: &detailError{ErrSyntax, "the date has no year; set Rules.Year to the year the text means"}}
		}
		y = r.Year
	}
	switch {
	case d.Month == 0:
		return [2]time.Time{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)}, nil
	case d.Day == 0:
		first := time.Date(y, time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
		return [2]time.Time{first, first.AddDate(0, 1, -1)}, nil
	}
	t := time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	if t.Day() != d.Day {
		return [2]time.Time{}, &ParseError{Func: "claim.Date", Input: lit,
			Err: &detailError{ErrSyntax, "no such day in " + strconv.Itoa(y)}}
	}
	return [2]time.Time{t, t}, nil
}

// relativePeriod reads a date printed relative to the day of writing: "ten
// years ago today" is that day ten years before Rules.Today, and "ten years
// ago" the whole year ten years before. ok is false when lit is not such a
// print.
func relativePeriod(r Rules, lit string) (p period, ok bool, err error) {
	s := strings.TrimSpace(lit)
	exact := false
	if rest, found := cutSuffixFold(s, " today"); found {
		s, exact = rest, true
	}
	rest, found := cutSuffixFold(s, " years ago")
	if !found {
		if rest, found = cutSuffixFold(s, " year ago"); !found {
			return period{}, false, nil
		}
	}
	n, err := Parse(rest)
	if err != nil || n.IsRange() || n.IsPercent() || n.Currency() != "" || n.Noun() != "" || n.IsRounded() ||
		n.Qualifier() != Plain || !n.Point().IsInt() || !n.Point().Num().IsInt64() || n.Point().Num().Int64() > 9999 {
		return period{}, true, &ParseError{Func: "claim.Date", Input: lit,
			Err: &detailError{ErrSyntax, `expected a whole number of years before "years ago"`}}
	}
	if r.Today.IsZero() {
		return period{}, true, &ParseError{Func: "claim.Date", Input: lit,
			Err: &detailError{ErrSyntax, "the date counts from the day of writing; set Rules.Today"}}
	}
	years := int(n.Point().Num().Int64())
	then := day(r.Today).AddDate(-years, 0, 0)
	if exact {
		return period{first: then, last: then, reading: dayText(then)}, true, nil
	}
	first := time.Date(then.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	return period{first: first, last: time.Date(then.Year(), 12, 31, 0, 0, 0, 0, time.UTC), reading: strconv.Itoa(then.Year())}, true, nil
}

// cutSuffixFold is strings.CutSuffix ignoring ASCII case.
func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) < len(suffix) || !strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}
