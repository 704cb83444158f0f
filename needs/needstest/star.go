package needstest

import (
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
)

// The StAR records reproduce the published figures of paragraph 5 of the
// 2021 report, on the StAR Initiative's work in 2020–2021: 18 countries
// supported; 11 received assistance on legislative reform
// (LegislativeDrafting), of which 4 adopted new laws or amendments
// (LawAdopted); 6 received support on domestic coordination mechanisms
// (InstitutionBuilding), of which 2 set up a new agency or mechanism
// (MechanismEstablished). The tests of this package check them.

// starProvider is the provider named in the StAR records.
const starProvider = "StAR Initiative"

// StARPeriod returns the period the report covers, 1 January 2020 to 31
// December 2021, for filtering with needs.Assistance.During.
func StARPeriod() (start, end time.Time) {
	return time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC)
}

// StAR returns synthetic records of assistance delivered by the StAR
// Initiative and others. Those whose Provider is "StAR Initiative" within
// StARPeriod agree with the published figures: 18 countries; 11 received
// assistance on legislative reform, 4 of which adopted laws; 6 received
// support on coordination mechanisms, 2 of which set one up. A few records
// fall outside the period or come from another provider, so that the
// figures hold only after filtering.
//
// The five States the report names (Ecuador, Mongolia, the Sudan, Ukraine,
// Uzbekistan) appear with the assistance it describes; the other thirteen
// States, and every outcome the report does not state, are invented.
func StAR() []needs.Assistance {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	st := convention.MustParseState
	rec := func(code string, c needs.Category, o needs.Outcome, start, end time.Time) needs.Assistance {
		return needs.Assistance{State: st(code), Provider: starProvider, Category: c, Start: start, End: end, Outcome: o}
	}
	const (
		law   = needs.LegislativeDrafting
		coord = needs.InstitutionBuilding
		train = needs.CapacityBuilding
		tools = needs.LegalAdvice
		coop  = needs.Other
	)
	y20s, y21e := d(2020, 1, 1), d(2021, 12, 31)
	out := []needs.Assistance{
		// Named in the report.
		rec("UKR", law, needs.Delivered, d(2020, 3, 1), d(2020, 10, 31)),
		rec("UKR", law, needs.LawAdopted, d(2020, 11, 1), d(2021, 6, 30)),
		rec("UZB", law, needs.LawAdopted, d(2020, 9, 1), d(2021, 5, 31)),
		rec("UZB", train, needs.Delivered, d(2020, 9, 1), d(2021, 12, 31)),
		rec("ECU", law, needs.LawAdopted, d(2020, 1, 15), d(2021, 5, 31)),
		rec("ECU", train, needs.Delivered, d(2018, 4, 1), d(2018, 4, 30)),
		rec("SDN", law, needs.Delivered, d(2019, 12, 1), d(2019, 12, 31)),
		rec("SDN", law, needs.Delivered, d(2020, 2, 1), d(2021, 12, 31)),
		rec("MNG", coord, needs.MechanismEstablished, d(2020, 6, 1), d(2021, 9, 30)),
		rec("MNG", train, needs.Delivered, d(2020, 6, 1), d(2021, 9, 30)),
		// Invented: legislative reform.
		rec("KEN", law, needs.LawAdopted, y20s, d(2021, 3, 31)),
		rec("ALB", law, needs.Delivered, y20s, y21e),
		rec("ARM", law, needs.Delivered, d(2020, 5, 1), y21e),
		rec("MDA", law, needs.Delivered, d(2021, 2, 1), y21e),
		rec("NGA", law, needs.Delivered, y20s, y21e),
		rec("PER", law, needs.Delivered, d(2020, 7, 1), d(2021, 7, 31)),
		rec("TUN", law, needs.Delivered, y20s, d(2020, 12, 31)),
		// Invented: coordination mechanisms.
		rec("KEN", coord, needs.Delivered, y20s, y21e),
		rec("GHA", coord, needs.MechanismEstablished, d(2020, 3, 1), d(2021, 8, 31)),
		rec("NGA", coord, needs.Delivered, y20s, y21e),
		rec("PHL", coord, needs.Delivered, d(2021, 1, 1), y21e),
		rec("ZMB", coord, needs.Delivered, d(2020, 9, 1), y21e),
		// Invented: training, legal tools, international cooperation.
		rec("PHL", train, needs.Delivered, y20s, y21e),
		rec("SLE", train, needs.Delivered, d(2020, 2, 1), d(2020, 11, 30)),
		rec("TZA", tools, needs.Delivered, y20s, y21e),
		rec("MWI", tools, needs.AssetsRecovered, d(2020, 4, 1), y21e),
		rec("PER", coop, needs.Delivered, d(2021, 3, 1), y21e),
		rec("TZA", coop, needs.Delivered, y20s, d(2021, 6, 30)),
		// Outside the period, or another provider.
		rec("BRA", tools, needs.Delivered, d(2019, 2, 1), d(2019, 11, 30)),
		{State: st("SDN"), Provider: "UNODC", Category: needs.Policymaking, Start: d(2021, 4, 1), Outcome: needs.Delivered},
	}
	return out
}
