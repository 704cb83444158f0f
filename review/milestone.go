package review

import (
	"bytes"
	"cmp"
	"fmt"
	"iter"
	"strconv"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Milestone is a stage in the life of a country review. The milestones
// are ordered as a review passes through them, so Compare and the <
// operator say which comes first. The zero Milestone is invalid; as the
// result of [Review.Status] it means that the review had reached none.
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
	// UNODC statistics count as a finalized review, and what this package
	// means by finalized.
	SummaryFinalized
	// ReportFinalized: the full country review report was finalized.
	ReportFinalized
	// Published: the country review report was published, which happens
	// only if the State under review agrees.
	Published
)

// numMilestones is the number of milestones; arrays of numMilestones+1
// elements are indexed by Milestone directly.
const numMilestones = 8

var milestoneNames = [numMilestones + 1]string{
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

// milestoneKeys are the names as parsers compare them: hyphens as spaces.
var milestoneKeys = [numMilestones + 1]string{
	"", "drawn", "focal point", "self assessment", "desk review", "country visit",
	"summary finalized", "report finalized", "published",
}

// milestoneWords are the other names reports and trackers give the
// milestones, as lookup keys.
var milestoneWords = map[string]Milestone{
	"draw of lots": Drawn, "drawing of lots": Drawn, "lots drawn": Drawn,
	"focal point appointed": FocalPoint, "focal point nominated": FocalPoint,
	"self assessment checklist": SelfAssessment, "checklist": SelfAssessment,
	"self assessment response": SelfAssessment, "response to the self assessment checklist": SelfAssessment,
	// The terms of reference of the Mechanism call a country visit or a
	// joint meeting in Vienna "direct dialogue".
	"joint meeting": CountryVisit, "direct dialogue": CountryVisit,
	"executive summary": SummaryFinalized, "final executive summary": SummaryFinalized,
	"country report": ReportFinalized, "country review report": ReportFinalized,
	"final country report": ReportFinalized, "final country review report": ReportFinalized,
	"final report":     ReportFinalized,
	"report published": Published, "country report published": Published, "publication": Published,
}

// milestoneDone are the words after a milestone's name that say it was
// reached.
var milestoneDone = [...]string{"completed", "finalized", "finalised", "conducted", "held", "submitted",
	"done", "received", "appointed", "nominated", "drawn", "published", "undertaken", "took place"}

// IsValid reports whether m is one of the eight milestones.
func (m Milestone) IsValid() bool { return m >= 1 && m <= numMilestones }

// String returns the milestone's short name: "drawn", "focal point",
// "self-assessment", "desk review", "country visit", "summary finalized",
// "report finalized" or "published". The zero Milestone prints as
// "%!Milestone(0)" and another invalid value as "%!Milestone(n)".
func (m Milestone) String() string {
	if !m.IsValid() {
		return "%!Milestone(" + strconv.Itoa(int(m)) + ")"
	}
	return milestoneNames[m]
}

// Compare returns -1, 0 or +1 as m comes before, is, or comes after n in a
// review's life.
func (m Milestone) Compare(n Milestone) int { return cmp.Compare(m, n) }

// Milestones returns an iterator over the eight milestones in order.
func Milestones() iter.Seq[Milestone] {
	return func(yield func(Milestone) bool) {
		for m := Milestone(1); m <= numMilestones; m++ {
			if !yield(m) {
				return
			}
		}
	}
}

// ParseMilestone parses a milestone's name as String prints it, in any
// ASCII case, with hyphens, underscores and space interchangeable
// ("summary_finalized", "Focal-Point"), or another name reports give it
// ("draw of lots", "self-assessment checklist", "joint meeting", "direct
// dialogue", "executive summary", "country report"), optionally followed
// by a word saying it was reached ("country visit conducted", "executive
// summary finalized"). Text longer than 64 bytes is an
// error wrapping [convention.ErrRange]; any other text that names no
// milestone wraps [convention.ErrUnknown]. Both come as a
// *[convention.ParseError]. It does not allocate when it succeeds.
func ParseMilestone(s string) (Milestone, error) {
	return parseMilestone("review.ParseMilestone", s)
}

func parseMilestone(fn, s string) (Milestone, error) {
	var buf [maxName]byte
	t, err := nameKey(fn, s, buf[:0])
	if err != nil {
		return 0, err
	}
	for m := Milestone(1); m <= numMilestones; m++ {
		if string(t) == milestoneKeys[m] {
			return m, nil
		}
	}
	if m, ok := milestoneWords[string(t)]; ok {
		return m, nil
	}
	// A word that says the step was taken may follow: "country visit
	// conducted", "executive summary finalized".
	for _, w := range milestoneDone {
		if k, ok := bytes.CutSuffix(t, []byte(" "+w)); ok {
			t = k
			break
		}
	}
	for m := Milestone(1); m <= numMilestones; m++ {
		if string(t) == milestoneKeys[m] {
			return m, nil
		}
	}
	if m, ok := milestoneWords[string(t)]; ok {
		return m, nil
	}
	_, off := textnorm.Trim(s)
	return 0, &convention.ParseError{Func: fn, Input: s, Offset: off, Err: fmt.Errorf("%w milestone", convention.ErrUnknown)}
}

// nameKey returns the lookup key of a name: s trimmed, hyphens and
// underscores read as space, runs of space as one ASCII space, ASCII
// letters in lower case. It fails for text longer than maxName.
func nameKey(fn, s string, dst []byte) ([]byte, error) {
	if len(s) > maxName {
		return nil, &convention.ParseError{Func: fn, Input: s, Offset: maxName, Err: fmt.Errorf("%w: longer than %d bytes", convention.ErrRange, maxName)}
	}
	s = textnorm.TrimLeft(s)
	space := false
	for len(s) > 0 {
		if n := textnorm.SpaceLen(s); n > 0 || s[0] == '-' || s[0] == '_' {
			space = true
			s = s[max(n, 1):]
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, textnorm.Lower(s[0]))
		s = s[1:]
	}
	return dst, nil
}

// MarshalText implements [encoding.TextMarshaler], giving the name as
// String prints it. The zero Milestone marshals as empty text; another
// invalid value is an error.
func (m Milestone) MarshalText() ([]byte, error) {
	if m == 0 {
		return []byte{}, nil
	}
	if !m.IsValid() {
		return nil, &convention.ParseError{Func: "review.Milestone.MarshalText", Input: m.String(), Err: fmt.Errorf("%w milestone", convention.ErrUnknown)}
	}
	return []byte(milestoneNames[m]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler], accepting what
// [ParseMilestone] accepts. Empty text gives the zero Milestone.
func (m *Milestone) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*m = 0
		return nil
	}
	v, err := parseMilestone("review.Milestone.UnmarshalText", string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}
