// Command tour prints the Convention against Corruption as the convention
// package sees it: every chapter and article, how many citable provisions
// each has, and how many of them are mandatory, endeavour, consider,
// optional or no obligation. It then parses a few citations as UN documents
// write them, finds the citations in a paragraph of prose, and finds States
// by the names datasets print.
//
//	go run ./examples/tour
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/uncac-go/uncac/convention"
)

func main() {
	if err := tour(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(1)
	}
}

// classes are the obligation columns, strongest first.
var classes = [...]convention.Obligation{
	convention.Mandatory, convention.Endeavour, convention.Consider, convention.Optional, convention.NoObligation,
}

func tour(w io.Writer) error {
	fmt.Fprintf(w, "United Nations Convention against Corruption: %d chapters, %d articles, %d citable provisions\n\n",
		convention.NumChapters, convention.NumArticles, convention.NumProvisions)
	header := fmt.Sprintf("%-12s %-58s %5s %5s %5s %5s %5s %5s", "", "", "prov.", "mand.", "end.", "cons.", "opt.", "none")
	var total [len(classes) + 1]int
	for ch := range convention.Chapters() {
		fmt.Fprintf(w, "%s: %s\n%s\n", ch, ch.Title(), header)
		for a := range ch.Articles() {
			row := count(a)
			for i := range row {
				total[i] += row[i]
			}
			fmt.Fprintf(w, "%-12v %-58s %5d %5d %5d %5d %5d %5d\n", a, clip(a.Title(), 58),
				row[0], row[1], row[2], row[3], row[4], row[5])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%-71s %5d %5d %5d %5d %5d %5d\n\n", "all articles", total[0], total[1], total[2], total[3], total[4], total[5])

	fmt.Fprintln(w, "Citations as reports write them:")
	for _, s := range []string{
		"article 46, paragraph 9 (b)",
		"Art. 46 (9) (c)",
		"article 2 (a) (i)",
		"arts. 44–46",
		"art. 57(3)(a)–(c)",
		"art. 46(31)",
		"article 15, paragraph 2",
		"articles 46 and 55 of the Convention and paragraphs 1 and 2 of article 57",
		"Art. 2(e) UNCAC",
		"chapter VII",
	} {
		refs, err := convention.ParseRefs(s)
		if err != nil {
			fmt.Fprintf(w, "  %-30q error: %v\n", s, err)
			continue
		}
		fmt.Fprintf(w, "  %-30q", s)
		for _, r := range refs {
			fmt.Fprintf(w, " %v (%v)", r, r.Obligation())
		}
		fmt.Fprintln(w)
	}

	const prose = "In accordance with article 46 of this Convention and paragraph 2 of this article, " +
		"and subject to chapter V, each State Party shall apply paragraphs 1 to 3 of article 31."
	fmt.Fprintf(w, "\nCitations in prose (the text of article 57):\n  %s\n", prose)
	for c := range convention.Citations(prose, 57) {
		what := c.Ref.String()
		if c.Chapter != 0 {
			what = c.Chapter.String()
		}
		fmt.Fprintf(w, "  bytes %3d–%3d %-32q %s\n", c.Start, c.End, prose[c.Start:c.End], what)
	}

	fmt.Fprintln(w, "\nStates as datasets name them:")
	for _, name := range []string{"Cote d'Ivoire", "the United States", "St. Kitts & Nevis", "Swaziland",
		"Korea, Rep.", "Congo", "Korea", "Kenia"} {
		s, err := convention.LookupState(name)
		if err != nil {
			fmt.Fprintf(w, "  %-20q error: %v\n", name, err)
			continue
		}
		fmt.Fprintf(w, "  %-20q %v %s\n", name, s, s.Name())
	}
	return nil
}

// count returns the number of provisions of a, then the number in each
// class of classes.
func count(a convention.Article) [len(classes) + 1]int {
	var row [len(classes) + 1]int
	for r := range a.Provisions() {
		row[0]++
		for i, c := range classes {
			if r.Obligation() == c {
				row[i+1]++
			}
		}
	}
	return row
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
