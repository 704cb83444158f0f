package printed

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// MaxLen is the longest text, in bytes, that the functions reading a single
// figure accept; longer text is an error wrapping ErrRange. It bounds the
// cost of a parse (digits are read into big integers, whose cost grows
// faster than their length). Scan has no such limit: it reads any text in
// linear time and reports a figure longer than MaxLen as unreadable.
const MaxLen = 1000

// tokKind is the kind of a token.
type tokKind uint8

const (
	tNum        tokKind = iota + 1 // ASCII digits, with separators between digits: "3,680", "1.5", "31.12.2015", "1'000", "1 000"
	tOrd                           // digits with an ordinal suffix: "100th", "1st"
	tWord                          // letters, with inner hyphens and apostrophes: "twenty-one", "States"
	tSym                           // a currency sign, "%", or letters joined to one: "$", "€", "US$", "R$", "GH₵"
	tDash                          // any dash or hyphen standing alone: "-", "–", "—"
	tPunct                         // any other character that is not space: "(", ",", "."
	tDigitOther                    // a run of digits other than ASCII ("٣", "３"), which no grammar here reads
)

// A token is a span [pos, end) of the input with its kind. For words, w is
// the word's entry in the vocabulary (zero when the word is not in it).
type token struct {
	kind     tokKind
	w        word
	pos, end int
	spaceBef bool // space (or the start of the text) precedes the token
}

// lexer cuts text into tokens on demand, so that Scan holds only the tokens
// of the figure it is reading.
type lexer struct {
	in  string
	pos int
	// spaceGroups lets a plain space separate groups of three digits
	// ("500 000"), as it may in a text that holds one figure. A no-break,
	// narrow no-break or thin space always may.
	spaceGroups bool
}

// next returns the next token, or ok false at the end of the input.
func (l *lexer) next() (token, bool) {
	s := l.in
	space := l.pos == 0
	for l.pos < len(s) {
		n := textnorm.SpaceLen(s[l.pos:])
		if n == 0 {
			break
		}
		l.pos += n
		space = true
	}
	if l.pos >= len(s) {
		return token{}, false
	}
	i := l.pos
	t := token{pos: i, spaceBef: space}
	c := s[i]
	switch {
	case '0' <= c && c <= '9':
		// Separators between digits stay in the token for the number's
		// grammar to check: ',' and '.', an apostrophe (Swiss "1'000'000",
		// also as '’'), and a space before a group of exactly three digits.
		j := i + 1
		for j < len(s) {
			d := s[j]
			if '0' <= d && d <= '9' {
				j++
				continue
			}
			if (d == ',' || d == '.' || d == '\'') && isDigit(s, j+1) {
				j++
				continue
			}
			if strings.HasPrefix(s[j:], "’") && isDigit(s, j+len("’")) {
				j += len("’")
				continue
			}
			if n := l.groupSpace(s[j:]); n > 0 && isDigit(s, j+n) && isDigit(s, j+n+1) && isDigit(s, j+n+2) && !isDigit(s, j+n+3) {
				j += n
				continue
			}
			break
		}
		t.kind, t.end = tNum, j
		if k := ordinalSuffix(s, j); k > 0 {
			t.kind, t.end = tOrd, j+k
		}
	default:
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			t.kind, t.end = tPunct, i+1
		case unicode.IsLetter(r):
			j := wordEnd(s, i+w)
			// Letters joined to a currency sign are one sign: "US$",
			// "GH₵", "GB£", "CN¥".
			if r2, w2 := utf8.DecodeRuneInString(s[j:]); j < len(s) && unicode.Is(unicode.Sc, r2) {
				t.kind, t.end = tSym, j+w2
				break
			}
			t.kind, t.end = tWord, j
			t.w = lookup(s[i:j])
			if t.w.abbrev && j < len(s) && s[j] == '.' {
				t.end++ // "approx.", "ca.", "est."
			}
		case unicode.IsNumber(r):
			j := i + w
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsNumber(r2) || r2 < utf8.RuneSelf {
					break
				}
				j += w2
			}
			t.kind, t.end = tDigitOther, j
		case r == '%' || r == '‰' || unicode.Is(unicode.Sc, r):
			t.kind, t.end = tSym, i+w
		case isDash(r):
			t.kind, t.end = tDash, i+w
		default:
			t.kind, t.end = tPunct, i+w
		}
	}
	l.pos = t.end
	return t, true
}

// isDigit reports whether s[i] is an ASCII digit.
func isDigit(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// groupSpace returns the length of the space at the start of s when it may
// separate groups of digits, or 0.
func (l *lexer) groupSpace(s string) int {
	if l.spaceGroups && len(s) > 0 && s[0] == ' ' {
		return 1
	}
	for _, sp := range [...]string{"\u00a0", "\u202f", "\u2009"} {
		if strings.HasPrefix(s, sp) {
			return len(sp)
		}
	}
	return 0
}

// wordEnd returns the end of the word whose letters continue at j: letters,
// with a hyphen or apostrophe between two letters.
func wordEnd(s string, j int) int {
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) {
			j += w
			continue
		}
		if r == '-' || r == '\'' || r == '’' {
			if r2, _ := utf8.DecodeRuneInString(s[j+w:]); j+w < len(s) && unicode.IsLetter(r2) {
				j += w
				continue
			}
		}
		break
	}
	return j
}

// ordinalSuffix returns the length of "st", "nd", "rd" or "th" at s[j:] when
// no letter follows it, else 0.
func ordinalSuffix(s string, j int) int {
	if j+2 > len(s) {
		return 0
	}
	a, b := textnorm.Lower(s[j]), textnorm.Lower(s[j+1])
	if !(a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[j+2:]); j+2 < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return 0
	}
	return 2
}

func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‐', '‑', '‒', '−':
		return true
	}
	return false
}
