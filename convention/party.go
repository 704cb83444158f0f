package convention

import (
	"cmp"
	"iter"
	"strconv"
	"time"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// An Act is the kind of instrument by which a State or organization became a
// party, as the UN Treaty Collection records it. The zero Act is invalid.
type Act uint8

// The kinds of act. The UN Treaty Collection marks them after the date: no
// mark for ratification, "a" for accession, "A" for acceptance, "AA" for
// approval and "d" for succession.
const (
	Ratification Act = 1 + iota // ratification after signature
	Accession                   // accession: joining in one act, usually without having signed
	Acceptance                  // acceptance, which has the effect of ratification
	Approval                    // approval, which has the effect of ratification (the European Union's act)
	Succession                  // succession of a new State to a predecessor's participation
)

const numActs = 5

var actNames = [numActs + 1]string{"", "ratification", "accession", "acceptance", "approval", "succession"}

// String returns the act's name in lower case, such as "ratification".
// Other values print as "%!Act(n)".
func (a Act) String() string {
	if !a.IsValid() {
		return "%!Act(" + strconv.Itoa(int(a)) + ")"
	}
	return actNames[a]
}

// IsValid reports whether a is one of the five kinds of act.
func (a Act) IsValid() bool { return a >= Ratification && a <= Succession }

// ParseAct parses an act's name as String prints it, in any case and with
// surrounding space ignored. Anything else, including the UN Treaty
// Collection's marks ("a", "AA"), is a *ParseError wrapping ErrSyntax.
func ParseAct(s string) (Act, error) {
	t, _ := textnorm.Trim(s)
	for a := Ratification; a <= Succession; a++ {
		if textnorm.EqualFold(t, actNames[a]) {
			return a, nil
		}
	}
	return 0, &ParseError{Func: "convention.ParseAct", Input: s, Err: ErrSyntax}
}

// AppendText implements encoding.TextAppender, appending the name as
// String prints it. The zero Act appends nothing; other invalid
// values are an error.
func (a Act) AppendText(b []byte) ([]byte, error) {
	if a == 0 {
		return b, nil
	}
	if !a.IsValid() {
		return b, &ParseError{Func: "convention.Act.AppendText", Input: a.String(), Err: ErrSyntax}
	}
	return append(b, actNames[a]...), nil
}

// MarshalText implements encoding.TextMarshaler, giving the name as String
// prints it. The zero Act marshals as empty text; other invalid
// values are an error.
func (a Act) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler. Empty text gives the
// zero Act.
func (a *Act) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = 0
		return nil
	}
	v, err := ParseAct(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// A Certainty says how sure the data is that something holds, such as that
// a State was a party on a given day. The zero Certainty is invalid.
type Certainty uint8

// The degrees of certainty, weakest first.
const (
	Impossible Certainty = 1 + iota // known not to hold
	Possible                        // the data allows it but does not settle it
	Certain                         // known to hold
)

const numCertainties = 3

var certaintyNames = [numCertainties + 1]string{"", "impossible", "possible", "certain"}

// String returns "impossible", "possible" or "certain". Other values print
// as "%!Certainty(n)".
func (c Certainty) String() string {
	if !c.IsValid() {
		return "%!Certainty(" + strconv.Itoa(int(c)) + ")"
	}
	return certaintyNames[c]
}

// IsValid reports whether c is Impossible, Possible or Certain.
func (c Certainty) IsValid() bool { return c >= Impossible && c <= Certain }

// Compare returns -1, 0 or +1 as c is less sure than, as sure as, or surer
// than d.
func (c Certainty) Compare(d Certainty) int { return cmp.Compare(uint8(c), uint8(d)) }

// ParseCertainty parses a degree as String prints it, in any case and with
// surrounding space ignored. Anything else is a *ParseError wrapping
// ErrSyntax.
func ParseCertainty(s string) (Certainty, error) {
	t, _ := textnorm.Trim(s)
	for c := Impossible; c <= Certain; c++ {
		if textnorm.EqualFold(t, certaintyNames[c]) {
			return c, nil
		}
	}
	return 0, &ParseError{Func: "convention.ParseCertainty", Input: s, Err: ErrSyntax}
}

// AppendText implements encoding.TextAppender, appending the name as
// String prints it. The zero Certainty appends nothing; other invalid
// values are an error.
func (c Certainty) AppendText(b []byte) ([]byte, error) {
	if c == 0 {
		return b, nil
	}
	if !c.IsValid() {
		return b, &ParseError{Func: "convention.Certainty.AppendText", Input: c.String(), Err: ErrSyntax}
	}
	return append(b, certaintyNames[c]...), nil
}

// MarshalText implements encoding.TextMarshaler, giving the name as String
// prints it. The zero Certainty marshals as empty text; other invalid
// values are an error.
func (c Certainty) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler. Empty text gives the
// zero Certainty.
func (c *Certainty) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCertainty(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// civilDate is a calendar date packed as the decimal number yyyymmdd, so
// that it orders like the dates; 0 means none. The generated tables use it.
type civilDate uint32

// civilOf returns the calendar date of t, in t's own location, as a number
// that orders like civilDate. It is int64 so that any year fits.
func civilOf(t time.Time) int64 {
	y, m, d := t.Date()
	return int64(y)*10000 + int64(m)*100 + int64(d)
}

// time returns d as midnight UTC, or the zero Time for 0.
func (d civilDate) time() time.Time {
	if d == 0 {
		return time.Time{}
	}
	return time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 0, 0, 0, 0, time.UTC)
}

// A DateRange is the span of days within which an event is known to have
// happened, from Earliest to Latest inclusive. Both are midnight UTC. Where
// the sources give the day, Earliest and Latest are equal and the range is
// exact; where they give only a month, a year or a "by" date, the range
// spans what they allow, and nothing inside it is guessed. The zero
// DateRange means no date.
type DateRange struct {
	Earliest, Latest time.Time
}

// IsZero reports whether r is the zero DateRange.
func (r DateRange) IsZero() bool { return r.Earliest.IsZero() && r.Latest.IsZero() }

// Exact reports whether r is a single known day.
func (r DateRange) Exact() bool { return !r.IsZero() && civilOf(r.Earliest) == civilOf(r.Latest) }

// Contains reports whether the calendar date of t lies within r, ends
// included. Only the date counts, as t.Date reports it in t's own location;
// the time of day is ignored. The zero DateRange contains no date.
func (r DateRange) Contains(t time.Time) bool {
	if r.IsZero() {
		return false
	}
	d := civilOf(t)
	return civilOf(r.Earliest) <= d && d <= civilOf(r.Latest)
}

// String returns the date as "2008-08-25" if r is exact, and otherwise the
// two ends as "2014-07-11..2018-06-30". The zero DateRange prints as "".
func (r DateRange) String() string {
	b, _ := r.AppendText(make([]byte, 0, len("2006-01-02..2006-01-02")))
	return string(b)
}

// AppendText implements encoding.TextAppender, appending r as String prints
// it.
func (r DateRange) AppendText(b []byte) ([]byte, error) {
	switch {
	case r.IsZero():
		return b, nil
	case r.Exact():
		return r.Earliest.AppendFormat(b, time.DateOnly), nil
	}
	b = r.Earliest.AppendFormat(b, time.DateOnly)
	b = append(b, ".."...)
	return r.Latest.AppendFormat(b, time.DateOnly), nil
}

// MarshalText implements encoding.TextMarshaler, giving r as String prints
// it.
func (r DateRange) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseDateRange accepts. Empty text gives the zero DateRange.
func (r *DateRange) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = DateRange{}
		return nil
	}
	v, err := ParseDateRange(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseDateRange parses a range as String prints it: one ISO 8601 date
// ("2008-08-25") or two joined by ".." ("2014-07-11..2018-06-30"), the first
// not after the second. Anything else is a *ParseError wrapping ErrSyntax.
func ParseDateRange(s string) (DateRange, error) {
	t, _ := textnorm.Trim(s)
	start := leadingSpace(s)
	first, rest, two := t, "", false
	for i := 0; i+1 < len(t); i++ {
		if t[i] == '.' && t[i+1] == '.' {
			first, rest, two = t[:i], t[i+2:], true
			break
		}
	}
	e, err := time.Parse(time.DateOnly, first)
	if err != nil {
		return DateRange{}, &ParseError{Func: "convention.ParseDateRange", Input: s, Offset: start, Err: ErrSyntax}
	}
	if !two {
		return DateRange{e, e}, nil
	}
	l, err := time.Parse(time.DateOnly, rest)
	if err != nil || l.Before(e) {
		return DateRange{}, &ParseError{Func: "convention.ParseDateRange", Input: s, Offset: start + len(first) + 2, Err: ErrSyntax}
	}
	return DateRange{e, l}, nil
}

// leadingSpace returns the length in bytes of the space at the start of s.
func leadingSpace(s string) int {
	n := 0
	for k := textnorm.SpaceLen(s); k > 0; k = textnorm.SpaceLen(s[n:]) {
		n += k
	}
	return n
}

// A Party records how a State or the European Union became a party to the
// Convention.
type Party struct {
	State  State
	Act    Act       // the kind of instrument deposited
	Signed time.Time // the date of signature (midnight UTC), or zero if the party never signed
	// Date is the date of deposit of the instrument, as the UN Treaty
	// Collection shows it; for nine parties the sources bound it without
	// giving the day. It is not the date of entry into force, which art.
	// 68 sets later (for most parties the thirtieth day after deposit);
	// the deposit is what the UN's counts of parties count.
	Date DateRange
}

// partyAt returns the Party for the table row at index i, if it is one.
func partyAt(i int) (Party, bool) {
	p := &stateTable[i]
	if p.act == 0 {
		return Party{}, false
	}
	s, _ := StateAt(i)
	return Party{
		State:  s,
		Act:    p.act,
		Signed: p.signed.time(),
		Date:   DateRange{p.earliest.time(), p.latest.time()},
	}, true
}

// Party returns how s became a party to the Convention, and false if it is
// not a party: it never was, or (like the Syrian Arab Republic) it signed
// but has not ratified. The data reflect the UN Treaty Collection and later
// notices up to early 2026; see the package documentation.
func (s State) Party() (Party, bool) {
	i := s.Index()
	if i < 0 {
		return Party{}, false
	}
	return partyAt(i)
}

// Signature returns the date on which s signed the Convention (midnight
// UTC), and false if it never signed. Signatories that are not parties,
// such as the Syrian Arab Republic, have a signature but no Party.
func (s State) Signature() (time.Time, bool) {
	p := s.info()
	if p == nil || p.signed == 0 {
		return time.Time{}, false
	}
	return p.signed.time(), true
}

// Signatories returns an iterator over every State or organization that
// signed the Convention, parties or not, in code order. Signature closed on
// 9 December 2005 (art. 67(1)), so the list is final.
func Signatories() iter.Seq[State] {
	return func(yield func(State) bool) {
		for i := range NumStates {
			if stateTable[i].signed == 0 {
				continue
			}
			s, _ := StateAt(i)
			if !yield(s) {
				return
			}
		}
	}
}

// PartyBy reports whether s was a party by the end of the calendar date of t
// (as t.Date reports it in t's own location; the time of day is ignored):
// Certain if the party's Date ends on or before that day, Possible if the
// day falls within the Date but before its end, and Impossible if the day
// comes before the Date or s is not a party (including the zero State).
func (s State) PartyBy(t time.Time) Certainty {
	p := s.info()
	if p == nil || p.act == 0 {
		return Impossible
	}
	return p.partyBy(civilOf(t))
}

func (p *stateInfo) partyBy(d int64) Certainty {
	switch {
	case p.act == 0 || d < int64(p.earliest):
		return Impossible
	case d < int64(p.latest):
		return Possible
	}
	return Certain
}

// Parties returns an iterator over every party to the Convention, the
// European Union included, in code order.
func Parties() iter.Seq[Party] {
	return func(yield func(Party) bool) {
		for i := range NumStates {
			if p, ok := partyAt(i); ok && !yield(p) {
				return
			}
		}
	}
}

// PartiesBy returns an iterator over the parties for which State.PartyBy(t)
// is c, in code order. With Certain it yields the parties that had certainly
// deposited their instrument by the date of t; with Possible, those that may
// or may not have; with Impossible, the parties that joined only later (never
// States that are not parties at all).
func PartiesBy(t time.Time, c Certainty) iter.Seq[Party] {
	d := civilOf(t)
	return func(yield func(Party) bool) {
		for i := range NumStates {
			if stateTable[i].act == 0 || stateTable[i].partyBy(d) != c {
				continue
			}
			p, _ := partyAt(i)
			if !yield(p) {
				return
			}
		}
	}
}

// A PartyCount is the number of parties to the Convention on a day, as far
// as the data can tell: Certain parties are known to have been parties by
// then; Possible ones may have been, because the sources bound their date
// without giving the day. The true count lies between Min and Max.
type PartyCount struct {
	Certain  int
	Possible int
}

// PartiesAt counts the parties to the Convention, the European Union
// included, by the end of the calendar date of t (as t.Date reports it in
// t's own location). A count the UN published for that day should satisfy
// Contains.
func PartiesAt(t time.Time) PartyCount {
	d := civilOf(t)
	var c PartyCount
	for i := range NumStates {
		switch stateTable[i].partyBy(d) {
		case Certain:
			c.Certain++
		case Possible:
			c.Possible++
		}
	}
	return c
}

// Min returns the smallest count the data allow: the certain parties.
func (c PartyCount) Min() int { return c.Certain }

// Max returns the largest count the data allow: the certain and the
// possible parties.
func (c PartyCount) Max() int { return c.Certain + c.Possible }

// Exact reports whether the data settle the count.
func (c PartyCount) Exact() bool { return c.Possible == 0 }

// Contains reports whether n parties is consistent with the data, that is,
// Min() <= n <= Max().
func (c PartyCount) Contains(n int) bool { return c.Min() <= n && n <= c.Max() }

// String returns the count as "190" if it is exact and otherwise as the
// bounds "186..187".
func (c PartyCount) String() string {
	if c.Exact() {
		return strconv.Itoa(c.Certain)
	}
	return strconv.Itoa(c.Min()) + ".." + strconv.Itoa(c.Max())
}
