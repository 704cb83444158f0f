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
				!(errors.Is(err, ErrSyntax) || errors.Is(err, ErrUnknown)) {
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

// FuzzParseDateRange checks that no input panics and that every parsed range
// round-trips through String.
func FuzzParseDateRange(f *testing.F) {
	for _, s := range []string{"2008-08-25", "2014-07-11..2018-06-30", "2018-06-30..2014-07-11", "..", "", "2020-02-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r, err := ParseDateRange(in)
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("ParseDateRange(%q) error = %v, want ErrSyntax", in, err)
			}
			return
		}
		if r.Latest.Before(r.Earliest) {
			t.Fatalf("ParseDateRange(%q) = %v, ends reversed", in, r)
		}
		back, err := ParseDateRange(r.String())
		if err != nil || !back.Earliest.Equal(r.Earliest) || !back.Latest.Equal(r.Latest) {
			t.Fatalf("ParseDateRange(%q) = %v, %v, want %v", r.String(), back, err, r)
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
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("ParseRegionalGroup(%q) error = %v, want ErrSyntax", in, err)
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
