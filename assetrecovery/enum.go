package assetrecovery

import "strconv"

// Helpers shared by the small enumerations (Kind, Stage, Avenue, Basis).

// enumString returns names[v], or the %!Type(n) form for a value outside
// the table or zero.
func enumString(typ string, v uint8, names []string) string {
	if v == 0 || int(v) >= len(names) {
		return "%!" + typ + "(" + strconv.Itoa(int(v)) + ")"
	}
	return names[v]
}

// equalFold reports whether s and t are equal under ASCII case folding.
func equalFold(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := range len(s) {
		if lower(s[i]) != lower(t[i]) {
			return false
		}
	}
	return true
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// trimSpace trims ASCII white space and no-break spaces (U+00A0, U+202F)
// from both ends of s.
func trimSpace(s string) string {
	for {
		n := spaceLen(s)
		if n == 0 {
			break
		}
		s = s[n:]
	}
	for {
		n := spaceLenEnd(s)
		if n == 0 {
			return s
		}
		s = s[:len(s)-n]
	}
}

// spaceLen returns the length in bytes of the space at the start of s, or 0.
func spaceLen(s string) int {
	switch {
	case len(s) == 0:
		return 0
	case s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r':
		return 1
	case len(s) >= 2 && s[:2] == "\u00a0":
		return 2
	case len(s) >= 3 && s[:3] == "\u202f":
		return 3
	}
	return 0
}

// spaceLenEnd returns the length in bytes of the space at the end of s, or 0.
func spaceLenEnd(s string) int {
	switch {
	case len(s) == 0:
		return 0
	case s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\n' || s[len(s)-1] == '\r':
		return 1
	case len(s) >= 2 && s[len(s)-2:] == "\u00a0":
		return 2
	case len(s) >= 3 && s[len(s)-3:] == "\u202f":
		return 3
	}
	return 0
}

// An alias is another accepted spelling of an enumeration value.
type alias struct {
	name string
	v    uint8
}

// parseEnum finds s (trimmed, in any case) among names and aliases. It
// returns 0 and a *ParseError if there is no match.
func parseEnum(what, s string, names []string, aliases []alias) (uint8, error) {
	t := trimSpace(s)
	for i := 1; i < len(names); i++ {
		if equalFold(t, names[i]) {
			return uint8(i), nil
		}
	}
	for _, a := range aliases {
		if equalFold(t, a.name) {
			return a.v, nil
		}
	}
	return 0, &ParseError{What: what, Input: s, Err: ErrSyntax}
}
