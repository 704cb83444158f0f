package review

import (
	"fmt"
	"iter"
	"strconv"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Finding is what a country review found about one provision of the
// Convention: a challenge in implementing it (with the review's
// recommendation), a good practice, or a need for technical assistance.
// Findings are comparable.
type Finding struct {
	// Review is the review that made the finding. Inside Review.Findings
	// it may be left zero, meaning the enclosing review; if set there, it
	// must equal the enclosing review's ID.
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

// numFindingKinds is the number of kinds of finding.
const numFindingKinds = 3

var findingKindNames = [numFindingKinds + 1]string{"", "challenge", "good practice", "assistance need"}

// findingKindWords are the other names of the kinds, in the singular, as
// lookup keys: the headings of a review's executive summary ("Successes and
// good practices", "Challenges in implementation", "Technical assistance
// needs") and the recommendation a challenge carries.
var findingKindWords = map[string]FindingKind{
	"recommendation": Challenge, "challenge in implementation": Challenge, "challenges in implementation": Challenge,
	"successes and good practice": GoodPractice, "success and good practice": GoodPractice,
	"need": AssistanceNeed, "technical assistance need": AssistanceNeed, "ta need": AssistanceNeed,
	"assistance needs": AssistanceNeed, "technical assistance needs identified": AssistanceNeed,
}

// IsValid reports whether k is one of the three kinds.
func (k FindingKind) IsValid() bool { return k >= 1 && k <= numFindingKinds }

// String returns "challenge", "good practice" or "assistance need". The
// zero FindingKind prints as "%!FindingKind(0)" and another invalid value
// as "%!FindingKind(n)".
func (k FindingKind) String() string {
	if !k.IsValid() {
		return "%!FindingKind(" + strconv.Itoa(int(k)) + ")"
	}
	return findingKindNames[k]
}

// ParseFindingKind parses a kind's name as String prints it, in any ASCII
// case, with hyphens, underscores and space interchangeable; the plural
// ("challenges") is accepted too, and so are the headings of a review's
// executive summary ("Successes and good practices", "Challenges in
// implementation", "Technical assistance needs"), "recommendation" (what a
// challenge carries) and "TA need". Text longer than 64 bytes is an error
// wrapping [convention.ErrRange]; any other text that names no kind wraps
// [convention.ErrUnknown]. Both come as a *[convention.ParseError]. It
// does not allocate when it succeeds.
func ParseFindingKind(s string) (FindingKind, error) {
	return parseFindingKind("review.ParseFindingKind", s)
}

func parseFindingKind(fn, s string) (FindingKind, error) {
	var buf [maxName]byte
	t, err := nameKey(fn, s, buf[:0])
	if err != nil {
		return 0, err
	}
	if n := len(t); n > 0 && t[n-1] == 's' {
		t = t[:n-1]
	}
	for k := FindingKind(1); k <= numFindingKinds; k++ {
		if string(t) == findingKindNames[k] {
			return k, nil
		}
	}
	if k, ok := findingKindWords[string(t)]; ok {
		return k, nil
	}
	_, off := textnorm.Trim(s)
	return 0, &convention.ParseError{Func: fn, Input: s, Offset: off, Err: fmt.Errorf("%w kind of finding", convention.ErrUnknown)}
}

// MarshalText implements [encoding.TextMarshaler], giving the name as
// String prints it. The zero FindingKind marshals as empty text; another
// invalid value is an error.
func (k FindingKind) MarshalText() ([]byte, error) {
	if k == 0 {
		return []byte{}, nil
	}
	if !k.IsValid() {
		return nil, &convention.ParseError{Func: "review.FindingKind.MarshalText", Input: k.String(), Err: fmt.Errorf("%w kind of finding", convention.ErrUnknown)}
	}
	return []byte(findingKindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler], accepting what
// [ParseFindingKind] accepts. Empty text gives the zero FindingKind.
func (k *FindingKind) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*k = 0
		return nil
	}
	v, err := parseFindingKind("review.FindingKind.UnmarshalText", string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// CountFindings counts the findings of kind k, provision by provision, in
// the reviews that f selects; the zero k counts findings of every kind. It
// skips findings that cite no provision or have an invalid kind, which
// [Validate] reports, and counts a finding as the enclosing review's even
// if its Review names another. The counts of a chapter or an article are
// sums over the map (see the example); the map of a union of review sets
// is the sum of their maps. Its cost is one pass over the reviews.
func CountFindings(reviews iter.Seq[Review], k FindingKind, f Filter) map[convention.Ref]int {
	n := make(map[convention.Ref]int)
	for r := range reviews {
		if !f.match(&r) {
			continue
		}
		for _, fd := range r.Findings {
			if fd.Ref.IsValid() && fd.Kind.IsValid() && (k == 0 || fd.Kind == k) {
				n[fd.Ref]++
			}
		}
	}
	return n
}
