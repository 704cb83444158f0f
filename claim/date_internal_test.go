package claim

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func d(y int, m time.Month, dd int) time.Time { return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC) }

func TestCheckPeriod(t *testing.T) {
	sept27 := period{first: d(2007, 9, 27), last: d(2007, 9, 27), reading: "27 September 2007"}
	friday := sept27
	friday.weekday, friday.hasWeekday = time.Friday, true
	thursday := sept27
	thursday.weekday, thursday.hasWeekday = time.Thursday, true
	y2009 := period{first: d(2009, 1, 1), last: d(2009, 12, 31), reading: "2009"}
	type out struct {
		Verdict        Verdict
		Allowed, Value string
		Off            string
		Hint           string
	}
	tests := []struct {
		name     string
		p        period
		from, to time.Time
		want     out
	}{
		{"the day", sept27, d(2007, 9, 27), d(2007, 9, 27), out{Holds, "2007-09-27", "2007-09-27", "", ""}},
		{"time of day ignored", sept27, time.Date(2007, 9, 27, 23, 59, 0, 0, time.UTC), time.Date(2007, 9, 27, 1, 0, 0, 0, time.UTC),
			out{Holds, "2007-09-27", "2007-09-27", "", ""}},
		{"a day late", sept27, d(2007, 9, 28), d(2007, 9, 28), out{Fails, "2007-09-27", "2007-09-28", "1", "off by +1 days"}},
		{"wrong weekday", friday, d(2007, 9, 27), d(2007, 9, 27),
			out{Fails, "2007-09-27", "2007-09-27", "", "the print names a Friday, but 27 September 2007 was a Thursday"}},
		{"right weekday", thursday, d(2007, 9, 27), d(2007, 9, 27), out{Holds, "2007-09-27", "2007-09-27", "", ""}},
		{"in the year", y2009, d(2009, 5, 1), d(2009, 5, 1), out{Holds, "2009-01-01..2009-12-31", "2009-05-01", "", ""}},
		{"data spanning the year's end", y2009, d(2009, 12, 1), d(2010, 1, 31), out{Undetermined, "2009-01-01..2009-12-31", "2009-12-01..2010-01-31", "", ""}},
		{"data before", y2009, d(2008, 11, 1), d(2008, 12, 30), out{Fails, "2009-01-01..2009-12-31", "2008-11-01..2008-12-30", "-2", "off by -2 days"}},
		{"data backwards", y2009, d(2009, 2, 1), d(2009, 1, 1), out{Invalid, "", "", "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e Entry
			checkPeriod(&e, tt.p, tt.from, tt.to)
			off := ""
			if e.Off != nil {
				off = e.Off.RatString()
			}
			got := out{e.Verdict, e.Allowed, e.Value, off, e.Hint}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("checkPeriod mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
