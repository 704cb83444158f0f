package printed

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// A currencyForm is a sign or name of a currency with the ISO code it
// stands for, or several codes separated by spaces when it stands for
// several currencies.
type currencyForm struct{ form, codes string }

// IsCode reports whether w is an ISO 4217 code the grammar knows: three
// upper-case ASCII letters listed in ISO 4217 list one or among the
// withdrawn codes of testdata/cldr_en_currencies.csv (DEM, FRF, HRK, VEF …).
// Whether a code is valid for a purpose (current, withdrawn, when) is for
// the caller to say.
func IsCode(w string) bool {
	if !isCodeShape(w) {
		return false
	}
	n := (len(currencyCodes) + 1) / 4
	i := sort.Search(n, func(i int) bool { return currencyCodes[4*i:4*i+3] >= w })
	return i < n && currencyCodes[4*i:4*i+3] == w
}

// isCodeShape reports whether w is three upper-case ASCII letters.
func isCodeShape(w string) bool {
	if len(w) != 3 {
		return false
	}
	for i := range 3 {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// findForm returns the entry of table whose form is key.
func findForm(table []currencyForm, key string) (string, bool) {
	i := sort.Search(len(table), func(i int) bool { return table[i].form >= key })
	if i < len(table) && table[i].form == key {
		return table[i].codes, true
	}
	return "", false
}

// foldInto appends s with ASCII letters lowered to dst.
func foldInto(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		dst = append(dst, textnorm.Lower(s[i]))
	}
	return dst
}

// signCodes returns the codes of a currency sign ("$", "kr", "R$").
func signCodes(sign string) (string, bool) {
	return findForm(currencySigns[:], sign)
}

// letterSignCodes returns the codes of a sign of letters before a number in
// money that signCodes does not know as printed: a sign in other case ("KSh"
// for CLDR's "Ksh") or of one letter ("R", "K"). A sign that matches several
// in other case ("rf": "RF" and "Rf") stands for all their currencies.
func letterSignCodes(sign string) (string, bool) {
	if utf8.RuneCountInString(sign) == 1 {
		return findForm(currencyLetters[:], sign)
	}
	var codes []string
	for _, f := range currencySigns {
		if isLetters(f.form) && textnorm.EqualFold(f.form, sign) {
			for c := range strings.FieldsSeq(f.codes) {
				if !slices.Contains(codes, c) {
					codes = append(codes, c)
				}
			}
		}
	}
	slices.Sort(codes)
	return strings.Join(codes, " "), len(codes) > 0
}

// isLetters reports whether s is ASCII letters only.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// currencyOf turns the codes of a form into one code, or an error naming
// the candidates when there are several.
func currencyOf(pos int, text, codes string) (string, error) {
	if !strings.Contains(codes, " ") {
		return codes, nil
	}
	return "", &Error{Offset: pos, Reason: `"` + text + `" is used for several currencies`,
		Candidates: strings.Fields(codes), Err: ErrAmbiguous}
}

// A currency match: the ISO code, the text as printed, and the number of
// tokens it takes.
type curMatch struct {
	code, text string
	n          int
}

// currencyBefore matches a currency written before a number at the current
// token, without consuming it: a sign ("$", "US$", "€", "₦", and letters
// such as "kr" or "Rs" when a number follows), "US $", or an ISO code. A
// sign that stands for several currencies is an error wrapping
// ErrAmbiguous, an unknown sign one wrapping ErrUnknown.
func (p *parser) currencyBefore() (curMatch, error) {
	t := p.tok(0)
	s := p.text(t)
	switch t.kind {
	case tSym:
		if s == "%" || s == "‰" {
			return curMatch{}, nil
		}
		codes, ok := signCodes(s)
		if !ok {
			return curMatch{}, &Error{Offset: t.pos, Reason: `unknown currency sign "` + s + `"`, Err: ErrUnknown}
		}
		code, err := currencyOf(t.pos, s, codes)
		return curMatch{code, s, 1}, err
	case tWord:
		if IsCode(s) {
			return curMatch{s, s, 1}, nil
		}
		if s == "US" {
			if u := p.tok(1); u.kind == tSym && p.text(u) == "$" {
				return curMatch{"USD", p.in[t.pos:u.end], 2}, nil
			}
		}
		if n := p.tok(1); n.kind == tNum {
			codes, ok := signCodes(s)
			// In money, a sign may be printed in other case, and a sign of
			// one letter ("R1.2 billion") is read when joined to the number.
			// Three capitals are a code, unknown or not ("USH" is no "USh").
			if !ok && p.money && !p.isCodeAt(0) && (!n.spaceBef || utf8.RuneCountInString(s) > 1) {
				codes, ok = letterSignCodes(s)
			}
			if ok {
				code, err := currencyOf(t.pos, s, codes)
				return curMatch{code, s, 1}, err
			}
		}
		if p.isCodeAt(0) { // in money, three capitals no sign uses
			return curMatch{s, s, 1}, nil
		}
	}
	return curMatch{}, nil
}

// isCodeAt reports whether the token k places on is a currency code: one
// the grammar knows, or, when reading money, any three upper-case letters
// before or after a number (the caller checks it against ISO 4217).
func (p *parser) isCodeAt(k int) bool {
	t := p.tok(k)
	if t.kind != tWord {
		return false
	}
	s := p.text(t)
	if IsCode(s) {
		return true
	}
	return p.money && isCodeShape(s)
}

// currencyAfter matches a currency written after a number, without
// consuming it: an ISO code, a sign ("5 €", "500 kr"), or a currency name
// ("US dollars", "Swiss francs", "naira", "euros"). A name or sign that
// stands for several currencies ("francs", "kr") is an error wrapping
// ErrAmbiguous.
func (p *parser) currencyAfter() (curMatch, error) {
	t := p.tok(0)
	s := p.text(t)
	switch t.kind {
	case tSym:
		if s == "%" || s == "‰" {
			return curMatch{}, nil
		}
		if codes, ok := signCodes(s); ok {
			code, err := currencyOf(t.pos, s, codes)
			return curMatch{code, s, 1}, err
		}
		return curMatch{}, nil
	case tWord:
	default:
		return curMatch{}, nil
	}
	if p.isCodeAt(0) {
		return curMatch{s, s, 1}, nil
	}
	if m, err := p.currencyName(); m.n > 0 || err != nil {
		return m, err
	}
	if codes, ok := signCodes(s); ok {
		code, err := currencyOf(t.pos, s, codes)
		return curMatch{code, s, 1}, err
	}
	return curMatch{}, nil
}

// currencyName matches the longest currency name at the current token.
func (p *parser) currencyName() (curMatch, error) {
	t := p.tok(0)
	if t.end-t.pos > 40 {
		return curMatch{}, nil
	}
	var buf [48]byte
	key := string(foldInto(buf[:0], p.text(t)))
	table := currencyNames[:]
	i := sort.Search(len(table), func(i int) bool { return table[i].form >= key })
	best, bestN := "", 0
	for ; i < len(table); i++ {
		f := table[i].form
		if f != key && !strings.HasPrefix(f, key+" ") {
			break
		}
		if n := p.matchPhrase(f); n > bestN {
			best, bestN = table[i].codes, n
		}
	}
	if bestN == 0 {
		return curMatch{}, nil
	}
	text := p.in[t.pos:p.tok(bestN-1).end]
	code, err := currencyOf(t.pos, text, best)
	return curMatch{code, text, bestN}, err
}
