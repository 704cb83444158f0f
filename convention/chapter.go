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
// IV", "Chapter 4", "chap. IV", "IV" or "4"; with its title, as the
// Convention's headings print it ("II. Preventive measures", "Chapter V:
// Asset recovery") or alone ("Asset recovery"); and with the Convention
// named after it ("Chapter II of the Convention", "chapter V of UNCAC").
// Letters are read in any case, with any spacing.
//
// A well-formed chapter number outside 1 to 8 ("chapter IX") is
// ErrUnknownProvision; a title that is not the chapter's, and anything else
// that is not a chapter, is ErrSyntax with a message that says what was
// expected at the offset. Both come wrapped in a *ParseError; an input
// longer than 4096 bytes is one wrapping ErrRange. Lists of chapters
// ("chapters II and V") are read by ParseRefs and Citations.
func ParseChapter(s string) (Chapter, error) {
	const fn = "convention.ParseChapter"
	if len(s) > maxCitation {
		return 0, &ParseError{Func: fn, Input: s, Offset: maxCitation, Err: errTooLong(maxCitation)}
	}
	p := parser{lex: lexer{s: s}, fn: fn}
	if p.name() && !p.tok(tColon) && !p.tok(tComma) {
		p.tok(tDash)
	}
	start := p.peek().start
	if !p.chapterWord() {
		if t := p.peek(); t.kind == tWord && !isRoman(p.text(t)) || t.kind == tEOF {
			// A title alone.
			if c, ok := chapterTitled(s[start:]); ok {
				return c, nil
			}
			return 0, p.want(start, `a chapter: "chapter IV", "IV", "4" or a chapter's title`)
		}
	}
	r, err := p.chapter(start)
	if err != nil {
		return 0, err
	}
	c, err := p.resolveChapter(r)
	if err != nil {
		return 0, err
	}
	// A title: "II. Preventive measures", "Chapter V: Asset recovery".
	save := p.lex.pos
	sep := p.tok(tDot) || p.tok(tColon) || p.tok(tDash)
	if t := p.peek(); t.kind == tWord && !p.isWord(t, "of") && !p.isWord(t, "uncac") && !p.isWord(t, "the") {
		if got, ok := chapterTitled(s[t.start:]); !ok || got != c {
			return 0, p.want(t.start, "the title of "+c.String()+`, "`+c.Title()+`"`)
		}
		return c, nil
	} else if sep && t.kind != tEOF {
		p.lex.pos = save
	}
	if !p.suffix() {
		return 0, p.want(p.lex.pos, "a chapter of this Convention, not of another instrument")
	}
	if err := p.end(); err != nil {
		return 0, err
	}
	return c, nil
}

// chapterTitled returns the chapter whose title s is, in any case and
// spacing, with a full stop after it or not.
func chapterTitled(s string) (Chapter, bool) {
	var buf [80]byte
	if len(s) > len(buf) {
		return 0, false
	}
	key := textnorm.AppendKey(buf[:0], s)
	if n := len(key); n > 0 && key[n-1] == '.' {
		key = key[:n-1]
	}
	for c := GeneralProvisions; c <= FinalProvisions; c++ {
		if textnorm.EqualFold(string(key), chapterTable[c].title) {
			return c, true
		}
	}
	return 0, false
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
