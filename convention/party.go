package convention

import (
	"fmt"
	"iter"
	"strconv"
	"time"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// An Act is the kind of instrument by which a State or organization became a
// party, as the UN Treaty Collection records it. The zero Act is invalid.
type Act uint8

// The kinds of act. The UN Treaty Collection prints no mark after the date
// for a ratification, "a" for an accession, "A" for an acceptance, "AA" for
// an approval and "d" for a succession.
const (
	Ratification Act = 1 + iota // ratification after signature
	Accession                   // accession: joining in one act, usually without having signed
	Acceptance                  // acceptance, which has the effect of ratification
	Approval                    // approval, which has the effect of ratification (the European Union's act)
	Succession                  // succession of a new State to a predecessor's participation
)

var actNames = [...]string{"", "ratification", "accession", "acceptance", "approval", "succession"}

// actMarks are the UN Treaty Collection's marks, which are case-sensitive:
// "a" is an accession, "A" an acceptance.
var actMarks = [...]string{"", "", "a", "A", "AA", "d"}

// String returns the act's name in lower case, such as "ratification". The
// zero Act prints as "%!Act(0)", another invalid one as "%!Act(n)".
func (a Act) String() string {
	if !a.IsValid() {
		return "%!Act(" + strconv.Itoa(int(a)) + ")"
	}
	return actNames[a]
}

// IsValid reports whether a is one of the five kinds of act.
func (a Act) IsValid() bool { return a >= Ratification && a <= Succession }

// maxActInput is the length limit of ParseAct.
const maxActInput = 64

// ParseAct parses an act as [Act.String] prints it ("accession"), in any
// case, or
// as the UN Treaty Collection marks it after a date: "a" (accession), "A"
// (acceptance), "AA" (approval) or "d" (succession), in the case shown and
// with or without parentheses ("(a)"). Surrounding space is ignored. A
// ratification carries no mark, so "" is not read as one.
//
// The Collection's marks for other treaties, "c" (formal confirmation, an
// international organization's act) and "s" (definitive signature), name no
// act by which one joins this Convention (art. 67) and are an error wrapping
// [ErrUnknown]; any other text is an error wrapping [ErrSyntax], and text
// longer than 64 bytes one wrapping [ErrRange]. Errors are *[ParseError]
// values.
func ParseAct(s string) (Act, error) {
	if len(s) > maxActInput {
		return 0, &ParseError{Func: "convention.ParseAct", Input: s, Offset: maxActInput,
			Err: fmt.Errorf("%w: input longer than %d bytes", ErrRange, maxActInput)}
	}
	t, start := textnorm.Trim(s)
	if len(t) >= 3 && t[0] == '(' && t[len(t)-1] == ')' && len(t) <= 4 {
		t = t[1 : len(t)-1]
	}
	for a := Ratification; a <= Succession; a++ {
		if (t != "" && t == actMarks[a]) || textnorm.EqualFold(t, actNames[a]) {
			return a, nil
		}
	}
	switch t {
	case "c", "s":
		return 0, &ParseError{Func: "convention.ParseAct", Input: s, Offset: start,
			Err: fmt.Errorf("%w: the UN Treaty Collection's mark %q names no act by which a State or organization joins this Convention", ErrUnknown, t)}
	}
	return 0, &ParseError{Func: "convention.ParseAct", Input: s, Offset: start,
		Err: fmt.Errorf("%w: want ratification, accession, acceptance, approval or succession, or a mark a, A, AA or d", ErrSyntax)}
}

// MarshalText implements encoding.TextMarshaler, giving the name as String
// prints it. The zero Act marshals as empty text; another invalid value is
// an error wrapping ErrInvalid.
func (a Act) MarshalText() ([]byte, error) {
	if a == 0 {
		return nil, nil
	}
	if !a.IsValid() {
		return nil, fmt.Errorf("convention: marshalling %s: %w", a, ErrInvalid)
	}
	return []byte(actNames[a]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// [ParseAct] accepts. Empty text gives the zero Act.
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

var certaintyNames = [...]string{"", "impossible", "possible", "certain"}

// String returns "impossible", "possible" or "certain". The zero Certainty
// prints as "%!Certainty(0)", another invalid one as "%!Certainty(n)".
func (c Certainty) String() string {
	if c < Impossible || c > Certain {
		return "%!Certainty(" + strconv.Itoa(int(c)) + ")"
	}
	return certaintyNames[c]
}

// A Party records how a State or the European Union became a party to the
// Convention.
type Party struct {
	State  State
	Act    Act       // the kind of instrument deposited
	Signed time.Time // the date of signature (midnight UTC), or zero if the party never signed
	// Date is the date of deposit of the instrument, as the UN Treaty
	// Collection shows it; for five parties the sources bound it without
	// giving the day. The deposit is what the UN's counts of parties count.
	Date DateRange
	// InForce is the date on which the Convention entered into force for
	// the party (art. 68): the thirtieth day after deposit, but not before
	// the Convention itself entered into force on 14 December 2005, the
	// ninetieth day after the thirtieth instrument. Where Date is a range,
	// so is InForce.
	InForce DateRange
}

// partyAt returns the Party for the table row at index i, if it is one.
func partyAt(i int) (Party, bool) {
	p := &stateTable[i]
	if p.act == 0 {
		return Party{}, false
	}
	return Party{
		State:   State{uint8(i + 1)},
		Act:     p.act,
		Signed:  p.signed.time(),
		Date:    dateRange(p.earliest, p.latest),
		InForce: dateRange(p.forceEarliest, p.forceLatest),
	}, true
}

// Party returns how s became a party to the Convention, and false if it is
// not a party: it never was, or (like the Syrian Arab Republic) it signed
// but has not ratified. The data reflect the UN Treaty Collection and later
// notices up to 2024; see the package documentation.
func (s State) Party() (Party, bool) {
	if s.i == 0 {
		return Party{}, false
	}
	return partyAt(int(s.i) - 1)
}

// Signature returns the date on which s signed the Convention (midnight
// UTC), and false if it never signed. Signature closed on 9 December 2005
// (art. 67(1)), so the list of signatories is final; the Syrian Arab
// Republic is the one signatory that is not a party.
func (s State) Signature() (time.Time, bool) {
	p := s.info()
	if p == nil || p.signed == 0 {
		return time.Time{}, false
	}
	return p.signed.time(), true
}

// PartyBy reports whether s was a party by the end of the calendar date of t
// (as t.Date reports it in t's own location; the time of day is ignored):
// Certain if the party's [Party].Date ends on or before that day, Possible if the
// day falls within the Date but before its end, and Impossible if the day
// comes before the Date or s is not a party (including the zero State).
// Being a party means having deposited an instrument; the Convention binds
// the party from its [Party].InForce.
func (s State) PartyBy(t time.Time) Certainty {
	p := s.info()
	if p == nil {
		return Impossible
	}
	return happenedBy(p.earliest, p.latest, civilOf(t))
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

// PartiesAt counts the parties to the Convention, the European Union
// included, by the end of the calendar date of t (as t.Date reports it in
// t's own location): the States and organization that had deposited their
// instrument, which is what the UN counts when it reports the number of
// parties. See [InForceAt] for the parties bound by the Convention.
func PartiesAt(t time.Time) Count {
	d := civilOf(t)
	var c Count
	for i := range NumStates {
		p := &stateTable[i]
		c.add(happenedBy(p.earliest, p.latest, d))
	}
	return c
}

// InForceAt counts the parties for which the Convention was in force at the
// end of the calendar date of t (as t.Date reports it in t's own location),
// by [Party].InForce: none before 14 December 2005 (see [EntryIntoForce]),
// then those whose instrument had been deposited at least thirty days
// before (or by 14 November 2005).
func InForceAt(t time.Time) Count {
	d := civilOf(t)
	var c Count
	for i := range NumStates {
		p := &stateTable[i]
		c.add(happenedBy(p.forceEarliest, p.forceLatest, d))
	}
	return c
}

// EntryIntoForce returns the date on which the Convention entered into
// force, 14 December 2005 (midnight UTC): the ninetieth day after the
// deposit of the thirtieth instrument, Ecuador's of 15 September 2005
// (art. 68(1)).
func EntryIntoForce() time.Time { return entryIntoForce.time() }
