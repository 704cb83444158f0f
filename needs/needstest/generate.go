package needstest

import (
	"github.com/uncac-go/uncac/needs"
)

// Generate returns n synthetic first-cycle needs for benchmarks and load
// tests, in random order. Each is a need of FirstCycle(seed) — so the mix of
// articles, provisions and categories is the first cycle's — attributed to
// a State drawn uniformly from the States parties in place by 1 January
// 2015 (a regional group's members), so that large batches spread over some
// 170 States. The figures of FirstCycle do not hold for it. The result is
// the only allocation that grows with n. It returns nil if n <= 0.
func Generate(n int, seed uint64) []needs.Need {
	if n <= 0 {
		return nil
	}
	base := FirstCycle(seed)
	states := pool()
	r := newRand(seed, 300)
	out := make([]needs.Need, n)
	for i := range out {
		x := r.Uint64()
		// One draw gives both indexes: the high 32 bits pick the need, the
		// low 32 the State, each by multiply-shift.
		nd := base[(x>>32)*uint64(len(base))>>32]
		nd.State = states[(x&0xffffffff)*uint64(len(states))>>32]
		out[i] = nd
	}
	return out
}
