package printed

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Date is a day, a month or a year as printed: the parts the print gives,
// zero for the parts it leaves out ("27 September" has no Year; the
// caller supplies it), and the weekday when one is printed, unchecked.
type Date struct {
	Year    int // 1800 to 2199, or 0 when not printed
	Month   int // 1 to 12, or 0
	Day     int // 1 to the month's last day, or 0
	Weekday int // 1 (Sunday) to 7 (Saturday), time.Weekday+1, or 0 when not printed
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d == Date{} }

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var weekdayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the date in the form ParseDate reads back to an equal
// Date: "Friday, 27 September 2019", "14 December 2005", "March 2016",
// "2008", "27 September".
func (d Date) String() string {
	var b strings.Builder
	if d.Weekday >= 1 && d.Weekday <= 7 {
		b.WriteString(weekdayNames[d.Weekday-1])
		b.WriteString(", ")
	}
	if d.Day > 0 {
		b.WriteString(strconv.Itoa(d.Day))
		b.WriteByte(' ')
	}
	if d.Month >= 1 && d.Month <= 12 {
		b.WriteString(monthNames[d.Month-1])
	}
	if d.Year > 0 {
		if d.Month > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(d.Year))
	}
	return b.String()
}

// A Period is a date or two as printed: one date ("14 December 2005",
// "2008"), or a span of two ("2006–2009", "2010–June 2012", "2010 and
// 2011", "between 2006 and 2012"), with the words before it that say how
// it bounds ("as at", "since", "by").
type Period struct {
	// Prefix is the phrase before the date, folded to lower case: "as
	// at", "as of", "since", "by", "until", "before", "after", "between",
	// "from", or "".
	Prefix string
	From   Date // the date, or the start of the span
	// To is the end of the span; zero for one date. Parts that the print
	// writes once for both ends ("14–16 December 2005", "June–July 2019")
	// are filled in on both.
	To  Date
	Sep string // between the two dates: "–", "to" or "and"; "" for one date
}

// IsSpan reports whether p is a span of two dates.
func (p Period) IsSpan() bool { return !p.To.IsZero() }

// String returns the period in the form ParseDate reads back to an equal
// Period: "as at 30 November 2007", "2010–June 2012", "between 2006 and
// 2012".
func (p Period) String() string {
	var b strings.Builder
	if p.Prefix != "" {
		b.WriteString(p.Prefix)
		b.WriteByte(' ')
	}
	b.WriteString(p.From.String())
	if p.IsSpan() {
		switch p.Sep {
		case "–":
			b.WriteString("–")
		default:
			b.WriteByte(' ')
			b.WriteString(p.Sep)
			b.WriteByte(' ')
		}
		b.WriteString(p.To.String())
	}
	return b.String()
}

// datePrefixes are the phrases before a date that ParseDate keeps, longest
// first where one begins another.
var datePrefixes = [...]string{"as at", "as of", "since", "by", "until", "before", "after", "between", "from"}

// ParseDate reads a date or a period as reports print them:
//
//   - a day: "14 December 2005", "1st March 2018", "June 7, 2019",
//     "Friday, 27 September 2019", "27 September" (the year left out),
//     "31.12.2015" (day, month, year), "2019-03-01" (ISO 8601);
//   - a month: "March 2016", "Sept. 2019";
//   - a year: "2008" (four digits, 1800 to 2199);
//   - a span: two of those joined by a dash, "to" or "and", or after
//     "between … and" or "from … to": "2006–2009", "2010–June 2012", "2010
//     and 2011", "14–16 December 2005", "June–July 2019";
//   - any of those after "as at", "as of", "since", "by", "until",
//     "before" or "after" (kept in Period.Prefix), or "in" or "on"
//     (dropped).
//
// Month names are capitalized ("March", not "march", which is a verb);
// a weekday is kept as printed and not checked against the date. Slashed
// dates ("01/03/2019") are refused: the order of day and month is not
// known. The day must exist in its month (29 February only in a leap year
// or without a year), and a span must not end before it starts. Text
// longer than MaxLen is an error wrapping ErrRange.
func ParseDate(text string) (Period, error) {
	if len(text) > MaxLen {
		return Period{}, &Error{Offset: MaxLen, Reason: "text longer than the limit of 1000 bytes", Err: ErrRange}
	}
	if !utf8.ValidString(text) {
		return Period{}, syntaxError(0, "invalid UTF-8")
	}
	p := newParser(text)
	if p.tok(0).kind == 0 {
		return Period{}, syntaxError(0, "empty text")
	}
	if p.isWord(0, "in") || p.isWord(0, "on") {
		p.i++
	}
	per, err := p.period()
	if err != nil {
		return Period{}, err
	}
	if p.tok(0).kind != 0 {
		return Period{}, p.failHere(`unexpected "` + p.text(p.tok(0)) + `" after the date`)
	}
	return per, nil
}

// period reads [prefix] date [sep date].
func (p *parser) period() (Period, error) {
	var per Period
	for _, ph := range datePrefixes {
		if n := p.matchPhrase(ph); n > 0 {
			per.Prefix = ph
			p.i += n
			break
		}
	}
	from, err := p.date(true)
	if err != nil {
		return per, err
	}
	per.From = from
	sepPos := p.tok(0).pos
	switch {
	case per.Prefix == "between":
		if !p.isWord(0, "and") {
			return per, p.failHere(`expected "and" after the first date`)
		}
		per.Sep = "and"
	case per.Prefix == "from":
		switch {
		case p.isWord(0, "to"):
			per.Sep = "to"
		case p.tok(0).kind == tDash:
			per.Sep = "–"
		default:
			return per, p.failHere(`expected "to" after the first date`)
		}
	case p.tok(0).kind == tDash || p.isWord(0, "to") || p.isWord(0, "and"):
		// Only a date after it makes a span: "2010 and 2011", not "2010 and
		// the next year".
		save := p.i
		p.i++
		if _, err := p.date(false); err != nil {
			p.i = save
			return per, per.check(from, sepPos)
		}
		p.i = save
		per.Sep = "–"
		if p.tok(0).kind != tDash {
			per.Sep = strings.ToLower(p.text(p.tok(0)))
		}
	default:
		return per, per.check(from, sepPos)
	}
	p.i++
	to, err := p.date(false)
	if err != nil {
		return per, err
	}
	per.To = to
	per.carry()
	return per, per.check(from, sepPos)
}

// carry fills in the parts a span writes once: "14–16 December 2005",
// "June–July 2019".
func (per *Period) carry() {
	f, t := &per.From, &per.To
	if f.Year == 0 && f.Month == 0 && f.Day > 0 {
		f.Month = t.Month
	}
	if f.Year == 0 && t.Year > 0 && (f.Month > 0 || f.Day > 0) {
		f.Year = t.Year
	}
}

// check validates the dates of per: each one complete enough, days in
// their months, and a span in order.
func (per Period) check(from Date, pos int) error {
	for _, d := range []Date{per.From, per.To} {
		if d.IsZero() {
			continue
		}
		if d.Day > 0 && d.Month == 0 || d.Month == 0 && d.Year == 0 {
			return syntaxError(pos, "a day without its month")
		}
		if d.Day > daysIn(d.Month, d.Year) {
			return syntaxError(pos, "no such day: "+d.String())
		}
	}
	if per.IsSpan() && compareDates(per.From, per.To) > 0 {
		return syntaxError(pos, "the span ends before it starts")
	}
	return nil
}

// compareDates orders two dates by the parts both give.
func compareDates(a, b Date) int {
	for _, c := range [][2]int{{a.Year, b.Year}, {a.Month, b.Month}, {a.Day, b.Day}} {
		if c[0] == 0 || c[1] == 0 {
			return 0
		}
		if c[0] != c[1] {
			return c[0] - c[1]
		}
	}
	return 0
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year == 0 || year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// date reads one date. When first is set it may be a bare day or month
// that takes its month or year from the end of a span.
func (p *parser) date(first bool) (Date, error) {
	var d Date
	t := p.tok(0)
	if t.kind == tWord && t.w.kind == wWeekday && isCapitalized(p.text(t)) {
		d.Weekday = int(t.w.val)
		p.i++
		if u := p.tok(0); u.kind == tPunct && p.text(u) == "," {
			p.i++
		}
		t = p.tok(0)
		if !(t.kind == tNum || t.kind == tOrd || p.isMonth(0)) {
			return d, p.failHere("expected a date after the weekday")
		}
	}
	switch {
	case p.isMonth(0):
		d.Month = int(p.tok(0).w.val)
		p.i++
		if day, ok := p.day(0); ok {
			// "June 7, 2019"
			d.Day = day
			p.i++
			if u := p.tok(0); u.kind == tPunct && p.text(u) == "," && p.isYear(1) {
				p.i++
			}
			if y, ok := p.year(0); ok {
				d.Year = y
				p.i++
			}
			return d, nil
		}
		if y, ok := p.year(0); ok {
			d.Year = y
			p.i++
			return d, nil
		}
		if first && d.Weekday == 0 {
			return d, nil // "June–July 2019"
		}
		return d, p.failHere("expected a day or a year after the month")
	case t.kind == tNum && strings.Count(p.text(t), ".") == 2:
		return p.dottedDate(t, d)
	case t.kind == tNum && p.isYear(0):
		if y, m, day, n, ok := p.isoDate(); ok {
			p.i += n
			d.Year, d.Month, d.Day = y, m, day
			return d, nil
		}
		d.Year, _ = p.year(0)
		p.i++
		if d.Weekday != 0 {
			return d, p.failHere("a weekday before a year")
		}
		return d, nil
	}
	day, ok := p.day(0)
	if !ok {
		if t := p.tok(0); t.kind == tNum && p.tok(1).kind == tPunct && p.text(p.tok(1)) == "/" {
			return d, syntaxError(t.pos, "a date with slashes: the order of day and month is not known")
		}
		return d, p.failHere("expected a date")
	}
	d.Day = day
	p.i++
	if p.isMonth(0) {
		d.Month = int(p.tok(0).w.val)
		p.i++
		if u := p.tok(0); u.kind == tPunct && p.text(u) == "," && p.isYear(1) {
			p.i++
		}
		if y, ok := p.year(0); ok {
			d.Year = y
			p.i++
		}
		return d, nil
	}
	if first && d.Weekday == 0 && p.tok(0).kind == tDash {
		return d, nil // "14–16 December 2005"
	}
	return d, p.failHere("expected a month after the day")
}

// isMonth reports whether the token k places on is a capitalized month
// name.
func (p *parser) isMonth(k int) bool {
	t := p.tok(k)
	return t.kind == tWord && t.w.kind == wMonth && isCapitalized(p.text(t))
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// day returns the day of a token of one or two digits ("7", "07") or an
// ordinal ("1st") from 1 to 31.
func (p *parser) day(k int) (int, bool) {
	t := p.tok(k)
	s := p.text(t)
	switch t.kind {
	case tOrd:
		s = s[:len(s)-2]
	case tNum:
	default:
		return 0, false
	}
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 1 || v > 31 {
		return 0, false
	}
	if t.kind == tOrd && !strings.EqualFold(p.text(t)[len(s):], OrdinalSuffix(big.NewInt(int64(v)))) {
		return 0, false
	}
	return v, true
}

// isYear reports whether the token k places on is a year: four digits from
// 1800 to 2199.
func (p *parser) isYear(k int) bool {
	_, ok := p.year(k)
	return ok
}

func (p *parser) year(k int) (int, bool) {
	t := p.tok(k)
	s := p.text(t)
	if t.kind != tNum || len(s) != 4 {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 1800 || v > 2199 {
		return 0, false
	}
	return v, true
}

// isoDate matches YYYY-MM-DD written without spaces.
func (p *parser) isoDate() (y, m, d, n int, ok bool) {
	t0, t1, t2, t3, t4 := p.tok(0), p.tok(1), p.tok(2), p.tok(3), p.tok(4)
	if t1.kind != tDash || p.text(t1) != "-" || t2.kind != tNum || t3.kind != tDash || p.text(t3) != "-" || t4.kind != tNum ||
		t1.pos != t0.end || t2.pos != t1.end || t3.pos != t2.end || t4.pos != t3.end ||
		len(p.text(t2)) != 2 || len(p.text(t4)) != 2 {
		return 0, 0, 0, 0, false
	}
	y, _ = p.year(0)
	m, err1 := strconv.Atoi(p.text(t2))
	d, err2 := strconv.Atoi(p.text(t4))
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, 0, false
	}
	return y, m, d, 5, true
}

// dottedDate reads D.M.YYYY ("31.12.2015").
func (p *parser) dottedDate(t token, d Date) (Date, error) {
	parts := strings.Split(p.text(t), ".")
	day, err1 := strconv.Atoi(parts[0])
	month, err2 := strconv.Atoi(parts[1])
	year, err3 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || err3 != nil || len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 ||
		day < 1 || month < 1 || month > 12 || year < 1800 || year > 2199 {
		return d, syntaxError(t.pos, "not a date of the form 31.12.2015")
	}
	p.i++
	d.Day, d.Month, d.Year = day, month, year
	return d, nil
}
