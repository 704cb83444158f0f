package review

import (
	"testing"
)

// FuzzParseID checks that ParseID never panics and that every ID it accepts
// prints as text that parses back to the same ID.
func FuzzParseID(f *testing.F) {
	for _, s := range []string{"KEN/first", "ken/1", "EUU/II", " KEN / second cycle", "KEN", "/", "XYZ/first",
		"KEN/third", "KEN//first", "ＫEN/first", "KEN/first\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := ParseID(s)
		if err != nil {
			return
		}
		if !id.IsValid() {
			t.Fatalf("ParseID(%q) = %v, an invalid ID, with no error", s, id)
		}
		b, err := id.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() = %v", id, err)
		}
		if string(b) != id.String() {
			t.Fatalf("MarshalText = %q, String = %q", b, id.String())
		}
		back, err := ParseID(string(b))
		if err != nil || back != id {
			t.Fatalf("ParseID(%q) = %v, %v; want %v", b, back, err, id)
		}
	})
}

// FuzzParseMilestone checks that ParseMilestone never panics and that every
// milestone it accepts round-trips through its text.
func FuzzParseMilestone(f *testing.F) {
	for _, s := range []string{"drawn", "focal point", "Summary_Finalized", "none", "", "self--assessment", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMilestone(s)
		if err != nil {
			return
		}
		if m != 0 && !m.IsValid() {
			t.Fatalf("ParseMilestone(%q) = %v", s, m)
		}
		b, _ := m.MarshalText()
		var back Milestone
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, m)
		}
	})
}
