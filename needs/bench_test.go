package needs_test

import (
	"fmt"
	"iter"
	"math/bits"
	"slices"
	"testing"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
)

// A denseRecord is a need as the reference loop of issue 15 reads it: six
// bytes, the State as its dense index.
type denseRecord struct {
	state                    uint16 // convention.State.Index, 0..255
	cycle, article, category uint8
}

// dense converts needs to denseRecords, before any timing.
func dense(ns []needs.Need) []denseRecord {
	out := make([]denseRecord, len(ns))
	for i, n := range ns {
		out[i] = denseRecord{uint16(n.State.Index()), uint8(n.Cycle), uint8(n.Provision.Article()), uint8(n.Category)}
	}
	return out
}

// denseTally is the reference of issue 15: per record, two counter
// increments (needs per article, needs per category) and two bit-set ORs (a
// 256-bit set of States per article, per category), with no validation.
type denseTally struct {
	articleNeeds, categoryNeeds   [256]int
	articleStates, categoryStates [256][4]uint64
}

func (d *denseTally) run(rs []denseRecord) {
	for _, r := range rs {
		d.articleNeeds[r.article]++
		d.categoryNeeds[r.category]++
		w, bit := r.state>>6&3, uint64(1)<<(r.state&63)
		d.articleStates[r.article][w] |= bit
		d.categoryStates[r.category][w] |= bit
	}
}

// denseDiff is the reference for Diff: per article, the needs added and
// removed between two dense tallies and the States new to the article.
type denseDiff struct {
	added, removed, newStates int
}

func diffDense(before, after *denseTally) denseDiff {
	var d denseDiff
	for a := range after.articleNeeds {
		b, n := before.articleNeeds[a], after.articleNeeds[a]
		d.added += max(n-b, 0)
		d.removed += max(b-n, 0)
		for w := range after.articleStates[a] {
			d.newStates += bits.OnesCount64(after.articleStates[a][w] &^ before.articleStates[a][w])
		}
	}
	return d
}

// TestDenseReferenceAgrees keeps the benchmark honest: the reference counts
// what TallySlice counts, on the same needs.
func TestDenseReferenceAgrees(t *testing.T) {
	ns := needstest.Generate(50_000, 5)
	var d denseTally
	d.run(dense(ns))
	s := needs.TallySlice(ns)
	for a := range convention.Articles() {
		got, _ := s.Count(needs.Filter{Article: a})
		states := 0
		for _, w := range d.articleStates[a] {
			states += bits.OnesCount64(w)
		}
		if want := (needs.Count{Needs: d.articleNeeds[a], States: states}); got != want {
			t.Errorf("article %v: TallySlice %+v, reference %+v", a, got, want)
		}
	}
	for c := range needs.Categories() {
		got, _ := s.Count(needs.Filter{Category: c})
		if got.Needs != d.categoryNeeds[c] {
			t.Errorf("category %v: TallySlice %d needs, reference %d", c, got.Needs, d.categoryNeeds[c])
		}
	}
}

// BenchmarkTally measures TallySlice, Tally and two tallies plus Diff
// against the reference loops of issue 15 on the same needs, at 10^6 and
// 10^7 needs. Compare the ns/need of each row with the dense row of the same
// size:
//
//	go test ./needs -run '^$' -bench 'Tally|Diff' -benchmem -count 6 > new.txt
//	benchstat -col /form new.txt
//
// The Tally row is Tally over slices.Values, the TallyCall row Tally over
// an iterator the compiler cannot see into (see opaque); issue 15 asks for
// both at most twice the dense row. The ratios row runs the six forms one
// after the other in rounds and reports the median over rounds of each
// form's time over its reference's in the same round (TallySlice/dense,
// Tally/dense, TallyCall/dense, Diff/denseDiff), with the references' own
// ns/need, which stays meaningful on a busy machine where separate rows can
// run under different loads.
//
// Each call of slices.Values gets its own copy of the iterator's loop, and
// where a copy lands in memory matters: on an AMD EPYC, with the same
// machine code, the copy in the ratios row gave Tally 1.73 times the dense
// loop and the one in the Tally row 1.97 to 2.01 times, in the same run.
//
// The Diff rows tally two snapshots (the needs without their last 1%, then
// all) and compare them; the denseDiff row does the same with the reference.
func BenchmarkTally(b *testing.B) {
	all := needstest.Generate(10_000_000, 1)
	for _, n := range []int{1_000_000, 10_000_000} {
		ns := all[:n]
		rs := dense(ns)
		cut := n - n/100
		perNeed := func(b *testing.B, k int) {
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(k), "ns/need")
		}
		name := fmt.Sprintf("n=%.0e", float64(n))
		b.Run(name+"/form=dense", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				new(denseTally).run(rs)
			}
			perNeed(b, n)
		})
		b.Run(name+"/form=TallySlice", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				needs.TallySlice(ns)
			}
			perNeed(b, n)
		})
		b.Run(name+"/form=Tally", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				needs.Tally(slices.Values(ns))
			}
			perNeed(b, n)
		})
		b.Run(name+"/form=TallyCall", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				needs.Tally(opaque(ns))
			}
			perNeed(b, n)
		})
		b.Run(name+"/form=denseDiff", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				before, after := new(denseTally), new(denseTally)
				before.run(rs[:cut])
				after.run(rs)
				diffDense(before, after)
			}
			perNeed(b, n+cut)
		})
		b.Run(name+"/form=Diff", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				needs.Diff(needs.TallySlice(ns[:cut]), needs.TallySlice(ns))
			}
			perNeed(b, n+cut)
		})
		b.Run(name+"/form=ratios", func(b *testing.B) {
			run := [...]func(){
				func() { new(denseTally).run(rs) },
				func() { needs.TallySlice(ns) },
				func() { needs.Tally(slices.Values(ns)) },
				func() {
					before, after := new(denseTally), new(denseTally)
					before.run(rs[:cut])
					after.run(rs)
					diffDense(before, after)
				},
				func() { needs.Diff(needs.TallySlice(ns[:cut]), needs.TallySlice(ns)) },
				func() { needs.Tally(opaque(ns)) },
			}
			var denseNs, denseDiffNs, slice, seq, diff, call []float64
			for b.Loop() {
				// One round per rotation of the order, so that each form
				// runs first once.
				for r := range run {
					var spent [len(run)]time.Duration
					for j := range run {
						k := (r + j) % len(run)
						t0 := time.Now()
						run[k]()
						spent[k] = time.Since(t0)
					}
					denseNs = append(denseNs, float64(spent[0].Nanoseconds())/float64(n))
					denseDiffNs = append(denseDiffNs, float64(spent[3].Nanoseconds())/float64(n+cut))
					slice = append(slice, float64(spent[1])/float64(spent[0]))
					seq = append(seq, float64(spent[2])/float64(spent[0]))
					diff = append(diff, float64(spent[4])/float64(spent[3]))
					call = append(call, float64(spent[5])/float64(spent[0]))
				}
			}
			b.ReportMetric(median(denseNs), "dense-ns/need")
			b.ReportMetric(median(denseDiffNs), "denseDiff-ns/need")
			b.ReportMetric(median(slice), "TallySlice/dense")
			b.ReportMetric(median(seq), "Tally/dense")
			b.ReportMetric(median(diff), "Diff/denseDiff")
			b.ReportMetric(median(call), "TallyCall/dense")
		})
	}
}

// opaque returns slices.Values(ns) from a function the compiler does not
// inline, as an iterator the compiler cannot see into (a database cursor,
// a decoder) is: were Tally inlined at its call site, only this form would
// show what that costs.
//
//go:noinline
func opaque(ns []needs.Need) iter.Seq[needs.Need] { return slices.Values(ns) }

// median returns the median of xs, which it sorts.
func median(xs []float64) float64 {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

// BenchmarkSummaryQueries measures reading figures back from a Summary.
func BenchmarkSummaryQueries(b *testing.B) {
	s := needs.TallySlice(needstest.FirstCycle(1))
	b.ReportAllocs()
	for b.Loop() {
		s.Total()
		s.RankArticles(needs.Filter{Chapter: convention.InternationalCooperation}).Top(3)
		s.RankCategories(needs.Filter{Chapter: convention.Criminalization}).Top(3)
		s.RankStates(needs.Filter{})
	}
}

// BenchmarkMerge measures merging two Summaries.
func BenchmarkMerge(b *testing.B) {
	x := needs.TallySlice(needstest.FirstCycle(1))
	y := needs.TallySlice(needstest.FirstCycle(2))
	b.ReportAllocs()
	for b.Loop() {
		x.Merge(y)
	}
}

// BenchmarkParseCategory measures a lookup that hits, which must not
// allocate, and one that misses.
func BenchmarkParseCategory(b *testing.B) {
	for _, in := range []string{"capacity-building", "On-site assistance by an expert", "bribes"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				needs.ParseCategory(in)
			}
		})
	}
}
