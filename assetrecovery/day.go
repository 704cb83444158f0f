package assetrecovery

import "time"

// dayNumber returns the calendar date of t, as t.Date reports it in t's own
// location, as a count of days since 1970-01-01, together with its year.
// Sum calls it for every event, so UTC times from 1901 to February 2100,
// which records almost always hold, take a path of plain arithmetic; other
// locations and years go through t.Date.
func dayNumber(t time.Time) (days int64, year int) {
	if sec := t.Unix() - cycleFirst*86400; uint64(sec) < (cycleEnd-cycleFirst)*86400 && t.Location() == time.UTC {
		// In these years every fourth year is a leap year, so the years
		// run in cycles of 1461 days, each starting on 1 January of a
		// year after a leap year, as 1901 is: the year of day d of a
		// cycle is (4d+3)/1461.
		d := sec / 86400 // days since 1901-01-01, not negative
		return d + cycleFirst, 1901 + int((4*d+3)/1461)
	}
	return dayNumberSlow(t)
}

// dayNumberSlow is dayNumber for other locations and years.
func dayNumberSlow(t time.Time) (days int64, year int) {
	y, m, d := t.Date()
	return civilDays(y, m, d), y
}

// The fast path of dayNumber covers the days from cycleFirst, 1901-01-01,
// up to cycleEnd, 2100-03-01 (2100 is not a leap year), counted from
// 1970-01-01.
const (
	cycleFirst = -25202
	cycleEnd   = 47541
)

// civilDays returns the days from 1970-01-01 to the given date, negative
// before it.
func civilDays(y int, m time.Month, d int) int64 {
	sec := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
	days := sec / 86400
	if sec%86400 < 0 {
		days--
	}
	return days
}
