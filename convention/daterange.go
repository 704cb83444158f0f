package convention

import (
	"fmt"
	"strings"
	"time"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// civilDate is a calendar date packed as the decimal number yyyymmdd, so
// that it orders like the dates; 0 means none. The generated tables use it.
type civilDate uint32

// civilOf returns the calendar date of t, in t's own location, as a number
// that orders like civilDate. It is int64 so that any year fits.
func civilOf(t time.Time) int64 {
	y, m, d := t.Date()
	return int64(y)*10000 + int64(m)*100 + int64(d)
}

// time returns d as midnight UTC, or the zero Time for 0.
func (d civilDate) time() time.Time {
	if d == 0 {
		return time.Time{}
	}
	return time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 0, 0, 0, 0, time.UTC)
}

// dateRange returns the DateRange from e to l, or the zero DateRange if e is
// 0.
func dateRange(e, l civilDate) DateRange {
	if e == 0 {
		return DateRange{}
	}
	return DateRange{e.time(), l.time()}
}

// A DateRange is the span of days within which an event is known to have
// happened, from Earliest to Latest inclusive, both at midnight UTC. Where
// the sources give the day, Earliest and Latest are equal and the range is
// exact; where they give only a month, a year or a "by" date, the range
// spans what they allow, and nothing inside it is guessed.
//
// The zero DateRange means no date: it prints as "%!DateRange(0)" and
// marshals to empty text. Any other range that is not valid (see [DateRange.IsValid])
// prints its ends in full, so that the mistake shows, and refuses to marshal.
type DateRange struct {
	Earliest, Latest time.Time
}

// IsValid reports whether r is a range that MarshalText writes and
// UnmarshalText reads back: both ends set (neither is the zero time.Time),
// each at midnight UTC, in the years 0 to 9999, and Earliest not after
// Latest. The zero DateRange, which means no date, is not valid.
func (r DateRange) IsValid() bool {
	return validDay(r.Earliest) && validDay(r.Latest) && !r.Latest.Before(r.Earliest)
}

// validDay reports whether t is midnight UTC in a year that time.DateOnly
// prints with four digits.
func validDay(t time.Time) bool {
	if t.IsZero() || t.Location() != time.UTC {
		return false
	}
	h, m, s := t.Clock()
	return h == 0 && m == 0 && s == 0 && t.Nanosecond() == 0 && t.Year() >= 0 && t.Year() <= 9999
}

// String returns the date as "2008-08-25" if r is exact, and otherwise the
// two ends as "2014-07-11..2018-06-30". The zero DateRange prints as
// "%!DateRange(0)"; another invalid one shows both ends in full, as
// "%!DateRange(2011-01-01T00:00:00Z..2010-01-01T00:00:00Z)".
func (r DateRange) String() string {
	if r == (DateRange{}) {
		return "%!DateRange(0)"
	}
	if !r.IsValid() {
		return "%!DateRange(" + r.Earliest.Format(time.RFC3339Nano) + ".." + r.Latest.Format(time.RFC3339Nano) + ")"
	}
	b := r.Earliest.AppendFormat(make([]byte, 0, len("2006-01-02..2006-01-02")), time.DateOnly)
	if r.Latest.Equal(r.Earliest) {
		return string(b)
	}
	b = append(b, ".."...)
	return string(r.Latest.AppendFormat(b, time.DateOnly))
}

// MarshalText implements encoding.TextMarshaler, giving r as String prints
// it. The zero DateRange marshals to empty text; any other range that is
// not valid (see [DateRange.IsValid]) is an error wrapping ErrInvalid, as it would not
// read back.
func (r DateRange) MarshalText() ([]byte, error) {
	if r == (DateRange{}) {
		return nil, nil
	}
	if !r.IsValid() {
		return nil, fmt.Errorf("convention: marshalling %s: %w", r, ErrInvalid)
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// [ParseDateRange] accepts. Empty text gives the zero DateRange.
func (r *DateRange) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = DateRange{}
		return nil
	}
	v, err := ParseDateRange(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// errZeroDay is the problem of the date 0001-01-01, which is the zero
// time.Time and so means "no date" in a DateRange.
var errZeroDay = fmt.Errorf("%w: 0001-01-01 is the zero time.Time, which means no date", ErrRange)

// maxDateRangeInput is the length limit of ParseDateRange: two dates and
// "..", with room for surrounding space.
const maxDateRangeInput = 64

// ParseDateRange parses a range as String prints it: one ISO 8601 date
// ("2008-08-25") or two joined by ".." ("2014-07-11..2018-06-30"), the first
// not after the second, with surrounding space ignored. Text of another form
// is a *ParseError wrapping ErrSyntax; text longer than 64 bytes, or the
// date 0001-01-01 (the zero time.Time, which a DateRange takes for "no
// date"), one wrapping ErrRange.
func ParseDateRange(s string) (DateRange, error) {
	if len(s) > maxDateRangeInput {
		return DateRange{}, &ParseError{Func: "convention.ParseDateRange", Input: s, Offset: maxDateRangeInput,
			Err: fmt.Errorf("%w: input longer than %d bytes", ErrRange, maxDateRangeInput)}
	}
	t, start := textnorm.Trim(s)
	first, rest, two := strings.Cut(t, "..")
	e, err := time.Parse(time.DateOnly, first)
	if err != nil {
		return DateRange{}, &ParseError{Func: "convention.ParseDateRange", Input: s, Offset: start,
			Err: fmt.Errorf("%w: want a date as 2006-01-02", ErrSyntax)}
	}
	if e.IsZero() {
		return DateRange{}, &ParseError{Func: "convention.ParseDateRange", Input: s, Offset: start, Err: errZeroDay}
	}
	if !two {
		return DateRange{e, e}, nil
	}
	l, err := time.Parse(time.DateOnly, rest)
	if err != nil || l.Before(e) {
		return DateRange{}, &ParseError{Func: "convention.ParseDateRange", Input: s, Offset: start + len(first) + 2,
			Err: fmt.Errorf("%w: want a date as 2006-01-02, not before %s", ErrSyntax, first)}
	}
	if l.IsZero() {
		return DateRange{}, &ParseError{Func: "convention.ParseDateRange", Input: s, Offset: start + len(first) + 2, Err: errZeroDay}
	}
	return DateRange{e, l}, nil
}

// happenedBy reports whether an event dated e..l had happened by the end of
// day d (as civilOf gives it): Certain if the range ends on or before d,
// Possible if d falls within it before its end, and Impossible otherwise,
// including for no date (e == 0).
func happenedBy(e, l civilDate, d int64) Certainty {
	switch {
	case e == 0 || d < int64(e):
		return Impossible
	case d < int64(l):
		return Possible
	}
	return Certain
}
