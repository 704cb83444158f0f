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
	return civilDays(int64(y), int64(m), int64(d))
}

// civilDays returns the number of days from 1970-01-01 to the given date of
// the proleptic Gregorian calendar (H. Hinnant's days_from_civil), which is
// much cheaper than building a time.Time for it.
func civilDays(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// yearBounds returns the first and last days of year y.
func yearBounds(y int) (lo, hi int64) {
	return civilDays(int64(y), 1, 1), civilDays(int64(y), 12, 31)
}

// reachedAll returns Reached for every milestone at once, for the day
// given as a count of days (see dayOf). A milestone reached on an unknown
// date is bounded below by the last known date of an earlier milestone (or
// the first day of the year of the drawing) and above by the first known
// date of a later one (or, for the drawing itself, the last day of its
// year).
func (r *Review) reachedAll(day int64) [NumMilestones + 1]convention.Certainty {
	days := r.stepDays()
	return r.reachedOn(&days, day)
}

// stepDays returns the day (see dayOf) of each milestone reached on a known
// date, and 0 for the others.
func (r *Review) stepDays() (days [NumMilestones + 1]int64) {
	for m := Drawn; m <= NumMilestones; m++ {
		if s := r.Steps[m]; s.Known() {
			days[m] = dayOf(s.Date)
		}
	}
	return days
}

// reachedOn is reachedAll given the review's stepDays.
func (r *Review) reachedOn(days *[NumMilestones + 1]int64, day int64) (c [NumMilestones + 1]convention.Certainty) {
	var los, his [NumMilestones + 1]int64
	lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
	if r.LotsYear != 0 {
		lo, _ = yearBounds(r.LotsYear)
	}
	for m := Drawn; m <= NumMilestones; m++ {
		los[m] = lo
		if r.Steps[m].Known() {
			lo = max(lo, days[m])
		}
	}
	for m := Milestone(NumMilestones); m >= Drawn; m-- {
		his[m] = hi
		if r.Steps[m].Known() {
			hi = min(hi, days[m])
		}
	}
	if r.LotsYear != 0 {
		_, yhi := yearBounds(r.LotsYear)
		his[Drawn] = min(his[Drawn], yhi)
	}
	for m := Drawn; m <= NumMilestones; m++ {
		s := r.Steps[m]
		switch {
		case !s.Reached:
			c[m] = convention.Impossible
		case s.Known() && days[m] <= day:
			c[m] = convention.Certain
		case s.Known():
			c[m] = convention.Impossible
		case day < los[m]:
			c[m] = convention.Impossible
		case his[m] <= day:
			c[m] = convention.Certain
		default:
			c[m] = convention.Possible
		}
	}
	return c
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
	if !m.IsValid() {
		return convention.Impossible
	}
	return r.reachedAll(day)[m]
}

// Status returns the latest milestone that the review had certainly reached
// (see Reached) by the end of the calendar date of at, or the zero
// Milestone if it had reached none: at comes before the drawing of lots,
// or the record shows nothing certain by then.
func (r Review) Status(at time.Time) Milestone {
	return r.status(dayOf(at))
}

func (r *Review) status(day int64) Milestone {
	c := r.reachedAll(day)
	for m := Milestone(NumMilestones); m >= 1; m-- {
		if c[m] == convention.Certain {
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

// Identified reports whether the review found at least one thing of kind k:
// whether, say, it identified technical assistance needs (AssistanceNeed)
// or good practices. With Diff it answers "of the reviews finalized since
// the last report, how many identified needs".
func (r Review) Identified(k FindingKind) bool {
	for _, f := range r.Findings {
		if f.Kind == k {
			return true
		}
	}
	return false
}
