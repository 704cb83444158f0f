package review

import (
	"math"
	"time"

	"github.com/uncac-go/uncac/convention"
)

// dayOf returns the calendar date of t, as t.Date reports it in t's own
// location, as a count of days since 1970-01-01.
func dayOf(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// yearBounds returns the first and last days of year y.
func yearBounds(y int) (lo, hi int64) {
	return dayOf(time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)),
		dayOf(time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC))
}

// bounds returns the span of days in which milestone m, reached on an
// unknown date, can have been reached: no earlier than the last known date
// of an earlier milestone (or the first day of the year of the drawing), no
// later than the first known date of a later one (or, for the drawing
// itself, the last day of its year). hi is math.MaxInt64 when nothing bounds
// it.
func (r *Review) bounds(m Milestone) (lo, hi int64) {
	lo, hi = math.MinInt64, math.MaxInt64
	if r.LotsYear != 0 {
		ylo, yhi := yearBounds(r.LotsYear)
		lo = ylo
		if m == Drawn {
			hi = yhi
		}
	}
	for e := Drawn; e < m; e++ {
		if s := r.Steps[e]; s.Known() {
			lo = max(lo, dayOf(s.Date))
		}
	}
	for l := m + 1; l <= NumMilestones; l++ {
		if s := r.Steps[l]; s.Known() {
			hi = min(hi, dayOf(s.Date))
		}
	}
	return lo, hi
}

// Reached reports whether the review had reached milestone m by the end of
// the calendar date of at (as at.Date reports it in at's own location; the
// time of day is ignored):
//
//   - Certain if the record dates m on or before that day, or m's date is
//     unknown but a later milestone is dated on or before it (milestones come
//     in order), or m is Drawn and the whole year of the drawing lies on or
//     before it;
//   - Impossible if the record does not show m reached at all, or dates it
//     after that day, or m's date is unknown but an earlier milestone is
//     dated after that day, or the day comes before the year of the drawing;
//   - Possible otherwise: m was reached on an unknown day that may or may not
//     come after at.
//
// The record is taken as complete: a milestone it does not show as reached
// is Impossible on every date, even one after the record was made.
func (r Review) Reached(m Milestone, at time.Time) convention.Certainty {
	return r.reached(m, dayOf(at))
}

func (r *Review) reached(m Milestone, day int64) convention.Certainty {
	if !m.IsValid() || !r.Steps[m].Reached {
		return convention.Impossible
	}
	if s := r.Steps[m]; s.Known() {
		if dayOf(s.Date) <= day {
			return convention.Certain
		}
		return convention.Impossible
	}
	lo, hi := r.bounds(m)
	switch {
	case day < lo:
		return convention.Impossible
	case hi <= day:
		return convention.Certain
	}
	return convention.Possible
}

// Status returns the latest milestone that the review had certainly reached
// (see Reached) by the end of the calendar date of at, or the zero
// Milestone if it had reached none: at comes before the drawing of lots,
// or the record shows nothing certain by then.
func (r Review) Status(at time.Time) Milestone {
	return r.status(dayOf(at))
}

func (r *Review) status(day int64) Milestone {
	for m := Milestone(NumMilestones); m >= 1; m-- {
		if r.reached(m, day) == convention.Certain {
			return m
		}
	}
	return 0
}

// Finalized reports whether the review was finalized by the end of the
// calendar date of at, that is, whether Status(at) is SummaryFinalized or
// later. Like UNODC's statistics, this package counts a review as finalized
// when its executive summary is, whether or not the full country report is.
func (r Review) Finalized(at time.Time) bool { return r.Status(at) >= SummaryFinalized }

// Latest returns the latest milestone the record shows as reached, whatever
// its date, or the zero Milestone if it shows none.
func (r Review) Latest() Milestone {
	for m := Milestone(NumMilestones); m >= 1; m-- {
		if r.Steps[m].Reached {
			return m
		}
	}
	return 0
}
