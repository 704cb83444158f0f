package claim_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/claim"
)

// row is the part of an Entry the tests compare.
type row struct {
	Claim   int
	Literal string
	Verdict claim.Verdict
	Allowed string
	Value   string
	Off     string
	Hint    string
}

func rows(r claim.Report) []row {
	out := make([]row, len(r.Entries))
	for i, e := range r.Entries {
		off := ""
		if e.Off != nil {
			off = e.Off.RatString()
		}
		out[i] = row{e.Claim, e.Literal, e.Verdict, e.Allowed, e.Value, off, e.Hint}
	}
	return out
}

func TestClaims(t *testing.T) {
	ranking := map[int]int{46: 200, 44: 185, 50: 182, 48: 120}
	tied := map[int]int{46: 200, 44: 185, 50: 185, 48: 120}
	tests := []struct {
		name string
		c    claim.Claim
		want []row
	}{
		{"count holds", claim.Count("3,680", 3680),
			[]row{{0, "3,680", claim.Holds, "3,680", "3,680", "0", ""}}},
		{"count fails", claim.Count("118", 117),
			[]row{{0, "118", claim.Fails, "118", "117", "-1", ""}}},
		{"count nearly by rounding", claim.Count("nearly 500", 480),
			[]row{{0, "nearly 500", claim.HoldsByRounding, "450..499", "480", "-20", ""}}},
		{"count nearly fails at point", claim.Count("nearly 500", 500),
			[]row{{0, "nearly 500", claim.Fails, "450..499", "500", "0", ""}}},
		{"count over holds", claim.Count("over 2,000", 2001),
			[]row{{0, "over 2,000", claim.Holds, "≥ 2,001", "2,001", "1", ""}}},
		{"count over fails at bound", claim.Count("over 2,000", 2000),
			[]row{{0, "over 2,000", claim.Fails, "≥ 2,001", "2,000", "0", ""}}},
		{"count fewer than", claim.Count("fewer than 10", 9),
			[]row{{0, "fewer than 10", claim.Holds, "0..9", "9", "-1", ""}}},
		{"count range", claim.Count("between 2 and 15", 16),
			[]row{{0, "between 2 and 15", claim.Fails, "2..15", "16", "1", ""}}},
		{"count percent literal", claim.Count("36%", 4),
			[]row{{0, "36%", claim.Invalid, "", "", "", ""}}},
		{"count bad literal", claim.Count("lots", 4),
			[]row{{0, "lots", claim.Invalid, "", "", "", ""}}},
		{"distinct", claim.Distinct("three States", "KEN", "UGA", "KEN", "TZA"),
			[]row{{0, "three States", claim.Holds, "3", "3 distinct of 4", "0", ""}}},
		{"distinct counted duplicates", claim.Distinct("four States", "KEN", "UGA", "KEN", "TZA"),
			[]row{{0, "four States", claim.Fails, "4", "3 distinct of 4", "-1", "passes if duplicates are counted (4 items)"}}},
		{"money by rounding", claim.Money("$43 million", "USD", decimal.RequireFromString("43210000.50")),
			[]row{{0, "$43 million", claim.HoldsByRounding, "USD [42,500,000..43,500,000)", "USD 43,210,000.5", "420001/2", ""}}},
		{"money at half up", claim.Money("$43 million", "USD", decimal.RequireFromString("43500000")),
			[]row{{0, "$43 million", claim.Fails, "USD [42,500,000..43,500,000)", "USD 43,500,000", "500000", `the data prints as "USD 44 million"`}}},
		{"money half either", claim.Money("$43 million", "USD", decimal.RequireFromString("43500000")).With(claim.Rules{Rounding: claim.HalfEither}),
			[]row{{0, "$43 million", claim.HoldsByRounding, "USD [42,500,000..43,500,000]", "USD 43,500,000", "500000", ""}}},
		{"money wrong currency", claim.Money("€43 million", "USD", decimal.RequireFromString("43000000")),
			[]row{{0, "€43 million", claim.Fails, "EUR [42,500,000..43,500,000)", "USD 43,000,000", "", "stated in EUR, data in USD"}}},
		{"money in no currency", claim.Money("$43 million", "invalid Currency", decimal.RequireFromString("43000000")),
			[]row{{0, "$43 million", claim.Invalid, "", "", "", ""}}},
		{"money in lower case", claim.Money("$43 million", "usd", decimal.RequireFromString("43000000")),
			[]row{{0, "$43 million", claim.Invalid, "", "", "", ""}}},
		{"money no currency", claim.Money("43 million", "CHF", decimal.RequireFromString("43000000")),
			[]row{{0, "43 million", claim.Holds, "CHF [42,500,000..43,500,000)", "CHF 43,000,000", "0", "the literal names no currency; read as CHF"}}},
		{"money fails", claim.Money("$43 million", "USD", decimal.RequireFromString("41000000")),
			[]row{{0, "$43 million", claim.Fails, "USD [42,500,000..43,500,000)", "USD 41,000,000", "-2000000", `the data prints as "USD 41 million"`}}},
		{"share holds", claim.Share("four", "11", 4, 11), []row{
			{0, "four", claim.Holds, "4", "4", "0", ""},
			{0, "11", claim.Holds, "11", "11", "0", ""},
			{0, "four of 11", claim.Holds, "part ≤ whole", "4 of 11", "", ""}}},
		{"share stated part exceeds whole", claim.Share("twelve", "11", 12, 11), []row{
			{0, "twelve", claim.Holds, "12", "12", "0", ""},
			{0, "11", claim.Holds, "11", "11", "0", ""},
			{0, "twelve of 11", claim.Fails, "part ≤ whole", "12 of 11", "", "the stated part exceeds the stated whole"}}},
		{"share data part exceeds whole", claim.Share("some 10", "about 10", 12, 11), []row{
			{0, "some 10", claim.Fails, "9..11", "12", "2", ""},
			{0, "about 10", claim.HoldsByRounding, "9..11", "11", "1", ""},
			{0, "some 10 of about 10", claim.Fails, "part ≤ whole", "12 of 11", "1", "the data's part exceeds its whole"}}},
		{"percent holds", claim.Percent("36 per cent", 4, 11),
			[]row{{0, "36 per cent", claim.HoldsByRounding, "[35.5..36.5)% = 4 of 11", "≈36.3636% (4 of 11)", "4/11", ""}}},
		{"percent grim impossible", claim.Percent("50 per cent", 5, 11),
			[]row{{0, "50 per cent", claim.Fails, "[49.5..50.5)% = no count of 11", "≈45.4545% (5 of 11)", "-50/11", "GRIM: no whole count out of 11 prints as 50%"}}},
		{"percent other count", claim.Percent("45%", 6, 11),
			[]row{{0, "45%", claim.Fails, "[44.5..45.5)% = 5 of 11", "≈54.5455% (6 of 11)", "105/11", `the data prints as "55%"; passes for 5 of 11`}}},
		{"percent of zero", claim.Percent("45%", 0, 0),
			[]row{{0, "45%", claim.Invalid, "", "", "", ""}}},
		{"change", claim.Change("an additional four", 176, 180),
			[]row{{0, "an additional four", claim.Holds, "4", "4 (176 → 180)", "0", ""}}},
		{"change decreased", claim.Change("eight further", 3680, 3672),
			[]row{{0, "eight further", claim.Fails, "8", "-8 (3,680 → 3,672)", "-16", "the data decreased"}}},
		{"invariant", claim.Invariant("continued to pertain", "same top three", false),
			[]row{{0, "continued to pertain", claim.Fails, "same top three", "does not hold", "", ""}}},
		{"range holds", claim.Range("2020–2021", 2020, 2021),
			[]row{{0, "2020–2021", claim.Holds, "2020 to 2021", "2020 to 2021", "", ""}}},
		{"range upper off", claim.Range("between 2006 and 2012", 2006, 2014),
			[]row{{0, "between 2006 and 2012", claim.Fails, "2006 to 2012", "2006 to 2014", "2", "the upper end is off by +2"}}},
		{"range swapped", claim.Range("2020–2021", 2021, 2020),
			[]row{{0, "2020–2021", claim.Fails, "2020 to 2021", "2021 to 2020", "1", "passes if the ends are swapped"}}},
		{"respectively holds", claim.Respectively("185 needs and 182 needs", 185, 182), []row{
			{0, "185 needs", claim.Holds, "185", "185", "0", ""},
			{0, "182 needs", claim.Holds, "182", "182", "0", ""}}},
		{"respectively swapped", claim.Respectively("185 needs and 182 needs, respectively", 182, 185), []row{
			{0, "185 needs", claim.Fails, "185", "182", "-3", "passes if the two values are swapped"},
			{0, "182 needs", claim.Fails, "182", "185", "3", "passes if the two values are swapped"}}},
		{"respectively three", claim.Respectively("1, 2 and 3", 2, 3, 1), []row{
			{0, "1", claim.Fails, "1", "2", "1", "passes with the values in the order 1, 2, 3"},
			{0, "2", claim.Fails, "2", "3", "1", "passes with the values in the order 1, 2, 3"},
			{0, "3", claim.Fails, "3", "1", "-2", "passes with the values in the order 1, 2, 3"}}},
		{"respectively count mismatch", claim.Respectively("1 and 2", 1),
			[]row{{0, "1 and 2", claim.Invalid, "", "", "", ""}}},
		{"top holds", claim.Top("article 46", []int{46}, ranking),
			[]row{{0, "article 46", claim.Holds, "top 1: 46", "46 (200), 44 (185)", "", ""}}},
		{"top fails", claim.Top("article 44", []int{44}, ranking),
			[]row{{0, "article 44", claim.Fails, "top 1: 44", "46 (200), 44 (185)", "", "46 (200) is not named but ranks above"}}},
		{"top set any order", claim.Top("44, 46 and 50", []int{50, 44, 46}, ranking),
			[]row{{0, "44, 46 and 50", claim.Holds, "top 3: 50, 44, 46", "46 (200), 44 (185), 50 (182), 48 (120)", "", ""}}},
		{"top missing key", claim.Top("article 7", []int{7}, ranking),
			[]row{{0, "article 7", claim.Fails, "top 1: 7", "46 (200), 44 (185)", "", "no data for 7"}}},
		{"order holds", claim.Order("46, followed by 44 and 50", []int{46, 44, 50}, ranking),
			[]row{{0, "46, followed by 44 and 50", claim.Holds, "in order 46 > 44 > 50", "46 (200), 44 (185), 50 (182), 48 (120)", "", ""}}},
		{"order wrong", claim.Order("46, followed by 50 and 44", []int{46, 50, 44}, ranking),
			[]row{{0, "46, followed by 50 and 44", claim.Fails, "in order 46 > 50 > 44", "46 (200), 44 (185), 50 (182), 48 (120)", "", "44 (185) ranks above 50 (182)"}}},
		{"order tie any", claim.Order("46, followed by 50 and 44", []int{46, 50, 44}, tied),
			[]row{{0, "46, followed by 50 and 44", claim.Holds, "in order 46 > 50 > 44", "46 (200), 44 (185), 50 (185), 48 (120)", "", "50 and 44 tie at 185"}}},
		{"order tie strict", claim.Order("46, followed by 50 and 44", []int{46, 50, 44}, tied).With(claim.Rules{StrictTies: true}),
			[]row{{0, "46, followed by 50 and 44", claim.Fails, "in order 46 > 50 > 44", "46 (200), 44 (185), 50 (185), 48 (120)", "", "50 and 44 tie at 185"}}},
		{"top tie with unnamed any", claim.Top("46 and 44", []int{46, 44}, tied),
			[]row{{0, "46 and 44", claim.Holds, "top 2: 46, 44", "46 (200), 44 (185), 50 (185)", "", "50 ties with the last named at 185"}}},
		{"top tie with unnamed strict", claim.Top("46 and 44", []int{46, 44}, tied).With(claim.Rules{StrictTies: true}),
			[]row{{0, "46 and 44", claim.Fails, "top 2: 46, 44", "46 (200), 44 (185), 50 (185)", "", "50 ties with the last named at 185"}}},
		{"no fewer holds", claim.NoFewer("3,680", "118"),
			[]row{{0, "3,680 ≥ 118", claim.Holds, "first ≥ second", "3,680 vs 118", "", ""}}},
		{"no fewer fails", claim.NoFewer("100", "118"),
			[]row{{0, "100 ≥ 118", claim.Fails, "first ≥ second", "100 vs 118", "-18", "the first figure is smaller than the second"}}},
		{"no fewer by rounding", claim.NoFewer("$4 million", "$4.2 million"),
			[]row{{0, "$4 million ≥ $4.2 million", claim.HoldsByRounding, "first ≥ second", "[3,500,000..4,500,000) vs [4,150,000..4,250,000)", "", ""}}},
		{"parts fit", claim.Parts("3,680", "200", "185", "182"),
			[]row{{0, "200 + 185 + 182 ≤ 3,680", claim.Holds, "sum ≤ 3,680", "sum 567", "", ""}}},
		{"parts exceed", claim.Parts("500", "200", "185", "182"),
			[]row{{0, "200 + 185 + 182 ≤ 500", claim.Fails, "sum ≤ 500", "sum 567", "", "the parts exceed the total"}}},
		{"sum by rounding", claim.Sum("100%", "33%", "33%", "33%"),
			[]row{{0, "33% + 33% + 33% = 100%", claim.HoldsByRounding, "sum in [99.5..100.5)", "sum [97.5..100.5)", "-1", ""}}},
		{"sum fails", claim.Sum("100%", "30%", "30%", "30%"),
			[]row{{0, "30% + 30% + 30% = 100%", claim.Fails, "sum in [99.5..100.5)", "sum [88.5..91.5)", "-10", "the parts do not add up to the total even allowing for rounding"}}},
		{"sum mixed units", claim.Sum("100%", "30", "70%"),
			[]row{{0, "30 + 70% = 100%", claim.Invalid, "", "", "", ""}}},
		{"grim possible", claim.GRIM("36 per cent", "11"),
			[]row{{0, "36 per cent of 11", claim.Holds, "[35.5..36.5)% of 11", "4 of 11", "", ""}}},
		{"grim impossible", claim.GRIM("50 per cent", "eleven"),
			[]row{{0, "50 per cent of eleven", claim.Fails, "[49.5..50.5)% of 11", "no whole count", "", "GRIM: no whole count out of 11 prints as 50%"}}},
		{"count years range", claim.Count("between 2006 and 2012", 2010),
			[]row{{0, "between 2006 and 2012", claim.Holds, "2006..2012", "2010", "0", ""}}},
		{"count plain integer is exact", claim.Count("3,680", 3681),
			[]row{{0, "3,680", claim.Fails, "3,680", "3,681", "1", ""}}},
		{"count scaled is rounded", claim.Count("18 thousand", 17_600),
			[]row{{0, "18 thousand", claim.HoldsByRounding, "17,500..18,499", "17,600", "-400", ""}}},
		{"money in full is exact", claim.Money("$500", "USD", decimal.RequireFromString("500.40")),
			[]row{{0, "$500", claim.Fails, "USD 500", "USD 500.4", "2/5", ""}}},
		{"money decimals hint", claim.Money("US$ 1.398 billion", "USD", decimal.RequireFromString("1390000000")),
			[]row{{0, "US$ 1.398 billion", claim.Fails, "USD [1,397,500,000..1,398,500,000)", "USD 1,390,000,000", "-8000000", `the data prints as "USD 1.390 billion"`}}},
		{"sum of exact counts", claim.Sum("3,680", "3,000", "680"),
			[]row{{0, "3,000 + 680 = 3,680", claim.Holds, "sum = 3,680", "sum 3,680", "0", ""}}},
		{"sum of exact counts off by one", claim.Sum("3,680", "3,000", "679"),
			[]row{{0, "3,000 + 679 = 3,680", claim.Fails, "sum = 3,680", "sum 3,679", "-1", "the parts do not add up to the total even allowing for rounding"}}},
		{"grim years style whole", claim.GRIM("50%", "1000"),
			[]row{{0, "50% of 1000", claim.Holds, "[49.5..50.5)% of 1000", "495..504 of 1000", "", ""}}},
		{"zero claim", claim.Claim{},
			[]row{{0, "", claim.Invalid, "", "", "", ""}}},
		// Rows below were added by hand mutation testing: each fails if
		// one small plausible bug is put into the code it exercises.
		{"percent open non-integer lower bound", claim.Percent("more than 33.3 per cent", 4, 10),
			[]row{{0, "more than 33.3 per cent", claim.Holds, "(33.3..∞)% = 4..10 of 10", "40% (4 of 10)", "67/10", ""}}},
		{"percent open upper bound at 100", claim.Percent("less than 100 per cent", 9, 10),
			[]row{{0, "less than 100 per cent", claim.Holds, "[0..100)% = 0..9 of 10", "90% (9 of 10)", "-10", ""}}},
		{"percent counts stop at the whole", claim.Percent("more than 90 per cent", 10, 10),
			[]row{{0, "more than 90 per cent", claim.Holds, "(90..∞)% = 10 of 10", "100% (10 of 10)", "10", ""}}},
		{"exactly gives no prints-as hint", claim.Count("exactly 43 million", 43_400_000),
			[]row{{0, "exactly 43 million", claim.Fails, "43,000,000", "43,400,000", "400000", ""}}},
		{"rounded range off by whole numbers", claim.Count("2.5–3.5 thousand", 3600),
			[]row{{0, "2.5–3.5 thousand", claim.Fails, "2,450..3,549", "3,600", "51", ""}}},
		{"share part equals whole", claim.Share("four", "four", 4, 4), []row{
			{0, "four", claim.Holds, "4", "4", "0", ""},
			{0, "four", claim.Holds, "4", "4", "0", ""},
			{0, "four of four", claim.Holds, "part ≤ whole", "4 of 4", "", ""}}},
		{"share negative part", claim.Share("zero", "5", -1, 5), []row{
			{0, "zero", claim.Fails, "0", "-1", "-1", ""},
			{0, "5", claim.Holds, "5", "5", "0", ""},
			{0, "zero of 5", claim.Fails, "part ≤ whole", "-1 of 5", "-1", "the data's part is negative"}}},
		{"no fewer against an open bound", claim.NoFewer("fewer than 10", "10"),
			[]row{{0, "fewer than 10 ≥ 10", claim.Fails, "first ≥ second", "[0..10) vs 10", "0", "the first figure is smaller than the second"}}},
		{"no fewer equal figures", claim.NoFewer("10", "10"),
			[]row{{0, "10 ≥ 10", claim.Holds, "first ≥ second", "10 vs 10", "", ""}}},
		{"parts with an open lower bound", claim.Parts("10", "more than 5", "5"),
			[]row{{0, "more than 5 + 5 ≤ 10", claim.Fails, "sum ≤ 10", "sum (10..∞)", "", "the parts exceed the total"}}},
		{"change of zero is no decrease", claim.Change("an additional four", 5, 5),
			[]row{{0, "an additional four", claim.Fails, "4", "0 (5 → 5)", "-4", ""}}},
		{"range swapped on one end only", claim.Range("between 2 and 15", 5, 2),
			[]row{{0, "between 2 and 15", claim.Fails, "2 to 15", "5 to 2", "3", "the lower end is off by +3; the upper end is off by -13"}}},
		{"respectively hints only failing items", claim.Respectively("185, 182 and 10", 182, 185, 10), []row{
			{0, "185", claim.Fails, "185", "182", "-3", "passes with the values in the order 185, 182, 10"},
			{0, "182", claim.Fails, "182", "185", "3", "passes with the values in the order 185, 182, 10"},
			{0, "10", claim.Holds, "10", "10", "0", ""}}},
		{"respectively invalid in given order", claim.Respectively("5% and 6%", 5, 6), []row{
			{0, "5%", claim.Invalid, "", "", "", ""},
			{0, "6%", claim.Invalid, "", "", "", ""}}},
		{"respectively uses each value once", claim.Respectively("about 5 and 5", 5, 6), []row{
			{0, "about 5", claim.Holds, "5", "5", "0", ""},
			{0, "5", claim.Fails, "5", "6", "1", ""}}},
		{"respectively serial comma", claim.Respectively("185, 182, and 10", 185, 182, 10), []row{
			{0, "185", claim.Holds, "185", "185", "0", ""},
			{0, "182", claim.Holds, "182", "182", "0", ""},
			{0, "10", claim.Holds, "10", "10", "0", ""}}},
		{"top unnamed key one above", claim.Top("a", []string{"a"}, map[string]int{"a": 5, "b": 6}),
			[]row{{0, "a", claim.Fails, "top 1: a", "b (6), a (5)", "", "b (6) is not named but ranks above"}}},
		{"sum off in print holds only by rounding", claim.Sum("100%", "40%", "61%"),
			[]row{{0, "40% + 61% = 100%", claim.HoldsByRounding, "sum in [99.5..100.5)", "sum [100..102)", "1", ""}}},
		{"sum of mixed currencies", claim.Sum("$10 million", "€5 million", "$5 million"),
			[]row{{0, "€5 million + $5 million = $10 million", claim.Invalid, "", "", "", ""}}},
		{"sum with a range part", claim.Sum("10", "2–4", "6"),
			[]row{{0, "2–4 + 6 = 10", claim.Invalid, "", "", "", ""}}},
		{"grim of zero", claim.GRIM("50 per cent", "0"),
			[]row{{0, "50 per cent of 0", claim.Invalid, "[49.5..50.5)% of 0", "", "", ""}}},
		{"grim over a range of wholes", claim.GRIM("36 per cent", "between 10 and 100"),
			[]row{{0, "36 per cent of between 10 and 100", claim.Holds, "[35.5..36.5)% of 10..100", "4 of 11", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rows(claim.Check(tt.c))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check(%v) mismatch (-want +got):\n%s", tt.c, diff)
			}
		})
	}
}

func TestCheckIndexesClaims(t *testing.T) {
	r := claim.Check(claim.Count("one", 1), claim.Share("one", "two", 1, 2), claim.Count("three", 3))
	var got []int
	for _, e := range r.Entries {
		got = append(got, e.Claim)
	}
	if diff := cmp.Diff([]int{0, 1, 1, 1, 2}, got); diff != "" {
		t.Errorf("Entry.Claim mismatch (-want +got):\n%s", diff)
	}
}

func TestInvalidErrors(t *testing.T) {
	tests := []struct {
		name string
		c    claim.Claim
		is   error
	}{
		{"syntax", claim.Count("lots", 1), claim.ErrSyntax},
		{"percent as count", claim.Count("36%", 1), claim.ErrUnit},
		{"money as count", claim.Count("$5", 5), claim.ErrUnit},
		{"count as percent", claim.Percent("36", 4, 11), claim.ErrUnit},
		{"percent as money", claim.Money("36%", "USD", decimal.NewFromInt(36)), claim.ErrUnit},
		{"currency", claim.Money("€5", "USD", decimal.NewFromInt(5)), claim.ErrCurrency},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := claim.Check(tt.c)
			if len(r.Entries) != 1 {
				t.Fatalf("Check(%v) has %d entries, want 1", tt.c, len(r.Entries))
			}
			if err := r.Entries[0].Err; !errors.Is(err, tt.is) {
				t.Errorf("Check(%v).Entries[0].Err = %v, want %v", tt.c, err, tt.is)
			}
		})
	}
}

func TestEntryString(t *testing.T) {
	tests := []struct {
		name string
		c    claim.Claim
		want string
	}{
		{"fails", claim.Count("118", 117), `count "118" fails: stated 118, data 117, off by -1`},
		{"holds", claim.Count("3,680", 3680), `count "3,680" holds: stated 3,680, data 3,680`},
		{"money", claim.Money("$43 million", "USD", decimal.RequireFromString("41000000")),
			`money "$43 million" fails: stated USD [42,500,000..43,500,000), data USD 41,000,000, off by -2,000,000; the data prints as "USD 41 million"`},
		{"invalid", claim.Count("lots", 1), `count "lots" invalid: claim.Parse: parsing "lots": at offset 0: invalid syntax: expected a number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := claim.Check(tt.c).Entries[0].String(); got != tt.want {
				t.Errorf("Entry.String() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIntervalMethods(t *testing.T) {
	iv := claim.MustParse("$43 million").Interval()
	tests := []struct {
		x        int64
		contains bool
		dist     string
	}{
		{42_499_999, false, "-1"},
		{42_500_000, true, "0"},
		{43_499_999, true, "0"},
		{43_500_000, false, "0"},
		{44_000_000, false, "500000"},
	}
	for _, tt := range tests {
		x := big.NewRat(tt.x, 1)
		if got := iv.Contains(x); got != tt.contains {
			t.Errorf("%v.Contains(%d) = %v, want %v", iv, tt.x, got, tt.contains)
		}
		if got := iv.Distance(x).RatString(); got != tt.dist {
			t.Errorf("%v.Distance(%d) = %s, want %s", iv, tt.x, got, tt.dist)
		}
	}
	if iv.Contains(nil) {
		t.Error("Contains(nil) = true")
	}
	var all claim.Interval
	if all.String() != "(-∞..∞)" || all.IsEmpty() || !all.Contains(big.NewRat(-5, 1)) {
		t.Errorf("zero Interval: %v, IsEmpty %v", all, all.IsEmpty())
	}
	if !iv.Equal(claim.MustParse("USD 43 million").Interval()) || iv.Equal(claim.MustParse("43").Interval()) {
		t.Error("Equal disagrees with the intervals")
	}
	// At an open lower bound the value is outside but at distance 0.
	open := claim.Interval{Lo: big.NewRat(5, 1), Hi: big.NewRat(10, 1), LoOpen: true}
	if got := open.Distance(big.NewRat(5, 1)).RatString(); got != "0" {
		t.Errorf("%v.Distance(5) = %s, want 0", open, got)
	}
	// The approximate qualifiers take the union of the rounding interval
	// and the tolerance: where both start at 9.5 and only one is open, the
	// union is closed.
	s, err := claim.Rules{Rounding: claim.HalfDown, Approx: 5}.Parse("about 10")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Interval().String(), "[9.5..10.5]"; got != want {
		t.Errorf("HalfDown, Approx 5: Parse(%q).Interval() = %s, want %s", "about 10", got, want)
	}
}

func TestReportMethods(t *testing.T) {
	r := claim.Check(claim.Count("one", 1), claim.Count("about 10", 11), claim.Count("two", 3), claim.Count("x", 1))
	if r.OK() {
		t.Error("OK() = true with a failure")
	}
	if got := len(r.Failures()); got != 2 {
		t.Errorf("len(Failures()) = %d, want 2", got)
	}
	if got, want := r.Summary(), "4 figures: 2 hold (1 by rounding), 1 fails, 1 invalid"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	if !claim.Check().OK() || claim.Check().Summary() != "0 figures: 0 hold, 0 fail" {
		t.Errorf("empty report: OK %v, Summary %q", claim.Check().OK(), claim.Check().Summary())
	}
}

// TestMoneyWithdrawnCurrency checks that a claim accepts every ISO 4217 code
// that assetrecovery does, withdrawn ones included (list three).
func TestMoneyWithdrawnCurrency(t *testing.T) {
	for _, code := range []string{"DEM", "ZRN", "YUN", "HRK"} {
		r := claim.Check(claim.Money(code+" 5 million", code, 5_000_000))
		if !r.OK() {
			t.Errorf("Money(%q) with a computed amount in %s:\n%v", code+" 5 million", code, r)
		}
	}
}

// TestQualifierMatchesGrammar checks that claim's qualifiers are the
// grammar's, value for value, since claim converts between them by a cast.
func TestQualifierMatchesGrammar(t *testing.T) {
	want := []string{"plain", "exactly", "about", "nearly", "just over", "more than", "at least", "fewer than", "up to"}
	for i, q := range []claim.Qualifier{claim.Plain, claim.Exactly, claim.About, claim.Nearly, claim.JustOver, claim.Over, claim.AtLeast, claim.Under, claim.AtMost} {
		if q.String() != want[i] || !q.IsValid() {
			t.Errorf("Qualifier %d = %q (valid %v), want %q", q, q.String(), q.IsValid(), want[i])
		}
	}
	if q := claim.AtMost + 1; q.IsValid() || q.String() != "%!Qualifier(10)" {
		t.Errorf("Qualifier(10) = %q, valid %v", q.String(), q.IsValid())
	}
}
