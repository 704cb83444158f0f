package needs

import (
	"golang.org/x/exp/stats"
)

// A Distribution describes how many needs each State identified, over the
// States that identified at least one. The statistics are floats because
// they are: a mean or a median of counts need not be a whole number.
type Distribution struct {
	States   int     // number of States with at least one need
	Min, Max int     // fewest and most needs of a single State
	Mean     float64 // mean number of needs per State
	Q1       float64 // first quartile
	Median   float64 // median
	Q3       float64 // third quartile
}

// PerState returns the distribution of the number of needs per State, over
// the States that identified at least one. The quartiles interpolate
// linearly between the nearest ranks, as golang.org/x/exp/stats.Quantiles
// does. A Summary of no needs gives the zero Distribution.
func (s *Summary) PerState() Distribution {
	var vals []float64
	d := Distribution{}
	for i := range s.byState {
		n := s.stateNeeds(i, 0)
		if n == 0 {
			continue
		}
		if len(vals) == 0 || n < d.Min {
			d.Min = n
		}
		d.Max = max(d.Max, n)
		vals = append(vals, float64(n))
	}
	if len(vals) == 0 {
		return Distribution{}
	}
	d.States = len(vals)
	d.Mean = stats.Mean(vals)
	q := stats.Quantiles(vals, 0.25, 0.5, 0.75)
	d.Q1, d.Median, d.Q3 = q[0], q[1], q[2]
	return d
}
