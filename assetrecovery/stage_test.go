package assetrecovery

import (
	"encoding"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/uncac-go/uncac/convention"
)

// textType describes one enumeration of a case for the text rule: for every
// valid value MarshalText == String and reads back; zero marshals to "" and
// prints %!T(0); invalid values refuse to marshal and print %!T(n).
type textType struct {
	name    string
	values  []fmt.Stringer
	parse   func(string) (fmt.Stringer, error)
	invalid interface {
		fmt.Stringer
		encoding.TextMarshaler
	}
	zero interface {
		fmt.Stringer
		encoding.TextMarshaler
	}
	fresh func() encoding.TextUnmarshaler
}

func TestEnumText(t *testing.T) {
	types := []textType{
		{"Stage", []fmt.Stringer{Identified, Frozen, Confiscated, Agreed, Returned, Transferred},
			func(s string) (fmt.Stringer, error) { return ParseStage(s) }, Stage(7), Stage(0),
			func() encoding.TextUnmarshaler { return new(Stage) }},
		{"Avenue", []fmt.Stringer{CriminalConfiscation, NonConvictionBased, CivilAction, Settlement, Administrative},
			func(s string) (fmt.Stringer, error) { return ParseAvenue(s) }, Avenue(6), Avenue(0),
			func() encoding.TextUnmarshaler { return new(Avenue) }},
		{"Basis", []fmt.Stringer{EmbezzledPublicFunds, OtherOffences, OtherCases},
			func(s string) (fmt.Stringer, error) { return ParseBasis(s) }, Basis(4), Basis(0),
			func() encoding.TextUnmarshaler { return new(Basis) }},
	}
	for _, tt := range types {
		t.Run(tt.name, func(t *testing.T) {
			for _, v := range tt.values {
				text, err := v.(encoding.TextMarshaler).MarshalText()
				if err != nil || string(text) != v.String() {
					t.Errorf("%v.MarshalText() = %q, %v, want String", v, text, err)
				}
				for _, form := range []string{v.String(), strings.ToUpper(v.String()), " " + strings.ReplaceAll(v.String(), " ", "\u00a0 ") + "\t"} {
					p, err := tt.parse(form)
					if err != nil || p != v {
						t.Errorf("Parse(%q) = %v, %v, want %v", form, p, err, v)
					}
				}
				u := tt.fresh()
				if err := u.UnmarshalText(text); err != nil || fmt.Sprint(u) != fmt.Sprint(&v) && u.(fmt.Stringer).String() != v.String() {
					t.Errorf("UnmarshalText(%q) = %v, %v", text, u, err)
				}
			}
			if b, err := tt.zero.MarshalText(); err != nil || len(b) != 0 || tt.zero.String() != "%!"+tt.name+"(0)" {
				t.Errorf("zero: MarshalText = %q, %v; String = %q", b, err, tt.zero)
			}
			if _, err := tt.invalid.MarshalText(); !errors.Is(err, convention.ErrInvalid) {
				t.Errorf("invalid %v: MarshalText error = %v, want convention.ErrInvalid", tt.invalid, err)
			}
			if !strings.HasPrefix(tt.invalid.String(), "%!"+tt.name+"(") {
				t.Errorf("invalid prints %q", tt.invalid)
			}
			u := tt.fresh()
			if err := u.UnmarshalText(nil); err != nil || u.(fmt.Stringer).String() != tt.zero.String() {
				t.Errorf("UnmarshalText(empty) = %v, %v", u, err)
			}
			for _, bad := range []string{"", "nothing", strings.Repeat("x", 65)} {
				if _, err := tt.parse(bad); err == nil {
					t.Errorf("Parse(%q) succeeded", bad)
				} else if _, ok := errors.AsType[*convention.ParseError](err); !ok {
					t.Errorf("Parse(%q) error %T", bad, err)
				}
			}
		})
	}
}

// TestParseStageWords checks the words sources use for the stages.
func TestParseStageWords(t *testing.T) {
	tests := []struct {
		in   string
		want Stage
	}{
		{"restitution", Returned}, {"repatriation", Returned}, {"repatriated", Returned}, {"Return", Returned},
		{"forfeiture", Confiscated}, {"confiscation order", Confiscated}, {"Forfeiture Judgment", Confiscated},
		{"civil recovery", Confiscated}, {"forfeited", Confiscated},
		{"restraint", Frozen}, {"seizure", Frozen}, {"frozen", Frozen}, {"seized", Frozen},
		{"restitution agreement", Agreed}, {"repatriation  agreement", Agreed}, {"distribution agreement", Agreed},
		{"transferred", Transferred}, {"transfer", Transferred},
		{"identified", Identified},
		{"Preservation order", Frozen}, {"provisional attachment", Frozen}, {"sequestration", Frozen}, {"freezing", Frozen},
		{"civil forfeiture", Confiscated}, {"Non-conviction based forfeiture", Confiscated}, {"NCB confiscation", Confiscated},
		{"confiscation judgement", Confiscated}, {"located", Identified},
		// Stage words inside phrases.
		{"final forfeiture", Confiscated}, {"final forfeiture order", Confiscated}, {"confiscation of assets", Confiscated},
		{"interim freeze", Frozen}, {"asset freeze", Frozen}, {"frozen assets", Frozen}, {"freezing injunction", Frozen},
		{"Mareva injunction", Frozen}, {"blocked funds", Frozen}, {"assets seized in 2015", Frozen},
		{"agreement signed", Agreed}, {"memorandum of understanding", Agreed}, {"MoU", Agreed},
		{"framework agreement", Agreed}, {"agreement to return the assets", Agreed},
		{"returned to the country of origin", Returned}, {"repatriated to Nigeria", Returned},
		{"the return of the funds to Nigeria", Returned}, {"handed over", Returned}, {"partially returned", Returned},
		{"transferred to the United States", Transferred}, {"frozen or seized", Frozen},
		{"final in rem forfeiture order", Confiscated}, {"frozen funds of the accounts", Frozen},
	}
	for _, tt := range tests {
		if got, err := ParseStage(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseStage(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
	// Words around no stage word, and words that deny or undo a stage.
	for _, in := range []string{"appealed", "not returned", "freeze lifted", "order to return", "assets", "order",
		"the", "to Nigeria", "final", "return refused", "injunction"} {
		if got, err := ParseStage(in); !errors.Is(err, convention.ErrSyntax) {
			t.Errorf("ParseStage(%q) = %v, %v, want a syntax error", in, got, err)
		}
	}
	for _, in := range []string{"recovered", " Recovery ", "recovered assets", "released", "funds unfrozen"} {
		if _, err := ParseStage(in); !errors.Is(err, convention.ErrAmbiguous) {
			t.Errorf("ParseStage(%q) error = %v, want ErrAmbiguous", in, err)
		}
	}
}

// TestParseAllocations checks that the parsers of small closed sets
// allocate nothing on a hit.
func TestParseAllocations(t *testing.T) {
	for _, f := range []struct {
		name string
		fn   func()
	}{
		{"ParseCurrency", func() { _, _ = ParseCurrency(" usd ") }},
		{"ParseStage", func() { _, _ = ParseStage("Confiscation order") }},
		{"ParseStage name", func() { _, _ = ParseStage("frozen or seized") }},
		{"ParseAvenue", func() { _, _ = ParseAvenue("NCB") }},
		{"ParseBasis", func() { _, _ = ParseBasis("other cases") }},
	} {
		if n := testing.AllocsPerRun(100, f.fn); n != 0 {
			t.Errorf("%s: %v allocations on a hit, want 0", f.name, n)
		}
	}
}

func BenchmarkParseSmallSets(b *testing.B) {
	mb := strings.Repeat("x", 1<<20)
	for _, bm := range []struct {
		name string
		fn   func()
	}{
		{"Currency", func() { _, _ = ParseCurrency("usd") }},
		{"Currency/withdrawn", func() { _, _ = ParseCurrency("DEM") }},
		{"Stage", func() { _, _ = ParseStage("confiscated or forfeited") }},
		{"Stage/word", func() { _, _ = ParseStage("restitution agreement") }},
		{"Avenue", func() { _, _ = ParseAvenue("civil action") }},
		{"Stage/worst", func() { _, _ = ParseStage(mb) }},
		{"Currency/worst", func() { _, _ = ParseCurrency(mb) }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bm.fn()
			}
		})
	}
}

func FuzzParseStage(f *testing.F) {
	for _, s := range []string{"returned", "Restitution", "frozen or seized", "civil recovery", "x", "", "return  agreed",
		"final forfeiture order", "returned to Nigeria", "unknown", "n/a", "MLA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []func(string) (fmt.Stringer, error){
			func(s string) (fmt.Stringer, error) { return ParseStage(s) },
			func(s string) (fmt.Stringer, error) { return ParseAvenue(s) },
			func(s string) (fmt.Stringer, error) { return ParseBasis(s) },
		} {
			v, err := p(s)
			if err != nil || v == Avenue(0) {
				continue // the zero Avenue, "not known", has no name to read back
			}
			back, err := p(v.String())
			if err != nil || back != v {
				t.Fatalf("Parse(%q) = %v; Parse(%q) = %v, %v", s, v, v.String(), back, err)
			}
		}
	})
}

// TestParseAvenueWords checks the words sources use for the avenues.
func TestParseAvenueWords(t *testing.T) {
	tests := []struct {
		in   string
		want Avenue
	}{
		{"NCB", NonConvictionBased}, {"civil forfeiture", NonConvictionBased}, {"In rem forfeiture", NonConvictionBased},
		{"civil recovery", NonConvictionBased}, {"criminal forfeiture", CriminalConfiscation},
		{"civil suit", CivilAction}, {"private civil action", CivilAction},
		{"Deferred Prosecution Agreement", Settlement}, {"plea agreement", Settlement},
		{"voluntary return", Administrative}, {"administrative confiscation", Administrative},
		{"direct recovery", CivilAction}, {"article 53", CivilAction}, {"in rem", NonConvictionBased},
		{"in personam", CriminalConfiscation}, {"DPA", Settlement}, {"out-of-court settlement", Settlement},
		// Not known: the zero Avenue.
		{"unknown", 0}, {"Not known", 0}, {"n/a", 0}, {"N/A", 0}, {"—", 0}, {" not stated ", 0},
	}
	for _, tt := range tests {
		if got, err := ParseAvenue(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseAvenue(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"MLA", "mutual legal assistance", "article 55"} {
		if got, err := ParseAvenue(in); !errors.Is(err, convention.ErrAmbiguous) {
			t.Errorf("ParseAvenue(%q) = %v, %v, want ErrAmbiguous", in, got, err)
		}
	}
	for _, in := range []string{"compensation", "unknown avenue", "article 54(1)", ""} {
		if got, err := ParseAvenue(in); !errors.Is(err, convention.ErrSyntax) {
			t.Errorf("ParseAvenue(%q) = %v, %v, want ErrSyntax", in, got, err)
		}
	}
}
