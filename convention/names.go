package convention

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// maxNameInput is the length limit of LookupState's input, in bytes. The
// longest name in the table, "United Kingdom of Great Britain and Northern
// Ireland", has 52.
const maxNameInput = 200

// LookupState returns the State that a dataset designates by name or code.
// It reads:
//
//   - ISO 3166-1 codes: alpha-3 ("KEN", as [ParseState] reads), alpha-2
//     ("KE") and numeric ("404", "4" or "004"), and "EUU" for the European
//     Union;
//   - the UN's short and formal names ("Bolivia (Plurinational State of)",
//     "the Plurinational State of Bolivia"), ISO 3166-1's short, common and
//     official names ("Bolivia, Plurinational State of", "Bolivia"), and
//     the English names of the Unicode CLDR ("Russia", "St. Kitts & Nevis",
//     "Congo - Kinshasa", "Congo (DRC)");
//   - the names that the World Bank, the IMF, the IOC, US GENC, FAO, UNHCR,
//     Eurostat and the World Values Survey print ("Venezuela, RB", "West
//     Bank and Gaza", "Hong Kong SAR", "Great Britain", "MACAU"), and the
//     abbreviations "DRC" and "UAE" (the IMF's "Korea" stays ambiguous);
//   - former names of the same State ("Turkey", "Swaziland", "Cape Verde",
//     "Burma", "Zaire", "The former Yugoslav Republic of Macedonia").
//
// Names are matched in any case, with or without accents ("Cote d'Ivoire",
// "Türkiye"), with straight or curly apostrophes, with any spacing and
// punctuation, with or without "the" and "of" ("Democratic Republic of
// Congo"), with "St." or "St" for "Saint", "&", "and" or a hyphen between
// two names ("Bosnia-Herzegovina"), and with the qualifier after a comma or
// in parentheses or before the name ("Korea, Rep.", "Republic of Korea");
// "Rep.", "Dem.", "Fed.", "Sts.", "SAR" and "PDR" stand for the words they
// abbreviate.
//
// A name that several States bear is an error wrapping [ErrAmbiguous] whose
// message lists them ("Korea"). Where the UN's usage settles a name it is
// not ambiguous: the UN's "Congo" is the Republic of the Congo (COG), and
// the other Congo is the "Democratic Republic of the Congo" (COD), formerly
// "Zaire". A name that no State bears is an error
// wrapping [ErrUnknown] that names the closest known names. Both are a
// *[ParseError]; an input longer than 200 bytes is one wrapping [ErrRange].
//
// The names and their sources are listed in the package's testdata
// (state_names.csv). A lookup that finds its State allocates nothing.
func LookupState(name string) (State, error) {
	const fn = "convention.LookupState"
	if len(name) > maxNameInput {
		return State{}, &ParseError{Func: fn, Input: name, Offset: maxNameInput, Err: errTooLong(maxNameInput)}
	}
	t, off := textnorm.Trim(name)
	if s, ok := stateByCode(t); ok {
		return s, nil
	}
	var k nameKeyer
	k.fold(t)
	key := k.key()
	if len(key) == 0 {
		return State{}, &ParseError{Func: fn, Input: name, Offset: off,
			Err: fmt.Errorf("%w: want the name or ISO 3166-1 code of a State", ErrSyntax)}
	}
	lo, hi := nameRange(key)
	if lo == hi {
		// "Korea, Republic of": try "Republic of Korea".
		var inv [len(k.b)]byte
		if rev := k.inverted(inv[:]); rev != nil {
			lo, hi = nameRange(rev)
		}
	}
	if lo == hi {
		return State{}, &ParseError{Func: fn, Input: name, Offset: off, Err: unknownName(string(key))}
	}
	first := stateNameTable[lo].code
	for i := lo + 1; i < hi; i++ {
		if stateNameTable[i].code != first {
			return State{}, &ParseError{Func: fn, Input: name, Offset: off, Err: ambiguousName(t, lo, hi)}
		}
	}
	s, err := ParseState(first)
	if err != nil {
		// The generator checks every code of the table.
		return State{}, &ParseError{Func: fn, Input: name, Offset: off, Err: fmt.Errorf("%w: %v", ErrUnknown, err)}
	}
	return s, nil
}

// stateCodeSyntax returns the problem of t, which is no three-letter code,
// for ParseState: what it wants, and, if t looks like a name, which
// function reads names.
func stateCodeSyntax(t string) error {
	letters := 0
	for i := 0; i < len(t); i++ {
		if isLetter(t[i]) {
			letters++
		}
	}
	if letters > 3 || (letters > 0 && len(t) > 3) {
		return fmt.Errorf("%w: want an ISO 3166-1 alpha-3 code such as \"KEN\"; this looks like a name: LookupState reads names", ErrSyntax)
	}
	return fmt.Errorf("%w: want an ISO 3166-1 alpha-3 code such as \"KEN\"", ErrSyntax)
}

// stateByCode reads t as an ISO 3166-1 code: three letters, two letters or
// up to three digits.
func stateByCode(t string) (State, bool) {
	switch {
	case len(t) == 3 && isLetter(t[0]) && isLetter(t[1]) && isLetter(t[2]):
		s, err := ParseState(t)
		return s, err == nil
	case len(t) == 2 && isLetter(t[0]) && isLetter(t[1]):
		return StateFromAlpha2(t)
	case len(t) >= 1 && len(t) <= 3:
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return State{}, false
			}
			n = n*10 + int(t[i]-'0')
		}
		return StateFromNumeric(n)
	}
	return State{}, false
}

// nameRange returns the rows of stateNameTable whose key is key.
func nameRange(key []byte) (lo, hi int) {
	lo, hi = 0, len(stateNameTable)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compareKey(stateNameTable[m].key, key) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	hi = lo
	for hi < len(stateNameTable) && compareKey(stateNameTable[hi].key, key) == 0 {
		hi++
	}
	return lo, hi
}

// compareKey compares s and b as strings without converting either.
func compareKey(s string, b []byte) int {
	n := min(len(s), len(b))
	for i := 0; i < n; i++ {
		if s[i] != b[i] {
			if s[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return len(s) - len(b)
}

func ambiguousName(t string, lo, hi int) error {
	var names []string
	for i := lo; i < hi; i++ {
		c := stateNameTable[i].code
		if s, err := ParseState(c); err == nil {
			names = append(names, strconv.Quote(s.Name())+" ("+c+")")
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	return fmt.Errorf("%w: %q is the name of %s; give one of their names or codes", ErrAmbiguous, t, strings.Join(names, " and "))
}

// unknownName returns the error for a key that no row has, naming the
// closest names in the table.
func unknownName(key string) error {
	type near struct {
		d    int
		name string
	}
	limit := max(2, len(key)/3)
	var best []near
	for i := range stateNameTable {
		row := &stateNameTable[i]
		if d := editDistance(key, row.key, limit); d <= limit {
			best = append(best, near{d, row.name})
		}
	}
	slices.SortStableFunc(best, func(a, b near) int { return a.d - b.d })
	var names []string
	for _, n := range best {
		q := strconv.Quote(n.name)
		if !slices.Contains(names, q) {
			names = append(names, q)
		}
		if len(names) == 3 {
			break
		}
	}
	if len(names) == 0 {
		return fmt.Errorf("%w: no State has this name or code; want a name as the UN or ISO 3166-1 prints it, or a code", ErrUnknown)
	}
	return fmt.Errorf("%w: no State has this name; the closest known: %s", ErrUnknown, strings.Join(names, ", "))
}

// editDistance returns the Levenshtein distance between a and b, or limit+1
// if it is more than limit. It costs O(len(a)·len(b)) at most.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	if len(b) > 64 {
		return limit + 1
	}
	var row [65]int
	for j := range len(b) + 1 {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		prev := row[0]
		row[0] = i
		lowest := row[0]
		for j := 1; j <= len(b); j++ {
			cur := row[j]
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			row[j] = min(row[j]+1, row[j-1]+1, prev+cost)
			prev = cur
			lowest = min(lowest, row[j])
		}
		if lowest > limit {
			return limit + 1
		}
	}
	return row[len(b)]
}

// A stateName is a row of stateNameTable: the lookup key of a name, the name
// as printed, and the alpha-3 code of the State that bears it.
type stateName struct {
	key, name, code string
}

// A nameKeyer folds a name into its lookup key: its words in lower case
// without accents, separated by one space, without "the", "of", "and" and
// "&", with "saint" for "st", the abbreviations "rep", "dem", "sts", "sar"
// and "pdr" written out, "fed" for "federal", "federated" and "federation",
// apostrophes dropped, and runs of single letters ("U. S. A.", "P.D.R.")
// joined, and written out if they are one of those abbreviations. Any other
// character that is neither letter nor digit separates words. It notes the length of the part of the key before the
// first comma or opening parenthesis (0 if there is none), so that "Korea,
// Republic of" can be tried as "Republic of Korea". It works in a fixed
// array, so a keyer on the stack allocates nothing; a name of up to
// maxNameInput bytes fits.
type nameKeyer struct {
	b      [4*maxNameInput + 8]byte
	n      int  // the key is b[:n]
	word   int  // where the current word starts in b, or -1 between words
	single bool // the last finished word was a single letter
	run    int  // where the last run of single letters starts
	split  int
}

// fold sets the key to that of s.
func (k *nameKeyer) fold(s string) {
	k.n, k.word, k.single, k.split, k.run = 0, -1, false, 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				k.letter(c)
			case 'A' <= c && c <= 'Z':
				k.letter(c + 'a' - 'A')
			case c == '\'' || c == '`':
				// "Côte d'Ivoire" is "cote divoire".
			case c == '&':
				k.end() // "&" is "and", which the key leaves out
			case c == ',' || c == '(':
				k.end()
				if k.split == 0 && k.n > 0 {
					k.split = k.n
				}
			default:
				k.end()
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '\u00b4':
			// Curly and modifier apostrophes, the acute accent used as one.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			k.foreign(s[i:i+n], r)
		case unicode.Is(unicode.Mn, r):
			// A combining accent after its letter.
		default:
			k.end()
		}
		i += n
	}
	k.end()
}

// key returns the key.
func (k *nameKeyer) key() []byte { return k.b[:k.n] }

// inverted returns the key with the part after the split first ("republic
// korea" for "korea republic"), written into dst, or nil if there is no
// split.
func (k *nameKeyer) inverted(dst []byte) []byte {
	if k.split <= 0 || k.split >= k.n || len(dst) < k.n {
		return nil
	}
	tail := k.b[k.split+1 : k.n]
	copy(dst, tail)
	dst[len(tail)] = ' '
	copy(dst[len(tail)+1:], k.b[:k.split])
	return dst[:k.n]
}

func (k *nameKeyer) put(c byte) {
	if k.n < len(k.b) {
		k.b[k.n] = c
		k.n++
	}
}

func (k *nameKeyer) letter(c byte) {
	if k.word < 0 {
		if k.n > 0 {
			k.put(' ')
		}
		k.word = k.n
	}
	k.put(c)
}

// foreign appends a non-ASCII letter: its base letter if it has one ("é",
// "Å"), a spelling for the few Latin letters without ("ß", "æ", "ø"), and
// otherwise the letter itself in lower case.
func (k *nameKeyer) foreign(s string, r rune) {
	if d := norm.NFD.PropertiesString(s).Decomposition(); len(d) > 0 && d[0] < utf8.RuneSelf {
		k.letter(textnorm.Lower(d[0]))
		return
	}
	switch unicode.ToLower(r) {
	case 'ß':
		k.letter('s')
		k.letter('s')
	case 'æ':
		k.letter('a')
		k.letter('e')
	case 'œ':
		k.letter('o')
		k.letter('e')
	case 'ø':
		k.letter('o')
	case 'đ', 'ð':
		k.letter('d')
	case 'ł':
		k.letter('l')
	case 'ı':
		k.letter('i')
	case 'þ':
		k.letter('t')
		k.letter('h')
	default:
		var enc [utf8.UTFMax]byte
		for _, c := range utf8.AppendRune(enc[:0], unicode.ToLower(r)) {
			k.letter(c)
		}
	}
}

// end finishes the current word, dropping or rewriting it as the key wants.
func (k *nameKeyer) end() {
	if k.word < 0 {
		return
	}
	start := k.word
	k.word = -1
	switch string(k.b[start:k.n]) { // no allocation: compared only
	case "the", "of", "and":
		k.drop(start)
		return
	}
	k.expand(start)
	single := k.n-start == 1
	if single && k.single && start >= 2 && k.b[start-1] == ' ' {
		// "u s a" → "usa"; "p d r" → "pdr", which is then written out.
		k.b[start-1] = k.b[start]
		k.n = start
		if k.expand(k.run) {
			k.single = false
		}
		return
	}
	k.single = single
	if single {
		k.run = start
	}
}

// expand writes out the abbreviation that the word at start is, if it is
// one, and reports whether it was.
func (k *nameKeyer) expand(start int) bool {
	var repl string
	switch string(k.b[start:k.n]) { // no allocation: compared only
	case "st":
		repl = "saint"
	case "rep":
		repl = "republic"
	case "dem":
		repl = "democratic"
	case "federal", "federated", "federation":
		// "Fed." abbreviates all three, and no two States' names differ
		// by them alone.
		repl = "fed"
	case "sts":
		repl = "states"
	case "sar":
		repl = "special administrative region"
	case "pdr":
		repl = "peoples democratic republic"
	default:
		return false
	}
	k.n = start
	for i := 0; i < len(repl); i++ {
		k.put(repl[i])
	}
	return true
}

// drop removes the word at start and the space before it.
func (k *nameKeyer) drop(start int) {
	if start > 0 {
		start-- // the space
	}
	k.n = start
	k.split = min(k.split, k.n)
	k.single = false
}
