package convention

import (
	"encoding/csv"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// citeString is how the test data writes what a Citation cites.
func citeString(c Citation) string {
	if c.Chapter != 0 {
		return c.Chapter.String()
	}
	return c.Ref.String()
}

func TestCitations(t *testing.T) {
	tests := []struct {
		name, text string
		in         Article
		want       []string // "printed → cites"
	}{
		{"mixed chapter and articles", "Chapter V, Articles 51-59", 0,
			[]string{"Chapter V → chapter V", "Articles 51-59 → art. 51", "Articles 51-59 → art. 52", "Articles 51-59 → art. 53",
				"Articles 51-59 → art. 54", "Articles 51-59 → art. 55", "Articles 51-59 → art. 56", "Articles 51-59 → art. 57",
				"Articles 51-59 → art. 58", "Articles 51-59 → art. 59"}},
		{"relative", "as provided in paragraph 1 of this article and in this chapter, subject to this article", 55,
			[]string{"paragraph 1 of this article → art. 55(1)", "this chapter → chapter V", "this article → art. 55"}},
		{"relative without the article", "paragraph 1 of this article and this chapter, but article 46 too", 0,
			[]string{"article 46 → art. 46"}},
		{"list in prose", "States Parties, in accordance with articles 15 and 16 of this Convention and paragraph 2 of article 57, shall",
			0, []string{"articles 15 → art. 15", "16 → art. 16", "paragraph 2 of article 57 → art. 57(2)"}},
		{"another instrument", "See article 18 of the Convention against Transnational Organized Crime and article 18 of this Convention.", 0,
			[]string{"article 18 → art. 18"}},
		{"unknown provisions are skipped", "articles 46(31) and 72 and 44", 0, []string{"44 → art. 44"}},
		{"this paragraph is not resolved", "subparagraph b) above and this paragraph", 23, nil},
		{"not citations", "the article says; paragraphs follow; chapter and verse; art. work", 0, nil},
		{"names", "UNCAC art. 5 and Art. 2(e) UNCAC", 0, []string{"art. 5 → art. 5", "Art. 2(e) → art. 2(e)"}},
		{"chapters in a list", "the reviews of chapters II and V of the Convention", 0,
			[]string{"chapters II → chapter II", "V → chapter V"}},
		{"unclosed run then a citation", "paragraph 1 and paragraph 2 and article 5", 0, []string{"article 5 → art. 5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for c := range Citations(tt.text, tt.in) {
				got = append(got, tt.text[c.Start:c.End]+" → "+citeString(c))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Citations(%q, %d) (-want +got):\n%s", tt.text, tt.in, diff)
			}
		})
	}
}

func TestCitationsStop(t *testing.T) {
	n := 0
	for range Citations("articles 1 to 10", 0) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("stopped after %d citations, want 3", n)
	}
}

// treatyText returns the Convention's English text from the shared sources
// beside the repository, or skips the test.
func treatyText(t testing.TB) string {
	for _, dir := range []string{"../../shared", "../../../shared"} {
		b, err := os.ReadFile(dir + "/sources/uncac-en.md")
		if err == nil {
			return string(b)
		}
	}
	t.Skip("the Convention's text (../../shared/sources/uncac-en.md) is not beside the repository; the project ships no text of the treaty")
	return ""
}

var articleHeading = regexp.MustCompile(`(?m)^### (Article|CHAPTER)\s+(\w+)\s*$`)

// articlesOf splits the treaty text into the texts of its articles.
func articlesOf(t testing.TB, text string) map[Article]string {
	heads := articleHeading.FindAllStringSubmatchIndex(text, -1)
	bodies := map[Article]string{}
	for k, h := range heads {
		if text[h[2]:h[3]] != "Article" {
			continue
		}
		n, err := strconv.Atoi(text[h[4]:h[5]])
		if err != nil {
			t.Fatal(err)
		}
		end := len(text)
		if k+1 < len(heads) {
			end = heads[k+1][0]
		}
		bodies[Article(n)] = text[h[1]:end]
	}
	if len(bodies) != NumArticles {
		t.Fatalf("found %d articles in the text, want %d", len(bodies), NumArticles)
	}
	return bodies
}

type treatyCitation struct {
	article Article
	printed string
	cites   []string
}

func readTreatyCitations(t testing.TB) []treatyCitation {
	f, err := os.Open("testdata/treaty_citations.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var rows []treatyCitation
	for _, rec := range recs[1:] {
		n, err := strconv.Atoi(rec[0])
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, treatyCitation{Article(n), rec[1], strings.Split(rec[2], "; ")})
	}
	return rows
}

// TestCitationsInTheTreaty scans every article of the Convention with the
// article as context, and checks that the scanner finds exactly the
// cross-references listed, read by hand, in testdata/treaty_citations.csv.
func TestCitationsInTheTreaty(t *testing.T) {
	bodies := articlesOf(t, treatyText(t))
	rows := readTreatyCitations(t)
	byArticle := map[Article][]treatyCitation{}
	for _, row := range rows {
		byArticle[row.article] = append(byArticle[row.article], row)
	}
	total := 0
	for a := range Articles() {
		body := bodies[a]
		var found []Citation
		for c := range Citations(body, a) {
			found = append(found, c)
		}
		total += len(found)
		used := make([]bool, len(found))
		cursor := 0
		for _, row := range byArticle[a] {
			i := strings.Index(body[cursor:], row.printed)
			if i < 0 {
				t.Errorf("%v: %q not in the text after offset %d", a, row.printed, cursor)
				continue
			}
			start, end := cursor+i, cursor+i+len(row.printed)
			var got []string
			for k, c := range found {
				if c.Start >= start && c.End <= end {
					got = append(got, citeString(c))
					used[k] = true
				}
			}
			if diff := cmp.Diff(row.cites, got); diff != "" {
				t.Errorf("%v: %q (-want +got):\n%s", a, row.printed, diff)
			}
			cursor = end
		}
		for k, c := range found {
			if !used[k] {
				t.Errorf("%v: found %q at %d citing %s, which the data does not list", a, body[c.Start:c.End], c.Start, citeString(c))
			}
		}
	}
	want := 0
	for _, row := range rows {
		want += len(row.cites)
	}
	if total != want {
		t.Errorf("found %d citations in the treaty, want %d", total, want)
	}
	t.Logf("%d citations in %d cross-references of the treaty", total, len(rows))
}

// TestCitationsLinear scans 1 MB of prose dense with citations, and 1 MB of
// hostile text, and checks the counts; BenchmarkCitations compares sizes.
func TestCitationsLinear(t *testing.T) {
	unit := "In accordance with article 46, paragraph 9 (b), and paragraphs 1 and 2 of this article, "
	text := strings.Repeat(unit, (1<<20)/len(unit)+1)
	n := 0
	start := time.Now()
	for range Citations(text, 55) {
		n++
	}
	if want := 3 * strings.Count(text, unit); n != want {
		t.Errorf("found %d citations in %d bytes, want %d", n, len(text), want)
	}
	for name, hostile := range map[string]string{
		"unclosed run":    strings.Repeat("paragraph 1 and ", 1<<16),
		"prefixes":        strings.Repeat("article ", 1<<17),
		"parentheses":     "article 46" + strings.Repeat("(", 1<<20),
		"long list":       "articles " + strings.Repeat("46 and ", 1<<17) + "47",
		"this":            strings.Repeat("this ", 1<<18),
		"groups":          "article 2" + strings.Repeat(" (a)", 1<<18),
		"subparagraph b)": strings.Repeat("subparagraph b) ", 1<<16),
	} {
		n := 0
		for range Citations(hostile, 5) {
			n++
		}
		t.Logf("%s: %d bytes, %d citations", name, len(hostile), n)
	}
	// A generous bound that a quadratic scan of these inputs would exceed
	// by far; the benchmarks give the real figures.
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("scanning 8 MB took %v", d)
	}
}

func BenchmarkCitations(b *testing.B) {
	unit := "In accordance with article 46, paragraph 9 (b), and paragraphs 1 and 2 of this article, "
	for _, size := range []int{1 << 10, 1 << 14, 1 << 18, 1 << 20} {
		text := strings.Repeat(unit, size/len(unit)+1)
		b.Run(strconv.Itoa(size), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				for range Citations(text, 55) {
				}
			}
		})
	}
}
