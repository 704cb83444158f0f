package convention

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/uncac-go/uncac/internal/testrace"
)

// TestParseRefsAsPrinted reads the citations that issue 12 found refused,
// and others of their kind.
func TestParseRefsAsPrinted(t *testing.T) {
	tests := []struct {
		in   string
		want string // the Refs, joined by "; "
	}{
		{"article 23 of this Convention", "art. 23"},
		{"articles 44 to 50 of this Convention", "art. 44; art. 45; art. 46; art. 47; art. 48; art. 49; art. 50"},
		{"article 63, paragraphs 5 and 6, of this Convention", "art. 63(5); art. 63(6)"},
		{"Art. 2(e) UNCAC", "art. 2(e)"},
		{"Article 51, UNCAC", "art. 51"},
		{"article 31 or 55", "art. 31; art. 55"},
		{"articles 15, 16.1 and 17", "art. 15; art. 16(1); art. 17"},
		{"article 31 and/or 55", "art. 31; art. 55"},
		{"paragraph 1 or 2 of article 42", "art. 42(1); art. 42(2)"},
		{"articles 46 and 55 of the Convention and paragraphs 1 and 2 of article 57", "art. 46; art. 55; art. 57(1); art. 57(2)"},
		{"UNCAC-Art46", "art. 46"},
		{"UNCAC art. 5", "art. 5"},
		{"UN Convention Against Corruption, Article 15, 2003", "art. 15"},
		{"the United Nations Convention against Corruption, article 5", "art. 5"},
		{"article 5 of the United Nations Convention against Corruption (2003)", "art. 5"},
		{"article 5 of the United Nations Convention against Corruption, 2003", "art. 5"},
		{"UNCAC (2003) art. 5", "art. 5"},
		{"article 46 (UNCAC)", "art. 46"},
		{"article 46 of UNCAC", "art. 46"},
		{"article 23, paragraph 1 a) (i) or (ii) or b) (i), of this Convention", "art. 23(1)(a)(i); art. 23(1)(a)(ii); art. 23(1)(b)(i)"},
		{"articles 31, paragraph 1, and 54, paragraph 1 a), of this Convention", "art. 31(1); art. 54(1)(a)"},
		{"paragraph 2 of article 55 of this Convention", "art. 55(2)"},
		{"article 46 of this Convention and paragraph 2 of article 57", "art. 46; art. 57(2)"},
		{"article 46, paragraph 9, and paragraph 2 of article 48", "art. 46(9); art. 48(2)"},
		{"articles 15 through 17", "art. 15; art. 16; art. 17"},
		{"Article 17 (embezzlement)", "art. 17"},
		{"article 17 (embezzlement), 18 (trading in influence)", "art. 17; art. 18"},
		{"Articles 44-50 (international cooperation)", "art. 44; art. 45; art. 46; art. 47; art. 48; art. 49; art. 50"},
		{"subparagraphs (a) and (b) of paragraph 1 of article 31", "art. 31(1)(a); art. 31(1)(b)"},
		{"art. 52, paras. 1 and 5", "art. 52(1); art. 52(5)"},
		{"UNCAC Art. 46, para. 9", "art. 46(9)"},
		// Chapters stand for their articles.
		{"chapter V", "art. 51; art. 52; art. 53; art. 54; art. 55; art. 56; art. 57; art. 58; art. 59"},
		{"chapters I and VII", "art. 1; art. 2; art. 3; art. 4; art. 63; art. 64"},
		{"chapters II and V", "art. 5; art. 6; art. 7; art. 8; art. 9; art. 10; art. 11; art. 12; art. 13; art. 14; " +
			"art. 51; art. 52; art. 53; art. 54; art. 55; art. 56; art. 57; art. 58; art. 59"},
		{"chapters VI to VII", "art. 60; art. 61; art. 62; art. 63; art. 64"},
		{"Chapter VII, article 1", "art. 63; art. 64; art. 1"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			refs, err := ParseRefs(tt.in)
			if err != nil {
				t.Fatalf("ParseRefs(%q) error: %v", tt.in, err)
			}
			var got []string
			for _, r := range refs {
				got = append(got, r.String())
			}
			if diff := cmp.Diff(tt.want, strings.Join(got, "; ")); diff != "" {
				t.Errorf("ParseRefs(%q) (-want +got):\n%s", tt.in, diff)
			}
			if len(refs) == 1 {
				if r, err := ParseRef(tt.in); err != nil || r != refs[0] {
					t.Errorf("ParseRef(%q) = %v, %v; want %v", tt.in, r, err, refs[0])
				}
			}
		})
	}
}

// TestParseRefsRefuses holds the regressions of issue 9 (item 9) and the
// refusals of issue 12: each error wraps the sentinel, points at the
// problem and says what was wanted there.
func TestParseRefsRefuses(t *testing.T) {
	tests := []struct {
		name, in string
		kind     error
		pos      int
		want     string // in the message
	}{
		{"range from article to paragraph", "art. 46–(3)", ErrSyntax, 10, "same depth"},
		{"chained range", "arts. 1–3–5", ErrSyntax, 14, "no range after a range"},
		{"leading zeros", "art. 00046", ErrSyntax, 5, "an article number"},
		{"paragraph after a dot and a space", "article 16. 1", ErrSyntax, 10, "the end of the citation"},
		{"paragraph after a dot with a leading zero", "article 16.01", ErrSyntax, 10, "the end of the citation"},
		{"leading zero in a list", "arts. 46 and 055", ErrSyntax, 13, "an article number"},
		{"year without the name", "article 15, 2003", ErrSyntax, 12, "not a year"},
		{"year alone", "UNCAC 2003", ErrSyntax, 10, "an article number"},
		{"another instrument", "article 18 of the Convention against Transnational Organized Crime", ErrSyntax, 10, "another instrument"},
		{"this article without an article", "paragraph 1 of this article", ErrSyntax, 20, "relative"},
		{"range of chapters and articles", "chapter V to article 60", ErrSyntax, 13, "not both"},
		{"unknown chapter", "chapters II and IX", ErrUnknownProvision, 16, ""},
		{"range of chapters backwards", "chapters V to II", ErrSyntax, 14, "after its start"},
		{"chapter in the single parser", "chapter V", ErrSyntax, 0, "ParseChapter"},
		{"subparagraph of a numbered article", "subparas. (a) and (b) of article 8", ErrUnknownProvision, 0, "name the paragraph"},
		{"gloss unclosed", "Article 17 (embezzlement", ErrSyntax, 12, "a paragraph number"},
		{"malformed group is no gloss", "art. 2(a)(iiii)", ErrSyntax, 10, "Roman numeral"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parse := ParseRefs
			if strings.Contains(tt.name, "single") {
				parse = func(s string) ([]Ref, error) { r, err := ParseRef(s); return []Ref{r}, err }
			}
			_, err := parse(tt.in)
			pe, ok := errors.AsType[*ParseError](err)
			if !ok || !errors.Is(err, tt.kind) {
				t.Fatalf("parsing %q: error %v, want a *ParseError wrapping %v", tt.in, err, tt.kind)
			}
			if pe.Offset != tt.pos || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parsing %q: error at offset %d: %v; want offset %d and %q", tt.in, pe.Offset, err, tt.pos, tt.want)
			}
		})
	}
}

func TestParseChapterAsPrinted(t *testing.T) {
	tests := []struct {
		in   string
		want Chapter
		kind error
	}{
		{"chapter V", AssetRecovery, nil},
		{"Chapter II of the Convention", PreventiveMeasures, nil},
		{"chapter II of this Convention", PreventiveMeasures, nil},
		{"II. Preventive measures", PreventiveMeasures, nil},
		{"II. Preventive Measures", PreventiveMeasures, nil},
		{"CHAPTER V: Asset recovery", AssetRecovery, nil},
		{"Chapter III - Criminalization and law enforcement", Criminalization, nil},
		{"Asset recovery", AssetRecovery, nil},
		{"  technical assistance and information exchange. ", TechnicalAssistance, nil},
		{"UNCAC chapter V", AssetRecovery, nil},
		{"chapter V of UNCAC", AssetRecovery, nil},
		{"chapter IV (UNCAC)", InternationalCooperation, nil},
		{"V.", AssetRecovery, nil},
		{"II. Asset recovery", 0, ErrSyntax},
		{"chapter V of the Convention against Transnational Organized Crime", 0, ErrSyntax},
		{"Asset recoveries", 0, ErrSyntax},
		{"chapter IX", 0, ErrUnknownProvision},
		{"chapters II and V", 0, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseChapter(tt.in)
			if tt.kind != nil {
				if !errors.Is(err, tt.kind) {
					t.Errorf("ParseChapter(%q) = %v, %v; want an error wrapping %v", tt.in, got, err, tt.kind)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseChapter(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

// TestParseLimits gives every parser of the package 1 MB: each refuses it
// at once with ErrRange, allocating only its error.
func TestParseLimits(t *testing.T) {
	long := "article 1" + strings.Repeat(" ", 1<<20)
	for name, f := range map[string]func() error{
		"ParseRef":           func() error { _, err := ParseRef(long); return err },
		"ParseRefs":          func() error { _, err := ParseRefs(long); return err },
		"ParseArticle":       func() error { _, err := ParseArticle(long); return err },
		"ParseChapter":       func() error { _, err := ParseChapter(long); return err },
		"ParseObligation":    func() error { _, err := ParseObligation(long); return err },
		"ParseRegionalGroup": func() error { _, err := ParseRegionalGroup(long); return err },
		"LookupState":        func() error { _, err := LookupState(long); return err },
		"ParseState":         func() error { _, err := ParseState(long); return err },
	} {
		if err := f(); !errors.Is(err, ErrRange) {
			t.Errorf("%s of %d bytes: error %v, want ErrRange", name, len(long), err)
		}
		if n := testing.AllocsPerRun(10, func() { _ = f() }); n > 4 && !testrace.Enabled {
			t.Errorf("%s of %d bytes allocates %v times", name, len(long), n)
		}
	}
}
