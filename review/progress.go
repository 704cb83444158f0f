package review

import (
	"iter"
	"slices"
	"time"

	"github.com/uncac-go/uncac/convention"
	"golang.org/x/exp/stats"
)

// Counts counts reviews by milestone: Counts[m] is the number of reviews
// that had reached milestone m, and Counts[0] the number of reviews counted
// at all, whether drawn by then or not. Because milestones come in order,
// the counts of a valid set of reviews never rise from one milestone to the
// next.
type Counts [NumMilestones + 1]int

// Total returns the number of reviews counted, c[0].
func (c Counts) Total() int { return c[0] }

// AtStatus returns the number of reviews whose latest milestone was m: c[m]
// less c[m+1], or for the zero Milestone the reviews not yet drawn. It
// assumes the reviews were valid.
func (c Counts) AtStatus(m Milestone) int {
	if m > NumMilestones {
		return 0
	}
	if m == NumMilestones {
		return c[m]
	}
	if m == 0 {
		return c[0] - c[Drawn]
	}
	return c[m] - c[m+1]
}

func (c *Counts) add(reached *[NumMilestones + 1]convention.Certainty) {
	c[0]++
	for m := Drawn; m <= NumMilestones; m++ {
		if reached[m] == convention.Certain {
			c[m]++
		}
	}
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

// Progress is where a set of reviews stood on a date, as ProgressOf
// computes it. Every count is of milestones certainly reached by then (see
// Review.Reached), except Possible. Because ByYear is a map, Progress values
// are not comparable with ==; compare them with go-cmp. Progress has no
// Merge, because quartiles of parts do not combine into quartiles of the
// whole: compute it over all the reviews at once.
type Progress struct {
	// All counts every review.
	All Counts
	// Possible counts, for each milestone, the reviews that may have
	// reached it by then, but not certainly, because the record gives no
	// date. Possible[0] is always 0.
	Possible Counts
	// ByCycle counts the reviews of each cycle; ByCycle[0] counts those
	// whose cycle is invalid.
	ByCycle [NumCycles + 1]Counts
	// ByGroup counts reviews by the regional group of the State under
	// review; ByGroup[0] counts States in no group, such as the European
	// Union.
	ByGroup [convention.NumRegionalGroups + 1]Counts
	// ByYear counts reviews by the year of their drawing of lots (LotsYear,
	// so reviews without one count under 0).
	ByYear map[int]Counts
	// Durations[m] is the distribution of the days from the milestone
	// before m to m, over the reviews that had reached both by then on
	// known dates. Durations[0] and Durations[Drawn] are empty.
	Durations [NumMilestones + 1]Distribution
	// SinceDrawn[m] is the distribution of the days from the drawing of
	// lots to m, over the reviews that had reached m by then and whose
	// dates of both are known. SinceDrawn[0] and SinceDrawn[Drawn] are
	// empty.
	SinceDrawn [NumMilestones + 1]Distribution
}

// Finalized returns the number of reviews finalized: those whose executive
// summary had been finalized (see Review.Finalized).
func (p Progress) Finalized() int { return p.All[SummaryFinalized] }

// ProgressOf reports where the reviews stood at the end of the calendar date
// of at (as at.Date reports it in at's own location): how many had reached
// each milestone, overall and by cycle, regional group and year of drawing,
// and how long the steps between milestones took. It does not validate the
// reviews; run Validate first. Its cost is one pass over the reviews.
func ProgressOf(reviews []Review, at time.Time) Progress {
	day := dayOf(at)
	p := Progress{ByYear: make(map[int]Counts)}
	var steps, since [NumMilestones + 1][]float64
	for i := range reviews {
		r := &reviews[i]
		days := r.stepDays()
		reached := r.reachedOn(&days, day)
		p.All.add(&reached)
		if c := r.ID.Cycle; c.IsValid() {
			p.ByCycle[c].add(&reached)
		} else {
			p.ByCycle[0].add(&reached)
		}
		p.ByGroup[r.ID.State.Group()].add(&reached)
		y := p.ByYear[r.LotsYear]
		y.add(&reached)
		p.ByYear[r.LotsYear] = y
		for m := Drawn; m <= NumMilestones; m++ {
			if reached[m] == convention.Possible {
				p.Possible[m]++
			}
		}
		for m := Drawn + 1; m <= NumMilestones; m++ {
			if !r.Steps[m].Known() || days[m] > day {
				continue
			}
			if r.Steps[m-1].Known() {
				steps[m] = append(steps[m], float64(days[m]-days[m-1]))
			}
			if r.Steps[Drawn].Known() {
				since[m] = append(since[m], float64(days[m]-days[Drawn]))
			}
		}
	}
	for m := range p.Durations {
		p.Durations[m] = distributionOf(steps[m])
		p.SinceDrawn[m] = distributionOf(since[m])
	}
	return p
}

// Changes lists the reviews that newly reached each milestone between two
// dates, as Diff computes them.
type Changes struct {
	// Reached[m] lists the IDs of the reviews that had not certainly
	// reached milestone m by the first date but had by the second, in
	// the order of ID.Compare. Reached[0] is always empty.
	Reached [NumMilestones + 1][]ID
}

// Finalized returns the reviews newly finalized: c.Reached[SummaryFinalized].
func (c Changes) Finalized() []ID { return c.Reached[SummaryFinalized] }

// Diff reports the reviews that newly reached each milestone after the
// calendar date of from and by the end of the calendar date of to, such as
// the reviews finalized since the last report. A milestone counts as
// reached on a date when Review.Reached says it was certainly reached by
// then. If from is not before to, nothing is listed. Diff does not validate
// the reviews; a duplicate ID is listed as often as it occurs.
func Diff(reviews []Review, from, to time.Time) Changes {
	var c Changes
	f, t := dayOf(from), dayOf(to)
	if f >= t {
		return c
	}
	for i := range reviews {
		r := &reviews[i]
		days := r.stepDays()
		before, after := r.reachedOn(&days, f), r.reachedOn(&days, t)
		for m := Drawn; m <= NumMilestones; m++ {
			if before[m] != convention.Certain && after[m] == convention.Certain {
				c.Reached[m] = append(c.Reached[m], r.ID)
			}
		}
	}
	for m := range c.Reached {
		slices.SortStableFunc(c.Reached[m], ID.Compare)
	}
	return c
}

// A Load counts the reviews in which each State took part as a reviewer,
// per cycle, as ReviewerLoad computes it. Loads are comparable; the zero
// Load counts nothing.
type Load struct {
	n [convention.NumStates][NumCycles + 1]int32
}

// ReviewerLoad counts, for every State and cycle, the reviews in which the
// State was drawn as a reviewer. A State drawn twice for one review counts
// once; reviews of an invalid cycle count only towards the totals over all
// cycles. It does not validate the reviews.
func ReviewerLoad(reviews []Review) Load {
	var l Load
	for i := range reviews {
		r := &reviews[i]
		c := r.ID.Cycle
		if !c.IsValid() {
			c = 0
		}
		for k, s := range r.Reviewers {
			if !s.IsValid() || (k == 1 && s == r.Reviewers[0]) {
				continue
			}
			l.n[s.Index()][c]++
		}
	}
	return l
}

// Reviews returns the number of reviews in which s took part as a reviewer
// in cycle c, or in all cycles if c is zero. It returns 0 for the zero
// State and for a cycle this version does not know.
func (l Load) Reviews(s convention.State, c Cycle) int {
	i := s.Index()
	if i < 0 || int(c) > NumCycles {
		return 0
	}
	if c != 0 {
		return int(l.n[i][c])
	}
	n := 0
	for _, v := range l.n[i] {
		n += int(v)
	}
	return n
}

// Reviewers returns an iterator over the States that took part in at least
// one review as a reviewer, in code order.
func (l Load) Reviewers() iter.Seq[convention.State] {
	return func(yield func(convention.State) bool) {
		for i := range l.n {
			if l.n[i] == ([NumCycles + 1]int32{}) {
				continue
			}
			s, _ := convention.StateAt(i)
			if !yield(s) {
				return
			}
		}
	}
}

// Merge adds the counts of o to l, so that the load of a concatenation of
// review sets is the merge of their loads.
func (l *Load) Merge(o Load) {
	for i := range l.n {
		for c := range l.n[i] {
			l.n[i][c] += o.n[i][c]
		}
	}
}

// KindCounts counts findings by kind: KindCounts[k] is the number of
// findings of kind k, and KindCounts[0] the number of all kinds together.
type KindCounts [NumFindingKinds + 1]int

// FindingCounts counts findings by kind, and by kind within each article,
// chapter and cycle, as CountFindings computes them. FindingCounts are
// comparable.
type FindingCounts struct {
	All       KindCounts
	ByArticle [convention.NumArticles + 1]KindCounts // ByArticle[0] is empty
	ByChapter [convention.NumChapters + 1]KindCounts // ByChapter[0] is empty
	ByCycle   [NumCycles + 1]KindCounts              // ByCycle[0]: reviews of an invalid cycle
}

// CountFindings counts the findings of the reviews, by kind, article,
// chapter and cycle. It skips findings that cite no provision or have an
// invalid kind, which Validate reports; a finding's cycle is that of the
// review it belongs to (see Findings).
func CountFindings(reviews []Review) FindingCounts {
	var fc FindingCounts
	for f := range Findings(reviews) {
		if !f.Ref.IsValid() || !f.Kind.IsValid() {
			continue
		}
		c := f.Review.Cycle
		if !c.IsValid() {
			c = 0
		}
		for _, kc := range []*KindCounts{&fc.All, &fc.ByArticle[f.Ref.Article()],
			&fc.ByChapter[f.Ref.Chapter()], &fc.ByCycle[c]} {
			kc[0]++
			kc[f.Kind]++
		}
	}
	return fc
}

// Merge adds the counts of o to fc, so that the counts of a concatenation of
// review sets are the merge of their counts.
func (fc *FindingCounts) Merge(o FindingCounts) {
	add := func(a *KindCounts, b KindCounts) {
		for k := range a {
			a[k] += b[k]
		}
	}
	add(&fc.All, o.All)
	for i := range fc.ByArticle {
		add(&fc.ByArticle[i], o.ByArticle[i])
	}
	for i := range fc.ByChapter {
		add(&fc.ByChapter[i], o.ByChapter[i])
	}
	for i := range fc.ByCycle {
		add(&fc.ByCycle[i], o.ByCycle[i])
	}
}

// Findings returns an iterator over the findings of the reviews, in order,
// each with its Review set to the ID of the review that holds it if it was
// left zero.
func Findings(reviews []Review) iter.Seq[Finding] {
	return func(yield func(Finding) bool) {
		for i := range reviews {
			for _, f := range reviews[i].Findings {
				if f.Review == (ID{}) {
					f.Review = reviews[i].ID
				}
				if !yield(f) {
					return
				}
			}
		}
	}
}
