// Command csvneeds shows how to bring your own data to package needs: it
// reads technical assistance needs from a CSV file, checks them, and prints
// the figures a statistical update reports about them.
//
// The file has a header row naming at least the columns state, cycle,
// provision and category, in any order and any case (other columns are
// ignored), and one need a row; lines starting with # are comments:
//
//	state,cycle,provision,category
//	KEN,first,"article 46, paragraph 9 (b)",legislative drafting
//
// Each field is decoded by its identifier's UnmarshalText, so every spelling
// the library reads is accepted ("art. 46(9)(b)", "46(9)(b)"; "first",
// "1"; "capacity building", "training"). Rows that fail to decode or to
// validate are reported with their line numbers and left out; the figures
// are computed from the rest.
//
//	go run ./examples/csvneeds                  # the embedded sample, testdata/needs.csv
//	go run ./examples/csvneeds mydata.csv       # your own file
//	go run ./examples/csvneeds examples/csvneeds/testdata/bad.csv
//
// THE SAMPLE DATA IS SYNTHETIC: the States are real codes, but which State
// identified which need is invented.
//
// The program exits with status 1 if it left any row out, and 2 if it could
// not read the file at all.
package main

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"golang.org/x/exp/stats"
)

// sample is a small synthetic data set, used when no file is named.
//
//go:embed testdata/needs.csv
var sample []byte

const sampleName = "testdata/needs.csv (the embedded sample: synthetic data)"

func main() {
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: csvneeds [file.csv]")
	}
	flag.Parse()
	name, data := sampleName, sample
	switch flag.NArg() {
	case 0:
	case 1:
		b, err := os.ReadFile(flag.Arg(0))
		if err != nil {
			fmt.Fprintln(os.Stderr, "csvneeds:", err)
			os.Exit(2)
		}
		name, data = flag.Arg(0), b
	default:
		flag.Usage()
		os.Exit(2)
	}
	rejected, err := run(os.Stdout, bytes.NewReader(data), name)
	if err != nil {
		fmt.Fprintf(os.Stderr, "csvneeds: %s: %v\n", name, err)
		os.Exit(2)
	}
	if rejected > 0 {
		os.Exit(1)
	}
}

// columns are the CSV columns the program needs, in the order of the fields
// of needs.Need that read decodes them into.
var columns = [...]string{"state", "provision", "cycle", "category"}

// A problem is what is wrong with one line of the file.
type problem struct {
	line int
	err  error
}

// run reads needs from in, reports the rows it rejects and prints the
// figures of the rest to w. It returns the number of rows rejected, and an
// error only if in cannot be read as CSV with the columns it needs.
func run(w io.Writer, in io.Reader, name string) (rejected int, err error) {
	batch, lines, problems, err := read(in)
	if err != nil {
		return 0, err
	}
	batch, problems = validate(batch, lines, problems)

	fmt.Fprintf(w, "Technical assistance needs from %s\n\n", name)
	if len(problems) > 0 {
		fmt.Fprintf(w, "%d %s; the rows concerned are left out:\n", len(problems), plural(len(problems), "problem"))
		bad := map[int]bool{}
		for _, p := range problems {
			fmt.Fprintf(w, "  line %d: %v\n", p.line, p.err)
			bad[p.line] = true
		}
		rejected = len(bad)
		fmt.Fprintln(w)
	}

	s := needs.TallySlice(batch)
	total := s.Total()
	rows := len(batch) + rejected
	fmt.Fprintf(w, "%d %s from %d %s (%d %s read, %d left out).\n\n", total.Needs, plural(total.Needs, "need"),
		total.States, plural(total.States, "State"), rows, plural(rows, "row"), rejected)
	if total.Needs == 0 {
		return rejected, nil
	}
	groupsByChapter(w, s)
	topArticles(w, s, 3)
	perState(w, s)

	// A Need marshals to JSON through the MarshalText methods of its fields.
	b, err := json.MarshalIndent(batch[0], "", "  ")
	if err != nil {
		return rejected, err
	}
	fmt.Fprintf(w, "The first record as JSON:\n%s\n", b)
	return rejected, nil
}

// read decodes the rows of in into needs, with lines[i] the line of the file
// that batch[i] came from. A row with fields that do not decode is left out,
// with a problem for each such field.
func read(in io.Reader) (batch []needs.Need, lines []int, problems []problem, err error) {
	r := csv.NewReader(in)
	r.Comment = '#'
	r.TrimLeadingSpace = true
	r.FieldsPerRecord = -1 // a short row is a problem of its own, not the end of the file
	header, err := r.Read()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("reading the header: %w", err)
	}
	// col[i] is the index in the file of columns[i].
	var col [len(columns)]int
	for i, name := range columns {
		col[i] = slices.IndexFunc(header, func(h string) bool { return strings.EqualFold(strings.TrimSpace(h), name) })
		if col[i] < 0 {
			return nil, nil, nil, fmt.Errorf("the header has no column %q", name)
		}
	}

	for {
		rec, err := r.Read()
		if err == io.EOF {
			return batch, lines, problems, nil
		}
		if err != nil {
			return nil, nil, nil, err // a *csv.ParseError, which gives the line
		}
		line, _ := r.FieldPos(0)
		var n needs.Need
		// Each field decodes through its type's UnmarshalText, which
		// accepts every spelling the type's Parse function does and
		// returns an error that names the type and the text.
		fields := [len(columns)]encoding.TextUnmarshaler{&n.State, &n.Provision, &n.Cycle, &n.Category}
		ok := true
		for i, f := range fields {
			if col[i] >= len(rec) {
				problems = append(problems, problem{line, fmt.Errorf("no %s: the row has %d fields", columns[i], len(rec))})
				ok = false
			} else if err := f.UnmarshalText([]byte(rec[col[i]])); err != nil {
				problems = append(problems, problem{line, err})
				ok = false
			}
		}
		if ok {
			batch = append(batch, n)
			lines = append(lines, line)
		}
	}
}

// validate checks batch with needs.Validate, adds a problem for every fault
// it finds, and returns the needs without a fault. The problems come back in
// the order of the lines.
func validate(batch []needs.Need, lines []int, problems []problem) ([]needs.Need, []problem) {
	err := needs.Validate(batch)
	if err == nil {
		return batch, problems
	}
	// Validate returns one *convention.ValidationError per fault. Its Index
	// is the position in batch, which lines maps back to the file.
	faults, _ := errors.AsType[convention.ValidationErrors](err)
	bad := map[int]bool{}
	for _, e := range faults {
		bad[e.Index] = true
		problems = append(problems, problem{lines[e.Index], describe(e)})
	}
	var kept []needs.Need
	for i, n := range batch {
		if !bad[i] {
			kept = append(kept, n)
		}
	}
	// The decoding problems came first; merge the two kinds by line.
	slices.SortStableFunc(problems, func(a, b problem) int { return cmp.Compare(a.line, b.line) })
	return kept, problems
}

// describe says what a ValidationError says, but without the record's
// index, which counts the decoded rows rather than the lines of the file.
func describe(e *convention.ValidationError) error {
	if e.Field == "" {
		return fmt.Errorf("needs: %w", e.Err)
	}
	return fmt.Errorf("needs: %s: %w", e.Field, e.Err)
}

// count is Summary.Count for the filters this program uses, all of which a
// Summary answers.
func count(s *needs.Summary, f needs.Filter) needs.Count {
	c, _ := s.Count(f)
	return c
}

// chapters returns the chapters under which s has needs, in order.
func chapters(s *needs.Summary) []convention.Chapter {
	var chs []convention.Chapter
	for ch := range convention.Chapters() {
		if count(s, needs.Filter{Chapter: ch}).Needs > 0 {
			chs = append(chs, ch)
		}
	}
	return chs
}

// groupsByChapter prints the cross-tabulation of regional groups by
// chapter, each cell "needs/States".
func groupsByChapter(w io.Writer, s *needs.Summary) {
	chs := chapters(s)
	fmt.Fprintf(w, "Needs/States by regional group and chapter:\n%-37s", "")
	for _, ch := range chs {
		fmt.Fprintf(w, "%8s", strings.TrimPrefix(ch.String(), "chapter "))
	}
	fmt.Fprintf(w, "%8s\n", "all")
	cell := func(c needs.Count) string { return fmt.Sprintf("%d/%d", c.Needs, c.States) }
	line := func(label string, f needs.Filter) {
		fmt.Fprintf(w, "  %-35s", label)
		for _, ch := range chs {
			f.Chapter = ch
			fmt.Fprintf(w, "%8s", cell(count(s, f)))
		}
		f.Chapter = 0
		fmt.Fprintf(w, "%8s\n", cell(count(s, f)))
	}
	for g := range convention.RegionalGroups() {
		line(g.String(), needs.Filter{Group: g})
	}
	// Parties outside the five groups, such as the European Union, each
	// get a row of their own, if they have needs.
	for _, e := range s.RankStates(needs.Filter{}) {
		if !e.Key.Group().IsValid() {
			line(e.Key.Name()+" (no regional group)", needs.Filter{State: e.Key})
		}
	}
	fmt.Fprintf(w, "  %-35s", "all")
	for _, ch := range chs {
		fmt.Fprintf(w, "%8s", cell(count(s, needs.Filter{Chapter: ch})))
	}
	fmt.Fprintf(w, "%8s\n\n", cell(s.Total()))
}

// topArticles prints the k leading articles of each chapter by needs, with
// their competition ranks: tied articles share a rank, and Top keeps every
// article tied with the k-th.
func topArticles(w io.Writer, s *needs.Summary, k int) {
	fmt.Fprintf(w, "Leading articles by needs (top %d of each chapter, with ties):\n", k)
	for _, ch := range chapters(s) {
		fmt.Fprintf(w, "  %v, %s\n", ch, ch.Title())
		for _, e := range s.RankArticles(needs.Filter{Chapter: ch}).Top(k) {
			fmt.Fprintf(w, "    %d. %-11v %-45s %2d %s, %d %s\n", e.Rank, e.Key, clip(e.Key.Title(), 45),
				e.Count.Needs, plural(e.Count.Needs, "need"), e.Count.States, plural(e.Count.States, "State"))
		}
	}
	fmt.Fprintln(w)
}

// perState prints how many needs each State identified, and the
// distribution of those numbers.
func perState(w io.Writer, s *needs.Summary) {
	ranking := s.RankStates(needs.Filter{})
	// The spread of needs over States, with golang.org/x/exp/stats, from
	// the ranking's counts (highest first).
	var per []float64
	for _, e := range slices.Backward(ranking) {
		per = append(per, float64(e.Count.Needs))
	}
	q := stats.Quantiles(per, 0, 0.25, 0.5, 0.75, 1)
	fmt.Fprintf(w, "Needs per State: %d States; min %.6g, Q1 %.6g, median %.6g, Q3 %.6g, max %.6g; mean %.2f\n",
		len(per), q[0], q[1], q[2], q[3], q[4], stats.Mean(per))
	for _, e := range ranking {
		fmt.Fprintf(w, "  %d. %v %-38s %-8s %2d %s\n", e.Rank, e.Key, clip(e.Key.Name(), 38),
			e.Key.Group().Abbrev(), e.Count.Needs, plural(e.Count.Needs, "need"))
	}
	fmt.Fprintln(w)
}

// clip shortens s to at most n characters, marking a cut with an ellipsis.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// plural returns noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}
