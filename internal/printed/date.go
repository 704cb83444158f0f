package printed

import (
	"math/big"
	"strconv"
	"strings"
	"time"
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
	Sep string // between the two dates: "–", "to", "and" or "through"; "" for one date
	// Part is a word that places the date within its span without bounding
	// it ("early", "mid", "late", "end of", "beginning of"), lower case; the
	// period still covers the whole span ("early 2019" is 2019).
	Part string
	// Ago is a date printed relative to the day of writing ("ten years
	// ago today"); From and To are zero when it is set.
	Ago Ago
}

// Ago is a date printed relative to the day of writing: N units before it,
// the day itself when Today is set ("ten years ago today") or the unit
// around it when not ("ten years ago").
type Ago struct {
	N     int    // 1 or more
	Unit  string // "year", "month", "week" or "day"
	Today bool   // "… ago today": that very day
}

// IsZero reports whether a holds nothing.
func (a Ago) IsZero() bool { return a == Ago{} }

// String returns "10 years ago today", "1 month ago".
func (a Ago) String() string {
	s := strconv.Itoa(a.N) + " " + a.Unit
	if a.N != 1 {
		s += "s"
	}
	s += " ago"
	if a.Today {
		s += " today"
	}
	return s
}

// Days returns the first and last day p covers, as UTC midnights: the day
// of a day, the month of a month, the year of a year, from the first day of
// From to the last of To for a span. year stands for a year the print
// leaves out ("Friday, 27 September"); today is the day of writing, for a
// relative date (N years ago today is today N years back, N years ago its
// calendar year, N months ago its calendar month, N weeks ago its week from
// Monday, N days ago that day). ok is false when a year is needed and year
// is 0, or a relative date is read without today.
func (p Period) Days(year int, today time.Time) (first, last time.Time, ok bool) {
	if !p.Ago.IsZero() {
		if today.IsZero() {
			return time.Time{}, time.Time{}, false
		}
		day := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
		n := p.Ago.N
		switch p.Ago.Unit {
		case "year":
			day = day.AddDate(-n, 0, 0)
			if p.Ago.Today {
				return day, day, true
			}
			return Date{Year: day.Year()}.days()
		case "month":
			day = day.AddDate(0, -n, 0)
			if p.Ago.Today {
				return day, day, true
			}
			return Date{Year: day.Year(), Month: int(day.Month())}.days()
		case "week":
			day = day.AddDate(0, 0, -7*n)
			if p.Ago.Today {
				return day, day, true
			}
			monday := day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
			return monday, monday.AddDate(0, 0, 6), true
		}
		day = day.AddDate(0, 0, -n)
		return day, day, true
	}
	from, to := p.From, p.To
	if from.Year == 0 {
		from.Year = year
	}
	if to.IsZero() {
		to = from
	} else if to.Year == 0 {
		to.Year = year
	}
	first, _, ok1 := from.days()
	_, last, ok2 := to.days()
	return first, last, ok1 && ok2
}

// days returns the first and last day of d.
func (d Date) days() (first, last time.Time, ok bool) {
	if d.Year == 0 {
		return time.Time{}, time.Time{}, false
	}
	switch {
	case d.Month == 0:
		return time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC), true
	case d.Day == 0:
		f := time.Date(d.Year, time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
		return f, f.AddDate(0, 1, -1), true
	}
	f := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	return f, f, true
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
	if !p.Ago.IsZero() {
		b.WriteString(p.Ago.String())
		return b.String()
	}
	if p.Part != "" {
		b.WriteString(p.Part)
		b.WriteByte(' ')
	}
	b.WriteString(p.From.String())
	if p.IsSpan() {
		switch p.Sep {
		case "–", "/":
			b.WriteString(p.Sep)
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
//   - a day: "14 December 2005", "1st March 2018", "7th of June 2019",
//     "June 7, 2019", "Friday, 27 September 2019", "27 September" (the
//     year left out), "31.12.2015" (day, month, year), "21-May-2014",
//     "2019-03-01" (ISO 8601), and with slashes when the order is certain:
//     "2019/03/01", "21/05/2014" or "05/21/2014" (a day above 12);
//   - a month: "March 2016", "Sept. 2019", "May-2014", "12/2005";
//   - a year: "2008" (four digits, 1800 to 2199);
//   - a span: two of those joined by a dash, "to" or "and", or after
//     "between … and" or "from … to": "2006–2009", "2010–June 2012", "2010
//     and 2011", "14–16 December 2005", "2 and 3 March 2016", "June–July
//     2019"; a second year of two digits, "2019–20"; a fiscal or split
//     year with a slash, "2005/06" or "2005/2006", which lies within both
//     years; a list of years in order, "2010, 2011 and 2012", from the
//     first to the last; a decade, "the 1990s"; a quarter or a half of a
//     year, "Q1 2019", "3Q 2019", "the fourth quarter of 2018", "H2 2019",
//     "the first half of 2019";
//   - any of those after a word that places it within its span without
//     bounding it, "early", "mid", "late", "end", "the end of", "the
//     beginning of" (kept in Period.Part): "mid-2019" and "end-2019" cover
//     2019, "the early 2000s" the decade;
//   - a date relative to the day of writing: "ten years ago", "10 years ago
//     today", "a month ago" (Period.Ago);
//   - any of those after "as at", "as of", "since", "by", "until",
//     "before" or "after" (kept in Period.Prefix), or "in" or "on"
//     (dropped).
//
// Month and weekday names are English, full or abbreviated ("Sept."), and
// capitalized ("March", not "march": "may" is a verb); a weekday is kept as
// printed and not checked against the date. "2016-03" is March 2016 (but
// not in Scan, where "2010-11" may be two years), and "through" joins a
// span too. What has no certain span is refused, with the reason: a
// slashed date whose order is not known ("01/03/2019"), a year and a
// number that may be a month ("2019/03"), a season ("summer 2019"), a
// fiscal year ("FY2019") and an approximate date ("c. 2005"). The day must exist in its month (29 February only in a leap year
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
	if a, ok := p.ago(); ok {
		per.Ago = a
		return per, nil
	}
	per.Part = p.datePart()
	if part, m, y, ok := p.partOfMonth(); ok && per.Part == "" {
		p.i += 2
		per.Part, per.From = part, Date{Year: y, Month: m}
		return per, nil
	}
	if p.spanOfYear(&per) {
		return per, nil
	}
	from, err := p.date(true)
	if err != nil {
		return per, err
	}
	per.From = from
	sepPos := p.tok(0).pos
	if from.Year > 0 && from.Month == 0 && per.Prefix == "" {
		if ok, err := p.yearsAfter(&per); ok || err != nil {
			return per, err
		}
	}
	if from.Month > 0 && from.Year == 0 && from.Day == 0 && p.gluedDash(0) {
		// "May-2014": the month of that year.
		if y, ok := p.year(1); ok {
			p.i += 2
			per.From.Year = y
			return per, p.check(per, sepPos)
		}
	}
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
	case p.tok(0).kind == tDash || p.isWord(0, "to") || p.isWord(0, "and") || p.isWord(0, "through"):
		// Only a date after it makes a span: "2010 and 2011", not "2010 and
		// the next year".
		save := p.i
		p.i++
		if _, err := p.date(false); err != nil {
			p.i = save
			return per, p.check(per, sepPos)
		}
		p.i = save
		per.Sep = "–"
		if p.tok(0).kind != tDash {
			per.Sep = strings.ToLower(p.text(p.tok(0)))
		}
	default:
		return per, p.check(per, sepPos)
	}
	p.i++
	to, err := p.date(false)
	if err != nil {
		return per, err
	}
	per.To = to
	per.carry()
	return per, p.check(per, sepPos)
}

// dateParts are the words before a date that place it within its span.
var dateParts = [...]string{"early", "mid", "late", "the early", "the mid", "the late", "the end of", "end of", "the beginning of", "beginning of",
	"the start of", "start of", "the middle of", "middle of", "end"}

// datePart reads a word that places a date within its span ("early 2019",
// "mid-2019", "the end of March 2016") and returns it without "the".
func (p *parser) datePart() string {
	for _, ph := range dateParts {
		if n := p.matchPhrase(ph); n > 0 {
			if !p.mayStartDateAt(n) && !(p.tok(n).kind == tDash && p.tok(n).pos == p.tok(n-1).end && p.mayStartDateAt(n+1)) {
				return ""
			}
			p.i += n
			if p.tok(0).kind == tDash { // "mid-2019"
				p.i++
			}
			return strings.TrimPrefix(ph, "the ")
		}
	}
	return ""
}

// partOfMonth matches a part and a month written as one word, then a year:
// "mid-March 2016", "early-June 2019".
func (p *parser) partOfMonth() (part string, month, year int, ok bool) {
	t := p.tok(0)
	if t.kind != tWord {
		return "", 0, 0, false
	}
	before, after, found := strings.Cut(p.text(t), "-")
	if !found || !isCapitalized(after) {
		return "", 0, 0, false
	}
	m := lookup(after)
	y, isYear := p.year(1)
	if m.kind != wMonth || !isYear {
		return "", 0, 0, false
	}
	for _, w := range [...]string{"early", "mid", "late", "end"} {
		if textEq(before, w) {
			return w, int(m.val), y, true
		}
	}
	return "", 0, 0, false
}

// mayStartDateAt reports whether a year or a month starts k tokens ahead.
func (p *parser) mayStartDateAt(k int) bool {
	return p.isYear(k) || p.isMonth(k)
}

// gluedDash reports whether a dash stands at token k, joined to the tokens
// on both sides.
func (p *parser) gluedDash(k int) bool {
	t := p.tok(k)
	return t.kind == tDash && t.pos == p.tok(k-1).end && p.tok(k+1).pos == t.end && p.tok(k+1).kind != 0
}

// gluedSlash reports whether a slash stands at token k, joined to the
// token before it.
func (p *parser) gluedSlash(k int) bool {
	t := p.tok(k)
	return t.kind == tPunct && p.text(t) == "/" && t.pos == p.tok(k-1).end
}

// spanOfYear reads a part of a year that is a span of months or years: a
// decade ("1990s", "the 1990s"), a quarter ("Q1 2019", "the first quarter
// of 2019") or a half ("H2 2019", "the second half of 2019").
func (p *parser) spanOfYear(per *Period) bool {
	the := 0
	if p.isWord(0, "the") {
		the = 1
	}
	// A decade: four digits ending in 0 joined to "s".
	if y, ok := p.year(the); ok && y%10 == 0 {
		if s := p.tok(the + 1); s.kind == tWord && s.pos == p.tok(the).end && p.text(s) == "s" {
			p.i += the + 2
			per.From, per.To, per.Sep = Date{Year: y}, Date{Year: y + 9}, "–"
			return true
		}
	}
	var n, size int // the part's number, and its months
	k := the
	t := p.tok(k)
	if t.kind == tWord && (p.text(t) == "Q" || p.text(t) == "H") && the == 0 {
		// "Q1", "H2": the letter joined to its number.
		u := p.tok(1)
		if v, err := strconv.Atoi(p.text(u)); err == nil && u.kind == tNum && u.pos == t.end {
			n, size, k = v, 3, 2
			if p.text(t) == "H" {
				size = 6
			}
		}
	} else if u := p.tok(1); t.kind == tNum && the == 0 && u.kind == tWord && u.pos == t.end && (p.text(u) == "Q" || p.text(u) == "H") {
		// "3Q 2019", "2H 2019": the number before the letter.
		if v, err := strconv.Atoi(p.text(t)); err == nil && len(p.text(t)) == 1 {
			n, size, k = v, 3, 2
			if p.text(u) == "H" {
				size = 6
			}
		}
	} else if t.kind == tWord || t.kind == tOrd {
		var ord int
		if t.kind == tOrd {
			ord, _ = strconv.Atoi(p.text(t)[:len(p.text(t))-2])
		} else if num, ok := ordinalWord(p.text(t), t.w); ok {
			ord = int(num)
		}
		switch {
		case ord > 0 && p.isWord(k+1, "quarter"):
			n, size, k = ord, 3, k+2
		case ord > 0 && p.isWord(k+1, "half"):
			n, size, k = ord, 6, k+2
		}
		if n > 0 && p.isWord(k, "of") {
			k++
		}
	}
	y, ok := p.year(k)
	if n < 1 || n > 12/size || !ok {
		return false
	}
	p.i += k + 1
	per.From, per.To, per.Sep = Date{Year: y, Month: (n-1)*size + 1}, Date{Year: y, Month: n * size}, "–"
	return true
}

// yearsAfter reads what may follow a year to make a span of years: a second
// year of two digits after a dash ("2019–20"), or more years in a list
// ("2010, 2011 and 2012"), which spans from the first to the last.
func (p *parser) yearsAfter(per *Period) (bool, error) {
	pos := p.tok(0).pos
	if p.gluedSlash(0) && p.tok(1).kind == tNum && p.tok(1).pos == p.tok(0).end {
		// "2005/06", "2005/2006": a fiscal or split year, which lies within
		// the two calendar years. Two digits after the slash that are not
		// the next year may be a month ("2019/03").
		s := p.text(p.tok(1))
		to, _ := strconv.Atoi(s)
		switch {
		case len(s) == 2 && to == (per.From.Year+1)%100:
			to = per.From.Year + 1
		case len(s) == 4 && to > per.From.Year && to <= 2199:
		case len(s) == 2 && to >= 1 && to <= 12:
			return false, syntaxError(pos, "a year, a slash and a number that may be a month or a year")
		default:
			return false, nil
		}
		p.i += 2
		per.To, per.Sep = Date{Year: to}, "/"
		return true, p.check(*per, pos)
	}
	if t := p.tok(0); t.kind == tDash && p.tok(1).kind == tNum && len(p.text(p.tok(1))) == 2 && p.tok(1).pos == t.end &&
		!(p.tok(2).kind == tDash && p.tok(2).pos == p.tok(1).end) && !p.isMonth(2) { // not "2000–10 January"
		yy, _ := strconv.Atoi(p.text(p.tok(1)))
		if p.text(t) == "-" && yy >= 1 && yy <= 12 {
			return false, nil // "2010-11" may be November 2010 (ISO 8601)
		}
		to := per.From.Year/100*100 + yy
		if to <= per.From.Year && to+100-per.From.Year <= 10 {
			to += 100 // "1999–00", "1998–02": into the next century
		}
		if to <= per.From.Year {
			return false, nil
		}
		p.i += 2
		per.To, per.Sep = Date{Year: to}, "–"
		return true, p.check(*per, pos)
	}
	if t := p.tok(0); t.kind != tPunct || p.text(t) != "," || !p.isYear(1) {
		return false, nil
	}
	save, last := p.i, per.From.Year
	for and := false; !and; {
		comma := p.tok(0).kind == tPunct && p.text(p.tok(0)) == ","
		if comma {
			p.i++
		}
		if and = p.isWord(0, "and"); and {
			p.i++ // "2011 and 2012", "2011, and 2012"
		} else if !comma {
			p.i = save
			return false, nil
		}
		y, ok := p.year(0)
		if !ok || y <= last || p.tok(1).kind == tDash || p.isMonth(1) {
			p.i = save
			return false, nil
		}
		p.i++
		last = y
	}
	per.To, per.Sep = Date{Year: last}, "and"
	return true, nil
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

// check validates the dates of per, and marks the parser when they are
// invalid.
func (p *parser) check(per Period, pos int) error {
	err := per.check(pos)
	p.invalidDate = err != nil
	return err
}

// check validates the dates of per: each one complete enough, days in
// their months, and a span in order.
func (per Period) check(pos int) error {
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
		if p.gluedSlash(1) && p.gluedSlash(3) {
			return p.slashDate(d) // "2019/03/01"
		}
		if y, m, day, n, ok := p.isoDate(); ok {
			p.i += n
			d.Year, d.Month, d.Day = y, m, day
			return d, nil
		}
		if y, m, ok := p.isoMonth(); ok && !p.scanning {
			// "2016-03"; not in a scan, where "2010-11" may be two years.
			p.i += 3
			d.Year, d.Month = y, m
			return d, nil
		}
		d.Year, _ = p.year(0)
		p.i++
		if d.Weekday != 0 {
			return d, p.failHere("a weekday before a year")
		}
		return d, nil
	}
	if t := p.tok(0); t.kind == tNum && p.tok(1).kind == tPunct && p.text(p.tok(1)) == "/" {
		return p.slashDate(d)
	}
	day, ok := p.day(0)
	if !ok {
		return d, p.failHere(p.noDateReason())
	}
	d.Day = day
	p.i++
	if p.gluedDash(0) && p.isMonth(1) && p.gluedDash(2) && p.isYear(3) {
		// "21-May-2014"
		d.Month = int(p.tok(1).w.val)
		d.Year, _ = p.year(3)
		p.i += 4
		return d, nil
	}
	if p.isWord(0, "of") && p.isMonth(1) {
		p.i++ // "7th of June 2019"
	}
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
	if first && d.Weekday == 0 && (p.tok(0).kind == tDash || (p.isWord(0, "and") || p.isWord(0, "to")) && p.isDayMonth(1)) {
		return d, nil // "14–16 December 2005", "2 and 3 March 2016"
	}
	return d, p.failHere("expected a month after the day")
}

// noDateReason says why the text at the parser is no date: a season, a
// fiscal year and an approximate date have no span that is certain.
func (p *parser) noDateReason() string {
	t := p.tok(0)
	w := strings.ToLower(p.text(t))
	switch {
	case t.kind != tWord:
	case w == "spring" || w == "summer" || w == "autumn" || w == "fall" || w == "winter":
		return "a season: its months depend on the hemisphere"
	case w == "fy" || w == "fiscal" || w == "financial":
		return "a fiscal year: its months depend on the country"
	case w == "c" || w == "c." || w == "ca" || w == "ca." || w == "circa" || w == "around" || w == "about" || w == "approximately" || w == "some":
		return "an approximate date: its span is not certain"
	}
	return "expected a date"
}

// isDayMonth reports whether a day and a month name start k tokens ahead.
func (p *parser) isDayMonth(k int) bool {
	_, ok := p.day(k)
	return ok && p.isMonth(k+1)
}

// slashDate reads a date with slashes when the order of its parts is
// certain: the year first ("2019/03/01"), or a day above 12 ("21/05/2014",
// "05/21/2014"), or day and month equal ("05/05/2014").
func (p *parser) slashDate(d Date) (Date, error) {
	t := p.tok(0)
	if u := p.tok(2); t.kind == tNum && len(p.text(t)) <= 2 && p.gluedSlash(1) && u.kind == tNum && u.pos == p.tok(1).end &&
		!p.gluedSlash(3) && !(p.tok(-1).kind == tPunct && p.text(p.tok(-1)) == "/" && p.tok(-1).end == t.pos) {
		// "12/2005": a month and a year (not the end of "01/03/2019").
		m, _ := strconv.Atoi(p.text(t))
		y, ok := p.year(2)
		if !ok || m < 1 || m > 12 {
			return d, syntaxError(t.pos, "not a month and a year of the form 12/2005")
		}
		p.i += 3
		d.Year, d.Month = y, m
		return d, nil
	}
	var parts [3]int
	var lens [3]int
	for k := range 3 {
		u := p.tok(2 * k)
		if u.kind != tNum || k > 0 && (p.tok(2*k-1).kind != tPunct || p.text(p.tok(2*k-1)) != "/" || p.tok(2*k-1).pos != p.tok(2*k-2).end ||
			u.pos != p.tok(2*k-1).end) {
			return d, syntaxError(t.pos, "not a date of the form 21/05/2014")
		}
		v, err := strconv.Atoi(p.text(u))
		if err != nil || len(p.text(u)) > 4 {
			return d, syntaxError(t.pos, "not a date of the form 21/05/2014")
		}
		parts[k], lens[k] = v, len(p.text(u))
	}
	a, b, c := parts[0], parts[1], parts[2]
	switch {
	case lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2:
		d.Year, d.Month, d.Day = a, b, c
	case lens[2] != 4 || lens[0] > 2 || lens[1] > 2:
		return d, syntaxError(t.pos, "not a date of the form 21/05/2014")
	case a > 12 && b <= 12 || a == b:
		d.Day, d.Month, d.Year = a, b, c
	case b > 12 && a <= 12:
		d.Month, d.Day, d.Year = a, b, c
	default:
		return d, syntaxError(t.pos, "a date with slashes: the order of day and month is not known")
	}
	if d.Year < 1800 || d.Year > 2199 || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
		return d, syntaxError(t.pos, "not a date of the form 21/05/2014")
	}
	p.i += 5
	return d, nil
}

// isMonth reports whether the token k places on is a capitalized month name
// ("May", not "may", which is a verb).
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

// ago reads a date relative to the day of writing: a count ("ten", "10",
// "a"), a unit ("years", "month") and "ago", then optionally "today".
func (p *parser) ago() (Ago, bool) {
	save := p.i
	var n int64
	t := p.tok(0)
	switch {
	case t.kind == tWord && (textEq(p.text(t), "a") || textEq(p.text(t), "an")):
		n = 1
		p.i++
	case t.kind == tNum && len(p.text(t)) <= 3:
		v, err := strconv.Atoi(p.text(t))
		if err != nil {
			return Ago{}, false
		}
		n = int64(v)
		p.i++
	case t.kind == tWord:
		num, err := p.words()
		if err != nil || num.Ordinal || num.Scale > 0 || !num.Coef.IsInt64() || num.Coef.Int64() > 999 {
			p.i = save
			return Ago{}, false
		}
		n = num.Coef.Int64()
	default:
		return Ago{}, false
	}
	var a Ago
	u := strings.ToLower(p.text(p.tok(0)))
	switch {
	case p.tok(0).kind != tWord || n < 1:
	case u == "year" || u == "years":
		a.Unit = "year"
	case u == "month" || u == "months":
		a.Unit = "month"
	case u == "week" || u == "weeks":
		a.Unit = "week"
	case u == "day" || u == "days":
		a.Unit = "day"
	}
	if a.Unit == "" || (n == 1) != (u == a.Unit) || !p.isWord(1, "ago") {
		p.i = save
		return Ago{}, false
	}
	p.i += 2
	a.N = int(n)
	if p.isWord(0, "today") {
		a.Today = true
		p.i++
	}
	return a, true
}

// isoMonth matches YYYY-MM written without spaces and not followed by a
// day.
func (p *parser) isoMonth() (y, m int, ok bool) {
	t0, t1, t2, t3 := p.tok(0), p.tok(1), p.tok(2), p.tok(3)
	if t1.kind != tDash || p.text(t1) != "-" || t2.kind != tNum || t1.pos != t0.end || t2.pos != t1.end ||
		len(p.text(t2)) != 2 || t3.kind == tDash && t3.pos == t2.end {
		return 0, 0, false
	}
	y, _ = p.year(0)
	m, err := strconv.Atoi(p.text(t2))
	if err != nil || m < 1 || m > 12 {
		return 0, 0, false
	}
	return y, m, true
}
