package claim_test

import (
	"fmt"

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
		claim.Unchanged("the overall substantive analysis remained unchanged", topBefore, topAfter),
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
	// 30 figures: 30 hold (1 by rounding), 0 fail
	// VERDICT            KIND          STATED                                                        ALLOWED                                                         DATA                                                                                     OFF       HINT
	// holds              change        "an additional four"                                          4                                                               4 (176 → 180)
	// holds              share         "two"                                                         2                                                               2
	// holds              share         "four"                                                        4                                                               4
	// holds              share         "two of four"                                                 part ≤ whole                                                    2 of 4
	// holds              count         "118 States"                                                  118                                                             118
	// holds              count         "a total of 3,680"                                            3,680                                                           3,680
	// holds              change        "only eight further"                                          8                                                               8 (3,672 → 3,680)
	// holds              invariant     "the overall substantive analysis remained unchanged"         unchanged                                                       legislative drafting, capacity-building, good practices
	// holds              top           "legislative drafting, capacity-building and good practices"  top 3: legislative drafting, capacity-building, good practices  legislative drafting (1,010), capacity-building (980), good practices (640), other (90)
	// holds              consistency   "3,680 ≥ 118"                                                 first ≥ second                                                  [3,679.5..3,680.5) vs [117.5..118.5)
	// holds              top           "the most needs: article 46"                                  top 1: 46                                                       46 (200), 44 (185)
	// holds              count         "74 States"                                                   74                                                              74
	// holds              count         "200 such needs"                                              200                                                             200
	// holds              order         "article 46, followed by article 44 and article 50"           in order 46 > 44 > 50                                           46 (200), 44 (185), 50 (182), 48 (120)
	// holds              count         "63 States"                                                   63                                                              63
	// holds              respectively  "185 needs"                                                   185                                                             185
	// holds              respectively  "182 needs"                                                   182                                                             182
	// holds              share         "five"                                                        5                                                               5
	// holds              share         "the eight States"                                            8                                                               8
	// holds              share         "five of the eight States"                                    part ≤ whole                                                    5 of 8
	// holds              range         "2020–2021"                                                   2020 to 2021                                                    2020 to 2021
	// holds              count         "18 countries"                                                18                                                              18
	// holds              share         "four States"                                                 4                                                               4
	// holds              share         "the 11 States"                                               11                                                              11
	// holds              share         "four States of the 11 States"                                part ≤ whole                                                    4 of 11
	// holds              share         "two States"                                                  2                                                               2
	// holds              share         "the six States"                                              6                                                               6
	// holds              share         "two States of the six States"                                part ≤ whole                                                    2 of 6
	// holds by rounding  money         "$43 million"                                                 [42,500,000..43,500,000) USD                                    USD 43,210,000                                                                           +210,000
	// holds              count         "two highlights"                                              2                                                               2
}
