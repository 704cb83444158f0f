package printed_test

import (
	"fmt"
	"math/big"
	"time"

	"github.com/uncac-go/uncac/internal/printed"
)

func ExampleScan() {
	text := "Currently 180 States parties; as at 30 November 2007, some $3.3 million, or 36 per cent, of 3,68 needs."
	for f := range printed.Scan(text) {
		fmt.Printf("%-10s %q\n", f.Kind, text[f.Start:f.End])
	}
	// Output:
	// number     "180"
	// date       "as at 30 November 2007"
	// money      "some $3.3 million"
	// percent    "36 per cent"
	// unreadable "3,68"
}

func ExampleParseMoney() {
	m, err := printed.ParseMoney("around 800 million Swiss francs ($842 million)")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Qual, m.QualText, m.Currency, m.Number.Value(), m.Alt.Currency, m.Alt.Number)
	b := m.Allowed(printed.HalfUp, big.NewRat(1, 10))
	fmt.Println(b.Lo.RatString(), b.Hi.RatString())
	_, err = printed.ParseMoney("kr 500")
	fmt.Println(err)
	// Output:
	// about around CHF 800000000/1 USD 842 million
	// 720000000 880000000
	// at offset 0: "kr" is used for several currencies: DKK, ISK, NOK, SEK
}

func ExampleParseDate() {
	p, err := printed.ParseDate("Friday, 27 September")
	if err != nil {
		fmt.Println(err)
		return
	}
	first, _, _ := p.Days(2019, time.Time{})
	fmt.Println(p.From.Year == 0, time.Weekday(p.From.Weekday-1), first.Weekday())
	// Output:
	// true Friday Friday
}
