// Command irg2021 reproduces the figures of the technical assistance section
// of the report of the Implementation Review Group on its resumed twelfth
// session (Vienna, 6–10 September 2021, section VI, paragraphs 1, 2 and 5)
// and checks every figure as printed against the figure computed from data.
//
// The data is synthetic: package needstest makes first-cycle needs, reviews,
// second-cycle asset-recovery needs and assistance records that agree with
// what the report publishes, and nothing else about them is real. The
// program is the template for checking a real report against real data:
// replace the needstest calls with your own records.
//
//	go run ./examples/irg2021            # seed 1
//	go run ./examples/irg2021 -seed 7    # another synthetic world; the figures still hold
//	go run ./examples/irg2021 -text irg-2021-technical-assistance.md
//
// With -text, given the report's text (Markdown or plain text, with the
// paragraphs numbered "1. ", "2. " … at the start of a line), it also finds
// every figure that paragraphs 1, 2 and 5 print and checks that each is
// checked by a claim or waived with a reason, and reports that coverage.
// The project ships no report text: point it at your own copy.
//
// It exits with status 1 if any figure fails or, with -text, if any figure
// of the three paragraphs is neither checked nor waived.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/uncac-go/uncac/assetrecovery"
	"github.com/uncac-go/uncac/claim"
	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
	"github.com/uncac-go/uncac/review"
)

func main() {
	seed := flag.Uint64("seed", 1, "seed of the synthetic data")
	text := flag.String("text", "", "the report's text: check that every figure of paragraphs 1, 2 and 5 is checked or waived")
	flag.Parse()
	os.Exit(run(os.Stdout, *seed, *text))
}

// run reproduces the section for seed and, given a text file, reports the
// coverage of its figures; it returns the exit status.
func run(w io.Writer, seed uint64, textFile string) int {
	report := reproduce(w, seed)
	status := 0
	if !report.OK() {
		status = 1
	}
	if textFile == "" {
		return status
	}
	text, err := os.ReadFile(textFile)
	if err != nil {
		fmt.Fprintln(w, "irg2021:", err)
		return 1
	}
	f, err := compute(seed)
	if err != nil {
		fmt.Fprintln(w, "irg2021: the data is not valid:", err)
		return 1
	}
	if !cover(w, string(text), paragraphs(f)) {
		status = 1
	}
	return status
}

// figures are what the program computes from data, before any is compared
// with the report.
type figures struct {
	finalizedBefore, finalizedAfter int // first-cycle reviews finalized at each update
	newlyFinalized                  []review.ID
	newWithNeeds                    int // of newlyFinalized, those that identified needs
	before, after                   *needs.Summary
	delta                           needs.Delta

	assetRecovery *needs.Summary // second-cycle needs under chapter V
	cooperation   int            // States among them with needs on international cooperation

	star      *needs.AssistanceSummary // StAR Initiative, 2020–2021
	recovered assetrecovery.Amount     // returned in the case the panellist described
}

func compute(seed uint64) (figures, error) {
	var f figures
	earlier, later := needstest.EarlierReport(), needstest.Report()

	reviews := needstest.FirstCycleReviews(seed)
	if err := review.Validate(reviews); err != nil {
		return f, err
	}
	f.finalizedBefore = review.ProgressOf(slices.Values(reviews), earlier, review.Filter{}).Count(review.SummaryFinalized, convention.Certain)
	f.finalizedAfter = review.ProgressOf(slices.Values(reviews), later, review.Filter{}).Count(review.SummaryFinalized, convention.Certain)
	f.newlyFinalized = review.Diff(slices.Values(reviews), review.SummaryFinalized, earlier, later)

	all := needstest.FirstCycle(seed)
	if err := needs.ValidateUnique(all); err != nil {
		return f, err
	}
	f.after = needs.TallySlice(all)
	f.before = needs.TallySlice(needstest.FirstCycleAsOf(seed, earlier))
	f.delta = needs.Diff(f.before, f.after)
	for _, id := range f.newlyFinalized {
		if count(f.after, needs.Filter{State: id.State}).Needs > 0 {
			f.newWithNeeds++
		}
	}

	f.assetRecovery = needs.TallySlice(needstest.SecondCycleAssetRecovery(seed))
	f.cooperation = f.assetRecovery.StatesUnder(cooperationArticles()...)

	start, end := needstest.StARPeriod()
	f.star = needs.TallyAssistance(func(yield func(needs.Assistance) bool) {
		for _, a := range needstest.StAR() {
			if a.Provider == starProvider && a.During(start, end) && !yield(a) {
				return
			}
		}
	})

	cases := []assetrecovery.Case{recoveryCase()}
	if err := assetrecovery.Validate(cases); err != nil {
		return f, err
	}
	f.recovered = assetrecovery.SumSlice(cases, assetrecovery.Filter{From: start, To: end}).
		Amount(assetrecovery.Returned, assetrecovery.MustParseCurrency("USD"))
	return f, nil
}

// recoveryCase is a synthetic record of the grand corruption case in
// paragraph 5, in which "the related recovery by the State" came to $43
// million. The report names neither the State nor the dates; the ones here
// are invented.
func recoveryCase() assetrecovery.Case {
	st := convention.MustParseState("UZB")
	usd := assetrecovery.MustParseCurrency("USD")
	amount := assetrecovery.NewAmountMinor(43_000_000_00, usd)
	return assetrecovery.Case{
		ID:       "synthetic-2021-1",
		Origin:   st,
		Holders:  []convention.State{st},
		Avenue:   assetrecovery.CriminalConfiscation,
		Offences: []convention.Ref{convention.MustParseRef("art. 17")},
		Events: []assetrecovery.Event{
			{Stage: assetrecovery.Frozen, Date: day(2020, 3, 2), Amount: amount},
			{Stage: assetrecovery.Confiscated, Date: day(2021, 2, 15), Amount: amount},
			{Stage: assetrecovery.Returned, Date: day(2021, 5, 20), Amount: amount, Basis: assetrecovery.EmbezzledPublicFunds},
		},
	}
}

func day(y int, m time.Month, d int) convention.DateRange {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return convention.DateRange{Earliest: t, Latest: t}
}

// A paragraph is the claims that check the figures of one numbered
// paragraph of the section, each literal quoted as the paragraph prints it
// so that a coverage check can find it in the report's text.
type paragraph struct {
	number int
	claims []claim.Claim
}

// paragraphs pairs every figure of paragraphs 1, 2 and 5, as printed, with
// the computed figure.
func paragraphs(f figures) []paragraph {
	iv := convention.InternationalCooperation
	byArticle := map[convention.Article]int{}
	for _, e := range f.after.RankArticles(needs.Filter{Chapter: iv}) {
		byArticle[e.Key] = e.Count.Needs
	}
	a44, a46, a50 := count(f.after, needs.Filter{Article: 44}), count(f.after, needs.Filter{Article: 46}), count(f.after, needs.Filter{Article: 50})
	total := f.after.Total()
	legislative := outcome(f.star, needs.LegislativeDrafting, needs.LawAdopted)
	coordination := outcome(f.star, needs.InstitutionBuilding, needs.MechanismEstablished)
	start, end := needstest.StARPeriod()

	p1 := []claim.Claim{
		claim.Change("an additional four reviews had been finalized", f.finalizedBefore, f.finalizedAfter),
		claim.Share("two had identified technical assistance needs", "four reviews", f.newWithNeeds, len(f.newlyFinalized)),
		claim.Count("118 States", total.States),
		claim.Count("a total of 3,680 individual technical assistance needs", total.Needs),
		claim.NoFewer("3,680 individual technical assistance needs", "118 States"),
		claim.Change("only eight further needs", f.delta.Before.Needs, f.delta.After.Needs),
		claim.Invariant("the overall substantive analysis remained unchanged",
			"the leading article and the top three articles of chapter IV held", leaderHeld(f.before, f.after) && topHeldIn(f.before, f.after, iv, 3)),
	}
	for _, ch := range []convention.Chapter{convention.Criminalization, iv} {
		byCategory := map[needs.Category]int{}
		for _, e := range f.after.RankCategories(needs.Filter{Chapter: ch}) {
			byCategory[e.Key] = e.Count.Needs
		}
		p1 = append(p1, claim.Top("legislative drafting, capacity-building and information on good practices and lessons learned",
			[]needs.Category{needs.LegislativeDrafting, needs.CapacityBuilding, needs.GoodPractices}, byCategory))
	}
	p2 := []claim.Claim{
		claim.Top("article 46", []convention.Article{46}, byArticle),
		claim.Count("74 States", a46.States),
		claim.Count("200 such needs", a46.Needs),
		claim.Order("followed by article 44 on extradition and article 50", []convention.Article{46, 44, 50}, byArticle),
		claim.Count("63 States", a44.States), // identified the needs under article 44
		claim.Count("63 States", a50.States), // and those under article 50
		claim.Respectively("185 needs and 182 needs, respectively", a44.Needs, a50.Needs),
		claim.Share("five", "the eight States", f.cooperation, f.assetRecovery.Total().States),
	}
	p5 := []claim.Claim{
		claim.Range("2020–2021", start.Year(), end.Year()),
		claim.Count("18 countries", f.star.States(0, 0)),
		claim.Share("four States", "the 11 States", legislative.Part, legislative.Whole),
		claim.Share("two States", "the six States", coordination.Part, coordination.Whole),
		claim.Money("$43 million", f.recovered.Currency().String(), f.recovered.Decimal()),
	}
	return []paragraph{{1, p1}, {2, p2}, {5, p5}}
}

// waivers accounts for the figures of paragraph n that the data does not
// give, each with the reason it is not checked.
func waivers(n int) []claim.Claim {
	switch n {
	case 1:
		return []claim.Claim{
			claim.Waive("CAC/COSP/2019/14", "the symbol of the document of the last update, not a figure"),
			claim.Waive("first cycle", "names the review cycle the needs come from"),
			claim.Waive("first review cycle", "names the review cycle the needs come from"),
		}
	case 2:
		return []claim.Claim{
			claim.Waive("ninth session", "names the session of the Conference at which the analysis is due, not a figure of the data"),
		}
	case 5:
		return []claim.Claim{
			claim.Waive("one example", "introduces the case whose recovery the paragraph then states"),
			claim.Waive("two highlights", "counts the highlights the panellist lists next, not a figure of the data"),
			claim.Waive("second edition", "the edition of the handbook the panellist cited"),
			claim.Waive("December 2020", "the handbook's publication date, which the data does not hold"),
		}
	}
	return nil
}

// claims returns the claims of every paragraph, in order.
func claims(f figures) []claim.Claim {
	var cs []claim.Claim
	for _, p := range paragraphs(f) {
		cs = append(cs, p.claims...)
	}
	return cs
}

// reproduce writes the section's figures as computed and the check of each
// printed figure, and returns the check's report.
func reproduce(w io.Writer, seed uint64) claim.Report {
	f, err := compute(seed)
	if err != nil {
		fmt.Fprintln(w, "irg2021: the data is not valid:", err)
		return claim.Check(claim.Invariant("the data is valid", err.Error(), false))
	}
	iv := convention.InternationalCooperation
	total := f.after.Total()
	fmt.Fprintf(w, "Technical assistance needs, first review cycle (synthetic data, seed %d)\n\n", seed)
	fmt.Fprintf(w, "Reviews finalized: %d at the earlier update, %d now; %d newly, %d of them with needs (%s).\n",
		f.finalizedBefore, f.finalizedAfter, len(f.newlyFinalized), f.newWithNeeds, ids(f.newlyFinalized))
	fmt.Fprintf(w, "Needs: %d from %d States, up from %d from %d States.\n\n",
		total.Needs, total.States, f.delta.Before.Needs, f.delta.Before.States)

	fmt.Fprintf(w, "%v (%s), articles by needs:\n", iv, iv.Title())
	for _, e := range f.after.RankArticles(needs.Filter{Chapter: iv}) {
		fmt.Fprintf(w, "  %d. %-11v %-40s %4d needs from %3d States\n", e.Rank, e.Key, e.Key.Title(), e.Count.Needs, e.Count.States)
	}
	for _, ch := range []convention.Chapter{convention.Criminalization, iv} {
		var top []string
		for _, e := range f.after.RankCategories(needs.Filter{Chapter: ch}).Top(3) {
			top = append(top, fmt.Sprintf("%v (%d)", e.Key, e.Count.Needs))
		}
		fmt.Fprintf(w, "Leading kinds of assistance, %v: %s\n", ch, strings.Join(top, ", "))
	}
	fmt.Fprintf(w, "Chapter V, second cycle: %d States with needs, %d of them on international cooperation.\n\n",
		f.assetRecovery.Total().States, f.cooperation)

	start, end := needstest.StARPeriod()
	fmt.Fprintf(w, "StAR Initiative, %s to %s: %d countries assisted; legislative reform %v adopted laws; coordination %v set up a mechanism.\n",
		start.Format(time.DateOnly), end.Format(time.DateOnly), f.star.States(0, 0),
		outcome(f.star, needs.LegislativeDrafting, needs.LawAdopted),
		outcome(f.star, needs.InstitutionBuilding, needs.MechanismEstablished))
	fmt.Fprintf(w, "Recovered in the case described: %v.\n\n", f.recovered)

	report := claim.Check(claims(f)...)
	fmt.Fprintln(w, "The report's figures, checked:")
	fmt.Fprintln(w, report)
	return report
}

// cover finds each paragraph in text, checks its claims and waivers
// against it, and writes the figures it prints, the waived ones with their
// reasons, and any figure that no claim checks. It reports whether every
// figure of every paragraph is checked or waived and every claim holds.
func cover(w io.Writer, text string, ps []paragraph) bool {
	ok := true
	fmt.Fprintln(w, "\nCoverage of the report's text:")
	for _, p := range ps {
		par, found := paragraphText(text, p.number)
		if !found {
			fmt.Fprintf(w, "paragraph %d: not found in the text\n", p.number)
			ok = false
			continue
		}
		cs := append(slices.Clone(p.claims), waivers(p.number)...)
		report := claim.Check(cs...)
		figures := slices.Collect(claim.Figures(par))
		byClaims := claim.Unchecked(par, p.claims...) // what the waivers must account for
		unchecked := claim.Unchecked(par, cs...)
		fmt.Fprintf(w, "paragraph %d prints %d figures: %d checked, %d waived, %d unchecked\n",
			p.number, len(figures), len(figures)-len(byClaims), len(byClaims)-len(unchecked), len(unchecked))
		fmt.Fprintf(w, "  its claims: %s\n", report.Summary())
		for _, e := range report.Entries {
			if e.Verdict == claim.Waived {
				fmt.Fprintf(w, "  waived    %q: %s\n", e.Literal, e.Value)
			} else if !e.Verdict.OK() {
				fmt.Fprintf(w, "  %-9s %s\n", e.Verdict, e)
				ok = false
			}
		}
		for _, u := range unchecked {
			reading := u.Reading
			if u.Err != nil {
				reading = "unreadable: " + u.Err.Error()
			}
			fmt.Fprintf(w, "  unchecked %q at byte %d (%s)\n", u.Text, u.Start, reading)
			ok = false
		}
	}
	if ok {
		fmt.Fprintln(w, "Every figure of the three paragraphs is checked or waived.")
	}
	return ok
}

// paragraphText returns the paragraph numbered n: the line that starts with
// "n. ", without that number (which is no figure of the report's), and with
// Markdown's backslash escapes ("\$43 million") undone.
func paragraphText(text string, n int) (string, bool) {
	prefix := strconv.Itoa(n) + ". "
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(line, prefix); ok {
			return unescape(rest), true
		}
	}
	return "", false
}

// unescape undoes Markdown's backslash escapes of ASCII punctuation.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func ids(list []review.ID) string {
	var s []string
	for _, id := range list {
		s = append(s, id.String())
	}
	return strings.Join(s, ", ")
}
