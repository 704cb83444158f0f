package review

import (
	"time"

	"github.com/uncac-go/uncac/convention"
)

// The Mechanism's own dates, from tables.go, generated from
// testdata/mechanism.csv, where each fact has its source. Where the sources
// give a span of days rather than the day (a session of the Conference, say),
// the fact is that span: a date is never guessed.

// A span is a range of days as yyyymmdd numbers, both ends included.
type span [2]uint32

// dates returns s as a DateRange of midnights UTC.
func (s span) dates() convention.DateRange {
	day := func(d uint32) time.Time {
		return time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 0, 0, 0, 0, time.UTC)
	}
	return convention.DateRange{Earliest: day(s[0]), Latest: day(s[1])}
}

// A cycleDate holds the dates of one cycle.
type cycleDate struct {
	began span // the days within which its first country reviews began
	years int  // the years the Conference planned for it
}

// MechanismEstablished returns when the Conference of the States Parties
// established the Mechanism: by its resolution 3/1, at its third session,
// held in Doha from 9 to 13 November 2009. The sources give the session,
// not the day of adoption, so the range is the session's. This is the
// Mechanism's birth, not the start of any review: for when a cycle's
// reviews began, see [Cycle.ReviewsBegan].
func MechanismEstablished() convention.DateRange { return established.dates() }

// ReviewsBegan returns the days within which the cycle's first country
// reviews began, with the drawing of lots for its first year: for the
// first cycle, at the Implementation Review Group's first session (28 June
// to 2 July 2010); for the second, between its launch at the Conference's
// sixth session (from 2 November 2015) and the secretariat's first report
// that its reviews were under way (20 March 2019), the sources consulted
// giving no closer date. It returns the zero DateRange for an invalid
// Cycle.
func (c Cycle) ReviewsBegan() convention.DateRange {
	if !c.IsValid() {
		return convention.DateRange{}
	}
	return cycleDates[c].began.dates()
}

// PlannedYears returns the length in years that the Conference set for the
// cycle when it established the Mechanism: five (resolution 3/1, paragraph
// 3: each review phase is two cycles of five years, a fourth of the States
// parties being reviewed in each of the first four years). It is the plan,
// not how long the cycle took; later decisions on the cycles' length are
// not recorded here. It returns 0 for an invalid Cycle.
func (c Cycle) PlannedYears() int {
	if !c.IsValid() {
		return 0
	}
	return cycleDates[c].years
}

// lotsFrom returns the earliest year of a drawing of lots for cycle c, or
// that of the first cycle if c is invalid: the year in which the cycle's
// first reviews can have begun.
func lotsFrom(c Cycle) int {
	if !c.IsValid() {
		c = First
	}
	return c.ReviewsBegan().Earliest.Year()
}
