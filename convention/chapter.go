package convention

import (
	"cmp"
	"iter"
	"strconv"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Chapter is one of the eight chapters of the Convention, numbered 1 to 8
// and printed with Roman numerals ("chapter IV"). The zero Chapter is
// invalid.
type Chapter uint8

// The chapters, named for their subjects.
const (
	GeneralProvisions        Chapter = 1 + iota // chapter I, articles 1–4
	PreventiveMeasures                          // chapter II, articles 5–14
	Criminalization                             // chapter III, articles 15–42: criminalization and law enforcement
	InternationalCooperation                    // chapter IV, articles 43–50
	AssetRecovery                               // chapter V, articles 51–59
	TechnicalAssistance                         // chapter VI, articles 60–62: technical assistance and information exchange
	Implementation                              // chapter VII, articles 63–64: mechanisms for implementation
	FinalProvisions                             // chapter VIII, articles 65–71
)

// NumChapters is the number of chapters in the Convention.
const NumChapters = 8

// IsValid reports whether c is a chapter of the Convention (1 to 8).
func (c Chapter) IsValid() bool { return c >= 1 && c <= NumChapters }

// String returns "chapter " followed by c's Roman numeral, as in
// "chapter IV". An invalid value prints as "%!Chapter(n)".
func (c Chapter) String() string {
	if !c.IsValid() {
		return "%!Chapter(" + strconv.Itoa(int(c)) + ")"
	}
	return chapterTable[c].name
}

// Title returns the chapter's official English title, such as
// "International cooperation", or "" if c is invalid.
func (c Chapter) Title() string {
	if !c.IsValid() {
		return ""
	}
	return chapterTable[c].title
}

// Articles returns an iterator over the chapter's articles in order. It
// yields nothing if c is invalid.
func (c Chapter) Articles() iter.Seq[Article] {
	return func(yield func(Article) bool) {
		if !c.IsValid() {
			return
		}
		for a := chapterTable[c].first; a <= chapterTable[c].last; a++ {
			if !yield(a) {
				return
			}
		}
	}
}

// Compare returns -1, 0 or +1 as c comes before, is, or comes after d.
func (c Chapter) Compare(d Chapter) int { return cmp.Compare(uint8(c), uint8(d)) }

// Chapters returns an iterator over the eight chapters in order.
func Chapters() iter.Seq[Chapter] {
	return func(yield func(Chapter) bool) {
		for c := Chapter(1); c <= NumChapters; c++ {
			if !yield(c) {
				return
			}
		}
	}
}

// ParseChapter parses a chapter as it is written in UN documents: "chapter
// IV", "Chapter 4", "chap. IV", "IV" or "4", in any case and with any
// spacing. A well-formed chapter number outside 1 to 8 ("chapter IX") is
// ErrUnknownProvision; anything else that is not a chapter is ErrSyntax.
// Both come wrapped in a *ParseError.
func ParseChapter(s string) (Chapter, error) {
	t, off := textnorm.Trim(s)
	for _, p := range [...]string{"chapter", "chap.", "ch."} {
		if len(t) > len(p) && textnorm.HasPrefixFold(t, p) {
			rest := textnorm.TrimLeft(t[len(p):])
			if len(rest) < len(t)-len(p) || p[len(p)-1] == '.' {
				off += len(t) - len(rest)
				t = rest
				break
			}
		}
	}
	if t == "" {
		return 0, &ParseError{Func: "convention.ParseChapter", Input: s, Offset: off, Err: ErrSyntax}
	}
	var n int
	if t[0] >= '0' && t[0] <= '9' {
		v, ok := parseSmallUint(t)
		if !ok {
			return 0, &ParseError{Func: "convention.ParseChapter", Input: s, Offset: off, Err: ErrSyntax}
		}
		n = v
	} else {
		v, ok := parseRoman(t)
		if !ok {
			return 0, &ParseError{Func: "convention.ParseChapter", Input: s, Offset: off, Err: ErrSyntax}
		}
		n = v
	}
	if n < 1 || n > NumChapters {
		return 0, &ParseError{Func: "convention.ParseChapter", Input: s, Offset: off, Err: ErrUnknownProvision}
	}
	return Chapter(n), nil
}

// MarshalText implements encoding.TextMarshaler: the text String prints
// ("chapter IV"), which ParseChapter reads back. The zero Chapter marshals as
// empty text; any other invalid value is an error wrapping ErrInvalid.
func (c Chapter) MarshalText() ([]byte, error) {
	if c == 0 {
		return nil, nil
	}
	if !c.IsValid() {
		return nil, marshalError("Chapter", int(c))
	}
	return []byte(chapterTable[c].name), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting every form
// ParseChapter does. Empty text gives the zero Chapter.
func (c *Chapter) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseChapter(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
