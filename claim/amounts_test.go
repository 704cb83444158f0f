package claim_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/claim"
)

// TestBoundedData holds the cases of issue 14 item 1: a count known only
// within bounds (as convention.PartiesAt gives on a day for which some dates
// are only bounded) is checked three-valued, and the report shows both
// ranges.
func TestBoundedData(t *testing.T) {
	parties := span{175, 180}
	tests := []struct {
		name string
		c    claim.Claim
		want []row
	}{
		{"count undetermined", claim.Count("178 parties", parties),
			[]row{{0, "178 parties", claim.Undetermined, "178", "175..180", "", ""}}},
		{"count bound holds for all", claim.Count("more than 170 parties", parties),
			[]row{{0, "more than 170 parties", claim.Holds, "≥ 171", "175..180", "", ""}}},
		{"count fails for all", claim.Count("190 parties", parties),
			[]row{{0, "190 parties", claim.Fails, "190", "175..180", "-10", ""}}},
		{"count fails below", claim.Count("170 parties", parties),
			[]row{{0, "170 parties", claim.Fails, "170", "175..180", "5", ""}}},
		{"count range covers", claim.Count("between 170 and 180 parties", parties),
			[]row{{0, "between 170 and 180 parties", claim.Holds, "170..180", "175..180", "", ""}}},
		{"about holds by rounding", claim.Count("about 180 parties", parties),
			[]row{{0, "about 180 parties", claim.HoldsByRounding, "162..198", "175..180", "", ""}}},
		{"change with bounds", claim.Change("an additional four", span{170, 172}, parties),
			[]row{{0, "an additional four", claim.Undetermined, "4", "3..10 (170..172 → 175..180)", "", ""}}},
		{"share part bounded", claim.Share("five", "the eight States", span{4, 6}, 8), []row{
			{0, "five", claim.Undetermined, "5", "4..6", "", ""},
			{0, "the eight States", claim.Holds, "8", "8", "0", ""},
			{0, "five of the eight States", claim.Holds, "part ≤ whole", "4..6 of 8", "", ""}}},
		{"share part may exceed whole", claim.Share("five", "six", span{5, 7}, 6), []row{
			{0, "five", claim.Undetermined, "5", "5..7", "", ""},
			{0, "six", claim.Holds, "6", "6", "0", ""},
			{0, "five of six", claim.Undetermined, "part ≤ whole", "5..7 of 6", "", "the data allows a part above its whole"}}},
		{"range ends bounded", claim.Range("2020–2021", span{2019, 2020}, 2021),
			[]row{{0, "2020–2021", claim.Undetermined, "2020 to 2021", "2019..2020 to 2021", "", ""}}},
		{"respectively bounded", claim.Respectively("185 needs and 182 needs", span{185, 185}, span{180, 183}), []row{
			{0, "185 needs", claim.Holds, "185", "185", "0", ""},
			{0, "182 needs", claim.Undetermined, "182", "180..183", "", ""}}},
		{"percent of a bounded whole", claim.Percent("36 per cent", 4, span{11, 12}),
			[]row{{0, "36 per cent", claim.Undetermined, "[35.5..36.5)%", "[≈33.3333..≈36.3636]% (4 of 11..12)", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rows(claim.Check(tt.c))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check(%v) mismatch (-want +got):\n%s", tt.c, diff)
			}
		})
	}
	// The report shows both ranges.
	if got, want := claim.Check(claim.Count("178 parties", parties)).String(),
		`1 figure: 0 hold, 1 undetermined, 0 fail
undetermined  count  "178 parties"  stated 178, data 175..180`; got != want {
		t.Errorf("report =\n%s\nwant\n%s", got, want)
	}
}

// TestAmounts holds the cases of issue 14 items 5 and 6: shares and per
// cents of exact amounts, a data-free check that one printed figure is a
// printed per cent of another, and messages that name the actual problem.
func TestAmounts(t *testing.T) {
	m := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	tests := []struct {
		name string
		c    claim.Claim
		want []row
	}{
		{"share of amounts", claim.Share("$185 million", "$6.4 billion", m("185000000"), m("6400000000")), []row{
			{0, "$185 million", claim.Holds, "USD [184,500,000..185,500,000)", "185,000,000", "0", ""},
			{0, "$6.4 billion", claim.Holds, "USD [6,350,000,000..6,450,000,000)", "6,400,000,000", "0", ""},
			{0, "$185 million of $6.4 billion", claim.Holds, "part ≤ whole", "185,000,000 of 6,400,000,000", "", ""}}},
		{"percent of amounts", claim.Percent("less than three percent", m("185000000"), m("6400000000")),
			[]row{{0, "less than three percent", claim.Holds, "[0..3)%", "2.890625% (185,000,000 of 6,400,000,000)", "-7/64", ""}}},
		{"percent of amounts fails", claim.Percent("less than two percent", m("185000000"), m("6400000000")),
			[]row{{0, "less than two percent", claim.Fails, "[0..2)%", "2.890625% (185,000,000 of 6,400,000,000)", "57/64", ""}}},
		{"percent of a decimal part of a count", claim.Percent("50%", m("2.5"), 5),
			[]row{{0, "50%", claim.Holds, "[49.5..50.5)%", "50% (2.5 of 5)", "0", ""}}},
		{"percent of printed amounts", claim.PercentOf("less than three percent", "$185 million", "$6.4 billion"),
			[]row{{0, "$185 million is less than three percent of $6.4 billion", claim.Holds, "[0..3)%", "(≈2.8605..≈2.9213)%", "", ""}}},
		{"percent of printed amounts, by rounding", claim.PercentOf("2.92%", "$185 million", "$6.4 billion"),
			[]row{{0, "$185 million is 2.92% of $6.4 billion", claim.HoldsByRounding, "[2.915..2.925)%", "(≈2.8605..≈2.9213)%", "", ""}}},
		{"percent of printed amounts, tight", claim.PercentOf("2.9%", "$185 million", "$6.4 billion"),
			[]row{{0, "$185 million is 2.9% of $6.4 billion", claim.Holds, "[2.85..2.95)%", "(≈2.8605..≈2.9213)%", "", ""}}},
		{"percent of printed amounts fails", claim.PercentOf("about 5%", "$185 million", "$6.4 billion"),
			[]row{{0, "$185 million is about 5% of $6.4 billion", claim.Fails, "[4.5..5.5]%", "(≈2.8605..≈2.9213)%", "",
				"the part is not that share of the whole even allowing for rounding"}}},
		{"percent of printed counts", claim.PercentOf("36 per cent", "four", "11"),
			[]row{{0, "four is 36 per cent of 11", claim.Holds, "[35.5..36.5)%", "≈36.3636%", "", ""}}},
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

// TestMessages checks that an invalid claim's error names the actual
// problem.
func TestMessages(t *testing.T) {
	tests := []struct {
		name string
		c    claim.Claim
		want string // in the message
		kind error  // wrapped, or nil
	}{
		{"sum with a range names the range", claim.Sum("$10 million", "$2–4 million", "$6 million"),
			`"$2–4 million" is a range; a sum takes single figures`, nil},
		{"sum with mixed currencies names both", claim.Sum("$10 million", "€5 million", "$5 million"),
			`"€5 million" is an amount in EUR but the total "$10 million" is an amount in USD`, claim.ErrUnit},
		{"sum with a count among per cents", claim.Sum("100%", "30", "70%"),
			`"30" is a count but the total "100%" is a percentage`, claim.ErrUnit},
		{"percent of mixed units", claim.PercentOf("3%", "$185 million", "6.4 billion"),
			`the part "$185 million" is an amount in USD but the whole "6.4 billion" is a count`, claim.ErrUnit},
		{"percent of a non-positive whole", claim.Percent("3%", 1, 0), "the whole must be positive", nil},
		{"data of the wrong type", claim.Count("3", 3.0), "data of type float64 is not a number", claim.ErrUnit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := claim.Check(tt.c).Entries[0]
			if e.Verdict != claim.Invalid || e.Err == nil || !strings.Contains(e.Err.Error(), tt.want) {
				t.Fatalf("Check(%v) = %v, %v; want invalid with %q", tt.c, e.Verdict, e.Err, tt.want)
			}
			if tt.kind != nil && !errors.Is(e.Err, tt.kind) {
				t.Errorf("error %v does not wrap %v", e.Err, tt.kind)
			}
		})
	}
}
