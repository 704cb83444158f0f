package review

import (
	"time"

	"github.com/uncac-go/uncac/convention"
)

// The reviews in this file are synthetic: the States, pairings, dates and
// findings are invented to exercise the rules and figures, and are not the
// record of any real review. They are realistic in shape: lots drawn in the
// years the cycles began, one reviewer from the reviewed State's regional
// group, milestones months apart, findings in the chapters each cycle covers.

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func st(code string) convention.State { return convention.MustParseState(code) }

// steps builds the milestones of a review from dates in order, starting with
// Drawn: "" means reached on an unknown date, "2011-03" in some day of that
// month.
func steps(dates ...string) []Step {
	var s []Step
	for i, d := range dates {
		s = append(s, Step{Milestone: Drawn + Milestone(i), Date: dateRange(d)})
	}
	return s
}

// dateRange returns the day d ("2011-03-15"), the month d ("2011-03"), or
// the zero DateRange for "".
func dateRange(d string) convention.DateRange {
	switch len(d) {
	case 0:
		return convention.DateRange{}
	case len("2011-03"):
		first := day(d + "-01")
		return convention.DateRange{Earliest: first, Latest: first.AddDate(0, 1, -1)}
	}
	return convention.DateRange{Earliest: day(d), Latest: day(d)}
}

func finding(ref string, k FindingKind, text string) Finding {
	return Finding{Ref: convention.MustParseRef(ref), Kind: k, Text: text}
}

// synthetic returns seven synthetic reviews, four of the first cycle and three
// of the second.
func synthetic() []Review {
	return []Review{
		{
			ID: ID{st("KEN"), First}, Reviewers: [2]convention.State{st("MUS"), st("FIN")}, LotsYear: 2010,
			Steps: steps("2010-07-01", "2010-08-15", "2010-11-30", "2011-01-31", "2011-04-12",
				"2011-09-30", "2011-12-15", "2012-02-01"),
			Findings: []Finding{
				finding("art. 23(1)(a)(i)", Challenge, "Extend the offence to conversion of property by third parties."),
				finding("art. 46(9)(b)", GoodPractice, "Assistance without dual criminality for non-coercive measures."),
				finding("art. 15", AssistanceNeed, "Legislative drafting."),
			},
		},
		{
			ID: ID{st("FRA"), First}, Reviewers: [2]convention.State{st("AUT"), st("MAR")}, LotsYear: 2010,
			Steps: steps("2010-07-01", "2010-09-01", "2011-02-01", "2011-04-01", "2011-10-10",
				"2012-06-30", "2012-09-01"),
			Findings: []Finding{
				finding("art. 16(1)", Challenge, "Criminalize the active bribery of foreign public officials in all sectors."),
				finding("art. 44(5)", Challenge, "Notify the Secretary-General about the use of the Convention as a legal basis."),
			},
		},
		{
			ID: ID{st("PER"), First}, Reviewers: [2]convention.State{st("ECU"), st("FIN")}, LotsYear: 2010,
			Steps: steps("2010-07-01", "", "2011-03-01", "2011-05-01", "2011-11-20", "2012-10-05"),
			Findings: []Finding{
				finding("art. 46(9)(b)", AssistanceNeed, "Capacity-building for the central authority."),
			},
		},
		{
			ID: ID{st("IDN"), First}, Reviewers: [2]convention.State{st("PHL"), st("NLD")}, LotsYear: 2011,
			Steps: steps("2011-06-01", "2011-07-01", "2011-12-01", "", "2012-03-15", ""),
		},
		{
			ID: ID{st("KEN"), Second}, Reviewers: [2]convention.State{st("ZAF"), st("FIN")}, LotsYear: 2016,
			Steps: steps("2016-06-20", "2016-08-01", "2017-01-10", "2017-03-01", "2017-06-05", "2018-02-01"),
			Findings: []Finding{
				finding("art. 9(1)", Challenge, "Publish procurement award criteria in advance."),
				finding("art. 52(1)", GoodPractice, "Enhanced scrutiny of accounts of politically exposed persons."),
				finding("art. 57(3)(a)", AssistanceNeed, "Model legislation on the return of embezzled public funds."),
			},
		},
		{
			ID: ID{st("BRA"), Second}, Reviewers: [2]convention.State{st("MEX"), st("RUS")}, LotsYear: 2016,
			Steps: steps("2016-06-20", "2016-07-15", "2017-05-01", "2017-07-01"),
		},
		{
			ID: ID{st("POL"), Second}, Reviewers: [2]convention.State{st("CZE"), st("MUS")}, LotsYear: 2017,
			Steps: steps("", "2017-09-01", "2018-01-15"),
		},
	}
}
