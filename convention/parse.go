package convention

import "github.com/uncac-go/uncac/internal/textnorm"

// The citation grammar, informally:
//
//	list      = cite { sep (cite | continue) } [suffix]     (ParseRef: one cite)
//	cite      = [prefix] number parts | before { sep continue } of
//	continue  = (number | group | para | subpara) parts   (the rest as in the cite before)
//	before    = (para | subpara) parts
//	prefix    = ("article" | "articles" | "art" | "arts") ["."]
//	parts     = { group | [","] para | [","] subpara }
//	of        = "of" [para "of"] prefix number
//	para      = ("paragraph" | "paragraphs" | "para" | "paras" | "par" | "pars") ["."] number
//	subpara   = ("subparagraph" | "subparagraphs" | "subpara" | "subparas" | …) ["."] [number] (letter | group)
//	group     = "(" (number | letter | roman) ")"
//	sep       = "," | ";" | "and" | ", and" | "&" | dash | "to"   (dash and "to" make a range)
//	suffix    = [","] "of" ["the"] ("Convention" | "UNCAC" | "United Nations Convention against Corruption")
//
// A group's meaning follows from its position: a number is a paragraph, a
// letter after the article or paragraph a subparagraph, a Roman numeral after
// a subparagraph an item. "Subparagraph 1 (a)" is UN style for paragraph 1,
// subparagraph (a). A citation written before its article ("paragraph 9 (b)
// of article 46") floats until the "of article" that closes it. Letters,
// keywords and Roman numerals are read in any case; no-break and thin spaces
// count as spaces.

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
	case '-':
		kind = tDash
	default:
		// En dash, em dash, non-breaking hyphen and minus sign.
		for _, d := range [...]string{"\u2013", "\u2014", "\u2011", "\u2212"} {
			if len(l.s)-start >= len(d) && l.s[start:start+len(d)] == d {
				kind, width = tDash, len(d)
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
	start      int // where the citation starts in the input
	a, p, i    int
	s          byte // subparagraph letter, lower case, or 0
	paraByWord bool // the paragraph was written "paragraph 9", not "(9)"
	paraPlural bool // … and with "paragraphs"
	reversed   bool // written before its article: "paragraph 9 of article 46"
	floating   bool // reversed, and its article is still to come
}

type parser struct {
	lex    lexer
	fn     string // for errors: the function, "convention.ParseRef"
	plural bool   // the last article prefix was plural ("articles", "arts.")
}

func (p *parser) peek() token {
	save := p.lex.pos
	t := p.lex.next()
	p.lex.pos = save
	return t
}

func (p *parser) text(t token) string { return p.lex.s[t.start:t.end] }

func (p *parser) fail(pos int, err error) error {
	return &ParseError{Func: p.fn, Input: p.lex.s, Offset: pos, Err: err}
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

// paragraphWord consumes a paragraph keyword and reports whether it is
// plural.
func (p *parser) paragraphWord() (plural, ok bool) {
	if p.word(true, "paragraph", "para", "par") {
		return false, true
	}
	if p.word(true, "paragraphs", "paras", "pars") {
		return true, true
	}
	return false, false
}

// paragraph parses the number after a paragraph keyword into r.
func (p *parser) paragraph(r *raw, plural bool) error {
	n, t, ok := p.number()
	if !ok {
		return p.fail(t.start, ErrSyntax)
	}
	r.p, r.paraByWord, r.paraPlural = n, true, plural
	return nil
}

func (p *parser) subparagraphWord() bool {
	return p.word(true, "subparagraph", "subparagraphs", "subpara", "subparas", "subpar", "subpars")
}

func (p *parser) number() (int, token, bool) {
	save := p.lex.pos
	t := p.lex.next()
	if t.kind != tNum {
		p.lex.pos = save
		return 0, t, false
	}
	n, _ := parseSmallUint(p.text(t))
	return n, t, true
}

// cite parses a citation that starts with the article number.
func (p *parser) cite() (raw, error) {
	n, t, ok := p.number()
	if !ok {
		return raw{}, p.fail(t.start, ErrSyntax)
	}
	r := raw{start: t.start, a: n}
	err := p.components(&r)
	return r, err
}

// components parses the paragraph, subparagraph and item parts that follow
// an article number (or a continuation) into r.
func (p *parser) components(r *raw) error {
	for {
		save := p.lex.pos
		t := p.lex.next()
		switch t.kind {
		case tLParen:
			if err := p.group(r); err != nil {
				return err
			}
			continue
		case tComma, tWord:
			if t.kind == tWord {
				p.lex.pos = save
			}
			if plural, ok := p.paragraphWord(); ok {
				if r.p != 0 || r.s != 0 {
					return p.fail(save, ErrSyntax)
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

// group parses what follows "(" up to and including ")".
func (p *parser) group(r *raw) error {
	t := p.lex.next()
	switch t.kind {
	case tNum:
		if r.p != 0 || r.s != 0 {
			return p.fail(t.start, ErrSyntax)
		}
		r.p, _ = parseSmallUint(p.text(t))
	case tWord:
		if err := p.letterOrItem(r, t); err != nil {
			return err
		}
	default:
		return p.fail(t.start, ErrSyntax)
	}
	if t := p.lex.next(); t.kind != tRParen {
		return p.fail(t.start, ErrSyntax)
	}
	return nil
}

// letterOrItem assigns a word found in a group: a subparagraph letter if
// there is no subparagraph yet, else an item's Roman numeral.
func (p *parser) letterOrItem(r *raw, t token) error {
	w := p.text(t)
	switch {
	case r.s == 0 && len(w) == 1:
		r.s = textnorm.Lower(w[0])
	case r.s != 0 && r.i == 0:
		n, ok := parseRoman(w)
		if !ok {
			return p.fail(t.start, ErrSyntax)
		}
		r.i = n
	default:
		return p.fail(t.start, ErrSyntax)
	}
	return nil
}

// subparagraph parses what follows the word "subparagraph": a letter, "(b)"
// or "b", or in UN style a paragraph number and a letter, "1 (a)".
func (p *parser) subparagraph(r *raw) error {
	if r.s != 0 {
		return p.fail(p.lex.pos, ErrSyntax)
	}
	if t := p.peek(); t.kind == tNum {
		if r.p != 0 {
			return p.fail(t.start, ErrSyntax)
		}
		if err := p.paragraph(r, false); err != nil {
			return err
		}
		if t := p.lex.next(); t.kind != tLParen {
			return p.fail(t.start, ErrSyntax)
		}
		if err := p.group(r); err != nil {
			return err
		}
		if r.s == 0 {
			return p.fail(t.start, ErrSyntax)
		}
		return nil
	}
	paren := p.peek().kind == tLParen
	if paren {
		p.lex.next()
	}
	t := p.lex.next()
	if t.kind != tWord || len(p.text(t)) != 1 {
		return p.fail(t.start, ErrSyntax)
	}
	r.s = textnorm.Lower(p.text(t)[0])
	if paren {
		if t := p.lex.next(); t.kind != tRParen {
			return p.fail(t.start, ErrSyntax)
		}
	}
	return nil
}

// suffix consumes a trailing "of the Convention" or the like.
func (p *parser) suffix() {
	save := p.lex.pos
	if p.peek().kind == tComma {
		p.lex.next()
	}
	if !p.word(false, "of") {
		p.lex.pos = save
		return
	}
	p.word(false, "the")
	switch {
	case p.word(false, "convention", "uncac"):
		return
	case p.word(false, "united") && p.word(false, "nations") && p.word(false, "convention") &&
		p.word(false, "against") && p.word(false, "corruption"):
		return
	}
	p.lex.pos = save
}

func (p *parser) end() error {
	p.suffix()
	if t := p.lex.next(); t.kind != tEOF {
		return p.fail(t.start, ErrSyntax)
	}
	return nil
}

// resolve checks a raw citation against the text of the Convention.
func (p *parser) resolve(r raw) (Ref, error) {
	a := Article(min(r.a, 255))
	if !a.IsValid() || r.p > 255 || r.i > 255 || (r.p != 0 && !a.numbered()) {
		return Ref{}, p.fail(r.start, ErrUnknownProvision)
	}
	ref, ok := RefOf(a, r.p, r.s, r.i)
	if !ok {
		return Ref{}, p.fail(r.start, ErrUnknownProvision)
	}
	return ref, nil
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
//	arts. 46
//	article 2 (a) (i)
//	article 46, paragraph 9, subparagraph (b)
//	article 23, subparagraph 1 (a)
//	article 46 of the Convention
//
// and the reversed forms that name the article last:
//
//	paragraph 9 (b) of article 46
//	subparagraph (b) of paragraph 9 of article 46
//	subparagraph 1 (a) of article 23
//	subparagraph (a) (i) of article 2
//
// "Subparagraph 1 (a)" is the UN's way of writing paragraph 1, subparagraph
// (a).
//
// Text that is not a citation is ErrSyntax. A well-formed citation of a
// provision that the Convention does not have, such as art. 72, art. 46(31)
// or art. 15(2), is ErrUnknownProvision. In an article of one unnumbered
// paragraph, a paragraph number is unknown: article 15 is cited "art. 15(a)",
// never "art. 15(1)(a)". Both errors come wrapped in a *ParseError that
// gives the offset of the problem: for an unknown provision, the start of
// its citation.
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
	p := parser{lex: lexer{s: s}, fn: fn}
	r, err := p.item()
	if err != nil {
		return Ref{}, err
	}
	list := []item{{r: r}}
	if err := p.of(list); err != nil {
		return Ref{}, err
	}
	if list[0].r.floating {
		return Ref{}, p.fail(p.peek().start, ErrSyntax)
	}
	if err := p.end(); err != nil {
		return Ref{}, err
	}
	return p.resolve(list[0].r)
}

// item parses a citation at the start of a list: with or without an article
// prefix, or written before its article ("paragraph 9 of article 46"), in
// which case it floats until the "of article" that closes it.
func (p *parser) item() (raw, error) {
	if p.prefix() {
		return p.cite()
	}
	start := p.peek().start
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
	return p.cite()
}

// of reads the "of article 46", or "of paragraph 9 of article 46", that
// closes citations written before their article, and completes with it the
// floating citations at the end of list. It consumes nothing if the last
// citation is not floating or no such phrase follows (it may be "of the
// Convention").
func (p *parser) of(list []item) error {
	if !list[len(list)-1].r.floating {
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
			return p.fail(t.start, ErrSyntax)
		}
		para = pr.p
	}
	if !p.prefix() {
		if para == 0 {
			p.lex.pos = save
			return nil
		}
		return p.fail(p.peek().start, ErrSyntax)
	}
	a, t, ok := p.number()
	if !ok {
		return p.fail(t.start, ErrSyntax)
	}
	for k := len(list) - 1; k >= 0 && list[k].r.floating; k-- {
		r := &list[k].r
		if para != 0 {
			if r.p != 0 {
				// "paragraph 9 of paragraph 10 of article 46"
				return p.fail(r.start, ErrSyntax)
			}
			r.p = para
		}
		// A bare number after "paragraphs 9 and 10 of article 46" is an
		// article.
		r.a, r.floating, r.paraByWord = a, false, false
	}
	return nil
}

// An item is a citation in a list.
type item struct {
	r       raw
	isRange bool // r ends a range that starts at the item before
}

// ParseRefs parses a list of citations as reports write them, and returns
// the provisions in the order written, with ranges expanded:
//
//	articles 15, 16 and 21               → art. 15, art. 16, art. 21
//	arts. 44–46                          → art. 44, art. 45, art. 46
//	article 46, paragraphs 9 and 10      → art. 46(9), art. 46(10)
//	art. 57(3)(a)–(c)                    → art. 57(3)(a), art. 57(3)(b), art. 57(3)(c)
//	art. 44 and art. 46(9)(b)            → art. 44, art. 46(9)(b)
//	paragraphs 9 and 10 of article 46    → art. 46(9), art. 46(10)
//	articles 52, paragraph 1, and 53     → art. 52(1), art. 53
//	arts. 15 and 16; art. 23             → art. 15, art. 16, art. 23
//
// Items are separated by commas, semicolons, "and" or "&"; a dash or "to"
// makes a range, whose ends must differ only in their last part (a range of
// articles, of paragraphs in one article, of subparagraphs in one
// paragraph, or of items). A part written without an article continues the
// citation before it: a bare number after "paragraphs 9" is another
// paragraph, and so after "paragraph 9" unless its article came after
// "articles" or "arts."; otherwise it is an article. Citations written before their
// article, as ParseRef reads them, take the article from the "of article"
// that follows them. Every citation must name an existing provision; errors
// are as for ParseRef.
func ParseRefs(s string) ([]Ref, error) {
	p := parser{lex: lexer{s: s}, fn: "convention.ParseRefs"}
	first, err := p.item()
	if err != nil {
		return nil, err
	}
	list := []item{{r: first}}
	for {
		if err := p.of(list); err != nil {
			return nil, err
		}
		prev := list[len(list)-1].r
		isRange, ok := p.separator()
		if !ok {
			break
		}
		var cur raw
		if p.prefix() {
			cur, err = p.cite()
		} else {
			cur, err = p.continuation(prev)
		}
		if err != nil {
			return nil, err
		}
		if prev.floating && !cur.floating {
			// "paragraph 9 and article 46"
			return nil, p.fail(cur.start, ErrSyntax)
		}
		list = append(list, item{cur, isRange})
	}
	if list[len(list)-1].r.floating {
		return nil, p.fail(p.peek().start, ErrSyntax)
	}
	if err := p.end(); err != nil {
		return nil, err
	}
	refs := make([]Ref, 0, len(list))
	for k, it := range list {
		if it.isRange {
			if refs, err = p.expand(refs, list[k-1].r, it.r); err != nil {
				return nil, err
			}
			continue
		}
		r, err := p.resolve(it.r)
		if err != nil {
			return nil, err
		}
		refs = append(refs, r)
	}
	return refs, nil
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
		if p.peek().kind == tWord && textnorm.EqualFold(p.text(p.peek()), "of") {
			break
		}
		p.word(false, "and")
		return false, true
	case t.kind == tWord && textnorm.EqualFold(p.text(t), "and"):
		return false, true
	case t.kind == tWord && textnorm.EqualFold(p.text(t), "to"):
		return true, true
	}
	p.lex.pos = save
	return false, false
}

// continuation parses a list item written without an article, taking what
// it leaves out from prev.
func (p *parser) continuation(prev raw) (raw, error) {
	t := p.peek()
	cur := raw{start: t.start, a: prev.a, reversed: prev.reversed, floating: prev.floating}
	switch {
	case t.kind == tNum && prev.paraByWord && (prev.paraPlural || !p.plural):
		// Another paragraph: "10" after "paragraphs 9". After "articles
		// 52, paragraph 1," a number is an article.
		if err := p.paragraph(&cur, prev.paraPlural); err != nil {
			return raw{}, err
		}
	case t.kind == tNum:
		return p.cite()
	case t.kind == tWord && prev.reversed && !prev.floating:
		// A new citation before its article: "paragraph 9 of article 46
		// and paragraph 2 of article 48".
		return p.item()
	case t.kind == tWord:
		if plural, ok := p.paragraphWord(); ok {
			if err := p.paragraph(&cur, plural); err != nil {
				return raw{}, err
			}
			break
		}
		if !p.subparagraphWord() {
			return raw{}, p.fail(t.start, ErrSyntax)
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
		if err := p.group(&cur); err != nil {
			return raw{}, err
		}
	default:
		return raw{}, p.fail(t.start, ErrSyntax)
	}
	err := p.components(&cur)
	return cur, err
}

// expand appends the provisions after from up to and including to, which
// must differ from from in their last part only.
func (p *parser) expand(refs []Ref, from, to raw) ([]Ref, error) {
	type part struct{ from, to int }
	parts := [4]part{{from.a, to.a}, {from.p, to.p}, {int(from.s), int(to.s)}, {from.i, to.i}}
	level := -1
	for k, pt := range parts {
		if pt.from != pt.to {
			if level >= 0 {
				return nil, p.fail(to.start, ErrSyntax)
			}
			level = k
		} else if level >= 0 && pt.from != 0 {
			return nil, p.fail(to.start, ErrSyntax)
		}
	}
	if level < 0 || parts[level].from > parts[level].to {
		return nil, p.fail(to.start, ErrSyntax)
	}
	// Check both ends first, so that an unknown end is reported as such.
	if _, err := p.resolve(to); err != nil {
		return nil, err
	}
	for v := parts[level].from + 1; v <= parts[level].to; v++ {
		r := from
		r.start = to.start
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
			return nil, err
		}
		refs = append(refs, ref)
	}
	return refs, nil
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
