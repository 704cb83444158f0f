package claim

import (
	"fmt"
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Stated is a figure as a report prints it, read as the exact interval of
// values that would print that way. It keeps the literal so that a report can
// quote it. The zero Stated is invalid; get one from Parse or Rules.Parse.
// A Stated is immutable and safe for concurrent use.
type Stated struct {
	literal  string
	rules    Rules
	qual     Qualifier
	lo, hi   num // hi is used only by ranges
	isRange  bool
	percent  bool
	currency string // ISO 4217 code, or "" for none
	change   bool   // "an additional four", "eight further"
	noun     string // trailing words, such as "States" or "needs"
}

// num is one printed number: its value, the unit of its last printed digit,
// and how it was printed, in the units of the figure (currency units, per
// cent points, or a count).
type num struct {
	point *big.Rat
	step  *big.Rat // place value of the last printed digit
	mant  string   // digits without separators, in units of scale: "43", "1.5"
	scale int      // 0 none, 1 thousand, 2 million, 3 billion, 4 trillion
	// bare is set when the literal wrote four or more integer digits
	// without thousands separators ("2006"); Canonical keeps that style.
	bare bool
}

// Parse reads a stated figure under the default Rules. See the package
// documentation for the forms it accepts.
func Parse(literal string) (Stated, error) { return Rules{}.Parse(literal) }

// MustParse is like Parse but panics if the literal cannot be parsed. It is
// meant for literals written in source code.
func MustParse(literal string) Stated {
	s, err := Parse(literal)
	if err != nil {
		panic(err)
	}
	return s
}

// Parse reads a stated figure under the rules r.
func (r Rules) Parse(literal string) (Stated, error) {
	p := parser{in: literal}
	if err := p.tokenize(); err != nil {
		return Stated{}, err
	}
	s, err := p.stated()
	if err != nil {
		return Stated{}, err
	}
	s.literal = literal
	s.rules = r
	if s.Interval().IsEmpty() {
		return Stated{}, p.fail(0, "the figure allows no value")
	}
	return s, nil
}

// String returns the literal as it was given.
func (s Stated) String() string { return s.literal }

// Literal returns the literal as it was given.
func (s Stated) Literal() string { return s.literal }

// IsValid reports whether s came from a successful parse.
func (s Stated) IsValid() bool { return s.qual.IsValid() }

// Qualifier returns the qualifier of the figure, Plain when there is none.
// Ranges have Plain.
func (s Stated) Qualifier() Qualifier { return s.qual }

// IsRange reports whether the figure is a range ("2–15", "between 2006 and
// 2012").
func (s Stated) IsRange() bool { return s.isRange }

// IsPercent reports whether the figure is a percentage.
func (s Stated) IsPercent() bool { return s.percent }

// IsChange reports whether the figure is stated as an increment over an
// earlier figure ("an additional four", "eight further").
func (s Stated) IsChange() bool { return s.change }

// Currency returns the ISO 4217 code of the figure's currency ("USD" for "$"
// and "US$", "EUR" for "€"), or "" when it names none.
func (s Stated) Currency() string { return s.currency }

// Noun returns the words that follow the figure, such as "States" in "118
// States", or "".
func (s Stated) Noun() string { return s.noun }

// Point returns the value as printed: 43000000 for "$43 million", 36 for "36
// per cent". For a range it returns the lower end.
func (s Stated) Point() *big.Rat {
	if s.lo.point == nil {
		return nil
	}
	return new(big.Rat).Set(s.lo.point)
}

// Unit returns the place value of the last printed digit: 1000000 for "$43
// million", 0.1 for "4.5%", 1 for "four". For a range it is that of the
// lower end. It is reported even where the figure is exact ("four", "exactly
// 43 million"); IsRounded says whether it widens the interval.
func (s Stated) Unit() *big.Rat {
	if s.lo.step == nil {
		return nil
	}
	return new(big.Rat).Set(s.lo.step)
}

// IsRounded reports whether the printed form says the figure was rounded,
// so that a plain figure allows the values that round to it rather than the
// printed value alone: it has a scale word or abbreviation ("$43 million",
// "43m"), decimals ("2.5"), or is a percentage ("36 per cent"). A whole
// number printed in full ("3,680", "four", "2006") is not rounded. For a
// range it reports whether either end is rounded.
func (s Stated) IsRounded() bool {
	if !s.IsValid() {
		return false
	}
	return s.rounds(s.lo) || s.isRange && s.rounds(s.hi)
}

// rounds reports whether the printed number n implies rounding.
func (s Stated) rounds(n num) bool {
	return s.percent || n.scale > 0 || strings.Contains(n.mant, ".")
}

// endInterval returns what the number n allows without a qualifier: the values
// that round to it when its printed form implies rounding, else n itself.
func (s Stated) endInterval(n num, rnd Rounding) Interval {
	if !s.rounds(n) {
		return Interval{Lo: new(big.Rat).Set(n.point), Hi: new(big.Rat).Set(n.point)}
	}
	return n.rounded(rnd)
}

// Interval returns the exact set of values the figure allows under its
// rules; the package documentation gives the interval of every form.
func (s Stated) Interval() Interval {
	if !s.IsValid() {
		return Interval{Lo: new(big.Rat), Hi: new(big.Rat), LoOpen: true}
	}
	rnd := s.rules.rounding()
	if s.isRange {
		a, b := s.endInterval(s.lo, rnd), s.endInterval(s.hi, rnd)
		return Interval{Lo: a.Lo, LoOpen: a.LoOpen, Hi: b.Hi, HiOpen: b.HiOpen}
	}
	p := s.lo.point
	// Bounds use the printed value itself, not its rounding.
	switch s.qual {
	case Plain:
		return s.endInterval(s.lo, rnd)
	case Over:
		return Interval{Lo: new(big.Rat).Set(p), LoOpen: true}
	case AtLeast:
		return Interval{Lo: new(big.Rat).Set(p)}
	case Under:
		return Interval{Lo: new(big.Rat), Hi: new(big.Rat).Set(p), HiOpen: true}
	case AtMost:
		return Interval{Lo: new(big.Rat), Hi: new(big.Rat).Set(p)}
	}
	// The approximate qualifiers say the figure is not exact, so they
	// allow at least the values that round to it at its last digit, even
	// for a whole number printed in full.
	r := s.lo.rounded(rnd)
	pt := func() *big.Rat { return new(big.Rat).Set(p) }
	// below and above are p(1−t) and p(1+t).
	below := func() *big.Rat {
		return new(big.Rat).Mul(p, new(big.Rat).Sub(big.NewRat(1, 1), s.rules.tolerance()))
	}
	above := func() *big.Rat {
		return new(big.Rat).Mul(p, new(big.Rat).Add(big.NewRat(1, 1), s.rules.tolerance()))
	}
	switch s.qual {
	case Exactly:
		return Interval{Lo: pt(), Hi: pt()}
	case About:
		return r.hull(Interval{Lo: below(), Hi: above()})
	case Nearly:
		iv := r.hull(Interval{Lo: below(), Hi: pt()})
		iv.Hi, iv.HiOpen = pt(), true
		return iv
	case JustOver:
		iv := r.hull(Interval{Lo: pt(), Hi: above()})
		iv.Lo, iv.LoOpen = pt(), true
		return iv
	}
	return r
}

// ends returns what each end of a range allows; for a figure that is not a
// range both are its interval.
func (s Stated) ends() (lo, hi Interval) {
	if !s.isRange {
		return s.Interval(), s.Interval()
	}
	rnd := s.rules.rounding()
	return s.endInterval(s.lo, rnd), s.endInterval(s.hi, rnd)
}

// intFormat returns the formatter for whole numbers in the figure's style:
// without thousands separators when the literal wrote a number of four or
// more digits without them ("between 2006 and 2012"), else with them.
func (s Stated) intFormat() func(string) string {
	if s.lo.bare || s.isRange && s.hi.bare {
		return bareInt
	}
	return groupInt
}

// rounded returns the values that round to n under rule rnd.
func (n num) rounded(rnd Rounding) Interval {
	half := new(big.Rat).Quo(n.step, big.NewRat(2, 1))
	iv := Interval{Lo: new(big.Rat).Sub(n.point, half), Hi: new(big.Rat).Add(n.point, half)}
	switch rnd {
	case HalfUp:
		iv.HiOpen = true
	case HalfDown:
		iv.LoOpen = true
	case HalfEven:
		k := new(big.Rat).Quo(n.point, n.step)
		if !k.IsInt() || k.Num().Bit(0) == 1 {
			iv.LoOpen, iv.HiOpen = true, true
		}
	}
	return iv
}

// Canonical returns the figure in the package's normal form: digits (with
// thousands separators unless the literal wrote the number without them, as
// in "2006"), a scale word, an ISO currency code before the number,
// "%" after it, the canonical qualifier phrase, and "–" between the ends of a
// range, followed by the noun. Parsing the canonical form under the same
// Rules gives the same interval.
func (s Stated) Canonical() string {
	if !s.IsValid() {
		return ""
	}
	var b strings.Builder
	if s.qual != Plain {
		b.WriteString(s.qual.String())
		b.WriteByte(' ')
	}
	if s.change {
		b.WriteString("an additional ")
	}
	b.WriteString(s.quantity(s.lo))
	if s.isRange {
		b.WriteString("–")
		b.WriteString(s.quantity(s.hi))
	}
	if s.noun != "" {
		b.WriteByte(' ')
		b.WriteString(s.noun)
	}
	return b.String()
}

func (s Stated) quantity(n num) string {
	var b strings.Builder
	if s.currency != "" {
		b.WriteString(s.currency)
		b.WriteByte(' ')
	}
	intPart, frac, _ := strings.Cut(n.mant, ".")
	if n.bare {
		b.WriteString(intPart)
	} else {
		b.WriteString(groupInt(intPart))
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	if n.scale > 0 {
		b.WriteByte(' ')
		b.WriteString(scaleName(n.scale))
	}
	if s.percent {
		b.WriteByte('%')
	}
	return b.String()
}

// printAs formats v as the report would print it at the precision of the
// figure's (lower) number, rounding half up: the figure the data supports.
func (s Stated) printAs(v *big.Rat) string {
	n := s.lo
	if n.step == nil || n.step.Sign() == 0 {
		n.mant, n.scale = ratMant(v), 0
		return s.quantity(n)
	}
	sc := scaleRat(n.scale)
	places := 0
	if _, frac, ok := strings.Cut(n.mant, "."); ok {
		places = len(frac)
	}
	x := new(big.Rat).Quo(v, sc)
	n.mant = x.FloatString(places)
	return s.quantity(n)
}

func ratMant(v *big.Rat) string {
	if places, ok := decimalPlaces(v); ok {
		return v.FloatString(places)
	}
	return v.FloatString(maxShownDecimals)
}

func scaleName(i int) string {
	switch i {
	case 1:
		return "thousand"
	case 2:
		return "million"
	case 3:
		return "billion"
	case 4:
		return "trillion"
	}
	return ""
}

func scaleRat(i int) *big.Rat {
	return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(3*i)), nil))
}

// scaleWord returns the scale index of a word or abbreviation, or 0.
func scaleWord(w string) int {
	switch w {
	case "thousand":
		return 1
	case "million", "m", "mn", "mio":
		return 2
	case "billion", "bn":
		return 3
	case "trillion", "tn":
		return 4
	}
	return 0
}

// maxLiteral bounds the length of a literal, so that parsing cost is
// bounded whatever the input.
const maxLiteral = 1000

type tokKind uint8

const (
	tNum tokKind = iota + 1
	tWord
	tSym
)

type token struct {
	kind  tokKind
	text  string // as written
	lower string // lower case, for words
	pos   int
}

type parser struct {
	in   string
	toks []token
	i    int
}

func (p *parser) fail(pos int, reason string) error {
	return &ParseError{Func: "claim.Parse", Input: p.in, Offset: pos, Err: fmt.Errorf("%w: %s", ErrSyntax, reason)}
}

// failHere reports a problem at the current token (or the end of input).
func (p *parser) failHere(reason string) error {
	pos := len(p.in)
	if p.i < len(p.toks) {
		pos = p.toks[p.i].pos
	}
	return p.fail(pos, reason)
}

func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‐', '‑', '‒', '−':
		return true
	}
	return false
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

// tokenize splits the input into numbers, words and symbols.
func (p *parser) tokenize() error {
	s := p.in
	if !utf8.ValidString(s) {
		return p.fail(0, "invalid UTF-8")
	}
	if len(s) > maxLiteral {
		return &ParseError{Func: "claim.Parse", Input: p.in, Offset: maxLiteral, Err: fmt.Errorf("%w: literal longer than %d bytes", ErrRange, maxLiteral)}
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpace(r):
			i += w
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			p.toks = append(p.toks, token{kind: tNum, text: s[i:j], pos: i})
			i = j
		case unicode.IsLetter(r):
			j := i + w
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) {
					j += w2
					continue
				}
				if r2 == '-' || r2 == '\'' || r2 == '’' {
					if r3, _ := utf8.DecodeRuneInString(s[j+w2:]); j+w2 < len(s) && unicode.IsLetter(r3) {
						j += w2
						continue
					}
				}
				break
			}
			word := s[i:j]
			low := strings.ToLower(word)
			if j < len(s) && s[j] == '.' {
				switch low {
				case "approx", "ca", "c", "est":
					j++
					word, low = word+".", low+"."
				}
			}
			if word == "US" && strings.HasPrefix(s[j:], "$") {
				p.toks = append(p.toks, token{kind: tSym, text: "US$", pos: i})
				i = j + 1
				continue
			}
			p.toks = append(p.toks, token{kind: tWord, text: word, lower: low, pos: i})
			i = j
		case r == '$' || r == '€' || r == '£' || r == '%':
			p.toks = append(p.toks, token{kind: tSym, text: string(r), pos: i})
			i += w
		case isDash(r):
			p.toks = append(p.toks, token{kind: tSym, text: "–", pos: i})
			i += w
		default:
			return p.fail(i, "unexpected "+quoteRune(r))
		}
	}
	if len(p.toks) == 0 {
		return p.fail(0, "empty literal")
	}
	return nil
}

func quoteRune(r rune) string { return "'" + string(r) + "'" }

func (p *parser) word(k int) string {
	if p.i+k < len(p.toks) && p.toks[p.i+k].kind == tWord {
		return p.toks[p.i+k].lower
	}
	return ""
}

func (p *parser) sym(k int) string {
	if p.i+k < len(p.toks) && p.toks[p.i+k].kind == tSym {
		return p.toks[p.i+k].text
	}
	return ""
}

// acceptPhrase consumes the words of phrase (space-separated, lower case) if
// they come next.
func (p *parser) acceptPhrase(phrase string) bool {
	n := 0
	for w := range strings.FieldsSeq(phrase) {
		if p.word(n) != w {
			return false
		}
		n++
	}
	p.i += n
	return true
}

// qualifierPhrases lists every qualifier phrase with its qualifier, one per
// line as "phrase=qualifier index".
const qualifierPhrases = `a total of=1
only=1
just=1
exactly=2
precisely=2
about=3
some=3
around=3
approximately=3
approx.=3
approx=3
roughly=3
an estimated=3
estimated=3
close to=3
circa=3
ca.=3
c.=3
in the region of=3
of the order of=3
on the order of=3
nearly=4
almost=4
just under=4
just below=4
just short of=4
not quite=4
slightly less than=4
slightly fewer than=4
slightly under=4
slightly below=4
just over=5
just above=5
slightly more than=5
slightly over=5
slightly above=5
a little over=5
a little more than=5
over=6
more than=6
above=6
in excess of=6
exceeding=6
upwards of=6
greater than=6
well over=6
well above=6
well in excess of=6
at least=7
no fewer than=7
no less than=7
not fewer than=7
not less than=7
a minimum of=7
fewer than=8
less than=8
under=8
below=8
well under=8
well below=8
up to=9
at most=9
no more than=9
not more than=9
a maximum of=9
not exceeding=9
no greater than=9`

// qualifier consumes the longest qualifier phrase that comes next.
func (p *parser) qualifier() (Qualifier, bool) {
	w0 := p.word(0)
	if w0 == "" {
		return 0, false
	}
	best, bestLen := Qualifier(0), 0
	for line := range strings.SplitSeq(qualifierPhrases, "\n") {
		phrase, q, _ := strings.Cut(line, "=")
		if first, _, _ := strings.Cut(phrase, " "); first != w0 {
			continue
		}
		n := strings.Count(phrase, " ") + 1
		if n <= bestLen {
			continue
		}
		save := p.i
		if p.acceptPhrase(phrase) {
			best, bestLen = Qualifier(q[0]-'0'), n
		}
		p.i = save
	}
	if bestLen == 0 {
		return 0, false
	}
	p.i += bestLen
	return best, true
}

func (p *parser) stated() (Stated, error) {
	s := Stated{qual: Plain}
	p.acceptPhrase("the")
	if p.word(0) == "between" || p.word(0) == "from" {
		and := "and"
		if p.word(0) == "from" {
			and = "to"
		}
		p.i++
		a, err := p.quantity()
		if err != nil {
			return s, err
		}
		if !p.acceptPhrase(and) {
			return s, p.failHere(`expected "` + and + `" after the first end of the range`)
		}
		b, err := p.quantity()
		if err != nil {
			return s, err
		}
		if err := p.makeRange(&s, a, b); err != nil {
			return s, err
		}
		return s, p.tail(&s)
	}
	for {
		start := p.i
		q, ok := p.qualifier()
		if !ok {
			break
		}
		if q == Plain {
			continue
		}
		if s.qual != Plain {
			return s, p.fail(p.toks[start].pos, "a second qualifier")
		}
		s.qual = q
	}
	switch {
	case p.acceptPhrase("an additional"), p.acceptPhrase("a further"),
		p.acceptPhrase("additional"), p.acceptPhrase("another"), p.acceptPhrase("further"):
		s.change = true
	}
	a, err := p.quantity()
	if err != nil {
		return s, err
	}
	if p.sym(0) == "–" || p.word(0) == "to" {
		if s.qual != Plain || s.change {
			return s, p.failHere("a range cannot take a qualifier")
		}
		p.i++
		b, err := p.quantity()
		if err != nil {
			return s, err
		}
		if err := p.makeRange(&s, a, b); err != nil {
			return s, err
		}
		return s, p.tail(&s)
	}
	s.lo, s.currency, s.percent = a.n, a.cur, a.pct
	if q, ok := p.qualifierAfter(); ok {
		if s.qual != Plain {
			return s, p.fail(p.toks[p.i-2].pos, "a second qualifier")
		}
		s.qual = q
	}
	return s, p.tail(&s)
}

// qualifierAfter consumes a qualifier written after the number: "3,680 or
// more", "15 or fewer", "500 or so".
func (p *parser) qualifierAfter() (Qualifier, bool) {
	switch {
	case p.acceptPhrase("or more"), p.acceptPhrase("or above"), p.acceptPhrase("and above"),
		p.acceptPhrase("or over"), p.acceptPhrase("and over"):
		return AtLeast, true
	case p.acceptPhrase("or fewer"), p.acceptPhrase("or less"), p.acceptPhrase("or below"),
		p.acceptPhrase("and below"), p.acceptPhrase("or under"), p.acceptPhrase("and under"):
		return AtMost, true
	case p.acceptPhrase("or so"):
		return About, true
	}
	return 0, false
}

// tail reads what may follow the figure: a change word and a noun.
func (p *parser) tail(s *Stated) error {
	if !s.isRange {
		switch {
		case p.acceptPhrase("additional"), p.acceptPhrase("further"), p.acceptPhrase("more"):
			s.change = true
		}
	}
	start := p.i
	for ; p.i < len(p.toks); p.i++ {
		t := p.toks[p.i]
		if t.kind != tWord {
			return p.failHere("unexpected " + `"` + t.text + `" after the figure`)
		}
		if p.i == start {
			if _, ok := smallNumber(t.lower); ok || scaleWord(t.lower) > 0 || t.lower == "hundred" {
				return p.failHere("a number word cannot follow the figure")
			}
		}
	}
	if start < len(p.toks) {
		words := make([]string, 0, len(p.toks)-start)
		for _, t := range p.toks[start:] {
			words = append(words, t.text)
		}
		s.noun = strings.Join(words, " ")
	}
	return nil
}

type quantity struct {
	n   num
	cur string
	pct bool
	pos int
}

// makeRange joins two ends into a range, carrying a scale, currency or
// per cent sign written only once ("$2–3 million", "10–15%") to both ends.
func (p *parser) makeRange(s *Stated, a, b quantity) error {
	if sc := scaleRat(b.n.scale); a.n.scale == 0 && b.n.scale > 0 &&
		new(big.Rat).Mul(a.n.point, sc).Cmp(b.n.point) <= 0 {
		a.n.point.Mul(a.n.point, sc)
		a.n.step.Mul(a.n.step, sc)
		a.n.scale = b.n.scale
	}
	switch {
	case a.cur == "":
		a.cur = b.cur
	case b.cur == "":
		b.cur = a.cur
	case a.cur != b.cur:
		return p.fail(b.pos, "the ends of the range are in different currencies")
	}
	if a.pct != b.pct {
		if a.pct && !b.pct || a.cur != "" {
			return p.fail(b.pos, "only one end of the range is a percentage")
		}
		if a.n.scale > 0 {
			return p.fail(a.pos, "a percentage with a currency or scale")
		}
		a.pct = true
	}
	if a.n.point.Cmp(b.n.point) > 0 {
		return p.fail(b.pos, "the range ends in a smaller number than it starts")
	}
	s.isRange = true
	s.lo, s.hi, s.currency, s.percent = a.n, b.n, a.cur, a.pct
	return nil
}

// quantity reads [currency] number [scale] [currency] [per cent].
func (p *parser) quantity() (quantity, error) {
	var q quantity
	if p.i < len(p.toks) {
		q.pos = p.toks[p.i].pos
	}
	q.cur = p.currencyBefore()
	var err error
	switch {
	case p.i < len(p.toks) && p.toks[p.i].kind == tNum:
		q.n, err = p.digits()
	default:
		q.n, err = p.words()
	}
	if err != nil {
		return q, err
	}
	if q.cur == "" {
		q.cur = p.currencyAfter()
	}
	if p.sym(0) == "%" {
		p.i++
		q.pct = true
	} else if p.acceptPhrase("per cent") || p.acceptPhrase("percent") {
		q.pct = true
	}
	if q.pct && (q.cur != "" || q.n.scale > 0) {
		return q, p.fail(q.pos, "a percentage with a currency or scale")
	}
	return q, nil
}

func (p *parser) currencyBefore() string {
	switch p.sym(0) {
	case "$", "US$":
		p.i++
		return "USD"
	case "€":
		p.i++
		return "EUR"
	case "£":
		p.i++
		return "GBP"
	}
	if p.i < len(p.toks) && p.toks[p.i].kind == tWord && isCurrencyCode(p.toks[p.i].text) {
		p.i++
		return p.toks[p.i-1].text
	}
	return ""
}

func (p *parser) currencyAfter() string {
	if p.i < len(p.toks) && p.toks[p.i].kind == tWord && isCurrencyCode(p.toks[p.i].text) {
		p.i++
		return p.toks[p.i-1].text
	}
	switch {
	case p.acceptPhrase("united states dollars"), p.acceptPhrase("us dollars"), p.acceptPhrase("dollars"):
		return "USD"
	case p.acceptPhrase("euros"), p.acceptPhrase("euro"):
		return "EUR"
	case p.acceptPhrase("swiss francs"):
		return "CHF"
	}
	return ""
}

// isCurrencyCode reports whether w is an ISO 4217 code in currencyCodes.
func isCurrencyCode(w string) bool {
	if len(w) != 3 {
		return false
	}
	for i := range 3 {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return strings.Contains(currencyCodes, w)
}

// digits reads a number written in digits, with an optional scale word.
func (p *parser) digits() (num, error) {
	t := p.toks[p.i]
	intPart, frac, hasFrac := strings.Cut(t.text, ".")
	if hasFrac && strings.ContainsAny(frac, ",.") {
		return num{}, p.fail(t.pos, "malformed decimal number")
	}
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) > 3 {
			return num{}, p.fail(t.pos, "thousands separator misplaced")
		}
		for k, g := range groups[1:] {
			if len(g) != 3 {
				return num{}, p.fail(t.pos+len(groups[0])+4*k, "thousands separator misplaced")
			}
		}
		intPart = strings.Join(groups, "")
	}
	mant := intPart
	if hasFrac {
		mant += "." + frac
	}
	point, ok := new(big.Rat).SetString(mant)
	if !ok {
		return num{}, p.fail(t.pos, "malformed number")
	}
	step := big.NewRat(1, 1)
	for range len(frac) {
		step.Quo(step, big.NewRat(10, 1))
	}
	p.i++
	n := num{point: point, step: step, mant: strings.TrimLeft(intPart, "0")}
	if n.mant == "" {
		n.mant = "0"
	}
	n.bare = len(n.mant) >= 4 && !strings.Contains(t.text, ",")
	if hasFrac {
		n.mant += "." + frac
	}
	if sc := scaleWord(p.word(0)); sc > 0 {
		p.i++
		f := scaleRat(sc)
		n.point.Mul(n.point, f)
		n.step.Mul(n.step, f)
		n.scale = sc
	}
	return n, nil
}

// smallNumber returns the value of a number word below one hundred that is
// written as one word ("four", "eleven", "ninety", "twenty-one").
func smallNumber(w string) (int, bool) {
	if a, b, ok := strings.Cut(w, "-"); ok {
		t, ok1 := tens(a)
		u, ok2 := unitOrTeen(b)
		if ok1 && ok2 && u >= 1 && u <= 9 {
			return t + u, true
		}
		return 0, false
	}
	if v, ok := unitOrTeen(w); ok {
		return v, true
	}
	return tens(w)
}

func unitOrTeen(w string) (int, bool) {
	const words = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
	i := 0
	for f := range strings.FieldsSeq(words) {
		if f == w {
			return i, true
		}
		i++
	}
	return 0, false
}

func tens(w string) (int, bool) {
	const words = "twenty thirty forty fifty sixty seventy eighty ninety"
	i := 2
	for f := range strings.FieldsSeq(words) {
		if f == w {
			return 10 * i, true
		}
		i++
	}
	return 0, false
}

// words reads a number written in words: "four", "twenty-one", "twenty one",
// "one hundred and five", "a million", "forty-three million", "two thousand
// and five". The unit of the last digit is that of a closing scale word, else
// one.
func (p *parser) words() (num, error) {
	start := p.i
	var total, cur int64
	const (
		empty   = iota // nothing in cur yet
		tensSet        // cur ends in a tens word and may take a unit
		done           // cur is a complete number below one hundred
		hundred        // cur is a whole number of hundreds
	)
	state := empty
	lastScale := 0
	endScale := 0
	zero := false
	consumed := 0
loop:
	for p.i < len(p.toks) {
		w := p.word(0)
		if w == "" {
			break
		}
		switch {
		case w == "and":
			if consumed == 0 || (state != hundred && !(state == empty && endScale > 0)) {
				break loop
			}
			if _, ok := smallNumber(p.word(1)); !ok || p.word(1) == "zero" {
				break loop
			}
			p.i++
			continue
		case w == "a":
			// "a hundred", "a million", but not "a m".
			next := p.word(1)
			if consumed > 0 || next != "hundred" && next != "thousand" && next != "million" &&
				next != "billion" && next != "trillion" {
				break loop
			}
			cur, state = 1, done
		case w == "hundred":
			if (state != done && state != tensSet) || cur < 1 || cur > 9 {
				break loop
			}
			cur *= 100
			state = hundred
		case w == "thousand" || w == "million" || w == "billion" || w == "trillion":
			sc := scaleWord(w)
			if state == empty || (lastScale > 0 && sc >= lastScale) {
				break loop
			}
			f := int64(1)
			for range sc {
				f *= 1000
			}
			total += cur * f
			cur, state, lastScale = 0, empty, sc
			endScale = sc
			consumed++
			p.i++
			continue
		default:
			v, ok := smallNumber(w)
			if !ok || zero {
				break loop
			}
			isTens := v >= 20 && v%10 == 0 && !strings.Contains(w, "-")
			switch {
			case v == 0:
				if consumed > 0 {
					break loop
				}
				zero, state = true, done
			case state == tensSet && v >= 1 && v <= 9:
				cur += int64(v)
				state = done
			case state == empty || state == hundred && cur%100 == 0:
				cur += int64(v)
				state = done
				if isTens {
					state = tensSet
				}
			default:
				break loop
			}
		}
		endScale = 0
		consumed++
		p.i++
	}
	if consumed == 0 {
		p.i = start
		return num{}, p.failHere("expected a number")
	}
	if zero && consumed > 1 {
		return num{}, p.fail(p.toks[start].pos, "malformed number words")
	}
	value := total + cur
	n := num{point: new(big.Rat).SetInt64(value), step: big.NewRat(1, 1)}
	if endScale > 0 {
		n.scale = endScale
		n.step = scaleRat(endScale)
		n.mant = new(big.Rat).Quo(n.point, n.step).FloatString(0)
	} else {
		n.mant = n.point.FloatString(0)
	}
	return n, nil
}
