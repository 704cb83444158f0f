package assetrecovery

import (
	"testing"
	"time"
)

// TestCivilDate checks the UTC fast path against time.Time.Date over a wide
// range of instants, including times of day and years before 1970 and 1.
func TestCivilDate(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		paris = time.FixedZone("CET", 3600)
	}
	check := func(tm time.Time) {
		t.Helper()
		y, m, d := tm.Date()
		gy, gm, gd := civilDate(tm)
		if gy != y || gm != int(m) || gd != d {
			t.Fatalf("civilDate(%v) = %d-%d-%d, want %d-%d-%d", tm, gy, gm, gd, y, m, d)
		}
	}
	for _, tm := range []time.Time{
		{},
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-400, 2, 29, 23, 59, 59, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 2, 29, 12, 0, 0, 0, time.UTC),
		time.Date(2100, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 0, 0, 0, time.UTC),
		time.Date(2010, 1, 1, 0, 30, 0, 0, paris),
	} {
		check(tm)
	}
	for tm := time.Date(1890, 1, 1, 13, 0, 0, 0, time.UTC); tm.Year() < 2110; tm = tm.Add(17 * time.Hour) {
		check(tm)
	}
}
