package review

import (
	"errors"
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/uncac-go/uncac/convention"
)

// An ID identifies a country review: the State under review and the cycle
// in which it is reviewed. Each State is reviewed once per cycle, so the
// pair is unique. IDs are comparable and can be used as map keys; this is
// how other packages (needs, for one) link their records to a review
// without this package knowing about them.
//
// The text form, which String prints and ParseID reads, is the State's code
// and the cycle's name joined by a slash: "KEN/first". The zero ID is
// invalid.
type ID struct {
	State convention.State // the State under review
	Cycle Cycle            // the cycle of the review
}

// IsValid reports whether both the State and the Cycle of id are valid.
func (id ID) IsValid() bool { return id.State.IsValid() && id.Cycle.IsValid() }

// String returns the text form, "KEN/first". The zero ID prints as
// "invalid ID"; an ID with one invalid part prints that part as its own
// String does, as in "KEN/%!Cycle(9)".
func (id ID) String() string {
	if id == (ID{}) {
		return "invalid ID"
	}
	var c string
	if id.Cycle.IsValid() {
		c = cycleTable[id.Cycle].name
	} else {
		c = id.Cycle.String()
	}
	return id.State.String() + "/" + c
}

// Compare returns -1, 0 or +1 as id sorts before, with or after other:
// by cycle first, then by the State's code. It suits slices.SortFunc, and is
// the order in which this package lists reviews.
func (id ID) Compare(other ID) int {
	if c := id.Cycle.Compare(other.Cycle); c != 0 {
		return c
	}
	return id.State.Compare(other.State)
}

// AppendText implements encoding.TextAppender, appending the text form.
// The zero ID appends nothing; another invalid ID is an error.
func (id ID) AppendText(b []byte) ([]byte, error) {
	if id == (ID{}) {
		return b, nil
	}
	if !id.IsValid() {
		return b, errors.New("review: marshaling invalid ID " + id.String())
	}
	b = append(b, id.State.String()...)
	b = append(b, '/')
	return append(b, cycleTable[id.Cycle].name...), nil
}

// MarshalText implements encoding.TextMarshaler with the text form,
// "KEN/first". The zero ID marshals as empty text.
func (id ID) MarshalText() ([]byte, error) { return id.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler, accepting what ParseID
// accepts. Empty text gives the zero ID.
func (id *ID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = ID{}
		return nil
	}
	v, err := ParseID(string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// ParseID parses an ID in its text form: a State code, a slash and a cycle,
// as in "KEN/first". The code is read as convention.ParseState reads it and
// the cycle as ParseCycle does, so "ken/1" and "KEN / second cycle" are
// accepted too. Text without a slash is an error wrapping
// convention.ErrSyntax; an unknown code wraps convention.ErrUnknown and
// an unknown cycle ErrUnknownCycle.
func ParseID(s string) (ID, error) {
	code, cyc, ok := strings.Cut(s, "/")
	if !ok {
		return ID{}, &ParseError{What: "ID", Input: s, Reason: "no slash between State and cycle", Err: convention.ErrSyntax}
	}
	st, err := convention.ParseState(code)
	if err != nil {
		kind := convention.ErrSyntax
		if pe, ok := errors.AsType[*convention.ParseError](err); ok {
			kind = pe.Err
		}
		return ID{}, &ParseError{What: "ID", Input: s, Reason: "State " + strconv.Quote(code) + ": " + kind.Error(), Err: kind}
	}
	c, err := ParseCycle(cyc)
	if err != nil {
		return ID{}, &ParseError{What: "ID", Input: s, Reason: "unknown cycle " + strconv.Quote(cyc), Err: ErrUnknownCycle}
	}
	return ID{State: st, Cycle: c}, nil
}

// MustParseID is like ParseID but panics if s is not an ID. It is meant for
// constants in programs and tests.
func MustParseID(s string) ID {
	id, err := ParseID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// A Review is one country review: the State under review, the cycle, the two
// reviewing States drawn by lot, the year of the drawing, the milestones the
// review has reached, and its findings.
//
// Reviews contain a slice and so are not comparable with ==; compare them
// with Equal, which go-cmp also uses.
type Review struct {
	// ID identifies the review: the State under review and the cycle.
	ID ID
	// Reviewers are the two reviewing States parties drawn by lot. The
	// terms of reference want them distinct, neither of them the State
	// under review, and one of them from its regional group.
	Reviewers [2]convention.State
	// LotsYear is the year of the drawing of lots that paired this review
	// with its reviewers, by which reviews are grouped into the years of a
	// cycle. The day of the drawing, where known, is the date of the Drawn
	// milestone, which must fall within LotsYear.
	LotsYear int
	// Steps records, for each milestone, whether the review had reached it
	// when the record was made and on what day: Steps[m] is milestone m,
	// so that review.Steps[review.Drawn] reads naturally. Steps[0] is
	// ignored. A milestone not shown as reached is taken as not reached on
	// any date.
	Steps [NumMilestones + 1]Step
	// Findings are what the review found, provision by provision.
	Findings []Finding
}

// A Step records whether a review reached a milestone and, if the date is
// known, the day on which it did. Only the calendar date of Date counts, as
// Date.Date reports it in Date's own location; the time of day is ignored.
//
// The zero Step means not reached. A Step that is Reached with a zero Date
// means reached on an unknown date; Undated makes one, and On makes a dated
// one.
type Step struct {
	Reached bool
	Date    time.Time // the day, or the zero Time if unknown
}

// On returns the Step of a milestone reached on the calendar date of t. The
// zero t gives a milestone reached on an unknown date.
func On(t time.Time) Step { return Step{Reached: true, Date: t} }

// Undated returns the Step of a milestone reached on an unknown date.
func Undated() Step { return Step{Reached: true} }

// Known reports whether s was reached on a known date.
func (s Step) Known() bool { return s.Reached && !s.Date.IsZero() }

// String returns "not reached", "reached, date unknown" or the date as
// "2011-03-15".
func (s Step) String() string {
	switch {
	case !s.Reached && s.Date.IsZero():
		return "not reached"
	case !s.Reached:
		return "not reached (dated " + s.Date.Format(time.DateOnly) + ")"
	case s.Date.IsZero():
		return "reached, date unknown"
	}
	return s.Date.Format(time.DateOnly)
}

// AppendText implements encoding.TextAppender. A Step's text is empty when
// not reached, "reached" when reached on an unknown date, and the date
// ("2011-03-15") when reached on a known one; the inconsistent Step that is
// not reached but dated, which Validate reports, is "not reached 2011-03-15",
// so that no record is lost in a round trip.
func (s Step) AppendText(b []byte) ([]byte, error) {
	switch {
	case !s.Reached && s.Date.IsZero():
		return b, nil
	case !s.Reached:
		return s.Date.AppendFormat(append(b, "not reached "...), time.DateOnly), nil
	case s.Date.IsZero():
		return append(b, "reached"...), nil
	}
	return s.Date.AppendFormat(b, time.DateOnly), nil
}

// MarshalText implements encoding.TextMarshaler; see AppendText for the
// forms.
func (s Step) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads the forms
// AppendText writes and those String prints ("not reached", "reached, date
// unknown"); a date gives a Step reached on that day, at midnight UTC.
func (s *Step) UnmarshalText(text []byte) error {
	t := strings.TrimSpace(string(text))
	switch t {
	case "", "not reached":
		*s = Step{}
		return nil
	case "reached", "reached, date unknown":
		*s = Undated()
		return nil
	}
	reached := true
	if rest, ok := strings.CutPrefix(t, "not reached "); ok {
		reached, t = false, strings.TrimSpace(rest)
	}
	d, err := time.Parse(time.DateOnly, t)
	if err != nil {
		return &ParseError{What: "step", Input: string(text),
			Reason: `want a date such as 2011-03-15, "reached" or ""`, Err: convention.ErrSyntax}
	}
	*s = Step{Reached: reached, Date: d}
	return nil
}

// A Milestone is a stage in the life of a country review. The milestones
// are ordered as a review passes through them, so Compare and the <
// operator say which comes first. The zero Milestone means none: a review
// not yet drawn.
type Milestone uint8

// The milestones, in the order in which a review reaches them.
const (
	// Drawn: the reviewing States were drawn by lot.
	Drawn Milestone = 1 + iota
	// FocalPoint: the State under review named its focal point.
	FocalPoint
	// SelfAssessment: the State under review submitted its response to the
	// self-assessment checklist.
	SelfAssessment
	// DeskReview: the reviewing experts completed their desk review of the
	// response.
	DeskReview
	// CountryVisit: the country visit, or a joint meeting in Vienna
	// instead, took place.
	CountryVisit
	// SummaryFinalized: the executive summary was finalized. This is what
	// UNODC statistics count as a finalized review, and what
	// Review.Finalized reports.
	SummaryFinalized
	// ReportFinalized: the full country review report was finalized.
	ReportFinalized
	// Published: the country review report was published, which happens
	// only if the State under review agrees.
	Published
)

// NumMilestones is the number of milestones. Valid milestones run from 1 to
// NumMilestones, so an array of NumMilestones+1 elements can be indexed by
// Milestone directly.
const NumMilestones = 8

// ErrUnknownMilestone reports text that does not name a milestone.
var ErrUnknownMilestone = errors.New("unknown milestone")

var milestoneNames = [NumMilestones + 1]string{
	"",
	"drawn",
	"focal point",
	"self-assessment",
	"desk review",
	"country visit",
	"summary finalized",
	"report finalized",
	"published",
}

// IsValid reports whether m is one of the eight milestones.
func (m Milestone) IsValid() bool { return m >= 1 && m <= NumMilestones }

// String returns the milestone's short name: "drawn", "focal point",
// "self-assessment", "desk review", "country visit", "summary finalized",
// "report finalized" or "published". The zero Milestone prints as "none";
// other invalid values print as "%!Milestone(n)".
func (m Milestone) String() string {
	if m == 0 {
		return "none"
	}
	if !m.IsValid() {
		return "%!Milestone(" + strconv.Itoa(int(m)) + ")"
	}
	return milestoneNames[m]
}

// Compare returns -1, 0 or +1 as m comes before, is, or comes after n in a
// review's life.
func (m Milestone) Compare(n Milestone) int {
	switch {
	case m < n:
		return -1
	case m > n:
		return +1
	}
	return 0
}

// Milestones returns an iterator over the eight milestones in order.
func Milestones() iter.Seq[Milestone] {
	return func(yield func(Milestone) bool) {
		for m := Milestone(1); m <= NumMilestones; m++ {
			if !yield(m) {
				return
			}
		}
	}
}

// ParseMilestone parses a milestone's name as String prints it, in any case,
// with hyphens, underscores and spaces interchangeable ("summary_finalized",
// "Focal-Point"). "none" gives the zero Milestone. Anything else is an error
// wrapping ErrUnknownMilestone.
func ParseMilestone(s string) (Milestone, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.NewReplacer("_", " ", "-", " ").Replace(t)
	t = strings.Join(strings.Fields(t), " ")
	if t == "none" {
		return 0, nil
	}
	for m := Milestone(1); m <= NumMilestones; m++ {
		if t == strings.ReplaceAll(milestoneNames[m], "-", " ") {
			return m, nil
		}
	}
	return 0, &ParseError{What: "milestone", Input: s, Err: ErrUnknownMilestone}
}

// AppendText implements encoding.TextAppender, appending the name as String
// prints it. The zero Milestone appends nothing; other invalid values are an
// error.
func (m Milestone) AppendText(b []byte) ([]byte, error) {
	if m == 0 {
		return b, nil
	}
	if !m.IsValid() {
		return b, &ParseError{What: "milestone", Input: m.String(), Err: ErrUnknownMilestone}
	}
	return append(b, milestoneNames[m]...), nil
}

// MarshalText implements encoding.TextMarshaler, giving the name as String
// prints it. The zero Milestone marshals as empty text.
func (m Milestone) MarshalText() ([]byte, error) { return m.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseMilestone accepts. Empty text gives the zero Milestone.
func (m *Milestone) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*m = 0
		return nil
	}
	v, err := ParseMilestone(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Equal reports whether r and o record the same review: the same ID,
// reviewers, year of drawing and findings, and the same milestones reached
// on the same calendar dates (the time of day and location are ignored, as
// everywhere in this package). It lets go-cmp compare Reviews, whose
// identifiers have unexported fields.
func (r Review) Equal(o Review) bool {
	if r.ID != o.ID || r.Reviewers != o.Reviewers || r.LotsYear != o.LotsYear ||
		!slices.Equal(r.Findings, o.Findings) {
		return false
	}
	for m := Drawn; m <= NumMilestones; m++ {
		if !r.Steps[m].equal(o.Steps[m]) {
			return false
		}
	}
	return true
}

func (s Step) equal(t Step) bool {
	if s.Reached != t.Reached || s.Date.IsZero() != t.Date.IsZero() {
		return false
	}
	return s.Date.IsZero() || dayOf(s.Date) == dayOf(t.Date)
}
