package claim_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/uncac-go/uncac/claim"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// TestDate holds the cases of issue 14 item 4: printed dates and periods
// against computed days, the weekday checked when printed, the year from
// the caller when the print omits it, and dates relative to the day of
// writing.
func TestDate(t *testing.T) {
	sept27 := day(2007, 9, 27)
	r2007 := claim.Rules{Year: 2007}
	today := claim.Rules{Today: day(2017, 9, 27)}
	tests := []struct {
		name string
		c    claim.Claim
		want []row
	}{
		{"a day", claim.Date("27 September 2007", sept27, sept27),
			[]row{{0, "27 September 2007", claim.Holds, "2007-09-27", "2007-09-27", "", ""}}},
		{"a day off by one", claim.Date("27 September 2007", day(2007, 9, 28), day(2007, 9, 28)),
			[]row{{0, "27 September 2007", claim.Fails, "2007-09-27", "2007-09-28", "1", "off by +1 days"}}},
		{"the weekday matches", claim.Date("Thursday, 27 September", sept27, sept27).With(r2007),
			[]row{{0, "Thursday, 27 September", claim.Holds, "2007-09-27", "2007-09-27", "", ""}}},
		{"the weekday does not match", claim.Date("on Friday, 27 September", sept27, sept27).With(r2007),
			[]row{{0, "on Friday, 27 September", claim.Fails, "2007-09-27", "2007-09-27", "", "the print names a Friday, but 27 September 2007 was a Thursday"}}},
		{"no year and none given", claim.Date("27 September", sept27, sept27),
			[]row{{0, "27 September", claim.Invalid, "", "", "", ""}}},
		{"as at", claim.Date("as at 30 November 2007", day(2007, 11, 30), day(2007, 11, 30)),
			[]row{{0, "as at 30 November 2007", claim.Holds, "2007-11-30", "2007-11-30", "", ""}}},
		{"in a year", claim.Date("in 2009", day(2009, 6, 1), day(2009, 6, 1)),
			[]row{{0, "in 2009", claim.Holds, "2009-01-01..2009-12-31", "2009-06-01", "", ""}}},
		{"a year, data known to a range across it", claim.Date("in 2009", day(2008, 12, 1), day(2009, 1, 31)),
			[]row{{0, "in 2009", claim.Undetermined, "2009-01-01..2009-12-31", "2008-12-01..2009-01-31", "", ""}}},
		{"a period", claim.Date("2010–June 2012", day(2010, 3, 1), day(2012, 6, 30)),
			[]row{{0, "2010–June 2012", claim.Holds, "2010-01-01..2012-06-30", "2010-03-01..2012-06-30", "", ""}}},
		{"a period overrun", claim.Date("2010–June 2012", day(2010, 3, 1), day(2012, 7, 2)),
			[]row{{0, "2010–June 2012", claim.Undetermined, "2010-01-01..2012-06-30", "2010-03-01..2012-07-02", "", ""}}},
		{"by a date", claim.Date("by 2030", day(2021, 1, 1), day(2021, 1, 1)),
			[]row{{0, "by 2030", claim.Holds, "≤ 2030-12-31", "2021-01-01", "", ""}}},
		{"ten years ago today", claim.Date("ten years ago today", sept27, sept27).With(today),
			[]row{{0, "ten years ago today", claim.Holds, "2007-09-27", "2007-09-27", "", ""}}},
		{"ten years ago", claim.Date("ten years ago", day(2007, 2, 1), day(2007, 2, 1)).With(today),
			[]row{{0, "ten years ago", claim.Holds, "2007-01-01..2007-12-31", "2007-02-01", "", ""}}},
		{"ten years ago, wrong year", claim.Date("Ten years ago", day(2008, 2, 1), day(2008, 2, 1)).With(today),
			[]row{{0, "Ten years ago", claim.Fails, "2007-01-01..2007-12-31", "2008-02-01", "32", "off by +32 days"}}},
		{"ten years ago without today", claim.Date("ten years ago", sept27, sept27),
			[]row{{0, "ten years ago", claim.Invalid, "", "", "", ""}}},
		{"since a year, to today", claim.Date("since 2015", day(2016, 1, 1), day(2017, 9, 27)).With(today),
			[]row{{0, "since 2015", claim.Holds, "2015-01-01..2017-09-27", "2016-01-01..2017-09-27", "", ""}}},
		{"before a day", claim.Date("before 14 December 2005", day(2005, 12, 14), day(2005, 12, 14)),
			[]row{{0, "before 14 December 2005", claim.Fails, "≤ 2005-12-13", "2005-12-14", "1", "off by +1 days"}}},
		{"a month ago", claim.Date("a month ago", day(2017, 8, 3), day(2017, 8, 3)).With(today),
			[]row{{0, "a month ago", claim.Holds, "2017-08-01..2017-08-31", "2017-08-03", "", ""}}},
		{"not a date", claim.Date("lots of days", sept27, sept27),
			[]row{{0, "lots of days", claim.Invalid, "", "", "", ""}}},
		{"data backwards", claim.Date("2009", day(2009, 5, 1), day(2009, 4, 1)),
			[]row{{0, "2009", claim.Invalid, "", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rows(claim.Check(tt.c))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check(%v) mismatch (-want +got):\n%s", tt.c, diff)
			}
		})
	}
	e := claim.Check(claim.Date("27 September", sept27, sept27)).Entries[0]
	if pe, ok := errors.AsType[*claim.ParseError](e.Err); !ok || pe.Func != "claim.Date" || !errors.Is(e.Err, claim.ErrSyntax) {
		t.Errorf("Date without a year: error %v, want a *ParseError of claim.Date wrapping ErrSyntax", e.Err)
	}
}
