package claim

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"unicode"

	"github.com/uncac-go/uncac/internal/printed"
	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Stated is a figure as a report prints it, read as the exact interval of
// values that would print that way. It keeps the literal so that a report can
// quote it. The zero Stated is invalid; get one from Parse or [Rules.Parse].
// A Stated is immutable and safe for concurrent use.
type Stated struct {
	literal   string
	rules     Rules
	qual      Qualifier
	qualText  string // the qualifier phrase as printed, for Canonical; "" when Plain
	qualAfter bool   // the phrase comes after the number ("or more")
	lo, hi    num    // hi is used only by ranges
	isRange   bool
	percent   bool
	currency  string // ISO 4217 code, or "" for none
	change    bool   // "an additional four", "eight further"
	noun      string // trailing words, such as "States" or "needs"
}

// num is one printed number: its value, the unit of its last printed digit,
// and how it was printed, in the units of the figure (currency units, per
// cent points, or a count).
type num struct {
	n     printed.Number // as read
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

// Parse reads a stated figure under the rules r. A literal quoted with the
// words around its figure ("currently 180 States parties", "of which 44",
// "since its launch in 2009") is read as that figure when it holds exactly
// one, so that a claim can quote the report as printed; the literal is kept
// whole for the report.
func (r Rules) Parse(literal string) (Stated, error) {
	f, err := printed.Parse(literal)
	if err != nil {
		inner, ok := soleFigure(literal)
		if !ok {
			return Stated{}, parseError(literal, err)
		}
		f = inner
	}
	s := Stated{
		literal:   literal,
		rules:     r,
		qual:      Qualifier(f.Qual),
		qualAfter: f.QualAfter,
		lo:        newNum(f.Lo),
		isRange:   f.Range,
		percent:   f.Percent,
		currency:  f.Currency,
		change:    f.Change,
		noun:      f.Noun,
	}
	if f.Range {
		s.hi = newNum(f.Hi)
	}
	if f.Qual != printed.Plain {
		s.qualText = string(textnorm.AppendKey(nil, f.QualText))
	}
	if s.Interval().IsEmpty() {
		return Stated{}, &ParseError{Func: "claim.Parse", Input: literal, Err: fmt.Errorf("%w: the figure allows no value", ErrSyntax)}
	}
	return s, nil
}

// soleFigure reads a literal that prints exactly one figure after other
// words: the words before it are dropped, and the figure with what follows
// it must be what Parse reads ("180 States parties"), so that nothing after
// a complete figure is let through here that Parse refuses. Dates and
// periods are for Date. ok is false when the literal prints no figure,
// several, or one that this does not read.
func soleFigure(literal string) (f printed.Figure, ok bool) {
	if len(literal) > printed.MaxLen {
		return printed.Figure{}, false
	}
	n, start := 0, 0
	var kind printed.Kind
	for found := range printed.Scan(literal) {
		n++
		switch found.Kind {
		case printed.KindNumber, printed.KindOrdinal, printed.KindMoney, printed.KindPercent, printed.KindRange, printed.KindYear:
			start, kind = found.Start, found.Kind
		default:
			return printed.Figure{}, false
		}
	}
	if n != 1 || start == 0 || !plainWords(literal[:start]) || kind == printed.KindOrdinal && endsWithArticle(literal[:start]) {
		// "a third of the States" is a fraction, not the ordinal third.
		return printed.Figure{}, false
	}
	f, err := printed.Parse(literal[start:])
	return f, err == nil
}

// endsWithArticle reports whether the words before a figure end with "a" or
// "an".
func endsWithArticle(prefix string) bool {
	f := strings.Fields(prefix)
	return len(f) > 0 && (strings.EqualFold(f[len(f)-1], "a") || strings.EqualFold(f[len(f)-1], "an"))
}

// plainWords reports whether the words before a figure say nothing about
// it: letters, spaces and light punctuation only, no word that could be a
// currency code, and nothing the grammar reads before a number ("about",
// "an additional"), which must stay with the figure or be refused with it.
func plainWords(prefix string) bool {
	for _, r := range prefix {
		if !unicode.IsLetter(r) && !textnorm.IsSpace(r) && !strings.ContainsRune("',-’", r) {
			return false
		}
	}
	for w := range strings.FieldsFuncSeq(prefix, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) == 3 && printed.IsCode(strings.ToUpper(w)) {
			return false
		}
	}
	_, err := printed.Parse(prefix + "1")
	pe, ok := errors.AsType[*printed.Error](err)
	return ok && pe.Offset == 0
}

// parseError turns an error of the grammar into the package's [ParseError].
func parseError(literal string, err error) error {
	pe, ok := errors.AsType[*printed.Error](err)
	if !ok {
		return &ParseError{Func: "claim.Parse", Input: literal, Err: &detailError{ErrSyntax, err.Error()}}
	}
	kind := ErrSyntax
	if errors.Is(err, printed.ErrRange) {
		kind = ErrRange
	}
	return &ParseError{Func: "claim.Parse", Input: literal, Offset: pe.Offset, Err: &detailError{kind, pe.Detail()}}
}

// newNum converts a printed number.
func newNum(n printed.Number) num {
	return num{n: n, point: n.Value(), step: n.Step(), mant: n.Mant(), scale: n.Scale, bare: n.Bare}
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
	return Interval(printed.Allowed(printed.Plain, n.n, s.rounds(n), printed.Rounding(rnd), nil))
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
	// The approximate qualifiers say the figure is not exact, so they
	// allow at least the values that round to it at its last digit, even
	// for a whole number printed in full; bounds use the printed value
	// itself, not its rounding.
	return Interval(printed.Allowed(printed.Qualifier(s.qual), s.lo.n, s.rounds(s.lo),
		printed.Rounding(rnd), s.rules.tolerance()))
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

// Canonical returns the figure in the package's normal form: digits (with
// thousands separators unless the literal wrote the number without them, as
// in "2006"), a scale word, an ISO currency code before the number,
// "%" after it, the print's own qualifier phrase in lower case and in its
// place ("less than 3%", "3,680 or more"; "a total of" and "only" are
// dropped), and "–" between the ends of a range, followed by the noun.
// Parsing the canonical form under the same Rules gives the same interval.
func (s Stated) Canonical() string {
	if !s.IsValid() {
		return ""
	}
	var b strings.Builder
	qual := s.qualText
	if qual == "" && s.qual != Plain {
		qual = s.qual.String()
	}
	if qual != "" && !s.qualAfter {
		b.WriteString(qual)
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
	if qual != "" && s.qualAfter {
		b.WriteByte(' ')
		b.WriteString(qual)
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
		b.WriteString(printed.ScaleName(n.scale))
	}
	if s.percent {
		b.WriteByte('%')
	}
	if n.n.Ordinal && n.mant == n.n.Mant() {
		b.WriteString(printed.OrdinalSuffix(n.n.Coef))
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

func scaleRat(i int) *big.Rat {
	return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(printed.ScaleExp(i))), nil))
}

// isCurrencyCode reports whether w is an ISO 4217 code the grammar knows,
// current (list one) or withdrawn (such as DEM).
func isCurrencyCode(w string) bool { return printed.IsCode(w) }
