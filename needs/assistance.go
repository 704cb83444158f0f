package needs

import (
	"errors"
	"fmt"
	"iter"
	"strconv"
	"time"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/textnorm"
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

// numOutcomes is the number of outcomes: valid outcomes run from 1 to
// numOutcomes.
const numOutcomes = 5

var outcomeNames = [numOutcomes + 1]string{
	"", "delivered", "law adopted", "mechanism established", "policy adopted", "assets recovered",
}

// IsValid reports whether o is one of the outcomes.
func (o Outcome) IsValid() bool { return o >= 1 && o <= numOutcomes }

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
		for o := Outcome(1); o <= numOutcomes; o++ {
			if !yield(o) {
				return
			}
		}
	}
}

// ParseOutcome parses an outcome's name as String prints it, in any case,
// with hyphens, underscores and spaces interchangeable and surrounding space
// ignored, and the other words reports use: "provided", "completed"
// (delivered); "legislation adopted", "law enacted" (law adopted);
// "institution established" (mechanism established); "strategy adopted",
// "action plan adopted" (policy adopted); "assets returned" (assets
// recovered). A status is no outcome: "in progress" and "pending" are
// errors. It does not allocate when s names an outcome. Text that names no
// outcome is a *[convention.ParseError] wrapping [convention.ErrUnknown];
// text longer than 100 bytes one wrapping [convention.ErrRange].
func ParseOutcome(s string) (Outcome, error) {
	var buf [maxNameLen]byte
	key, start, ok := nameKey(&buf, s)
	if !ok {
		return 0, &convention.ParseError{Func: "needs.ParseOutcome", Input: s, Offset: maxNameLen,
			Err: fmt.Errorf("%w: longer than %d bytes", convention.ErrRange, maxNameLen)}
	}
	switch string(key) {
	case "delivered":
		return Delivered, nil
	case "law adopted":
		return LawAdopted, nil
	case "mechanism established":
		return MechanismEstablished, nil
	case "policy adopted":
		return PolicyAdopted, nil
	case "assets recovered":
		return AssetsRecovered, nil
	case "provided", "completed", "assistance delivered", "assistance provided":
		return Delivered, nil
	case "laws adopted", "new law adopted", "new laws adopted", "legislation adopted", "new legislation adopted",
		"law enacted", "laws enacted", "legislation enacted", "law passed", "legislation passed":
		return LawAdopted, nil
	case "institution established", "body established", "agency established", "unit established",
		"mechanism created", "institution created", "body created":
		return MechanismEstablished, nil
	case "strategy adopted", "national strategy adopted", "action plan adopted", "policies adopted",
		"anti corruption strategy adopted":
		return PolicyAdopted, nil
	case "assets returned", "assets repatriated", "recovered assets":
		return AssetsRecovered, nil
	}
	return 0, &convention.ParseError{Func: "needs.ParseOutcome", Input: s, Offset: start,
		Err: fmt.Errorf("%w outcome", convention.ErrUnknown)}
}

// MarshalText implements encoding.TextMarshaler, giving the name as String
// prints it. The zero Outcome marshals as empty text; any other invalid
// value is an error wrapping [convention.ErrInvalid].
func (o Outcome) MarshalText() ([]byte, error) {
	if o == 0 {
		return nil, nil
	}
	if !o.IsValid() {
		return nil, marshalError(o)
	}
	return []byte(outcomeNames[o]), nil
}

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

// An AssistanceSummary holds what [TallyAssistance] reads from assistance
// records: which States received assistance of each kind, and which of
// them reached each outcome with it. Like [Summary], it is plain comparable
// data, never modified once made, its zero value summarizes no records, and
// summaries of parts Merge into the summary of the whole. It has no JSON
// form (see [AssistanceSummary.MarshalJSON]).
type AssistanceSummary struct {
	records int
	skipped int
	// sets holds the States assisted by category and outcome, each less
	// one.
	sets [numCategories][numOutcomes]stateSet
}

// TallyAssistance summarizes the assistance records of seq in one pass.
// Records with a zero State, or a zero or unknown category or outcome, are
// not counted but tallied by Skipped; [ValidateAssistance] explains them.
// To count one provider's assistance over one period, filter the records
// first (see [Assistance.During]).
func TallyAssistance(seq iter.Seq[Assistance]) *AssistanceSummary {
	s := new(AssistanceSummary)
	if seq == nil {
		return s
	}
	for a := range seq {
		i, c, o := uint(a.State.Index()), uint(a.Category)-1, uint(a.Outcome)-1
		if i >= convention.NumStates || c >= numCategories || o >= numOutcomes {
			s.skipped++
			continue
		}
		s.records++
		s.sets[c][o][i>>6%stateWords] |= 1 << (i & 63)
	}
	return s
}

// Merge returns the summary of the records summarized by s and by o
// together, leaving both unchanged. A nil AssistanceSummary counts as empty.
func (s *AssistanceSummary) Merge(o *AssistanceSummary) *AssistanceSummary {
	m := new(AssistanceSummary)
	if s != nil {
		*m = *s
	}
	if o == nil {
		return m
	}
	m.records += o.records
	m.skipped += o.skipped
	for c := range m.sets {
		for k := range m.sets[c] {
			m.sets[c][k].union(&o.sets[c][k])
		}
	}
	return m
}

// MarshalJSON returns an error: an AssistanceSummary has no JSON form, so
// that encoding/json never writes {} for it in silence. Marshal the records
// instead.
func (AssistanceSummary) MarshalJSON() ([]byte, error) {
	return nil, errors.New("needs: an AssistanceSummary has no JSON form; marshal the records")
}

// Records returns the number of records counted.
func (s *AssistanceSummary) Records() int { return s.records }

// Skipped returns the number of records not counted because they were not
// well formed.
func (s *AssistanceSummary) Skipped() int { return s.skipped }

// States returns the number of distinct States that received assistance of
// kind c and reached outcome o with it, where a zero c means any kind and a
// zero o any outcome; an invalid non-zero c or o counts nothing. So
// States(0, 0) is the number of States assisted, and "of the 11 States
// receiving assistance on legislative reform, four had adopted new laws" is
// States(LegislativeDrafting, LawAdopted) = 4 of States(LegislativeDrafting,
// 0) = 11. A State counts once however many records it has.
func (s *AssistanceSummary) States(c Category, o Outcome) int {
	if c != 0 && !c.IsValid() || o != 0 && !o.IsValid() {
		return 0
	}
	var u stateSet
	for ci := range s.sets {
		if c != 0 && Category(ci+1) != c {
			continue
		}
		for oi := range s.sets[ci] {
			if o == 0 || Outcome(oi+1) == o {
				u.union(&s.sets[ci][oi])
			}
		}
	}
	return u.len()
}

// ValidateAssistance checks every record of a batch and returns nil if all
// are sound, or else [convention.ValidationErrors], one
// *[convention.ValidationError] for every problem of every record, in the
// order of the records. It reports a zero State, category, outcome, start or
// provider ([convention.ErrMissing]), a category or outcome out of range
// ([convention.ErrInvalid]), and a period that ends on a day before the day
// it starts ([ErrPeriod]). The State need not be a party: assistance reaches
// territories too.
func ValidateAssistance(records []Assistance) error {
	var ps problems
	for i, a := range records {
		if !a.State.IsValid() {
			ps.add(i, "State", convention.ErrMissing)
		}
		if textnorm.TrimLeft(a.Provider) == "" {
			ps.add(i, "Provider", convention.ErrMissing)
		}
		switch {
		case a.Category == 0:
			ps.add(i, "Category", convention.ErrMissing)
		case !a.Category.IsValid():
			ps.add(i, "Category", fmt.Errorf("%w: %v", convention.ErrInvalid, a.Category))
		}
		switch {
		case a.Outcome == 0:
			ps.add(i, "Outcome", convention.ErrMissing)
		case !a.Outcome.IsValid():
			ps.add(i, "Outcome", fmt.Errorf("%w: %v", convention.ErrInvalid, a.Outcome))
		}
		if a.Start.IsZero() {
			ps.add(i, "Start", convention.ErrMissing)
		} else if !a.End.IsZero() && dayOf(a.End).Before(dayOf(a.Start)) {
			ps.add(i, "End", fmt.Errorf("%s: %w", a.End.Format(time.DateOnly), ErrPeriod))
		}
	}
	return ps.result()
}
