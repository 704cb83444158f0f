package assetrecovery

import "time"

// dayNumber returns the calendar date of t, as t.Date reports it in t's own
// location, as a count of days since 1970-01-01, together with its year.
// Sum calls it for every event, so UTC times from 1970 on, which records
// mostly hold, take a path that needs no calendar arithmetic beyond the
// year; everything else goes through t.Date.
func dayNumber(t time.Time) (days int64, year int) {
	if t.Location() == time.UTC {
		if sec := t.Unix(); sec >= 0 && sec < fastLimit {
			d := uint64(sec) / 86400
			y := 1970 + d*400/146097
			for jan1(y) > d {
				y--
			}
			for jan1(y+1) <= d {
				y++
			}
			return int64(d), int(y)
		}
	}
	y, m, d := t.Date()
	return civilDays(y, m, d), y
}

// fastLimit is the first second of 2400, where the fast path of dayNumber
// stops.
const fastLimit = 13569465600

// jan1 returns the days from 1970-01-01 to 1 January of year y >= 1970.
func jan1(y uint64) uint64 {
	p := y - 1
	return 365*(y-1970) + p/4 - p/100 + p/400 - (1969/4 - 1969/100 + 1969/400)
}

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
