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
	Holder convention.State // cases with Holder among their holding jurisdictions
	Avenue Avenue           // cases pursued by Avenue
	// From and To bound the period, ends included: only events whose
	// calendar date lies between them count. Only the date counts, as
	// t.Date reports it in t's own location. A zero bound leaves that end
	// open.
	From, To time.Time
}

func (f *Filter) matchCase(c *Case) bool {
	return (!f.Origin.IsValid() || c.Origin == f.Origin) &&
		(!f.Holder.IsValid() || c.HeldIn(f.Holder)) &&
		(f.Avenue == 0 || c.Avenue == f.Avenue)
}

// A Total is the sum of the amounts at one stage in one currency.
type Total struct {
	Stage  Stage
	Amount Amount // the sum, in one currency
	Count  int    // the number of events summed
}

// Totals summarizes cases: for each stage and each currency, the sum of the
// amounts and the number of events, overall and by calendar year; and for
// returns the expenses deducted under article 57(4). Stages are never added
// together (a frozen dollar may later be the same dollar confiscated and
// returned) and currencies are never mixed: converting into one currency
// takes a Rates, through In and Ratio.
//
// Totals is plain data, read through its methods. Sum and SumSeq make it;
// Merge adds two; Diff subtracts one from another. It is immutable, so it is
// safe for concurrent use. The zero Totals sums nothing.
type Totals struct {
	rows    []row // all years; sorted by slot, then currency
	years   []yearRows
	cases   int
	events  int
	skipped int
}

type yearRows struct {
	year          int
	cases, events int
	rows          []row
}

// A row is one sum: slot is a Stage, or expensesSlot.
type row struct {
	slot  uint8
	cur   Currency
	value decimal.Decimal
	n     int
}

const (
	expensesSlot = NumStages + 1
	numSlots     = NumStages + 1
)

func compareRows(a, b row) int {
	if c := cmp.Compare(a.slot, b.slot); c != 0 {
		return c
	}
	return a.cur.Compare(b.cur)
}

// accum adds amounts of one currency exactly, in integer minor units while
// they fit in an int64. Only values that are not whole minor units (or are
// too large for an int64) and overflows go to the slow exact path.
type accum struct {
	n     int
	minor int64
	ext   *accumExt
}

type accumExt struct {
	over big.Int         // minor units that overflowed minor
	rest decimal.Decimal // values not in whole minor units, exactly
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

// add adds x.
func (a *accum) add(x *Amount) {
	if !a.addWhole(x) {
		a.addExact(x)
	}
}

// addWhole adds x and reports true if x is a whole number of minor units
// and the sum stays within an int64, as nearly every amount does; otherwise
// it changes nothing. It is small enough to be inlined into Sum's loop.
func (a *accum) addWhole(x *Amount) bool {
	// An int64 sum overflows exactly when its sign differs from the signs
	// of both terms.
	if s := a.minor + x.units; x.whole && (a.minor^s)&(x.units^s) >= 0 {
		a.minor = s
		a.n++
		return true
	}
	return false
}

// addExact adds x when addWhole cannot.
func (a *accum) addExact(x *Amount) {
	a.n++
	if x.whole {
		a.addMinor(x.units)
		return
	}
	if a.ext == nil {
		a.ext = new(accumExt)
	}
	a.ext.rest = a.ext.rest.Add(x.value)
}

func (a *accum) addMinor(m int64) {
	s := a.minor + m
	if (m > 0 && s < a.minor) || (m < 0 && s > a.minor) {
		if a.ext == nil {
			a.ext = new(accumExt)
		}
		var t big.Int
		a.ext.over.Add(&a.ext.over, t.SetInt64(a.minor))
		s = m
	}
	a.minor = s
}

// merge adds b into a.
func (a *accum) merge(b *accum) {
	a.n += b.n
	a.addMinor(b.minor)
	if b.ext != nil {
		if a.ext == nil {
			a.ext = new(accumExt)
		}
		a.ext.over.Add(&a.ext.over, &b.ext.over)
		a.ext.rest = a.ext.rest.Add(b.ext.rest)
	}
}

// value returns the exact sum.
func (a *accum) value(scale int32) decimal.Decimal {
	v := decimal.New(a.minor, -scale)
	if a.ext != nil {
		if a.ext.over.Sign() != 0 {
			v = v.Add(decimal.NewFromBigInt(&a.ext.over, -scale))
		}
		v = v.Add(a.ext.rest)
	}
	return v
}

type yearAccum struct {
	year          int
	cases, events int
	lastCase      int
	slots         [numSlots * NumCurrencies]accum
}

func slotIndex(slot uint8, c Currency) int { return (int(slot)-1)*NumCurrencies + int(c.idx) - 1 }

// Sum adds up the amounts of the events that f selects, per stage and per
// currency, overall and by year, in one pass. Events that cannot be placed,
// because they have an invalid stage, no currency or no date, are left out
// and counted by Skipped; run Validate first to find them. Sum does not
// validate otherwise: a negative amount is added as it is. Expenses in a
// currency other than their return's are counted in their own currency.
//
// Sums are exact. Amounts that are whole numbers of minor units (cents for
// USD, yen for JPY) are added as 64-bit integers, without allocating; only
// finer or larger values take a slower exact path. Memory use does not
// depend on the number of events.
func Sum(cases []Case, f Filter) Totals {
	s := newSummer(f)
	for i := range cases {
		s.add(&cases[i])
	}
	return s.totals()
}

// SumSeq is Sum over the cases that seq yields, for cases that come from a
// decoder or a database cursor rather than a slice. A nil seq sums nothing.
func SumSeq(seq iter.Seq[Case], f Filter) Totals {
	s := newSummer(f)
	if seq != nil {
		for c := range seq {
			s.add(&c)
		}
	}
	return s.totals()
}

// A summer is the state of one pass of Sum.
type summer struct {
	f        Filter
	from, to int64 // the period of f in days, ends included
	years    yearIndex
	last     *yearAccum // the accumulators of the last event's year
	seen     int        // cases added so far, matched or not
	cases    int        // cases with at least one event summed
	skipped  int
}

func newSummer(f Filter) summer {
	s := summer{f: f, from: math.MinInt64, to: math.MaxInt64}
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
	for ei := range c.Events {
		e := &c.Events[ei]
		cur := e.Amount.cur
		if !e.Stage.IsValid() || !cur.IsValid() || e.Date.IsZero() {
			s.skipped++
			continue
		}
		day, y := dayNumber(e.Date)
		if day < s.from || day > s.to {
			continue
		}
		last := s.last
		if last == nil || last.year != y {
			last = s.years.get(y)
			s.last = last
		}
		if last.lastCase != ci {
			last.lastCase = ci
			last.cases++
		}
		last.events++
		counted = true
		// add, written out so that the common case is inlined.
		if a := &last.slots[slotIndex(uint8(e.Stage), cur)]; !a.addWhole(&e.Amount) {
			a.addExact(&e.Amount)
		}
		if e.Stage == Returned && e.Expenses.cur.IsValid() {
			last.slots[slotIndex(expensesSlot, e.Expenses.cur)].add(&e.Expenses)
		}
	}
	if counted {
		s.cases++
	}
}

// totals returns the sums so far, year by year and overall.
func (s *summer) totals() Totals {
	t := Totals{cases: s.cases, skipped: s.skipped}
	var all [numSlots * NumCurrencies]accum
	for ya := range s.years.all() {
		t.events += ya.events
		yr := yearRows{year: ya.year, cases: ya.cases, events: ya.events}
		for i := range ya.slots {
			a := &ya.slots[i]
			if a.n == 0 {
				continue
			}
			all[i].merge(a)
			yr.rows = append(yr.rows, slotRow(i, a))
		}
		t.years = append(t.years, yr)
	}
	for i := range all {
		if all[i].n > 0 {
			t.rows = append(t.rows, slotRow(i, &all[i]))
		}
	}
	return t
}

// yearIndex finds the accumulators of a year: directly for the years
// 1900 to 2155, through a map for others.
type yearIndex struct {
	dense [256]*yearAccum
	other map[int]*yearAccum
}

const firstDenseYear = 1900

func (x *yearIndex) get(y int) *yearAccum {
	if i := y - firstDenseYear; i >= 0 && i < len(x.dense) {
		if x.dense[i] == nil {
			x.dense[i] = &yearAccum{year: y, lastCase: -1}
		}
		return x.dense[i]
	}
	if x.other == nil {
		x.other = map[int]*yearAccum{}
	}
	a := x.other[y]
	if a == nil {
		a = &yearAccum{year: y, lastCase: -1}
		x.other[y] = a
	}
	return a
}

// all yields the accumulators in order of year.
func (x *yearIndex) all() iter.Seq[*yearAccum] {
	return func(yield func(*yearAccum) bool) {
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
			if !yield(x.other[y]) {
				return
			}
		}
		for _, a := range x.dense {
			if a != nil && !yield(a) {
				return
			}
		}
		for _, y := range after {
			if !yield(x.other[y]) {
				return
			}
		}
	}
}

func slotRow(i int, a *accum) row {
	cur := Currency{uint16(i%NumCurrencies + 1)}
	return row{slot: uint8(i/NumCurrencies + 1), cur: cur, value: a.value(cur.scale()), n: a.n}
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
	return mkAmount(r.value, c)
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

// Count returns the number of events summed at stage s in currency c. In a
// Diff it is the change in that number, which can be negative.
func (t Totals) Count(s Stage, c Currency) int {
	if !s.IsValid() {
		return 0
	}
	r, _ := t.find(uint8(s), c)
	return r.n
}

// Expenses returns the expenses deducted from returns in currency c under
// article 57(4).
func (t Totals) Expenses(c Currency) Amount { return t.amount(expensesSlot, c) }

// NetReturned returns the amounts returned in currency c less the expenses
// deducted from them: what the States of origin received.
func (t Totals) NetReturned(c Currency) Amount {
	a := t.amount(uint8(Returned), c)
	return mkAmount(a.value.Sub(t.amount(expensesSlot, c).value), a.cur)
}

// Stage returns an iterator over the sums at stage s, one per currency, in
// alphabetical order of currency.
func (t Totals) Stage(s Stage) iter.Seq[Amount] {
	return func(yield func(Amount) bool) {
		if !s.IsValid() {
			return
		}
		for _, r := range t.rows {
			if r.slot == uint8(s) && !yield(mkAmount(r.value, r.cur)) {
				return
			}
		}
	}
}

// All returns an iterator over every sum, by stage and then by currency.
// Expenses are not among them; see Expenses.
func (t Totals) All() iter.Seq[Total] {
	return func(yield func(Total) bool) {
		for _, r := range t.rows {
			if r.slot <= NumStages && !yield(Total{Stage(r.slot), mkAmount(r.value, r.cur), r.n}) {
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

// Year returns the totals of the events dated in year y alone. Its Skipped
// is zero: skipped events have no year.
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
			r := row{slot: a[i].slot, cur: a[i].cur, value: a[i].value.Add(b[j].value), n: a[i].n + b[j].n}
			if r.n != 0 || r.value.Sign() != 0 {
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
	n := Totals{rows: negRows(t.rows), cases: -t.cases, events: -t.events, skipped: -t.skipped}
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
	for i, r := range rs {
		out[i] = row{slot: r.slot, cur: r.cur, value: r.value.Neg(), n: -r.n}
	}
	return out
}

// Equal reports whether t and u hold the same sums, counts and years.
func (t Totals) Equal(u Totals) bool {
	if t.cases != u.cases || t.events != u.events || t.skipped != u.skipped ||
		!rowsEqual(t.rows, u.rows) || len(t.years) != len(u.years) {
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
		return x.slot == y.slot && x.cur == y.cur && x.n == y.n && x.value.Equal(y.value)
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
		return nil, fmt.Errorf("assetrecovery: totals of stage %v: %w", s, ErrInvalid)
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
		v, err := r.exact(mkAmount(row.value, row.cur), to)
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
// returned. A zero denominator is ErrDivisionByZero; missing rates and
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
