package claim_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/uncac-go/uncac/claim"
	"github.com/uncac-go/uncac/internal/golden"
)

// fakeT records what Assert and AssertEach report.
type fakeT struct {
	name   string
	errors []string
	subs   []*fakeT
}

func (f *fakeT) Helper() {}

func (f *fakeT) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

func (f *fakeT) Run(name string, fn func(*fakeT)) bool {
	sub := &fakeT{name: name}
	f.subs = append(f.subs, sub)
	fn(sub)
	return len(sub.errors) == 0
}

func TestAssertPasses(t *testing.T) {
	var ft fakeT
	if !claim.Assert(&ft, claim.Count("3,680", 3680), claim.Count("about 10", 11)) {
		t.Error("Assert returned false for holding claims")
	}
	if len(ft.errors) != 0 {
		t.Errorf("Assert reported %q for holding claims", ft.errors)
	}
	// A real *testing.T satisfies both interfaces.
	claim.Assert(t, claim.Count("four", 4))
	claim.AssertEach(t, claim.Count("four", 4), claim.Share("two", "six", 2, 6))
}

// TestAssertWrongFigure checks that a wrong figure fails with a message
// that says what was stated, what the data says, and by how much.
func TestAssertWrongFigure(t *testing.T) {
	var ft fakeT
	ok := claim.Assert(&ft,
		claim.Count("118 States", 118),
		claim.Count("a total of 3,680", 3677),
		claim.Money("$43 million", "USD", decimal.RequireFromString("41800000")),
	)
	if ok {
		t.Fatal("Assert returned true with wrong figures")
	}
	want := []string{`claim: 3 figures: 1 holds, 2 fail
	count "a total of 3,680" fails: stated 3,680, data 3,677, off by -3
	money "$43 million" fails: stated USD [42,500,000..43,500,000), data USD 41,800,000, off by -1,200,000; the data prints as "USD 42 million"`}
	if diff := cmp.Diff(want, ft.errors); diff != "" {
		t.Errorf("Assert errors mismatch (-want +got):\n%s", diff)
	}
}

func TestAssertEach(t *testing.T) {
	var ft fakeT
	claim.AssertEach(&ft,
		claim.Count("four", 4),
		claim.Count("four", 5),
		claim.Share("two", "six", 2, 6),
	)
	var names []string
	var failed []string
	for _, s := range ft.subs {
		names = append(names, s.name)
		if len(s.errors) > 0 {
			failed = append(failed, s.name)
		}
	}
	if diff := cmp.Diff([]string{`count "four"`, `1 count "four"`, `share "two of six"`}, names); diff != "" {
		t.Errorf("subtest names mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{`1 count "four"`}, failed); diff != "" {
		t.Errorf("failed subtests mismatch (-want +got):\n%s", diff)
	}
	if len(ft.errors) != 0 {
		t.Errorf("AssertEach reported on the parent: %q", ft.errors)
	}
}

// TestReportGolden checks the report's text against testdata/report.golden;
// run with -update to rewrite it.
func TestReportGolden(t *testing.T) {
	byArticle := map[string]int{"art. 46": 200, "art. 44": 182, "art. 50": 185, "art. 48": 120}
	r := claim.Check(
		claim.Count("a total of 3,680", 3680),
		claim.Count("118 States", 117),
		claim.Count("nearly 500", 480),
		claim.Count("over 2,000", 1990),
		claim.Distinct("three States", "KEN", "UGA", "KEN", "TZA"),
		claim.Money("$43 million", "USD", decimal.RequireFromString("43210000")),
		claim.Money("€12.5m", "USD", decimal.RequireFromString("12500000")),
		claim.Share("four", "the 11 States", 4, 11),
		claim.Percent("36 per cent", 4, 11),
		claim.Percent("50 per cent", 5, 11),
		claim.Change("an additional four", 176, 180),
		claim.Invariant("remained unchanged", "the same top three", "drafting, capacity, practices" == "drafting, practices, capacity"),
		claim.Range("between 2006 and 2012", 2006, 2013),
		claim.Respectively("185 needs and 182 needs", byArticle["art. 44"], byArticle["art. 50"]),
		claim.Top("article 46", []string{"art. 46"}, byArticle),
		claim.Order("art. 46, followed by art. 44 and art. 50", []string{"art. 46", "art. 44", "art. 50"}, byArticle),
		claim.NoFewer("3,680", "118"),
		claim.Sum("100%", "33%", "33%", "33%"),
		claim.GRIM("36 per cent", "11"),
		claim.Count("lots", 3),
		claim.Count("between 2006 and 2012", 2010),
		claim.Money("$500", "USD", decimal.RequireFromString("480")),
		claim.Money("US$ 1.398 billion", "USD", decimal.RequireFromString("1390000000")),
		claim.Parts("$1 million", "$600,000", "$450,000"),
		claim.Invariant("the three categories most often named remained the same",
			"the three categories with the most needs are the same in both snapshots, in the same order, "+
				"with no category outside them tied with the third", false),
	)
	got := r.String() + "\n"
	golden.File(t, filepath.Join("testdata", "report.golden"), []byte(got))
}

// TestAssertNothing checks that a test that states no claim does not pass
// silently.
func TestAssertNothing(t *testing.T) {
	var ft fakeT
	if claim.Assert(&ft) || len(ft.errors) != 1 {
		t.Errorf("Assert() with no claims: reported %q", ft.errors)
	}
	var fe fakeT
	claim.AssertEach(&fe)
	if len(fe.errors) != 1 || len(fe.subs) != 0 {
		t.Errorf("AssertEach() with no claims: reported %q, %d subtests", fe.errors, len(fe.subs))
	}
}
