package assetrecovery

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"math"
	"math/big"
	"slices"
	"time"

	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/convention"
)

// A Filter selects the cases and events that Sum adds up. Each zero field
// selects everything; set fields must all match.
type Filter struct {
	Origin convention.State // cases whose State of origin is Origin
	// Holder selects the events that happened in, or concern assets held
	// in, the jurisdiction Holder: an event's Jurisdiction, or for an event
	// without one, the case's only holding jurisdiction. An event of a case
	// with several holders that names none is never selected by a Holder.
	// Totals by holding jurisdiction add up to the overall totals of the
	// events whose holder is known (see Event.Within).
	Holder convention.State
	Avenue Avenue // cases pursued by Avenue
	// From and To bound the period, ends included: an event counts only
	// when its date lies between them for certain, that is, when its whole
	// span does. Events that may or may not lie in the period are left out
	// and counted by Skipped. Only the calendar date counts, as t.Date
	// reports it in t's own location. A zero bound leaves that end open.
	From, To time.Time
}

func (f *Filter) matchCase(c *Case) bool {
	return (!f.Origin.IsValid() || c.Origin == f.Origin) &&
		(f.Avenue == 0 || c.Avenue == f.Avenue)
}

// A Total is the sum of the amounts at one stage in one currency.
type Total struct {
	Stage  Stage
	Amount Amount // the sum, in one currency
	Count  int    // the number of events summed
}

// Totals summarizes cases: for each stage and each currency, the sum of the
// amounts and the number of events, overall and by calendar year (with the
// events whose date cannot be placed in one year apart, in Unplaced); and
// for returns the expenses deducted under article 57(4). Stages are never added
// together (a frozen dollar may later be the same dollar confiscated and
// returned) and currencies are never mixed: converting into one currency
// takes a Rates, through In and Ratio.
//
// Totals is plain data, read through its methods. Sum and [SumSlice] make it
// from cases, [Aggregate.Totals] from a published figure; Merge adds two; Diff
// subtracts one from another. It is immutable, so it is safe for concurrent
// use. The zero Totals sums nothing. It is not meant to be stored: store the
// cases and sum them again (MarshalJSON refuses).
type Totals struct {
	rows     []row // all years; sorted by slot, then currency
	years    []yearRows
	unplaced yearRows // events whose date spans more than one year
	cases    int
	events   int
	skipped  int
}

type yearRows struct {
	year          int
	cases, events int
	rows          []row
}

// A row is one sum: slot is a Stage, or expensesSlot. The sum is kept in
// minor units of cur while it is a whole number of them that fits in an
// int64, so that Sum makes no decimal per row; exact holds it otherwise
// (and minor is then zero). Each value has one form, so rows compare by
// their fields.
type row struct {
	slot  uint8
	cur   Currency
	n     int
	minor int64
	exact *decimal.Decimal
}

// rowOf returns the row for the sum v.
func rowOf(slot uint8, c Currency, v decimal.Decimal, n int) row {
	m, ok := toMinor(v, c.scale())
	if !ok && v.NumDigits() <= 19+int(c.scale()) {
		// toMinor leaves out values of 19 digits that fit in an int64.
		if w := v.Shift(c.scale()); w.IsInteger() && w.BigInt().IsInt64() {
			m, ok = w.BigInt().Int64(), true
		}
	}
	if ok {
		return row{slot: slot, cur: c, n: n, minor: m}
	}
	return row{slot: slot, cur: c, n: n, exact: &v}
}

// value returns the sum of r.
func (r *row) value() decimal.Decimal {
	if r.exact != nil {
		return *r.exact
	}
	return decimal.New(r.minor, -r.cur.scale())
}

// amount returns the sum of r as an Amount.
func (r *row) amount() Amount {
	if r.exact != nil {
		return mkAmount(*r.exact, r.cur)
	}
	return Amount{value: decimal.New(r.minor, -r.cur.scale()), units: r.minor, cur: r.cur, whole: true}
}

func (r *row) sign() int {
	if r.exact != nil {
		return r.exact.Sign()
	}
	return cmp.Compare(r.minor, 0)
}

// plus returns the sum of r and u, rows of the same slot and currency.
func (r *row) plus(u *row) row {
	if s := r.minor + u.minor; r.exact == nil && u.exact == nil && (r.minor^s)&(u.minor^s) >= 0 {
		return row{slot: r.slot, cur: r.cur, n: r.n + u.n, minor: s}
	}
	return rowOf(r.slot, r.cur, r.value().Add(u.value()), r.n+u.n)
}

// neg returns r with its sum and count negated.
func (r *row) neg() row {
	if r.exact == nil && r.minor != math.MinInt64 {
		return row{slot: r.slot, cur: r.cur, n: -r.n, minor: -r.minor}
	}
	return rowOf(r.slot, r.cur, r.value().Neg(), -r.n)
}

const (
	expensesSlot = uint8(lastStage) + 1
	numSlots     = int(lastStage) + 1
)

func compareRows(a, b row) int {
	if c := cmp.Compare(a.slot, b.slot); c != 0 {
		return c
	}
	return a.cur.Compare(b.cur)
}

// accum adds amounts of one currency exactly, in integer minor units while
// they fit in an int64. Only values that are not whole minor units (or are
// too large for an int64) and overflows go to the slow exact path, which
// keeps the rest of the sum in an accumExt of the summer. An accum holds no
// pointer, so that the accumulators of a pass cost the garbage collector
// nothing, and takes 16 bytes.
type accum struct {
	minor int64
	// n counts the events added, and is positive once one is; beyond
	// math.MaxInt32 the count goes on in the accumExt (see summer.count).
	n   int32
	ext int32 // 1 + the index in summer.exts of the rest of the sum, or 0
}

type accumExt struct {
	over big.Int         // minor units that overflowed minor
	rest decimal.Decimal // values not in whole minor units, exactly
	n    int             // events counted beyond accum.n
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// toMinor returns v as a whole number of units of 10^-scale, and false if it
// is not one or does not fit in an int64. It does not allocate.
func toMinor(v decimal.Decimal, scale int32) (int64, bool) {
	if v.Sign() == 0 {
		return 0, true
	}
	if v.NumDigits() > 18 {
		return 0, false
	}
	coef, exp := v.CoefficientInt64(), int64(v.Exponent())+int64(scale)
	switch {
	case exp >= 0:
		if exp >= int64(len(pow10)) {
			return 0, false
		}
		p := pow10[exp]
		if coef > math.MaxInt64/p || coef < -math.MaxInt64/p {
			return 0, false
		}
		return coef * p, true
	case -exp < int64(len(pow10)):
		p := pow10[-exp]
		if coef%p != 0 {
			return 0, false
		}
		return coef / p, true
	}
	return 0, false
}

// addWhole adds x and reports true if x is a whole number of minor units
// and the sum stays within an int64, as nearly every amount does, and the
// count within an int32; otherwise it changes nothing. (summer.addRun does
// the same, written out.)
func (a *accum) addWhole(x *Amount) bool {
	// An int64 sum overflows exactly when its sign differs from the signs
	// of both terms.
	if s := a.minor + x.units; x.whole && (a.minor^s)&(x.units^s) >= 0 && a.n < math.MaxInt32 {
		a.minor = s
		a.n++
		return true
	}
	return false
}

// ext returns the rest of the sum of a, making it if a has none.
func (s *summer) ext(a *accum) *accumExt {
	if a.ext == 0 {
		s.exts = append(s.exts, accumExt{})
		a.ext = int32(len(s.exts))
	}
	return &s.exts[a.ext-1]
}

// addAmount adds x to a.
func (s *summer) addAmount(a *accum, x *Amount) {
	if !a.addWhole(x) {
		s.addExact(a, x)
	}
}

// addExact adds x to a when addWhole cannot.
func (s *summer) addExact(a *accum, x *Amount) {
	s.count(a, 1)
	if x.whole {
		s.addMinor(a, x.units)
		return
	}
	e := s.ext(a)
	e.rest = e.rest.Add(x.value)
}

// sub subtracts x from a without counting an event.
func (s *summer) sub(a *accum, x *Amount) {
	if x.whole && x.units != math.MinInt64 {
		s.addMinor(a, -x.units)
		return
	}
	e := s.ext(a)
	e.rest = e.rest.Sub(x.value)
}

func (s *summer) addMinor(a *accum, m int64) {
	sum := a.minor + m
	if (m > 0 && sum < a.minor) || (m < 0 && sum > a.minor) {
		e := s.ext(a)
		var t big.Int
		e.over.Add(&e.over, t.SetInt64(a.minor))
		sum = m
	}
	a.minor = sum
}

// count adds n events to the count of a.
func (s *summer) count(a *accum, n int) {
	if t := int64(a.n) + int64(n); t <= math.MaxInt32 {
		a.n = int32(t)
		return
	}
	// a.n stays positive, the mark of an accumulator in use.
	s.ext(a).n += int(a.n) + n - 1
	a.n = 1
}

// events returns the number of events added to a.
func (s *summer) events(a *accum) int {
	if a.ext == 0 {
		return int(a.n)
	}
	return int(a.n) + s.exts[a.ext-1].n
}

// merge adds b into a.
func (s *summer) merge(a, b *accum) {
	s.count(a, s.events(b))
	s.addMinor(a, b.minor)
	if b.ext != 0 {
		e := s.ext(a)
		be := &s.exts[b.ext-1]
		e.over.Add(&e.over, &be.over)
		e.rest = e.rest.Add(be.rest)
	}
}

// row returns the row of the sum in a.
func (s *summer) row(slot uint8, c Currency, a *accum) row {
	if a.ext == 0 {
		return row{slot: slot, cur: c, n: int(a.n), minor: a.minor}
	}
	e := &s.exts[a.ext-1]
	v := decimal.New(a.minor, -c.scale())
	if e.over.Sign() != 0 {
		v = v.Add(decimal.NewFromBigInt(&e.over, -c.scale()))
	}
	return rowOf(slot, c, v.Add(e.rest), int(a.n)+e.n)
}

type yearAccum struct {
	year     int
	cases    int // the number of events is the sum of the counts of its stages
	lastCase int
	// lo and width bound, in Unix seconds, the UTC times of this year
	// that the filter's period includes: an event whose dates are UTC
	// times from lo up to but not including lo+width counts in this year.
	// width is zero for years outside 1901 to 2099.
	lo    int64
	width uint64
	// cells holds the year's summer.stride accumulators: numSlots for
	// each currency met, in the order of summer.curs, then room for more.
	// They come from slabs shared by several years (see newYear).
	cells []accum
}

// Sum adds up the amounts of the events that f selects in the cases seq
// yields, per stage and per currency, overall and by year, in one pass.
// Events that cannot be placed, because they have an invalid stage, no
// currency or no date, are left out and counted by Skipped; run Validate
// first to find them. Sum does not validate otherwise: a negative amount is
// added as it is. Expenses in a currency other than their return's are
// counted in their own currency. A part of another event's amount
// (Event.Within) counts in its own right, and the event containing it only
// for what remains, so no money is counted twice. A nil seq sums nothing.
//
// Sums are exact. Amounts that are whole numbers of minor units (cents for
// USD, yen for JPY) are added as 64-bit integers, without allocating; only
// finer or larger values take a slower exact path. Memory use does not
// depend on the number of events. The work per event is close to that of
// reading it; beyond that, a call costs in proportion to the years and
// currencies met, for their accumulators and the rows of the Totals.
func Sum(seq iter.Seq[Case], f Filter) Totals {
	s := newSummer(f)
	if seq != nil {
		for c := range seq {
			s.add(&c)
		}
	}
	return s.totals()
}

// SumSlice is Sum over a slice, which it reads in place without copying a
// Case.
func SumSlice(cases []Case, f Filter) Totals {
	s := newSummer(f)
	for i := range cases {
		s.add(&cases[i])
	}
	return s.totals()
}

// A summer is the state of one pass of Sum.
type summer struct {
	f        Filter
	from, to int64 // the period of f in days, ends included
	byHolder bool  // whether f selects by holding jurisdiction
	// years holds the accumulators of the years in the order met, and of
	// the unplaced events, after a sentinel at position 0 that matches no
	// event, so that addRun needs no test for a year not met.
	years    []yearAccum
	index    yearIndex  // the position in years of each year, or 0
	unplaced int        // the position in years of the unplaced events, or 0
	last     int        // the position in years of the last event's year, or -1
	stride   int        // the number of accumulators of each year
	slab     []accum    // room for the accumulators of years to come
	exts     []accumExt // the rests of sums that int64 minor units cannot hold
	// curPos maps a currency's idx to 1 + its position among the
	// currencies met so far.
	curPos  [NumCurrencies + 1]uint16
	curs    []Currency // the currencies met, by position
	seen    int        // cases added so far, matched or not
	cases   int        // cases with at least one event summed
	skipped int
}

// initialCurrencies is the number of currencies the accumulators of a year
// have room for at first; the room doubles as more are met.
const initialCurrencies = 4

// initialStride is the number of accumulators of a year at first.
const initialStride = initialCurrencies * numSlots

func newSummer(f Filter) summer {
	s := summer{f: f, from: math.MinInt64, to: math.MaxInt64, byHolder: f.Holder.IsValid(), last: -1,
		stride: initialStride, index: yearIndex{lo: 1, hi: 0}}
	if !f.From.IsZero() {
		s.from, _ = dayNumber(f.From)
	}
	if !f.To.IsZero() {
		s.to, _ = dayNumber(f.To)
	}
	return s
}

// add adds the events of c, if f selects c.
func (s *summer) add(c *Case) {
	ci := s.seen
	s.seen++
	if !s.f.matchCase(c) {
		return
	}
	counted := false
	for i := 0; i < len(c.Events); i++ {
		if !s.byHolder {
			n := s.addRun(c.Events[i:], ci)
			counted = counted || n > 0
			if i += n; i == len(c.Events) {
				break
			}
		}
		counted = s.addEvent(c, i, ci) || counted
	}
	if counted {
		s.cases++
	}
}

// addRun adds the events at the start of evs that can take the fast path,
// which is nearly all of them, and returns how many it added. It calls
// nothing, so that its loop keeps its state in registers.
//
// The fast path takes an event dated by UTC days from 1901 to 2099 within
// one year and within the period, of a valid stage, in a currency and a
// year met before, not a part, without expenses, whose amount is a whole
// number of minor units that the sum can take without overflow. It decides
// as place would, from the Unix seconds of the dates and the bounds of the
// year (see dayNumber). There must be no Holder to match.
func (s *summer) addRun(evs []Event, ci int) int {
	years, dense, curPos := s.years, &s.index.dense, &s.curPos
	if len(years) == 0 {
		return 0 // no sentinel yet: place makes it
	}
	utc := time.UTC
	for i := range evs {
		e := &evs[i]
		e0, e1 := e.Date.Earliest.Unix(), e.Date.Latest.Unix()
		d := uint64(e0 - cycleFirst*86400)
		if d >= (cycleEnd-cycleFirst)*86400 || e.Within != 0 {
			return i
		}
		// The year of e0: (4*days+3)/1461 as in dayNumber, in one division
		// of seconds, which is exact at midnight and may be a year off
		// late on 31 December; the bounds of the year found check it. A
		// year not met is the sentinel, of width 0.
		ya := &years[dense[(4*d+3*86400)/(1461*86400)+1901-firstDenseYear]]
		// Both ends within the year and the period: the event's dates
		// may be in either order, as place allows.
		if max(uint64(e0-ya.lo), uint64(e1-ya.lo)) >= ya.width || uint8(e.Stage-1) >= uint8(lastStage) ||
			e.Stage == Returned && e.Expenses.cur.idx != 0 ||
			e.Date.Earliest.Location() != utc || e.Date.Latest.Location() != utc {
			return i
		}
		p := int(curPos[e.Amount.cur.idx]) // 0 for a currency not met
		if p == 0 {
			return i
		}
		a := &ya.cells[(p-1)*numSlots+int(e.Stage)-1]
		// An int64 sum overflows exactly when its sign differs from the
		// signs of both terms.
		u := e.Amount.units
		sum := a.minor + u
		if !e.Amount.whole || (a.minor^sum)&(u^sum) < 0 || a.n == math.MaxInt32 {
			return i
		}
		a.minor = sum
		a.n++
		if ya.lastCase != ci {
			ya.lastCase = ci
			ya.cases++
		}
	}
	return len(evs)
}

// addEvent adds event ei of c, the case ci, and reports whether it counted.
func (s *summer) addEvent(c *Case, ei, ci int) bool {
	e := &c.Events[ei]
	k, st := s.place(c, e)
	if e.Within != 0 && st != unplaceable {
		s.takeFromWhole(c, ei) // whether or not the part itself counts
	}
	if st != placed {
		if st == unplaceable {
			s.skipped++
		}
		return false
	}
	ya := &s.years[k]
	if ya.lastCase != ci {
		ya.lastCase = ci
		ya.cases++
	}
	s.addAmount(s.slot(k, uint8(e.Stage), e.Amount.cur), &e.Amount)
	if e.Stage == Returned && e.Expenses.cur.IsValid() {
		s.addAmount(s.slot(k, expensesSlot, e.Expenses.cur), &e.Expenses)
	}
	return true
}

// The outcomes of summer.place.
const (
	placed      = iota // the event counts, in the accumulators returned
	notSelected        // the filter leaves the event out
	unplaceable        // the event cannot be counted (Skipped)
)

// place returns the position in s.years of the accumulators an event
// counts in, or why it does not count.
func (s *summer) place(c *Case, e *Event) (int, int) {
	if s.byHolder && c.holder(e) != s.f.Holder {
		return -1, notSelected
	}
	if !e.Stage.IsValid() || !e.Amount.cur.IsValid() {
		return -1, unplaceable
	}
	// The zero time.Time (no date) is in year 1, so IsZero is only asked
	// of dates that early.
	first, y := dayNumber(e.Date.Earliest)
	if y <= 1 && e.Date.Earliest.IsZero() {
		return -1, unplaceable
	}
	lastDay, y2 := first, y
	if e.Date.Latest != e.Date.Earliest {
		if lastDay, y2 = dayNumber(e.Date.Latest); y2 <= 1 && e.Date.Latest.IsZero() {
			return -1, unplaceable
		}
	}
	if first < s.from || lastDay > s.to {
		if lastDay >= s.from && first <= s.to {
			return -1, unplaceable // may or may not lie in the period
		}
		return -1, notSelected
	}
	if y != y2 {
		if s.unplaced == 0 {
			s.unplaced = s.newYear(0)
		}
		return s.unplaced, placed
	}
	if s.last >= 0 && s.years[s.last].year == y {
		return s.last, placed
	}
	p := s.index.get(y)
	if *p == 0 {
		*p = int32(s.newYear(y))
	}
	s.last = int(*p)
	return s.last, placed
}

// newYear adds accumulators for year y and returns their position.
func (s *summer) newYear(y int) int {
	if len(s.slab) < s.stride {
		// Room for 4 years at first, then 8 at a time.
		room := 8
		if len(s.years) <= 4 {
			room = 4
		}
		s.slab = make([]accum, room*s.stride)
	}
	if s.years == nil {
		s.years = make([]yearAccum, 1, 24) // the sentinel, of width 0
	}
	ya := yearAccum{year: y, lastCase: -1, cells: s.slab[:s.stride:s.stride]}
	s.slab = s.slab[s.stride:]
	if y >= 1901 && y <= 2099 { // within the fast path of dayNumber
		// Every fourth year is a leap year from 1901 to 2099.
		lo := cycleFirst + 365*int64(y-1901) + int64(y-1901)/4
		hi := lo + 365
		if y%4 == 0 {
			hi++
		}
		lo = max(lo, s.from)
		if s.to < hi-1 {
			hi = s.to + 1
		}
		if lo < hi {
			ya.lo, ya.width = lo*86400, uint64(hi-lo)*86400
		}
	}
	s.years = append(s.years, ya)
	return len(s.years) - 1
}

// takeFromWhole subtracts the amount of event ei of c, a part of another
// event (Event.Within), from that event's sum, if that event counts: the
// whole then counts only for what its parts leave. A part whose whole is
// not an event of the same stage and currency changes nothing (Validate
// reports it).
func (s *summer) takeFromWhole(c *Case, ei int) {
	e := &c.Events[ei]
	w := e.Within - 1
	if w < 0 || w >= len(c.Events) || w == ei {
		return
	}
	whole := &c.Events[w]
	if whole.Stage != e.Stage || whole.Amount.cur != e.Amount.cur || whole.Within != 0 {
		return
	}
	last := s.last
	k, st := s.place(c, whole)
	s.last = last
	if st == placed {
		s.sub(s.slot(k, uint8(e.Stage), e.Amount.cur), &e.Amount)
	}
}

// slot returns the accumulator of year position k for slot and the valid
// currency c, making room for c if it is new.
func (s *summer) slot(k int, slot uint8, c Currency) *accum {
	p := int(s.curPos[c.idx])
	if p == 0 {
		s.curs = append(s.curs, c)
		p = len(s.curs)
		s.curPos[c.idx] = uint16(p)
		if p*numSlots > s.stride {
			s.widen(2 * s.stride)
		}
	}
	return &s.years[k].cells[(p-1)*numSlots+int(slot)-1]
}

// widen gives each year room for stride accumulators, in one new slab
// with room for a few years more.
func (s *summer) widen(stride int) {
	slab := make([]accum, (len(s.years)+3)*stride)
	for k := 1; k < len(s.years); k++ { // after the sentinel
		ya := &s.years[k]
		copy(slab, ya.cells)
		ya.cells, slab = slab[:stride:stride], slab[stride:]
	}
	s.stride, s.slab = stride, slab
}

// totals returns the sums so far, year by year and overall. It makes
// three allocations whatever the number of years: the rows of every year
// and the overall rows share one array.
func (s *summer) totals() Totals {
	t := Totals{cases: s.cases, skipped: s.skipped}
	// The positions of the currencies in the order of rows: by code.
	var orderBuf [8]int
	order := orderBuf[:0]
	for p := range s.curs {
		order = append(order, p)
	}
	for i := 1; i < len(order); i++ { // insertion sort: there are few
		for j := i; j > 0 && s.curs[order[j]].Compare(s.curs[order[j-1]]) < 0; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	// One pass counts the rows of the years and merges the overall sums.
	width := len(s.curs) * numSlots
	var allBuf [initialStride]accum
	var all []accum
	if width <= len(allBuf) {
		all = allBuf[:width]
	} else {
		all = make([]accum, width)
	}
	nrows := 0
	for k := 1; k < len(s.years); k++ { // after the sentinel
		block := s.years[k].cells[:width]
		for i := range block {
			if a := &block[i]; a.n > 0 {
				nrows++
				s.merge(&all[i], a)
			}
		}
	}
	for i := range all {
		if all[i].n > 0 {
			nrows++
		}
	}
	buf := make([]row, 0, nrows)
	// rowsOf makes the rows of the accumulators in block, in the order of
	// rows, and counts their events.
	rowsOf := func(block []accum) (rows []row, events int) {
		start := len(buf)
		for slot := range numSlots {
			for _, p := range order {
				if a := &block[p*numSlots+slot]; a.n > 0 {
					r := s.row(uint8(slot+1), s.curs[p], a)
					if r.slot != expensesSlot {
						events += r.n
					}
					buf = append(buf, r)
				}
			}
		}
		if len(buf) > start {
			rows = buf[start:len(buf):len(buf)]
		}
		return rows, events
	}
	nyears := len(s.years) - 1 // less the sentinel
	if s.unplaced != 0 {
		nyears--
	}
	if nyears > 0 {
		t.years = make([]yearRows, 0, nyears)
	}
	s.index.each(func(k int) {
		ya := &s.years[k]
		rows, events := rowsOf(ya.cells)
		t.years = append(t.years, yearRows{year: ya.year, cases: ya.cases, events: events, rows: rows})
	})
	if s.unplaced != 0 {
		ya := &s.years[s.unplaced]
		rows, events := rowsOf(ya.cells)
		t.unplaced = yearRows{cases: ya.cases, events: events, rows: rows}
	}
	t.rows, t.events = rowsOf(all)
	return t
}

// yearIndex finds the position of a year's accumulators: directly for the
// years 1900 to 2155, through a map for others. Each holds the position in
// summer.years, or 0 (the sentinel) for a year not met.
type yearIndex struct {
	dense  [256]int32
	lo, hi int // the first and last index of dense in use, if hi >= lo
	other  map[int]*int32
}

const firstDenseYear = 1900

// get returns where the position of year y is kept.
func (x *yearIndex) get(y int) *int32 {
	if i := y - firstDenseYear; i >= 0 && i < len(x.dense) {
		if x.hi < x.lo {
			x.lo, x.hi = i, i
		}
		x.lo, x.hi = min(x.lo, i), max(x.hi, i)
		return &x.dense[i]
	}
	if x.other == nil {
		x.other = map[int]*int32{}
	}
	p := x.other[y]
	if p == nil {
		p = new(int32)
		x.other[y] = p
	}
	return p
}

// each calls do with the position of each year met, in order of year.
func (x *yearIndex) each(do func(int)) {
	var before, after []int
	for y := range x.other {
		if y < firstDenseYear {
			before = append(before, y)
		} else {
			after = append(after, y)
		}
	}
	slices.Sort(before)
	slices.Sort(after)
	for _, y := range before {
		do(int(*x.other[y]))
	}
	if x.lo <= x.hi {
		for _, p := range x.dense[x.lo : x.hi+1] {
			if p != 0 {
				do(int(p))
			}
		}
	}
	for _, y := range after {
		do(int(*x.other[y]))
	}
}

// find returns the row for slot and currency.
func (t Totals) find(slot uint8, c Currency) (row, bool) {
	i, ok := slices.BinarySearchFunc(t.rows, row{slot: slot, cur: c}, compareRows)
	if !ok {
		return row{}, false
	}
	return t.rows[i], true
}

func (t Totals) amount(slot uint8, c Currency) Amount {
	if !c.IsValid() {
		return Amount{}
	}
	r, ok := t.find(slot, c)
	if !ok {
		return mkAmount(decimal.Decimal{}, c)
	}
	return r.amount()
}

// Amount returns the sum at stage s in currency c: zero in c if nothing was
// summed there, and the zero Amount if c is the zero Currency or s is not a
// valid stage.
func (t Totals) Amount(s Stage, c Currency) Amount {
	if !s.IsValid() {
		return Amount{}
	}
	return t.amount(uint8(s), c)
}

// Expenses returns the expenses deducted from returns in currency c under
// article 57(4).
func (t Totals) Expenses(c Currency) Amount { return t.amount(expensesSlot, c) }

// NetReturned returns the amounts returned in currency c less the expenses
// deducted from them: what the States of origin received.
func (t Totals) NetReturned(c Currency) Amount {
	if !c.IsValid() {
		return mkAmount(decimal.Decimal{}, c)
	}
	a, _ := t.find(uint8(Returned), c)
	x, _ := t.find(expensesSlot, c)
	a.cur, x.cur = c, c // for sums that are not there
	x = x.neg()
	n := a.plus(&x)
	return n.amount()
}

// All returns an iterator over every sum, by stage and then by currency.
// Expenses are not among them; see Expenses.
func (t Totals) All() iter.Seq[Total] {
	return func(yield func(Total) bool) {
		for i := range t.rows {
			if r := &t.rows[i]; r.slot < expensesSlot && !yield(Total{Stage(r.slot), r.amount(), r.n}) {
				return
			}
		}
	}
}

// Currencies returns an iterator over the currencies that appear in the
// totals, in alphabetical order.
func (t Totals) Currencies() iter.Seq[Currency] {
	return func(yield func(Currency) bool) {
		var seen [NumCurrencies + 1]bool
		for _, r := range t.rows {
			seen[r.cur.idx] = true
		}
		for i := 1; i <= NumCurrencies; i++ {
			if seen[i] && !yield(Currency{uint16(i)}) {
				return
			}
		}
	}
}

// Cases returns the number of cases with at least one event summed.
func (t Totals) Cases() int { return t.cases }

// Events returns the number of events summed.
func (t Totals) Events() int { return t.events }

// Skipped returns the number of events of the selected cases that Sum left
// out because they had an invalid stage, no currency or no date.
func (t Totals) Skipped() int { return t.skipped }

// Years returns an iterator over the calendar years in which events were
// summed, in order.
func (t Totals) Years() iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, y := range t.years {
			if !yield(y.year) {
				return
			}
		}
	}
}

// Year returns the totals of the events dated in year y alone, for certain:
// events whose date spans more than one year are not in any Year but in
// Unplaced. Its Skipped is zero: skipped events have no year.
func (t Totals) Year(y int) Totals {
	i, ok := slices.BinarySearchFunc(t.years, y, func(yr yearRows, y int) int {
		switch {
		case yr.year < y:
			return -1
		case yr.year > y:
			return +1
		}
		return 0
	})
	if !ok {
		return Totals{}
	}
	yr := t.years[i]
	return Totals{rows: yr.rows, years: t.years[i : i+1 : i+1], cases: yr.cases, events: yr.events}
}

// Unplaced returns the totals of the events that no Year holds because
// their date spans more than one year ("2010 and 2011"): how much could not
// be placed in a year. Its Skipped is zero.
func (t Totals) Unplaced() Totals {
	u := t.unplaced
	return Totals{rows: u.rows, cases: u.cases, events: u.events}
}

// Merge returns the totals of u added to those of t. For totals of disjoint
// sets of cases, Merge(Sum(a, f), Sum(b, f)) equals Sum of a and b together,
// so partitions can be summed separately. Sums that come to zero with a
// count of zero, as when a Diff is merged back, are dropped, so
// before.Merge(Diff(before, after)) equals after.
func (t Totals) Merge(u Totals) Totals {
	m := Totals{
		rows:    mergeRows(t.rows, u.rows),
		cases:   t.cases + u.cases,
		events:  t.events + u.events,
		skipped: t.skipped + u.skipped,
		unplaced: yearRows{cases: t.unplaced.cases + u.unplaced.cases, events: t.unplaced.events + u.unplaced.events,
			rows: mergeRows(t.unplaced.rows, u.unplaced.rows)},
	}
	i, j := 0, 0
	for i < len(t.years) || j < len(u.years) {
		switch {
		case j == len(u.years) || i < len(t.years) && t.years[i].year < u.years[j].year:
			m.years = append(m.years, t.years[i])
			i++
		case i == len(t.years) || u.years[j].year < t.years[i].year:
			m.years = append(m.years, u.years[j])
			j++
		default:
			a, b := t.years[i], u.years[j]
			yr := yearRows{year: a.year, cases: a.cases + b.cases, events: a.events + b.events, rows: mergeRows(a.rows, b.rows)}
			if yr.cases != 0 || yr.events != 0 || len(yr.rows) > 0 {
				m.years = append(m.years, yr)
			}
			i++
			j++
		}
	}
	return m
}

func mergeRows(a, b []row) []row {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	out := make([]row, 0, max(len(a), len(b)))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && compareRows(a[i], b[j]) < 0:
			out = append(out, a[i])
			i++
		case i == len(a) || compareRows(b[j], a[i]) < 0:
			out = append(out, b[j])
			j++
		default:
			r := a[i].plus(&b[j])
			if r.n != 0 || r.sign() != 0 {
				out = append(out, r)
			}
			i++
			j++
		}
	}
	return out
}

// Diff returns what changed from before to after: for each stage and
// currency, overall and by year, the sum and the count in after less those
// in before, and likewise the expenses and the numbers of cases, events and
// skipped events. With before and after the totals of two snapshots of the
// records under the same Filter, such as the data behind two successive
// reports, Diff(before, after).Amount(Returned, usd) is the figure behind
// "a further USD N returned since the last report". (For the events of one
// set of records dated after some day, Sum with Filter.From is enough.)
//
// Sums and counts are negative where before exceeds after, as when records
// are corrected or withdrawn; a corrected amount can change a sum while its
// count stays zero. Sums that did not change and whose count did not change
// are left out, so Diff(t, t) sums nothing, and before.Merge(Diff(before,
// after)) equals after.
func Diff(before, after Totals) Totals { return after.Merge(before.neg()) }

// neg returns t with every sum and count negated.
func (t Totals) neg() Totals {
	n := Totals{rows: negRows(t.rows), cases: -t.cases, events: -t.events, skipped: -t.skipped,
		unplaced: yearRows{cases: -t.unplaced.cases, events: -t.unplaced.events, rows: negRows(t.unplaced.rows)}}
	if t.years != nil {
		n.years = make([]yearRows, len(t.years))
		for i, y := range t.years {
			n.years[i] = yearRows{year: y.year, cases: -y.cases, events: -y.events, rows: negRows(y.rows)}
		}
	}
	return n
}

func negRows(rs []row) []row {
	if rs == nil {
		return nil
	}
	out := make([]row, len(rs))
	for i := range rs {
		out[i] = rs[i].neg()
	}
	return out
}

// Equal reports whether t and u hold the same sums, counts and years.
func (t Totals) Equal(u Totals) bool {
	if t.cases != u.cases || t.events != u.events || t.skipped != u.skipped ||
		!rowsEqual(t.rows, u.rows) || len(t.years) != len(u.years) ||
		t.unplaced.cases != u.unplaced.cases || t.unplaced.events != u.unplaced.events || !rowsEqual(t.unplaced.rows, u.unplaced.rows) {
		return false
	}
	for i := range t.years {
		a, b := t.years[i], u.years[i]
		if a.year != b.year || a.cases != b.cases || a.events != b.events || !rowsEqual(a.rows, b.rows) {
			return false
		}
	}
	return true
}

func rowsEqual(a, b []row) bool {
	return slices.EqualFunc(a, b, func(x, y row) bool {
		return x.slot == y.slot && x.cur == y.cur && x.n == y.n && x.minor == y.minor &&
			(x.exact == nil) == (y.exact == nil) && (x.exact == nil || x.exact.Equal(*y.exact))
	})
}

// In returns the sum at stage s in all currencies, converted into the
// currency to with r and rounded once, to places decimal places half away
// from zero, by the rule of [Rates.Convert]: the terms are converted and
// added exactly, and only their sum is rounded. A currency for which r has
// no rate to or from to is an error: every such currency is reported, each
// as a *MissingRateError, and no partial sum is returned. An invalid stage
// is an error wrapping ErrInvalid.
func (t Totals) In(s Stage, to Currency, r Rates, places int32) (Amount, error) {
	v, err := t.in(s, to, r)
	if err != nil {
		return Amount{}, err
	}
	return mkAmount(roundRat(v, clampPlaces(places)), to), nil
}

// in returns the exact sum at stage s in to.
func (t Totals) in(s Stage, to Currency, r Rates) (*big.Rat, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("assetrecovery: totals of stage %v: %w", s, convention.ErrInvalid)
	}
	if !to.IsValid() {
		return nil, fmt.Errorf("assetrecovery: totals of stage %v: converting into no currency: %w", s, ErrNoCurrency)
	}
	slot := uint8(s)
	var errs []error
	sum := new(big.Rat)
	for _, row := range t.rows {
		if row.slot != slot {
			continue
		}
		v, err := r.exact(row.amount(), to)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sum.Add(sum, v)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return sum, nil
}

// Ratio returns the sum at stage num divided by the sum at stage den, both
// converted into the currency to with r as In does and divided exactly,
// rounded once to places decimal places half away from zero:
// Ratio(Returned, Frozen, usd, r, 4) is the share of frozen value that was
// returned. A zero denominator is [ErrDivisionByZero]; missing rates and
// invalid stages are reported as by In.
func (t Totals) Ratio(num, den Stage, to Currency, r Rates, places int32) (decimal.Decimal, error) {
	n, err := t.in(num, to, r)
	if err != nil {
		return decimal.Decimal{}, err
	}
	d, err := t.in(den, to, r)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if d.Sign() == 0 {
		return decimal.Decimal{}, ErrDivisionByZero
	}
	return roundRat(n.Quo(n, d), clampPlaces(places)), nil
}

// MarshalJSON refuses to marshal: Totals are computed, not stored. Store the
// cases (their fields marshal as text) and Sum them again, which is exact and
// cheap; a Totals marshalled as {} would silently lose every sum.
func (t Totals) MarshalJSON() ([]byte, error) {
	return nil, errors.New("assetrecovery: Totals are not serialized; store the cases and Sum them")
}
