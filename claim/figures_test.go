package claim_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/uncac-go/uncac/claim"
)

// TestFigures checks what Figures finds in prose: every figure with its
// span and reading, tolerant of the words around it, and a figure it
// cannot read reported as such.
func TestFigures(t *testing.T) {
	text := "There are currently 180 States parties, out of $6.4 billion only $185 million, or less than three percent, " +
		"of which 44 launched in 2009; the thirtieth ratification came on Friday, 27 September 2007, and 3,68 more."
	type fig struct{ Text, Kind, Reading string }
	var got []fig
	for f := range claim.Figures(text) {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End || text[f.Start:f.End] != f.Text {
			t.Fatalf("figure %+v: span outside the text or not its text", f)
		}
		if (f.Kind == "unreadable") != (f.Err != nil) {
			t.Errorf("figure %+v: kind and error disagree", f)
		}
		got = append(got, fig{f.Text, f.Kind, f.Reading})
	}
	want := []fig{
		{"180", "number", "180"},
		{"$6.4 billion", "money", "USD 6.4 billion"},
		{"only $185 million", "money", "only USD 185 million"},
		{"less than three percent", "percent", "less than 3%"},
		{"44", "number", "44"},
		{"2009", "year", "2009"},
		{"the thirtieth", "ordinal", "30th"},
		{"Friday, 27 September 2007", "date", "Friday, 27 September 2007"},
		{"3,68", "unreadable", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Figures mismatch (-want +got):\n%s", diff)
	}
	for f := range claim.Figures("and 3,68 more") {
		if pe, ok := errors.AsType[*claim.ParseError](f.Err); !ok || pe.Func != "claim.Figures" || !errors.Is(f.Err, claim.ErrSyntax) {
			t.Errorf("unreadable figure error %v, want a *ParseError of claim.Figures wrapping ErrSyntax", f.Err)
		}
	}
}

// TestUnchecked checks coverage: the figures of a paragraph that no claim
// checks or waives.
func TestUnchecked(t *testing.T) {
	par := "She noted that 118 States had identified a total of 3,680 needs under the first review cycle, " +
		"of which two had been identified since CAC/COSP/2019/14."
	claims := []claim.Claim{
		claim.Count("118 States", 118),
		claim.Count("a total of 3,680", 3680),
	}
	texts := func(fs []claim.Figure) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Text)
		}
		return out
	}
	if diff := cmp.Diff([]string{"the first", "two", "2019", "14"}, texts(claim.Unchecked(par, claims...))); diff != "" {
		t.Errorf("Unchecked mismatch (-want +got):\n%s", diff)
	}
	claims = append(claims,
		claim.Waive("first review cycle", "names the cycle"),
		claim.Waive("CAC/COSP/2019/14", "a document symbol"),
		claim.Count("two had been identified", 2),
	)
	if u := claim.Unchecked(par, claims...); len(u) != 0 {
		t.Errorf("Unchecked = %v, want none", texts(u))
	}
	if !claim.Check(claims...).OK() {
		t.Errorf("claims do not hold:\n%s", claim.Check(claims...))
	}
}

// TestOrdinals holds issue 14 item 3: ordinals in words and digits are the
// counts they state.
func TestOrdinals(t *testing.T) {
	for _, tt := range []struct {
		lit string
		n   int
	}{{"the thirtieth ratification", 30}, {"the 100th Ratification", 100}, {"191st", 191}, {"one hundred and first", 101}} {
		if r := claim.Check(claim.Count(tt.lit, tt.n)); !r.OK() || r.Entries[0].Verdict != claim.Holds {
			t.Errorf("Count(%q, %d):\n%s", tt.lit, tt.n, r)
		}
		if r := claim.Check(claim.Count(tt.lit, tt.n+1)); r.Entries[0].Verdict != claim.Fails {
			t.Errorf("Count(%q, %d) does not fail:\n%s", tt.lit, tt.n+1, r)
		}
	}
}

// BenchmarkFigures scans prose of growing size: the cost per byte stays the
// same (linear time).
func BenchmarkFigures(b *testing.B) {
	par := "She noted that 118 States had identified a total of 3,680 needs, of which only eight further needs " +
		"and $43 million, or less than three percent, as at 30 November 2007 in the period 2020–2021. "
	for _, size := range []int{16 << 10, 1 << 20} {
		text := strings.Repeat(par, size/len(par))
		b.Run(strings.TrimSuffix(strings.ReplaceAll(byteSize(size), " ", ""), "B"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				for range claim.Figures(text) {
				}
			}
		})
	}
}

func byteSize(n int) string {
	if n >= 1<<20 {
		return "1MB"
	}
	return "16KB"
}

// TestFiguresJSON checks that figures, unreadable ones included, store as
// JSON with the error as its message and read back equal.
func TestFiguresJSON(t *testing.T) {
	figs := slices.Collect(claim.Figures("only $185 million, the thirtieth, 3,68 and kr 500 in 2009"))
	b, err := json.Marshal(figs)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "{}") {
		t.Errorf("JSON holds an empty object: %s", b)
	}
	var back []claim.Figure
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(back) != len(figs) {
		t.Fatalf("read back %d figures, want %d", len(back), len(figs))
	}
	for i := range figs {
		a, z := figs[i], back[i]
		if a.Start != z.Start || a.End != z.End || a.Text != z.Text || a.Kind != z.Kind || a.Reading != z.Reading ||
			(a.Err == nil) != (z.Err == nil) || a.Err != nil && (a.Err.Error() != z.Err.Error() || errors.Is(a.Err, claim.ErrSyntax) != errors.Is(z.Err, claim.ErrSyntax)) {
			t.Errorf("figure %d read back as %+v, want %+v", i, z, a)
		}
	}
}
