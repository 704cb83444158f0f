package needs_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestDuring(t *testing.T) {
	from, to := date(2020, 1, 1), date(2021, 12, 31)
	tests := []struct {
		name       string
		start, end time.Time
		want       bool
	}{
		{"inside", date(2020, 5, 1), date(2020, 6, 1), true},
		{"before", date(2019, 1, 1), date(2019, 12, 31), false},
		{"ends on first day", date(2019, 1, 1), date(2020, 1, 1), true},
		{"starts on last day", date(2021, 12, 31), date(2022, 3, 1), true},
		{"after", date(2022, 1, 1), date(2022, 3, 1), false},
		{"ongoing since before", date(2018, 1, 1), time.Time{}, true},
		{"ongoing from after", date(2022, 1, 1), time.Time{}, false},
		{"spanning", date(2019, 1, 1), date(2023, 1, 1), true},
		// Only calendar dates count, each in its own location.
		{"starts at noon on the last day", date(2021, 12, 31).Add(12 * time.Hour), time.Time{}, true},
		{"ends at midnight of the first day", date(2019, 6, 1), date(2020, 1, 1), true},
		{"starts on the next day east of UTC", time.Date(2022, 1, 1, 5, 0, 0, 0, time.FixedZone("UTC+10", 10*3600)), time.Time{}, false},
		{"ends on the day before west of UTC", date(2019, 6, 1), time.Date(2019, 12, 31, 20, 0, 0, 0, time.FixedZone("UTC-5", -5*3600)), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := needs.Assistance{Start: tt.start, End: tt.end}
			if got := a.During(from, to); got != tt.want {
				t.Errorf("Assistance{Start: %v, End: %v}.During(%v, %v) = %v, want %v", tt.start, tt.end, from, to, got, tt.want)
			}
		})
	}
	// The bounds count by date too: a period ending at noon on the day the
	// record starts still overlaps it.
	if !(needs.Assistance{Start: date(2020, 1, 1)}).During(date(2019, 1, 1), date(2020, 1, 1).Add(12*time.Hour)) {
		t.Error("During misses a record that starts on the day the period ends at noon")
	}
	if !(needs.Assistance{Start: date(2030, 1, 1)}).During(from, time.Time{}) {
		t.Error("During with no end excludes a later record")
	}
}

func TestTallyAssistance(t *testing.T) {
	st := convention.MustParseState
	rec := func(code string, c needs.Category, o needs.Outcome) needs.Assistance {
		return needs.Assistance{State: st(code), Provider: "p", Category: c, Start: date(2020, 1, 1), Outcome: o}
	}
	all := []needs.Assistance{
		rec("KEN", needs.LegislativeDrafting, needs.Delivered),
		rec("KEN", needs.LegislativeDrafting, needs.LawAdopted), // Kenya counts once
		rec("PER", needs.LegislativeDrafting, needs.Delivered),
		rec("PER", needs.InstitutionBuilding, needs.MechanismEstablished),
		rec("JEY", needs.CapacityBuilding, needs.Delivered),
		{State: st("FRA"), Category: needs.Other}, // no outcome: skipped
	}
	s := needs.TallyAssistance(slices.Values(all))
	if s.Records() != 5 || s.Skipped() != 1 {
		t.Errorf("Records, Skipped = %d, %d, want 5, 1", s.Records(), s.Skipped())
	}
	tests := []struct {
		c    needs.Category
		o    needs.Outcome
		want int
	}{
		{0, 0, 3},
		{needs.LegislativeDrafting, 0, 2},
		{needs.LegislativeDrafting, needs.LawAdopted, 1},
		{needs.LegislativeDrafting, needs.Delivered, 2},
		{needs.InstitutionBuilding, needs.MechanismEstablished, 1},
		{0, needs.Delivered, 3},
		{0, needs.LawAdopted, 1},
		{needs.Policymaking, needs.PolicyAdopted, 0},
		{13, 0, 0},
		{0, 6, 0},
	}
	for _, tt := range tests {
		if got := s.States(tt.c, tt.o); got != tt.want {
			t.Errorf("States(%v, %v) = %d, want %d", tt.c, tt.o, got, tt.want)
		}
	}
	a, b := needs.TallyAssistance(slices.Values(all[:2])), needs.TallyAssistance(slices.Values(all[2:]))
	a0, b0 := *a, *b
	if merged := a.Merge(b); *merged != *s {
		t.Error("merge of two halves differs from the whole")
	}
	if *a != a0 || *b != b0 {
		t.Error("Merge changed an operand")
	}
	if *needs.TallyAssistance(nil) != (needs.AssistanceSummary{}) {
		t.Error("TallyAssistance(nil) is not empty")
	}
	if _, err := json.Marshal(s); err == nil {
		t.Error("json.Marshal of an AssistanceSummary succeeded; it has no JSON form")
	}
}

func TestValidateAssistance(t *testing.T) {
	good := needs.Assistance{State: convention.MustParseState("JEY"), Provider: "StAR", Category: needs.LegalAdvice, Start: date(2020, 1, 1), Outcome: needs.Delivered}
	bad := good
	bad.End = date(2019, 1, 1)
	bad.Outcome = 9
	sameDay := good // ends on the day it starts, at an earlier hour: sound
	sameDay.Start = date(2020, 1, 1).Add(15 * time.Hour)
	sameDay.End = date(2020, 1, 1).Add(9 * time.Hour)
	got := problemsOf(t, needs.ValidateAssistance([]needs.Assistance{good, {}, bad, sameDay}))
	want := []problem{
		{1, "State", convention.ErrMissing}, {1, "Provider", convention.ErrMissing}, {1, "Category", convention.ErrMissing},
		{1, "Outcome", convention.ErrMissing}, {1, "Start", convention.ErrMissing},
		{2, "Outcome", convention.ErrInvalid}, {2, "End", needs.ErrPeriod},
	}
	if !slices.Equal(got, want) {
		t.Errorf("ValidateAssistance problems = %v, want %v", got, want)
	}
}
