package review

import (
	"slices"
	"testing"
	"time"

	"github.com/uncac-go/uncac/convention"
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
		if !m.IsValid() {
			t.Fatalf("ParseMilestone(%q) = %v", s, m)
		}
		b, err := m.MarshalText()
		if err != nil || string(b) != m.String() {
			t.Fatalf("%v.MarshalText() = %q, %v", m, b, err)
		}
		var back Milestone
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, m)
		}
	})
}

// FuzzParseCycle checks that ParseCycle never panics and that every cycle
// it accepts round-trips through its text.
func FuzzParseCycle(f *testing.F) {
	for _, s := range []string{"first", "Second cycle", "the first review cycle", "cycle 2", "II", "iii", "0", "", "cycle", "second cycle cycle"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCycle(s)
		if err != nil {
			if c != 0 {
				t.Fatalf("ParseCycle(%q) = %v with error %v, want the zero Cycle", s, c, err)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseCycle(%q) = %v, an invalid Cycle, with no error", s, c)
		}
		b, err := c.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() = %v", c, err)
		}
		var back Cycle
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, c)
		}
		if string(b) != c.String() {
			t.Fatalf("MarshalText = %q, String = %q", b, c.String())
		}
	})
}

// FuzzParseFindingKind checks that ParseFindingKind never panics and that
// every kind it accepts round-trips through its text.
func FuzzParseFindingKind(f *testing.F) {
	for _, s := range []string{"challenge", "Good practices", "assistance_need", "good--practice", "", "needs", "challengess"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseFindingKind(s)
		if err != nil {
			return
		}
		if !k.IsValid() {
			t.Fatalf("ParseFindingKind(%q) = %v, an invalid kind, with no error", s, k)
		}
		b, err := k.MarshalText()
		if err != nil || string(b) != k.String() {
			t.Fatalf("%v.MarshalText() = %q, %v", k, b, err)
		}
		var back FindingKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, k)
		}
	})
}

// FuzzReview builds a review from fuzzed parts and checks that nothing
// panics, and that on reviews Validate accepts the figures keep their
// invariants: a review's status never goes back as the date advances,
// cumulative counts never rise from one milestone to the next, and Diff
// lists exactly the milestones whose status changed.
func FuzzReview(f *testing.F) {
	f.Add(uint16(120), uint8(1), uint16(150), uint16(80), uint16(2010), uint16(0xff), uint16(0x10), uint64(0x0102030405060708), uint16(400))
	ken, fin := uint16(convention.MustParseState("KEN").Index()), uint16(convention.MustParseState("FIN").Index())
	f.Add(ken, uint8(1), uint16(0), fin, uint16(2010), uint16(0x1fe), uint16(0x08), uint64(0x2030405060708090), uint16(900))
	f.Add(uint16(0), uint8(0), uint16(0), uint16(0), uint16(0), uint16(0), uint16(0), uint64(0), uint16(0))
	f.Add(uint16(30), uint8(2), uint16(31), uint16(32), uint16(2016), uint16(0x3f), uint16(0x3f), uint64(0x2040608090a0c0e0), uint16(3000))
	bra, mus := uint16(convention.MustParseState("BRA").Index()), uint16(convention.MustParseState("MUS").Index())
	f.Add(bra, uint8(2), uint16(0), mus, uint16(2016), uint16(0x7e), uint16(0x44), uint64(0x1122334455667788), uint16(2800))
	f.Fuzz(func(t *testing.T, si uint16, cyc uint8, r1, r2, year, reached, undated uint16, gaps uint64, atOff uint16) {
		s, _ := convention.StateAt(int(si) % (convention.NumStates + 1))
		// The first reviewer comes from the group of the State under review
		// when r1 is even, so that valid pairings are common.
		a, _ := convention.StateAt(int(r1) % (convention.NumStates + 1))
		if members := slices.Collect(s.Group().Members()); r1%2 == 0 && len(members) > 0 {
			a = members[int(r1/2)%len(members)]
		}
		b, _ := convention.StateAt(int(r2) % (convention.NumStates + 1))
		r := Review{ID: ID{s, Cycle(cyc % 4)}, Reviewers: [2]convention.State{a, b}, LotsYear: int(year % 2100)}
		d := time.Date(max(r.LotsYear, 2000), 7, 1, 0, 0, 0, 0, time.UTC)
		for m := Drawn; m <= numMilestones; m++ {
			d = d.AddDate(0, 0, int(gaps>>(8*(m-1))&0xff)-8) // mostly forward, sometimes back
			switch {
			case reached&(1<<m) == 0:
			case undated&(1<<m) != 0 && undated&1 != 0:
				// a month instead of a day
				first := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
				r.Steps = append(r.Steps, Step{Milestone: m, Date: convention.DateRange{Earliest: first, Latest: first.AddDate(0, 1, -1)}})
			case undated&(1<<m) != 0:
				r.Steps = append(r.Steps, Step{Milestone: m})
			default:
				r.Steps = append(r.Steps, Step{Milestone: m, Date: convention.DateRange{Earliest: d, Latest: d}})
			}
		}
		ref := convention.MustParseRef("art. 46(9)(b)")
		if cyc%2 == 0 {
			ref = convention.MustParseRef("art. 9(1)") // covered by the second cycle
		}
		r.Findings = []Finding{{Ref: ref, Kind: FindingKind(cyc % 4)}}
		rs := []Review{r}
		err := Validate(rs)
		at := time.Date(2009, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(atOff))
		later := at.AddDate(1, 0, 0)
		p := ProgressOf(slices.Values(rs), at, Filter{})
		_ = ReviewerLoad(slices.Values(rs), Filter{})
		_ = CountFindings(slices.Values(rs), 0, Filter{})
		for m := Drawn; m <= numMilestones; m++ {
			if n := p.Count(m, convention.Certain) + p.Count(m, convention.Possible) + p.Count(m, convention.Impossible); n != 1 {
				t.Fatalf("review %+v: counts of %v add up to %d, want 1", r, m, n)
			}
		}
		if err != nil {
			return
		}
		for m := Drawn + 1; m <= numMilestones; m++ {
			if p.Count(m, convention.Certain) > p.Count(m-1, convention.Certain) {
				t.Fatalf("valid review %+v: counts rise at %v", r, m)
			}
		}
		before, after := r.Status(at), r.Status(later)
		if after < before {
			t.Fatalf("valid review %+v: status went back from %v to %v", r, before, after)
		}
		for m := Drawn; m <= numMilestones; m++ {
			listed := len(Diff(slices.Values(rs), m, at, later)) == 1
			want := r.Reached(m, at) != convention.Certain && r.Reached(m, later) == convention.Certain
			if listed != want {
				t.Fatalf("valid review %+v: Diff lists %v: %v, want %v", r, m, listed, want)
			}
			if r.Reached(m, later) < r.Reached(m, at) {
				t.Fatalf("valid review %+v: %v went from %v to %v", r, m, r.Reached(m, at), r.Reached(m, later))
			}
		}
	})
}
