package review

import (
	"slices"
	"testing"

	"github.com/uncac-go/uncac/convention"
)

// manyReviews returns n synthetic reviews made by repeating the synthetic
// fixture under other States' codes, so that the IDs stay distinct.
func manyReviews(n int) []Review {
	base := synthetic()
	var states []convention.State
	for s := range convention.States() {
		states = append(states, s)
	}
	out := make([]Review, 0, n)
	for i := range n {
		r := base[i%len(base)]
		r.ID.State = states[(i/len(base))%len(states)]
		out = append(out, r)
	}
	return out
}

func BenchmarkProgressOf(b *testing.B) {
	rs := manyReviews(400)
	at := day("2020-01-01")
	b.ReportAllocs()
	for b.Loop() {
		ProgressOf(slices.Values(rs), at, Filter{})
	}
}

func BenchmarkDiff(b *testing.B) {
	rs := manyReviews(400)
	from, to := day("2011-01-01"), day("2020-01-01")
	b.ReportAllocs()
	for b.Loop() {
		Diff(slices.Values(rs), SummaryFinalized, from, to)
	}
}

func BenchmarkValidate(b *testing.B) {
	rs := manyReviews(400)
	b.ReportAllocs()
	for b.Loop() {
		_ = Validate(rs)
	}
}

func BenchmarkCountFindings(b *testing.B) {
	rs := manyReviews(400)
	b.ReportAllocs()
	for b.Loop() {
		CountFindings(slices.Values(rs), 0, Filter{})
	}
}

func BenchmarkReviewerLoad(b *testing.B) {
	rs := manyReviews(400)
	b.ReportAllocs()
	for b.Loop() {
		ReviewerLoad(slices.Values(rs), Filter{})
	}
}

// The parsers of small closed sets allocate nothing on a hit.
func BenchmarkParse(b *testing.B) {
	for _, bb := range []struct {
		name string
		f    func(string) error
		in   string
	}{
		{"Cycle", func(s string) error { _, err := ParseCycle(s); return err }, "the Second Review Cycle"},
		{"Milestone", func(s string) error { _, err := ParseMilestone(s); return err }, "Summary_Finalized"},
		{"FindingKind", func(s string) error { _, err := ParseFindingKind(s); return err }, "good practices"},
		{"ID", func(s string) error { _, err := ParseID(s); return err }, "ken/second cycle"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := bb.f(bb.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
