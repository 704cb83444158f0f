// Package textnorm is the one place where the module's parsers normalize the
// text they are given: which characters count as space, and how case folds.
// Every parser of every package trims and folds its input through it, so
// that "KEN\u2009" and "USD\u2009" are treated alike.
//
// Space is what unicode.IsSpace reports: ASCII white space, the no-break
// space U+00A0, the thin and other fixed-width spaces U+2000 to U+200A, the
// narrow no-break space U+202F, U+205F, U+3000, and the line and paragraph
// separators. Zero-width characters (U+200B, U+FEFF) are not space: a parser
// rejects them like any other unexpected character. Case folds ASCII only,
// so that it never allocates and never folds "K" to the Kelvin sign; names
// with accents are folded by the name lookups themselves.
//
// Nothing here allocates.
package textnorm

import (
	"unicode"
	"unicode/utf8"
)

// SpaceLen returns the length in bytes of the space character at the start
// of s, or 0 if s does not start with one.
func SpaceLen(s string) int {
	if len(s) == 0 {
		return 0
	}
	if c := s[0]; c < utf8.RuneSelf {
		if isASCIISpace(c) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// SpaceLenEnd returns the length in bytes of the space character at the end
// of s, or 0 if s does not end with one.
func SpaceLenEnd(s string) int {
	if len(s) == 0 {
		return 0
	}
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		if isASCIISpace(c) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// TrimLeft returns s without the space at its start.
func TrimLeft(s string) string {
	for {
		n := SpaceLen(s)
		if n == 0 {
			return s
		}
		s = s[n:]
	}
}

// TrimRight returns s without the space at its end.
func TrimRight(s string) string {
	for {
		n := SpaceLenEnd(s)
		if n == 0 {
			return s
		}
		s = s[:len(s)-n]
	}
}

// Trim returns s without the space at its start and end, and the byte offset
// in s at which the result starts, so that a parser can report offsets into
// the text it was given.
func Trim(s string) (t string, start int) {
	t = TrimLeft(s)
	return TrimRight(t), len(s) - len(t)
}

// IsSpace reports whether r is space in the sense of this package.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIISpace(byte(r))
	}
	return unicode.IsSpace(r)
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// Lower returns the ASCII lower case of c, and any other byte unchanged.
func Lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Upper returns the ASCII upper case of c, and any other byte unchanged.
func Upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// EqualFold reports whether s equals t under ASCII case folding.
func EqualFold(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if Lower(s[i]) != Lower(t[i]) {
			return false
		}
	}
	return true
}

// HasPrefixFold reports whether s starts with prefix under ASCII case
// folding.
func HasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && EqualFold(s[:len(prefix)], prefix)
}

// AppendKey appends to dst the lookup key of s: s trimmed, every run of
// space turned into one ASCII space, and ASCII letters lower-cased. With dst
// a stack array's slice, a map lookup by string(key) does not allocate.
func AppendKey(dst []byte, s string) []byte {
	s = TrimLeft(s)
	space := false
	for len(s) > 0 {
		if n := SpaceLen(s); n > 0 {
			space = true
			s = s[n:]
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, Lower(s[0]))
		s = s[1:]
	}
	return dst
}
