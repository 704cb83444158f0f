package needstest

import (
	"math/rand/v2"
	"slices"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/review"
)

// unfinished is the number of first-cycle reviews, among those that found
// no needs, still not finalized by Report.
const unfinished = 5

// lateDates are the days on which the lateReviews reviews were finalized,
// between EarlierReport and Report; the first lateStates belong to the
// States with late needs.
func lateDates() [lateReviews]time.Time {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	return [lateReviews]time.Time{d(2020, 3, 5), d(2021, 6, 22), d(2019, 11, 14), d(2020, 12, 10)}
}

// FirstCycleReviews returns synthetic first-cycle country reviews, sorted
// by ID, for every State party in place by 1 January 2015 that belongs to a
// regional group: the 118 States of FirstCycle(seed) and the
// States whose reviews found no needs. Each review's findings include an
// assistance-need finding for every provision under which FirstCycle(seed)
// has a need of its State.
//
// The milestones are dated so that, for every seed:
//
//   - every review of a State with needs was finalized (its executive
//     summary) before EarlierReport, except the two reviews whose
//     needs FirstCycleAsOf(seed, EarlierReport()) leaves out;
//   - exactly four reviews were finalized after EarlierReport and by
//     Report, two of them with needs ("an additional four reviews
//     had been finalized, of which two had identified technical assistance
//     needs");
//   - of the reviews without needs, two are among those
//     late ones, five were still unfinished at Report, and the rest were
//     finalized before EarlierReport.
//
// Reviewers are drawn among the States parties at the drawing, one of them
// from the reviewed State's regional group, as the terms of reference ask.
func FirstCycleReviews(seed uint64) []review.Review {
	return build(seed).reviews(seed)
}

func day(t time.Time, days int) time.Time { return t.AddDate(0, 0, days) }

func (fc *firstCycle) reviews(seed uint64) []review.Review {
	r := newRand(seed, 100)
	all := pool()
	provs := make(map[convention.State][]convention.Ref)
	for _, n := range fc.needs {
		provs[n.State] = append(provs[n.State], n.Provision)
	}
	var challengeable []convention.Ref
	for _, ch := range []convention.Chapter{convention.Criminalization, convention.InternationalCooperation} {
		for a := range ch.Articles() {
			challengeable = append(challengeable, a.Ref())
		}
	}
	ld := lateDates()
	finalDay := map[convention.State]time.Time{
		fc.needy[firstCycleStates-2]: ld[0],
		fc.needy[firstCycleStates-1]: ld[1],
		fc.quiet[0]:                  ld[2],
		fc.quiet[1]:                  ld[3],
	}
	open := make(map[convention.State]bool)
	for _, s := range fc.quiet[2 : 2+unfinished] {
		open[s] = true
	}
	out := make([]review.Review, 0, len(fc.needy)+len(fc.quiet))
	for _, st := range append(slices.Clone(fc.needy), fc.quiet...) {
		rv := review.Review{ID: review.ID{State: st, Cycle: review.First}}
		p, _ := st.Party()
		year := 2010 + r.IntN(5)
		if py := p.Date.Latest.Year(); year <= py {
			year = py + 1
		}
		t := time.Date(year, time.June, 1+r.IntN(25), 0, 0, 0, 0, time.UTC)
		rv.LotsYear = year
		rv.Reviewers = reviewers(r, all, st, t)
		rv.Steps = append(rv.Steps, review.Step{Milestone: review.Drawn, Date: onDay(t)})
		gaps := [...]struct{ lo, n int }{
			review.FocalPoint:       {20, 40},
			review.SelfAssessment:   {90, 150},
			review.DeskReview:       {40, 80},
			review.CountryVisit:     {60, 180},
			review.SummaryFinalized: {60, 240},
			review.ReportFinalized:  {30, 210},
			review.Published:        {10, 110},
		}
		last := review.Milestone(review.Published)
		switch {
		case open[st]:
			last = review.DeskReview + review.Milestone(r.IntN(2))
		case r.IntN(5) < 2:
			last = review.ReportFinalized // not published
		}
		for m := review.FocalPoint; m <= last; m++ {
			t = day(t, gaps[m].lo+r.IntN(gaps[m].n))
			if m == review.SummaryFinalized {
				if d, ok := finalDay[st]; ok {
					t = d
				}
			}
			if m > review.SummaryFinalized && t.After(Report()) {
				break // not yet reached at the time of the report
			}
			rv.Steps = append(rv.Steps, review.Step{Milestone: m, Date: onDay(t)})
		}
		for range 1 + r.IntN(4) {
			rv.Findings = append(rv.Findings, review.Finding{
				Ref: challengeable[r.IntN(len(challengeable))], Kind: review.Challenge,
			})
		}
		for _, ref := range provs[st] {
			rv.Findings = append(rv.Findings, review.Finding{Ref: ref, Kind: review.AssistanceNeed})
		}
		slices.SortFunc(rv.Findings, func(a, b review.Finding) int {
			if c := a.Ref.Compare(b.Ref); c != 0 {
				return c
			}
			return int(a.Kind) - int(b.Kind)
		})
		rv.Findings = slices.Compact(rv.Findings)
		out = append(out, rv)
	}
	slices.SortFunc(out, func(a, b review.Review) int { return a.ID.Compare(b.ID) })
	return out
}

// reviewers draws two distinct reviewers for st among the States of all
// that were parties on day t: one from st's regional group, one from any.
func reviewers(r *rand.Rand, all []convention.State, st convention.State, t time.Time) [2]convention.State {
	var peers, others []convention.State
	for _, s := range all {
		if s == st || s.PartyBy(t) != convention.Certain {
			continue
		}
		others = append(others, s)
		if s.Group() == st.Group() {
			peers = append(peers, s)
		}
	}
	a := peers[r.IntN(len(peers))]
	b := a
	for b == a {
		b = others[r.IntN(len(others))]
	}
	return [2]convention.State{a, b}
}

// finalized returns the day the review's executive summary was finalized.
func finalized(rv *review.Review) (time.Time, bool) {
	for _, s := range rv.Steps {
		if s.Milestone == review.SummaryFinalized {
			return s.Date.Earliest, true
		}
	}
	return time.Time{}, false
}

// onDay returns the date of t as an exact date.
func onDay(t time.Time) convention.DateRange { return convention.DateRange{Earliest: t, Latest: t} }
