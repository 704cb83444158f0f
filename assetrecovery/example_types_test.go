package assetrecovery_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"

	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/assetrecovery"
	"github.com/uncac-go/uncac/convention"
)

// Examples of each type and of the methods that do more than print or
// marshal. Like those in example_test.go, the cases are illustrative.

func ExampleCurrency() {
	for _, code := range []string{"USD", "JPY", "JOD", "CHE", "XDR"} {
		c := assetrecovery.MustParseCurrency(code)
		units, ok := c.MinorUnits()
		fmt.Printf("%s %03d %-16q %-8s minor units: %d %v\n", c, c.Numeric(), c.Name(), c.Kind(), units, ok)
	}
	// Output:
	// USD 840 "US Dollar"      currency minor units: 2 true
	// JPY 392 "Yen"            currency minor units: 0 true
	// JOD 400 "Jordanian Dinar" currency minor units: 3 true
	// CHE 947 "WIR Euro"       fund     minor units: 2 true
	// XDR 960 "SDR (Special Drawing Right)" special  minor units: 0 false
}

// MinorUnits says how many decimals an amount prints with and what
// NewAmountMinor counts in.
func ExampleCurrency_MinorUnits() {
	for _, code := range []string{"USD", "JPY", "KWD", "XAU"} {
		c := assetrecovery.MustParseCurrency(code)
		if n, ok := c.MinorUnits(); ok {
			fmt.Printf("%s: %d decimals, so 1234 minor units is %s\n", c, n, assetrecovery.NewAmountMinor(1234, c))
		} else {
			fmt.Printf("%s: no minor unit, so 1234 units is %s\n", c, assetrecovery.NewAmountMinor(1234, c))
		}
	}
	// Output:
	// USD: 2 decimals, so 1234 minor units is USD 12.34
	// JPY: 0 decimals, so 1234 minor units is JPY 1,234
	// KWD: 3 decimals, so 1234 minor units is KWD 1.234
	// XAU: no minor unit, so 1234 units is XAU 1,234
}

// Index lets a caller keep per-currency figures in an array rather than a
// map.
func ExampleCurrency_Index() {
	var events [assetrecovery.NumCurrencies]int
	for _, s := range []string{"USD 10", "CHF 5", "USD 7"} {
		events[assetrecovery.MustParseAmount(s).Currency().Index()]++
	}
	for c := range assetrecovery.Currencies() {
		if n := events[c.Index()]; n > 0 {
			fmt.Println(c, n)
		}
	}
	fmt.Println(assetrecovery.Currency{}.Index())
	// Output:
	// CHF 1
	// USD 2
	// -1
}

func ExampleMustParseCurrency() {
	chf := assetrecovery.MustParseCurrency("chf")
	fmt.Println(chf, chf.Name())
	// Output:
	// CHF Swiss Franc
}

func ExampleKind() {
	for _, code := range []string{"EUR", "USN", "XAU"} {
		c := assetrecovery.MustParseCurrency(code)
		fmt.Println(c, c.Kind())
	}
	fmt.Println(assetrecovery.Kind(7))
	// Output:
	// EUR currency
	// USN fund
	// XAU special
	// %!Kind(7)
}

// An Amount keeps its value exactly, in one currency, and refuses to be
// mixed with another currency.
func ExampleAmount() {
	frozen := assetrecovery.MustParseAmount("USD 1,398,000,000")
	returned := assetrecovery.MustParseAmount("147000000 USD")
	fmt.Println(frozen.Currency(), frozen.Decimal(), frozen.Sign())
	fmt.Println(returned)

	left, _ := frozen.Sub(returned)
	fmt.Println("not yet returned:", left)

	_, err := frozen.Sub(assetrecovery.MustParseAmount("EUR 1"))
	fmt.Println(err)
	// Output:
	// USD 1398000000 1
	// USD 147,000,000.00
	// not yet returned: USD 1,251,000,000.00
	// assetrecovery: subtract: currency mismatch: USD and EUR
}

func ExampleNewAmount() {
	usd := assetrecovery.MustParseCurrency("USD")
	// A rate or a share can leave more decimals than the currency has;
	// the amount keeps them until the caller rounds.
	share := decimal.RequireFromString("43000000").Div(decimal.NewFromInt(3))
	a, err := assetrecovery.NewAmount(share.Truncate(4), usd)
	fmt.Println(a, err)
	fmt.Println(a.Round(2))
	// A value no sum of money has is refused rather than kept.
	_, err = assetrecovery.NewAmount(decimal.New(1, 4_000_000), usd)
	fmt.Println(err)
	// Output:
	// USD 14,333,333.3333 <nil>
	// USD 14,333,333.33
	// assetrecovery: amount USD: out of range: more than 30 digits before or after the point
}

func ExampleMustParseAmount() {
	a := assetrecovery.MustParseAmount("EUR 1.5")
	fmt.Println(a, a.Decimal())
	// Output:
	// EUR 1.50 1.5
}

// Sub gives what is left: here the value frozen that has not been
// confiscated.
func ExampleAmount_Sub() {
	frozen := assetrecovery.MustParseAmount("CHF 350,000,000")
	confiscated := assetrecovery.MustParseAmount("CHF 321,500,000.75")
	left, err := frozen.Sub(confiscated)
	fmt.Println(left, err)
	// Output:
	// CHF 28,499,999.25 <nil>
}

func ExampleAmount_Cmp() {
	returned := assetrecovery.MustParseAmount("USD 120")
	confiscated := assetrecovery.MustParseAmount("USD 100")
	c, err := returned.Cmp(confiscated)
	fmt.Println(c, err)
	_, err = returned.Cmp(assetrecovery.MustParseAmount("CHF 100"))
	fmt.Println(err)
	// Output:
	// 1 <nil>
	// assetrecovery: compare: currency mismatch: USD and CHF
}

// Equal compares value and currency; trailing zeros do not matter.
func ExampleAmount_Equal() {
	a := assetrecovery.MustParseAmount("USD 1.5")
	fmt.Println(a.Equal(assetrecovery.MustParseAmount("USD 1.50")))
	fmt.Println(a.Equal(assetrecovery.MustParseAmount("EUR 1.5")))
	fmt.Println(assetrecovery.MustParseAmount("USD 0").Equal(assetrecovery.Amount{}))
	// Output:
	// true
	// false
	// false
}

// Amounts marshal as text, so they travel in JSON as strings that
// ParseAmount reads back; the zero Amount is the empty string.
func ExampleAmount_MarshalText() {
	type row struct {
		Case     string
		Returned assetrecovery.Amount
		Expenses assetrecovery.Amount
	}
	b, _ := json.Marshal(row{Case: "example-1", Returned: assetrecovery.MustParseAmount("USD 43,000,000")})
	fmt.Println(string(b))

	var r row
	err := json.Unmarshal([]byte(`{"Case":"example-2","Returned":"1,250,000.5 chf"}`), &r)
	fmt.Println(r.Returned, r.Expenses.IsZero(), err)
	// Output:
	// {"Case":"example-1","Returned":"USD 43,000,000.00","Expenses":""}
	// CHF 1,250,000.50 true <nil>
}

func ExampleStage() {
	for s := range assetrecovery.Stages() {
		fmt.Println(s, s.Compare(assetrecovery.Confiscated))
	}
	fmt.Println(assetrecovery.Frozen < assetrecovery.Returned, assetrecovery.Stage(9), assetrecovery.Stage(9).IsValid())
	// Output:
	// identified -1
	// frozen or seized -1
	// confiscated or forfeited 0
	// return agreed 1
	// returned 1
	// transferred 1
	// true %!Stage(9) false
}

// Compare orders events by stage, the order a recovery goes through.
func ExampleStage_Compare() {
	evs := []assetrecovery.Event{
		{Stage: assetrecovery.Returned, Amount: assetrecovery.MustParseAmount("USD 40")},
		{Stage: assetrecovery.Identified, Amount: assetrecovery.MustParseAmount("USD 100")},
		{Stage: assetrecovery.Confiscated, Amount: assetrecovery.MustParseAmount("USD 60")},
	}
	slices.SortFunc(evs, func(a, b assetrecovery.Event) int { return a.Stage.Compare(b.Stage) })
	for _, e := range evs {
		fmt.Println(e.Stage, e.Amount)
	}
	// Output:
	// identified USD 100.00
	// confiscated or forfeited USD 60.00
	// returned USD 40.00
}

func ExampleAvenue() {
	var a assetrecovery.Avenue
	err := a.UnmarshalText([]byte("non-conviction based confiscation"))
	fmt.Println(a, err)
	text, _ := assetrecovery.Settlement.MarshalText()
	fmt.Printf("%s %v\n", text, assetrecovery.Avenue(0).IsValid())
	// Output:
	// non-conviction-based confiscation <nil>
	// settlement false
}

func ExampleAvenues() {
	for a := range assetrecovery.Avenues() {
		fmt.Println(a)
	}
	// Output:
	// criminal confiscation
	// non-conviction-based confiscation
	// civil action
	// settlement
	// administrative
}

// Each Basis is one subparagraph of article 57(3).
func ExampleBasis() {
	for _, b := range []assetrecovery.Basis{assetrecovery.EmbezzledPublicFunds, assetrecovery.OtherOffences, assetrecovery.OtherCases} {
		fmt.Printf("%-13s %s\n", b.Ref(), b)
	}
	// Output:
	// art. 57(3)(a) embezzled public funds
	// art. 57(3)(b) other offences
	// art. 57(3)(c) other cases
}

// Ref gives the provision a return rests on, which convention can print and
// compare.
func ExampleBasis_Ref() {
	r := assetrecovery.EmbezzledPublicFunds.Ref()
	fmt.Println(r, r.Article(), r.Chapter())
	fmt.Println(assetrecovery.Basis(0).Ref().IsValid())
	// Output:
	// art. 57(3)(a) article 57 chapter V
	// false
}

// An Event is one dated step. For a return, Net deducts the expenses of
// article 57(4).
func ExampleEvent() {
	e := assetrecovery.Event{
		Stage:    assetrecovery.Returned,
		Date:     on("2021-05-20"),
		Amount:   assetrecovery.MustParseAmount("USD 43,000,000"),
		Basis:    assetrecovery.EmbezzledPublicFunds,
		Expenses: assetrecovery.MustParseAmount("USD 215,000"),
	}
	net, err := e.Net()
	fmt.Printf("%s on %s under %s: %s, %s after expenses\n",
		e.Stage, e.Date.Earliest.Format("2 January 2006"), e.Basis.Ref(), e.Amount, net)
	fmt.Println(err)
	// Output:
	// returned on 20 May 2021 under art. 57(3)(a): USD 43,000,000.00, USD 42,785,000.00 after expenses
	// <nil>
}

func ExampleEvent_Net() {
	noDeduction := assetrecovery.Event{Stage: assetrecovery.Returned, Amount: assetrecovery.MustParseAmount("GBP 4,200,000")}
	fmt.Println(noDeduction.Net())
	mixed := assetrecovery.Event{
		Stage:    assetrecovery.Returned,
		Amount:   assetrecovery.MustParseAmount("GBP 4,200,000"),
		Expenses: assetrecovery.MustParseAmount("USD 10,000"),
	}
	fmt.Println(mixed.Net())
	// Output:
	// GBP 4,200,000.00 <nil>
	// 0 assetrecovery: subtract: currency mismatch: GBP and USD
}

// A Case follows assets from one State through the jurisdictions that hold
// them.
func ExampleCase() {
	c := assetrecovery.Case{
		ID:       "example-3",
		Origin:   convention.MustParseState("PER"),
		Holders:  []convention.State{convention.MustParseState("CHE"), convention.MustParseState("CYM")},
		Avenue:   assetrecovery.CriminalConfiscation,
		Offences: []convention.Ref{convention.MustParseRef("art. 23")},
		Events: []assetrecovery.Event{
			{Stage: assetrecovery.Frozen, Date: on("2002-08-01"), Amount: assetrecovery.MustParseAmount("USD 77,500,000")},
			{Stage: assetrecovery.Returned, Date: on("2006-07-17"), Amount: assetrecovery.MustParseAmount("USD 20,000,000")},
		},
	}
	fmt.Println(c.ID, c.Origin, c.Holders, c.Avenue, c.Offences)
	fmt.Println(assetrecovery.Validate([]assetrecovery.Case{c}))
	// Output:
	// example-3 PER [CHE CYM] criminal confiscation [art. 23]
	// <nil>
}

// A Filter narrows Sum to some cases and a period. Each zero field selects
// everything.
func ExampleFilter() {
	cases := exampleCases()
	usd := assetrecovery.MustParseCurrency("USD")
	for _, f := range []assetrecovery.Filter{
		{},
		{Origin: convention.MustParseState("NGA")},
		{Avenue: assetrecovery.NonConvictionBased},
		{Holder: convention.MustParseState("HKG"), From: date("2011-01-01"), To: date("2011-12-31")},
	} {
		t := assetrecovery.SumSlice(cases, f)
		fmt.Printf("%d cases, %d events, frozen %s\n", t.Cases(), t.Events(), t.Amount(assetrecovery.Frozen, usd))
	}
	// Output:
	// 2 cases, 5 events, frozen USD 1,060,000,000.00
	// 1 cases, 3 events, frozen USD 1,000,000,000.00
	// 1 cases, 2 events, frozen USD 60,000,000.00
	// 1 cases, 1 events, frozen USD 60,000,000.00
}

// Totals keeps one sum per stage and currency; stages are never added
// together and currencies never mixed.
func ExampleTotals() {
	t := assetrecovery.SumSlice(exampleCases(), assetrecovery.Filter{})
	fmt.Println(t.Cases(), "cases,", t.Events(), "events, currencies:", slices.Collect(t.Currencies()))
	for c := range t.Currencies() {
		fmt.Printf("%s frozen %s, returned %s\n", c,
			t.Amount(assetrecovery.Frozen, c), t.Amount(assetrecovery.Returned, c))
	}
	// Output:
	// 2 cases, 5 events, currencies: [CHF USD]
	// CHF frozen CHF 350,000,000.00, returned CHF 40,000,000.00
	// USD frozen USD 1,060,000,000.00, returned USD 100,000,000.00
}

func ExampleTotals_Amount() {
	t := assetrecovery.SumSlice(exampleCases(), assetrecovery.Filter{})
	usd, eur := assetrecovery.MustParseCurrency("USD"), assetrecovery.MustParseCurrency("EUR")
	fmt.Println(t.Amount(assetrecovery.Returned, usd))
	fmt.Println(t.Amount(assetrecovery.Confiscated, usd)) // nothing recorded: zero in USD
	fmt.Println(t.Amount(assetrecovery.Frozen, eur))
	// Output:
	// USD 100,000,000.00
	// USD 0.00
	// EUR 0.00
}

func ExampleTotals_All() {
	t := assetrecovery.SumSlice(exampleCases(), assetrecovery.Filter{Origin: convention.MustParseState("EGY")})
	for tot := range t.All() {
		fmt.Println(tot.Stage, tot.Amount, tot.Count)
	}
	// Output:
	// frozen or seized USD 60,000,000.00 1
	// returned CHF 40,000,000.00 1
}

// A Total is one sum of All: a stage, an amount in one currency and the
// number of events behind it.
func ExampleTotal() {
	t := assetrecovery.SumSlice(exampleCases(), assetrecovery.Filter{})
	var largest assetrecovery.Total
	usd := assetrecovery.MustParseCurrency("USD")
	for tot := range t.All() {
		if tot.Amount.Currency() != usd {
			continue
		}
		if c, _ := tot.Amount.Cmp(largest.Amount); c > 0 {
			largest = tot
		}
	}
	fmt.Printf("largest USD sum: %s %s over %d events\n", largest.Stage, largest.Amount, largest.Count)
	// Output:
	// largest USD sum: frozen or seized USD 1,060,000,000.00 over 2 events
}

func ExampleTotals_Currencies() {
	t := assetrecovery.SumSlice(exampleCases(), assetrecovery.Filter{})
	for c := range t.Currencies() {
		fmt.Println(c, c.Name())
	}
	// Output:
	// CHF Swiss Franc
	// USD US Dollar
}

// Expenses and NetReturned follow the deductions that article 57(4)
// allows from returns.
func ExampleTotals_NetReturned() {
	cases := []assetrecovery.Case{{
		ID: "example-4", Origin: convention.MustParseState("NGA"), Avenue: assetrecovery.Settlement,
		Holders: []convention.State{convention.MustParseState("USA")},
		Events: []assetrecovery.Event{
			{Stage: assetrecovery.Returned, Date: on("2020-02-03"), Amount: assetrecovery.MustParseAmount("USD 308,000,000"),
				Expenses: assetrecovery.MustParseAmount("USD 1,540,000")},
			{Stage: assetrecovery.Returned, Date: on("2022-08-01"), Amount: assetrecovery.MustParseAmount("USD 23,000,000")},
		},
	}}
	usd := assetrecovery.MustParseCurrency("USD")
	t := assetrecovery.SumSlice(cases, assetrecovery.Filter{})
	fmt.Println("returned:", t.Amount(assetrecovery.Returned, usd))
	fmt.Println("expenses:", t.Expenses(usd))
	fmt.Println("net:     ", t.NetReturned(usd))
	// Output:
	// returned: USD 331,000,000.00
	// expenses: USD 1,540,000.00
	// net:      USD 329,460,000.00
}

func ExampleTotals_Expenses() {
	t := assetrecovery.SumSlice([]assetrecovery.Case{{
		ID: "example-5", Origin: convention.MustParseState("KAZ"), Avenue: assetrecovery.Settlement,
		Holders: []convention.State{convention.MustParseState("CHE")},
		Events: []assetrecovery.Event{
			{Stage: assetrecovery.Returned, Date: on("2012-12-01"), Amount: assetrecovery.MustParseAmount("USD 48,800,000"),
				Expenses: assetrecovery.MustParseAmount("USD 800,000")},
		},
	}}, assetrecovery.Filter{})
	usd := assetrecovery.MustParseCurrency("USD")
	share, _ := assetrecovery.Ratio(t.Expenses(usd), t.Amount(assetrecovery.Returned, usd), 4)
	fmt.Println(t.Expenses(usd), share)
	// Output:
	// USD 800,000.00 0.0164
}

// Skipped counts the events Sum could not place; Validate says why.
func ExampleTotals_Skipped() {
	cases := []assetrecovery.Case{{
		ID: "example-6", Origin: convention.MustParseState("MYS"), Avenue: assetrecovery.NonConvictionBased,
		Holders: []convention.State{convention.MustParseState("USA")},
		Events: []assetrecovery.Event{
			{Stage: assetrecovery.Frozen, Date: on("2016-07-20"), Amount: assetrecovery.MustParseAmount("USD 1,000,000,000")},
			{Stage: assetrecovery.Confiscated, Amount: assetrecovery.MustParseAmount("USD 300,000,000")}, // no date
		},
	}}
	t := assetrecovery.SumSlice(cases, assetrecovery.Filter{})
	fmt.Println(t.Events(), "summed,", t.Skipped(), "skipped")
	fmt.Println(assetrecovery.Validate(cases))
	// Output:
	// 1 summed, 1 skipped
	// record 0 ("example-6"), Events[1].Date: missing value
}

// Cases counts cases with at least one event summed; Events counts the
// events.
func ExampleTotals_Cases() {
	cases := exampleCases()
	t := assetrecovery.SumSlice(cases, assetrecovery.Filter{From: date("2012-01-01")})
	fmt.Println(t.Cases(), "cases and", t.Events(), "events since 2012")
	// Output:
	// 2 cases and 2 events since 2012
}

func ExampleTotals_Events() {
	t := assetrecovery.SumSlice(exampleCases(), assetrecovery.Filter{})
	fmt.Println(t.Events(), "events, of which", t.Year(2011).Events(), "in 2011")
	// Output:
	// 5 events, of which 2 in 2011
}

func ExampleTotals_Years() {
	t := assetrecovery.SumSlice(exampleCases(), assetrecovery.Filter{})
	fmt.Println(slices.Collect(t.Years()))
	// Output:
	// [2010 2011 2012]
}

// Year gives a year's totals, which read like any others.
func ExampleTotals_Year() {
	t := assetrecovery.SumSlice(exampleCases(), assetrecovery.Filter{})
	chf := assetrecovery.MustParseCurrency("CHF")
	for y := range t.Years() {
		yt := t.Year(y)
		fmt.Printf("%d: %d cases, %d events, frozen %s\n", y, yt.Cases(), yt.Events(), yt.Amount(assetrecovery.Frozen, chf))
	}
	fmt.Println(t.Year(1999).Events())
	// Output:
	// 2010: 1 cases, 1 events, frozen CHF 0.00
	// 2011: 2 cases, 2 events, frozen CHF 350,000,000.00
	// 2012: 2 cases, 2 events, frozen CHF 0.00
	// 0
}

// Equal compares totals, sums by decimal value; Sum over the same cases
// in another order gives equal totals.
func ExampleTotals_Equal() {
	cases := exampleCases()
	t := assetrecovery.SumSlice(cases, assetrecovery.Filter{})
	slices.Reverse(cases)
	fmt.Println(t.Equal(assetrecovery.SumSlice(cases, assetrecovery.Filter{})))
	fmt.Println(t.Equal(assetrecovery.SumSlice(cases[:1], assetrecovery.Filter{})))
	// Output:
	// true
	// false
}

// Sum sums cases as an iterator produces them, without collecting them
// first: here the cases in which some jurisdiction holds assets of Nigeria.
func ExampleSum() {
	fromNigeria := func(cases []assetrecovery.Case) iter.Seq[assetrecovery.Case] {
		return func(yield func(assetrecovery.Case) bool) {
			for _, c := range cases {
				if c.Origin == convention.MustParseState("NGA") && !yield(c) {
					return
				}
			}
		}
	}
	t := assetrecovery.Sum(fromNigeria(exampleCases()), assetrecovery.Filter{})
	for tot := range t.All() {
		fmt.Println(tot.Stage, tot.Amount)
	}
	// Output:
	// frozen or seized CHF 350,000,000.00
	// frozen or seized USD 1,000,000,000.00
	// returned USD 100,000,000.00
}

// Diff compares two snapshots of the records, as two successive reports
// would: between them a return was recorded and an earlier freeze was
// corrected.
func ExampleDiff() {
	usd := assetrecovery.MustParseCurrency("USD")
	lastReport := exampleCases()
	now := exampleCases()
	now[0].Events = append(now[0].Events, assetrecovery.Event{
		Stage: assetrecovery.Returned, Date: on("2013-03-15"), Amount: assetrecovery.MustParseAmount("USD 47,000,000"),
	})
	now[1].Events[0].Amount = assetrecovery.MustParseAmount("USD 65,000,000")

	d := assetrecovery.Diff(
		assetrecovery.SumSlice(lastReport, assetrecovery.Filter{}),
		assetrecovery.SumSlice(now, assetrecovery.Filter{}))
	fmt.Println("further returned:", d.Amount(assetrecovery.Returned, usd))
	fmt.Println("frozen revised by:", d.Amount(assetrecovery.Frozen, usd))
	for tot := range d.All() {
		fmt.Println(tot.Stage, tot.Amount, tot.Count)
	}
	// Output:
	// further returned: USD 47,000,000.00
	// frozen revised by: USD 5,000,000.00
	// frozen or seized USD 5,000,000.00 0
	// returned USD 47,000,000.00 1
}

// Rates is the caller's table of exchange rates, dated; the package has
// none of its own.
func ExampleRates() {
	usd, chf, eur := assetrecovery.MustParseCurrency("USD"), assetrecovery.MustParseCurrency("CHF"), assetrecovery.MustParseCurrency("EUR")
	r, err := assetrecovery.NewRates(date("2012-12-31"),
		assetrecovery.Quote{From: eur, To: usd, Rate: decimal.RequireFromString("1.3194")},
		assetrecovery.Quote{From: chf, To: usd, Rate: decimal.RequireFromString("1.0925")},
	)
	if err != nil {
		panic(err)
	}
	fmt.Println("as of", r.AsOf().Format("2006-01-02"))
	for q := range r.Quotes() {
		fmt.Printf("%s 1 = %s %s\n", q.From, q.To, q.Rate)
	}
	fmt.Println(r.Convert(assetrecovery.MustParseAmount("EUR 10,000,000"), usd, 2))
	// Output:
	// as of 2012-12-31
	// CHF 1 = USD 1.0925
	// EUR 1 = USD 1.3194
	// USD 13,194,000.00 <nil>
}

func ExampleRates_Rate() {
	usd, chf := assetrecovery.MustParseCurrency("USD"), assetrecovery.MustParseCurrency("CHF")
	r, _ := assetrecovery.NewRates(date("2012-12-31"),
		assetrecovery.Quote{From: chf, To: usd, Rate: decimal.RequireFromString("1.0925")})
	fmt.Println(r.Rate(chf, usd))
	fmt.Println(r.Rate(usd, chf)) // not quoted; Convert would divide
	// Output:
	// 1.0925 true
	// 0 false
}

func ExampleRates_AsOf() {
	r, _ := assetrecovery.NewRates(date("2024-06-30"))
	fmt.Println(r.AsOf().Format("2 January 2006"))
	fmt.Println(assetrecovery.Rates{}.AsOf().IsZero())
	// Output:
	// 30 June 2024
	// true
}

// A Quote reads "one unit of From is worth Rate units of To".
func ExampleQuote() {
	q := assetrecovery.Quote{
		From: assetrecovery.MustParseCurrency("EUR"),
		To:   assetrecovery.MustParseCurrency("USD"),
		Rate: decimal.RequireFromString("1.0832"),
	}
	r, _ := assetrecovery.NewRates(date("2024-03-31"), q)
	fmt.Printf("%s 1 = %s %s\n", q.From, q.To, q.Rate)
	fmt.Println(r.Convert(assetrecovery.MustParseAmount("USD 1,000,000"), q.From, 2))
	// Output:
	// EUR 1 = USD 1.0832
	// EUR 923,190.55 <nil>
}

func ExampleCurrencyMismatchError() {
	_, err := assetrecovery.Ratio(assetrecovery.MustParseAmount("USD 147,000,000"), assetrecovery.MustParseAmount("CHF 1,398,000,000"), 4)
	if e, ok := errors.AsType[*assetrecovery.CurrencyMismatchError](err); ok {
		fmt.Println(e.Op, e.Left, e.Right)
	}
	fmt.Println(err)
	// Output:
	// ratio USD CHF
	// assetrecovery: ratio: currency mismatch: USD and CHF
}

func ExampleMissingRateError() {
	usd, chf, gbp := assetrecovery.MustParseCurrency("USD"), assetrecovery.MustParseCurrency("CHF"), assetrecovery.MustParseCurrency("GBP")
	r, _ := assetrecovery.NewRates(date("2012-12-31"),
		assetrecovery.Quote{From: chf, To: usd, Rate: decimal.RequireFromString("1.0925")})
	t := assetrecovery.SumSlice([]assetrecovery.Case{{
		ID: "example-7", Origin: convention.MustParseState("EGY"), Avenue: assetrecovery.Administrative,
		Holders: []convention.State{convention.MustParseState("GBR")},
		Events: []assetrecovery.Event{
			{Stage: assetrecovery.Frozen, Date: on("2011-03-21"), Amount: assetrecovery.MustParseAmount("GBP 85,000,000")},
			{Stage: assetrecovery.Frozen, Date: on("2011-03-21"), Amount: assetrecovery.MustParseAmount("CHF 410,000,000")},
		},
	}}, assetrecovery.Filter{})
	_, err := t.In(assetrecovery.Frozen, usd, r, 0)
	if e, ok := errors.AsType[*assetrecovery.MissingRateError](err); ok {
		fmt.Println(e.From == gbp, e.To, e.AsOf)
	}
	fmt.Println(err)
	// Output:
	// true USD 2012-12-31
	// assetrecovery: no exchange rate from GBP to USD as of 2012-12-31
}
