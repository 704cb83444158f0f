package printed

import (
	"strings"
	"unicode/utf8"
)

// A Figure is one printed figure read at face value: a number or a range of
// two, with what the print says around it (qualifier, currency, per cent,
// change marker, noun). Nothing is rounded or dropped: Lo and Hi keep the
// printed digits and their precision, Qual and QualText the qualifier as
// printed.
type Figure struct {
	Qual Qualifier // Plain when none is printed; Plain for ranges
	// QualText is the qualifier phrase as printed ("approximately", "or
	// more"): the one that gives Qual, or the plain phrases ("a total of",
	// "only") when no other is printed; "" for none.
	QualText string
	// QualAfter is set when the qualifier was printed after the number
	// ("3,680 or more", "500 or so").
	QualAfter bool
	Change    bool   // an increment: "an additional four", "eight further", "four more"
	Lo        Number // the number, or the lower end of a range
	Hi        Number // the upper end of a range; invalid when Range is false
	Range     bool   // "2–15", "between 2006 and 2012", "from 2 to 15", "$2–3 million"
	Percent   bool   // "36%", "36 per cent"
	Currency  string // the ISO 4217 code of the currency ("USD" for "$"), "" for none
	// CurrencyText is the currency as printed: "$", "US$", "Swiss francs".
	CurrencyText string
	// Alt is the same amount printed again in another currency, in
	// parentheses after it: "800 million Swiss francs ($842 million)".
	Alt *Figure
	// Noun is the words after the figure ("States" in "118 States"); only
	// Parse reads one.
	Noun string
}

// IsValid reports whether f holds a figure.
func (f Figure) IsValid() bool { return f.Qual.IsValid() && f.Lo.IsValid() }

// ImpliesRounding reports whether the print says the figure was rounded:
// it is a percentage, or a number of it has a scale word or decimals
// (Number.ImpliesRounding).
func (f Figure) ImpliesRounding() bool {
	return f.Percent || f.Lo.ImpliesRounding() || f.Range && f.Hi.ImpliesRounding()
}

// String returns the figure in a form Parse reads back to an equal Figure
// (apart from how its numbers and currency were spelled): the qualifier
// phrase as printed, "an additional" for a change, the ISO code, the numbers
// in digits with their scale words, "–" between the ends of a range, "%",
// the amount in parentheses and the noun: "approximately USD 43 million",
// "USD 2–3 million", "3,680 or more States".
func (f Figure) String() string {
	if !f.IsValid() {
		return ""
	}
	var b strings.Builder
	if f.QualText != "" && !f.QualAfter {
		b.WriteString(f.QualText)
		b.WriteByte(' ')
	}
	if f.Change {
		b.WriteString("an additional ")
	}
	f.writeQuantity(&b, f.Lo)
	if f.Range {
		b.WriteString("–")
		f.writeQuantity(&b, f.Hi)
	}
	if f.QualText != "" && f.QualAfter {
		b.WriteByte(' ')
		b.WriteString(f.QualText)
	}
	if f.Alt != nil {
		b.WriteString(" (")
		b.WriteString(f.Alt.String())
		b.WriteByte(')')
	}
	if f.Noun != "" {
		b.WriteByte(' ')
		b.WriteString(f.Noun)
	}
	return b.String()
}

func (f Figure) writeQuantity(b *strings.Builder, n Number) {
	if f.Currency != "" {
		b.WriteString(f.Currency)
		b.WriteByte(' ')
	}
	b.WriteString(n.String())
	if f.Percent {
		b.WriteByte('%')
	}
}

// Parse reads one figure with the words after it (its noun): an optional
// "the", qualifier phrases, a change marker, a quantity or a range of two,
// a qualifier after it ("or more"), a second amount in another currency in
// parentheses, and trailing words. A quantity is an optional currency, a
// number in digits or words with an optional scale word, an optional
// currency after it, and an optional per cent sign or word. Digits may be
// grouped by thousands with commas, apostrophes ("1'000'000") or spaces
// ("500 000"), one kind in a number.
//
// Text longer than MaxLen is an error wrapping ErrRange. Words after a
// complete figure that only a figure could use — a currency, a connective
// ("and", "or", "to"), a qualifier phrase, a number — are an error, not a
// noun: "EUR 5 USD", "5 or more or less", "one hundred and".
func Parse(text string) (Figure, error) {
	if len(text) > MaxLen {
		return Figure{}, &Error{Offset: MaxLen, Reason: "text longer than the limit of 1000 bytes", Err: ErrRange}
	}
	if !utf8.ValidString(text) {
		return Figure{}, syntaxError(0, "invalid UTF-8")
	}
	p := newParser(text)
	p.lx.spaceGroups = true // the text holds one figure: "500 000" is one number
	if p.tok(0).kind == 0 {
		return Figure{}, syntaxError(0, "empty text")
	}
	f, err := p.figure()
	if err != nil {
		return Figure{}, err
	}
	if err := p.noun(&f); err != nil {
		return Figure{}, err
	}
	return f, nil
}

// parser reads tokens from a lexer on demand.
type parser struct {
	in    string
	money bool // reading money: any three upper-case letters by a number are a code
	inAlt bool // reading the amount in parentheses, which takes none of its own
	// scanning is set by Scan, which reads no "2016-03" (it may be two years).
	scanning bool
	// invalidDate is set when a date was read whole but is no date (31
	// February, a span that runs backwards).
	invalidDate bool
	// sawNumber is set when a number has been read, so that Scan can tell
	// a figure it cannot read from words that merely could start one.
	sawNumber bool
	lx        lexer
	toks      []token
	i         int
	eof       bool
}

func newParser(in string) *parser {
	return &parser{in: in, lx: lexer{in: in}}
}

// tok returns the token k places after the current one; at the end of the
// input, a token of kind 0 at the end.
func (p *parser) tok(k int) token {
	idx := p.i + k
	for len(p.toks) <= idx && !p.eof {
		t, ok := p.lx.next()
		if !ok {
			p.eof = true
			break
		}
		p.toks = append(p.toks, t)
	}
	if idx < 0 || idx >= len(p.toks) {
		return token{pos: len(p.in), end: len(p.in)}
	}
	return p.toks[idx]
}

func (p *parser) text(t token) string { return p.in[t.pos:t.end] }

// failHere reports a problem at the current token (or the end of input).
func (p *parser) failHere(reason string) *Error {
	return syntaxError(p.tok(0).pos, reason)
}

func (p *parser) isWord(k int, lower string) bool {
	t := p.tok(k)
	return t.kind == tWord && textEq(p.text(t), lower)
}

// quantity is one end of a figure.
type quantity struct {
	n       Number
	cur     string
	curText string
	pct     bool
	pos     int
}

// figure reads a figure without its noun.
func (p *parser) figure() (Figure, error) {
	f := Figure{Qual: Plain}
	if p.isWord(0, "the") && !p.isCodeAt(0) { // in money, "THE 5" is a code
		p.i++
	}
	if p.isWord(0, "between") || p.isWord(0, "from") {
		and := "and"
		if p.isWord(0, "from") {
			and = "to"
		}
		p.i++
		a, err := p.quantity()
		if err != nil {
			return f, err
		}
		if !p.isWord(0, and) {
			return f, p.failHere(`expected "` + and + `" after the first end of the range`)
		}
		p.i++
		b, err := p.quantity()
		if err != nil {
			return f, err
		}
		return f, p.makeRange(&f, a, b)
	}
	qualStart := -1
	for {
		q, n := p.qualifier()
		if n == 0 {
			break
		}
		start := p.tok(0)
		if qualStart < 0 {
			qualStart = start.pos
		}
		p.i += n
		if q == Plain {
			if f.Qual == Plain {
				// "a total of", "only": kept when no other qualifier is printed.
				f.QualText = p.in[qualStart:p.tok(-1).end]
			}
			continue
		}
		if f.Qual != Plain {
			return f, syntaxError(start.pos, "a second qualifier")
		}
		f.Qual, f.QualText = q, p.in[start.pos:p.tok(-1).end]
	}
	for _, ph := range [...]string{"an additional", "a further", "additional", "another", "further"} {
		if p.acceptPhrase(ph) {
			f.Change = true
			break
		}
	}
	a, err := p.quantity()
	if err != nil {
		return f, err
	}
	if (p.tok(0).kind == tDash || p.isWord(0, "to")) && p.canStartQuantity(1) {
		if f.Qual != Plain || f.Change {
			return f, p.failHere("a range cannot take a qualifier")
		}
		p.i++
		b, err := p.quantity()
		if err != nil {
			return f, err
		}
		return f, p.makeRange(&f, a, b)
	}
	f.Lo, f.Currency, f.CurrencyText, f.Percent = a.n, a.cur, a.curText, a.pct
	if q, n := p.qualifierAfter(); n > 0 {
		start := p.tok(0)
		if f.Qual != Plain {
			return f, syntaxError(start.pos, "a second qualifier")
		}
		p.i += n
		f.Qual, f.QualText, f.QualAfter = q, p.in[start.pos:p.tok(-1).end], true
	}
	if err := p.parenQualifier(&f); err != nil {
		return f, err
	}
	if f.Currency != "" {
		if err := p.alt(&f); err != nil {
			return f, err
		}
		if err := p.parenQualifier(&f); err != nil {
			return f, err
		}
	}
	return f, nil
}

// parenQualifier reads a qualifier of approximation in parentheses after a
// figure, "USD 1.5 million (approximately)", as the same qualifier before it.
func (p *parser) parenQualifier(f *Figure) error {
	if t := p.tok(0); t.kind != tPunct || p.text(t) != "(" || p.inAlt {
		return nil
	}
	save := p.i
	p.i++
	q, n := p.qualifier()
	if n == 0 || q != About || p.tok(n).kind != tPunct || p.text(p.tok(n)) != ")" {
		p.i = save
		return nil
	}
	if f.Qual != Plain {
		p.i = save
		return syntaxError(p.tok(1).pos, "a second qualifier")
	}
	f.Qual, f.QualText = q, p.in[p.tok(0).pos:p.tok(n-1).end]
	p.i += n + 1
	return nil
}

// alt reads the same amount in another currency in parentheses after an
// amount, if one follows: "800 million Swiss francs ($842 million)".
func (p *parser) alt(f *Figure) error {
	if t := p.tok(0); t.kind != tPunct || p.text(t) != "(" {
		return nil
	}
	if p.inAlt {
		return nil
	}
	save := p.i
	p.i++
	p.inAlt = true
	g, err := p.figure()
	p.inAlt = false
	if err != nil || g.Currency == "" || g.Range {
		// Not an amount in parentheses: leave it to the caller.
		p.i = save
		return nil
	}
	if t := p.tok(0); t.kind != tPunct || p.text(t) != ")" {
		p.i = save
		return nil
	}
	p.i++
	if g.Currency == f.Currency {
		return syntaxError(p.toks[save].pos, "the amount in parentheses is in the same currency")
	}
	f.Alt = &g
	return nil
}

// makeRange joins two ends into a range, carrying a scale, currency or
// per cent sign written only once ("$2–3 million", "10–15%") to both ends.
func (p *parser) makeRange(f *Figure, a, b quantity) error {
	if a.n.Scale == 0 && b.n.Scale > 0 {
		if sa := a.n.withScale(b.n.Scale); cmpNumbers(sa, b.n) <= 0 {
			a.n = sa
		}
	}
	switch {
	case a.cur == "":
		a.cur, a.curText = b.cur, b.curText
	case b.cur == "":
		b.cur = a.cur
	case a.cur != b.cur:
		return syntaxError(b.pos, "the ends of the range are in different currencies")
	}
	if a.pct != b.pct {
		if a.pct && !b.pct || a.cur != "" {
			return syntaxError(b.pos, "only one end of the range is a percentage")
		}
		if a.n.Scale > 0 {
			return syntaxError(a.pos, "a percentage with a currency or scale")
		}
		a.pct = true
	}
	if cmpNumbers(a.n, b.n) > 0 {
		return syntaxError(b.pos, "the range ends in a smaller number than it starts")
	}
	f.Range = true
	f.Lo, f.Hi, f.Currency, f.CurrencyText, f.Percent = a.n, b.n, a.cur, a.curText, a.pct
	return nil
}

// quantity reads [currency] number [scale] [currency] [per cent].
func (p *parser) quantity() (quantity, error) {
	q := quantity{pos: p.tok(0).pos}
	m, err := p.currencyBefore()
	if err != nil {
		return q, err
	}
	p.i += m.n
	q.cur, q.curText = m.code, m.text
	switch p.tok(0).kind {
	case tNum, tOrd:
		q.n, err = p.digits()
	case tWord:
		q.n, err = p.words()
	default:
		err = p.failHere("expected a number")
	}
	if err != nil {
		return q, err
	}
	p.sawNumber = true
	if q.cur == "" {
		m, err := p.currencyAfter()
		if err != nil {
			return q, err
		}
		p.i += m.n
		q.cur, q.curText = m.code, m.text
	}
	if t := p.tok(0); t.kind == tSym && p.text(t) == "%" {
		p.i++
		q.pct = true
	} else if p.acceptPhrase("per cent") || p.acceptPhrase("percent") {
		q.pct = true
	}
	if q.n.Ordinal && (q.cur != "" || q.pct) {
		return q, syntaxError(q.pos, "an ordinal with a currency or per cent")
	}
	if q.n.Indian && !groupsInLakhs(q.cur) {
		return q, syntaxError(q.pos, `digits grouped in lakhs ("1,00,000") outside an amount in rupees or taka`)
	}
	if q.pct && (q.cur != "" || q.n.Scale > 0) {
		return q, syntaxError(q.pos, "a percentage with a currency or scale")
	}
	return q, nil
}

// groupsInLakhs reports whether amounts in the currency code are printed
// with digits grouped in lakhs ("₹1,00,000"): the rupees of India, Pakistan,
// Nepal and Sri Lanka, and the taka.
func groupsInLakhs(code string) bool {
	switch code {
	case "INR", "PKR", "NPR", "LKR", "BDT":
		return true
	}
	return false
}

// connectives are words that join a figure to another and so cannot start
// its noun.
var connectives = [...]string{"and", "or", "nor", "to", "than", "plus", "minus"}

// noun reads the words after the figure: a change word ("further", "more")
// and the noun.
func (p *parser) noun(f *Figure) error {
	if !f.Range && !f.Change { // one change marker: "an additional 8 further" has the noun "further"
		for _, w := range [...]string{"additional", "further", "more"} {
			if p.acceptPhrase(w) {
				f.Change = true
				break
			}
		}
	}
	if p.tok(0).kind == 0 {
		return nil
	}
	if err := p.notAfterFigure(); err != nil {
		return err
	}
	start := p.i
	var b strings.Builder
	for {
		t := p.tok(0)
		if t.kind == 0 {
			break
		}
		if t.kind != tWord {
			return p.failHere(`unexpected "` + p.text(t) + `" after the figure`)
		}
		if p.i > start {
			b.WriteByte(' ')
		}
		b.WriteString(p.text(t))
		p.i++
	}
	f.Noun = b.String()
	return nil
}

// notAfterFigure refuses what cannot start a noun after a complete figure:
// a number, a currency, a connective, a qualifier phrase.
func (p *parser) notAfterFigure() error {
	t := p.tok(0)
	text := p.text(t)
	if t.kind == tWord {
		_, isOrd := ordinalWord(text, t.w)
		if _, _, ok := numberWord(text, t.w); ok || isOrd || t.w.kind == wScale || t.w.kind == wScaleAbbr || t.w.kind == wScaleIndian || t.w.kind == wHundred {
			return p.failHere("a number word cannot follow the figure")
		}
		if n, reason := p.fractionOrRatio(); n > 0 {
			return p.failHere(reason)
		}
		for _, c := range connectives {
			if textEq(text, c) {
				return p.failHere(`"` + text + `" after a complete figure`)
			}
		}
		// A qualifier phrase after the figure: "5 more than", or one word
		// that ends the text ("5 about"); "12 under review" is a noun.
		if _, n := p.qualifier(); n > 1 || n == 1 && p.tok(1).kind == 0 {
			return p.failHere("a qualifier after the figure")
		}
	}
	if m, err := p.currencyAfter(); m.n > 0 || err != nil {
		return p.failHere("a second currency after the figure")
	}
	if m, err := p.currencyBefore(); m.n > 0 || err != nil {
		return p.failHere("a second currency after the figure")
	}
	return nil
}

// isFractionWord reports whether w names the parts of a fraction: "half",
// "quarters", "thirds", "tenths".
func isFractionWord(w string) bool {
	for _, f := range [...]string{"half", "halves", "quarter", "quarters"} {
		if textEq(w, f) {
			return true
		}
	}
	if len(w) < 4 || w[len(w)-1] != 's' && w[len(w)-1] != 'S' {
		return false
	}
	_, ok := ordinalWord(w[:len(w)-1], lookup(w[:len(w)-1]))
	return ok
}

// fractionOrRatio matches, after a number, the words that make it a
// fraction ("thirds", "quarters") or a ratio ("in five", "out of 10"), and
// returns how many tokens they take and why the grammar does not read them.
func (p *parser) fractionOrRatio() (int, string) {
	t := p.tok(0)
	if t.kind != tWord {
		return 0, ""
	}
	switch text := p.text(t); {
	case isFractionWord(text):
		return 1, `a fraction in words ("two thirds") is not read`
	case textEq(text, "in") && p.numberAt(1) && !p.isYear(1): // not "four in 2020"
		return 2, `a ratio ("one in five") is not read`
	case p.matchPhrase("out of") == 2 && p.numberAt(2) && !p.isYear(2):
		return 3, `a ratio ("one in five") is not read`
	}
	return 0, ""
}

// numberAt reports whether a number in digits or words stands k tokens on.
func (p *parser) numberAt(k int) bool {
	t := p.tok(k)
	if t.kind == tNum {
		return true
	}
	_, _, ok := numberWord(p.text(t), t.w)
	return t.kind == tWord && ok
}

// canStartQuantity reports whether a quantity can start k tokens on: a
// number in digits or words, or a currency before one.
func (p *parser) canStartQuantity(k int) bool {
	t := p.tok(k)
	switch t.kind {
	case tNum, tOrd:
		return true
	case tSym:
		n := p.tok(k + 1)
		return n.kind == tNum || n.kind == tWord
	case tWord:
		if _, _, ok := numberWord(p.text(t), t.w); ok {
			return true
		}
		if _, ok := ordinalWord(p.text(t), t.w); ok {
			return true
		}
		n := p.tok(k + 1)
		switch {
		case textEq(p.text(t), "a"):
			return n.kind == tWord && (n.w.kind == wHundred || n.w.kind == wScale)
		case p.text(t) == "US":
			return n.kind == tSym
		}
		return n.kind == tNum && (isCodeShape(p.text(t)) || t.end-t.pos <= 4)
	}
	return false
}
