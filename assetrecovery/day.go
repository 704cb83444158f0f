package assetrecovery

import (
	"math"
	"time"
)

// dayNumber returns the calendar date of t, as t.Date reports it in t's own
// location, as a count of days since 1970-01-01, together with its year.
// Sum calls it for every event, so UTC times, which records mostly hold,
// take a path with no calls and no loops; other locations, and instants
// before year 0 or near the end of the int64 range, go through t.Date.
func dayNumber(t time.Time) (days int64, year int) {
	if sec := t.Unix(); t.Location() == time.UTC && sec >= -marchEpoch && sec <= math.MaxInt64-marchEpoch {
		// Count days from 0000-03-01, so that leap days fall at the end
		// of a year, and split them into 400-year eras, then into years
		// of the era (the method of Neri and Schneider, "Euclidean affine
		// functions and their application to calendar algorithms",
		// 2022). A March-based year that runs into January and February
		// ends in the next calendar year.
		d := uint64(sec+marchEpoch) / 86400
		n := 4*d + 3
		era, rest := n/146097, uint32(n%146097)|3
		y, yday := 100*era+uint64(rest/1461), rest%1461/4
		if yday >= 306 { // 306 days from March 1 to January 1
			y++
		}
		return int64(d) - marchEpoch/86400, int(y)
	}
	y, m, d := t.Date()
	return civilDays(y, m, d), y
}

// marchEpoch is the number of seconds from 0000-03-01 to 1970-01-01 in the
// proleptic Gregorian calendar (719,468 days).
const marchEpoch = 719468 * 86400

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
