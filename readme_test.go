package uncac_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/uncac-go/uncac/assetrecovery"
	"github.com/uncac-go/uncac/claim"
	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
	"github.com/uncac-go/uncac/review"
)

// Example_tour is the README's short tour, run: if the README's comments
// drift from what the code prints, this fails.
func Example_tour() {
	r, _ := convention.ParseRef("article 46, paragraph 9 (b)")
	fmt.Println(r, r.Obligation(), r.Chapter())

	refs, _ := convention.ParseRefs("articles 44 to 46 of this Convention")
	fmt.Println(refs)

	_, err := convention.ParseRef("art. 46(31)")
	fmt.Println(errors.Is(err, convention.ErrUnknownProvision))

	for c := range convention.Citations("as provided in article 57, paragraph 3 (a), of this Convention", 0) {
		fmt.Println(c.Start, c.End, c.Ref)
	}

	civ, _ := convention.LookupState("Cote d'Ivoire")
	fmt.Println(civ, civ.Name(), civ.Group(), review.First.Covers(r.Chapter()))

	fmt.Println(convention.PartiesAt(time.Date(2007, 9, 27, 0, 0, 0, 0, time.UTC)))

	s := needs.TallySlice(needstest.FirstCycle(1))
	fmt.Println(s.Total())
	for _, e := range s.RankArticles(needs.Filter{Chapter: convention.InternationalCooperation}).Top(3) {
		fmt.Println(e.Rank, e.Key, e.Count.Needs, e.Count.States)
	}

	a, _ := assetrecovery.ParseAmount("US$43 million")
	_, err = a.Add(assetrecovery.MustParseAmount("EUR 1.5"))
	fmt.Println(a, errors.Is(err, assetrecovery.ErrCurrencyMismatch))

	a46, _ := s.Count(needs.Filter{Article: 46})
	report := claim.Check(
		claim.Count("a total of 3,680", s.Total().Needs),
		claim.Count("74 States", a46.States),
		claim.Money("$43 million", "USD", a.Decimal()),
	)
	fmt.Println(report.OK())
	// Output:
	// art. 46(9)(b) mandatory chapter IV
	// [art. 44 art. 45 art. 46]
	// true
	// 15 42 art. 57(3)(a)
	// CIV Côte d'Ivoire African States true
	// 99
	// {3680 118}
	// 1 article 46 200 74
	// 2 article 44 185 63
	// 3 article 50 182 63
	// USD 43 million true
	// true
}
