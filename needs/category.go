package needs

import (
	"fmt"
	"iter"
	"strconv"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Category is a kind of technical assistance, as the self-assessment
// checklist of the Implementation Review Mechanism lists them. The zero
// Category is invalid.
type Category uint8

// The kinds of assistance, in the order of the checklist.
const (
	LegislativeDrafting     Category = 1 + iota // drafting of laws and regulations
	LegalAdvice                                 // legal advice
	ModelLegislation                            // model laws
	GoodPractices                               // information on good practices and lessons learned
	ModelAgreements                             // model bilateral or multilateral agreements
	CapacityBuilding                            // training and other capacity-building
	OnSiteExpert                                // on-site assistance by an expert
	ActionPlan                                  // development of an action plan
	InstitutionBuilding                         // establishing or strengthening institutions
	Policymaking                                // policy development
	TechnologicalAssistance                     // equipment, databases and other technology
	Other                                       // any other kind
)

// numCategories is the number of categories: valid categories run from 1
// to numCategories. It is not exported, because a checklist may grow: range
// over Categories instead.
const numCategories = 12

var categoryNames = [numCategories + 1]string{
	"",
	"legislative drafting",
	"legal advice",
	"model legislation",
	"good practices and lessons learned",
	"model agreements",
	"capacity-building",
	"on-site assistance by an expert",
	"action plan",
	"institution-building",
	"policymaking",
	"technological assistance",
	"other",
}

// IsValid reports whether c is one of the twelve categories.
func (c Category) IsValid() bool { return c >= 1 && c <= numCategories }

// String returns the category's name as the checklist words it, in lower
// case: "legislative drafting", "capacity-building", "good practices and
// lessons learned" … An invalid value prints as "%!Category(n)".
func (c Category) String() string {
	if !c.IsValid() {
		return "%!Category(" + strconv.Itoa(int(c)) + ")"
	}
	return categoryNames[c]
}

// Compare returns -1, 0 or +1 as c comes before, is, or comes after d in the
// order of the checklist.
func (c Category) Compare(d Category) int {
	switch {
	case c < d:
		return -1
	case c > d:
		return +1
	}
	return 0
}

// Categories returns an iterator over the twelve categories in the order of
// the checklist.
func Categories() iter.Seq[Category] {
	return func(yield func(Category) bool) {
		for c := Category(1); c <= numCategories; c++ {
			if !yield(c) {
				return
			}
		}
	}
}

// maxNameLen is the longest input, in bytes, that ParseCategory and
// ParseOutcome read.
const maxNameLen = 100

// nameKey writes to buf the lookup key of a name: s trimmed, with hyphens
// (including the non-breaking hyphen U+2011), underscores and every run of
// space (as package textnorm defines it) turned into one ASCII space, and
// ASCII letters lower-cased. It returns the key, or false if s is longer
// than maxNameLen, and the offset of the trimmed text in s.
func nameKey(buf *[maxNameLen]byte, s string) (key []byte, start int, ok bool) {
	if len(s) > maxNameLen {
		return nil, 0, false
	}
	t, start := textnorm.Trim(s)
	key = buf[:0]
	space := false
	for len(t) > 0 {
		n := textnorm.SpaceLen(t)
		switch {
		case n > 0:
		case t[0] == '-' || t[0] == '_':
			n = 1
		case len(t) >= 3 && t[:3] == "\u2011":
			n = 3
		}
		if n > 0 {
			space = true
			t = t[n:]
			continue
		}
		if space {
			key = append(key, ' ')
			space = false
		}
		key = append(key, textnorm.Lower(t[0]))
		t = t[1:]
	}
	return key, start, true
}

// categoryOf returns the category a lookup key names, in the checklist's
// words or the shorter forms reports use, or 0. The switch on a converted
// byte slice does not allocate.
func categoryOf(key []byte) Category {
	switch string(key) {
	case "legislative drafting", "legislative assistance", "legal drafting":
		return LegislativeDrafting
	case "legal advice":
		return LegalAdvice
	case "model legislation", "model law", "model laws":
		return ModelLegislation
	case "good practices and lessons learned", "good practices", "good practices lessons learned",
		"good practices/lessons learned", "information on good practices and lessons learned", "lessons learned":
		return GoodPractices
	case "model agreements", "model agreement":
		return ModelAgreements
	case "capacity building", "training", "capacity building programmes", "capacity building programs",
		"capacity building/training":
		return CapacityBuilding
	case "on site assistance by an expert", "on site assistance", "on site expert",
		"on site assistance by a relevant expert", "on site assistance by an anti corruption expert":
		return OnSiteExpert
	case "action plan", "action plans", "development of an action plan":
		return ActionPlan
	case "institution building":
		return InstitutionBuilding
	case "policymaking", "policy making":
		return Policymaking
	case "technological assistance", "technology", "information technology", "it systems", "databases",
		"it systems/databases", "equipment", "technical equipment":
		return TechnologicalAssistance
	case "other", "other assistance", "other forms of assistance", "other types of assistance":
		return Other
	}
	return 0
}

// ParseCategory parses a category's name as String prints it, in any case,
// with hyphens, underscores and spaces interchangeable and surrounding space
// ignored ("capacity building", "Institution_Building"). It also accepts the
// shorter forms reports use: "good practices", "on-site expert",
// "policy-making", "training", "model law". It does not allocate when s
// names a category.
//
// Text that names no category is a *[convention.ParseError] wrapping
// [convention.ErrUnknown]; text longer than 100 bytes one wrapping
// [convention.ErrRange].
func ParseCategory(s string) (Category, error) {
	var buf [maxNameLen]byte
	key, start, ok := nameKey(&buf, s)
	if !ok {
		return 0, &convention.ParseError{Func: "needs.ParseCategory", Input: s, Offset: maxNameLen,
			Err: fmt.Errorf("%w: longer than %d bytes", convention.ErrRange, maxNameLen)}
	}
	if c := categoryOf(key); c != 0 {
		return c, nil
	}
	return 0, &convention.ParseError{Func: "needs.ParseCategory", Input: s, Offset: start,
		Err: fmt.Errorf("%w category of assistance", convention.ErrUnknown)}
}

// marshalError is the error of marshalling an invalid non-zero value, which
// prints as "%!Type(n)".
func marshalError(v fmt.Stringer) error {
	return fmt.Errorf("needs: marshalling %v: %w", v, convention.ErrInvalid)
}

// MarshalText implements encoding.TextMarshaler, giving the name as String
// prints it. The zero Category marshals as empty text; any other invalid
// value is an error wrapping [convention.ErrInvalid].
func (c Category) MarshalText() ([]byte, error) {
	if c == 0 {
		return nil, nil
	}
	if !c.IsValid() {
		return nil, marshalError(c)
	}
	return []byte(categoryNames[c]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseCategory accepts. Empty text gives the zero Category.
func (c *Category) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCategory(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
