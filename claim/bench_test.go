package claim_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/claim"
)

func BenchmarkParse(b *testing.B) {
	for _, lit := range []string{"3,680", "an additional four", "approximately $43 million", "between 2006 and 2012"} {
		b.Run(lit, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := claim.Parse(lit); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkCheck(b *testing.B) {
	byArticle := map[int]int{46: 200, 44: 185, 50: 182, 48: 120, 43: 60}
	claims := []claim.Claim{
		claim.Count("a total of 3,680", 3680),
		claim.Share("four", "11", 4, 11),
		claim.Percent("36 per cent", 4, 11),
		claim.Money("$43 million", "USD", decimal.RequireFromString("43210000")),
		claim.Order("46, followed by 44 and 50", []int{46, 44, 50}, byArticle),
		claim.Respectively("185 needs and 182 needs", 185, 182),
	}
	b.ReportAllocs()
	for b.Loop() {
		if r := claim.Check(claims...); !r.OK() {
			b.Fatal(r)
		}
	}
}

func BenchmarkReportString(b *testing.B) {
	r := claim.Check(
		claim.Count("a total of 3,680", 3680),
		claim.Money("$43 million", "USD", decimal.RequireFromString("43210000")),
		claim.Respectively("185 needs and 182 needs", 182, 185),
	)
	b.ReportAllocs()
	for b.Loop() {
		_ = r.String()
	}
}
