package review

import (
	"encoding"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/testrace"
)

// textValue is a value of one of the package's types with a text form.
type textValue interface {
	fmt.Stringer
	encoding.TextMarshaler
}

// checkText checks the module's text rule for v, whose zero-ness and
// validity the caller gives; unmarshal reads text into a fresh value of v's
// type and returns it.
func checkText(t *testing.T, v textValue, zero, valid bool, typ string, n int, unmarshal func([]byte) (textValue, error)) {
	t.Helper()
	b, err := v.MarshalText()
	switch {
	case zero:
		if err != nil || len(b) != 0 {
			t.Errorf("zero %s: MarshalText = %q, %v; want empty", typ, b, err)
		}
		if got, want := v.String(), "%!"+typ+"(0)"; got != want {
			t.Errorf("zero %s: String = %q, want %q", typ, got, want)
		}
		got, err := unmarshal(nil)
		if err != nil || got != v {
			t.Errorf("%s.UnmarshalText(\"\") = %v, %v; want the zero value", typ, got, err)
		}
	case valid:
		if err != nil || string(b) != v.String() {
			t.Errorf("%v: MarshalText = %q, %v; want String %q", v, b, err, v.String())
		}
		got, err := unmarshal(b)
		if err != nil || got != v {
			t.Errorf("%s.UnmarshalText(%q) = %v, %v; want %v", typ, b, got, err, v)
		}
	default:
		if err == nil {
			t.Errorf("invalid %s %v: MarshalText = %q, want an error", typ, v, b)
		}
		if n >= 0 {
			if got, want := v.String(), fmt.Sprintf("%%!%s(%d)", typ, n); got != want {
				t.Errorf("invalid %s: String = %q, want %q", typ, got, want)
			}
		}
	}
}

// TestTextRule walks every value of every type with a text form and checks
// the rule: valid values marshal to what String prints and read back equal;
// the zero value marshals to "" and reads back from it; other values refuse
// to marshal and print as %!Type(n).
func TestTextRule(t *testing.T) {
	for i := range 256 {
		c := Cycle(i)
		checkText(t, c, i == 0, c.IsValid(), "Cycle", i, func(b []byte) (textValue, error) {
			var v Cycle
			err := v.UnmarshalText(b)
			return v, err
		})
		m := Milestone(i)
		checkText(t, m, i == 0, m.IsValid(), "Milestone", i, func(b []byte) (textValue, error) {
			var v Milestone
			err := v.UnmarshalText(b)
			return v, err
		})
		k := FindingKind(i)
		checkText(t, k, i == 0, k.IsValid(), "FindingKind", i, func(b []byte) (textValue, error) {
			var v FindingKind
			err := v.UnmarshalText(b)
			return v, err
		})
	}
	unmarshalID := func(b []byte) (textValue, error) {
		var v ID
		err := v.UnmarshalText(b)
		return v, err
	}
	checkText(t, ID{}, true, false, "ID", 0, unmarshalID)
	for s := range convention.States() {
		for c := range Cycle(4) {
			id := ID{s, c}
			checkText(t, id, false, c.IsValid(), "ID", -1, unmarshalID)
		}
	}
	checkText(t, ID{Cycle: First}, false, false, "ID", -1, unmarshalID)
	if got, want := (ID{st("KEN"), 9}).String(), "KEN/%!Cycle(9)"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}

func TestParse(t *testing.T) {
	long := strings.Repeat("first ", 20)
	tests := []struct {
		name  string
		parse func(string) (any, error)
		in    string
		want  any
		err   error
		off   int
	}{
		{"cycle", cyc, "first", First, nil, 0},
		{"cycle as String prints it", cyc, "second cycle", Second, nil, 0},
		{"cycle with article and review", cyc, "The First Review Cycle", First, nil, 0},
		{"cycle by number", cyc, "cycle 2", Second, nil, 0},
		{"cycle by numeral", cyc, "II", Second, nil, 0},
		{"cycle with no-break and thin spaces", cyc, "\u00a0second\u2009cycle\u2009", Second, nil, 0},
		{"cycle unknown", cyc, " third", nil, convention.ErrUnknown, 1},
		{"cycle 0", cyc, "0", nil, convention.ErrUnknown, 0},
		{"cycle empty", cyc, "", nil, convention.ErrUnknown, 0},
		{"cycle too long", cyc, long, nil, convention.ErrRange, 64},
		{"milestone", ms, "summary finalized", SummaryFinalized, nil, 0},
		{"milestone with underscores", ms, "Summary_Finalized", SummaryFinalized, nil, 0},
		{"milestone with a hyphen", ms, "focal-point", FocalPoint, nil, 0},
		{"milestone without its hyphen", ms, "self assessment", SelfAssessment, nil, 0},
		{"milestone in capitals, spaced", ms, " DESK  REVIEW ", DeskReview, nil, 0},
		{"milestone none is no milestone", ms, "none", nil, convention.ErrUnknown, 0},
		{"milestone unknown", ms, "visited", nil, convention.ErrUnknown, 0},
		{"milestone too long", ms, long, nil, convention.ErrRange, 64},
		{"kind", fk, "challenge", Challenge, nil, 0},
		{"kind plural, hyphenated", fk, "Good-Practices", GoodPractice, nil, 0},
		{"kind with underscore", fk, "assistance_need", AssistanceNeed, nil, 0},
		{"kind unknown", fk, "observation", nil, convention.ErrUnknown, 0},
		{"kind too long", fk, long, nil, convention.ErrRange, 64},
		{"ID", pid, "KEN/first", ID{st("KEN"), First}, nil, 0},
		{"ID in lower case by number", pid, "ken/1", ID{st("KEN"), First}, nil, 0},
		{"ID spaced, cycle as String prints it", pid, " KEN / second cycle", ID{st("KEN"), Second}, nil, 0},
		{"ID of the European Union", pid, "EUU/II", ID{st("EUU"), Second}, nil, 0},
		{"ID without slash", pid, "KEN", nil, convention.ErrSyntax, 3},
		{"ID empty", pid, "", nil, convention.ErrSyntax, 0},
		{"ID unknown State", pid, "XYZ/first", nil, convention.ErrUnknown, 0},
		{"ID malformed State", pid, "KE/first", nil, convention.ErrSyntax, 2},
		{"ID unknown cycle", pid, "KEN/third", nil, convention.ErrUnknown, 4},
		{"ID two slashes", pid, "KEN/first/second", nil, convention.ErrUnknown, 4},
		{"ID too long", pid, "KEN/" + long + long, nil, convention.ErrRange, 128},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.parse(tt.in)
			if tt.err == nil {
				if err != nil || got != tt.want {
					t.Errorf("parse(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
				}
				return
			}
			pe, ok := errors.AsType[*convention.ParseError](err)
			if !ok || !errors.Is(err, tt.err) || pe.Offset != tt.off || pe.Input != tt.in || !strings.HasPrefix(pe.Func, "review.Parse") {
				t.Errorf("parse(%q) error = %#v, want a *convention.ParseError wrapping %v at offset %d", tt.in, err, tt.err, tt.off)
			}
		})
	}
}

func cyc(s string) (any, error) {
	v, err := ParseCycle(s)
	if err != nil {
		return nil, err
	}
	return v, nil
}

func ms(s string) (any, error) {
	v, err := ParseMilestone(s)
	if err != nil {
		return nil, err
	}
	return v, nil
}

func fk(s string) (any, error) {
	v, err := ParseFindingKind(s)
	if err != nil {
		return nil, err
	}
	return v, nil
}

func pid(s string) (any, error) {
	v, err := ParseID(s)
	if err != nil {
		return nil, err
	}
	return v, nil
}

// TestParseAllocs checks that the parsers of small closed sets allocate
// nothing when they succeed.
func TestParseAllocs(t *testing.T) {
	for _, tt := range []struct {
		name string
		f    func()
	}{
		{"ParseCycle", func() { _, _ = ParseCycle("the Second Review Cycle") }},
		{"ParseMilestone", func() { _, _ = ParseMilestone("Summary_Finalized") }},
		{"ParseFindingKind", func() { _, _ = ParseFindingKind("good practices") }},
		{"ParseID", func() { _, _ = ParseID("ken/second cycle") }},
	} {
		if n := testing.AllocsPerRun(100, tt.f); n != 0 {
			t.Errorf("%s allocates %v times per call, want 0", tt.name, n)
		}
	}
}

func TestCycleCoverage(t *testing.T) {
	tests := []struct {
		c    Cycle
		want []convention.Chapter
	}{
		{First, []convention.Chapter{convention.Criminalization, convention.InternationalCooperation}},
		{Second, []convention.Chapter{convention.PreventiveMeasures, convention.AssetRecovery}},
		{0, nil},
		{9, nil},
	}
	for _, tt := range tests {
		var got []convention.Chapter
		for ch := range tt.c.Chapters() {
			got = append(got, ch)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%v.Chapters() = %v, want %v", tt.c, got, tt.want)
		}
		for ch := range convention.Chapters() {
			want := slices.Contains(tt.want, ch)
			if got := tt.c.Covers(ch); got != want {
				t.Errorf("%v.Covers(%v) = %v, want %v", tt.c, ch, got, want)
			}
		}
		if tt.c.Covers(0) {
			t.Errorf("%v.Covers(0) = true", tt.c)
		}
	}
	for c := range Cycles() {
		if c.Compare(c) != 0 || (c > 1 && c.Compare(c-1) != 1) || c.Compare(c+1) != -1 {
			t.Errorf("%v.Compare is not the order of cycles", c)
		}
	}
	if !(Drawn.Compare(Published) < 0 && Published.Compare(Drawn) > 0 && Drawn.Compare(Drawn) == 0) {
		t.Error("Milestone.Compare disagrees with the order of milestones")
	}
}

// TestMechanismDates checks the Mechanism's dates against each other and
// against the facts that users compare them with: the Mechanism was
// established in 2009, before any cycle's reviews began, and each cycle's
// reviews began after the previous cycle's.
func TestMechanismDates(t *testing.T) {
	est := MechanismEstablished()
	if got, want := est.String(), "2009-11-09..2009-11-13"; got != want {
		t.Errorf("MechanismEstablished() = %s, want %s (the third session of the Conference, Doha)", got, want)
	}
	tests := []struct {
		c     Cycle
		began string
		years int
	}{
		{First, "2010-06-28..2010-07-02", 5},
		{Second, "2015-11-02..2019-03-20", 5},
		{0, "", 0},
		{NumCycles + 1, "", 0},
	}
	prev := est
	for _, tt := range tests {
		b := tt.c.ReviewsBegan()
		if got := b.String(); tt.began != "" && got != tt.began || tt.began == "" && b != (convention.DateRange{}) {
			t.Errorf("%v.ReviewsBegan() = %q, want %q", tt.c, got, tt.began)
		}
		if got := tt.c.PlannedYears(); got != tt.years {
			t.Errorf("%v.PlannedYears() = %d, want %d", tt.c, got, tt.years)
		}
		if !tt.c.IsValid() {
			continue
		}
		if !b.Earliest.After(prev.Latest) || b.Latest.Before(b.Earliest) {
			t.Errorf("%v.ReviewsBegan() = %v, not after %v", tt.c, b, prev)
		}
		prev = b
		if got := lotsFrom(tt.c); got != b.Earliest.Year() {
			t.Errorf("lotsFrom(%v) = %d, want %d", tt.c, got, b.Earliest.Year())
		}
	}
	if lotsFrom(0) != 2010 {
		t.Errorf("lotsFrom(0) = %d, want the first cycle's 2010", lotsFrom(0))
	}
}

// TestParseHuge checks that every parser refuses a 1 MB input at once,
// without reading it: the error wraps convention.ErrRange and costs a few
// allocations, whatever the length.
func TestParseHuge(t *testing.T) {
	huge := strings.Repeat("first ", 1<<20/6)
	for _, tt := range []struct {
		name  string
		parse func(string) (any, error)
	}{{"ParseCycle", cyc}, {"ParseMilestone", ms}, {"ParseFindingKind", fk}, {"ParseID", pid}} {
		if _, err := tt.parse(huge); !errors.Is(err, convention.ErrRange) {
			t.Errorf("%s(1 MB) error = %v, want convention.ErrRange", tt.name, err)
		}
		if n := testing.AllocsPerRun(10, func() { _, _ = tt.parse(huge) }); n > 5 && !testrace.Enabled {
			t.Errorf("%s(1 MB) allocates %v times, want at most 5", tt.name, n)
		}
	}
}

// TestParseWordsOfReports checks the other names reports and trackers give
// cycles, milestones and kinds of finding.
func TestParseWordsOfReports(t *testing.T) {
	milestones := map[string]Milestone{
		"draw of lots": Drawn, "Focal point appointed": FocalPoint, "self-assessment checklist": SelfAssessment,
		"checklist submitted": SelfAssessment, "joint meeting": CountryVisit, "direct dialogue": CountryVisit,
		"country visit conducted": CountryVisit, "Executive summary": SummaryFinalized,
		"executive summary finalized": SummaryFinalized, "country report": ReportFinalized,
		"final country review report": ReportFinalized, "country report published": Published,
		"desk review completed": DeskReview,
	}
	for in, want := range milestones {
		if got, err := ParseMilestone(in); err != nil || got != want {
			t.Errorf("ParseMilestone(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	kinds := map[string]FindingKind{
		"recommendations": Challenge, "Challenges in implementation": Challenge,
		"Successes and good practices": GoodPractice, "technical assistance needs": AssistanceNeed,
		"TA need": AssistanceNeed, "needs": AssistanceNeed,
	}
	for in, want := range kinds {
		if got, err := ParseFindingKind(in); err != nil || got != want {
			t.Errorf("ParseFindingKind(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, want := range map[string]Cycle{"1st cycle": 1, "the 2nd review cycle": 2} {
		if got, err := ParseCycle(in); err != nil || got != want {
			t.Errorf("ParseCycle(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	// Steps that are no milestone, a word of completion alone, and a
	// milestone's name with a word that does not say it was reached.
	for _, in := range []string{"kick-off", "completed", "country visit planned", "summary", "3rd cycle"} {
		_, err1 := ParseMilestone(in)
		_, err2 := ParseCycle(in)
		if !errors.Is(err1, convention.ErrUnknown) || !errors.Is(err2, convention.ErrUnknown) {
			t.Errorf("ParseMilestone(%q), ParseCycle(%q) = %v, %v; want unknown", in, in, err1, err2)
		}
	}
}
