package convention

import (
	"testing"
	"time"
)

// TestUNAdmissionCSV compares State.UNAdmission with every record of
// un_members.csv, and every UNStatus with it.
func TestUNAdmissionCSV(t *testing.T) {
	want := map[State]string{}
	for _, r := range readStatesCSV(t, "un_members.csv") {
		want[MustParseState(r["alpha3"])] = r["admitted"]
	}
	members := 0
	for s := range States() {
		d, ok := s.UNAdmission()
		if got := ""; ok {
			got = d.Format(time.DateOnly)
			if got != want[s] || d != utcDay(want[s]) {
				t.Errorf("%v.UNAdmission() = %v, want %s", s, d, want[s])
			}
			members++
		} else if want[s] != "" {
			t.Errorf("%v.UNAdmission() = none, want %s", s, want[s])
		}
		if ok != (s.UNStatus() == UNMember) {
			t.Errorf("%v: UNAdmission ok %t, UNStatus %v", s, ok, s.UNStatus())
		}
	}
	if members != 193 {
		t.Errorf("%d States have a UNAdmission, want 193", members)
	}
	if _, ok := (State{}).UNAdmission(); ok {
		t.Error("State{}.UNAdmission() ok")
	}
}

// TestMembersAt checks MembersAt against a count made here from the
// admission dates: equal from 1 November 2000, and differing before by the
// adjustments alone.
func TestMembersAt(t *testing.T) {
	naive := func(d time.Time) int {
		n := 0
		for s := range States() {
			if a, ok := s.UNAdmission(); ok && !a.After(d) {
				n++
			}
		}
		return n
	}
	for d := utcDay("2000-11-01"); d.Before(utcDay("2027-01-01")); d = d.AddDate(0, 0, 5) {
		if got, want := MembersAt(d), naive(d); got != (Count{Certain: want}) {
			t.Fatalf("MembersAt(%s) = %v, want %d", d.Format(time.DateOnly), got, want)
		}
	}
	tests := []struct {
		day  string
		want Count
		why  string
	}{
		{"1945-10-23", Count{}, "before the Charter"},
		{"1945-10-24", Count{Certain: 29}, "the Charter in force: 27 ratifications dated that day, Yugoslavia and Czechoslovakia"},
		{"1958-02-20", Count{Certain: 82}, "Egypt and Syria still apart"},
		{"1958-02-21", Count{Certain: 81}, "the United Arab Republic"},
		{"1961-10-13", Count{Certain: 101}, "99 at the end of 1960, Sierra Leone, and Syria resumes its seat"},
		{"1965-02-28", Count{Certain: 115}, "before Indonesia's withdrawal"},
		{"1965-03-01", Count{Certain: 114, Possible: 1}, "Indonesia counted or not"},
		{"1966-10-01", Count{Certain: 119}, "118 at the end of 1965 with Indonesia, and Guyana"},
		{"1990-05-21", Count{Certain: 160}, "the two Yemens"},
		{"1990-05-22", Count{Certain: 159}, "one Yemen"},
		{"1990-10-03", Count{Certain: 159}, "Liechtenstein in, the two Germanys one"},
		{"1992-12-31", Count{Certain: 179}, "Czechoslovakia's last day"},
		{"1993-01-19", Count{Certain: 180}, "Czechia and Slovakia"},
		{"2000-10-31", Count{Certain: 189}, "the UN still counts Yugoslavia"},
		{"2000-11-01", Count{Certain: 189}, "the Federal Republic of Yugoslavia admitted"},
	}
	for _, tt := range tests {
		if got := MembersAt(utcDay(tt.day)); got != tt.want {
			t.Errorf("MembersAt(%s) = %+v, want %+v (%s)", tt.day, got, tt.want, tt.why)
		}
	}
	// The count never moves by more than the day's admissions and mergers:
	// at most 17 a day (20 September 1960 admitted 16 States, and 1960's
	// list is the largest), never negative.
	prev := MembersAt(utcDay("1945-10-24"))
	for d := utcDay("1945-10-25"); d.Before(utcDay("2001-01-01")); d = d.AddDate(0, 0, 1) {
		c := MembersAt(d)
		if c.Min() < 0 || c.Max() > 193 || c.Max()-prev.Max() > 17 || prev.Min()-c.Min() > 2 {
			t.Fatalf("MembersAt(%s) = %v after %v", d.Format(time.DateOnly), c, prev)
		}
		prev = c
	}
}
