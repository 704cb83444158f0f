package needs

import (
	"errors"
	"iter"
	"strconv"
	"strings"
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

// NumCategories is the number of categories. Valid categories run from 1 to
// NumCategories, so an array of NumCategories+1 elements can be indexed by
// Category directly.
const NumCategories = 12

// ErrUnknownCategory reports text that does not name a category.
var ErrUnknownCategory = errors.New("unknown category of assistance")

var categoryNames = [NumCategories + 1]string{
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

// categoryAliases are other spellings that reports use, in the normal form
// that normCategory produces.
var categoryAliases = [...]struct {
	name string
	c    Category
}{
	{"good practices", GoodPractices},
	{"good practices lessons learned", GoodPractices},
	{"information on good practices and lessons learned", GoodPractices},
	{"lessons learned", GoodPractices},
	{"on site assistance", OnSiteExpert},
	{"on site expert", OnSiteExpert},
	{"on site assistance by a relevant expert", OnSiteExpert},
	{"policy making", Policymaking},
	{"technology", TechnologicalAssistance},
	{"legislative assistance", LegislativeDrafting},
	{"model law", ModelLegislation},
	{"model laws", ModelLegislation},
	{"model agreement", ModelAgreements},
	{"training", CapacityBuilding},
	{"capacity building programmes", CapacityBuilding},
	{"action plans", ActionPlan},
	{"development of an action plan", ActionPlan},
}

// IsValid reports whether c is one of the twelve categories.
func (c Category) IsValid() bool { return c >= 1 && c <= NumCategories }

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
		for c := Category(1); c <= NumCategories; c++ {
			if !yield(c) {
				return
			}
		}
	}
}

// normCategory lower-cases s, treats hyphens and underscores as spaces,
// collapses runs of space and drops a leading "information on".
func normCategory(s string) string {
	t := strings.ToLower(s)
	t = strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == '\u00a0' || r == '\u2011' {
			return ' '
		}
		return r
	}, t)
	return strings.Join(strings.Fields(t), " ")
}

// ParseCategory parses a category's name as String prints it, in any case,
// with hyphens, underscores and spaces interchangeable ("capacity building",
// "Institution_Building"). It also accepts the shorter forms reports use:
// "good practices", "on-site expert", "policy-making", "training", "model
// law". Anything else is a *ParseError wrapping ErrUnknownCategory.
func ParseCategory(s string) (Category, error) {
	t := normCategory(s)
	for c := Category(1); c <= NumCategories; c++ {
		if t == normCategory(categoryNames[c]) {
			return c, nil
		}
	}
	for _, a := range categoryAliases {
		if t == a.name {
			return a.c, nil
		}
	}
	return 0, &ParseError{What: "category", Input: s, Err: ErrUnknownCategory}
}

// MustParseCategory is like ParseCategory but panics if s names no
// category. It is meant for constants in programs and tests.
func MustParseCategory(s string) Category {
	c, err := ParseCategory(s)
	if err != nil {
		panic(err)
	}
	return c
}

// AppendText implements encoding.TextAppender, appending the name as String
// prints it. The zero Category appends nothing; other invalid values are an
// error.
func (c Category) AppendText(b []byte) ([]byte, error) {
	if c == 0 {
		return b, nil
	}
	if !c.IsValid() {
		return b, &ParseError{What: "category", Input: c.String(), Err: ErrUnknownCategory}
	}
	return append(b, categoryNames[c]...), nil
}

// MarshalText implements encoding.TextMarshaler, giving the name as String
// prints it. The zero Category marshals as empty text; other invalid values
// are an error.
func (c Category) MarshalText() ([]byte, error) { return c.AppendText(nil) }

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

// A ParseError records text that could not be parsed as one of this
// package's identifiers: what was being parsed, the input, and the kind of
// problem, which Unwrap returns so that errors.Is works.
type ParseError struct {
	What  string // "category", "outcome" or "measure"
	Input string // the text as given
	Err   error  // ErrUnknownCategory, ErrUnknownOutcome or ErrUnknownMeasure
}

// Error returns the message, which names the input and the problem:
//
//	needs: parsing category "bribes": unknown category of assistance
func (e *ParseError) Error() string {
	return "needs: parsing " + e.What + " " + strconv.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns the kind of problem.
func (e *ParseError) Unwrap() error { return e.Err }
