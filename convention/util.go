package convention

// Small ASCII helpers shared by the parsers. They never allocate.

// trimSpace trims ASCII white space, the no-break spaces U+00A0 and U+202F
// and the thin space U+2009, which UN documents put between "article" and
// its number.
func trimSpace(s string) string {
	for {
		if n := spaceLen(s); n > 0 {
			s = s[n:]
			continue
		}
		break
	}
	for len(s) > 0 {
		switch {
		case isASCIISpace(s[len(s)-1]):
			s = s[:len(s)-1]
		case len(s) >= 2 && s[len(s)-2:] == "\u00a0":
			s = s[:len(s)-2]
		case len(s) >= 3 && (s[len(s)-3:] == "\u202f" || s[len(s)-3:] == "\u2009"):
			s = s[:len(s)-3]
		default:
			return s
		}
	}
	return s
}

// spaceLen returns the length in bytes of the space at the start of s, or 0.
func spaceLen(s string) int {
	switch {
	case len(s) == 0:
		return 0
	case isASCIISpace(s[0]):
		return 1
	case len(s) >= 2 && s[:2] == "\u00a0":
		return 2
	case len(s) >= 3 && (s[:3] == "\u202f" || s[:3] == "\u2009"):
		return 3
	}
	return 0
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFold reports whether s equals t under ASCII case folding. Unlike
// strings.EqualFold it leaves non-ASCII bytes alone, so it is cheap and
// never folds "K" to the Kelvin sign.
func equalFold(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != lower(t[i]) {
			return false
		}
	}
	return true
}

func trimLeftSpace(s string) string {
	for {
		n := spaceLen(s)
		if n == 0 {
			return s
		}
		s = s[n:]
	}
}

// parseSmallUint parses s, all ASCII digits, as a number; values above 9999
// are reported as 10000 so that callers can tell "too large" from "not a
// number" without overflow.
func parseSmallUint(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if n < 10000 {
			n = n*10 + int(c-'0')
		}
	}
	return min(n, 10000), true
}

// romanDigits are the lower-case Roman numerals 1 to 39, enough for any
// chapter or item of the Convention.
var romanDigits = [...]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
	"xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
	"xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx",
	"xxxi", "xxxii", "xxxiii", "xxxiv", "xxxv", "xxxvi", "xxxvii", "xxxviii", "xxxix"}

// parseRoman parses a Roman numeral from 1 to 39 in canonical form, in any
// case.
func parseRoman(s string) (int, bool) {
	for n := 1; n < len(romanDigits); n++ {
		if equalFold(s, romanDigits[n]) {
			return n, true
		}
	}
	return 0, false
}

func isRoman(s string) bool {
	_, ok := parseRoman(s)
	return ok
}
