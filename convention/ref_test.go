package convention

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseRef(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // canonical form
	}{
		{"canonical", "art. 46(9)(b)", "art. 46(9)(b)"},
		{"long", "article 46, paragraph 9 (b)", "art. 46(9)(b)"},
		{"para abbreviation", "art. 46, para. 9(b)", "art. 46(9)(b)"},
		{"spaced groups", "Article 46 (9) (b)", "art. 46(9)(b)"},
		{"bare", "46(9)(b)", "art. 46(9)(b)"},
		{"plural prefix", "arts. 46", "art. 46"},
		{"unnumbered article with item", "article 2 (a) (i)", "art. 2(a)(i)"},
		{"subparagraph of a paragraph", "art. 57(3)(a)", "art. 57(3)(a)"},
		{"upper-case subparagraph", "art. 46(9)(B)", "art. 46(9)(b)"},
		{"upper case", "ART. 46(9)(B)", "art. 46(9)(b)"},
		{"mixed case roman", "Article 2 (A) (II)", "art. 2(a)(ii)"},
		{"extra spaces", "  article   46 ,  paragraph  9  ( b )  ", "art. 46(9)(b)"},
		{"no-break spaces", "article\u00a046,\u00a0paragraph\u00a09\u00a0(b)", "art. 46(9)(b)"},
		{"narrow no-break space", "art.\u202f46", "art. 46"},
		{"article word", "Article 46", "art. 46"},
		{"art without dot", "art 46", "art. 46"},
		{"article only number", "46", "art. 46"},
		{"paragraph word only", "article 46, paragraph 9", "art. 46(9)"},
		{"subparagraph word", "article 46, paragraph 9, subparagraph (b)", "art. 46(9)(b)"},
		{"subparagraph word without parens", "article 46, paragraph 9, subparagraph b", "art. 46(9)(b)"},
		{"letter i is a subparagraph", "art. 46(3)(i)", "art. 46(3)(i)"},
		{"letter i in article 2", "art. 2(i)", "art. 2(i)"},
		{"item three", "art. 48(1)(b)(iii)", "art. 48(1)(b)(iii)"},
		{"unnumbered subparagraph", "article 15 (a)", "art. 15(a)"},
		{"of the Convention", "article 46 of the Convention", "art. 46"},
		{"of UNCAC", "art. 46(9) of UNCAC", "art. 46(9)"},
		{"of the full name", "article 5 of the United Nations Convention against Corruption", "art. 5"},
		{"last article", "art. 71(2)", "art. 71(2)"},
		{"chapeau without text", "art. 46(9)", "art. 46(9)"},
		{"abbreviated subparagraph word", "art. 46, para. 9, subpara. (b)", "art. 46(9)(b)"},
		{"section sign", "Art. 46, § 9(b)", "art. 46(9)(b)"},
		{"section sign without comma", "article 46 § 9", "art. 46(9)"},
		{"litera", "Art. 46 para. 9 lit. b", "art. 46(9)(b)"},
		{"paragraph after a dot", "art. 16.1", "art. 16(1)"},
		{"paragraph after a dot, subparagraph", "article 46.9(b)", "art. 46(9)(b)"},
		{"gloss in quotation marks", "article 46 (“Mutual legal assistance”)", "art. 46"},
		{"gloss in straight quotation marks", `article 46 ("Mutual legal assistance")`, "art. 46"},
		{"UN style subparagraph", "article 23, subparagraph 1 (a)", "art. 23(1)(a)"},
		{"UN style subparagraph abbreviated", "art. 23, subpara. 1(a)", "art. 23(1)(a)"},
		{"comma before suffix", "article 46, paragraph 9, subparagraph (b), of the Convention", "art. 46(9)(b)"},
		{"reversed paragraph", "paragraph 9 of article 46", "art. 46(9)"},
		{"reversed subparagraph", "paragraph 9 (b) of article 46", "art. 46(9)(b)"},
		{"reversed abbreviated", "para. 9 (b) of art. 46", "art. 46(9)(b)"},
		{"reversed item", "paragraph 1 (b) (iii) of article 48", "art. 48(1)(b)(iii)"},
		{"reversed two steps", "subparagraph (b) of paragraph 9 of article 46", "art. 46(9)(b)"},
		{"reversed unnumbered", "subparagraph (a) of article 2", "art. 2(a)"},
		{"reversed unnumbered item", "subparagraph (a) (i) of article 2", "art. 2(a)(i)"},
		{"reversed UN style", "subparagraph 1 (a) of article 23", "art. 23(1)(a)"},
		{"reversed with suffix", "paragraph 9 (b) of article 46 of the Convention", "art. 46(9)(b)"},
		{"reversed upper case", "PARAGRAPH 9 (B) OF ARTICLE 46", "art. 46(9)(b)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRef(tt.in)
			if err != nil {
				t.Fatalf("ParseRef(%q) error: %v", tt.in, err)
			}
			if got.String() != tt.want {
				t.Errorf("ParseRef(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseRefErrors(t *testing.T) {
	tests := []struct {
		name, in string
		kind     error
		pos      int
	}{
		{"empty", "", ErrSyntax, 0},
		{"words", "mutual legal assistance", ErrSyntax, 0},
		{"prefix only", "article", ErrSyntax, 7},
		{"unclosed group", "art. 46(9", ErrSyntax, 9},
		{"empty group", "art. 46()", ErrSyntax, 8},
		{"two letters", "art. 46(9)(bb)", ErrSyntax, 11},
		// Rows added by hand mutation testing.
		{"paragraph after subparagraph", "article 46, subparagraph (b), paragraph 9", ErrSyntax, 28},
		{"paragraph word after a paragraph", "art. 46(9), paragraph 10", ErrSyntax, 10},
		{"two paragraph groups", "art. 46(9)(10)", ErrSyntax, 11},
		{"two items", "art. 48(1)(b)(iii)(iv)", ErrSyntax, 19},
		{"subparagraph word after a subparagraph", "art. 46(9)(b), subparagraph (c)", ErrSyntax, 27},
		{"subparagraph word with two letters", "subparagraph (bx) of paragraph 9 of article 46", ErrSyntax, 14},
		{"subparagraph word unclosed", "subparagraph (b of paragraph 9 of article 46", ErrSyntax, 16},
		{"dot after of", "paragraph 9 of. article 46", ErrSyntax, 12},
		{"in the Convention", "art. 46 in the Convention", ErrSyntax, 8},
		{"item before subparagraph", "art. 2(ii)", ErrSyntax, 7},
		{"paragraph after letter", "art. 46(b)(9)", ErrSyntax, 11},
		{"bad roman", "art. 2(a)(iiii)", ErrSyntax, 10},
		{"trailing junk", "art. 46 foo", ErrSyntax, 8},
		{"symbol", "art. §46", ErrSyntax, 5},
		{"negative", "art. -46", ErrSyntax, 5},
		{"list in single", "articles 15 and 16", ErrSyntax, 12},
		{"no such article", "art. 72", ErrUnknownProvision, 5},
		{"article zero", "article 0", ErrUnknownProvision, 8},
		{"huge article", "art. 99999999999999999999", ErrUnknownProvision, 5},
		{"no such paragraph", "art. 46(31)", ErrUnknownProvision, 5},
		{"unnumbered article has no paragraph 2", "art. 15(2)", ErrUnknownProvision, 5},
		{"unnumbered article has no paragraph 1", "art. 15(1)", ErrUnknownProvision, 5},
		{"no such subparagraph", "art. 46(9)(d)", ErrUnknownProvision, 5},
		{"no such item", "art. 2(a)(iv)", ErrUnknownProvision, 5},
		{"letter in numbered article", "art. 46(b)", ErrUnknownProvision, 5},
		{"huge paragraph", "art. 46(300)", ErrUnknownProvision, 5},
		{"semicolon in single", "art. 15; art. 16", ErrSyntax, 7},
		{"trailing comma", "art. 15,", ErrSyntax, 7},
		{"comma before other words", "art. 15, foo", ErrSyntax, 7},
		{"UN style subparagraph without letter", "subparagraph 1 of article 23", ErrSyntax, 15},
		{"UN style subparagraph with item", "subparagraph 1 (ii) of article 23", ErrSyntax, 16},
		{"subparagraph twice", "article 46, paragraph 9, subparagraph 9 (b)", ErrSyntax, 38},
		{"reversed without article", "paragraph 9", ErrSyntax, 11},
		{"reversed dangling of", "paragraph 9 of", ErrSyntax, 12},
		{"reversed of the Convention only", "paragraph 9 of the Convention", ErrSyntax, 12},
		{"reversed article without number", "paragraph 9 of article", ErrSyntax, 22},
		{"reversed paragraph of paragraph", "paragraph 9 of paragraph 10 of article 46", ErrSyntax, 0},
		{"reversed paragraph without article", "subparagraph (b) of paragraph 9", ErrSyntax, 31},
		{"reversed then parts", "paragraph 9 (b) of article 46 (9)", ErrSyntax, 30},
		{"of alone", "of article 46", ErrSyntax, 0},
		{"reversed unknown paragraph", "paragraph 31 of article 46", ErrUnknownProvision, 0},
		{"reversed unnumbered article", "paragraph 2 of article 15", ErrUnknownProvision, 0},
		{"reversed unknown article", "paragraph 1 of article 72", ErrUnknownProvision, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRef(tt.in)
			if err == nil {
				t.Fatalf("ParseRef(%q) = %v, want error %v", tt.in, got, tt.kind)
			}
			if !errors.Is(err, tt.kind) {
				t.Errorf("ParseRef(%q) error = %v, want %v", tt.in, err, tt.kind)
			}
			pe, ok := errors.AsType[*ParseError](err)
			if !ok {
				t.Fatalf("ParseRef(%q) error %T is not a *ParseError", tt.in, err)
			}
			if pe.Input != tt.in || pe.Offset != tt.pos {
				t.Errorf("ParseRef(%q) error at %q offset %d, want offset %d", tt.in, pe.Input, pe.Offset, tt.pos)
			}
			if got != (Ref{}) {
				t.Errorf("ParseRef(%q) returned %v with an error", tt.in, got)
			}
		})
	}
}

func TestParseRefErrorMessage(t *testing.T) {
	_, err := ParseRef("art. 46(31)")
	want := `convention.ParseRef: parsing "art. 46(31)": at offset 5: no such provision in the Convention: article 46 has 30 paragraphs`
	if err == nil || err.Error() != want {
		t.Errorf("ParseRef error = %v, want %s", err, want)
	}
}

func TestParseRefs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"one", "art. 46(9)(b)", []string{"art. 46(9)(b)"}},
		{"articles list", "articles 15, 16 and 21", []string{"art. 15", "art. 16", "art. 21"}},
		{"oxford comma", "articles 15, 16, and 21", []string{"art. 15", "art. 16", "art. 21"}},
		{"subparagraph (i) after (h)", "art. 2(h) and (i)", []string{"art. 2(h)", "art. 2(i)"}},
		{"article range", "arts. 44–46", []string{"art. 44", "art. 45", "art. 46"}},
		{"article range hyphen", "arts. 44-46", []string{"art. 44", "art. 45", "art. 46"}},
		{"article range to", "articles 44 to 46", []string{"art. 44", "art. 45", "art. 46"}},
		{"paragraphs", "article 46, paragraphs 9 and 10", []string{"art. 46(9)", "art. 46(10)"}},
		{"paragraphs with subparagraph", "article 46, paragraphs 9 (b) and 10", []string{"art. 46(9)(b)", "art. 46(10)"}},
		{"paragraph range", "article 46, paragraphs 13–15", []string{"art. 46(13)", "art. 46(14)", "art. 46(15)"}},
		{"subparagraph range", "art. 57(3)(a)–(c)", []string{"art. 57(3)(a)", "art. 57(3)(b)", "art. 57(3)(c)"}},
		{"subparagraph list", "art. 57(3)(a) and (c)", []string{"art. 57(3)(a)", "art. 57(3)(c)"}},
		{"item range", "art. 2(a)(i)–(iii)", []string{"art. 2(a)(i)", "art. 2(a)(ii)", "art. 2(a)(iii)"}},
		{"item then subparagraph", "art. 2(a)(i) and (b)", []string{"art. 2(a)(i)", "art. 2(b)"}},
		{"group paragraph", "art. 46(9) and (10)", []string{"art. 46(9)", "art. 46(10)"}},
		{"full citations", "art. 44 and art. 46(9)(b)", []string{"art. 44", "art. 46(9)(b)"}},
		{"mixed articles", "articles 15, 16(1) and 21", []string{"art. 15", "art. 16(1)", "art. 21"}},
		{"ampersand", "arts. 44 & 46", []string{"art. 44", "art. 46"}},
		{"subparagraphs word", "article 46, paragraph 9, subparagraphs (a) and (b)", []string{"art. 46(9)(a)", "art. 46(9)(b)"}},
		{"suffix", "articles 44 and 46 of the Convention", []string{"art. 44", "art. 46"}},
		{"suffix after comma", "articles 44, 46 and 48, of the Convention", []string{"art. 44", "art. 46", "art. 48"}},
		{"three articles with suffix", "articles 44, 46 and 48 of the Convention", []string{"art. 44", "art. 46", "art. 48"}},
		{"semicolon", "articles 15, 16 and 21; article 23", []string{"art. 15", "art. 16", "art. 21", "art. 23"}},
		{"abbreviated paragraphs", "art. 46, paras. 9 and 10", []string{"art. 46(9)", "art. 46(10)"}},
		{"singular paragraph under plural articles", "articles 52, paragraph 1, and 53", []string{"art. 52(1)", "art. 53"}},
		{"singular paragraph list", "article 46, paragraph 9 and 10", []string{"art. 46(9)", "art. 46(10)"}},
		{"plural paragraphs under plural articles", "articles 44 and 46, paragraphs 9 and 10", []string{"art. 44", "art. 46(9)", "art. 46(10)"}},
		{"UN style subparagraphs", "article 23, subparagraphs 1 (a) and (b)", []string{"art. 23(1)(a)", "art. 23(1)(b)"}},
		{"reversed paragraphs", "paragraphs 9 and 10 of article 46", []string{"art. 46(9)", "art. 46(10)"}},
		{"reversed range", "paragraphs 13 to 15 of article 46", []string{"art. 46(13)", "art. 46(14)", "art. 46(15)"}},
		{"reversed subparagraphs", "subparagraphs (a) and (b) of paragraph 9 of article 46", []string{"art. 46(9)(a)", "art. 46(9)(b)"}},
		{"reversed subparagraph range", "subparagraphs (a) to (c) of article 2", []string{"art. 2(a)", "art. 2(b)", "art. 2(c)"}},
		{"reversed UN style subparagraphs", "subparagraphs 1 (a) and (b) of article 23", []string{"art. 23(1)(a)", "art. 23(1)(b)"}},
		{"two reversed", "paragraph 9 of article 46 and paragraph 2 of article 48", []string{"art. 46(9)", "art. 48(2)"}},
		{"reversed then article", "paragraph 9 of article 46 and article 48", []string{"art. 46(9)", "art. 48"}},
		{"reversed then bare article", "paragraphs 1 and 2 of article 52 and 53", []string{"art. 52(1)", "art. 52(2)", "art. 53"}},
		{"reversed subparagraph list", "paragraph 9 (b) and (c) of article 46", []string{"art. 46(9)(b)", "art. 46(9)(c)"}},
		{"reversed two steps then article", "subparagraphs (a) and (b) of paragraph 1 of article 48 and article 53",
			[]string{"art. 48(1)(a)", "art. 48(1)(b)", "art. 53"}},
		{"two reversed two steps", "subparagraph (a) of paragraph 1 of article 48 and subparagraph (b) of paragraph 3 of article 46",
			[]string{"art. 48(1)(a)", "art. 46(3)(b)"}},
		{"reversed with semicolon", "paragraph 9 of article 46; paragraph 1 of article 48", []string{"art. 46(9)", "art. 48(1)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refs, err := ParseRefs(tt.in)
			if err != nil {
				t.Fatalf("ParseRefs(%q) error: %v", tt.in, err)
			}
			var got []string
			for _, r := range refs {
				got = append(got, r.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseRefs(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseRefsErrors(t *testing.T) {
	tests := []struct {
		name, in string
		kind     error
		pos      int
	}{
		{"empty", "", ErrSyntax, 0},
		{"dangling and", "articles 15 and", ErrSyntax, 15},
		{"reversed range", "arts. 46–44", ErrSyntax, 11},
		{"reversed range by one", "arts. 45–44", ErrSyntax, 11},
		{"reversed paragraph range by one", "art. 46(5)–(4)", ErrSyntax, 13},
		{"empty range", "arts. 46–46", ErrSyntax, 11},
		{"range across levels", "art. 46(9)(b)–47(9)(b)", ErrSyntax, 16},
		{"range end unknown", "arts. 70–72", ErrUnknownProvision, 11},
		{"range through a gap", "art. 46(9)(a)–(d)", ErrUnknownProvision, 16},
		{"unknown in list", "articles 15 and 72", ErrUnknownProvision, 16},
		{"unknown paragraph", "article 46, paragraphs 9 and 31", ErrUnknownProvision, 29},
		{"number after singular paragraph under articles is an article", "articles 46, paragraph 9 and 72", ErrUnknownProvision, 29},
		{"reversed left open", "paragraphs 9 and 10", ErrSyntax, 19},
		{"reversed then explicit article", "paragraph 9 and article 46", ErrSyntax, 24},
		{"reversed unknown", "paragraphs 9 and 31 of article 46", ErrUnknownProvision, 17},
		{"dangling semicolon", "articles 15;", ErrSyntax, 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRefs(tt.in)
			if !errors.Is(err, tt.kind) {
				t.Errorf("ParseRefs(%q) = %v, %v; want error %v", tt.in, got, err, tt.kind)
			}
			pe, ok := errors.AsType[*ParseError](err)
			if !ok {
				t.Fatalf("ParseRefs(%q) error %T is not a *ParseError", tt.in, err)
			}
			if pe.Input != tt.in || pe.Offset != tt.pos {
				t.Errorf("ParseRefs(%q) error at %q offset %d, want offset %d", tt.in, pe.Input, pe.Offset, tt.pos)
			}
			if got != nil {
				t.Errorf("ParseRefs(%q) returned %v with an error", tt.in, got)
			}
		})
	}
}

// TestAllProvisions walks every provision of the text and checks that it
// round-trips through both printed forms and text marshalling, that its
// parent exists and contains it, and that the walk is in the order of the
// text.
func TestAllProvisions(t *testing.T) {
	var all []Ref
	counts := map[Obligation]int{}
	for r := range Provisions() {
		all = append(all, r)
		counts[r.Obligation()]++
		for _, form := range []string{r.String(), r.Long()} {
			got, err := ParseRef(form)
			if err != nil || got != r {
				t.Errorf("ParseRef(%q) = %v, %v; want %v", form, got, err, r)
			}
		}
		text, err := r.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error: %v", r, err)
		}
		var back Ref
		if err := back.UnmarshalText(text); err != nil || back != r {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, r)
		}
		if a := r.Article().Ref(); !a.Contains(r) || (a != r && a.Compare(r) >= 0) {
			t.Errorf("%v is not within %v", r, a)
		}
		if !r.Obligation().IsValid() {
			t.Errorf("%v.Obligation() = %v", r, r.Obligation())
		}
		if got, ok := RefOf(r.Article(), r.Paragraph(), r.Subparagraph(), r.Item()); !ok || got != r {
			t.Errorf("RefOf(parts of %v) = %v, %v", r, got, ok)
		}
	}
	if len(all) != NumProvisions {
		t.Errorf("Provisions() yielded %d, want %d", len(all), NumProvisions)
	}
	if !slices.IsSortedFunc(all, Ref.Compare) {
		t.Error("Provisions() is not in the order of the text")
	}
	// The counts of provisions.csv's obligation column.
	want := map[Obligation]int{Mandatory: 198, Consider: 48, Endeavour: 25, Optional: 78, NoObligation: 66}
	if diff := cmp.Diff(want, counts); diff != "" {
		t.Errorf("obligation counts (-want +got):\n%s", diff)
	}
	var perArticle int
	for a := range Articles() {
		for r := range a.Provisions() {
			if r.Article() != a {
				t.Errorf("%v.Provisions() yielded %v", a, r)
			}
			perArticle++
		}
	}
	if perArticle != NumProvisions {
		t.Errorf("Article.Provisions() yielded %d in all, want %d", perArticle, NumProvisions)
	}
}

func TestRefAccessors(t *testing.T) {
	r := MustParseRef("art. 48(1)(b)(iii)")
	if r.Article() != 48 || r.Paragraph() != 1 || r.Subparagraph() != 'b' || r.Item() != 3 {
		t.Errorf("parts of %v = %d %d %c %d", r, r.Article(), r.Paragraph(), r.Subparagraph(), r.Item())
	}
	if r.Chapter() != InternationalCooperation {
		t.Errorf("%v.Chapter() = %v, want chapter IV", r, r.Chapter())
	}
	var within []string
	for a := range r.Article().Provisions() {
		if a.Contains(r) {
			within = append(within, a.String())
		}
	}
	want := []string{"art. 48(1)", "art. 48(1)(b)", "art. 48(1)(b)(iii)"}
	if diff := cmp.Diff(want, within); diff != "" {
		t.Errorf("provisions containing %v (-want +got):\n%s", r, diff)
	}
	if got := MustParseRef("art. 2(a)(i)").Long(); got != "article 2 (a) (i)" {
		t.Errorf("Long() = %q, want %q", got, "article 2 (a) (i)")
	}
	if got := MustParseRef("art. 46(9)(b)").Long(); got != "article 46, paragraph 9 (b)" {
		t.Errorf("Long() = %q", got)
	}
	// Article-level obligations: a single-paragraph article has its own
	// class; a numbered article takes its strongest paragraph's.
	if got := MustParseRef("art. 28").Obligation(); got != Optional {
		t.Errorf("art. 28 obligation = %v, want optional", got)
	}
	if got := MustParseRef("art. 46").Obligation(); got != Mandatory {
		t.Errorf("art. 46 obligation = %v, want mandatory", got)
	}
	if got := MustParseRef("art. 46(9)(c)").Obligation(); got != Optional {
		t.Errorf("art. 46(9)(c) obligation = %v, want optional", got)
	}
	var zero Ref
	if zero.IsValid() || zero.String() != "%!Ref(0)" || zero.Obligation() != 0 || zero.Chapter() != 0 {
		t.Errorf("zero Ref: valid %v, %q, %v", zero.IsValid(), zero.String(), zero.Obligation())
	}
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero.MarshalText() = %q, %v", b, err)
	}
	if MustParseRef("art. 46").Contains(MustParseRef("art. 48(1)")) {
		t.Error("art. 46 contains art. 48(1)")
	}
}

func TestRefOf(t *testing.T) {
	tests := []struct {
		a    Article
		p    int
		s    byte
		i    int
		want string
	}{
		{46, 9, 'b', 0, "art. 46(9)(b)"},
		{46, 9, 'B', 0, "art. 46(9)(b)"},
		{2, 0, 'a', 1, "art. 2(a)(i)"},
		{15, 0, 0, 0, "art. 15"},
		{46, 0, 0, 0, "art. 46"},
		{46, 31, 0, 0, ""},
		{15, 1, 0, 0, ""},
		{72, 0, 0, 0, ""},
		{0, 0, 0, 0, ""},
		{46, 9, '!', 0, ""},
		{46, -1, 0, 0, ""},
		{46, 9, 0, 1000, ""},
	}
	for _, tt := range tests {
		got, ok := RefOf(tt.a, tt.p, tt.s, tt.i)
		if (tt.want == "") == ok || (ok && got.String() != tt.want) {
			t.Errorf("RefOf(%d, %d, %q, %d) = %v, %v; want %q", tt.a, tt.p, tt.s, tt.i, got, ok, tt.want)
		}
	}
}

func TestMustPanics(t *testing.T) {
	tests := []struct {
		name string
		f    func()
		want string // the panic message, or "" for an error value
	}{
		{"MustParseRef", func() { MustParseRef("art. 72") }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				v := recover()
				switch v := v.(type) {
				case nil:
					t.Errorf("%s did not panic", tt.name)
				case string:
					if v != tt.want {
						t.Errorf("%s panicked with %q, want %q", tt.name, v, tt.want)
					}
				case error:
					if _, ok := errors.AsType[*ParseError](v); !ok || tt.want != "" {
						t.Errorf("%s panicked with %v, want a *ParseError", tt.name, v)
					}
				default:
					t.Errorf("%s panicked with %v (%T)", tt.name, v, v)
				}
			}()
			tt.f()
		})
	}
}
