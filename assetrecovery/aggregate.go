package assetrecovery

import (
	"github.com/uncac-go/uncac/convention"
)

// An Aggregate is a total published for a period and a set of
// jurisdictions rather than case by case, as StAR and the OECD publish
// them: "assets frozen: US$1.398 billion in 2010–June 2012" across the
// jurisdictions surveyed.
//
// Its Totals can be merged with the totals of cases, compared between
// periods with Diff, and checked against a report's figure with package
// claim (through [Totals.Amount] or [Amount.Decimal]).
type Aggregate struct {
	Stage  Stage                // what the figure counts: frozen, returned …
	Period convention.DateRange // the period it covers
	// Jurisdictions are the holding jurisdictions it covers; none means the
	// source does not list them.
	Jurisdictions []convention.State
	Amount        Amount // the figure, as ParseAmount reads it from the source
	Source        string // where it was published, for citation
}

// Totals returns the figure as Totals: one sum at a.Stage in the figure's
// currency, counted as one event of no case, in the year of a.Period when
// the whole period lies in one year and in Unplaced otherwise. A figure
// without a valid stage, a currency or a period is counted by Skipped
// alone.
func (a Aggregate) Totals() Totals {
	if !a.Stage.IsValid() || !a.Amount.cur.IsValid() || a.Period.Earliest.IsZero() || a.Period.Latest.IsZero() {
		return Totals{skipped: 1}
	}
	r := []row{rowOf(uint8(a.Stage), a.Amount.cur, a.Amount.value, 1)}
	t := Totals{rows: r, events: 1}
	_, y1 := dayNumber(a.Period.Earliest)
	_, y2 := dayNumber(a.Period.Latest)
	if y1 == y2 {
		t.years = []yearRows{{year: y1, events: 1, rows: r}}
	} else {
		t.unplaced = yearRows{events: 1, rows: r}
	}
	return t
}
