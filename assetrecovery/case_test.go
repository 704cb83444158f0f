package assetrecovery

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/uncac-go/uncac/convention"
)

// containedCase is a United States forfeiture judgment of USD 500 million of
// which USD 308 million are held in Jersey, recorded as a part of it, and a
// transfer of GBP 10 from the United Kingdom to the United States. The
// figures are illustrative.
func containedCase() Case {
	return Case{
		ID: "contained", Origin: state("NGA"),
		Holders: []convention.State{state("USA"), state("JEY"), state("GBR")},
		Events: []Event{
			{Stage: Confiscated, Date: on("2014-08-07"), Amount: MustParseAmount("USD 500,000,000"), Jurisdiction: state("USA")},
			{Stage: Confiscated, Date: on("2014-08-07"), Amount: MustParseAmount("USD 308,000,000"), Jurisdiction: state("JEY"), Within: 1},
			{Stage: Transferred, Date: on("2015-01-01"), Amount: MustParseAmount("GBP 10"), Jurisdiction: state("GBR"), To: state("USA")},
			{Stage: Returned, Date: on("2020-05-04"), Amount: MustParseAmount("USD 308,000,000"), Jurisdiction: state("JEY"), To: state("NGA")},
		},
	}
}

// TestContainedAmounts checks the rule that keeps a part from being counted
// twice: overall, the judgment counts once; by holder, each jurisdiction
// has its own share, and the shares add up to the whole.
func TestContainedAmounts(t *testing.T) {
	cases := []Case{containedCase()}
	if err := Validate(cases); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	usd := MustParseCurrency("USD")
	got := map[string]string{}
	for _, h := range []string{"", "USA", "JEY", "GBR"} {
		f := Filter{}
		if h != "" {
			f.Holder = state(h)
		}
		tot := SumSlice(cases, f)
		got[h] = tot.Amount(Confiscated, usd).String() + " / " + tot.Amount(Transferred, MustParseCurrency("GBP")).String()
	}
	want := map[string]string{
		"":    "USD 500,000,000.00 / GBP 10.00",
		"USA": "USD 192,000,000.00 / GBP 0.00",
		"JEY": "USD 308,000,000.00 / GBP 0.00",
		"GBR": "USD 0.00 / GBP 10.00",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("confiscated / transferred by holder (-want +got):\n%s", diff)
	}
}

func TestValidateParts(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *Case)
		want   []problem
	}{
		{"valid", func(c *Case) {}, nil},
		{"part of itself", func(c *Case) { c.Events[1].Within = 2 }, []problem{{0, 1, "Within", convention.ErrInvalid}}},
		{"part of nothing", func(c *Case) { c.Events[1].Within = 9 }, []problem{{0, 1, "Within", convention.ErrInvalid}}},
		{"part of another stage", func(c *Case) { c.Events[1].Within = 4 }, []problem{{0, 1, "Within", convention.ErrInvalid}}},
		{"parts exceed the whole", func(c *Case) { c.Events[1].Amount = MustParseAmount("USD 500,000,001") },
			[]problem{{0, 1, "Within", ErrExceedsConfiscated}}},
		{"part of a part", func(c *Case) {
			c.Events = append(c.Events, Event{Stage: Confiscated, Date: on("2014-08-07"), Amount: MustParseAmount("USD 1"), Within: 2})
		}, []problem{{0, 4, "Within", convention.ErrInvalid}}},
		{"transfer without destination", func(c *Case) { c.Events[2].To = convention.State{} },
			[]problem{{0, 2, "To", convention.ErrMissing}}},
		{"transfer to itself", func(c *Case) { c.Events[2].To = state("GBR") },
			[]problem{{0, 2, "To", convention.ErrInvalid}}},
		{"destination on a freeze", func(c *Case) { c.Events[0].To = state("NGA") },
			[]problem{{0, 0, "To", convention.ErrInvalid}}},
		{"transfer is not ordered", func(c *Case) { c.Events[2].Date = on("1990-01-01") }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := containedCase()
			tt.change(&c)
			got := problems(t, Validate([]Case{c}))
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
				t.Errorf("Validate problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSumUncertainDates checks that totals by year count an event only when
// its date lies in the year for certain, and that a filter's period counts
// only events certainly inside it.
func TestSumUncertainDates(t *testing.T) {
	c := Case{ID: "u", Origin: state("NGA"), Holders: []convention.State{state("CHE")}, Events: []Event{
		{Stage: Returned, Date: on("2011-05-04"), Amount: MustParseAmount("USD 10")},
		{Stage: Returned, Date: mustDate(ParseDate("March 2011")), Amount: MustParseAmount("USD 1")},
		{Stage: Returned, Date: mustDate(ParseDate("2010 and 2011")), Amount: MustParseAmount("USD 5")},
	}}
	tot := SumSlice([]Case{c}, Filter{})
	if got := tot.Year(2011).Amount(Returned, usd).String(); got != "USD 11.00" {
		t.Errorf("2011 = %s, want USD 11.00", got)
	}
	if got := tot.Unplaced().Amount(Returned, usd).String(); got != "USD 5.00" || tot.Unplaced().Events() != 1 {
		t.Errorf("Unplaced = %s, %d events", got, tot.Unplaced().Events())
	}
	if got := tot.Amount(Returned, usd).String(); got != "USD 16.00" || tot.Events() != 3 {
		t.Errorf("all = %s, %d events", got, tot.Events())
	}
	inMarch := SumSlice([]Case{c}, Filter{From: day("2011-03-01"), To: day("2011-03-31")})
	if got := inMarch.Amount(Returned, usd).String(); got != "USD 1.00" || inMarch.Skipped() != 1 {
		t.Errorf("March 2011 = %s, skipped %d; want USD 1.00 and the 2010–2011 event skipped", got, inMarch.Skipped())
	}
	// Merge and Diff keep the unplaced sums.
	if d := Diff(tot, tot.Merge(tot)); !d.Equal(tot) {
		t.Errorf("Diff(t, t+t) != t")
	}
}

// TestAggregate checks published totals: usable in totals, by year, in
// differences between periods.
func TestAggregate(t *testing.T) {
	before := Aggregate{Stage: Frozen, Period: mustDate(ParseDate("2006–2009")), Amount: MustParseAmount("US$1.225 billion"),
		Source: "StAR, Few and Far (2014), figure for 2006–2009"}
	after := Aggregate{Stage: Frozen, Period: mustDate(ParseDate("2010–June 2012")), Amount: MustParseAmount("US$1.398 billion")}
	d := Diff(before.Totals(), after.Totals())
	if got := d.Amount(Frozen, usd).String(); got != "USD 173,000,000.00" {
		t.Errorf("difference = %s", got)
	}
	one := Aggregate{Stage: Returned, Period: mustDate(ParseDate("2012")), Amount: MustParseAmount("USD 147 million")}.Totals()
	if got := one.Year(2012).Amount(Returned, usd).String(); got != "USD 147,000,000.00" || one.Events() != 1 || one.Cases() != 0 {
		t.Errorf("one year: %s, %d events, %d cases", got, one.Events(), one.Cases())
	}
	if got := before.Totals().Unplaced().Amount(Frozen, usd); !got.Equal(MustParseAmount("USD 1225000000")) {
		t.Errorf("a period of several years is unplaced: %v", got)
	}
	merged := SumSlice([]Case{containedCase()}, Filter{}).Merge(one)
	if got := merged.Amount(Returned, usd).String(); got != "USD 455,000,000.00" {
		t.Errorf("cases and aggregate merged: %s", got)
	}
	if bad := (Aggregate{}).Totals(); bad.Skipped() != 1 || bad.Events() != 0 {
		t.Errorf("empty aggregate: %d skipped, %d events", bad.Skipped(), bad.Events())
	}
}

// TestEuroRates checks the fixed rates against Council Regulation 2866/98
// (testdata/eurorates.csv) and converts with the package's rounding rule.
func TestEuroRates(t *testing.T) {
	tests := []struct {
		code, rate, asOf string
	}{
		{"DEM", "1.95583", "1999-01-01"}, {"FRF", "6.55957", "1999-01-01"}, {"ITL", "1936.27", "1999-01-01"},
		{"GRD", "340.75", "2001-01-01"}, {"HRK", "7.5345", "2023-01-01"}, {"BGN", "1.95583", "2026-01-01"},
	}
	eur := MustParseCurrency("EUR")
	for _, tt := range tests {
		c := MustParseCurrency(tt.code)
		r, ok := EuroRates(c)
		if !ok {
			t.Fatalf("EuroRates(%s) not found", tt.code)
		}
		rate, ok := r.Rate(eur, c)
		if !ok || rate.String() != tt.rate || r.AsOf().Format("2006-01-02") != tt.asOf {
			t.Errorf("%s: rate %v, as of %v; want %s as of %s", tt.code, rate, r.AsOf(), tt.rate, tt.asOf)
		}
	}
	r, _ := EuroRates(MustParseCurrency("DEM"))
	got, err := r.Convert(MustParseAmount("DEM 100"), eur, 2)
	if err != nil || got.String() != "EUR 51.13" {
		t.Errorf("DEM 100 = %v, %v, want EUR 51.13", got, err)
	}
	if _, ok := EuroRates(MustParseCurrency("USD")); ok {
		t.Error("EuroRates(USD) found a rate")
	}
	if _, err := r.Convert(MustParseAmount("FRF 1"), eur, 2); !errors.Is(err, ErrMissingRate) {
		t.Errorf("DEM rates converted FRF: %v", err)
	}
}
