package assetrecovery

import (
	"fmt"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/uncac-go/uncac/convention"
)

// Validate checks cases and returns every problem it finds, as
// convention.ValidationErrors (one *convention.ValidationError per problem,
// with the case's index and ID and a field path such as "Events[3].Amount"),
// or nil if there are none. Each check stands alone, so a record with
// several faults reports all of them. It checks that:
//
//   - each case has an ID not used by an earlier case (else
//     convention.ErrDuplicate), an origin, at least one holding
//     jurisdiction and no zero holder; the avenue is valid or zero (not
//     known);
//   - each offence is a provision of chapter III (articles 15 to 42), which
//     establishes the offences; citing another provision is ErrNotOffence;
//   - each event has a valid stage, a valid date (both ends, midnight UTC,
//     in order; see convention.DateRange.IsValid) and an
//     amount with a currency that is not negative;
//   - no event is dated, for certain, before an event of an earlier stage
//     (a freeze before the identification, a return before the
//     confiscation): dates that are spans are out of order only when the
//     whole of one lies before the whole of the other;
//   - only returns carry a basis or expenses; expenses are in the currency
//     of the amount, not negative, and not larger than the amount;
//   - a transfer names the jurisdiction it went To, which differs from its
//     Jurisdiction; only returns and transfers have a To;
//   - a part (Within) names another event of the case, of the same stage
//     and currency, that is not itself a part, and the parts of an event do
//     not add up to more than it (ErrExceedsConfiscated);
//   - in each currency in which a case records confiscations, the amounts
//     returned do not add up to more than the amounts confiscated (parts
//     not counted again). Returns in a currency with no confiscation in it
//     are not compared, since that would need exchange rates.
//
// Missing values wrap convention.ErrMissing, values out of range
// convention.ErrInvalid. Validate does not change cases. Its cost is linear
// in the number of events, plus the parts of each event.
func Validate(cases []Case) error {
	var errs convention.ValidationErrors
	seen := make(map[string]int, len(cases))
	for ci := range cases {
		errs = validateCase(errs, ci, &cases[ci], seen)
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func validateCase(errs convention.ValidationErrors, ci int, c *Case, seen map[string]int) convention.ValidationErrors {
	add := func(field string, kind error, detail string) {
		err := kind
		if detail != "" {
			err = fmt.Errorf("%w: %s", kind, detail)
		}
		errs = append(errs, &convention.ValidationError{Index: ci, ID: c.ID, Field: field, Err: err})
	}
	if c.ID == "" {
		add("ID", convention.ErrMissing, "")
	} else if first, dup := seen[c.ID]; dup {
		add("ID", convention.ErrDuplicate, "also case "+strconv.Itoa(first))
	} else {
		seen[c.ID] = ci
	}
	if !c.Origin.IsValid() {
		add("Origin", convention.ErrMissing, "")
	}
	if len(c.Holders) == 0 {
		add("Holders", convention.ErrMissing, "no holding jurisdiction")
	}
	for i, h := range c.Holders {
		if !h.IsValid() {
			add("Holders["+strconv.Itoa(i)+"]", convention.ErrMissing, "")
		}
	}
	if c.Avenue != 0 && !c.Avenue.IsValid() {
		add("Avenue", convention.ErrInvalid, c.Avenue.String())
	}
	for i, r := range c.Offences {
		field := "Offences[" + strconv.Itoa(i) + "]"
		switch {
		case !r.IsValid():
			add(field, convention.ErrMissing, "")
		case r.Chapter() != convention.Criminalization:
			add(field, ErrNotOffence, r.String()+" is in "+r.Chapter().String())
		}
	}

	// latest[s] is the event of stage s whose date starts latest.
	type mark struct {
		day, ev int
		ok      bool
	}
	var latest [numSlots]mark
	for ei := range c.Events {
		e := &c.Events[ei]
		f := "Events[" + strconv.Itoa(ei) + "]."
		switch {
		case e.Stage == 0:
			add(f+"Stage", convention.ErrMissing, "")
		case !e.Stage.IsValid():
			add(f+"Stage", convention.ErrInvalid, e.Stage.String())
		}
		dated := false
		switch {
		case e.Date == (convention.DateRange{}):
			add(f+"Date", convention.ErrMissing, "")
		case !e.Date.IsValid():
			add(f+"Date", convention.ErrInvalid, e.Date.String()+": want days at midnight UTC, in order")
		default:
			dated = true
		}
		if !e.Amount.IsValid() {
			add(f+"Amount", convention.ErrMissing, "no currency")
		}
		if e.Amount.Sign() < 0 {
			add(f+"Amount", ErrNegative, e.Amount.String())
		}
		if e.Basis != 0 && !e.Basis.IsValid() {
			add(f+"Basis", convention.ErrInvalid, e.Basis.String())
		}
		if e.Basis != 0 && e.Stage != Returned {
			add(f+"Basis", ErrNotReturn, "the event is "+e.Stage.String())
		}
		if !e.Expenses.IsZero() {
			if e.Stage != Returned {
				add(f+"Expenses", ErrNotReturn, "the event is "+e.Stage.String())
			}
			sameCurrency := e.Expenses.Currency() == e.Amount.Currency()
			switch {
			case !e.Expenses.IsValid():
				add(f+"Expenses", convention.ErrMissing, "no currency")
			case !sameCurrency:
				add(f+"Expenses", ErrCurrencyMismatch, e.Expenses.Currency().String()+" expenses on a "+e.Amount.Currency().String()+" amount")
			}
			switch {
			case e.Expenses.Sign() < 0:
				add(f+"Expenses", ErrNegative, e.Expenses.String())
			case sameCurrency && e.Expenses.Decimal().Cmp(e.Amount.Decimal()) > 0:
				add(f+"Expenses", ErrExceedsConfiscated, "expenses "+e.Expenses.String()+" from "+e.Amount.String())
			}
		}
		switch {
		case e.Stage == Transferred && !e.To.IsValid():
			add(f+"To", convention.ErrMissing, "a transfer needs the receiving jurisdiction")
		case e.Stage == Transferred && e.To == e.Jurisdiction:
			add(f+"To", convention.ErrInvalid, "transfer from "+e.To.String()+" to itself")
		case e.To.IsValid() && e.Stage != Transferred && e.Stage != Returned:
			add(f+"To", convention.ErrInvalid, "only returns and transfers have a receiving jurisdiction")
		}
		checkPart(c, ei, add)
		if e.Stage.IsValid() && e.Stage != Transferred && dated {
			l := &latest[e.Stage]
			if d := dayOf(e.Date.Earliest); !l.ok || d > l.day {
				*l = mark{d, ei, true}
			}
		}
	}
	// An event is out of order if an event of an earlier stage starts after
	// it ends. Name the latest such event.
	for ei := range c.Events {
		e := &c.Events[ei]
		if !e.Stage.IsValid() || e.Stage == Transferred || !e.Date.IsValid() {
			continue
		}
		end := dayOf(e.Date.Latest)
		worst := -1
		for s := Identified; s < e.Stage; s++ {
			if l := latest[s]; l.ok && l.day > end && (worst < 0 || l.day > latest[worst].day) {
				worst = int(s)
			}
		}
		if worst >= 0 {
			o := &c.Events[latest[worst].ev]
			add("Events["+strconv.Itoa(ei)+"].Date", ErrOutOfOrder, e.Stage.String()+" on "+e.Date.String()+
				" before "+o.Stage.String()+" on "+o.Date.String()+" (event "+strconv.Itoa(latest[worst].ev)+")")
		}
	}
	return checkReturns(errs, ci, c)
}

// checkPart checks Within of event ei.
func checkPart(c *Case, ei int, add func(string, error, string)) {
	e := &c.Events[ei]
	f := "Events[" + strconv.Itoa(ei) + "].Within"
	if e.Within == 0 {
		return
	}
	w := e.Within - 1
	if w < 0 || w >= len(c.Events) || w == ei {
		add(f, convention.ErrInvalid, "no other event "+strconv.Itoa(w))
		return
	}
	o := &c.Events[w]
	if o.Stage != e.Stage || o.Amount.Currency() != e.Amount.Currency() {
		add(f, convention.ErrInvalid, "event "+strconv.Itoa(w)+" is "+o.Stage.String()+" in "+o.Amount.Currency().String())
	}
	if o.Within != 0 {
		add(f, convention.ErrInvalid, "event "+strconv.Itoa(w)+" is itself a part")
	}
	// Report parts that exceed their whole once, at the last part.
	sum, last := decimal.Zero, -1
	for j := range c.Events {
		if p := &c.Events[j]; p.Within == w+1 && j != w && p.Amount.Currency() == o.Amount.Currency() {
			sum = sum.Add(p.Amount.Decimal())
			last = j
		}
	}
	if last == ei && o.Amount.Currency() == e.Amount.Currency() && sum.Cmp(o.Amount.Decimal()) > 0 {
		add(f, ErrExceedsConfiscated, "parts add up to "+mkAmount(sum, o.Amount.Currency()).String()+", event "+strconv.Itoa(w)+" is "+o.Amount.String())
	}
}

// checkReturns reports, for each currency in which the case records
// confiscations, the return that takes the returns past them. Parts are not
// counted again.
func checkReturns(errs convention.ValidationErrors, ci int, c *Case) convention.ValidationErrors {
	var confiscated map[Currency]decimal.Decimal
	for _, e := range c.Events {
		if e.Stage == Confiscated && e.Within == 0 && e.Amount.IsValid() && e.Amount.Sign() > 0 {
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
		if e.Stage != Returned || e.Within != 0 || e.Amount.Sign() <= 0 || reported[cur] {
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
			errs = append(errs, &convention.ValidationError{Index: ci, ID: c.ID, Field: "Events[" + strconv.Itoa(ei) + "].Amount",
				Err: fmt.Errorf("%w: returns reach %s, confiscated %s", ErrExceedsConfiscated, mkAmount(sum, cur), mkAmount(limit, cur))})
		}
	}
	return errs
}

// dayOf returns the day number of t's calendar date.
func dayOf(t time.Time) int {
	d, _ := dayNumber(t)
	return int(d)
}
