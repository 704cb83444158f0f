package convention

// The citation grammar, informally:
//
//	list      = [prefix] cite { sep (fullcite | continue) } [suffix]
//	fullcite  = prefix cite
//	prefix    = ("article" | "articles" | "art" | "arts") ["."]
//	cite      = number { group | [","] "paragraph" number | [","] "subparagraph" letter }
//	group     = "(" (number | letter | roman) ")"
//	sep       = "," | "and" | ", and" | "&" | dash | "to"   (dash and "to" make a range)
//	suffix    = "of" ["the"] ("Convention" | "UNCAC" | "United Nations Convention against Corruption")
//
// A group's meaning follows from its position: a number is a paragraph, a
// letter after the article or paragraph a subparagraph, a Roman numeral after
// a subparagraph an item. Letters, keywords and Roman numerals are read in
// any case; no-break and thin spaces count as spaces.

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
		n := spaceLen(l.s[l.pos:])
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

func isLetter(c byte) bool { return 'a' <= lower(c) && lower(c) <= 'z' }

// raw is a citation as written, before it is checked against the text.
type raw struct {
	start      int // where the citation starts in the input
	a, p, i    int
	s          byte // subparagraph letter, lower case, or 0
	paraByWord bool // the paragraph was written "paragraph 9", not "(9)"
}

type parser struct {
	lex  lexer
	what string // for errors: "citation", "article", "citations"
}

func (p *parser) peek() token {
	save := p.lex.pos
	t := p.lex.next()
	p.lex.pos = save
	return t
}

func (p *parser) text(t token) string { return p.lex.s[t.start:t.end] }

func (p *parser) fail(pos int, err error) error {
	return &ParseError{What: p.what, Input: p.lex.s, Pos: pos, Err: err}
}

// word reports whether the next token is one of the given lower-case words,
// and consumes it (with a following dot, if dot is true) if so.
func (p *parser) word(dot bool, words ...string) bool {
	save := p.lex.pos
	t := p.lex.next()
	if t.kind == tWord {
		for _, w := range words {
			if equalFold(p.text(t), w) {
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

func (p *parser) prefix() bool {
	return p.word(true, "article", "articles", "art", "arts")
}

func (p *parser) paragraphWord() bool {
	return p.word(true, "paragraph", "paragraphs", "para", "paras", "par", "pars")
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
	return r, p.components(&r)
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
			if p.paragraphWord() {
				if r.p != 0 || r.s != 0 {
					return p.fail(save, ErrSyntax)
				}
				n, t, ok := p.number()
				if !ok {
					return p.fail(t.start, ErrSyntax)
				}
				r.p, r.paraByWord = n, true
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
		r.s = lower(w[0])
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

// subparagraph parses the letter after the word "subparagraph": "(b)" or "b".
func (p *parser) subparagraph(r *raw) error {
	if r.s != 0 {
		return p.fail(p.lex.pos, ErrSyntax)
	}
	paren := p.peek().kind == tLParen
	if paren {
		p.lex.next()
	}
	t := p.lex.next()
	if t.kind != tWord || len(p.text(t)) != 1 {
		return p.fail(t.start, ErrSyntax)
	}
	r.s = lower(p.text(t)[0])
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
	if !p.word(false, "of") {
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
	if !a.IsValid() || r.p > 255 || r.i > 255 || (r.p != 0 && !a.Numbered()) {
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
//	Article 46 (9) (b)
//	46(9)(b)
//	arts. 46
//	article 2 (a) (i)
//	article 46, paragraph 9, subparagraph (b)
//	article 46 of the Convention
//
// Text that is not a citation is ErrSyntax. A well-formed citation of a
// provision that the Convention does not have, such as art. 72, art. 46(31)
// or art. 15(2), is ErrUnknownProvision. In an article of one unnumbered
// paragraph, a paragraph number is unknown: article 15 is cited "art. 15(a)",
// never "art. 15(1)(a)". Both errors come wrapped in a *ParseError that
// gives the offset of the problem.
func ParseRef(s string) (Ref, error) { return parseRef(s, "citation") }

// MustParseRef is like ParseRef but panics if s is not a citation of a
// provision. It is meant for constants in programs and tests.
func MustParseRef(s string) Ref {
	r, err := ParseRef(s)
	if err != nil {
		panic(err)
	}
	return r
}

func parseRef(s, what string) (Ref, error) {
	p := parser{lex: lexer{s: s}, what: what}
	p.prefix()
	r, err := p.cite()
	if err != nil {
		return Ref{}, err
	}
	if err := p.end(); err != nil {
		return Ref{}, err
	}
	return p.resolve(r)
}

// ParseRefs parses a list of citations as reports write them, and returns
// the provisions in the order written, with ranges expanded:
//
//	articles 15, 16 and 21           → art. 15, art. 16, art. 21
//	arts. 44–46                      → art. 44, art. 45, art. 46
//	article 46, paragraphs 9 and 10  → art. 46(9), art. 46(10)
//	art. 57(3)(a)–(c)                → art. 57(3)(a), art. 57(3)(b), art. 57(3)(c)
//	art. 44 and art. 46(9)(b)        → art. 44, art. 46(9)(b)
//
// Items are separated by commas, "and" or "&"; a dash or "to" makes a range,
// whose ends must differ only in their last part (a range of articles, of
// paragraphs in one article, of subparagraphs in one paragraph, or of items).
// A part written without an article continues the citation before it: a bare
// number after "paragraphs 9" is another paragraph; otherwise it is an
// article. Every citation must name an existing provision; errors are as for
// ParseRef.
func ParseRefs(s string) ([]Ref, error) {
	p := parser{lex: lexer{s: s}, what: "citations"}
	p.prefix()
	prev, err := p.cite()
	if err != nil {
		return nil, err
	}
	first, err := p.resolve(prev)
	if err != nil {
		return nil, err
	}
	refs := []Ref{first}
	for {
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
		if isRange {
			refs, err = p.expand(refs, prev, cur)
		} else {
			var r Ref
			r, err = p.resolve(cur)
			refs = append(refs, r)
		}
		if err != nil {
			return nil, err
		}
		prev = cur
	}
	if err := p.end(); err != nil {
		return nil, err
	}
	return refs, nil
}

// separator consumes a list separator and reports whether it makes a range.
// It reports false, consuming nothing, if no separator follows.
func (p *parser) separator() (isRange, ok bool) {
	save := p.lex.pos
	t := p.lex.next()
	switch {
	case t.kind == tDash:
		return true, true
	case t.kind == tAmp:
		return false, true
	case t.kind == tComma:
		p.word(false, "and")
		return false, true
	case t.kind == tWord && equalFold(p.text(t), "and"):
		return false, true
	case t.kind == tWord && equalFold(p.text(t), "to"):
		return true, true
	}
	p.lex.pos = save
	return false, false
}

// continuation parses a list item written without an article, taking what
// it leaves out from prev.
func (p *parser) continuation(prev raw) (raw, error) {
	t := p.peek()
	cur := raw{start: t.start, a: prev.a}
	switch {
	case t.kind == tNum && !prev.paraByWord:
		return p.cite()
	case t.kind == tNum:
		n, _, _ := p.number()
		cur.p, cur.paraByWord = n, true
	case p.paragraphWord():
		n, t, ok := p.number()
		if !ok {
			return raw{}, p.fail(t.start, ErrSyntax)
		}
		cur.p, cur.paraByWord = n, true
	case p.subparagraphWord():
		cur.p, cur.paraByWord = prev.p, prev.paraByWord
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
		cur.paraByWord = prev.paraByWord
		if err := p.group(&cur); err != nil {
			return raw{}, err
		}
	default:
		return raw{}, p.fail(t.start, ErrSyntax)
	}
	return cur, p.components(&cur)
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
