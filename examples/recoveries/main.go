// Command recoveries reads a researcher's table of asset restitutions as the
// sources print them, with the parsers of package assetrecovery, validates
// it, totals it by stage, currency, State of origin and holding
// jurisdiction, and checks the source's own summary sentence with package
// claim.
//
// The embedded table, testdata/restitutions.csv, is real: every row is
// transcribed from a public page of the Swiss Federal Department of Foreign
// Affairs or the Federal Council, which the row cites. Its columns are
//
//	case,origin,holder,stage,date,amount,source
//
// where origin and holder are ISO 3166-1 codes, stage is a word the sources
// use ("restitution", "restitution agreement"), date is as printed ("2017",
// "16 August 2022") and amount is as printed ("USD 321 million", "1.3
// million USD"). A row that a parser refuses is reported with its line and
// left out; the rest are totalled.
//
//	go run ./examples/recoveries              # the embedded table
//	go run ./examples/recoveries mine.csv     # your own file, same columns
//
// The program exits with status 1 if it left a row out or a claim failed,
// and 2 if it could not read the file.
package main

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/uncac-go/uncac/assetrecovery"
	"github.com/uncac-go/uncac/claim"
	"github.com/uncac-go/uncac/convention"
)

//go:embed testdata/restitutions.csv
var sample []byte

// summaryFigure is the figure of the FDFA list's summary sentence, as
// printed: the total Switzerland says it has returned to date.
const summaryFigure = "approximately USD two billion"

func main() {
	flag.Usage = func() { fmt.Fprintln(flag.CommandLine.Output(), "usage: recoveries [file.csv]") }
	flag.Parse()
	data := sample
	if flag.NArg() > 0 {
		var err error
		if data, err = os.ReadFile(flag.Arg(0)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	ok, err := run(os.Stdout, data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

// parserCounts counts, for each parser, the fields it accepted and refused.
type parserCounts struct{ accepted, refused int }

// run reads data, prints the report to w and says whether every row was
// read and every claim held.
func run(w io.Writer, data []byte) (bool, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comment = '#'
	head, err := r.Read()
	if err != nil {
		return false, fmt.Errorf("no header row: %v", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	for _, h := range []string{"case", "origin", "holder", "stage", "date", "amount"} {
		if _, ok := col[h]; !ok {
			return false, fmt.Errorf("no column %q", h)
		}
	}

	counts := map[string]*parserCounts{}
	for _, p := range []string{"ParseState", "ParseStage", "ParseDate", "ParseAmount"} {
		counts[p] = &parserCounts{}
	}
	var cases []assetrecovery.Case
	var refused []string
	rows := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return false, err
		}
		rows++
		line, _ := r.FieldPos(0)
		var problems []string
		note := func(parser string, err error) {
			if err != nil {
				counts[parser].refused++
				problems = append(problems, err.Error())
			} else {
				counts[parser].accepted++
			}
		}
		origin, err := convention.ParseState(rec[col["origin"]])
		note("ParseState", err)
		holder, err := convention.ParseState(rec[col["holder"]])
		note("ParseState", err)
		stage, err := assetrecovery.ParseStage(rec[col["stage"]])
		note("ParseStage", err)
		date, err := assetrecovery.ParseDate(rec[col["date"]])
		note("ParseDate", err)
		amount, err := assetrecovery.ParseAmount(rec[col["amount"]])
		note("ParseAmount", err)
		if len(problems) > 0 {
			refused = append(refused, fmt.Sprintf("line %d (%s): %s", line, rec[col["case"]], strings.Join(problems, "; ")))
			continue
		}
		cases = append(cases, assetrecovery.Case{
			ID:      rec[col["case"]],
			Origin:  origin,
			Holders: []convention.State{holder},
			Events:  []assetrecovery.Event{{Stage: stage, Date: date, Amount: amount, Jurisdiction: holder}},
		})
	}

	fmt.Fprintf(w, "Read %d rows: %d accepted, %d refused.\n", rows, len(cases), len(refused))
	for _, p := range []string{"ParseState", "ParseStage", "ParseDate", "ParseAmount"} {
		fmt.Fprintf(w, "  %-12s accepted %2d, refused %d\n", p, counts[p].accepted, counts[p].refused)
	}
	for _, s := range refused {
		fmt.Fprintln(w, "  refused:", s)
	}

	ok := len(refused) == 0
	if err := assetrecovery.Validate(cases); err != nil {
		ok = false
		fmt.Fprintln(w, "Validation problems:")
		fmt.Fprintln(w, err)
	}

	all := assetrecovery.SumSlice(cases, assetrecovery.Filter{})
	fmt.Fprintln(w, "\nBy stage and currency:")
	for t := range all.All() {
		fmt.Fprintf(w, "  %-24s %-22s %2d events\n", t.Stage, t.Amount, t.Count)
	}

	fmt.Fprintln(w, "\nReturned, by State of origin:")
	for _, s := range distinct(cases, func(c assetrecovery.Case) convention.State { return c.Origin }) {
		t := assetrecovery.SumSlice(cases, assetrecovery.Filter{Origin: s})
		for a := range amounts(t, assetrecovery.Returned) {
			fmt.Fprintf(w, "  %s %-28s %s\n", s, s.Name(), a)
		}
	}
	fmt.Fprintln(w, "\nBy holding jurisdiction:")
	for _, s := range distinct(cases, func(c assetrecovery.Case) convention.State { return c.Events[0].Jurisdiction }) {
		t := assetrecovery.SumSlice(cases, assetrecovery.Filter{Holder: s})
		for tot := range t.All() {
			fmt.Fprintf(w, "  %s %-24s %s\n", s, tot.Stage, tot.Amount)
		}
	}

	fmt.Fprintln(w, "\nReturned, by year (only years known for certain):")
	for y := range all.Years() {
		for a := range amounts(all.Year(y), assetrecovery.Returned) {
			fmt.Fprintf(w, "  %d %s\n", y, a)
		}
	}

	usd, _ := assetrecovery.ParseCurrency("USD")
	returned := all.Amount(assetrecovery.Returned, usd)
	fmt.Fprintf(w, "\nThe FDFA list's summary: %q returned to date.\n", summaryFigure)
	fmt.Fprintf(w, "Returned in the cases listed: %s\n", returned)
	report := claim.Check(claim.Money(summaryFigure, "USD", returned.Decimal()))
	fmt.Fprintln(w, report.String())
	return ok && report.OK(), nil
}

// distinct returns the States key gives for the cases, in order of code.
func distinct(cases []assetrecovery.Case, key func(assetrecovery.Case) convention.State) []convention.State {
	var out []convention.State
	for _, c := range cases {
		if s := key(c); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, convention.State.Compare)
	return out
}

// amounts yields the sums of t at stage s, one per currency.
func amounts(t assetrecovery.Totals, s assetrecovery.Stage) func(func(assetrecovery.Amount) bool) {
	return func(yield func(assetrecovery.Amount) bool) {
		for tot := range t.All() {
			if tot.Stage == s && !yield(tot.Amount) {
				return
			}
		}
	}
}
