package review

import (
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
		ProgressOf(rs, at)
	}
}

func BenchmarkDiff(b *testing.B) {
	rs := manyReviews(400)
	from, to := day("2011-01-01"), day("2020-01-01")
	b.ReportAllocs()
	for b.Loop() {
		Diff(rs, from, to)
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
		CountFindings(rs)
	}
}
