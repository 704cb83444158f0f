package convention

import "testing"

var (
	sinkString     string
	sinkRef        Ref
	sinkObligation Obligation
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
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s allocates %v times", name, n)
		}
	}
}
