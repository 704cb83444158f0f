package assetrecovery

import (
	"encoding"
	"errors"
	"fmt"
	"testing"

	"github.com/uncac-go/uncac/convention"
)

// enumCase describes one enumeration for the shared checks.
type enumCase struct {
	name    string
	values  []fmt.Stringer
	strings []string
	parse   func(string) (fmt.Stringer, error)
	invalid fmt.Stringer // an out-of-range value
	zero    encoding.TextMarshaler
	fresh   func() encoding.TextUnmarshaler
}

func TestEnums(t *testing.T) {
	enums := []enumCase{
		{
			name:    "Stage",
			values:  []fmt.Stringer{Identified, Frozen, Confiscated, Returned},
			strings: []string{"identified", "frozen or seized", "confiscated or forfeited", "returned"},
			parse:   func(s string) (fmt.Stringer, error) { return ParseStage(s) },
			invalid: Stage(9), zero: Stage(0),
			fresh: func() encoding.TextUnmarshaler { return new(Stage) },
		},
		{
			name:    "Avenue",
			values:  []fmt.Stringer{CriminalConfiscation, NonConvictionBased, CivilAction, Settlement, Administrative},
			strings: []string{"criminal confiscation", "non-conviction-based confiscation", "civil action", "settlement", "administrative"},
			parse:   func(s string) (fmt.Stringer, error) { return ParseAvenue(s) },
			invalid: Avenue(6), zero: Avenue(0),
			fresh: func() encoding.TextUnmarshaler { return new(Avenue) },
		},
		{
			name:    "Basis",
			values:  []fmt.Stringer{EmbezzledPublicFunds, OtherOffences, OtherCases},
			strings: []string{"embezzled public funds", "other offences", "other cases"},
			parse:   func(s string) (fmt.Stringer, error) { return ParseBasis(s) },
			invalid: Basis(4), zero: Basis(0),
			fresh: func() encoding.TextUnmarshaler { return new(Basis) },
		},
		{
			name:    "Kind",
			values:  []fmt.Stringer{KindCurrency, KindFund, KindSpecial},
			strings: []string{"currency", "fund", "special"},
			parse:   func(s string) (fmt.Stringer, error) { return ParseKind(s) },
			invalid: Kind(200), zero: Kind(0),
			fresh: func() encoding.TextUnmarshaler { return new(Kind) },
		},
	}
	for _, e := range enums {
		t.Run(e.name, func(t *testing.T) {
			for i, v := range e.values {
				if got := v.String(); got != e.strings[i] {
					t.Errorf("%s(%d).String() = %q, want %q", e.name, i+1, got, e.strings[i])
				}
				for _, in := range []string{e.strings[i], " " + upperASCII(e.strings[i]) + " "} {
					p, err := e.parse(in)
					if err != nil || p != v {
						t.Errorf("Parse%s(%q) = %v, %v, want %v", e.name, in, p, err, v)
					}
				}
				b, err := v.(encoding.TextMarshaler).MarshalText()
				if err != nil || string(b) != e.strings[i] {
					t.Errorf("%v.MarshalText() = %q, %v", v, b, err)
				}
				u := e.fresh()
				if err := u.UnmarshalText(b); err != nil || fmt.Sprint(u) != v.String() {
					t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, u, err, v)
				}
			}
			if got, want := e.invalid.String(), fmt.Sprintf("%%!%s(%d)", e.name, toInt(e.invalid)); got != want {
				t.Errorf("invalid String() = %q, want %q", got, want)
			}
			if got, want := fmt.Sprint(e.zero), fmt.Sprintf("%%!%s(0)", e.name); got != want {
				t.Errorf("zero String() = %q, want %q", got, want)
			}
			if _, err := e.invalid.(encoding.TextMarshaler).MarshalText(); !errors.Is(err, ErrInvalid) {
				t.Errorf("MarshalText of %v: %v, want ErrInvalid", e.invalid, err)
			}
			if b, err := e.zero.MarshalText(); err != nil || len(b) != 0 {
				t.Errorf("zero MarshalText() = %q, %v, want empty", b, err)
			}
			u := e.fresh()
			if err := u.UnmarshalText(nil); err != nil || fmt.Sprint(u) != fmt.Sprint(e.zero) {
				t.Errorf("UnmarshalText(empty) = %v, %v, want zero", u, err)
			}
			for _, bad := range []string{"", "nonsense", e.strings[0] + "x"} {
				if _, err := e.parse(bad); !errors.Is(err, ErrSyntax) {
					t.Errorf("Parse%s(%q) error = %v, want ErrSyntax", e.name, bad, err)
				}
			}
			if err := e.fresh().UnmarshalText([]byte("nonsense")); !errors.Is(err, ErrSyntax) {
				t.Errorf("UnmarshalText(nonsense) = %v, want ErrSyntax", err)
			}
		})
	}
}

func toInt(v fmt.Stringer) int {
	switch v := v.(type) {
	case Stage:
		return int(v)
	case Avenue:
		return int(v)
	case Basis:
		return int(v)
	case Kind:
		return int(v)
	}
	return -1
}

func upperASCII(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] = upper(b[i])
	}
	return string(b)
}

func TestEnumAliases(t *testing.T) {
	tests := []struct {
		in   string
		want fmt.Stringer
	}{
		{"frozen", Frozen}, {"Seized", Frozen}, {"confiscated", Confiscated}, {"forfeited", Confiscated},
		{"NCB", NonConvictionBased}, {"ncb", NonConvictionBased}, {"civil", CivilAction}, {"criminal", CriminalConfiscation},
		{"art. 57(3)(a)", EmbezzledPublicFunds}, {"article 57, paragraph 3 (b)", OtherOffences}, {"57(3)(c)", OtherCases},
	}
	for _, tt := range tests {
		var got fmt.Stringer
		var err error
		switch tt.want.(type) {
		case Stage:
			got, err = ParseStage(tt.in)
		case Avenue:
			got, err = ParseAvenue(tt.in)
		case Basis:
			got, err = ParseBasis(tt.in)
		}
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
	// A citation of another provision is not a basis.
	if _, err := ParseBasis("art. 57(4)"); !errors.Is(err, ErrSyntax) {
		t.Errorf("ParseBasis(art. 57(4)) error = %v, want ErrSyntax", err)
	}
}

func TestStageOrder(t *testing.T) {
	var prev Stage
	n := 0
	for s := range Stages() {
		if s.Compare(prev) != 1 || prev.Compare(s) != -1 || s.Compare(s) != 0 {
			t.Errorf("Compare(%v, %v) wrong", prev, s)
		}
		prev = s
		n++
	}
	if n != NumStages {
		t.Errorf("Stages() yields %d, want %d", n, NumStages)
	}
	count := func(seq func(func(Avenue) bool)) (k int) {
		for range seq {
			k++
		}
		return
	}
	if k := count(Avenues()); k != 5 {
		t.Errorf("Avenues() yields %d, want 5", k)
	}
}

func TestBasisRef(t *testing.T) {
	for b := range Bases() {
		r := b.Ref()
		want := convention.MustParseRef("art. 57(3)(" + string(rune('a'+b-1)) + ")")
		if r != want {
			t.Errorf("%v.Ref() = %v, want %v", b, r, want)
		}
		if got, ok := BasisOf(r); !ok || got != b {
			t.Errorf("BasisOf(%v) = %v, %v, want %v", r, got, ok, b)
		}
	}
	if r := Basis(0).Ref(); r.IsValid() {
		t.Errorf("Basis(0).Ref() = %v, want the zero Ref", r)
	}
	for _, s := range []string{"art. 57(3)", "art. 57(4)", "art. 17", "art. 57"} {
		if b, ok := BasisOf(convention.MustParseRef(s)); ok {
			t.Errorf("BasisOf(%s) = %v, true; want false", s, b)
		}
	}
}
