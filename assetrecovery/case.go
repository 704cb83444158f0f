package assetrecovery

import (
	"github.com/uncac-go/uncac/convention"
)

// An Event is a step of a case as a source reports it: assets identified,
// frozen, confiscated, agreed to be returned, returned or transferred, when
// (as precisely as the source says), where, and how much. (The fields that
// Sum reads for every event come first, so that an event takes two cache
// lines to read.)
type Event struct {
	Stage Stage
	// Jurisdiction is where the event happened: the jurisdiction that froze,
	// confiscated or returned the assets, or that holds them; for a
	// transfer, the one that sent them. Zero means the source does not say;
	// a case with one holding jurisdiction then stands for it.
	Jurisdiction convention.State
	// To is the jurisdiction that received the assets in a transfer
	// (required) or a return (zero means the case's State of origin).
	To convention.State
	// Basis is the ground of a return under article 57(3). It applies only
	// to returns; zero means not recorded.
	Basis Basis
	// Within marks this event's amount as part of another event's amount,
	// as funds held in Jersey can be part of a United States forfeiture
	// judgment: it is 1 + the index in Case.Events of the containing event,
	// which must have the same stage and currency; 0 means not a part.
	// Totals count each part in its own jurisdiction and the containing
	// event only for what remains (its amount less its parts), so that the
	// same money is never counted twice and the totals by jurisdiction add
	// up to the overall total.
	Within int
	// Date is when the event happened, as precisely as the source says: a
	// day, a month, a year or a span of years ("2010 and 2011"). Read
	// printed dates with [ParseDate]. Totals place an event in a year only
	// when its whole span lies in that year.
	Date convention.DateRange
	// Amount is the value of the assets at this stage. For a return it is
	// the amount disposed of for return before any deduction of expenses;
	// Net gives what the State of origin received.
	Amount Amount
	// Expenses is the amount of reasonable expenses deducted from a return
	// under article 57(4), in the currency of Amount. It applies only to
	// returns; the zero Amount means no deduction.
	Expenses Amount
}

// Net returns what a return delivered: Amount less Expenses. For other
// stages, and for returns without deductions, it is Amount. It fails if
// Expenses is in another currency, or if Amount is not zero and has no
// currency.
func (e Event) Net() (Amount, error) { return e.Amount.Sub(e.Expenses) }

// A Case is one recovery effort: assets taken from one State and pursued in
// one or more others.
type Case struct {
	// ID identifies the case, such as a database key or a docket number.
	ID string
	// Origin is the State whose assets were stolen and to which they would
	// be returned.
	Origin convention.State
	// Holders are the jurisdictions where the assets were found, such as
	// Switzerland, Jersey or the United States. Any ISO 3166-1 code is
	// valid, territories included.
	Holders []convention.State
	// Avenue is the legal route; zero when the source does not say.
	Avenue Avenue
	// Offences are the offences established under chapter III of the
	// Convention that the assets derive from, such as art. 17
	// (embezzlement) or art. 23 (laundering).
	Offences []convention.Ref
	// Events are the steps of the case, in any order; Validate and Sum go
	// by their dates.
	Events []Event
}

// holder returns the jurisdiction that holds the assets of e: its own
// Jurisdiction, or the case's only holder, or the zero State.
func (c *Case) holder(e *Event) convention.State {
	if e.Jurisdiction.IsValid() {
		return e.Jurisdiction
	}
	if len(c.Holders) == 1 {
		return c.Holders[0]
	}
	return convention.State{}
}
