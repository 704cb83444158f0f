package convention

import (
	"errors"
	"fmt"
	"strings"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// The citation grammar, informally:
//
//	text      = [name [year] [":" | "," | dash]] list [year]
//	list      = element { sep element }
//	element   = (cite | chapters | this | before | continue) [of] [suffix]
//	cite      = prefix number parts
//	chapters  = ("chapter" | "chapters" | "chap" | "ch") ["."] (roman | number)
//	this      = "this" ("article" | "chapter")
//	before    = (para | subpara) parts                      (floats until its "of")
//	continue  = (number | roman | group | letter ")" | para | subpara) parts
//	prefix    = ("article" | "articles" | "art" | "arts") ["."]
//	parts     = { group | letter ")" | [","] para | [","] subpara | dotpara }
//	dotpara   = "." number, joined to what it follows ("16.1"), once, first
//	of        = "of" [para "of"] (prefix number | "this" "article")
//	para      = ("paragraph" | "paragraphs" | "para" | "paras" | "par" | "pars" | "§" | "§§") ["."] number
//	subpara   = ("subparagraph" | "subparagraphs" | "subpara" | … | "lit") ["."] [number] (letter | group)
//	group     = "(" (number | letter | roman) ")"
//	sep       = "," | ";" | "&" | ["," ] ("and" | "or" | "and/or") | dash | "to" | "through"
//	suffix    = [","] ("of" ("this" | "the") "Convention" | ["of"] name [year] | "(" name ")")
//	name      = ["the"] ("UNCAC" | ["United Nations" | "UN"] "Convention against Corruption")
//	year      = [","] four digits | "(" four digits ")"          (only where the Convention is named)
//
// Dash, "to" and "through" make a range. A group's meaning follows from its
// position: a number is a paragraph, a letter after the article or
// paragraph a subparagraph, a Roman numeral after a subparagraph an item;
// "a)" is read as "(a)". "Subparagraph 1 (a)" is UN style for paragraph 1,
// subparagraph (a). A citation written before its article ("paragraph 9
// (b) of article 46") floats until the "of article" that closes it, and a
// paragraph continuing a list ("article 46 and paragraph 2 of article 57")
// takes the article an "of article" after it names. A number is never a
// year, nor a year an article: a year is read only next to the
// Convention's name. Letters, keywords and Roman numerals are read in any
// case; every Unicode space counts as space.

// maxCitation is the length limit of ParseRef, ParseRefs and ParseChapter,
// in bytes: far longer than any list of citations a document prints.
const maxCitation = 4096

type tokKind uint8

const (
	tEOF tokKind = iota
	tNum
	tWord
	tLParen
	tRParen
	tComma
	tDot
	tDash
	tAmp
	tSemi
	tColon
	tSlash
	tSection // "§", a paragraph
	tQuote   // a quotation mark, inside a gloss: (“Mutual legal assistance”)
	tBad
)

type token struct {
	kind       tokKind
	start, end int // byte offsets in the input
}

// lexer hands out tokens one at a time; it never allocates.
type lexer struct {
	s   string
	pos int
}

func (l *lexer) next() token {
	for {
		n := textnorm.SpaceLen(l.s[l.pos:])
		if n == 0 {
			break
		}
		l.pos += n
	}
	start := l.pos
	if start >= len(l.s) {
		return token{kind: tEOF, start: start, end: start}
	}
	c := l.s[start]
	switch {
	case '0' <= c && c <= '9':
		for l.pos < len(l.s) && '0' <= l.s[l.pos] && l.s[l.pos] <= '9' {
			l.pos++
		}
		return token{tNum, start, l.pos}
	case isLetter(c):
		for l.pos < len(l.s) && isLetter(l.s[l.pos]) {
			l.pos++
		}
		return token{tWord, start, l.pos}
	}
	kind := tBad
	width := 1
	switch c {
	case '(':
		kind = tLParen
	case ')':
		kind = tRParen
	case ',':
		kind = tComma
	case '.':
		kind = tDot
	case '&':
		kind = tAmp
	case ';':
		kind = tSemi
	case ':':
		kind = tColon
	case '/':
		kind = tSlash
	case '-':
		kind = tDash
	case 0xC2:
		if strings.HasPrefix(l.s[start:], "§") {
			kind, width = tSection, len("§")
		}
	case '"':
		kind = tQuote
	default:
		// En dash, em dash, non-breaking hyphen and minus sign.
		for _, d := range [...]string{"\u2013", "\u2014", "\u2011", "\u2212"} {
			if len(l.s)-start >= len(d) && l.s[start:start+len(d)] == d {
				kind, width = tDash, len(d)
				break
			}
		}
		// Typographic quotation marks.
		for _, q := range [...]string{"\u201c", "\u201d", "\u2018", "\u2019"} {
			if strings.HasPrefix(l.s[start:], q) {
				kind, width = tQuote, len(q)
				break
			}
		}
	}
	l.pos += width
	return token{kind, start, l.pos}
}

func isLetter(c byte) bool { return 'a' <= textnorm.Lower(c) && textnorm.Lower(c) <= 'z' }

// raw is a citation as written, before it is checked against the text.
type raw struct {
	start, end int // where the citation is in the input
	num        int // where its article number is, if after a prefix ("art. 46"); else 0
	a, p, i    int
	s          byte // subparagraph letter, lower case, or 0
	ch         int  // the chapter of a chapter citation (then a, p, s, i are 0)
	paraByWord bool // the paragraph was written "paragraph 9", not "(9)"
	paraPlural bool // … and with "paragraphs"
	reversed   bool // written before its article: "paragraph 9 of article 46"
	floating   bool // reversed, and its article is still to come
	tentative  bool // a paragraph continuing a list: an "of article" after it names its article
}

// at returns where an error about r points: its article number, or its
// start.
func (r raw) at() int {
	if r.num > 0 {
		return r.num
	}
	return r.start
}

// An item is a citation in a list.
type item struct {
	r       raw
	isRange bool // r ends a range that starts at the item before
}

// errNoCitation is what the parser's errors are in scan mode, where they
// only mean that the text read is no citation, and building a *ParseError
// would cost an allocation per word of prose.
var errNoCitation = errors.New("no citation")

type parser struct {
	lex    lexer
	fn     string  // for errors: the function, "convention.ParseRef"
	in     Article // the article "this article" means; 0 if none
	scan   bool    // reading prose: stop at the first word that is no citation
	single bool    // read one element, not a list
	plural bool    // the last article prefix was plural ("articles", "arts.")
	named  bool    // the Convention was named, so a year may follow
	// floatEnd is, after list, where the run of citations written before
	// an article that never came ends, if the list began with one: no
	// citation starts inside it, so a scan goes on from there.
	floatEnd int
}

func (p *parser) peek() token {
	save := p.lex.pos
	t := p.lex.next()
	p.lex.pos = save
	return t
}

func (p *parser) text(t token) string { return p.lex.s[t.start:t.end] }

// want returns the error for text that is not what the parser expected at
// pos; what says what it expected.
func (p *parser) want(pos int, what string) error {
	if p.scan {
		return errNoCitation
	}
	return &ParseError{Func: p.fn, Input: p.lex.s, Offset: pos, Err: fmt.Errorf("%w: want %s", ErrSyntax, what)}
}

// word reports whether the next token is one of the given lower-case words,
// and consumes it (with a following dot, if dot is true) if so.
func (p *parser) word(dot bool, words ...string) bool {
	save := p.lex.pos
	t := p.lex.next()
	if t.kind == tWord {
		for _, w := range words {
			if textnorm.EqualFold(p.text(t), w) {
				if dot && p.peek().kind == tDot {
					p.lex.next()
				}
				return true
			}
		}
	}
	p.lex.pos = save
	return false
}

// isWord reports whether t is the word w, in any case.
func (p *parser) isWord(t token, w string) bool {
	return t.kind == tWord && textnorm.EqualFold(p.text(t), w)
}

// tok consumes the next token if it is of kind k.
func (p *parser) tok(k tokKind) bool {
	save := p.lex.pos
	if p.lex.next().kind == k {
		return true
	}
	p.lex.pos = save
	return false
}

// prefix consumes an article prefix and notes whether it is plural.
func (p *parser) prefix() bool {
	if p.word(true, "article", "art") {
		p.plural = false
		return true
	}
	if p.word(true, "articles", "arts") {
		p.plural = true
		return true
	}
	return false
}

func (p *parser) chapterWord() bool {
	return p.word(true, "chapter", "chapters", "chap", "ch")
}

// paragraphWord consumes a paragraph keyword and reports whether it is
// plural.
func (p *parser) paragraphWord() (plural, ok bool) {
	if p.tok(tSection) {
		return p.tok(tSection), true // "§ 9", "§§ 1 and 2"
	}
	if p.word(true, "paragraph", "para", "par") {
		return false, true
	}
	if p.word(true, "paragraphs", "paras", "pars") {
		return true, true
	}
	return false, false
}

func (p *parser) subparagraphWord() bool {
	// "lit." (litera) is the Swiss and German style: "art. 46 para. 9 lit. b".
	return p.word(true, "subparagraph", "subparagraphs", "subpara", "subparas", "subpar", "subpars", "lit")
}

// paragraph parses the number after a paragraph keyword into r.
func (p *parser) paragraph(r *raw, plural bool) error {
	n, t, ok := p.number()
	if !ok {
		return p.want(t.start, "a paragraph number")
	}
	r.p, r.paraByWord, r.paraPlural, r.end = n, true, plural, t.end
	return nil
}

// number consumes a number written as citations write one: no leading
// zero. Numbers beyond 9999 are reported as 10000.
func (p *parser) number() (int, token, bool) {
	save := p.lex.pos
	t := p.lex.next()
	if t.kind != tNum || (p.lex.s[t.start] == '0' && t.end-t.start > 1) {
		p.lex.pos = save
		return 0, t, false
	}
	n, _ := parseSmallUint(p.text(t))
	return n, t, true
}

// cmpOr returns the first non-nil error.
func cmpOr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// isYear reports whether t is a year: four digits from 1000 to 2999.
func (p *parser) isYear(t token) bool {
	if t.kind != tNum || t.end-t.start != 4 {
		return false
	}
	c := p.lex.s[t.start]
	return c == '1' || c == '2'
}

// cite parses a citation that starts with the article number, after the
// article prefix, if any, at start (-1 if none).
func (p *parser) cite(start int) (raw, error) {
	n, t, ok := p.number()
	if !ok {
		return raw{}, p.want(t.start, "an article number")
	}
	if start < 0 {
		start = t.start
	}
	r := raw{start: start, end: t.end, num: t.start, a: n}
	err := p.components(&r)
	return r, err
}

// chapter parses the numeral after a chapter keyword.
func (p *parser) chapter(start int) (raw, error) {
	t := p.lex.next()
	n, ok := 0, false
	switch t.kind {
	case tNum:
		if p.lex.s[t.start] != '0' || t.end-t.start == 1 {
			n, ok = parseSmallUint(p.text(t))
		}
	case tWord:
		n, ok = parseRoman(p.text(t))
	}
	if !ok {
		return raw{}, p.want(t.start, "a chapter number, in Roman or Arabic numerals")
	}
	return raw{start: start, end: t.end, ch: n}, nil
}

// components parses the paragraph, subparagraph and item parts that follow
// an article number (or a continuation) into r. It stops, consuming
// nothing more, at the first thing that is no such part.
func (p *parser) components(r *raw) error {
	for {
		save := p.lex.pos
		t := p.lex.next()
		switch t.kind {
		case tDot:
			// "art. 16.1": a paragraph after a dot, joined to the article
			// number and to its own.
			u := p.lex.next()
			n, ok := parseSmallUint(p.text(u))
			if t.start != r.end || r.p != 0 || r.s != 0 || r.i != 0 || u.kind != tNum || u.start != t.end || !ok ||
				p.lex.s[u.start] == '0' {
				p.lex.pos = save
				return nil
			}
			r.p, r.end = n, u.end
			continue
		case tLParen:
			p.lex.pos = save
			ok, err := p.group(r)
			if err != nil {
				return err
			}
			if !ok {
				return nil
			}
			continue
		case tWord:
			// "a)" as some texts print "(a)".
			p.lex.pos = save
			if p.closingGroup(r) {
				continue
			}
			fallthrough
		case tComma, tSection:
			if t.kind == tWord || t.kind == tSection {
				p.lex.pos = save
			}
			if plural, ok := p.paragraphWord(); ok {
				if r.p != 0 || r.s != 0 {
					p.lex.pos = save
					return nil
				}
				if err := p.paragraph(r, plural); err != nil {
					return err
				}
				continue
			}
			if p.subparagraphWord() {
				if err := p.subparagraph(r); err != nil {
					return err
				}
				continue
			}
		}
		p.lex.pos = save
		return nil
	}
}

// group parses "(9)", "(b)" or "(iii)" into r and reports whether it did.
// If no "(" follows it consumes nothing; if what follows "(" is no group
// that fits r, it consumes nothing in scan mode and returns an error
// otherwise.
func (p *parser) group(r *raw) (bool, error) {
	save := p.lex.pos
	if !p.tok(tLParen) {
		return false, nil
	}
	if p.gloss() {
		// "article 17 (embezzlement)": the suffix's.
		p.lex.pos = save
		return false, nil
	}
	t := p.lex.next()
	ok := false
	switch t.kind {
	case tNum:
		if r.p == 0 && r.s == 0 && p.lex.s[t.start] != '0' {
			r.p, _ = parseSmallUint(p.text(t))
			ok = true
		}
	case tWord:
		if p.isWord(t, "uncac") {
			// "article 46 (UNCAC)": the suffix's.
			p.lex.pos = save
			return false, nil
		}
		ok = p.letterOrItem(r, t)
	}
	if !ok {
		p.lex.pos = save
		if p.scan {
			return false, nil
		}
		switch {
		case r.i != 0:
			return false, p.want(t.start, "no part after the item")
		case r.s != 0:
			return false, p.want(t.start, "an item's Roman numeral (i, ii, iii …)")
		case r.p != 0:
			return false, p.want(t.start, "a subparagraph letter")
		}
		return false, p.want(t.start, "a paragraph number or a subparagraph letter")
	}
	if e := p.lex.next(); e.kind == tRParen {
		r.end = e.end
		return true, nil
	} else if !p.scan {
		return false, p.want(e.start, `")"`)
	}
	p.lex.pos = save
	return false, nil
}

// closingGroup parses "b)" or "ii)", a group printed without its opening
// parenthesis, into r and reports whether it did.
func (p *parser) closingGroup(r *raw) bool {
	save := p.lex.pos
	t := p.lex.next()
	if t.kind == tWord && t.end-t.start <= 5 && !strings.Contains(p.lex.s[save:t.start], "\n") {
		// A letter at the start of a line is a list's label, not a citation's.
		if e := p.lex.next(); e.kind == tRParen {
			saved := *r
			if p.letterOrItem(r, t) {
				r.end = e.end
				return true
			}
			*r = saved
		}
	}
	p.lex.pos = save
	return false
}

// gloss reports whether what follows, after a "(" already consumed, is a
// gloss in words that closes with ")": "(embezzlement)", "(international
// cooperation)", of at most 16 words and commas. It consumes nothing. A
// word of Roman numerals or of fewer than five letters alone is no gloss:
// "(iiii)" and "(bb)" are malformed groups.
func (p *parser) gloss() bool {
	save := p.lex.pos
	defer func() { p.lex.pos = save }()
	long := false
	for n := 0; n <= maxGlossTokens; n++ {
		t := p.lex.next()
		switch t.kind {
		case tWord:
			if t.end-t.start >= 5 && !isRomanLetters(p.text(t)) {
				long = true
			}
		case tComma, tDash, tQuote:
		case tRParen:
			return long && n > 0
		default:
			return false
		}
	}
	return false
}

// maxGlossTokens bounds a gloss, so that reading one costs little.
const maxGlossTokens = 16

// isRomanLetters reports whether w is made of the letters of Roman
// numerals only.
func isRomanLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		switch textnorm.Lower(w[i]) {
		case 'i', 'v', 'x', 'l', 'c', 'd', 'm':
		default:
			return false
		}
	}
	return true
}

// closingWord reports whether a word and ")" follow.
func (p *parser) closingWord() bool {
	save := p.lex.pos
	defer func() { p.lex.pos = save }()
	return p.lex.next().kind == tWord && p.lex.next().kind == tRParen
}

// letterOrItem assigns a word found in a group: a subparagraph letter if
// there is no subparagraph yet, else an item's Roman numeral.
func (p *parser) letterOrItem(r *raw, t token) bool {
	w := p.text(t)
	switch {
	case r.s == 0 && len(w) == 1:
		r.s = textnorm.Lower(w[0])
		return true
	case r.s != 0 && r.i == 0:
		n, ok := parseRoman(w)
		if ok {
			r.i = n
		}
		return ok
	}
	return false
}

// subparagraph parses what follows the word "subparagraph": a letter, "(b)"
// or "b", or in UN style a paragraph number and a letter, "1 (a)".
func (p *parser) subparagraph(r *raw) error {
	if r.s != 0 {
		return p.want(p.lex.pos, "no second subparagraph")
	}
	if t := p.peek(); t.kind == tNum {
		if r.p != 0 {
			return p.want(t.start, "a subparagraph letter")
		}
		if err := p.paragraph(r, false); err != nil {
			return err
		}
		ok, err := p.group(r)
		if err != nil {
			return err
		}
		if !ok && !p.closingGroup(r) || r.s == 0 {
			return p.want(p.peek().start, "a subparagraph letter in parentheses")
		}
		return nil
	}
	ok, err := p.group(r)
	if err != nil {
		return err
	}
	if ok || p.closingGroup(r) {
		if r.s == 0 {
			return p.want(r.start, "a subparagraph letter")
		}
		return nil
	}
	t := p.lex.next()
	if t.kind != tWord || t.end-t.start != 1 {
		return p.want(t.start, "a subparagraph letter")
	}
	r.s, r.end = textnorm.Lower(p.text(t)[0]), t.end
	return nil
}

// name consumes a name of the Convention: "UNCAC", "(UNCAC)", "the United
// Nations Convention against Corruption", "UN Convention Against
// Corruption", with a year after it if there is one.
func (p *parser) name() bool {
	save := p.lex.pos
	p.word(false, "the")
	switch {
	case p.word(false, "uncac"):
	case p.tok(tLParen) && p.word(false, "uncac") && p.tok(tRParen):
	default:
		p.lex.pos = save
		p.word(false, "the")
		if p.word(false, "united") {
			if !p.word(false, "nations") {
				p.lex.pos = save
				return false
			}
		} else {
			p.word(false, "un")
		}
		if !p.word(false, "convention") || !p.word(false, "against") || !p.word(false, "corruption") {
			p.lex.pos = save
			return false
		}
	}
	p.named = true
	p.year(false)
	return true
}

// year consumes a year next to the Convention's name: "2003", ", 2003" (if
// comma), or "(2003)".
func (p *parser) year(comma bool) bool {
	save := p.lex.pos
	if comma {
		p.tok(tComma)
	}
	if p.tok(tLParen) {
		if t := p.lex.next(); p.isYear(t) && p.tok(tRParen) {
			return true
		}
	} else if p.isYear(p.lex.next()) {
		return true
	}
	p.lex.pos = save
	return false
}

// suffix consumes what may follow a list element and names the
// Convention: "of this Convention", "of the United Nations Convention
// against Corruption, 2003", ", UNCAC", "(UNCAC)". It reports false, and
// consumes nothing, if the element is followed by "of the Convention
// against Transnational Organized Crime" or another instrument's name,
// which makes the element no citation of this Convention.
func (p *parser) suffix() bool {
	save := p.lex.pos
	p.tok(tComma)
	if p.word(false, "of") {
		this := p.word(false, "this")
		if (this || p.word(false, "the")) && p.word(false, "convention") {
			if t := p.peek(); !this && (p.isWord(t, "against") || p.isWord(t, "on")) {
				// "of the Convention against Transnational Organized Crime"
				p.lex.next()
				if !p.word(false, "corruption") {
					p.lex.pos = save
					return false
				}
			}
			p.named = true
			p.year(true)
			return true
		}
		p.lex.pos = save
		p.tok(tComma)
		p.word(false, "of")
	}
	if p.name() {
		return true
	}
	p.lex.pos = save
	if p.tok(tLParen) && p.gloss() {
		for p.lex.next().kind != tRParen {
		}
		return true
	}
	p.lex.pos = save
	return true
}

// item parses the first element of a list: a citation with or without an
// article prefix, a chapter, "this article", or a citation written before
// its article ("paragraph 9 of article 46"), which floats until the "of
// article" that closes it.
func (p *parser) item() (raw, error) {
	start := p.peek().start
	switch {
	case p.prefix():
		return p.cite(start)
	case p.chapterWord():
		return p.chapter(start)
	case p.word(false, "this"):
		return p.this(start)
	}
	if plural, ok := p.paragraphWord(); ok {
		r := raw{start: start, reversed: true, floating: true}
		if err := p.paragraph(&r, plural); err != nil {
			return raw{}, err
		}
		err := p.components(&r)
		return r, err
	}
	if p.subparagraphWord() {
		r := raw{start: start, reversed: true, floating: true}
		if err := p.subparagraph(&r); err != nil {
			return raw{}, err
		}
		err := p.components(&r)
		return r, err
	}
	if p.scan {
		return raw{}, p.want(start, "a citation")
	}
	return p.cite(-1)
}

// this parses what follows "this": "article" or "chapter", which the
// parser's article names.
func (p *parser) this(start int) (raw, error) {
	t := p.lex.next()
	switch {
	case p.isWord(t, "article"):
		if p.in == 0 {
			return raw{}, p.want(start, `an article number ("this article" is relative: use Citations with the article the text belongs to)`)
		}
		return raw{start: start, end: t.end, a: int(p.in)}, nil
	case p.isWord(t, "chapter"):
		if p.in == 0 {
			return raw{}, p.want(start, `a chapter number ("this chapter" is relative: use Citations with the article the text belongs to)`)
		}
		return raw{start: start, end: t.end, ch: int(p.in.Chapter())}, nil
	}
	return raw{}, p.want(t.start, `"article" or "chapter" after "this"`)
}

// of reads the "of article 46", "of paragraph 9 of article 46" or "of this
// article" that names the article of the floating or tentative citations
// at the end of list, and gives it to them. It consumes nothing if no such
// phrase follows (it may be "of the Convention").
func (p *parser) of(list []item) error {
	last := list[len(list)-1].r
	if !last.floating && !last.tentative {
		return nil
	}
	save := p.lex.pos
	if !p.word(false, "of") {
		return nil
	}
	para := 0
	if plural, ok := p.paragraphWord(); ok {
		var pr raw
		if err := p.paragraph(&pr, plural); err != nil {
			return err
		}
		if t := p.peek(); !p.word(false, "of") {
			return p.want(t.start, `"of article" after the paragraph`)
		}
		para = pr.p
	}
	var a, end int
	switch {
	case p.prefix():
		n, t, ok := p.number()
		if !ok {
			return p.want(t.start, "an article number")
		}
		a, end = n, t.end
	case p.word(false, "this"):
		t := p.lex.next()
		if !p.isWord(t, "article") || p.in == 0 {
			if !last.floating && para == 0 {
				p.lex.pos = save
				return nil
			}
			if p.isWord(t, "article") {
				return p.want(t.start, `an article number ("this article" is relative: use Citations with the article the text belongs to)`)
			}
			return p.want(t.start, `"article"`)
		}
		a, end = int(p.in), t.end
	default:
		if para != 0 {
			return p.want(p.peek().start, `"article" and its number`)
		}
		p.lex.pos = save
		return nil
	}
	for k := len(list) - 1; k >= 0 && (list[k].r.floating || list[k].r.tentative); k-- {
		r := &list[k].r
		if para != 0 {
			if r.p != 0 {
				// "paragraph 9 of paragraph 10 of article 46"
				return p.want(r.start, "one paragraph, not a paragraph of a paragraph")
			}
			r.p = para
		}
		// A bare number after "paragraphs 9 and 10 of article 46" is an
		// article.
		r.a, r.floating, r.tentative, r.paraByWord, r.end = a, false, false, false, end
	}
	return nil
}

// separator consumes a list separator and reports whether it makes a range.
// It reports false, consuming nothing, if no separator follows. A comma
// before "of the Convention" is no separator.
func (p *parser) separator() (isRange, ok bool) {
	save := p.lex.pos
	t := p.lex.next()
	switch {
	case t.kind == tDash:
		return true, true
	case t.kind == tAmp || t.kind == tSemi:
		return false, true
	case t.kind == tComma:
		if n := p.peek(); p.isWord(n, "of") {
			break
		}
		p.conjunction()
		return false, true
	case p.isWord(t, "to") || p.isWord(t, "through"):
		return true, true
	default:
		p.lex.pos = save
		if p.conjunction() {
			return false, true
		}
	}
	p.lex.pos = save
	return false, false
}

// conjunction consumes "and", "or" or "and/or".
func (p *parser) conjunction() bool {
	if p.word(false, "or") {
		return true
	}
	if !p.word(false, "and") {
		return false
	}
	save := p.lex.pos
	if !p.tok(tSlash) || !p.word(false, "or") {
		p.lex.pos = save
	}
	return true
}

// continuation parses a list element written without an article, taking
// what it leaves out from prev.
func (p *parser) continuation(prev raw) (raw, error) {
	t := p.peek()
	cur := raw{start: t.start, a: prev.a, reversed: prev.reversed, floating: prev.floating, tentative: prev.tentative}
	switch {
	case prev.ch != 0:
		// Another chapter: "chapters II and V".
		return p.chapter(t.start)
	case p.isWord(t, "this"):
		p.lex.next()
		return p.this(t.start)
	case t.kind == tNum && prev.paraByWord && (prev.paraPlural || !p.plural):
		// Another paragraph: "10" after "paragraphs 9". After "articles
		// 52, paragraph 1," a number is an article.
		if err := p.paragraph(&cur, prev.paraPlural); err != nil {
			return raw{}, err
		}
	case t.kind == tNum && p.isYear(t):
		return raw{}, p.want(t.start, "an article number, not a year (a year is read only next to the Convention's name)")
	case t.kind == tNum:
		return p.cite(-1)
	case t.kind == tWord && prev.reversed && !prev.floating:
		// A new citation before its article: "paragraph 9 of article 46
		// and paragraph 2 of article 48".
		return p.item()
	case t.kind == tWord && prev.s != 0 && p.closingWord():
		// "b)" after "a) (i) or (ii) or": another subparagraph, or item.
		if prev.i != 0 && isRoman(p.text(t)) {
			cur.s = prev.s
		}
		cur.p, cur.paraByWord, cur.paraPlural = prev.p, prev.paraByWord, prev.paraPlural
		if !p.closingGroup(&cur) {
			return raw{}, p.want(t.start, "a subparagraph letter or item numeral")
		}
	case t.kind == tWord:
		if plural, ok := p.paragraphWord(); ok {
			if !prev.floating {
				cur.tentative = true
			}
			if err := p.paragraph(&cur, plural); err != nil {
				return raw{}, err
			}
			break
		}
		if !p.subparagraphWord() {
			return raw{}, p.want(t.start, "a citation")
		}
		if p.peek().kind != tNum {
			// "subparagraphs (a) and (b)": the paragraph carries over.
			cur.p, cur.paraByWord, cur.paraPlural = prev.p, prev.paraByWord, prev.paraPlural
		}
		if err := p.subparagraph(&cur); err != nil {
			return raw{}, err
		}
	case t.kind == tLParen:
		p.lex.next()
		w := p.peek()
		p.lex.pos = t.start
		switch {
		case w.kind == tNum:
			// A paragraph: "(10)" after "art. 46(9)".
		case prev.i != 0 && isRoman(p.text(w)):
			// An item: "(iii)" after "art. 2(a)(i)".
			cur.p, cur.s = prev.p, prev.s
		default:
			// A subparagraph: "(c)" after "art. 57(3)(a)".
			cur.p = prev.p
		}
		cur.paraByWord, cur.paraPlural = prev.paraByWord, prev.paraPlural
		if ok, err := p.group(&cur); err != nil || !ok {
			return raw{}, cmpOr(err, p.want(t.start, "a paragraph number, subparagraph letter or item numeral in parentheses"))
		}
	default:
		return raw{}, p.want(t.start, "a citation")
	}
	err := p.components(&cur)
	return cur, err
}

// list parses a list of citations, appending them to dst. In scan mode it stops before the first
// element that is not part of a citation, and returns what it read, which
// may be nothing; otherwise it returns an error there.
func (p *parser) list(dst []item) ([]item, error) {
	list := dst[:0]
	good, goodPos := 0, p.lex.pos // the list up to the last complete element
	p.named, p.floatEnd = false, 0
	if p.name() {
		// "UNCAC art. 5", "UNCAC-Art46", "UN Convention against
		// Corruption, Article 15".
		if !p.tok(tColon) && !p.tok(tComma) {
			p.tok(tDash)
		}
	}
	for {
		isRange := false
		var cur raw
		var err error
		if len(list) == 0 {
			cur, err = p.item()
		} else {
			prev := list[len(list)-1].r
			if p.single && !prev.floating {
				break
			}
			var ok bool
			if isRange, ok = p.separator(); !ok {
				break
			}
			if t := p.peek(); p.named && p.isYear(t) && !isRange {
				// "UN Convention against Corruption, Article 15, 2003"
				p.lex.pos = goodPos
				break
			}
			switch start := p.peek().start; {
			case p.prefix():
				cur, err = p.cite(start)
			case p.chapterWord():
				cur, err = p.chapter(p.peek().start)
			default:
				cur, err = p.continuation(prev)
			}
			if err == nil {
				switch {
				case prev.floating && !cur.floating:
					err = p.want(cur.at(), "a paragraph or subparagraph before the \"of article\" that closes the list")
				case isRange && list[len(list)-1].isRange:
					err = p.want(cur.start, "no range after a range")
				case isRange && (cur.ch != 0) != (prev.ch != 0):
					err = p.want(cur.start, "a range of chapters or of provisions, not both")
				}
			}
		}
		if err == nil {
			list = append(list, item{cur, isRange})
			err = p.of(list)
		}
		if err == nil && !list[len(list)-1].r.floating && !p.suffix() {
			err = p.want(p.lex.pos, "a citation of this Convention, not of another instrument")
		}
		if err != nil {
			if !p.scan {
				return nil, err
			}
			list = list[:good]
			p.lex.pos = goodPos
			break
		}
		if !list[len(list)-1].r.floating {
			good, goodPos = len(list), p.lex.pos
		} else if good == 0 {
			p.floatEnd = p.lex.pos
		}
	}
	if !p.scan && len(list) > 0 && list[len(list)-1].r.floating {
		return nil, p.want(p.peek().start, `"of article" and its number`)
	}
	list = list[:good]
	p.lex.pos = goodPos
	return list, nil
}

// end checks that nothing but a year where the Convention is named follows.
func (p *parser) end() error {
	if p.named {
		p.year(true)
	}
	if t := p.lex.next(); t.kind != tEOF {
		if p.single {
			return p.want(t.start, "the end of the citation (ParseRefs reads lists)")
		}
		return p.want(t.start, "the end of the citation, or a separator (\",\", \"and\", \"or\", \"to\") and another citation")
	}
	return nil
}

// resolve checks a raw citation against the text of the Convention.
func (p *parser) resolve(r raw) (Ref, error) {
	a := Article(min(r.a, 255))
	if !a.IsValid() || r.p > 255 || r.i > 255 || (r.p != 0 && !a.numbered()) {
		return Ref{}, p.unknownRef(r, a)
	}
	ref, ok := RefOf(a, r.p, r.s, r.i)
	if !ok {
		return Ref{}, p.unknownRef(r, a)
	}
	return ref, nil
}

// unknownRef returns the error for r, a citation of a provision that
// article a lacks, saying what the Convention has instead.
func (p *parser) unknownRef(r raw, a Article) error {
	if p.scan {
		return errNoCitation
	}
	var why string
	switch n := a.paragraphs(); {
	case !a.IsValid():
		why = fmt.Sprintf("want an article from 1 to %d", NumArticles)
	case r.p != 0 && n == 1:
		why = fmt.Sprintf("%v is one unnumbered paragraph: cite its subparagraphs as \"art. %d(a)\"", a, a)
	case r.p > n:
		why = fmt.Sprintf("%v has %d paragraphs", a, n)
	case r.p == 0 && n > 1:
		why = fmt.Sprintf("%v has numbered paragraphs: name the paragraph, as in \"art. %d(1)(a)\"", a, a)
	default:
		why = "the text has no such subparagraph or item"
	}
	return &ParseError{Func: p.fn, Input: p.lex.s, Offset: r.at(), Err: fmt.Errorf("%w: %s", ErrUnknownProvision, why)}
}

// resolveChapter checks a raw chapter citation.
func (p *parser) resolveChapter(r raw) (Chapter, error) {
	if c := Chapter(min(r.ch, 255)); c.IsValid() {
		return c, nil
	}
	if p.scan {
		return 0, errNoCitation
	}
	return 0, &ParseError{Func: p.fn, Input: p.lex.s, Offset: r.at(),
		Err: fmt.Errorf("%w: want a chapter from I to VIII", ErrUnknownProvision)}
}

// ParseRef parses a citation of one provision of the Convention. It accepts
// the spellings found in UN documents, in any case and with any spacing,
// including no-break spaces:
//
//	art. 46(9)(b)
//	article 46, paragraph 9 (b)
//	art. 46, para. 9(b)
//	art. 46, para. 9, subpara. (b)
//	Article 46 (9) (b)
//	46(9)(b)
//	article 2 (a) (i)
//	article 23, paragraph 1 b) (ii)
//	article 23, subparagraph 1 (a)
//	Art. 46, § 9(b)
//	Art. 46 para. 9 lit. b
//	art. 16.1
//	article 46 (“Mutual legal assistance”)
//
// the reversed forms that name the article last:
//
//	paragraph 9 (b) of article 46
//	subparagraph (b) of paragraph 9 of article 46
//	subparagraph 1 (a) of article 23
//
// and the Convention's name before or after the citation, with or without
// the year of its adoption:
//
//	article 46 of this Convention
//	article 63, paragraph 5, of the Convention
//	Art. 2(e) UNCAC
//	Article 51, UNCAC
//	UNCAC-Art46
//	UN Convention Against Corruption, Article 15, 2003
//	article 5 of the United Nations Convention against Corruption (2003)
//
// A year is read only next to the Convention's name, never as an article.
// "Subparagraph 1 (a)" is the UN's way of writing paragraph 1, subparagraph
// (a). Numbers are written without leading zeros.
//
// Text that is not a citation is ErrSyntax, with a message that says what
// was expected at the offset. A well-formed citation of a provision that
// the Convention does not have, such as art. 72, art. 46(31) or art. 15(2),
// is ErrUnknownProvision. In an article of one unnumbered paragraph, a
// paragraph number is unknown: article 15 is cited "art. 15(a)", never
// "art. 15(1)(a)". Both errors come wrapped in a *ParseError that gives the
// offset of the problem: for an unknown provision, the start of its
// citation. An input longer than 4096 bytes is an error wrapping ErrRange.
func ParseRef(s string) (Ref, error) { return parseRef(s, "convention.ParseRef") }

// MustParseRef is like ParseRef but panics if s is not a citation of a
// provision. It is meant for constants in programs and tests.
func MustParseRef(s string) Ref {
	r, err := ParseRef(s)
	if err != nil {
		panic(err)
	}
	return r
}

func parseRef(s, fn string) (Ref, error) {
	if len(s) > maxCitation {
		return Ref{}, &ParseError{Func: fn, Input: s, Offset: maxCitation, Err: errTooLong(maxCitation)}
	}
	p := parser{lex: lexer{s: s}, fn: fn, single: true}
	var buf [4]item
	list, err := p.list(buf[:0])
	if err != nil {
		return Ref{}, err
	}
	if len(list) > 1 {
		// "paragraphs 9 and 10 of article 46"
		return Ref{}, p.want(list[1].r.start, "one citation (ParseRefs reads lists)")
	}
	if list[0].r.ch != 0 {
		return Ref{}, p.want(list[0].r.start, "a citation of an article or a provision (ParseChapter reads chapters)")
	}
	if err := p.end(); err != nil {
		return Ref{}, err
	}
	return p.resolve(list[0].r)
}

// ParseRefs parses a list of citations as reports write them, and returns
// the provisions in the order written, with ranges and chapters expanded:
//
//	articles 15, 16 and 21               → art. 15, art. 16, art. 21
//	arts. 44–46                          → art. 44, art. 45, art. 46
//	article 46, paragraphs 9 and 10      → art. 46(9), art. 46(10)
//	art. 57(3)(a)–(c)                    → art. 57(3)(a), art. 57(3)(b), art. 57(3)(c)
//	art. 44 and art. 46(9)(b)            → art. 44, art. 46(9)(b)
//	paragraphs 9 and 10 of article 46    → art. 46(9), art. 46(10)
//	articles 52, paragraph 1, and 53     → art. 52(1), art. 53
//	arts. 15 and 16; art. 23             → art. 15, art. 16, art. 23
//	article 31 or 55                     → art. 31, art. 55
//	paragraph 1 or 2 of article 42       → art. 42(1), art. 42(2)
//	chapter V                            → art. 51, art. 52, …, art. 59
//	articles 46 and 55 of the Convention and paragraphs 1 and 2 of article 57
//	                                     → art. 46, art. 55, art. 57(1), art. 57(2)
//
// Items are separated by commas, semicolons, "and", "or", "and/or" or "&";
// a dash, "to" or "through" makes a range, whose ends must differ only in
// their last part (a range of articles, of chapters, of paragraphs in one
// article, of subparagraphs in one paragraph, or of items), and which
// cannot continue into another range ("arts. 1–3–5"). A part written
// without an article continues the citation before it: a bare number after
// "paragraphs 9" is another paragraph, and so after "paragraph 9" unless
// its article came after "articles" or "arts."; otherwise it is an article.
// A paragraph that continues a list takes the article an "of article"
// after it names. A chapter stands for its articles (Citations tells
// chapters from articles). Any element may end with "of this Convention"
// or the Convention's name, as in ParseRef. Every citation must name an
// existing provision; errors and limits are as for ParseRef.
func ParseRefs(s string) ([]Ref, error) {
	const fn = "convention.ParseRefs"
	if len(s) > maxCitation {
		return nil, &ParseError{Func: fn, Input: s, Offset: maxCitation, Err: errTooLong(maxCitation)}
	}
	p := parser{lex: lexer{s: s}, fn: fn}
	var buf [8]item
	list, err := p.list(buf[:0])
	if err != nil {
		return nil, err
	}
	if err := p.end(); err != nil {
		return nil, err
	}
	refs := make([]Ref, 0, len(list))
	err = p.each(list, func(c Citation) bool {
		if c.Chapter != 0 {
			for a := range c.Chapter.Articles() {
				refs = append(refs, a.Ref())
			}
			return true
		}
		refs = append(refs, c.Ref)
		return true
	})
	if err != nil {
		return nil, err
	}
	return refs, nil
}

// each calls yield with what every element of list cites, ranges expanded,
// until yield returns false. It returns the first element that cites
// nothing that exists, and checks every range's ends before it yields the
// range's members.
func (p *parser) each(list []item, yield func(Citation) bool) error {
	return p.eachOf(list, false, yield)
}

// eachOf is each, skipping elements that cite nothing that exists if skip
// is true.
func (p *parser) eachOf(list []item, skip bool, yield0 func(Citation) bool) error {
	stopped := false
	yield := func(c Citation) bool {
		if !yield0(c) {
			stopped = true
		}
		return !stopped
	}
	for k, it := range list {
		if k+1 < len(list) && list[k+1].isRange {
			// The start of a range: yielded with the range.
			continue
		}
		if it.isRange {
			if err := p.expand(list[k-1].r, it.r, yield); err != nil && !skip {
				return err
			}
			if stopped {
				return nil
			}
			continue
		}
		c := Citation{Start: it.r.start, End: it.r.end}
		var err error
		if it.r.ch != 0 {
			c.Chapter, err = p.resolveChapter(it.r)
		} else {
			c.Ref, err = p.resolve(it.r)
		}
		if err != nil {
			if skip {
				continue
			}
			return err
		}
		if !yield(c) {
			return nil
		}
	}
	return nil
}

// expand yields the provisions (or chapters) from from to to, which must
// differ in their last part only, each with the span of the whole range.
func (p *parser) expand(from, to raw, yield func(Citation) bool) error {
	span := Citation{Start: from.start, End: to.end}
	if from.ch != 0 {
		if _, err := p.resolveChapter(from); err != nil {
			return err
		}
		if _, err := p.resolveChapter(to); err != nil {
			return err
		}
		if from.ch >= to.ch {
			return p.want(to.start, "a range's end after its start")
		}
		for c := from.ch; c <= to.ch; c++ {
			span.Chapter = Chapter(c)
			if !yield(span) {
				return nil
			}
		}
		return nil
	}
	type part struct{ from, to int }
	parts := [4]part{{from.a, to.a}, {from.p, to.p}, {int(from.s), int(to.s)}, {from.i, to.i}}
	level := -1
	for k, pt := range parts {
		if pt.from != pt.to {
			if level >= 0 {
				return p.want(to.start, "a range's end that differs from its start in the last part only")
			}
			level = k
		} else if level >= 0 && pt.from != 0 {
			return p.want(to.start, "a range's end that differs from its start in the last part only")
		}
	}
	if level < 0 || parts[level].from == 0 || parts[level].from > parts[level].to {
		// "art. 46–(3)" starts at the article and ends at a paragraph.
		return p.want(to.start, "a range's end after its start and at the same depth")
	}
	// Check both ends first, so that an unknown end is reported as such.
	if _, err := p.resolve(from); err != nil {
		return err
	}
	if _, err := p.resolve(to); err != nil {
		return err
	}
	for v := parts[level].from; v <= parts[level].to; v++ {
		r := from
		switch level {
		case 0:
			r.a = v
		case 1:
			r.p = v
		case 2:
			r.s = byte(v)
		case 3:
			r.i = v
		}
		ref, err := p.resolve(r)
		if err != nil {
			return err
		}
		span.Ref = ref
		if !yield(span) {
			return nil
		}
	}
	return nil
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
	if len(s) > len("xxxviii") {
		return 0, false
	}
	for n := 1; n < len(romanDigits); n++ {
		if textnorm.EqualFold(s, romanDigits[n]) {
			return n, true
		}
	}
	return 0, false
}

func isRoman(s string) bool {
	_, ok := parseRoman(s)
	return ok
}
