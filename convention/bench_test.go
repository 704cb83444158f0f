package convention

import "testing"

var (
	sinkString     string
	sinkRef        Ref
	sinkObligation Obligation
	sinkChapter    Chapter
	sinkArticle    Article
	sinkGroup      RegionalGroup
)

func BenchmarkRefString(b *testing.B) {
	r := MustParseRef("art. 46(9)(b)")
	b.ReportAllocs()
	for b.Loop() {
		sinkString = r.String()
	}
}

func BenchmarkRefLong(b *testing.B) {
	r := MustParseRef("art. 46(9)(b)")
	b.ReportAllocs()
	for b.Loop() {
		sinkString = r.Long()
	}
}

func BenchmarkRefObligation(b *testing.B) {
	r := MustParseRef("art. 46(9)(b)")
	b.ReportAllocs()
	for b.Loop() {
		sinkObligation = r.Obligation()
	}
}

func BenchmarkRefOf(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkRef, _ = RefOf(46, 9, 'b', 0)
	}
}

func BenchmarkArticleTitle(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkString = Article(46).Title()
	}
}

func BenchmarkParseRef(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkRef, _ = ParseRef("article 46, paragraph 9 (b)")
	}
}

// TestLookupsDoNotAllocate holds the benchmarks' finding: printing and
// looking up provisions allocate nothing, and neither does parsing a valid
// citation.
func TestLookupsDoNotAllocate(t *testing.T) {
	r := MustParseRef("art. 46(9)(b)")
	for name, f := range map[string]func(){
		"String":     func() { sinkString = r.String() },
		"Long":       func() { sinkString = r.Long() },
		"Obligation": func() { sinkObligation = r.Obligation() },
		"RefOf":      func() { sinkRef, _ = RefOf(46, 9, 'b', 0) },
		"Title":      func() { sinkString = Article(46).Title() },
		"ParseRef":   func() { sinkRef, _ = ParseRef("article 46, paragraph 9 (b)") },
		"ParseRef reversed": func() {
			sinkRef, _ = ParseRef("subparagraph (b) of paragraph 9 of article 46")
		},
		"Chapter": func() { sinkString = r.Chapter().String() },
		"ParseRef UNCAC": func() {
			sinkRef, _ = ParseRef("UN Convention Against Corruption, Article 63, paragraph 5, 2003")
		},
		"ParseChapter":       func() { sinkChapter, _ = ParseChapter("Chapter II of the Convention") },
		"ParseChapter title": func() { sinkChapter, _ = ParseChapter("II. Preventive measures") },
		"ParseArticle":       func() { sinkArticle, _ = ParseArticle("article 46") },
		"ParseObligation":    func() { sinkObligation, _ = ParseObligation("Mandatory") },
		"ParseRegionalGroup": func() { sinkGroup, _ = ParseRegionalGroup("Group of Asia-Pacific States") },
		"Citations of a sentence": func() {
			for c := range Citations("under paragraph 1 of this article and articles 46 and 55", 57) {
				sinkRef = c.Ref
			}
		},
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s allocates %v times", name, n)
		}
	}
}

func BenchmarkParseChapter(b *testing.B) {
	for _, in := range []string{"chapter IV", "Chapter II of the Convention", "II. Preventive measures"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkChapter, _ = ParseChapter(in)
			}
		})
	}
}

func BenchmarkParseRefsAsPrinted(b *testing.B) {
	in := "articles 46 and 55 of the Convention and paragraphs 1 and 2 of article 57"
	b.ReportAllocs()
	for b.Loop() {
		refs, _ := ParseRefs(in)
		if len(refs) > 0 {
			sinkRef = refs[0]
		}
	}
}
