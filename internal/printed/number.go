package printed

import (
	"math/big"
	"strings"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Number is one printed number, kept as printed: its value is Coef ×
// 10^Exp exactly, and 10^Exp is the place value of its last printed digit,
// which is what the print says about its precision. "$43 million" has Coef
// 43, Exp 6, Scale 2; "1.50" has Coef 150, Exp -2, Frac 2; "four" has Coef 4,
// Exp 0. Exp = ScaleExp(Scale) − Frac always.
type Number struct {
	Coef  *big.Int // the printed digits, without point or separators; never negative
	Exp   int      // the power of ten of the last printed digit
	Frac  int      // digits printed after the decimal point
	Scale int      // the scale word printed after it: 0 none, 1 thousand, 2 million, 3 billion, 4 trillion, or ScaleLakh, ScaleCrore
	// Bare is set when the number was written in digits with four or more
	// integer digits and no thousands separators ("2006", "10000").
	Bare bool
	// Indian is set when the digits are grouped as Indian English groups
	// them, in twos before the last three ("1,00,000"); the grammar reads
	// such a number only in an amount of a currency that prints so.
	Indian bool
	// Words is set when the number was written in words ("forty-three million").
	Words bool
	// Ordinal is set for an ordinal ("thirtieth", "100th", "191st"): a count.
	Ordinal bool
}

// IsValid reports whether n holds a number.
func (n Number) IsValid() bool { return n.Coef != nil }

// Value returns the number's value as an exact rational: Coef × 10^Exp.
func (n Number) Value() *big.Rat {
	v := new(big.Rat).SetInt(n.Coef)
	return v.Mul(v, n.Step())
}

// Step returns the place value of the last printed digit, 10^Exp: 1,000,000
// for "43 million", 0.01 for "1.50", 1 for "four".
func (n Number) Step() *big.Rat {
	return pow10(n.Exp)
}

// ImpliesRounding reports whether the print says the number was rounded: it
// has a scale word ("43 million", "43m") or decimals ("2.5"). A whole number
// printed in full ("3,680", "four") does not.
func (n Number) ImpliesRounding() bool { return n.Scale > 0 || n.Frac > 0 }

// Mant returns the digits in units of the scale, with the decimal point and
// without separators: "43" for "43 million", "1.50" for "1.50", "1200" for
// "one million two hundred thousand".
func (n Number) Mant() string {
	s := n.Coef.String()
	if n.Frac <= 0 {
		return s
	}
	if len(s) <= n.Frac {
		s = strings.Repeat("0", n.Frac-len(s)+1) + s
	}
	return s[:len(s)-n.Frac] + "." + s[len(s)-n.Frac:]
}

// Grouped returns the number in digits with thousands separators in its
// integer part, unless it was printed Bare, and without its scale word:
// "43", "1,234.56", "2006".
func (n Number) Grouped() string {
	m := n.Mant()
	if n.Bare {
		return m
	}
	i, f, ok := strings.Cut(m, ".")
	i = GroupInt(i)
	if ok {
		return i + "." + f
	}
	return i
}

// String returns the number in digits with its scale word or ordinal
// suffix, in the form this package reads back to an equal Number (apart
// from Words): "43 million", "1,234.56", "2006", "100th".
func (n Number) String() string {
	if !n.IsValid() {
		return ""
	}
	s := n.Grouped()
	if n.Scale > 0 {
		s += " " + ScaleName(n.Scale)
	}
	if n.Ordinal {
		s += OrdinalSuffix(n.Coef)
	}
	return s
}

// GroupInt inserts thousands separators into a string of decimal digits.
func GroupInt(s string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/3)
	first := len(s) % 3
	if first == 0 {
		first = 3
	}
	b.WriteString(s[:first])
	for i := first; i < len(s); i += 3 {
		b.WriteByte(',')
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// The scales of Indian English, read after digits: "50 crore", "2.5 lakh".
const (
	ScaleLakh  = 5 // 10^5
	ScaleCrore = 6 // 10^7
)

// ScaleExp returns the power of ten of a scale: 3 for thousand … 12 for
// trillion, 5 for a lakh, 7 for a crore, 0 for none.
func ScaleExp(scale int) int {
	switch scale {
	case ScaleLakh:
		return 5
	case ScaleCrore:
		return 7
	case 1, 2, 3, 4:
		return 3 * scale
	}
	return 0
}

// ScaleName returns the scale word of a power of 1,000 from 1 to 4
// ("thousand" … "trillion"), "lakh" or "crore", or "".
func ScaleName(scale int) string {
	switch scale {
	case ScaleLakh:
		return "lakh"
	case ScaleCrore:
		return "crore"
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

// pow10 returns 10^e as a rational; e is bounded by MaxLen in every caller.
func pow10(e int) *big.Rat {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(e))), nil)
	if e < 0 {
		return new(big.Rat).SetFrac(big.NewInt(1), p)
	}
	return new(big.Rat).SetInt(p)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func isNotDigit(r rune) bool { return r < '0' || r > '9' }

// indianGroups reports whether s groups its digits as Indian English does,
// in twos before the last three, with at least one group of two: "1,00,000"
// (one lakh), "12,34,56,789". Such a number is never grouped in threes.
func indianGroups(s string) bool {
	groups := strings.Split(s, ",")
	if len(groups) < 3 || len(groups[len(groups)-1]) != 3 || len(groups[0]) < 1 || len(groups[0]) > 2 {
		return false
	}
	for _, g := range groups[1 : len(groups)-1] {
		if len(g) != 2 {
			return false
		}
	}
	return true
}

// commaGroups returns the digits of s with its thousands separators, which
// the lexer let through, written as commas: apostrophes ("1'000'000",
// "1’000’000") and spaces ("500 000") become commas, so that one rule checks
// the groups. It refuses separators of two kinds in one number.
func commaGroups(s string) (string, string) {
	if strings.IndexFunc(s, isNotDigit) < 0 {
		return s, ""
	}
	var kind byte // ',' or '\'' or ' '
	var b strings.Builder
	for _, r := range s {
		k := byte(0)
		switch {
		case '0' <= r && r <= '9':
			b.WriteRune(r)
			continue
		case r == ',':
			k = ','
		case r == '\'' || r == '’':
			k = '\''
		default: // a space the lexer took for a separator
			k = ' '
		}
		if kind != 0 && k != kind {
			return "", "thousands separators of two kinds"
		}
		kind = k
		b.WriteByte(',')
	}
	if kind == ',' {
		return s, ""
	}
	return b.String(), ""
}

// withScale returns n multiplied by the scale word of power sc.
func (n Number) withScale(sc int) Number {
	n.Scale = sc
	n.Exp += ScaleExp(sc)
	return n
}

// digits reads the number token t (with an optional scale word after it)
// into a Number.
func (p *parser) digits() (Number, error) {
	t := p.tok(0)
	text := p.text(t)
	if len(text) > MaxLen {
		return Number{}, &Error{Offset: t.pos, Reason: "a number longer than the limit of 1000 bytes", Err: ErrRange}
	}
	if t.kind == tOrd {
		return p.ordinalDigits(t, text)
	}
	intPart, frac, hasFrac := strings.Cut(text, ".")
	if hasFrac && strings.IndexFunc(frac, isNotDigit) >= 0 {
		return Number{}, syntaxError(t.pos, "malformed decimal number")
	}
	commas := strings.Contains(intPart, ",") // as printed: Indian groups take commas only
	intPart, sepErr := commaGroups(intPart)
	if sepErr != "" {
		return Number{}, syntaxError(t.pos, sepErr)
	}
	grouped := strings.Contains(intPart, ",")
	indian := false
	if grouped {
		// groups of three after a first group of one to three digits
		first := strings.IndexByte(intPart, ',')
		if first > 3 {
			return Number{}, syntaxError(t.pos, "thousands separator misplaced")
		}
		indian = commas && indianGroups(intPart)
		if !indian {
			for k := first; k < len(intPart); k += 4 {
				if intPart[k] != ',' || k+4 > len(intPart) || strings.IndexByte(intPart[k+1:k+4], ',') >= 0 ||
					k+4 < len(intPart) && intPart[k+4] != ',' {
					return Number{}, syntaxError(t.pos+first, "thousands separator misplaced")
				}
			}
		}
		intPart = strings.ReplaceAll(intPart, ",", "")
	}
	coef, ok := parseCoef(intPart, frac)
	if !ok {
		return Number{}, syntaxError(t.pos, "malformed number")
	}
	p.i++
	n := Number{Coef: coef, Frac: len(frac), Exp: -len(frac), Indian: indian}
	n.Bare = !grouped && len(strings.TrimLeft(intPart, "0")) >= 4
	if w := p.tok(0); w.kind == tWord && (w.w.kind == wScale || w.w.kind == wScaleAbbr || w.w.kind == wScaleIndian) &&
		!(w.w.plural && p.isWord(1, "of")) { // "2019 millions of people": a year, then a vague quantity
		p.i++
		n = n.withScale(int(w.w.val))
	}
	return n, nil
}

// words reads a number written in words: "four", "twenty-one", "twenty
// one", "one hundred and five", "a million", "forty-three million", "two
// thousand and five". The place of its last digit is that of a closing
// scale word, else one. Scale words must descend, so the value is below
// 10^15 and fits an int64.
func (p *parser) words() (Number, error) {
	start, startPos := p.i, p.tok(0).pos
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
	ordinal := false
	consumed := 0
loop:
	for {
		t := p.tok(0)
		if t.kind != tWord {
			break
		}
		text := p.text(t)
		switch {
		case textEq(text, "and"):
			if consumed == 0 || (state != hundred && !(state == empty && endScale > 0)) {
				break loop
			}
			n := p.tok(1)
			v, _, ok := numberWord(p.text(n), n.w)
			if ov, isOrd := ordinalWord(p.text(n), n.w); n.kind != tWord || !(ok && v > 0 || isOrd && ov > 0 && ov < 100) {
				break loop
			}
			p.i++
			continue
		case textEq(text, "a"):
			// "a hundred", "a million", but not "a m".
			n := p.tok(1)
			if consumed > 0 || n.kind != tWord || n.w.kind != wHundred && n.w.kind != wScale {
				break loop
			}
			cur, state = 1, done
		case t.w.kind == wHundred:
			if (state != done && state != tensSet) || cur < 1 || cur > 9 {
				break loop
			}
			cur *= 100
			state = hundred
		case t.w.kind == wScale:
			sc := int(t.w.val)
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
		case t.w.kind == wOrdHundred:
			switch {
			case state == empty && consumed == 0:
				cur = 100
			case (state == done || state == tensSet) && cur >= 1 && cur <= 9:
				cur *= 100
			default:
				break loop
			}
			ordinal = true
			consumed++
			p.i++
			break loop
		case t.w.kind == wOrdScale:
			sc := int(t.w.val)
			f := int64(1)
			for range sc {
				f *= 1000
			}
			switch {
			case state == empty && consumed == 0:
				cur = f
			case state != empty && (lastScale == 0 || sc < lastScale):
				total += cur * f
				cur = 0
			default:
				break loop
			}
			ordinal = true
			consumed++
			p.i++
			break loop
		default:
			if v, ok := ordinalWord(text, t.w); ok {
				switch {
				case state == empty || state == hundred && cur%100 == 0:
				case state == tensSet && v <= 9:
				default:
					break loop
				}
				cur += v
				ordinal = true
				consumed++
				p.i++
				break loop
			}
			v, isTens, ok := numberWord(text, t.w)
			if !ok || zero {
				break loop
			}
			switch {
			case v == 0:
				if consumed > 0 {
					break loop
				}
				zero, state = true, done
			case state == tensSet && v >= 1 && v <= 9:
				cur += v
				state = done
			case state == empty || state == hundred && cur%100 == 0:
				cur += v
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
		return Number{}, p.failHere("expected a number")
	}
	if zero && consumed > 1 {
		return Number{}, syntaxError(startPos, "malformed number words")
	}
	value := total + cur
	n := Number{Coef: big.NewInt(value), Words: true, Ordinal: ordinal}
	if endScale > 0 && !ordinal {
		f := int64(1)
		for range endScale {
			f *= 1000
		}
		n.Coef.SetInt64(value / f)
		n.Scale, n.Exp = endScale, ScaleExp(endScale)
	}
	return n, nil
}

// textEq reports whether the word text is lower under ASCII case folding.
func textEq(text, lower string) bool {
	return textnorm.EqualFold(text, lower)
}

// ordinalDigits reads an ordinal in digits: "1st", "100th", "191st",
// "1,000th". Its suffix must be the one English gives the number.
func (p *parser) ordinalDigits(t token, text string) (Number, error) {
	digits, suffix := text[:len(text)-2], text[len(text)-2:]
	q := *p
	q.in, q.lx, q.toks, q.i, q.eof = digits, lexer{in: digits, spaceGroups: p.lx.spaceGroups}, nil, 0, false
	n, err := q.digits()
	if err != nil {
		err.(*Error).Offset += t.pos
		return Number{}, err
	}
	if q.tok(0).kind != 0 || n.Frac > 0 || n.Scale > 0 {
		return Number{}, syntaxError(t.pos, "malformed ordinal")
	}
	if !textnorm.EqualFold(suffix, OrdinalSuffix(n.Coef)) {
		return Number{}, syntaxError(t.pos+len(digits), `"`+suffix+`" is not the suffix of `+n.Coef.String())
	}
	p.i++
	n.Ordinal = true
	return n, nil
}

// OrdinalSuffix returns the English ordinal suffix of n: "st" for 1, 21,
// 101, "nd" for 2, "rd" for 3, "th" for 4 and for 11 to 13.
func OrdinalSuffix(n *big.Int) string {
	r := new(big.Int).Rem(n, big.NewInt(100)).Int64()
	if r >= 11 && r <= 13 {
		return "th"
	}
	switch r % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// parseCoef returns the integer the digits of intPart and frac spell;
// short ones without going through a string.
func parseCoef(intPart, frac string) (*big.Int, bool) {
	if len(intPart)+len(frac) <= 18 {
		var v int64
		for _, part := range [2]string{intPart, frac} {
			for i := 0; i < len(part); i++ {
				c := part[i]
				if c < '0' || c > '9' {
					return nil, false
				}
				v = v*10 + int64(c-'0')
			}
		}
		return big.NewInt(v), true
	}
	return new(big.Int).SetString(intPart+frac, 10)
}

// cmpNumbers compares the values of a and b.
func cmpNumbers(a, b Number) int {
	if a.Exp == b.Exp {
		return a.Coef.Cmp(b.Coef)
	}
	return a.Value().Cmp(b.Value())
}
