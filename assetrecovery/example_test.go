package assetrecovery_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/assetrecovery"
	"github.com/uncac-go/uncac/claim"
	"github.com/uncac-go/uncac/convention"
)

// The cases in these examples are illustrative, not records of real cases.

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// A case typed from identification to return, validated and summed.
func Example_case() {
	usd := assetrecovery.MustParseCurrency("USD")
	c := assetrecovery.Case{
		ID:      "example-1",
		Origin:  convention.MustParseState("NGA"),
		Holders: []convention.State{convention.MustParseState("CHE"), convention.MustParseState("JEY")},
		Avenue:  assetrecovery.CriminalConfiscation,
		Offences: []convention.Ref{
			convention.MustParseRef("art. 17"), // embezzlement by a public official
			convention.MustParseRef("art. 23"), // laundering
		},
		Events: []assetrecovery.Event{
			{Stage: assetrecovery.Identified, Date: on("2014-03-01"), Amount: assetrecovery.MustParseAmount("USD 300,000,000")},
			{Stage: assetrecovery.Frozen, Date: on("2014-06-15"), Amount: assetrecovery.MustParseAmount("USD 300,000,000")},
			{Stage: assetrecovery.Confiscated, Date: on("2017-01-10"), Amount: assetrecovery.MustParseAmount("USD 267,000,000")},
			{
				Stage: assetrecovery.Returned, Date: on("2017-12-04"),
				Amount:   assetrecovery.MustParseAmount("USD 267,000,000"),
				Basis:    assetrecovery.EmbezzledPublicFunds,
				Expenses: assetrecovery.MustParseAmount("USD 1,250,000.50"),
			},
		},
	}
	if err := assetrecovery.Validate([]assetrecovery.Case{c}); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range c.Events {
		fmt.Printf("%s  %-24s %s\n", e.Date, e.Stage, e.Amount)
	}
	ret := c.Events[3]
	net, _ := ret.Net()
	fmt.Printf("basis: %s, %s\n", ret.Basis, ret.Basis.Ref())
	fmt.Printf("deducted under %s: %s; received: %s\n", convention.MustParseRef("art. 57(4)"), ret.Expenses, net)

	t := assetrecovery.SumSlice([]assetrecovery.Case{c}, assetrecovery.Filter{})
	fmt.Println("returned:", t.Amount(assetrecovery.Returned, usd), "net:", t.NetReturned(usd))
	// Output:
	// 2014-03-01  identified               USD 300,000,000.00
	// 2014-06-15  frozen or seized         USD 300,000,000.00
	// 2017-01-10  confiscated or forfeited USD 267,000,000.00
	// 2017-12-04  returned                 USD 267,000,000.00
	// basis: embezzled public funds, art. 57(3)(a)
	// deducted under art. 57(4): USD 1,250,000.50; received: USD 265,749,999.50
	// returned: USD 267,000,000.00 net: USD 265,749,999.50
}

// A review report credits a State with "the related recovery by the State of
// $43 million". Recorded as a return of USD 43,000,000, the totals give the
// figure back exactly.
func Example_recoveryOf43Million() {
	c := assetrecovery.Case{
		ID:      "example-43m",
		Origin:  convention.MustParseState("KEN"),
		Holders: []convention.State{convention.MustParseState("GBR")},
		Avenue:  assetrecovery.CivilAction,
		Events: []assetrecovery.Event{
			{Stage: assetrecovery.Returned, Date: on("2016-05-20"), Amount: assetrecovery.MustParseAmount("USD 43000000")},
		},
	}
	usd := assetrecovery.MustParseCurrency("USD")
	t := assetrecovery.SumSlice([]assetrecovery.Case{c}, assetrecovery.Filter{Origin: convention.MustParseState("KEN")})
	recovered := t.Amount(assetrecovery.Returned, usd)
	fmt.Println(recovered)
	millions := recovered.Decimal().DivRound(decimal.NewFromInt(1_000_000), 0)
	fmt.Printf("$%s million\n", millions)
	// Output:
	// USD 43,000,000.00
	// $43 million
}

func ExampleParseCurrency() {
	for _, s := range []string{"USD", "chf", "XAU", "XYZ", "US$"} {
		c, err := assetrecovery.ParseCurrency(s)
		if err != nil {
			fmt.Println(err, "| unknown:", errors.Is(err, convention.ErrUnknown))
			continue
		}
		mu, ok := c.MinorUnits()
		fmt.Printf("%s %03d %q %s minor units %d %v\n", c, c.Numeric(), c.Name(), c.Kind(), mu, ok)
	}
	// Output:
	// USD 840 "US Dollar" currency minor units 2 true
	// CHF 756 "Swiss Franc" currency minor units 2 true
	// XAU 959 "Gold" special minor units 0 false
	// assetrecovery.ParseCurrency: parsing "XYZ": at offset 0: unknown: no ISO 4217 code "XYZ" | unknown: true
	// assetrecovery.ParseCurrency: parsing "US$": at offset 2: invalid syntax: not three letters | unknown: false
}

func ExampleCurrencies() {
	n := map[assetrecovery.Kind]int{}
	var funds []assetrecovery.Currency
	for c := range assetrecovery.Currencies() {
		if _, withdrawn := c.Withdrawn(); withdrawn {
			n[0]++ // ISO 4217 List Three
			continue
		}
		n[c.Kind()]++
		if c.Kind() == assetrecovery.KindFund {
			funds = append(funds, c)
		}
	}
	fmt.Println(n[assetrecovery.KindCurrency], "currencies,", n[assetrecovery.KindSpecial], "special codes, funds:", funds)
	fmt.Println(n[0], "withdrawn codes")
	// Output:
	// 156 currencies, 14 special codes, funds: [BOV CHE CHW CLF COU MXV USN UYI]
	// 129 withdrawn codes
}

func ExampleCurrencyByNumeric() {
	c, ok := assetrecovery.CurrencyByNumeric(978)
	fmt.Println(c, ok)
	_, ok = assetrecovery.CurrencyByNumeric(1)
	fmt.Println(ok)
	// Output:
	// EUR true
	// false
}

func ExampleParseAmount() {
	for _, s := range []string{"USD 43000000", "43,000,000.00 USD", "EUR 1.5", "usd 43000000", "JPY 1500", "USD 43 million"} {
		a, err := assetrecovery.ParseAmount(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		text, _ := a.MarshalText()
		fmt.Printf("%-20s %-20s %s\n", s, a, text)
	}
	// Output:
	// USD 43000000         USD 43,000,000.00    USD 43,000,000.00
	// 43,000,000.00 USD    USD 43,000,000.00    USD 43,000,000.00
	// EUR 1.5              EUR 1.50             EUR 1.50
	// usd 43000000         USD 43,000,000.00    USD 43,000,000.00
	// JPY 1500             JPY 1,500            JPY 1,500
	// USD 43 million       USD 43 million       USD 43 million
}

func ExampleNewAmountMinor() {
	fmt.Println(assetrecovery.NewAmountMinor(4_300_000_000, assetrecovery.MustParseCurrency("USD")))
	fmt.Println(assetrecovery.NewAmountMinor(1500, assetrecovery.MustParseCurrency("JPY")))
	fmt.Println(assetrecovery.NewAmountMinor(1500, assetrecovery.MustParseCurrency("JOD")))
	// Output:
	// USD 43,000,000.00
	// JPY 1,500
	// JOD 1.500
}

func ExampleAmount_Add() {
	a := assetrecovery.MustParseAmount("USD 1,398,000,000")
	b := assetrecovery.MustParseAmount("USD 147,000,000")
	sum, err := a.Add(b)
	fmt.Println(sum, err)

	_, err = a.Add(assetrecovery.MustParseAmount("CHF 10"))
	var mismatch *assetrecovery.CurrencyMismatchError
	fmt.Println(err, errors.As(err, &mismatch), errors.Is(err, assetrecovery.ErrCurrencyMismatch))
	// Output:
	// USD 1,545,000,000.00 <nil>
	// assetrecovery: add: currency mismatch: USD and CHF true true
}

// The zero Amount has no currency; arithmetic treats it as nothing, so a
// running total can start from it.
func ExampleAmount_zero() {
	var total assetrecovery.Amount
	fmt.Printf("%q %v\n", total.String(), total.IsZero())
	for _, s := range []string{"EUR 10.10", "EUR 5"} {
		total, _ = total.Add(assetrecovery.MustParseAmount(s))
	}
	fmt.Println(total, total.IsZero())
	// Output:
	// "0" true
	// EUR 15.10 false
}

func ExampleAmount_Round() {
	a := assetrecovery.MustParseAmount("USD 1.005")
	fmt.Println(a, "→", a.Round(2))
	// Output:
	// USD 1.005 → USD 1.01
}

func ExampleRatio() {
	returned := assetrecovery.MustParseAmount("USD 147,000,000")
	frozen := assetrecovery.MustParseAmount("USD 1,398,000,000")
	r, _ := assetrecovery.Ratio(returned, frozen, 4)
	fmt.Println(r)
	// Output:
	// 0.1052
}

func ExampleParseStage() {
	for _, s := range []string{"identified", "Seized", "forfeited", "returned", "appealed"} {
		st, err := assetrecovery.ParseStage(s)
		fmt.Println(st, err)
	}
	// Output:
	// identified <nil>
	// frozen or seized <nil>
	// confiscated or forfeited <nil>
	// returned <nil>
	// %!Stage(0) assetrecovery.ParseStage: parsing "appealed": at offset 0: invalid syntax
}

func ExampleParseAvenue() {
	a, err := assetrecovery.ParseAvenue("NCB")
	fmt.Println(a, err)
	// Output:
	// non-conviction-based confiscation <nil>
}

func ExampleValidate() {
	cases := []assetrecovery.Case{
		{
			ID:       "example-2",
			Origin:   convention.MustParseState("UZB"),
			Holders:  []convention.State{convention.MustParseState("CHE")},
			Avenue:   assetrecovery.Settlement,
			Offences: []convention.Ref{convention.MustParseRef("art. 57(3)(c)")},
			Events: []assetrecovery.Event{
				{Stage: assetrecovery.Confiscated, Date: on("2020-01-10"), Amount: assetrecovery.MustParseAmount("USD 100")},
				{Stage: assetrecovery.Returned, Date: on("2019-12-01"), Amount: assetrecovery.MustParseAmount("USD 120")},
			},
		},
		{ID: "example-2", Avenue: assetrecovery.Avenue(9)},
	}
	err := assetrecovery.Validate(cases)
	fmt.Println(err)
	fmt.Println("out of order:", errors.Is(err, assetrecovery.ErrOutOfOrder))
	if first, ok := errors.AsType[*convention.ValidationError](err); ok {
		fmt.Println("first problem: case", first.Index, first.Field)
	}
	// Output:
	// record 0 ("example-2"), Offences[0]: not a chapter III provision: art. 57(3)(c) is in chapter V
	// record 0 ("example-2"), Events[1].Date: stages out of order: returned on 2019-12-01 before confiscated or forfeited on 2020-01-10 (event 0)
	// record 0 ("example-2"), Events[1].Amount: more than the amount it comes from: returns reach USD 120.00, confiscated USD 100.00
	// record 1 ("example-2"), ID: duplicate: also case 0
	// record 1 ("example-2"), Origin: missing value
	// record 1 ("example-2"), Holders: missing value: no holding jurisdiction
	// record 1 ("example-2"), Avenue: invalid value: %!Avenue(9)
	// out of order: true
	// first problem: case 0 Offences[0]
}

func exampleCases() []assetrecovery.Case {
	return []assetrecovery.Case{
		{
			ID: "a", Origin: convention.MustParseState("NGA"), Avenue: assetrecovery.CriminalConfiscation,
			Holders: []convention.State{convention.MustParseState("CHE")},
			Events: []assetrecovery.Event{
				{Stage: assetrecovery.Frozen, Date: on("2010-04-01"), Amount: assetrecovery.MustParseAmount("USD 1,000,000,000")},
				{Stage: assetrecovery.Frozen, Date: on("2011-09-01"), Amount: assetrecovery.MustParseAmount("CHF 350,000,000")},
				{Stage: assetrecovery.Returned, Date: on("2012-05-01"), Amount: assetrecovery.MustParseAmount("USD 100,000,000")},
			},
		},
		{
			ID: "b", Origin: convention.MustParseState("EGY"), Avenue: assetrecovery.NonConvictionBased,
			Holders: []convention.State{convention.MustParseState("HKG"), convention.MustParseState("CYM")},
			Events: []assetrecovery.Event{
				{Stage: assetrecovery.Frozen, Date: on("2011-02-01"), Amount: assetrecovery.MustParseAmount("USD 60,000,000"),
					Jurisdiction: convention.MustParseState("HKG")},
				{Stage: assetrecovery.Returned, Date: on("2012-06-01"), Amount: assetrecovery.MustParseAmount("CHF 40,000,000"),
					Jurisdiction: convention.MustParseState("CYM")},
			},
		},
	}
}

func ExampleSumSlice() {
	cases := exampleCases()
	all := assetrecovery.SumSlice(cases, assetrecovery.Filter{})
	for t := range all.All() {
		fmt.Printf("%-16s %-22s (%d events)\n", t.Stage, t.Amount, t.Count)
	}

	// Filters: a holding jurisdiction, and a period by event date.
	hk := assetrecovery.SumSlice(cases, assetrecovery.Filter{Holder: convention.MustParseState("HKG")})
	fmt.Println("held in Hong Kong, frozen:", hk.Amount(assetrecovery.Frozen, assetrecovery.MustParseCurrency("USD")))
	period := assetrecovery.SumSlice(cases, assetrecovery.Filter{From: date("2010-01-01"), To: date("2011-12-31")})
	fmt.Println("2010–2011:", period.Events(), "events in", period.Cases(), "cases")

	// By year.
	for y := range all.Years() {
		fmt.Print(y, ":")
		for t := range all.Year(y).All() {
			fmt.Print(" ", t.Stage, " ", t.Amount, ";")
		}
		fmt.Println()
	}
	// Output:
	// frozen or seized CHF 350,000,000.00     (1 events)
	// frozen or seized USD 1,060,000,000.00   (2 events)
	// returned         CHF 40,000,000.00      (1 events)
	// returned         USD 100,000,000.00     (1 events)
	// held in Hong Kong, frozen: USD 60,000,000.00
	// 2010–2011: 3 events in 2 cases
	// 2010: frozen or seized USD 1,000,000,000.00;
	// 2011: frozen or seized CHF 350,000,000.00; frozen or seized USD 60,000,000.00;
	// 2012: returned CHF 40,000,000.00; returned USD 100,000,000.00;
}

func ExampleTotals_Merge() {
	cases := exampleCases()
	parts := assetrecovery.SumSlice(cases[:1], assetrecovery.Filter{}).Merge(assetrecovery.SumSlice(cases[1:], assetrecovery.Filter{}))
	fmt.Println(parts.Equal(assetrecovery.SumSlice(cases, assetrecovery.Filter{})))
	// Output:
	// true
}

func ExampleNewRates() {
	usd, chf := assetrecovery.MustParseCurrency("USD"), assetrecovery.MustParseCurrency("CHF")
	_, err := assetrecovery.NewRates(date("2012-12-31"), assetrecovery.Quote{From: chf, To: usd, Rate: decimal.Zero})
	fmt.Println(err)
	// Output:
	// assetrecovery: quote 0 (CHF to USD): rate 0 is not positive: invalid exchange rate
}

func ExampleRates_Convert() {
	usd, chf, eur := assetrecovery.MustParseCurrency("USD"), assetrecovery.MustParseCurrency("CHF"), assetrecovery.MustParseCurrency("EUR")
	rates, err := assetrecovery.NewRates(date("2012-12-31"),
		assetrecovery.Quote{From: chf, To: usd, Rate: decimal.RequireFromString("1.0925")})
	if err != nil {
		panic(err)
	}
	a := assetrecovery.MustParseAmount("CHF 40,000,000")
	fmt.Println(rates.Convert(a, usd, 2))
	fmt.Println(rates.Convert(assetrecovery.MustParseAmount("USD 100"), chf, 2)) // divides by the quoted rate
	_, err = rates.Convert(a, eur, 2)
	fmt.Println(err, errors.Is(err, assetrecovery.ErrMissingRate))
	// Output:
	// USD 43,700,000.00 <nil>
	// CHF 91.53 <nil>
	// assetrecovery: no exchange rate from CHF to EUR as of 2012-12-31 true
}

func ExampleTotals_In() {
	usd, chf := assetrecovery.MustParseCurrency("USD"), assetrecovery.MustParseCurrency("CHF")
	rates, _ := assetrecovery.NewRates(date("2012-12-31"),
		assetrecovery.Quote{From: chf, To: usd, Rate: decimal.RequireFromString("1.0925")})
	t := assetrecovery.SumSlice(exampleCases(), assetrecovery.Filter{})
	frozen, err := t.In(assetrecovery.Frozen, usd, rates, 2)
	fmt.Println(frozen, err)
	// Output:
	// USD 1,442,375,000.00 <nil>
}

func ExampleTotals_Ratio() {
	usd, chf := assetrecovery.MustParseCurrency("USD"), assetrecovery.MustParseCurrency("CHF")
	rates, _ := assetrecovery.NewRates(date("2012-12-31"),
		assetrecovery.Quote{From: chf, To: usd, Rate: decimal.RequireFromString("1.0925")})
	t := assetrecovery.SumSlice(exampleCases(), assetrecovery.Filter{})
	r, err := t.Ratio(assetrecovery.Returned, assetrecovery.Frozen, usd, rates, 4)
	fmt.Println("returned ÷ frozen:", r, err)
	// Output:
	// returned ÷ frozen: 0.0996 <nil>
}

func ExampleParseBasis() {
	for _, s := range []string{"embezzled public funds", "art. 57(3)(c)", "art. 57(4)"} {
		b, err := assetrecovery.ParseBasis(s)
		fmt.Println(b, err)
	}
	// Output:
	// embezzled public funds <nil>
	// other cases <nil>
	// %!Basis(0) assetrecovery.ParseBasis: parsing "art. 57(4)": at offset 0: invalid syntax
}

func ExampleStages() {
	for s := range assetrecovery.Stages() {
		fmt.Println(int(s), s)
	}
	// Output:
	// 1 identified
	// 2 frozen or seized
	// 3 confiscated or forfeited
	// 4 return agreed
	// 5 returned
	// 6 transferred
}

func ExampleCurrency_Compare() {
	cs := []assetrecovery.Currency{
		assetrecovery.MustParseCurrency("USD"),
		assetrecovery.MustParseCurrency("CHF"),
		assetrecovery.MustParseCurrency("GBP"),
	}
	slices.SortFunc(cs, assetrecovery.Currency.Compare)
	fmt.Println(cs)
	// Output:
	// [CHF GBP USD]
}

func ExampleTotals_Unplaced() {
	usd := assetrecovery.MustParseCurrency("USD")
	c := assetrecovery.Case{ID: "x", Events: []assetrecovery.Event{
		{Stage: assetrecovery.Returned, Date: on("2011-05-04"), Amount: assetrecovery.MustParseAmount("USD 10")},
		{Stage: assetrecovery.Returned, Date: must(assetrecovery.ParseDate("2010 and 2011")), Amount: assetrecovery.MustParseAmount("USD 5")},
	}}
	t := assetrecovery.SumSlice([]assetrecovery.Case{c}, assetrecovery.Filter{})
	fmt.Println("all:", t.Amount(assetrecovery.Returned, usd))
	fmt.Println("in 2011 for certain:", t.Year(2011).Amount(assetrecovery.Returned, usd))
	fmt.Println("not placed in a year:", t.Unplaced().Amount(assetrecovery.Returned, usd))
	// Output:
	// all: USD 15.00
	// in 2011 for certain: USD 10.00
	// not placed in a year: USD 5.00
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// on returns the exact day s ("2006-01-02") as a DateRange.
func on(s string) convention.DateRange {
	t := date(s)
	return convention.DateRange{Earliest: t, Latest: t}
}

// ParseAmount reads money as reports print it, at face value, and keeps
// what the print says beyond the value.
func ExampleAmount_Qualifier() {
	a, err := assetrecovery.ParseAmount("around 800 million Swiss francs ($842 million)")
	fmt.Println(a, err)
	fmt.Println(a.Decimal(), a.Currency())
	fmt.Printf("qualifier %q, printed to the nearest %s, also %s\n", a.Qualifier(), a.Step(), a.Alt().Decimal())
	// Output:
	// around CHF 800 million (USD 842 million) <nil>
	// 800000000 CHF
	// qualifier "around", printed to the nearest 1000000, also 842000000
}

func ExampleAmount_Step() {
	for _, s := range []string{"USD 6.5 million", "USD 43,000,000", "JPY 1,500"} {
		a := assetrecovery.MustParseAmount(s)
		fmt.Println(a, "±", a.Step().Div(decimal.NewFromInt(2)))
	}
	// Output:
	// USD 6.5 million ± 50000
	// USD 43,000,000.00 ± 0.005
	// JPY 1,500 ± 0.5
}

func ExampleAmount_Alt() {
	a := assetrecovery.MustParseAmount("EUR 1.2 billion (US$1.3 billion)")
	fmt.Println(a.Alt())
	fmt.Println(assetrecovery.MustParseAmount("EUR 5").Alt().IsZero())
	// Output:
	// USD 1.3 billion
	// true
}

func ExampleParseDate() {
	for _, s := range []string{"14 December 2005", "June 7, 2019", "March 2016", "2008", "2010 and 2011", "as at 30 November 2007"} {
		r, err := assetrecovery.ParseDate(s)
		fmt.Println(r, err)
	}
	// Output:
	// 2005-12-14 <nil>
	// 2019-06-07 <nil>
	// 2016-03-01..2016-03-31 <nil>
	// 2008-01-01..2008-12-31 <nil>
	// 2010-01-01..2011-12-31 <nil>
	// %!DateRange(0) assetrecovery.ParseDate: parsing "as at 30 November 2007": at offset 0: invalid syntax: "as at" bounds a date rather than giving one
}

func ExampleCurrency_Withdrawn() {
	for _, code := range []string{"DEM", "VEF", "USD"} {
		c := assetrecovery.MustParseCurrency(code)
		w, ok := c.Withdrawn()
		fmt.Println(c, c.Name(), ok, w)
	}
	// Output:
	// DEM Deutsche Mark true 2002-03-01..2002-03-31
	// VEF Bolívar true 2018-08-01..2018-08-31
	// USD US Dollar false %!DateRange(0)
}

func ExampleEuroRates() {
	dem := assetrecovery.MustParseCurrency("DEM")
	eur := assetrecovery.MustParseCurrency("EUR")
	r, _ := assetrecovery.EuroRates(dem)
	rate, _ := r.Rate(eur, dem)
	fmt.Println("EUR 1 =", rate, dem, "from", r.AsOf().Format(time.DateOnly))
	a, _ := r.Convert(assetrecovery.MustParseAmount("DEM 10,000,000"), eur, 2)
	fmt.Println(a)
	// Output:
	// EUR 1 = 1.95583 DEM from 1999-01-01
	// EUR 5,112,918.81
}

// Published totals (per period, not per case) sit beside cases: as Totals
// they merge, compare between periods and can be checked with package claim.
func ExampleAggregate() {
	usd := assetrecovery.MustParseCurrency("USD")
	period := func(s string) convention.DateRange {
		r, err := assetrecovery.ParseDate(s)
		if err != nil {
			panic(err)
		}
		return r
	}
	// Illustrative figures in the form surveys print them.
	before := assetrecovery.Aggregate{Stage: assetrecovery.Frozen, Period: period("2006–2009"),
		Amount: assetrecovery.MustParseAmount("US$1.225 billion"), Source: "illustrative"}
	after := assetrecovery.Aggregate{Stage: assetrecovery.Frozen, Period: period("2010–June 2012"),
		Amount: assetrecovery.MustParseAmount("US$1.398 billion"), Source: "illustrative"}
	d := assetrecovery.Diff(before.Totals(), after.Totals())
	fmt.Println("change:", d.Amount(assetrecovery.Frozen, usd))
	fmt.Println("placed in one year:", after.Totals().Unplaced().Events() == 0)
	// A report's sentence about the change, checked with package claim.
	change := d.Amount(assetrecovery.Frozen, usd).Decimal()
	for _, stated := range []string{"US$173 million", "US$170 million"} {
		fmt.Println(stated, "holds:", claim.Check(claim.Money(stated, "USD", change)).OK())
	}
	// Output:
	// change: USD 173,000,000.00
	// placed in one year: false
	// US$173 million holds: true
	// US$170 million holds: false
}

func ExampleTotals_MarshalJSON() {
	t := assetrecovery.SumSlice(exampleCases(), assetrecovery.Filter{})
	_, err := json.Marshal(t)
	fmt.Println(err)
	// Output:
	// json: error calling MarshalJSON for type assetrecovery.Totals: assetrecovery: Totals are not serialized; store the cases and Sum them
}

func ExampleRates_Quotes() {
	r, _ := assetrecovery.NewRates(date("2024-12-31"),
		assetrecovery.Quote{From: assetrecovery.MustParseCurrency("GBP"), To: assetrecovery.MustParseCurrency("USD"), Rate: decimal.RequireFromString("1.2645")},
		assetrecovery.Quote{From: assetrecovery.MustParseCurrency("CHF"), To: assetrecovery.MustParseCurrency("USD"), Rate: decimal.RequireFromString("1.1128")})
	for q := range r.Quotes() {
		fmt.Println(q.From, q.To, q.Rate)
	}
	// Output:
	// CHF USD 1.1128
	// GBP USD 1.2645
}

// A part of another event's amount (Event.Within) is never counted twice:
// funds held in Jersey within a United States forfeiture judgment count in
// Jersey, the judgment in the United States only for the rest, and the two
// add up to the judgment. The figures are illustrative.
func Example_parts() {
	usd := assetrecovery.MustParseCurrency("USD")
	usa, jey := convention.MustParseState("USA"), convention.MustParseState("JEY")
	c := assetrecovery.Case{
		ID: "parts", Origin: convention.MustParseState("NGA"), Holders: []convention.State{usa, jey},
		Events: []assetrecovery.Event{
			{Stage: assetrecovery.Confiscated, Date: on("2014-08-07"), Jurisdiction: usa,
				Amount: assetrecovery.MustParseAmount("about USD 500 million")},
			{Stage: assetrecovery.Confiscated, Date: on("2014-08-07"), Jurisdiction: jey, Within: 1,
				Amount: assetrecovery.MustParseAmount("USD 308 million")},
		},
	}
	cases := []assetrecovery.Case{c}
	fmt.Println("problems:", assetrecovery.Validate(cases))
	for _, f := range []assetrecovery.Filter{{}, {Holder: usa}, {Holder: jey}} {
		t := assetrecovery.SumSlice(cases, f)
		name := "all"
		if f.Holder.IsValid() {
			name = f.Holder.String()
		}
		fmt.Printf("%-4s %s\n", name, t.Amount(assetrecovery.Confiscated, usd))
	}
	// Output:
	// problems: <nil>
	// all  USD 500,000,000.00
	// USA  USD 192,000,000.00
	// JEY  USD 308,000,000.00
}
