package convention

import (
	"errors"
	"testing"
)

// FuzzParseState checks that no input panics, that every error is a
// *ParseError of a known kind pointing into the input, and that every parsed
// State round-trips through String and MarshalText/UnmarshalText.
func FuzzParseState(f *testing.F) {
	for _, s := range []string{
		"KEN", "ken", " Ken ", "EUU", "JEY", "ZWE", "ABW", "XYZ", "KE", "KENY", "K3N", "KÉN",
		"", " ", "\u00a0KEN\u202f", "\xff\xfe\xfd", "kEn\t", "AAA", "ZZZ", "@[`",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ParseState(in)
		if err != nil {
			pe, ok := errors.AsType[*ParseError](err)
			if !ok {
				t.Fatalf("ParseState(%q) error %T, want *ParseError", in, err)
			}
			if pe.Input != in || pe.Offset < 0 || pe.Offset > len(in) || pe.Func != "convention.ParseState" ||
				!(errors.Is(err, ErrSyntax) || errors.Is(err, ErrUnknown) || errors.Is(err, ErrRange) && len(in) > 64) {
				t.Fatalf("ParseState(%q) error = %#v", in, pe)
			}
			if s.IsValid() {
				t.Fatalf("ParseState(%q) = %v with error", in, s)
			}
			return
		}
		if !s.IsValid() || s.Index() < 0 || s.Index() >= NumStates {
			t.Fatalf("ParseState(%q) = invalid State %#v without error", in, s)
		}
		if back, err := ParseState(s.String()); err != nil || back != s {
			t.Fatalf("ParseState(%q) = %v, %v, want %v", s.String(), back, err, s)
		}
		b, err := s.MarshalText()
		if err != nil || string(b) != s.String() {
			t.Fatalf("%v.MarshalText() = %q, %v", s, b, err)
		}
		var back State
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Fatalf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, s)
		}
		if at, ok := StateAt(s.Index()); !ok || at != s {
			t.Fatalf("StateAt(%d) = %v, want %v", s.Index(), at, s)
		}
	})
}

// FuzzParseDateRange checks that no input panics, that every error is a
// *ParseError of a known kind, and that every parsed range is valid and
// round-trips through String and MarshalText/UnmarshalText.
func FuzzParseDateRange(f *testing.F) {
	for _, s := range []string{"2008-08-25", "2014-07-11..2018-06-30", "2018-06-30..2014-07-11", "..", "", "2020-02-30", " 0000-01-01..9999-12-31 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r, err := ParseDateRange(in)
		if err != nil {
			pe, ok := errors.AsType[*ParseError](err)
			if !ok || pe.Input != in || pe.Offset < 0 || pe.Offset > len(in) || !(errors.Is(err, ErrSyntax) || errors.Is(err, ErrRange)) {
				t.Fatalf("ParseDateRange(%q) error = %v", in, err)
			}
			return
		}
		if !r.IsValid() {
			t.Fatalf("ParseDateRange(%q) = %#v, not valid", in, r)
		}
		b, err := r.MarshalText()
		if err != nil || string(b) != r.String() {
			t.Fatalf("%v.MarshalText() = %q, %v", r, b, err)
		}
		var back DateRange
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Fatalf("UnmarshalText(%q) = %#v, %v, want %#v", b, back, err, r)
		}
	})
}

// FuzzParseAct checks that no input panics, that every error is a
// *ParseError of a known kind, and that every parsed Act round-trips
// through String and MarshalText/UnmarshalText.
func FuzzParseAct(f *testing.F) {
	for _, s := range []string{"ratification", "Accession", "a", "A", "AA", "d", "(a)", "c", "s", "", "aa", "(", "()"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		a, err := ParseAct(in)
		if err != nil {
			pe, ok := errors.AsType[*ParseError](err)
			if !ok || a != 0 || pe.Input != in || pe.Offset < 0 || pe.Offset > len(in) ||
				!(errors.Is(err, ErrSyntax) || errors.Is(err, ErrUnknown) || errors.Is(err, ErrRange)) {
				t.Fatalf("ParseAct(%q) = %v, %v", in, a, err)
			}
			return
		}
		b, err := a.MarshalText()
		if !a.IsValid() || err != nil || string(b) != a.String() {
			t.Fatalf("ParseAct(%q) = %v; MarshalText() = %q, %v", in, a, b, err)
		}
		var back Act
		if err := back.UnmarshalText(b); err != nil || back != a {
			t.Fatalf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, a)
		}
	})
}

// FuzzParseRegionalGroup checks that no input panics and that every parsed
// group round-trips through String and Abbrev.
func FuzzParseRegionalGroup(f *testing.F) {
	for _, s := range []string{"WEOG", "Group of African States", "asia-pacific group", "", "Group of", " group"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		g, err := ParseRegionalGroup(in)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParseRegionalGroup(%q) error = %v, want ErrSyntax or ErrRange", in, err)
			}
			return
		}
		for _, text := range []string{g.String(), g.Abbrev()} {
			if back, err := ParseRegionalGroup(text); err != nil || back != g {
				t.Fatalf("ParseRegionalGroup(%q) = %v, %v, want %v", text, back, err, g)
			}
		}
	})
}
