package claim_test

import (
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/claim"
)

// This example checks every figure in paragraphs 1, 2 and 5 of the draft
// report of the Implementation Review Group (resumed twelfth session,
// September 2021) against made-up computed values, one line per claim.
func Example() {
	// Made-up values a program would compute from its data.
	var (
		reviewsBefore, reviewsAfter = 176, 180 // finalized reviews at the two updates
		needsBefore, needsAfter     = 3672, 3680
		topBefore                   = "legislative drafting, capacity-building, good practices"
		topAfter                    = "legislative drafting, capacity-building, good practices"
		byCategory                  = map[string]int{"legislative drafting": 1010, "capacity-building": 980, "good practices": 640, "other": 90}
		byArticle                   = map[int]int{46: 200, 44: 185, 50: 182, 48: 120, 43: 60}
		amount                      = decimal.RequireFromString("43210000")
	)
	report := claim.Check(
		// Paragraph 1.
		claim.Change("an additional four", reviewsBefore, reviewsAfter),
		claim.Share("two", "four", 2, 4),
		claim.Count("118 States", 118),
		claim.Count("a total of 3,680", needsAfter),
		claim.Change("only eight further", needsBefore, needsAfter),
		claim.Invariant("the overall substantive analysis remained unchanged", "the top three categories held", topBefore == topAfter),
		claim.Top("legislative drafting, capacity-building and good practices",
			[]string{"legislative drafting", "capacity-building", "good practices"}, byCategory),
		claim.NoFewer("3,680", "118"),
		// Paragraph 2.
		claim.Top("the most needs: article 46", []int{46}, byArticle),
		claim.Count("74 States", 74),
		claim.Count("200 such needs", byArticle[46]),
		claim.Order("article 46, followed by article 44 and article 50", []int{46, 44, 50}, byArticle),
		claim.Count("63 States", 63),
		claim.Respectively("185 needs and 182 needs", byArticle[44], byArticle[50]),
		claim.Share("five", "the eight States", 5, 8),
		claim.Parts("3,680", "200", "185", "182"),
		claim.NoFewer("200 such needs", "74 States"),
		// Paragraph 5.
		claim.Range("2020–2021", 2020, 2021),
		claim.Count("18 countries", 18),
		claim.Share("four States", "the 11 States", 4, 11),
		claim.Share("two States", "the six States", 2, 6),
		claim.Money("$43 million", "USD", amount),
		claim.Count("two highlights", 2),
	)
	fmt.Println(report)
	// Output:
	// 32 figures: 32 hold (1 by rounding), 0 fail
	// holds              change        "an additional four"            = 4 (176 → 180)
	// holds              share         "two"                           = 2
	// holds              share         "four"                          = 4
	// holds              share         "two of four"                   data 2 of 4
	// holds              count         "118 States"                    = 118
	// holds              count         "a total of 3,680"              = 3,680
	// holds              change        "only eight further"            = 8 (3,672 → 3,680)
	// holds              invariant     "the overall substantive analysis remained unchanged"
	//     = the top three categories held
	// holds              top           "legislative drafting, capacity-building and good practices"
	//     data legislative drafting (1,010), capacity-building (980), good practices (640), other (90)
	// holds              consistency   "3,680 ≥ 118"                   data 3,680 vs 118
	// holds              top           "the most needs: article 46"    data 46 (200), 44 (185)
	// holds              count         "74 States"                     = 74
	// holds              count         "200 such needs"                = 200
	// holds              order         "article 46, followed by article 44 and article 50"
	//     data 46 (200), 44 (185), 50 (182), 48 (120)
	// holds              count         "63 States"                     = 63
	// holds              respectively  "185 needs"                     = 185
	// holds              respectively  "182 needs"                     = 182
	// holds              share         "five"                          = 5
	// holds              share         "the eight States"              = 8
	// holds              share         "five of the eight States"      data 5 of 8
	// holds              consistency   "200 + 185 + 182 ≤ 3,680"       stated sum ≤ 3,680, data sum 567
	// holds              consistency   "200 such needs ≥ 74 States"    data 200 vs 74
	// holds              range         "2020–2021"                     = 2020 to 2021
	// holds              count         "18 countries"                  = 18
	// holds              share         "four States"                   = 4
	// holds              share         "the 11 States"                 = 11
	// holds              share         "four States of the 11 States"  data 4 of 11
	// holds              share         "two States"                    = 2
	// holds              share         "the six States"                = 6
	// holds              share         "two States of the six States"  data 2 of 6
	// holds by rounding  money         "$43 million"
	//     stated USD [42,500,000..43,500,000), data USD 43,210,000, off +210,000
	// holds              count         "two highlights"                = 2
}

func ExampleParse() {
	for _, lit := range []string{
		"3,680", "four", "$43 million", "1.398 billion", "36 per cent",
		"nearly 500", "over 2,000", "between 2006 and 2012",
	} {
		s, err := claim.Parse(lit)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-24q %-32v %s\n", lit, s.Interval(), s.Canonical())
	}
	_, err := claim.Parse("3,68")
	fmt.Println(err)
	// Output:
	// "3,680"                  3,680                            3,680
	// "four"                   4                                4
	// "$43 million"            [42,500,000..43,500,000)         USD 43 million
	// "1.398 billion"          [1,397,500,000..1,398,500,000)   1.398 billion
	// "36 per cent"            [35.5..36.5)                     36%
	// "nearly 500"             [450..500)                       nearly 500
	// "over 2,000"             (2,000..∞)                       over 2,000
	// "between 2006 and 2012"  [2006..2012]                     2006–2012
	// claim.Parse: parsing "3,68": at offset 1: invalid syntax: thousands separator misplaced
}

func ExampleRules_Parse() {
	// The rounding rule decides what a rounded figure allows at exactly
	// half; a whole number printed in full is exact under every rule.
	either := claim.Rules{Rounding: claim.HalfEither}
	for _, lit := range []string{"$43 million", "36%", "3,680"} {
		s, _ := either.Parse(lit)
		fmt.Println(s.Interval())
	}
	loose := claim.Rules{Approx: 20}
	s, _ := loose.Parse("about 500")
	fmt.Println(s.Interval())
	// Output:
	// [42,500,000..43,500,000]
	// [35.5..36.5]
	// 3,680
	// [400..600]
}

func ExampleMustParse() {
	s := claim.MustParse("US$ 1.2bn")
	fmt.Println(s.Currency(), s.Point().RatString(), s.Unit().RatString(), s.Interval())
	// Output:
	// USD 1200000000 100000000 [1,150,000,000..1,250,000,000)
}

func ExampleStated_Interval() {
	iv := claim.MustParse("$43 million").Interval()
	fmt.Println(iv)
	fmt.Println(iv.Contains(big.NewRat(42_500_000, 1)), iv.Contains(big.NewRat(43_500_000, 1)))
	// Output:
	// [42,500,000..43,500,000)
	// true false
}

// A whole number printed in full is exact; a scale word, decimals or a per
// cent sign say the figure was rounded.
func ExampleStated_IsRounded() {
	for _, lit := range []string{"3,680", "four", "1,000", "$43 million", "2.5", "36 per cent"} {
		s := claim.MustParse(lit)
		fmt.Printf("%-14q %-5v %v\n", lit, s.IsRounded(), s.Interval())
	}
	// Output:
	// "3,680"        false 3,680
	// "four"         false 4
	// "1,000"        false 1,000
	// "$43 million"  true  [42,500,000..43,500,000)
	// "2.5"          true  [2.45..2.55)
	// "36 per cent"  true  [35.5..36.5)
}

func ExampleInterval_String() {
	for _, lit := range []string{"3,680", "nearly 500", "over 2,000", "$2–3 million", "2020–2021"} {
		fmt.Println(claim.MustParse(lit).Interval())
	}
	// Output:
	// 3,680
	// [450..500)
	// (2,000..∞)
	// [1,500,000..3,500,000)
	// [2020..2021]
}

func ExampleStated_Canonical() {
	for _, lit := range []string{"some 120 States", "US$43m", "eight further needs", "ten to fifteen per cent"} {
		fmt.Println(claim.MustParse(lit).Canonical())
	}
	// Output:
	// some 120 States
	// USD 43 million
	// an additional 8 needs
	// 10%–15%
}

func ExampleInterval_Contains() {
	iv := claim.MustParse("nearly 500").Interval()
	for _, n := range []int64{449, 450, 499, 500} {
		fmt.Println(n, iv.Contains(big.NewRat(n, 1)))
	}
	// Output:
	// 449 false
	// 450 true
	// 499 true
	// 500 false
}

func ExampleCheck() {
	r := claim.Check(
		claim.Count("118 States", 118),
		claim.Count("a total of 3,680", 3677),
	)
	fmt.Println(r.OK())
	fmt.Println(r)
	// Output:
	// false
	// 2 figures: 1 holds, 1 fails
	// holds  count  "118 States"        = 118
	// fails  count  "a total of 3,680"  stated 3,680, data 3,677, off -3
}

func ExampleCount() {
	fmt.Println(claim.Check(
		claim.Count("3,680", 3680),
		claim.Count("nearly 500", 480),
		claim.Count("more than 2,000", 2000),
	))
	// Output:
	// 3 figures: 2 hold (1 by rounding), 1 fails
	// holds              count  "3,680"            = 3,680
	// holds by rounding  count  "nearly 500"       stated 450..499, data 480, off -20
	// fails              count  "more than 2,000"  stated ≥ 2,001, data 2,000
}

func ExampleDistinct() {
	states := []string{"KEN", "UGA", "KEN", "TZA"}
	fmt.Println(claim.Check(claim.Distinct("three States", states...)))
	// Output:
	// 1 figure: 1 holds, 0 fail
	// holds  distinct  "three States"  = 3 distinct of 4
}

func ExampleMoney() {
	fmt.Println(claim.Check(
		claim.Money("$43 million", "USD", decimal.RequireFromString("43210000")),
		claim.Money("€5m", "USD", decimal.RequireFromString("5000000")),
	))
	// Output:
	// 2 figures: 1 holds (1 by rounding), 1 fails
	// holds by rounding  money  "$43 million"
	//     stated USD [42,500,000..43,500,000), data USD 43,210,000, off +210,000
	// fails              money  "€5m"
	//     stated EUR [4,500,000..5,500,000), data USD 5,000,000; stated in EUR, data in USD
}

func ExampleShare() {
	fmt.Println(claim.Check(claim.Share("four", "the 11 States", 4, 11)))
	// Output:
	// 3 figures: 3 hold, 0 fail
	// holds  share  "four"                   = 4
	// holds  share  "the 11 States"          = 11
	// holds  share  "four of the 11 States"  data 4 of 11
}

func ExamplePercent() {
	fmt.Println(claim.Check(
		claim.Percent("36 per cent", 4, 11),
		claim.Percent("50 per cent", 5, 11),
	))
	// Output:
	// 2 figures: 1 holds (1 by rounding), 1 fails
	// holds by rounding  percent  "36 per cent"
	//     stated [35.5..36.5)% = 4 of 11, data ≈36.3636% (4 of 11), off ≈+0.3636
	// fails              percent  "50 per cent"
	//     stated [49.5..50.5)% = no count of 11
	//     data ≈45.4545% (5 of 11), off ≈-4.5455
	//     hint: GRIM: no whole count out of 11 prints as 50%
}

func ExampleChange() {
	fmt.Println(claim.Check(claim.Change("only eight further", 3672, 3680)))
	// Output:
	// 1 figure: 1 holds, 0 fail
	// holds  change  "only eight further"  = 8 (3,672 → 3,680)
}

func ExampleInvariant() {
	fmt.Println(claim.Check(claim.Invariant("continued to pertain to legislative drafting", "same leading category", true)))
	// Output:
	// 1 figure: 1 holds, 0 fail
	// holds  invariant  "continued to pertain to legislative drafting"
	//     = same leading category
}

func ExampleRange() {
	fmt.Println(claim.Check(claim.Range("2020–2021", 2020, 2021)))
	// Output:
	// 1 figure: 1 holds, 0 fail
	// holds  range  "2020–2021"  = 2020 to 2021
}

func ExampleRespectively() {
	fmt.Println(claim.Check(claim.Respectively("185 needs and 182 needs", 182, 185)))
	// Output:
	// 2 figures: 0 hold, 2 fail
	// fails  respectively  "185 needs"  stated 185, data 182, off -3; passes if the two values are swapped
	// fails  respectively  "182 needs"  stated 182, data 185, off +3; passes if the two values are swapped
}

func ExampleTop() {
	byArticle := map[int]int{46: 200, 44: 185, 50: 182}
	fmt.Println(claim.Check(claim.Top("article 46", []int{46}, byArticle)))
	// Output:
	// 1 figure: 1 holds, 0 fail
	// holds  top  "article 46"  data 46 (200), 44 (185)
}

func ExampleOrder() {
	byArticle := map[int]int{46: 200, 44: 185, 50: 185}
	o := claim.Order("article 46, followed by article 44 and article 50", []int{46, 44, 50}, byArticle)
	fmt.Println(claim.Check(o, o.With(claim.Rules{StrictTies: true})))
	// Output:
	// 2 figures: 1 holds, 1 fails
	// holds  order  "article 46, followed by article 44 and article 50"
	//     data 46 (200), 44 (185), 50 (185); 44 and 50 tie at 185
	// fails  order  "article 46, followed by article 44 and article 50"
	//     stated in order 46 > 44 > 50, data 46 (200), 44 (185), 50 (185); 44 and 50 tie at 185
}

func ExampleNoFewer() {
	fmt.Println(claim.Check(claim.NoFewer("3,680 needs", "118 States")))
	// Output:
	// 1 figure: 1 holds, 0 fail
	// holds  consistency  "3,680 needs ≥ 118 States"  data 3,680 vs 118
}

func ExampleParts() {
	fmt.Println(claim.Check(claim.Parts("3,680", "200", "185", "182")))
	// Output:
	// 1 figure: 1 holds, 0 fail
	// holds  consistency  "200 + 185 + 182 ≤ 3,680"  stated sum ≤ 3,680, data sum 567
}

func ExampleSum() {
	fmt.Println(claim.Check(claim.Sum("100%", "33%", "33%", "33%")))
	// Output:
	// 1 figure: 1 holds (1 by rounding), 0 fail
	// holds by rounding  consistency  "33% + 33% + 33% = 100%"
	//     stated sum in [99.5..100.5), data sum [97.5..100.5), off -1
}

func ExampleGRIM() {
	fmt.Println(claim.Check(claim.GRIM("36 per cent", "11"), claim.GRIM("50 per cent", "11")))
	// Output:
	// 2 figures: 1 holds, 1 fails
	// holds  consistency  "36 per cent of 11"  stated [35.5..36.5)% of 11, data 4 of 11
	// fails  consistency  "50 per cent of 11"
	//     stated [49.5..50.5)% of 11, data no whole count; GRIM: no whole count out of 11 prints as 50%
}

func ExampleClaim_With() {
	c := claim.Money("$43 million", "USD", decimal.RequireFromString("43500000"))
	fmt.Println(claim.Check(c).Entries[0].Verdict)
	fmt.Println(claim.Check(c.With(claim.Rules{Rounding: claim.HalfEither})).Entries[0].Verdict)
	// Output:
	// fails
	// holds by rounding
}

// A report is also plain data for programs.
func ExampleReport() {
	r := claim.Check(
		claim.Money("$43 million", "USD", decimal.RequireFromString("43210000")),
		claim.Count("74 States", 73),
	)
	for _, e := range r.Entries {
		fmt.Printf("%d %s %q %v off %s\n", e.Claim, e.Kind, e.Literal, e.Verdict, e.Off.RatString())
	}
	// Output:
	// 0 money "$43 million" holds by rounding off 210000
	// 1 count "74 States" fails off -1
}

func ExampleReport_Failures() {
	r := claim.Check(claim.Count("118", 118), claim.Count("74 States", 73))
	for _, e := range r.Failures() {
		fmt.Println(e)
	}
	// Output:
	// count "74 States" fails: stated 74, data 73, off by -1
}

// printT is a stand-in for *testing.T that prints what a test would report.
type printT struct{ name string }

func (printT) Helper() {}

func (p printT) Errorf(format string, args ...any) {
	fmt.Printf("%s: %s\n", p.name, fmt.Sprintf(format, args...))
}

func (p printT) Run(name string, f func(printT)) bool {
	f(printT{name: p.name + "/" + name})
	return true
}

func ExampleAssert() {
	// In a test: claim.Assert(t, ...).
	t := printT{name: "TestReport"}
	claim.Assert(t,
		claim.Count("118 States", 118),
		claim.Money("$43 million", "USD", decimal.RequireFromString("41800000")),
	)
	// Output:
	// TestReport: claim: 2 figures: 1 holds, 1 fails
	// 	money "$43 million" fails: stated USD [42,500,000..43,500,000), data USD 41,800,000, off by -1,200,000; the data prints as "USD 42 million"
}

func ExampleAssertEach() {
	// In a test: claim.AssertEach(t, ...) runs t.Run per claim.
	t := printT{name: "TestReport"}
	claim.AssertEach(t,
		claim.Count("118 States", 118),
		claim.Count("74 States", 73),
	)
	// Output:
	// TestReport/count "74 States": claim: 1 figure: 0 hold, 1 fails
	// 	count "74 States" fails: stated 74, data 73, off by -1
}

func ExamplePercentOf() {
	// "only $185 million, or less than three percent" of "$6.4 billion".
	fmt.Println(claim.Check(claim.PercentOf("less than three percent", "$185 million", "$6.4 billion")))
	// Output:
	// 1 figure: 1 holds, 0 fail
	// holds  consistency  "$185 million is less than three percent of $6.4 billion"
	//     stated [0..3)%, data (≈2.8605..≈2.9213)%
}

// A count known only within bounds, such as the parties to a treaty on a
// day for which some dates of ratification are only known to the month,
// gives a verdict only where every value it allows agrees.
func ExampleCount_bounded() {
	parties := partyCount{certain: 175, possible: 5}
	fmt.Println(claim.Check(
		claim.Count("178 parties", parties),
		claim.Count("more than 170 parties", parties),
		claim.Count("190 parties", parties),
	))
	// Output:
	// 3 figures: 1 holds, 1 undetermined, 1 fails
	// undetermined  count  "178 parties"            stated 178, data 175..180
	// holds         count  "more than 170 parties"  stated ≥ 171, data 175..180
	// fails         count  "190 parties"            stated 190, data 175..180, off -10
}

// partyCount has the methods of convention.Count that claims read.
type partyCount struct{ certain, possible int }

func (c partyCount) Min() int { return c.certain }
func (c partyCount) Max() int { return c.certain + c.possible }

func ExampleWaive() {
	fmt.Println(claim.Check(
		claim.Count("118 States", 118),
		claim.Waive("CAC/COSP/2019/14", "a document symbol, not a figure"),
	))
	// Output:
	// 2 figures: 1 holds, 0 fail, 1 waived
	// holds   count   "118 States"        = 118
	// waived  waived  "CAC/COSP/2019/14"  a document symbol, not a figure
}

// Keys of any comparable type rank by count; ties are listed in the key's
// own Compare order and keys are labelled by their String method, as
// convention.Article or needs.Category would be.
func ExampleTop_keys() {
	counts := map[article]int{46: 200, 44: 185, 50: 185, 48: 120}
	fmt.Println(claim.Check(
		claim.Top("article 46", []article{46}, counts),
		claim.Order("article 46, followed by article 50 and article 44", []article{46, 50, 44}, counts),
	))
	// Output:
	// 2 figures: 2 hold, 0 fail
	// holds  top    "article 46"  data article 46 (200), article 44 (185)
	// holds  order  "article 46, followed by article 50 and article 44"
	//     data article 46 (200), article 44 (185), article 50 (185), article 48 (120)
	//     hint: article 50 and article 44 tie at 185
}

// article stands for convention.Article: a key with String and Compare.
type article uint8

func (a article) String() string        { return fmt.Sprintf("article %d", a) }
func (a article) Compare(b article) int { return int(a) - int(b) }

func ExampleEntry_MarshalJSON() {
	r := claim.Check(claim.Count("lots of States", 3))
	b, err := json.Marshal(r.Entries[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	var back claim.Entry
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(back.Verdict, back.Err)
	// Output:
	// invalid claim.Parse: parsing "lots of States": at offset 0: invalid syntax: expected a number
}

func ExampleFigures() {
	text := "There are currently 180 States parties; only $185 million, or less than three percent, " +
		"was returned as at 30 November 2007, and 3,68 more."
	for f := range claim.Figures(text) {
		if f.Err != nil {
			fmt.Printf("%-12s %q: %v\n", f.Kind, f.Text, f.Err)
			continue
		}
		fmt.Printf("%-12s %q reads %q\n", f.Kind, f.Text, f.Reading)
	}
	// Output:
	// number       "180" reads "180"
	// money        "only $185 million" reads "only USD 185 million"
	// percent      "less than three percent" reads "less than 3%"
	// date         "as at 30 November 2007" reads "as at 30 November 2007"
	// unreadable   "3,68": claim.Figures: parsing "3,68": at offset 1: invalid syntax: thousands separator misplaced
}

func ExampleUnchecked() {
	par := "She noted that 118 States had identified a total of 3,680 needs under the first review cycle."
	claims := []claim.Claim{
		claim.Count("118 States", 118),
		claim.Count("a total of 3,680", 3680),
	}
	for _, f := range claim.Unchecked(par, claims...) {
		fmt.Printf("unchecked %q at byte %d\n", f.Text, f.Start)
	}
	claims = append(claims, claim.Waive("first review cycle", "names the review cycle"))
	fmt.Println(len(claim.Unchecked(par, claims...)), "unchecked")
	// Output:
	// unchecked "the first" at byte 70
	// 0 unchecked
}

func ExampleFigure() {
	text := "an additional four reviews"
	for f := range claim.Figures(text) {
		fmt.Println(f.Start, f.End, text[f.Start:f.End] == f.Text, f.Kind, f.Reading)
	}
	// Output:
	// 0 18 true number an additional 4
}

func ExampleDate() {
	thursday := time.Date(2007, time.September, 27, 0, 0, 0, 0, time.UTC)
	r := claim.Rules{Year: 2007, Today: time.Date(2017, time.September, 27, 0, 0, 0, 0, time.UTC)}
	fmt.Println(claim.Check(
		claim.Date("27 September 2007", thursday, thursday),
		claim.Date("on Friday, 27 September", thursday, thursday).With(r),
		claim.Date("ten years ago today", thursday, thursday).With(r),
		claim.Date("2010–June 2012", time.Date(2010, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2012, 7, 15, 0, 0, 0, 0, time.UTC)),
	))
	// Output:
	// 4 figures: 2 hold, 1 undetermined, 1 fails
	// holds         date  "27 September 2007"        = 2007-09-27
	// fails         date  "on Friday, 27 September"
	//     stated 2007-09-27
	//     data 2007-09-27
	//     hint: the print names a Friday, but 27 September 2007 was a Thursday
	// holds         date  "ten years ago today"      = 2007-09-27
	// undetermined  date  "2010–June 2012"
	//     stated 2010-01-01..2012-06-30, data 2010-03-01..2012-07-15
}
