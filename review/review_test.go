package review

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/uncac-go/uncac/convention"
)

// equateState lets go-cmp compare the convention's comparable identifiers,
// whose fields are unexported.
var equateState = cmpopts.EquateComparable(convention.State{}, convention.Ref{})

func TestStatus(t *testing.T) {
	rs := synthetic()
	ken, per, idn, pol := rs[0], rs[2], rs[3], rs[6]
	tests := []struct {
		name      string
		r         Review
		at        string
		want      Milestone
		finalized bool
	}{
		{"before drawing", ken, "2010-06-30", 0, false},
		{"on the day of drawing", ken, "2010-07-01", Drawn, false},
		{"day before summary", ken, "2011-09-29", CountryVisit, false},
		{"exactly on summary", ken, "2011-09-30", SummaryFinalized, true},
		{"after publication", ken, "2030-01-01", Published, true},
		{"undated focal point before checklist", per, "2011-02-28", Drawn, false},
		{"undated focal point implied by checklist", per, "2011-03-01", SelfAssessment, false},
		{"undated desk review implied by visit", idn, "2012-03-15", CountryVisit, false},
		{"undated summary never certain", idn, "2030-01-01", CountryVisit, false},
		{"undated drawing before its year", pol, "2016-12-31", 0, false},
		{"undated drawing within its year", pol, "2017-08-31", 0, false},
		{"undated drawing implied by focal point", pol, "2017-09-01", FocalPoint, false},
		{"no steps at all", Review{LotsYear: 2010}, "2030-01-01", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := day(tt.at)
			if got := tt.r.Status(at); got != tt.want {
				t.Errorf("%v.Status(%s) = %v, want %v", tt.r.ID, tt.at, got, tt.want)
			}
			if got := tt.r.Finalized(at); got != tt.finalized {
				t.Errorf("%v.Finalized(%s) = %v, want %v", tt.r.ID, tt.at, got, tt.finalized)
			}
		})
	}
}

func TestReached(t *testing.T) {
	rs := synthetic()
	per, idn, pol := rs[2], rs[3], rs[6]
	// A review whose country visit the record places only in March 2011.
	month := Review{ID: ID{st("GHA"), First}, LotsYear: 2010,
		Steps: steps("2010-07-01", "2010-08-01", "2010-12-01", "2011-01-15", "2011-03", "2011-09-30")}
	// A review drawn in 2017 on an unknown day, with nothing later.
	alone := Review{ID: ID{st("POL"), Second}, LotsYear: 2017, Steps: steps("")}
	tests := []struct {
		name string
		r    Review
		m    Milestone
		at   string
		want convention.Certainty
	}{
		{"undated, before the drawing it follows", per, FocalPoint, "2010-06-30", convention.Impossible},
		{"undated, on the day of the drawing", per, FocalPoint, "2010-07-01", convention.Possible},
		{"undated, the day before the next date", per, FocalPoint, "2011-02-28", convention.Possible},
		{"undated, implied by the next date", per, FocalPoint, "2011-03-01", convention.Certain},
		{"not reached", per, ReportFinalized, "2030-01-01", convention.Impossible},
		{"undated, before the last date", idn, SummaryFinalized, "2012-03-14", convention.Impossible},
		{"undated, from the last date on", idn, SummaryFinalized, "2012-03-15", convention.Possible},
		{"undated drawing, before its year", pol, Drawn, "2016-12-31", convention.Impossible},
		{"undated drawing, in its year", pol, Drawn, "2017-01-01", convention.Possible},
		{"undated drawing, implied by a later date", pol, Drawn, "2017-09-01", convention.Certain},
		{"zero milestone", per, 0, "2030-01-01", convention.Impossible},
		{"invalid milestone", per, 9, "2030-01-01", convention.Impossible},
		{"undated drawing alone, the year's second last day", alone, Drawn, "2017-12-30", convention.Possible},
		{"undated drawing alone, the year's last day", alone, Drawn, "2017-12-31", convention.Certain},
		{"a month, before it", month, CountryVisit, "2011-02-28", convention.Impossible},
		{"a month, its first day", month, CountryVisit, "2011-03-01", convention.Possible},
		{"a month, its second last day", month, CountryVisit, "2011-03-30", convention.Possible},
		{"a month, its last day", month, CountryVisit, "2011-03-31", convention.Certain},
		{"a month bounds the next milestone below", month, SummaryFinalized, "2011-09-29", convention.Impossible},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.Reached(tt.m, day(tt.at)); got != tt.want {
				t.Errorf("%v.Reached(%v, %s) = %v, want %v", tt.r.ID, tt.m, tt.at, got, tt.want)
			}
		})
	}
}

// TestStatusCalendarDate checks that only the calendar date counts, in the
// location of each time.
func TestStatusCalendarDate(t *testing.T) {
	ken := synthetic()[0]
	late := time.FixedZone("UTC-10", -10*3600)
	// 2011-09-29 at 23:00 in UTC-10 is 2011-09-30 in UTC, but its own date is the 29th.
	at := time.Date(2011, 9, 29, 23, 0, 0, 0, late)
	if got := ken.Status(at); got != CountryVisit {
		t.Errorf("Status(%v) = %v, want %v", at, got, CountryVisit)
	}
	if got := ken.Status(at.Add(time.Hour)); got != SummaryFinalized {
		t.Errorf("Status(%v) = %v, want %v", at.Add(time.Hour), got, SummaryFinalized)
	}
}

// TestReviewJSON checks that a Review is plain data: it marshals through
// the text forms of its parts and unmarshals to an equal Review.
func TestReviewJSON(t *testing.T) {
	rs := synthetic()
	b, err := json.Marshal(rs)
	if err != nil {
		t.Fatal(err)
	}
	var back []Review
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal: %v\n%s", err, b)
	}
	if diff := cmp.Diff(rs, back, equateState); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	one, _ := json.Marshal(rs[0].Steps[:1])
	if want := `[{"Milestone":"drawn","Date":"2010-07-01"}]`; string(one) != want {
		t.Errorf("json.Marshal(steps) = %s, want %s", one, want)
	}
}

// TestCivilDays checks the day arithmetic against package time over a wide
// span of dates, including years before 1970 and before the common era.
func TestCivilDays(t *testing.T) {
	for _, y := range []int{-401, -400, -1, 0, 1, 1600, 1900, 1969, 1970, 2000, 2010, 2024, 2100, 2400} {
		for d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == y; d = d.AddDate(0, 0, 1) {
			want := d.Unix() / 86400
			if got := dayOf(d); got != want {
				t.Fatalf("dayOf(%v) = %d, want %d", d, got, want)
			}
			if got := dateOfDay(want); !got.Equal(d) {
				t.Fatalf("dateOfDay(%d) = %v, want %v", want, got, d)
			}
		}
	}
}
