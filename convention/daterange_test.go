package convention

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// TestTextRuleFacts walks every Act and every State, valid or not, through
// the module's text rule (checkText in text_test.go).
func TestTextRuleFacts(t *testing.T) {
	for n := range 256 {
		checkText(t, "Act", Act(n), n, unmarshalAs[Act])
	}
	for i := range NumStates + 1 {
		checkText(t, "State", State{uint8(i)}, i, unmarshalAs[State])
	}
}

// TestDateRangeTextProperty checks, over random ranges of every kind
// (reversed, half set, outside the years 0 to 9999, not at midnight, not in
// UTC), that a DateRange marshals exactly when it is valid or zero, and that
// what marshals reads back to an equal value.
func TestDateRangeTextProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	zones := []*time.Location{time.UTC, time.UTC, time.UTC, time.FixedZone("UTC+1", 3600), time.FixedZone("UTC", 0)}
	randTime := func() time.Time {
		if r.IntN(10) == 0 {
			return time.Time{}
		}
		y := r.IntN(10200) - 100 // years -100 to 10099
		t := time.Date(y, time.Month(1+r.IntN(12)), 1+r.IntN(31), 0, 0, 0, 0, zones[r.IntN(len(zones))])
		if r.IntN(5) == 0 {
			t = t.Add(time.Duration(r.IntN(86400)) * time.Second)
		}
		return t
	}
	valid := 0
	for range 20000 {
		d := DateRange{randTime(), randTime()}
		if r.IntN(3) == 0 {
			d.Latest = d.Earliest.AddDate(0, 0, r.IntN(400))
		}
		b, err := d.MarshalText()
		switch {
		case d == (DateRange{}):
			if err != nil || len(b) != 0 {
				t.Fatalf("zero DateRange: MarshalText() = %q, %v", b, err)
			}
		case d.IsValid():
			valid++
			var back DateRange
			if err != nil || string(b) != d.String() || back.UnmarshalText(b) != nil || back != d {
				t.Fatalf("%#v: MarshalText() = %q, %v; read back %#v", d, b, err, back)
			}
		default:
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("%#v (invalid): MarshalText() = %q, %v; want an error wrapping ErrInvalid", d, b, err)
			}
			if s := d.String(); !strings.HasPrefix(s, "%!DateRange(") {
				t.Fatalf("%#v (invalid) prints %q", d, s)
			}
		}
	}
	if valid < 1000 {
		t.Errorf("only %d valid ranges among the samples", valid)
	}
}

func TestDateRange(t *testing.T) {
	tests := []struct {
		name  string
		r     DateRange
		text  string
		valid bool
	}{
		{"exact", day("2008-08-25"), "2008-08-25", true},
		{"range", DateRange{utcDay("2014-07-11"), utcDay("2018-06-30")}, "2014-07-11..2018-06-30", true},
		{"year 0", day("0000-01-01"), "0000-01-01", true},
		{"year 9999", day("9999-12-31"), "9999-12-31", true},
		{"zero", DateRange{}, "%!DateRange(0)", false},
		{"reversed", DateRange{utcDay("2011-01-01"), utcDay("2010-01-01")},
			"%!DateRange(2011-01-01T00:00:00Z..2010-01-01T00:00:00Z)", false},
		{"latest unset", DateRange{Earliest: utcDay("2011-01-01")},
			"%!DateRange(2011-01-01T00:00:00Z..0001-01-01T00:00:00Z)", false},
		{"earliest unset", DateRange{Latest: utcDay("2011-01-01")},
			"%!DateRange(0001-01-01T00:00:00Z..2011-01-01T00:00:00Z)", false},
		{"year 10000", DateRange{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}, "%!DateRange(10000-01-01T00:00:00Z..10000-01-01T00:00:00Z)", false},
		{"year -1", DateRange{time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)},
			"%!DateRange(-0001-01-01T00:00:00Z..-0001-01-01T00:00:00Z)", false},
		{"not midnight", DateRange{utcDay("2011-01-01").Add(time.Hour), utcDay("2011-01-02")},
			"%!DateRange(2011-01-01T01:00:00Z..2011-01-02T00:00:00Z)", false},
		{"not UTC", DateRange{time.Date(2011, 1, 1, 0, 0, 0, 0, time.FixedZone("CET", 3600)), utcDay("2011-01-02")},
			"%!DateRange(2011-01-01T00:00:00+01:00..2011-01-02T00:00:00Z)", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.String(); got != tt.text {
				t.Errorf("String() = %q, want %q", got, tt.text)
			}
			if got := tt.r.IsValid(); got != tt.valid {
				t.Errorf("IsValid() = %t, want %t", got, tt.valid)
			}
			b, err := json.Marshal(tt.r)
			if !tt.valid {
				if tt.r == (DateRange{}) {
					if err != nil || string(b) != `""` {
						t.Errorf("json.Marshal(zero) = %s, %v, want \"\"", b, err)
					}
				} else if !errors.Is(err, ErrInvalid) {
					t.Errorf("json.Marshal = %s, %v, want an error wrapping ErrInvalid", b, err)
				}
				return
			}
			var back DateRange
			if err != nil || json.Unmarshal(b, &back) != nil || back != tt.r {
				t.Errorf("JSON round trip of %v gave %s, %v (%v)", tt.r, b, back, err)
			}
		})
	}
	var r DateRange
	if err := r.UnmarshalText(nil); err != nil || r != (DateRange{}) {
		t.Errorf("UnmarshalText(empty) = %v, %v, want the zero DateRange", r, err)
	}
}

func TestParseDateRange(t *testing.T) {
	good := map[string]string{
		"2008-08-25":                  "2008-08-25",
		" 2014-07-11..2018-06-30":     "2014-07-11..2018-06-30",
		"2020-02-01..2020-02-01":      "2020-02-01",
		"\u00a02020-02-01\u2009":      "2020-02-01",
		"0000-01-01..9999-12-31":      "0000-01-01..9999-12-31",
		"2014-07-11..2018-06-30\t\n ": "2014-07-11..2018-06-30",
	}
	for in, want := range good {
		if r, err := ParseDateRange(in); err != nil || r.String() != want || !r.IsValid() {
			t.Errorf("ParseDateRange(%q) = %v, %v, want %s", in, r, err, want)
		}
	}
	bad := []struct {
		in   string
		kind error
		at   int
	}{
		{"", ErrSyntax, 0},
		{"2008-8-25", ErrSyntax, 0},
		{"2008-02-30", ErrSyntax, 0},
		{" 2018-06-30..2014-07-11", ErrSyntax, 13},
		{"2014-07-11..", ErrSyntax, 12},
		{"2014-07-11...2018-06-30", ErrSyntax, 12},
		{"..2014-07-11", ErrSyntax, 0},
		{"2014-07-11T00:00:00Z", ErrSyntax, 0},
		{"+2014-07-11", ErrSyntax, 0},
		{strings.Repeat(" ", 60) + "2014-07-11", ErrRange, 64},
		{"0001-01-01", ErrRange, 0},
		{"0000-12-31..0001-01-01", ErrRange, 12},
	}
	for _, tt := range bad {
		_, err := ParseDateRange(tt.in)
		pe, ok := errors.AsType[*ParseError](err)
		if !ok || !errors.Is(err, tt.kind) || pe.Offset != tt.at || pe.Func != "convention.ParseDateRange" || pe.Input != tt.in {
			t.Errorf("ParseDateRange(%q) error = %v, want a *ParseError wrapping %v at %d", tt.in, err, tt.kind, tt.at)
		}
	}
}

func BenchmarkParseDateRange(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ParseDateRange("2014-07-11..2018-06-30")
	}
}
