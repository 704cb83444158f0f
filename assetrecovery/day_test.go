package assetrecovery

import (
	"math"
	"testing"
	"time"
)

// TestDayNumber checks the fast path of dayNumber against time.Time.Date
// over a wide range of instants, times of day and locations.
func TestDayNumber(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		paris = time.FixedZone("CET", 3600)
	}
	check := func(tm time.Time) {
		t.Helper()
		y, m, d := tm.Date()
		sec := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
		want := sec / 86400
		if sec%86400 < 0 {
			want--
		}
		days, year := dayNumber(tm)
		if year != y || days != want {
			t.Fatalf("dayNumber(%v) = %d, %d, want %v, %d", tm, days, year, want, y)
		}
	}
	for _, tm := range []time.Time{
		{},
		time.Date(-1, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1600, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC),
		time.Date(1900, 12, 31, 23, 59, 59, 0, time.UTC), // just before the fast path
		time.Date(1901, 1, 1, 0, 0, 0, 0, time.UTC),      // its first instant
		time.Date(2096, 2, 29, 12, 0, 0, 0, time.UTC),
		time.Date(2100, 2, 28, 23, 59, 59, 0, time.UTC), // its last second
		time.Date(2100, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1972, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 2, 29, 12, 0, 0, 0, time.UTC),
		time.Date(2000, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(2100, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2399, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(2400, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 0, 0, 0, time.UTC),
		time.Date(1_000_000, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Unix(math.MaxInt64/2, 0).UTC(),
		time.Unix(math.MinInt64/2, 0).UTC(),
		time.Date(2010, 1, 1, 0, 30, 0, 0, paris), // 2009-12-31 in UTC
		time.Date(2010, 1, 1, 0, 30, 0, 0, time.FixedZone("", -5*3600)),
	} {
		check(tm)
	}
	for tm := time.Date(1590, 1, 1, 13, 0, 0, 0, time.UTC); tm.Year() < 2420; tm = tm.Add(17 * time.Hour) {
		check(tm)
	}
	for y := 1970; y <= 2400; y++ {
		check(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
		check(time.Date(y, 12, 31, 23, 59, 59, 0, time.UTC))
	}
}
