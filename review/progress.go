package review

import (
	"errors"
	"iter"
	"slices"
	"time"

	"github.com/uncac-go/uncac/convention"
	"golang.org/x/exp/stats"
)

// Progress is where a set of reviews stood at the end of a day, as
// [ProgressOf] computes it: for each milestone, how many reviews had
// certainly, possibly or certainly not reached it (Count), and how long
// the reviews took from one milestone to another (Duration).
//
// Progress has no Merge, because quartiles of parts do not combine into
// quartiles of the whole: compute it over all the reviews at once. It is
// not meant to be stored, and refuses to marshal to JSON.
type Progress struct {
	n [numMilestones + 1][convention.Certain + 1]int
	// days holds, for each review counted, the day on which it reached
	// each milestone, if the record gives the day exactly and it is on or
	// before the day of the Progress; noDay otherwise.
	days [][numMilestones + 1]int64
}

// noDay marks a milestone without a known day in Progress.days.
const noDay = int64(-1 << 63)

// ProgressOf reports where the reviews that f selects stood at the end of
// the calendar date of at (as at.Date reports it in at's own location). It
// does not validate the reviews; run [Validate] first. Its cost is one pass
// over the reviews.
func ProgressOf(reviews iter.Seq[Review], at time.Time, f Filter) Progress {
	day := dayOf(at)
	var p Progress
	for r := range reviews {
		if !f.match(&r) {
			continue
		}
		tl := timelineOf(&r)
		c := tl.at(day)
		var ds [numMilestones + 1]int64
		for m := Drawn; m <= numMilestones; m++ {
			p.n[m][c[m]]++
			ds[m] = noDay
			if d, ok := tl.exact(m); ok && d <= day {
				ds[m] = d
			}
		}
		p.days = append(p.days, ds)
	}
	return p
}

// Count returns the number of reviews for which it was c that they had
// reached milestone m (see [Review.Reached]): Count(SummaryFinalized,
// convention.Certain) is the number of reviews finalized. For any valid
// milestone the counts of the three certainties add up to the number of
// reviews counted. Count returns 0 for an invalid m or c.
func (p Progress) Count(m Milestone, c convention.Certainty) int {
	if !m.IsValid() || c < convention.Impossible || c > convention.Certain {
		return 0
	}
	return p.n[m][c]
}

// Duration returns the distribution of the days from milestone from to
// milestone to, over the reviews that had reached both by the day of the
// Progress on days the records give exactly. It returns the zero
// Distribution unless from comes before to.
func (p Progress) Duration(from, to Milestone) Distribution {
	if !from.IsValid() || !to.IsValid() || from >= to {
		return Distribution{}
	}
	var days []float64
	for i := range p.days {
		a, b := p.days[i][from], p.days[i][to]
		if a != noDay && b != noDay {
			days = append(days, float64(b-a))
		}
	}
	return distributionOf(days)
}

// MarshalJSON returns an error: a Progress is a view of reviews on one day,
// not a record; store the reviews instead.
func (p Progress) MarshalJSON() ([]byte, error) {
	return nil, errors.New("review: a Progress is not meant to be marshaled; store the reviews")
}

// A Distribution summarizes a set of durations in days: how many there are,
// the least, the quartiles and the greatest. Quartiles interpolate as
// golang.org/x/exp/stats.Quantiles does. The zero Distribution describes no
// durations at all, and all its figures are 0.
type Distribution struct {
	N      int     // the number of durations
	Min    float64 // the shortest, in days
	Q1     float64 // the first quartile
	Median float64 // the median, the second quartile
	Q3     float64 // the third quartile
	Max    float64 // the longest
}

// distributionOf summarizes days. It does not call stats on an empty slice,
// which would panic.
func distributionOf(days []float64) Distribution {
	if len(days) == 0 {
		return Distribution{}
	}
	slices.Sort(days)
	q := stats.Quantiles(days, 0, 0.25, 0.5, 0.75, 1)
	return Distribution{N: len(days), Min: q[0], Q1: q[1], Median: q[2], Q3: q[3], Max: q[4]}
}

// Diff returns the IDs of the reviews that newly reached milestone m after
// the calendar date of from and by the end of the calendar date of to, such
// as the reviews finalized since the last report, in the order of
// [ID.Compare]. A milestone counts as reached on a date when
// [Review.Reached] says it was certainly reached by then. If from is not
// before to, or m is invalid, the result is empty. Diff does not validate
// the reviews; a duplicate ID is listed as often as it occurs.
func Diff(reviews iter.Seq[Review], m Milestone, from, to time.Time) []ID {
	f, t := dayOf(from), dayOf(to)
	if f >= t || !m.IsValid() {
		return nil
	}
	var ids []ID
	for r := range reviews {
		tl := timelineOf(&r)
		if tl.at(f)[m] != convention.Certain && tl.at(t)[m] == convention.Certain {
			ids = append(ids, r.ID)
		}
	}
	slices.SortStableFunc(ids, ID.Compare)
	return ids
}
