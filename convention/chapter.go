package convention

import (
	"cmp"
	"iter"
	"strconv"
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

// Roman returns c's Roman numeral ("IV"), or "" if c is invalid.
func (c Chapter) Roman() string {
	if !c.IsValid() {
		return ""
	}
	return chapterTable[c].name[len("chapter "):]
}

// Title returns the chapter's official English title, such as
// "International cooperation", or "" if c is invalid.
func (c Chapter) Title() string {
	if !c.IsValid() {
		return ""
	}
	return chapterTable[c].title
}

// FirstArticle returns the first article of the chapter (article 43 for
// chapter IV), or 0 if c is invalid.
func (c Chapter) FirstArticle() Article {
	if !c.IsValid() {
		return 0
	}
	return chapterTable[c].first
}

// LastArticle returns the last article of the chapter (article 50 for
// chapter IV), or 0 if c is invalid.
func (c Chapter) LastArticle() Article {
	if !c.IsValid() {
		return 0
	}
	return chapterTable[c].last
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

// Contains reports whether the provision r lies in chapter c.
func (c Chapter) Contains(r Ref) bool { return c.IsValid() && r.Chapter() == c }

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
	t := trimSpace(s)
	off := len(s) - len(trimLeftSpace(s))
	for _, p := range [...]string{"chapter", "chap.", "ch."} {
		if len(t) > len(p) && equalFold(t[:len(p)], p) {
			rest := trimLeftSpace(t[len(p):])
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

// MustParseChapter is like ParseChapter but panics if s is not a chapter. It
// is meant for constants in programs and tests.
func MustParseChapter(s string) Chapter {
	c, err := ParseChapter(s)
	if err != nil {
		panic(err)
	}
	return c
}

// AppendText implements encoding.TextAppender. It appends the Roman numeral
// alone ("IV"); the zero Chapter appends nothing.
func (c Chapter) AppendText(b []byte) ([]byte, error) {
	if c == 0 {
		return b, nil
	}
	if !c.IsValid() {
		return b, &ParseError{Func: "convention.Chapter.AppendText", Input: c.String(), Err: ErrUnknownProvision}
	}
	return append(b, c.Roman()...), nil
}

// MarshalText implements encoding.TextMarshaler: the Roman numeral alone
// ("IV"), which ParseChapter reads back. The zero Chapter marshals as empty
// text.
func (c Chapter) MarshalText() ([]byte, error) { return c.AppendText(nil) }

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
