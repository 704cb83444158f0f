package review

import (
	"errors"
	"iter"
	"strconv"
	"strings"

	"github.com/uncac-go/uncac/convention"
)

// A Finding is what a country review found about one provision of the
// Convention: a challenge in implementing it (with the review's
// recommendation), a good practice, or a need for technical assistance.
// Findings are comparable.
type Finding struct {
	// Review is the review that made the finding. Inside Review.Findings
	// it may be left zero, meaning the enclosing review; if set there, it
	// must equal the enclosing review's ID. Findings yields every finding
	// with Review filled in.
	Review ID
	// Ref is the provision the finding is about. It must lie in a chapter
	// that the review's cycle covers.
	Ref convention.Ref
	// Kind says whether the finding is a challenge, a good practice or an
	// assistance need.
	Kind FindingKind
	// Text is the finding in words: for a challenge, the recommendation the
	// reviewers made to address it; for a good practice or an assistance
	// need, its description. It may be empty.
	Text string
}

// A FindingKind says what kind of thing a review found. The zero FindingKind
// is invalid.
type FindingKind uint8

// The kinds of finding.
const (
	// Challenge: a gap or difficulty in implementing the provision, which
	// the reviewers address with a recommendation.
	Challenge FindingKind = 1 + iota
	// GoodPractice: a practice the reviewers commend to other States.
	GoodPractice
	// AssistanceNeed: technical assistance the State under review said it
	// needs to implement the provision. The needs package records these in
	// detail, keyed by the review's ID.
	AssistanceNeed
)

// NumFindingKinds is the number of kinds of finding. Valid kinds run from 1
// to NumFindingKinds, so an array of NumFindingKinds+1 elements can be
// indexed by FindingKind directly.
const NumFindingKinds = 3

// ErrUnknownFindingKind reports text that does not name a kind of finding.
var ErrUnknownFindingKind = errors.New("unknown kind of finding")

var findingKindNames = [NumFindingKinds + 1]string{"", "challenge", "good practice", "assistance need"}

// IsValid reports whether k is one of the three kinds.
func (k FindingKind) IsValid() bool { return k >= 1 && k <= NumFindingKinds }

// String returns "challenge", "good practice" or "assistance need". Other
// values print as "%!FindingKind(n)".
func (k FindingKind) String() string {
	if !k.IsValid() {
		return "%!FindingKind(" + strconv.Itoa(int(k)) + ")"
	}
	return findingKindNames[k]
}

// ParseFindingKind parses a kind's name as String prints it, in any case,
// with hyphens, underscores and spaces interchangeable; the plural
// ("challenges") is accepted too. Anything else is an error wrapping
// ErrUnknownFindingKind.
func ParseFindingKind(s string) (FindingKind, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.NewReplacer("_", " ", "-", " ").Replace(t)
	t = strings.Join(strings.Fields(t), " ")
	for k := FindingKind(1); k <= NumFindingKinds; k++ {
		if t == findingKindNames[k] || t == findingKindNames[k]+"s" {
			return k, nil
		}
	}
	return 0, &ParseError{What: "kind of finding", Input: s, Err: ErrUnknownFindingKind}
}

// AppendText implements encoding.TextAppender, appending the name as String
// prints it. The zero FindingKind appends nothing; other invalid values are
// an error.
func (k FindingKind) AppendText(b []byte) ([]byte, error) {
	if k == 0 {
		return b, nil
	}
	if !k.IsValid() {
		return b, &ParseError{What: "kind of finding", Input: k.String(), Err: ErrUnknownFindingKind}
	}
	return append(b, findingKindNames[k]...), nil
}

// MarshalText implements encoding.TextMarshaler, giving the name as String
// prints it. The zero FindingKind marshals as empty text; other invalid
// values are an error.
func (k FindingKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// FindingKinds returns an iterator over the three kinds of finding in order.
func FindingKinds() iter.Seq[FindingKind] {
	return func(yield func(FindingKind) bool) {
		for k := FindingKind(1); k <= NumFindingKinds; k++ {
			if !yield(k) {
				return
			}
		}
	}
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseFindingKind accepts. Empty text gives the zero FindingKind.
func (k *FindingKind) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*k = 0
		return nil
	}
	v, err := ParseFindingKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
