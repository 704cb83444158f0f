package assetrecovery

import (
	"errors"
	"strings"
	"testing"

	"github.com/uncac-go/uncac/convention"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want as convention.DateRange prints it
		err      error
	}{
		{"14 December 2005", "2005-12-14", nil},
		{"June 7, 2019", "2019-06-07", nil},
		{"1st March 2018", "2018-03-01", nil},
		{"31.12.2015", "2015-12-31", nil},
		{"2019-03-01", "2019-03-01", nil},
		{"2008", "2008-01-01..2008-12-31", nil},
		{"2010 and 2011", "2010-01-01..2011-12-31", nil},
		{"March 2016", "2016-03-01..2016-03-31", nil},
		{"February 2016", "2016-02-01..2016-02-29", nil},
		{"2016-02", "2016-02-01..2016-02-29", nil},
		{"2010–2011", "2010-01-01..2011-12-31", nil},
		{"2010-2011", "2010-01-01..2011-12-31", nil},
		{"between March 2016 and June 2017", "2016-03-01..2017-06-30", nil},
		{"from 2006 to 2009", "2006-01-01..2009-12-31", nil},
		{"2010–June 2012", "2010-01-01..2012-06-30", nil},
		{"Sept. 3, 2012", "2012-09-03", nil},
		{"3 Sep 2012", "2012-09-03", nil},
		{"21-May-2014", "2014-05-21", nil},
		{"May-2014", "2014-05-01..2014-05-31", nil},
		{"21/05/2014", "2014-05-21", nil},
		{"01/03/2019", "", convention.ErrSyntax},
		{"2 and 3 March 2016", "2016-03-02..2016-03-03", nil},
		{"2019–20", "2019-01-01..2020-12-31", nil},
		{"2005/06", "2005-01-01..2006-12-31", nil},
		{"2010/2011", "2010-01-01..2011-12-31", nil},
		{"12/2005", "2005-12-01..2005-12-31", nil},
		{"3Q 2019", "2019-07-01..2019-09-30", nil},
		{"end-2019", "2019-01-01..2019-12-31", nil},
		{"the early 2000s", "2000-01-01..2009-12-31", nil},
		{"summer 2019", "", convention.ErrSyntax},
		{"FY2019", "", convention.ErrSyntax},
		{"c. 2005", "", convention.ErrSyntax},
		{"2019/03", "", convention.ErrSyntax},
		{"2010, 2011 and 2012", "2010-01-01..2012-12-31", nil},
		{"the 1990s", "1990-01-01..1999-12-31", nil},
		{"Q4 2018", "2018-10-01..2018-12-31", nil},
		{"the first half of 2019", "2019-01-01..2019-06-30", nil},
		{"mid-2019", "2019-01-01..2019-12-31", nil},
		{"late March 2016", "2016-03-01..2016-03-31", nil},
		{"as at 30 November 2007", "", convention.ErrSyntax},
		{"27 September", "", convention.ErrSyntax},
		{"14–16 December 2005", "2005-12-14..2005-12-16", nil},
		{"in 2009", "2009-01-01..2009-12-31", nil},
		{"  22nd  May 2020 ", "2020-05-22", nil},
		{"2014-07-11..2018-06-30", "2014-07-11..2018-06-30", nil},
		{"", "", convention.ErrSyntax},
		{"yesterday", "", convention.ErrSyntax},
		{"December", "", convention.ErrSyntax},
		{"14 December", "", convention.ErrSyntax},
		{"2010 and", "", convention.ErrSyntax},
		{"2010 2011", "", convention.ErrSyntax},
		{"between 2010", "", convention.ErrSyntax},
		{"31 February 2016", "", convention.ErrRange},
		{"29 February 2015", "", convention.ErrRange},
		{"2016-13", "", convention.ErrRange},
		{"2012 and 2010", "", convention.ErrRange},
		{"0000", "", convention.ErrSyntax},
		{strings.Repeat("2", 65), "", convention.ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, err := ParseDate(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("ParseDate(%q) = %v, %v, want an error wrapping %v", tt.in, r, err, tt.err)
				}
				if _, ok := errors.AsType[*convention.ParseError](err); !ok {
					t.Errorf("ParseDate(%q) error %T is not a *convention.ParseError", tt.in, err)
				}
				return
			}
			if err != nil || r.String() != tt.want || !r.IsValid() {
				t.Fatalf("ParseDate(%q) = %v, %v, want %s", tt.in, r, err, tt.want)
			}
			// What String prints reads back.
			back, err := ParseDate(r.String())
			if err != nil || back != r {
				t.Errorf("ParseDate(%q) = %v, %v, want %v", r.String(), back, err, r)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"14 December 2005", "June 7, 2019", "1st March 2018", "31.12.2015", "2019-03-01",
		"2008", "2010 and 2011", "March 2016", "between 2006 and 2012", "2010–June 2012", "2014-07-11..2018-06-30", "31.02.2016"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseDate(s)
		if err != nil {
			return
		}
		if !r.IsValid() {
			t.Fatalf("ParseDate(%q) = %v, not valid", s, r)
		}
		back, err := ParseDate(r.String())
		if err != nil || back != r {
			t.Fatalf("ParseDate(%q) = %v, %v, want %v (from %q)", r.String(), back, err, r, s)
		}
	})
}
