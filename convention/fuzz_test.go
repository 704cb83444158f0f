package convention

import (
	"errors"
	"testing"
)

var refSeeds = []string{
	"art. 46(9)(b)", "article 46, paragraph 9 (b)", "art. 46, para. 9(b)", "Article 46 (9) (b)",
	"46(9)(b)", "arts. 46", "article 2 (a) (i)", "art. 57(3)(a)", "art. 72", "art. 46(31)",
	"art. 15(2)", "articles 15, 16 and 21", "art. 16.1", "articles 15, 16.1 and 17", "article 46 (“Mutual legal assistance”)", "article 16.01", "arts. 44–46", "article 46, paragraphs 9 and 10",
	"art. 57(3)(a)–(c)", "article\u00a046", "art. 2(a)(i)–(iii)", "((", "art. 46(9)(", "46 of the",
	"art. 99999999999999999999(1)", "chapter IV", "", "\xff\xfe", "art. 46(9)(b) and (10)",
	"paragraph 9 (b) of article 46", "subparagraph (b) of paragraph 9 of article 46",
	"paragraphs 9 and 10 of article 46", "article 23, subparagraph 1 (a)", "articles 52, paragraph 1, and 53",
	"arts. 15 and 16; art. 23", "article 46, paragraph 9, of the Convention", "paragraph 9 of", "1,",
	"Art. 2(e) UNCAC", "Article 51, UNCAC", "article 31 or 55", "paragraph 1 or 2 of article 42", "UNCAC-Art46",
	"articles 46 and 55 of the Convention and paragraphs 1 and 2 of article 57", "chapters II and V",
	"UN Convention Against Corruption, Article 15, 2003", "art. 46–(3)", "arts. 1–3–5", "art. 00046",
	"article 23, paragraph 1 a) (i) or (ii) or b) (i), of this Convention", "Chapter V, Articles 51-59",
	"paragraph 1 of this article", "this chapter", "article 31 and/or 55", "article 46 (UNCAC)",
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
	if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrUnknownProvision) && !errors.Is(err, ErrRange) {
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

// FuzzParseChapter checks that ParseChapter never panics, that its errors
// are of the documented kinds, and that what it parses round-trips through
// String and MarshalText.
func FuzzParseChapter(f *testing.F) {
	for _, s := range []string{"chapter IV", "IV", "4", "chapter IX", "chap. viii", "", "chapter", "II. Preventive measures",
		"Chapter II of the Convention", "Asset recovery", "UNCAC chapter V", "V.", "chapter V: Asset recovery"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseChapter(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrUnknownProvision) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParseChapter(%q): error of unknown kind: %v", s, err)
			}
			return
		}
		if back, err := ParseChapter(c.String()); err != nil || back != c {
			t.Fatalf("ParseChapter(%q) = %v, %v; want %v", c.String(), back, err, c)
		}
		var back Chapter
		if b, err := c.MarshalText(); err != nil || back.UnmarshalText(b) != nil || back != c {
			t.Fatalf("%v does not round-trip through MarshalText: %q, %v", c, b, err)
		}
	})
}

// FuzzCitations checks that no text makes Citations panic, that every
// citation lies within the text, in order, and cites a provision or a
// chapter that round-trips through its canonical form.
func FuzzCitations(f *testing.F) {
	for _, s := range refSeeds {
		f.Add(s, uint8(46))
	}
	f.Add("in accordance with paragraph 1 of this article and this chapter", uint8(55))
	f.Add("paragraph 1 and paragraph 2 and article 5", uint8(0))
	f.Fuzz(func(t *testing.T, text string, in uint8) {
		prev := 0
		for c := range Citations(text, Article(in)) {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End || c.Start < prev {
				t.Fatalf("Citations(%q): span [%d, %d) after %d", text, c.Start, c.End, prev)
			}
			prev = c.Start
			switch {
			case c.Chapter != 0 && !c.Ref.IsValid():
				if back, err := ParseChapter(c.Chapter.String()); err != nil || back != c.Chapter {
					t.Fatalf("chapter %v does not round-trip", c.Chapter)
				}
			case c.Chapter == 0 && c.Ref.IsValid():
				roundTrip(t, c.Ref)
			default:
				t.Fatalf("Citations(%q): %+v cites neither one chapter nor one provision", text, c)
			}
		}
	})
}
