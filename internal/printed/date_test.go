package printed

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseDate(t *testing.T) {
	d := func(y, m, day int) Date { return Date{Year: y, Month: m, Day: day} }
	tests := []struct {
		in   string
		want Period
	}{
		{"14 December 2005", Period{From: d(2005, 12, 14)}},
		{"June 7, 2019", Period{From: d(2019, 6, 7)}},
		{"1st March 2018", Period{From: d(2018, 3, 1)}},
		{"31.12.2015", Period{From: d(2015, 12, 31)}},
		{"2019-03-01", Period{From: d(2019, 3, 1)}},
		{"2008", Period{From: d(2008, 0, 0)}},
		{"2010 and 2011", Period{From: d(2010, 0, 0), To: d(2011, 0, 0), Sep: "and"}},
		{"March 2016", Period{From: d(2016, 3, 0)}},
		{"Friday, 27 September", Period{From: Date{Month: 9, Day: 27, Weekday: 6}}},
		{"Friday 27 September 2019", Period{From: Date{Year: 2019, Month: 9, Day: 27, Weekday: 6}}},
		{"as at 30 November 2007", Period{Prefix: "as at", From: d(2007, 11, 30)}},
		{"in 2009", Period{From: d(2009, 0, 0)}},
		{"2010–June 2012", Period{From: d(2010, 0, 0), To: d(2012, 6, 0), Sep: "–"}},
		{"2010-June 2012", Period{From: d(2010, 0, 0), To: d(2012, 6, 0), Sep: "–"}},
		{"2006–2009", Period{From: d(2006, 0, 0), To: d(2009, 0, 0), Sep: "–"}},
		{"between 2006 and 2012", Period{Prefix: "between", From: d(2006, 0, 0), To: d(2012, 0, 0), Sep: "and"}},
		{"from 2006 to 2012", Period{Prefix: "from", From: d(2006, 0, 0), To: d(2012, 0, 0), Sep: "to"}},
		{"14–16 December 2005", Period{From: d(2005, 12, 14), To: d(2005, 12, 16), Sep: "–"}},
		{"June–July 2019", Period{From: d(2019, 6, 0), To: d(2019, 7, 0), Sep: "–"}},
		{"27 Sept. 2019", Period{From: d(2019, 9, 27)}},
		{"since 2003", Period{Prefix: "since", From: d(2003, 0, 0)}},
		{"29 February 2016", Period{From: d(2016, 2, 29)}},
		{"ten years ago today", Period{Ago: Ago{N: 10, Unit: "year", Today: true}}},
		{"a month ago", Period{Ago: Ago{N: 1, Unit: "month"}}},
		{"3 weeks ago", Period{Ago: Ago{N: 3, Unit: "week"}}},
		{"2016-03", Period{From: d(2016, 3, 0)}},
		{"March 2016 through June 2017", Period{From: d(2016, 3, 0), To: d(2017, 6, 0), Sep: "through"}},
		// More forms of court and press reports.
		{"May-2014", Period{From: d(2014, 5, 0)}},
		{"21-May-2014", Period{From: d(2014, 5, 21)}},
		{"7th of June 2019", Period{From: d(2019, 6, 7)}},
		{"2 and 3 March 2016", Period{From: d(2016, 3, 2), To: d(2016, 3, 3), Sep: "and"}},
		{"21/05/2014", Period{From: d(2014, 5, 21)}},
		{"05/21/2014", Period{From: d(2014, 5, 21)}},
		{"05/05/2014", Period{From: d(2014, 5, 5)}},
		{"2019/03/01", Period{From: d(2019, 3, 1)}},
		{"2019–20", Period{From: d(2019, 0, 0), To: d(2020, 0, 0), Sep: "–"}},
		{"1999–2000", Period{From: d(1999, 0, 0), To: d(2000, 0, 0), Sep: "–"}},
		{"2010–11", Period{From: d(2010, 0, 0), To: d(2011, 0, 0), Sep: "–"}},
		{"1999–00", Period{From: d(1999, 0, 0), To: d(2000, 0, 0), Sep: "–"}},
		{"2019-20", Period{From: d(2019, 0, 0), To: d(2020, 0, 0), Sep: "–"}},
		{"2010-11", Period{From: d(2010, 11, 0)}}, // ISO 8601 with a hyphen and a month
		{"2010, 2011 and 2012", Period{From: d(2010, 0, 0), To: d(2012, 0, 0), Sep: "and"}},
		{"2010, 2011, and 2013", Period{From: d(2010, 0, 0), To: d(2013, 0, 0), Sep: "and"}},
		{"the 1990s", Period{From: d(1990, 0, 0), To: d(1999, 0, 0), Sep: "–"}},
		{"2000s", Period{From: d(2000, 0, 0), To: d(2009, 0, 0), Sep: "–"}},
		{"Q3 2019", Period{From: d(2019, 7, 0), To: d(2019, 9, 0), Sep: "–"}},
		{"the fourth quarter of 2018", Period{From: d(2018, 10, 0), To: d(2018, 12, 0), Sep: "–"}},
		{"H2 2019", Period{From: d(2019, 7, 0), To: d(2019, 12, 0), Sep: "–"}},
		{"first half of 2019", Period{From: d(2019, 1, 0), To: d(2019, 6, 0), Sep: "–"}},
		{"early 2019", Period{Part: "early", From: d(2019, 0, 0)}},
		{"mid-2019", Period{Part: "mid", From: d(2019, 0, 0)}},
		{"mid-March 2016", Period{Part: "mid", From: d(2016, 3, 0)}},
		{"the end of 2019", Period{Part: "end of", From: d(2019, 0, 0)}},
		{"late 2010–2011", Period{Part: "late", From: d(2010, 0, 0), To: d(2011, 0, 0), Sep: "–"}},
		// Fiscal and split years with a slash lie within both years.
		{"2005/06", Period{From: d(2005, 0, 0), To: d(2006, 0, 0), Sep: "/"}},
		{"1999/00", Period{From: d(1999, 0, 0), To: d(2000, 0, 0), Sep: "/"}},
		{"2010/2011", Period{From: d(2010, 0, 0), To: d(2011, 0, 0), Sep: "/"}},
		{"12/2005", Period{From: d(2005, 12, 0)}},
		{"3/2019", Period{From: d(2019, 3, 0)}},
		{"3Q 2019", Period{From: d(2019, 7, 0), To: d(2019, 9, 0), Sep: "–"}},
		{"1H 2020", Period{From: d(2020, 1, 0), To: d(2020, 6, 0), Sep: "–"}},
		{"the early 2000s", Period{Part: "early", From: d(2000, 0, 0), To: d(2009, 0, 0), Sep: "–"}},
		{"the late 1990s", Period{Part: "late", From: d(1990, 0, 0), To: d(1999, 0, 0), Sep: "–"}},
		{"end-2019", Period{Part: "end", From: d(2019, 0, 0)}},
		{"end-June 2019", Period{Part: "end", From: d(2019, 6, 0)}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseDate(%q) (-want +got):\n%s", tt.in, diff)
			}
			back, err := ParseDate(got.String())
			if err != nil || back != got {
				t.Errorf("ParseDate(%q).String() = %q reads back as %+v, %v", tt.in, got.String(), back, err)
			}
		})
	}
	for _, in := range []string{"march 2016", "31 February 2015", "29 February 2015", "2012–2010", "01/03/2019",
		"31/02/2015", "13/13/2015", "2019/13/01", "1/2/3", "2019–18", "2019–2018", "Q5 2019", "H3 2019", "fifth quarter of 2019",
		"2010, 2009 and 2011", "2010, 2011", "early", "mid-", "1995s", "21-May", "2 and March 2016",
		"14 States", "Friday", "2008 States", "32 December 2005", "1st 2018", "2nd March 2018 x", "June 31, 2019", "1799", "one years ago", "two year ago", "zero days ago", "ten years",
		"2019/03", "2005/2004", "2005/07", "13/2005", "0/2005", "12/205", "5Q 2019", "3H 2019", "12Q 2019"} {
		if got, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %+v, want error", in, got)
		}
	}
}

// TestParseDateReasons checks that dates whose span is not certain are
// refused with the reason.
func TestParseDateReasons(t *testing.T) {
	for in, want := range map[string]string{
		"summer 2019":      "a season: its months depend on the hemisphere",
		"Autumn 2017":      "a season: its months depend on the hemisphere",
		"FY2019":           "a fiscal year: its months depend on the country",
		"fiscal year 2019": "a fiscal year: its months depend on the country",
		"c. 2005":          "an approximate date: its span is not certain",
		"circa 2005":       "an approximate date: its span is not certain",
		"around June 2019": "an approximate date: its span is not certain",
		"2019/03":          "a year, a slash and a number that may be a month or a year",
	} {
		_, err := ParseDate(in)
		var e *Error
		if !errors.As(err, &e) || e.Reason != want || !errors.Is(err, ErrSyntax) {
			t.Errorf("ParseDate(%q) = %v, want a syntax error: %s", in, err, want)
		}
	}
}

func TestPeriodDays(t *testing.T) {
	today := time.Date(2013, 12, 9, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		in          string
		year        int
		first, last string
		ok          bool
	}{
		{"14 December 2005", 0, "2005-12-14", "2005-12-14", true},
		{"March 2016", 0, "2016-03-01", "2016-03-31", true},
		{"February 2016", 0, "2016-02-01", "2016-02-29", true},
		{"2008", 0, "2008-01-01", "2008-12-31", true},
		{"2010–June 2012", 0, "2010-01-01", "2012-06-30", true},
		{"Friday, 27 September", 2019, "2019-09-27", "2019-09-27", true},
		{"Friday, 27 September", 0, "0001-01-01", "0001-01-01", false},
		{"ten years ago today", 0, "2003-12-09", "2003-12-09", true},
		{"ten years ago", 0, "2003-01-01", "2003-12-31", true},
		{"a month ago", 0, "2013-11-01", "2013-11-30", true},
		{"2 weeks ago", 0, "2013-11-25", "2013-12-01", true},
		{"5 days ago", 0, "2013-12-04", "2013-12-04", true},
	}
	for _, tt := range tests {
		p, err := ParseDate(tt.in)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", tt.in, err)
		}
		first, last, ok := p.Days(tt.year, today)
		got := first.Format(time.DateOnly) + " " + last.Format(time.DateOnly)
		if ok != tt.ok || ok && got != tt.first+" "+tt.last {
			t.Errorf("ParseDate(%q).Days(%d) = %s, %v, want %s %s, %v", tt.in, tt.year, got, ok, tt.first, tt.last, tt.ok)
		}
	}
}
