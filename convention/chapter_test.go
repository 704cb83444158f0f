package convention

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestChapters(t *testing.T) {
	var got []string
	next := Article(1)
	for c := range Chapters() {
		got = append(got, c.String()+": "+c.Title())
		for a := range c.Articles() {
			if a != next {
				t.Errorf("%v: %v follows %v", c, a, next-1)
			}
			if a.Chapter() != c || a.Ref().Chapter() != c {
				t.Errorf("%v.Chapter() = %v, want %v", a, a.Chapter(), c)
			}
			next = a + 1
		}
	}
	if next != NumArticles+1 {
		t.Errorf("the chapters end at %v, want article 71", next-1)
	}
	want := []string{
		"chapter I: General provisions",
		"chapter II: Preventive measures",
		"chapter III: Criminalization and law enforcement",
		"chapter IV: International cooperation",
		"chapter V: Asset recovery",
		"chapter VI: Technical assistance and information exchange",
		"chapter VII: Mechanisms for implementation",
		"chapter VIII: Final provisions",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("chapters (-want +got):\n%s", diff)
	}
	if got := len(slices.Collect(InternationalCooperation.Articles())); got != 8 {
		t.Errorf("chapter IV has %d articles, want 8", got)
	}
}

func TestInvalidChapterAndArticle(t *testing.T) {
	for _, c := range []Chapter{0, 9, 255} {
		if c.IsValid() || c.Title() != "" {
			t.Errorf("Chapter(%d) looks valid", c)
		}
		if n := len(slices.Collect(c.Articles())); n != 0 {
			t.Errorf("Chapter(%d).Articles() yields %d", c, n)
		}
	}
	if got := Chapter(9).String(); got != "%!Chapter(9)" {
		t.Errorf("Chapter(9).String() = %q", got)
	}
	for _, a := range []Article{0, 72, 255} {
		if a.IsValid() || a.Title() != "" || a.Chapter() != 0 || a.paragraphs() != 0 || a.numbered() || a.Ref().IsValid() {
			t.Errorf("Article(%d) looks valid", a)
		}
		if n := len(slices.Collect(a.Provisions())); n != 0 {
			t.Errorf("Article(%d).Provisions() yields %d", a, n)
		}
	}
	if got := Article(72).String(); got != "%!Article(72)" {
		t.Errorf("Article(72).String() = %q", got)
	}
	if _, err := Article(72).MarshalText(); err == nil {
		t.Error("Article(72).MarshalText() succeeded")
	}
	if got := Obligation(9).String(); got != "%!Obligation(9)" {
		t.Errorf("Obligation(9).String() = %q", got)
	}
}

func TestArticles(t *testing.T) {
	tests := []struct {
		a          Article
		title      string
		chapter    Chapter
		paragraphs int
		numbered   bool
	}{
		{1, "Statement of purpose", GeneralProvisions, 1, false},
		{15, "Bribery of national public officials", Criminalization, 1, false},
		{44, "Extradition", InternationalCooperation, 18, true},
		{46, "Mutual legal assistance", InternationalCooperation, 30, true},
		{50, "Special investigative techniques", InternationalCooperation, 4, true},
		{71, "Depositary and languages", FinalProvisions, 2, true},
	}
	for _, tt := range tests {
		if tt.a.Title() != tt.title || tt.a.Chapter() != tt.chapter || tt.a.paragraphs() != tt.paragraphs || tt.a.numbered() != tt.numbered {
			t.Errorf("%v: %q %v %d %v; want %q %v %d %v", tt.a, tt.a.Title(), tt.a.Chapter(), tt.a.paragraphs(),
				tt.a.numbered(), tt.title, tt.chapter, tt.paragraphs, tt.numbered)
		}
	}
	unnumbered := 0
	paragraphs := 0
	for a := range Articles() {
		if !a.numbered() {
			unnumbered++
		}
		paragraphs += a.paragraphs()
	}
	// provisions-notes.md: 29 articles of one unnumbered paragraph, 239
	// paragraphs in all.
	if unnumbered != 29 || paragraphs != 239 {
		t.Errorf("%d unnumbered articles and %d paragraphs, want 29 and 239", unnumbered, paragraphs)
	}
}

func TestParseChapter(t *testing.T) {
	for in, want := range map[string]Chapter{
		"chapter IV": 4, "Chapter 4": 4, "CHAPTER iv": 4, "IV": 4, "4": 4, " chap. IV ": 4,
		"ch. VIII": 8, "chapter\u00a0I": 1, "chapter  III": 3,
	} {
		got, err := ParseChapter(in)
		if err != nil || got != want {
			t.Errorf("ParseChapter(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, kind := range map[string]error{
		"": ErrSyntax, "chapter": ErrSyntax, "chapterIV": ErrSyntax, "chapter IIII": ErrSyntax,
		"chapter 4a": ErrSyntax, "chapter IX": ErrUnknownProvision, "0": ErrUnknownProvision, "99999999999": ErrUnknownProvision,
	} {
		if got, err := ParseChapter(in); !errors.Is(err, kind) {
			t.Errorf("ParseChapter(%q) = %v, %v; want %v", in, got, err, kind)
		}
	}
	for c := range Chapters() {
		for _, form := range []string{c.String(), c.String()[len("chapter "):]} {
			if got, err := ParseChapter(form); err != nil || got != c {
				t.Errorf("ParseChapter(%q) = %v, %v; want %v", form, got, err, c)
			}
		}
		b, _ := c.MarshalText()
		var back Chapter
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
	}
}

func TestParseArticle(t *testing.T) {
	for in, want := range map[string]Article{"article 46": 46, "Art. 46": 46, "46": 46, "arts. 1": 1} {
		got, err := ParseArticle(in)
		if err != nil || got != want {
			t.Errorf("ParseArticle(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, kind := range map[string]error{"art. 46(9)": ErrSyntax, "art. 2(a)": ErrSyntax, "72": ErrUnknownProvision, "x": ErrSyntax} {
		if got, err := ParseArticle(in); !errors.Is(err, kind) {
			t.Errorf("ParseArticle(%q) = %v, %v; want %v", in, got, err, kind)
		}
	}
	for a := range Articles() {
		b, _ := a.MarshalText()
		var back Article
		if err := back.UnmarshalText(b); err != nil || back != a {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
	}
}

func TestObligationText(t *testing.T) {
	var got []string
	for o := NoObligation; o <= Mandatory; o++ {
		got = append(got, o.String())
		b, _ := o.MarshalText()
		var back Obligation
		if err := back.UnmarshalText(b); err != nil || back != o {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
	}
	if diff := cmp.Diff([]string{"none", "optional", "consider", "endeavour", "mandatory"}, got); diff != "" {
		t.Errorf("obligations (-want +got):\n%s", diff)
	}
	if Mandatory.Compare(Consider) != 1 || Optional.Compare(Endeavour) != -1 || Consider.Compare(Consider) != 0 {
		t.Error("obligations are not ordered by strength")
	}
	if o, err := ParseObligation("No obligation"); err != nil || o != NoObligation {
		t.Errorf("ParseObligation(No obligation) = %v, %v", o, err)
	}
	if _, err := ParseObligation("must"); !errors.Is(err, ErrSyntax) {
		t.Errorf("ParseObligation(must) error = %v", err)
	}
}
