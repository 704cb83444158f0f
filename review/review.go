package review

import (
	"math"
	"time"

	"github.com/uncac-go/uncac/convention"
)

// A Review is one country review: the State under review, the cycle, the two
// reviewing States drawn by lot, the year of the drawing, the milestones the
// review has reached, and its findings. It is plain data: encoding/json
// reads and writes it through the text forms of its parts.
type Review struct {
	// ID identifies the review: the State under review and the cycle.
	ID ID
	// Reviewers are the two reviewing States parties drawn by lot. The
	// terms of reference want them distinct, neither of them the State
	// under review, and one of them from its regional group.
	Reviewers [2]convention.State
	// LotsYear is the year of the drawing of lots that paired this review
	// with its reviewers, by which reviews are grouped into the years of a
	// cycle. The day of the drawing, where known, is the date of the Drawn
	// milestone, which must fall within LotsYear.
	LotsYear int
	// Steps are the milestones the review had reached when the record was
	// made, each once; milestones come in their own order, whatever the
	// order of the slice. A milestone not listed was not reached on any
	// date.
	Steps []Step
	// Findings are what the review found, provision by provision.
	Findings []Finding
}

// A Step records that a review reached a milestone, and when.
type Step struct {
	Milestone Milestone
	// Date is the day on which the milestone was reached, or the span of
	// days within which the sources place it (say, a month); the zero
	// DateRange means a date not known at all. It should be a valid
	// DateRange (both ends at midnight UTC; [Validate] reports one that is
	// not); the figures read the calendar dates of its ends.
	Date convention.DateRange
}

// A timeline holds, for each milestone of a review, whether the record
// shows it reached and the first and last days (see dayOf) on which it can
// have been reached, given its own date and the dates of the milestones
// around it, since milestones come in order.
type timeline struct {
	reached [numMilestones + 1]bool
	lo, hi  [numMilestones + 1]int64
}

// timelineOf returns the timeline of r. A milestone listed twice counts
// once, with the first of its dates; Validate reports the second.
func timelineOf(r *Review) (tl timeline) {
	var own [numMilestones + 1][2]int64
	for m := range own {
		own[m] = [2]int64{math.MinInt64, math.MaxInt64}
	}
	for _, s := range r.Steps {
		m := s.Milestone
		if !m.IsValid() || tl.reached[m] {
			continue
		}
		tl.reached[m] = true
		if !s.Date.Earliest.IsZero() {
			own[m][0] = dayOf(s.Date.Earliest)
		}
		if !s.Date.Latest.IsZero() {
			own[m][1] = dayOf(s.Date.Latest)
		}
	}
	lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
	if r.LotsYear != 0 {
		lo, _ = yearBounds(r.LotsYear)
	}
	for m := Drawn; m <= numMilestones; m++ {
		if tl.reached[m] {
			lo = max(lo, own[m][0])
		}
		tl.lo[m] = lo
	}
	for m := Milestone(numMilestones); m >= Drawn; m-- {
		if tl.reached[m] {
			hi = min(hi, own[m][1])
		}
		if m == Drawn && r.LotsYear != 0 {
			_, yhi := yearBounds(r.LotsYear)
			hi = min(hi, yhi)
		}
		tl.hi[m] = hi
	}
	return tl
}

// at returns how certain each milestone is to have been reached by the end
// of the given day.
func (tl *timeline) at(day int64) (c [numMilestones + 1]convention.Certainty) {
	for m := Drawn; m <= numMilestones; m++ {
		switch {
		case !tl.reached[m] || day < tl.lo[m]:
			c[m] = convention.Impossible
		case tl.hi[m] <= day:
			c[m] = convention.Certain
		default:
			c[m] = convention.Possible
		}
	}
	return c
}

// exact returns the day on which milestone m was reached if the record
// gives it exactly.
func (tl *timeline) exact(m Milestone) (int64, bool) {
	return tl.lo[m], tl.reached[m] && tl.lo[m] == tl.hi[m]
}

// Reached reports whether the review had reached milestone m by the end of
// the calendar date of at (as at.Date reports it in at's own location; the
// time of day is ignored):
//
//   - Certain if the latest day on which m can have been reached is on or
//     before that day: its own date, or the date of a later milestone
//     (milestones come in order), or for Drawn the end of LotsYear;
//   - Impossible if the record does not show m reached at all, or if the
//     earliest day on which it can have been reached (its own date, or that
//     of an earlier milestone, or the start of LotsYear) comes after that
//     day;
//   - Possible otherwise: m was reached on a day the record does not fix,
//     which may or may not come after at.
//
// The record is taken as complete: a milestone it does not show as reached
// is Impossible on every date, even one after the record was made. An
// invalid m is Impossible.
func (r Review) Reached(m Milestone, at time.Time) convention.Certainty {
	if !m.IsValid() {
		return convention.Impossible
	}
	tl := timelineOf(&r)
	return tl.at(dayOf(at))[m]
}

// Status returns the latest milestone that the review had certainly reached
// (see Reached) by the end of the calendar date of at, or the zero
// Milestone if it had reached none.
func (r Review) Status(at time.Time) Milestone {
	tl := timelineOf(&r)
	c := tl.at(dayOf(at))
	for m := Milestone(numMilestones); m >= Drawn; m-- {
		if c[m] == convention.Certain {
			return m
		}
	}
	return 0
}

// Finalized reports whether the review was finalized by the end of the
// calendar date of at: whether Status(at) is [SummaryFinalized] or later.
// Like UNODC's statistics, this package counts a review as finalized when
// its executive summary is, whether or not the full country report is.
func (r Review) Finalized(at time.Time) bool { return r.Status(at) >= SummaryFinalized }

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
