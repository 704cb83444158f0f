package assetrecovery

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/errlist"
)

// The kinds of problem Validate reports, each wrapped in a *ValidationError.
var (
	// ErrMissing reports a required value left zero: a case without an ID,
	// origin, holder or avenue; an event without a stage, a date or a
	// currency; a zero offence citation.
	ErrMissing = errors.New("missing value")
	// ErrInvalid reports a value that is set but not one the package
	// defines, such as Stage(9). MarshalText of such a value and Totals.In
	// of an invalid stage fail with it too.
	ErrInvalid = errors.New("invalid value")
	// ErrDuplicateID reports a case ID used by an earlier case.
	ErrDuplicateID = errors.New("duplicate case ID")
	// ErrNegative reports a negative amount or deduction.
	ErrNegative = errors.New("negative amount")
	// ErrOutOfOrder reports an event dated before an event of an earlier
	// stage of the same case, such as a return before the confiscation.
	ErrOutOfOrder = errors.New("stages out of order")
	// ErrExceedsConfiscated reports returns, in one currency, larger than
	// the case's confiscations in that currency.
	ErrExceedsConfiscated = errors.New("returned more than was confiscated")
	// ErrExpensesExceed reports a deduction for expenses (art. 57(4))
	// larger than the amount it is deducted from.
	ErrExpensesExceed = errors.New("expenses exceed the amount returned")
	// ErrNotReturn reports a basis or expenses on an event that is not a
	// return: article 57 governs only returns.
	ErrNotReturn = errors.New("basis or expenses on an event that is not a return")
	// ErrNotOffence reports an offence citation outside chapter III of the
	// Convention (articles 15 to 42), which establishes the offences.
	ErrNotOffence = errors.New("not a chapter III provision")
)

// A ValidationError records one problem found by Validate: where it is and
// what kind it is. Unwrap returns the kind (one of the Err variables of this
// package, such as ErrOutOfOrder or ErrCurrencyMismatch), so errors.Is works
// on each problem.
type ValidationError struct {
	Case   int    // the index of the case in the slice given to Validate
	ID     string // the case's ID, for messages
	Event  int    // the index of the event in Case.Events, or -1 for the case itself
	Field  string // the field at fault, such as "Origin", "Holders[1]", "Amount"
	Err    error  // the kind of problem
	Detail string // what exactly is wrong, or ""
}

// Error returns the message, which gives the case (index and ID), the event
// index if any, the field, the kind and the detail:
// "assetrecovery: case 2 ("B-7"), event 3, Date: stages out of order: …".
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("assetrecovery: case ")
	b.WriteString(strconv.Itoa(e.Case))
	if e.ID != "" {
		b.WriteString(" (")
		b.WriteString(strconv.Quote(e.ID))
		b.WriteString(")")
	}
	if e.Event >= 0 {
		b.WriteString(", event ")
		b.WriteString(strconv.Itoa(e.Event))
	}
	if e.Field != "" {
		b.WriteString(", ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	return b.String()
}

// Unwrap returns the kind of problem.
func (e *ValidationError) Unwrap() error { return e.Err }

// ValidationErrors is the error Validate returns: every problem found, in the
// order of the cases and their events. Its Unwrap method lets errors.Is and
// errors.As look at each problem.
type ValidationErrors []*ValidationError

// Error returns the messages of the problems, one a line.
func (es ValidationErrors) Error() string { return errlist.Error(es) }

// Unwrap returns the problems as a slice of errors.
func (es ValidationErrors) Unwrap() []error { return errlist.Unwrap(es) }

// Validate checks cases and returns every problem it finds, as
// ValidationErrors, or nil if there are none. It checks that:
//
//   - each case has an ID not used by an earlier case, an origin, at least
//     one holding jurisdiction and no zero holder, and a valid avenue;
//   - each offence is a provision of chapter III (articles 15 to 42), which
//     establishes the offences and their enforcement; citing chapter V or a
//     procedural article as an offence is ErrNotOffence;
//   - each event has a valid stage, a date and an amount with a currency
//     that is not negative;
//   - no event is dated before an event of an earlier stage (a freeze
//     before the identification, a return before the confiscation), going
//     by calendar dates, so events on the same day are in order;
//   - only returns carry a basis or expenses; expenses are in the currency
//     of the amount, not negative, and not larger than the amount;
//   - in each currency in which a case records confiscations, the amounts
//     returned do not add up to more than the amounts confiscated. Returns
//     in a currency with no confiscation in it (a settlement paid in
//     dollars on assets confiscated in francs, or a case that records no
//     confiscation at all) are not compared, since that would need
//     exchange rates.
//
// Currencies and States can only be made as known codes, so an unknown
// code shows up as a zero value and is reported as ErrMissing; text with an
// unknown code fails earlier, in ParseCurrency or convention.ParseState.
// Validate does not change cases. Its cost is linear in the number of
// events.
func Validate(cases []Case) error {
	var errs ValidationErrors
	seen := make(map[string]int, len(cases))
	for ci := range cases {
		errs = validateCase(errs, ci, &cases[ci], seen)
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func validateCase(errs ValidationErrors, ci int, c *Case, seen map[string]int) ValidationErrors {
	add := func(ev int, field string, kind error, detail string) {
		errs = append(errs, &ValidationError{Case: ci, ID: c.ID, Event: ev, Field: field, Err: kind, Detail: detail})
	}
	if c.ID == "" {
		add(-1, "ID", ErrMissing, "")
	} else if first, dup := seen[c.ID]; dup {
		add(-1, "ID", ErrDuplicateID, "also case "+strconv.Itoa(first))
	} else {
		seen[c.ID] = ci
	}
	if !c.Origin.IsValid() {
		add(-1, "Origin", ErrMissing, "")
	}
	if len(c.Holders) == 0 {
		add(-1, "Holders", ErrMissing, "no holding jurisdiction")
	}
	for i, h := range c.Holders {
		if !h.IsValid() {
			add(-1, "Holders["+strconv.Itoa(i)+"]", ErrMissing, "")
		}
	}
	switch {
	case c.Avenue == 0:
		add(-1, "Avenue", ErrMissing, "")
	case !c.Avenue.IsValid():
		add(-1, "Avenue", ErrInvalid, c.Avenue.String())
	}
	for i, r := range c.Offences {
		field := "Offences[" + strconv.Itoa(i) + "]"
		switch {
		case !r.IsValid():
			add(-1, field, ErrMissing, "")
		case r.Chapter() != convention.Criminalization:
			add(-1, field, ErrNotOffence, r.String()+" is in "+r.Chapter().String())
		}
	}

	// latest[s] is the event of stage s with the latest date so far.
	var latest [NumStages + 1]struct {
		day, ev int
		ok      bool
	}
	for ei := range c.Events {
		e := &c.Events[ei]
		switch {
		case e.Stage == 0:
			add(ei, "Stage", ErrMissing, "")
		case !e.Stage.IsValid():
			add(ei, "Stage", ErrInvalid, e.Stage.String())
		}
		if e.Date.IsZero() {
			add(ei, "Date", ErrMissing, "")
		}
		// Each check below stands alone, so that a record with several
		// faults reports all of them.
		if !e.Amount.IsValid() {
			add(ei, "Amount", ErrMissing, "no currency")
		}
		if e.Amount.Sign() < 0 {
			add(ei, "Amount", ErrNegative, e.Amount.String())
		}
		if e.Basis != 0 && !e.Basis.IsValid() {
			add(ei, "Basis", ErrInvalid, e.Basis.String())
		}
		if e.Basis != 0 && e.Stage != Returned {
			add(ei, "Basis", ErrNotReturn, "the event is "+e.Stage.String())
		}
		if !e.Expenses.IsZero() {
			if e.Stage != Returned {
				add(ei, "Expenses", ErrNotReturn, "the event is "+e.Stage.String())
			}
			sameCurrency := e.Expenses.Currency() == e.Amount.Currency()
			switch {
			case !e.Expenses.IsValid():
				add(ei, "Expenses", ErrMissing, "no currency")
			case !sameCurrency:
				add(ei, "Expenses", ErrCurrencyMismatch, e.Expenses.Currency().String()+" expenses on a "+e.Amount.Currency().String()+" amount")
			}
			switch {
			case e.Expenses.Sign() < 0:
				add(ei, "Expenses", ErrNegative, e.Expenses.String())
			case sameCurrency && e.Expenses.Decimal().Cmp(e.Amount.Decimal()) > 0:
				add(ei, "Expenses", ErrExpensesExceed, e.Expenses.String()+" from "+e.Amount.String())
			}
		}
		if e.Stage.IsValid() && !e.Date.IsZero() {
			l := &latest[e.Stage]
			if d := dayOf(e.Date); !l.ok || d > l.day {
				*l = struct {
					day, ev int
					ok      bool
				}{d, ei, true}
			}
		}
	}
	// An event is out of order if an event of an earlier stage is dated
	// later. Name the latest such event.
	for ei := range c.Events {
		e := &c.Events[ei]
		if !e.Stage.IsValid() || e.Date.IsZero() {
			continue
		}
		d := dayOf(e.Date)
		worst := -1
		for s := Identified; s < e.Stage; s++ {
			if l := latest[s]; l.ok && l.day > d && (worst < 0 || l.day > latest[Stage(worst)].day) {
				worst = int(s)
			}
		}
		if worst >= 0 {
			l := latest[worst]
			o := &c.Events[l.ev]
			add(ei, "Date", ErrOutOfOrder, e.Stage.String()+" on "+e.Date.Format(time.DateOnly)+
				" before "+o.Stage.String()+" on "+o.Date.Format(time.DateOnly)+" (event "+strconv.Itoa(l.ev)+")")
		}
	}
	return checkReturns(errs, ci, c)
}

// checkReturns reports, for each currency in which the case records
// confiscations, the return that takes the returns past them.
func checkReturns(errs ValidationErrors, ci int, c *Case) ValidationErrors {
	var confiscated map[Currency]decimal.Decimal
	for _, e := range c.Events {
		if e.Stage == Confiscated && e.Amount.IsValid() && e.Amount.Sign() > 0 {
			if confiscated == nil {
				confiscated = make(map[Currency]decimal.Decimal)
			}
			confiscated[e.Amount.Currency()] = confiscated[e.Amount.Currency()].Add(e.Amount.Decimal())
		}
	}
	if confiscated == nil {
		return errs
	}
	returned := make(map[Currency]decimal.Decimal)
	reported := make(map[Currency]bool)
	for ei, e := range c.Events {
		cur := e.Amount.Currency()
		if e.Stage != Returned || e.Amount.Sign() <= 0 || reported[cur] {
			continue
		}
		limit, ok := confiscated[cur]
		if !ok {
			continue
		}
		sum := returned[cur].Add(e.Amount.Decimal())
		returned[cur] = sum
		if sum.Cmp(limit) > 0 {
			reported[cur] = true
			errs = append(errs, &ValidationError{Case: ci, ID: c.ID, Event: ei, Field: "Amount", Err: ErrExceedsConfiscated,
				Detail: "returns reach " + mkAmount(sum, cur).String() + ", confiscated " + mkAmount(limit, cur).String()})
		}
	}
	return errs
}

// dayOf returns a number that orders calendar dates, from t.Date in t's own
// location.
func dayOf(t time.Time) int {
	y, m, d := t.Date()
	return y*512 + int(m)*32 + d
}
