package review

import (
	"encoding/json"
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
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

// FuzzReviewJSON is the round-trip property of a Review's JSON form, the
// only text form a Review has: whatever marshals unmarshals to an equal
// Review, and a Review whose dates Validate accepts marshals. Dates come in
// every shape a caller can build: any year, any time of day, any location,
// one end missing, ends reversed.
func FuzzReviewJSON(f *testing.F) {
	f.Add(int16(2010), uint16(180), int16(0), uint8(0), uint8(0), "KEN/first", uint8(1))
	f.Add(int16(10000), uint16(0), int16(0), uint8(0), uint8(0), "KEN/first", uint8(1))
	f.Add(int16(-1), uint16(364), int16(0), uint8(0), uint8(0), "FRA/second", uint8(2))
	f.Add(int16(2011), uint16(73), int16(-1), uint8(0), uint8(0), "KEN/first", uint8(3))
	f.Add(int16(2011), uint16(73), int16(30), uint8(13), uint8(1), "KEN/first", uint8(1))
	f.Add(int16(9999), uint16(364), int16(5), uint8(0), uint8(2), "", uint8(0))
	f.Add(int16(1), uint16(0), int16(0), uint8(0), uint8(0), "EUU/II", uint8(9))
	f.Fuzz(func(t *testing.T, year int16, yday uint16, span int16, hour, shape uint8, id string, kind uint8) {
		zones := []*time.Location{time.UTC, time.FixedZone("UTC+14", 14*3600), time.FixedZone("UTC-12", -12*3600)}
		e := time.Date(int(year), 1, 1+int(yday%366), int(hour%24), 0, 0, 0, zones[int(shape)%len(zones)])
		l := e.AddDate(0, 0, int(span))
		d := convention.DateRange{Earliest: e, Latest: l}
		switch shape % 4 {
		case 1:
			d.Latest = time.Time{}
		case 2:
			d = convention.DateRange{}
		}
		rid, _ := ParseID(id)
		r := Review{ID: rid, Reviewers: [2]convention.State{st("MUS"), {}}, LotsYear: int(year),
			Steps:    []Step{{Milestone: Drawn, Date: d}, {Milestone: Milestone(kind % 10)}},
			Findings: []Finding{{Ref: convention.MustParseRef("art. 15"), Kind: FindingKind(kind % 5), Text: id}}}
		b, err := json.Marshal(r)
		dateOK := true
		for _, fs := range faults(t, Validate([]Review{r}), 0) {
			if fs.Field == "Steps[0].Date" && fs.Kind == convention.ErrInvalid {
				dateOK = false
			}
		}
		m, k := Milestone(kind%10), FindingKind(kind%5)
		textOK := (m == 0 || m.IsValid()) && (k == 0 || k.IsValid()) // ParseID gives a valid or zero ID
		if err != nil {
			if dateOK && textOK {
				t.Fatalf("Validate accepts the date %v and the identifiers are valid or zero, but json.Marshal fails: %v", d, err)
			}
			return
		}
		if !textOK {
			t.Fatalf("json.Marshal accepts an invalid milestone %d or kind %d: %s", m, k, b)
		}
		var back Review
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("json.Unmarshal(%s) = %v, after json.Marshal succeeded", b, err)
		}
		// encoding/json replaces bytes that are not UTF-8; Validate says so.
		if !utf8.ValidString(id) {
			if !slices.Contains(faults(t, Validate([]Review{r}), 0), fault{"Findings[0].Text", convention.ErrInvalid}) {
				t.Fatalf("Validate does not report the Text %q, which JSON does not keep", id)
			}
			back.Findings[0].Text = id
		}
		if diff := cmp.Diff(r, back, equateState, cmp.Comparer(sameDays)); diff != "" {
			t.Fatalf("JSON round trip of %s (-want +got):\n%s", b, diff)
		}
	})
}

// sameDays reports whether two date ranges name the same calendar days.
func sameDays(a, b convention.DateRange) bool {
	day := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.DateOnly)
	}
	return day(a.Earliest) == day(b.Earliest) && day(a.Latest) == day(b.Latest)
}
