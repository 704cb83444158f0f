package convention

import (
	"errors"
	"testing"
)

var refSeeds = []string{
	"art. 46(9)(b)", "article 46, paragraph 9 (b)", "art. 46, para. 9(b)", "Article 46 (9) (b)",
	"46(9)(b)", "arts. 46", "article 2 (a) (i)", "art. 57(3)(a)", "art. 72", "art. 46(31)",
	"art. 15(2)", "articles 15, 16 and 21", "arts. 44–46", "article 46, paragraphs 9 and 10",
	"art. 57(3)(a)–(c)", "article\u00a046", "art. 2(a)(i)–(iii)", "((", "art. 46(9)(", "46 of the",
	"art. 99999999999999999999(1)", "chapter IV", "", "\xff\xfe", "art. 46(9)(b) and (10)",
	"paragraph 9 (b) of article 46", "subparagraph (b) of paragraph 9 of article 46",
	"paragraphs 9 and 10 of article 46", "article 23, subparagraph 1 (a)", "articles 52, paragraph 1, and 53",
	"arts. 15 and 16; art. 23", "article 46, paragraph 9, of the Convention", "paragraph 9 of", "1,",
}

// FuzzParseRef checks that no input makes ParseRef or ParseRefs panic, that
// every error is a *ParseError of a known kind pointing into the input, and
// that every Ref parsed round-trips through String, Long and MarshalText,
// and that whatever ParseRef reads, ParseRefs reads as a list of one.
func FuzzParseRef(f *testing.F) {
	for _, s := range refSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRef(s)
		checkParseErr(t, s, err)
		if err == nil {
			roundTrip(t, r)
		}
		refs, err2 := ParseRefs(s)
		checkParseErr(t, s, err2)
		for _, r := range refs {
			roundTrip(t, r)
		}
		// A single citation is a list of one.
		if err == nil && (err2 != nil || len(refs) != 1 || refs[0] != r) {
			t.Fatalf("ParseRef(%q) = %v, but ParseRefs = %v, %v", s, r, refs, err2)
		}
	})
}

func checkParseErr(t *testing.T, s string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	pe, ok := errors.AsType[*ParseError](err)
	if !ok {
		t.Fatalf("parsing %q: error %T is not a *ParseError", s, err)
	}
	if pe.Input != s || pe.Offset < 0 || pe.Offset > len(s) {
		t.Fatalf("parsing %q: error at offset %d of %q", s, pe.Offset, pe.Input)
	}
	if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrUnknownProvision) {
		t.Fatalf("parsing %q: error of unknown kind: %v", s, err)
	}
}

func roundTrip(t *testing.T, r Ref) {
	t.Helper()
	if !r.IsValid() {
		t.Fatalf("parsed an invalid Ref")
	}
	for _, form := range []string{r.String(), r.Long()} {
		if back, err := ParseRef(form); err != nil || back != r {
			t.Fatalf("ParseRef(%q) = %v, %v; want %v", form, back, err, r)
		}
	}
	b, err := r.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	var back Ref
	if err := back.UnmarshalText(b); err != nil || back != r {
		t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, r)
	}
}

// FuzzParseChapter checks that ParseChapter never panics and that what it
// parses round-trips.
func FuzzParseChapter(f *testing.F) {
	for _, s := range []string{"chapter IV", "IV", "4", "chapter IX", "chap. viii", "", "chapter"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseChapter(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrUnknownProvision) {
				t.Fatalf("ParseChapter(%q): error of unknown kind: %v", s, err)
			}
			return
		}
		if back, err := ParseChapter(c.String()); err != nil || back != c {
			t.Fatalf("ParseChapter(%q) = %v, %v; want %v", c.String(), back, err, c)
		}
	})
}
