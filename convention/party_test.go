package convention

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func utcDay(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func day(s string) DateRange { return DateRange{utcDay(s), utcDay(s)} }

func TestPartyBy(t *testing.T) {
	plus14 := time.FixedZone("UTC+14", 14*3600)
	tests := []struct {
		code string
		at   time.Time
		want Certainty
	}{
		{"AFG", utcDay("2008-08-24"), Impossible},
		{"AFG", utcDay("2008-08-25"), Certain},
		{"AFG", time.Date(2008, 8, 25, 23, 59, 59, 0, time.UTC), Certain},
		// Only the calendar date in t's own zone counts: this is still
		// 24 August where it was written, though 10:00 UTC on the 24th.
		{"AFG", time.Date(2008, 8, 24, 23, 59, 0, 0, plus14), Impossible},
		{"AFG", time.Date(2008, 8, 25, 0, 30, 0, 0, plus14), Certain},
		// Bhutan's ratification of 21 September 2016 (CAC/COSP/IRG/I/4/1/Add.66).
		{"BTN", utcDay("2016-09-20"), Impossible},
		{"BTN", utcDay("2016-09-21"), Certain},
		{"TON", utcDay("2020-01-31"), Impossible},
		{"TON", utcDay("2020-02-15"), Possible},
		{"TON", utcDay("2020-02-29"), Certain},
		{"SSD", utcDay("2014-12-31"), Impossible},
		{"SSD", utcDay("2015-07-27"), Possible},
		{"SSD", utcDay("2015-07-28"), Certain},
		{"SYR", utcDay("2030-01-01"), Impossible},
		{"AND", utcDay("2030-01-01"), Impossible},
		{"JEY", utcDay("2030-01-01"), Impossible},
		{"EUU", utcDay("2008-11-12"), Certain},
	}
	for _, tt := range tests {
		if got := MustParseState(tt.code).PartyBy(tt.at); got != tt.want {
			t.Errorf("%s.PartyBy(%v) = %v, want %v", tt.code, tt.at, got, tt.want)
		}
	}
	if got := (State{}).PartyBy(utcDay("2030-01-01")); got != Impossible {
		t.Errorf("State{}.PartyBy = %v, want impossible", got)
	}
}

func TestParty(t *testing.T) {
	tests := []struct {
		code string
		want Party
		ok   bool
	}{
		{"AFG", Party{Act: Ratification, Signed: utcDay("2004-02-20"), Date: day("2008-08-25"), InForce: day("2008-09-24")}, true},
		{"KEN", Party{Act: Ratification, Signed: utcDay("2003-12-09"), Date: day("2003-12-09"), InForce: day("2005-12-14")}, true},
		{"EUU", Party{Act: Approval, Signed: utcDay("2005-09-15"), Date: day("2008-11-12"), InForce: day("2008-12-12")}, true},
		{"JPN", Party{Act: Acceptance, Signed: utcDay("2003-12-09"), Date: day("2017-07-11"), InForce: day("2017-08-10")}, true},
		{"TON", Party{Act: Accession, Date: DateRange{utcDay("2020-02-01"), utcDay("2020-02-29")},
			InForce: DateRange{utcDay("2020-03-02"), utcDay("2020-03-30")}}, true},
		{"BTN", Party{Act: Ratification, Signed: utcDay("2005-09-15"), Date: day("2016-09-21"), InForce: day("2016-10-21")}, true},
		// ST/LEG/SER.A/854 and 855: "Date of effect" 16 May and 29 June 2018.
		{"WSM", Party{Act: Accession, Date: day("2018-04-16"), InForce: day("2018-05-16")}, true},
		{"GNQ", Party{Act: Accession, Date: day("2018-05-30"), InForce: day("2018-06-29")}, true},
		// CAC/COSP/IRG/I/4/1/Add.67: in force for Niue on 2 November 2017.
		{"NIU", Party{Act: Accession, Date: day("2017-10-03"), InForce: day("2017-11-02")}, true},
		// Deposited after the thirtieth instrument but within 30 days of
		// the general entry into force: in force on 14 December 2005.
		{"AZE", Party{Act: Ratification, Signed: utcDay("2004-02-27"), Date: day("2005-11-01"), InForce: day("2005-12-14")}, true},
		{"KNA", Party{Act: Accession, Date: day("2024-08-06"), InForce: day("2024-09-05")}, true},
		{"SYR", Party{}, false},
		{"AND", Party{}, false},
		{"HKG", Party{}, false},
	}
	for _, tt := range tests {
		s := MustParseState(tt.code)
		if tt.ok {
			tt.want.State = s
		}
		got, ok := s.Party()
		if ok != tt.ok {
			t.Errorf("%s.Party() ok = %t, want %t", tt.code, ok, tt.ok)
		}
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b State) bool { return a == b })); diff != "" {
			t.Errorf("%s.Party() (-want +got):\n%s", tt.code, diff)
		}
	}
	if d, ok := MustParseState("SYR").Signature(); !ok || !d.Equal(utcDay("2003-12-09")) {
		t.Errorf("SYR.Signature() = %v, %t, want 2003-12-09, true", d, ok)
	}
	for _, c := range []string{"KNA", "AND", "JEY"} {
		if d, ok := MustParseState(c).Signature(); ok {
			t.Errorf("%s.Signature() = %v, true, want none", c, d)
		}
	}
	// UNTC, status as at 2024-04-20: "Signatories: 140".
	signatories := 0
	for s := range States() {
		d, ok := s.Signature()
		if !ok {
			continue
		}
		signatories++
		// Art. 67(1): open for signature from 9 December 2003 to 9 December 2005.
		if d.Before(utcDay("2003-12-09")) || d.After(utcDay("2005-12-09")) {
			t.Errorf("%v.Signature() = %v, outside the signature period", s, d)
		}
	}
	if signatories != 140 {
		t.Errorf("%d States have a Signature, want 140", signatories)
	}
	if _, ok := (State{}).Party(); ok {
		t.Error("State{}.Party() ok")
	}
	if _, ok := (State{}).Signature(); ok {
		t.Error("State{}.Signature() ok")
	}
}

// TestPartiesCSV compares every record of uncac_parties.csv with Party and
// Signature, and every party's InForce with art. 68 computed here from the
// deposits.
func TestPartiesCSV(t *testing.T) {
	rows := readStatesCSV(t, "uncac_parties.csv")
	parties, inexact := 0, []string{}
	for _, r := range rows {
		s := MustParseState(r["alpha3"])
		p, ok := s.Party()
		if ok != (r["status"] == "party") {
			t.Errorf("%v.Party() ok = %t, status %q", s, ok, r["status"])
			continue
		}
		sig, sok := s.Signature()
		if sok != (r["signature_date"] != "") || (sok && sig.Format(time.DateOnly) != r["signature_date"]) {
			t.Errorf("%v.Signature() = %v, %t, want %q", s, sig, sok, r["signature_date"])
		}
		if !ok {
			continue
		}
		parties++
		if p.Act.String() != r["act"] || !p.Signed.Equal(sig) ||
			p.Date.Earliest.Format(time.DateOnly) != r["party_date_earliest"] ||
			p.Date.Latest.Format(time.DateOnly) != r["party_date_latest"] {
			t.Errorf("%v.Party() = %+v, want record %v", s, p, r)
		}
		if !p.Date.IsValid() || !p.InForce.IsValid() {
			t.Errorf("%v: Date %v or InForce %v is not valid", s, p.Date, p.InForce)
		}
		if p.Date.Earliest.Equal(p.Date.Latest) != (r["party_date"] != "") {
			t.Errorf("%v: Date %v, but party_date %q", s, p.Date, r["party_date"])
		}
		if !p.Date.Earliest.Equal(p.Date.Latest) {
			inexact = append(inexact, s.String())
		}
		// Art. 68(2): the thirtieth day after deposit, or the general entry
		// into force, whichever is later.
		force := func(d time.Time) time.Time {
			d = d.AddDate(0, 0, 30)
			if d.Before(EntryIntoForce()) {
				return EntryIntoForce()
			}
			return d
		}
		if want := (DateRange{force(p.Date.Earliest), force(p.Date.Latest)}); p.InForce != want {
			t.Errorf("%v.InForce = %v, want %v", s, p.InForce, want)
		}
	}
	if parties != 191 {
		t.Errorf("%d parties in uncac_parties.csv, want 191", parties)
	}
	all := slices.Collect(Parties())
	if len(all) != parties || !slices.IsSortedFunc(all, func(a, b Party) int { return a.State.Compare(b.State) }) {
		t.Errorf("Parties() yields %d parties, want %d in code order", len(all), parties)
	}
	// The five parties whose day of deposit the sources do not give
	// (party_dates_evidence.csv).
	want := []string{"GMB", "SSD", "SUR", "TON", "TUV"}
	slices.Sort(inexact)
	if diff := cmp.Diff(want, inexact); diff != "" {
		t.Errorf("parties with inexact dates (-want +got):\n%s", diff)
	}
}

// TestEntryIntoForce verifies art. 68(1) from the data: the thirtieth
// instrument (not counting a regional organization's) is Ecuador's of 15
// September 2005, and the Convention entered into force ninety days later,
// on 14 December 2005, the date the UN Treaty Collection gives.
func TestEntryIntoForce(t *testing.T) {
	var deposits []Party
	for p := range Parties() {
		if p.State.UNStatus() != RegionalOrganization {
			deposits = append(deposits, p)
		}
	}
	slices.SortFunc(deposits, func(a, b Party) int { return a.Date.Latest.Compare(b.Date.Latest) })
	thirtieth := deposits[29]
	if thirtieth.State.String() != "ECU" || thirtieth.Date != day("2005-09-15") {
		t.Errorf("thirtieth instrument: %v %v, want ECU 2005-09-15", thirtieth.State, thirtieth.Date)
	}
	if !deposits[30].Date.Earliest.After(thirtieth.Date.Latest) {
		t.Errorf("the thirty-first deposit (%v, %v) is not after the thirtieth", deposits[30].State, deposits[30].Date)
	}
	if got, want := EntryIntoForce(), utcDay("2005-12-14"); !got.Equal(want) || got != thirtieth.Date.Latest.AddDate(0, 0, 90) {
		t.Errorf("EntryIntoForce() = %v, want %v, ninety days after %v", got, want, thirtieth.Date.Latest)
	}
	tests := []struct {
		day          string
		force, party Count
	}{
		{"2005-09-15", Count{}, Count{Certain: 30}},
		{"2005-12-13", Count{}, Count{Certain: 39}},
		// The first thirty, and six more deposited by 14 November 2005.
		{"2005-12-14", Count{Certain: 36}, Count{Certain: 39}},
		{"2015-07-27", Count{Certain: 174, Possible: 3}, Count{Certain: 174, Possible: 3}},
		{"2024-08-06", Count{Certain: 190}, Count{Certain: 191}},
		{"2024-09-05", Count{Certain: 191}, Count{Certain: 191}},
	}
	for _, tt := range tests {
		d := utcDay(tt.day)
		if got := InForceAt(d); got != tt.force {
			t.Errorf("InForceAt(%s) = %+v, want %+v", tt.day, got, tt.force)
		}
		if got := PartiesAt(d); got != tt.party {
			t.Errorf("PartiesAt(%s) = %+v, want %+v", tt.day, got, tt.party)
		}
	}
	// Every day, the parties bound are among the parties that deposited.
	for d := utcDay("2005-09-01"); d.Before(utcDay("2025-01-01")); d = d.AddDate(0, 0, 7) {
		f, p := InForceAt(d), PartiesAt(d)
		if f.Min() > p.Min() || f.Max() > p.Max() {
			t.Fatalf("%s: in force %v exceeds deposited %v", d.Format(time.DateOnly), f, p)
		}
	}
}

func TestCount(t *testing.T) {
	for _, c := range []Count{{190, 0}, {186, 1}, {0, 0}, {174, 4}} {
		if c.Min() != c.Certain || c.Max() != c.Certain+c.Possible {
			t.Errorf("%+v: Min, Max = %d, %d", c, c.Min(), c.Max())
		}
		// The JSON form is the two fields, and reads back.
		b, err := json.Marshal(c)
		var back Count
		if err != nil || json.Unmarshal(b, &back) != nil || back != c {
			t.Errorf("JSON round trip of %+v gave %s, %+v (%v)", c, b, back, err)
		}
	}
	if b, _ := json.Marshal(Count{186, 1}); string(b) != `{"Certain":186,"Possible":1}` {
		t.Errorf("json.Marshal(Count{186, 1}) = %s", b)
	}
}

func TestActText(t *testing.T) {
	for a, want := range map[Act]string{
		Ratification: "ratification", Accession: "accession", Acceptance: "acceptance",
		Approval: "approval", Succession: "succession", 0: "%!Act(0)", 6: "%!Act(6)", 255: "%!Act(255)",
	} {
		if got := a.String(); got != want {
			t.Errorf("Act(%d).String() = %q, want %q", a, got, want)
		}
	}
}

func TestParseAct(t *testing.T) {
	tests := []struct {
		in   string
		want Act
	}{
		{"ratification", Ratification},
		{" Accession ", Accession},
		{"ACCEPTANCE", Acceptance},
		{"approval", Approval},
		{"Succession\u00a0", Succession},
		// The UN Treaty Collection's marks, case-sensitive.
		{"a", Accession},
		{"A", Acceptance},
		{"AA", Approval},
		{"d", Succession},
		{" (a) ", Accession},
		{"(AA)", Approval},
	}
	for _, tt := range tests {
		if got, err := ParseAct(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseAct(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
	bad := []struct {
		in   string
		kind error
		at   int
	}{
		{"", ErrSyntax, 0},
		{"  ", ErrSyntax, 2},
		{"aa", ErrSyntax, 0},
		{"Aa", ErrSyntax, 0},
		{"D", ErrSyntax, 0},
		{"()", ErrSyntax, 0},
		{"(a", ErrSyntax, 0},
		{"ratified", ErrSyntax, 0},
		{" c", ErrUnknown, 1},
		{"s", ErrUnknown, 0},
		{"(c)", ErrUnknown, 0},
		{string(make([]byte, 65)), ErrRange, 64},
	}
	for _, tt := range bad {
		a, err := ParseAct(tt.in)
		pe, ok := errors.AsType[*ParseError](err)
		if a != 0 || !ok || !errors.Is(err, tt.kind) || pe.Offset != tt.at || pe.Func != "convention.ParseAct" || pe.Input != tt.in {
			t.Errorf("ParseAct(%q) = %v, %v, want a *ParseError wrapping %v at %d", tt.in, a, err, tt.kind, tt.at)
		}
	}
}

func TestCertaintyString(t *testing.T) {
	for c, want := range map[Certainty]string{
		Impossible: "impossible", Possible: "possible", Certain: "certain", 0: "%!Certainty(0)", 4: "%!Certainty(4)",
	} {
		if got := c.String(); got != want {
			t.Errorf("Certainty(%d).String() = %q, want %q", c, got, want)
		}
	}
}

func TestParseActAllocs(t *testing.T) {
	var sink Act
	for _, in := range []string{"accession", "AA", " Ratification "} {
		if n := testing.AllocsPerRun(100, func() { sink, _ = ParseAct(in) }); n != 0 {
			t.Errorf("ParseAct(%q) allocates %v times, want 0", in, n)
		}
	}
	_ = sink
}

func BenchmarkParseAct(b *testing.B) {
	b.ReportAllocs()
	var n int
	for b.Loop() {
		a, _ := ParseAct("AA")
		n += int(a)
	}
}

func BenchmarkPartyBy(b *testing.B) {
	s, d := MustParseState("TON"), utcDay("2020-02-15")
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n += int(s.PartyBy(d))
	}
}

func BenchmarkPartiesAt(b *testing.B) {
	d := utcDay("2020-01-01")
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n += PartiesAt(d).Certain
	}
}

// TestPartyDatesEvidence checks each party's date against every piece of
// evidence in party_dates_evidence.csv that names the same act: the date
// lies within each bound the evidence gives. (Rows of another act, such as
// the Treaty Collection's 2023 entry for Bhutan, are the conflicts the
// evidence file discusses, and rows of low confidence, which the data do not
// rely on: Matangi Tonga's 23 August 2015 for Tuvalu, a rewritten article's
// 6 February 2020 for Tonga, the reading of "joining the 175" for South
// Sudan.)
func TestPartyDatesEvidence(t *testing.T) {
	checked := 0
	for i, r := range readStatesCSV(t, "party_dates_evidence.csv") {
		if r["act"] == "" || (r["earliest"] == "" && r["latest"] == "") || strings.HasPrefix(r["confidence"], "low") {
			continue
		}
		p, ok := MustParseState(r["alpha3"]).Party()
		if !ok || p.Act.String() != r["act"] {
			continue
		}
		checked++
		if e := r["earliest"]; e != "" && p.Date.Earliest.Before(utcDay(e)) {
			t.Errorf("record %d (%s): Date %v starts before the evidence's %s (%s)", i+1, r["alpha3"], p.Date, e, r["source"])
		}
		if l := r["latest"]; l != "" && p.Date.Latest.After(utcDay(l)) {
			t.Errorf("record %d (%s): Date %v ends after the evidence's %s (%s)", i+1, r["alpha3"], p.Date, l, r["source"])
		}
	}
	if checked < 15 {
		t.Errorf("only %d evidence rows checked", checked)
	}
}
