package needs

import (
	"errors"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/uncac-go/uncac/convention"
)

// An Assistance records technical assistance delivered to a State: who
// provided it, in what area, over what period, and what came of it.
// Assistance values are comparable.
type Assistance struct {
	State    convention.State // the State (or jurisdiction) assisted
	Provider string           // who provided it, such as "StAR Initiative"
	// Category is the area of the assistance: legislative reform is
	// LegislativeDrafting, support to domestic coordination bodies is
	// InstitutionBuilding, training is CapacityBuilding, and so on.
	Category Category
	// Provision optionally cites the provision of the Convention the
	// assistance concerns; the zero Ref means none in particular.
	Provision convention.Ref
	// Start and End bound the period of the assistance, both inclusive; a
	// zero End means it is ongoing. Only the calendar dates count.
	Start, End time.Time
	Outcome    Outcome // what the assistance achieved, so far as reported
}

// During reports whether the period of a overlaps the period from start to
// end, both inclusive. A zero end means no end. Like the periods of
// Assistance, it compares calendar dates, each read in its own location, so
// a record that starts at noon on the last day is still during the period.
func (a Assistance) During(start, end time.Time) bool {
	if !end.IsZero() && dayOf(a.Start).After(dayOf(end)) {
		return false
	}
	return a.End.IsZero() || !dayOf(a.End).Before(dayOf(start))
}

// dayOf returns the calendar date of t, in t's location, as midnight UTC,
// so that dates from different locations compare as dates.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// An Outcome is what assistance achieved, so far as reported. The zero
// Outcome is invalid.
type Outcome uint8

// The outcomes.
const (
	// Delivered: the assistance was delivered; no further result is
	// reported (yet).
	Delivered Outcome = 1 + iota
	// LawAdopted: the State adopted a new law or an amendment.
	LawAdopted
	// MechanismEstablished: the State set up a new agency, institution or
	// coordination mechanism.
	MechanismEstablished
	// PolicyAdopted: the State adopted a strategy, policy or action plan.
	PolicyAdopted
	// AssetsRecovered: a case was concluded or assets were recovered.
	AssetsRecovered
)

// NumOutcomes is the number of outcomes. Valid outcomes run from 1 to
// NumOutcomes.
const NumOutcomes = 5

// ErrUnknownOutcome reports text that names no Outcome.
var ErrUnknownOutcome = errors.New("unknown outcome")

var outcomeNames = [NumOutcomes + 1]string{
	"", "delivered", "law adopted", "mechanism established", "policy adopted", "assets recovered",
}

// IsValid reports whether o is one of the outcomes.
func (o Outcome) IsValid() bool { return o >= 1 && o <= NumOutcomes }

// String returns the outcome's name: "delivered", "law adopted",
// "mechanism established", "policy adopted" or "assets recovered". Other
// values print as "%!Outcome(n)".
func (o Outcome) String() string {
	if !o.IsValid() {
		return "%!Outcome(" + strconv.Itoa(int(o)) + ")"
	}
	return outcomeNames[o]
}

// Outcomes returns an iterator over the outcomes in order.
func Outcomes() iter.Seq[Outcome] {
	return func(yield func(Outcome) bool) {
		for o := Outcome(1); o <= NumOutcomes; o++ {
			if !yield(o) {
				return
			}
		}
	}
}

// ParseOutcome parses an outcome's name as String prints it, in any case,
// with hyphens, underscores and spaces interchangeable. Anything else is a
// *ParseError wrapping ErrUnknownOutcome.
func ParseOutcome(s string) (Outcome, error) {
	t := normCategory(s)
	for o := Outcome(1); o <= NumOutcomes; o++ {
		if t == outcomeNames[o] {
			return o, nil
		}
	}
	return 0, &ParseError{What: "outcome", Input: s, Err: ErrUnknownOutcome}
}

// AppendText implements encoding.TextAppender, appending the name as String
// prints it. The zero Outcome appends nothing; other invalid values are an
// error.
func (o Outcome) AppendText(b []byte) ([]byte, error) {
	if o == 0 {
		return b, nil
	}
	if !o.IsValid() {
		return b, &ParseError{What: "outcome", Input: o.String(), Err: ErrUnknownOutcome}
	}
	return append(b, outcomeNames[o]...), nil
}

// MarshalText implements encoding.TextMarshaler, giving the name as String
// prints it. The zero Outcome marshals as empty text; other invalid values
// are an error.
func (o Outcome) MarshalText() ([]byte, error) { return o.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseOutcome accepts. Empty text gives the zero Outcome.
func (o *Outcome) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*o = 0
		return nil
	}
	v, err := ParseOutcome(string(text))
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// A Share is a part of a whole counted exactly, as reports write "four of
// the 11 States": Part of Whole. It is a fraction, not a float; Rate gives
// the float on request.
type Share struct {
	Part, Whole int
}

// String returns the share as "4 of 11".
func (s Share) String() string {
	return strconv.Itoa(s.Part) + " of " + strconv.Itoa(s.Whole)
}

// Rate returns Part/Whole, and false if Whole is zero.
func (s Share) Rate() (float64, bool) {
	if s.Whole == 0 {
		return 0, false
	}
	return float64(s.Part) / float64(s.Whole), true
}

// An AssistanceSummary holds the figures that TallyAssistance computes from
// assistance records: the distinct States assisted, in total and per
// category, and per category and outcome. Like Summary, it is plain
// comparable data, its zero value summarizes no records, and summaries of
// parts Merge into the summary of the whole.
type AssistanceSummary struct {
	records   int
	skipped   int
	states    stateSet
	byCat     [NumCategories + 1]stateSet
	byOutcome [NumCategories + 1][NumOutcomes + 1]stateSet
}

// TallyAssistance summarizes the assistance records of seq in one pass.
// Records with a zero State, or a zero or unknown category or outcome, are
// not counted but tallied by Skipped; ValidateAssistance explains them. To count one
// provider's assistance over one period, filter the records first (see
// Assistance.During).
func TallyAssistance(seq iter.Seq[Assistance]) *AssistanceSummary {
	s := new(AssistanceSummary)
	if seq == nil {
		return s
	}
	for a := range seq {
		s.Add(a)
	}
	return s
}

// Add counts one more record, as TallyAssistance would.
func (s *AssistanceSummary) Add(a Assistance) {
	i := a.State.Index()
	if i < 0 || !a.Category.IsValid() || !a.Outcome.IsValid() {
		s.skipped++
		return
	}
	s.records++
	s.states.add(i)
	s.byCat[a.Category].add(i)
	s.byOutcome[a.Category][a.Outcome].add(i)
}

// Merge adds the records summarized by o to s. A nil o adds nothing.
func (s *AssistanceSummary) Merge(o *AssistanceSummary) {
	if o == nil {
		return
	}
	s.records += o.records
	s.skipped += o.skipped
	s.states.union(&o.states)
	for c := range s.byCat {
		s.byCat[c].union(&o.byCat[c])
		for k := range s.byOutcome[c] {
			s.byOutcome[c][k].union(&o.byOutcome[c][k])
		}
	}
}

// Records returns the number of records counted.
func (s *AssistanceSummary) Records() int { return s.records }

// Skipped returns the number of records not counted because they were not
// well formed.
func (s *AssistanceSummary) Skipped() int { return s.skipped }

// States returns the number of distinct States assisted.
func (s *AssistanceSummary) States() int { return s.states.len() }

// Category returns the number of distinct States that received assistance
// of kind c.
func (s *AssistanceSummary) Category(c Category) int {
	if !c.IsValid() {
		return 0
	}
	return s.byCat[c].len()
}

// Outcome returns, among the States that received assistance of kind c, how
// many reached outcome o with it: "of the 11 States receiving assistance on
// legislative reform, four had adopted new laws" is
// Outcome(LegislativeDrafting, LawAdopted) = 4 of 11. A State counts once
// however many records it has.
func (s *AssistanceSummary) Outcome(c Category, o Outcome) Share {
	if !c.IsValid() || !o.IsValid() {
		return Share{}
	}
	return Share{Part: s.byOutcome[c][o].len(), Whole: s.byCat[c].len()}
}

// ValidateAssistance checks every record of a batch and returns nil if all
// are sound, or else ValidationErrors, one *ValidationError per problem, in the
// order of the records. It reports a zero State, category, outcome, start or
// provider (ErrMissing), a category or outcome out of range (ErrInvalid),
// and a period that ends on a day before the day it starts (ErrPeriod). The
// State need not be a party: assistance reaches territories too.
func ValidateAssistance(records []Assistance) error {
	var errs ValidationErrors
	bad := func(i int, field, value string, kind error) {
		errs = append(errs, &ValidationError{Index: i, Field: field, Value: value, Err: kind})
	}
	for i, a := range records {
		if !a.State.IsValid() {
			bad(i, "State", "", ErrMissing)
		}
		if strings.TrimSpace(a.Provider) == "" {
			bad(i, "Provider", "", ErrMissing)
		}
		switch {
		case a.Category == 0:
			bad(i, "Category", "", ErrMissing)
		case !a.Category.IsValid():
			bad(i, "Category", a.Category.String(), ErrInvalid)
		}
		switch {
		case a.Outcome == 0:
			bad(i, "Outcome", "", ErrMissing)
		case !a.Outcome.IsValid():
			bad(i, "Outcome", a.Outcome.String(), ErrInvalid)
		}
		if a.Start.IsZero() {
			bad(i, "Start", "", ErrMissing)
		} else if !a.End.IsZero() && dayOf(a.End).Before(dayOf(a.Start)) {
			bad(i, "End", a.End.Format(time.DateOnly), ErrPeriod)
		}
	}
	return errs.result()
}
