package assetrecovery

import (
	"cmp"
	"fmt"
	"iter"
	"time"

	"github.com/uncac-go/uncac/convention"
)

// A Stage is a step in the recovery of assets. The stages are ordered: assets
// are identified, then frozen or seized, then confiscated or forfeited, then
// returned. Compare and < follow that order. The zero Stage is invalid.
type Stage uint8

// The stages, in order.
const (
	Identified  Stage = 1 + iota // assets traced and identified
	Frozen                       // frozen or seized (art. 54(2)): held, not yet taken
	Confiscated                  // confiscated or forfeited (art. 54(1)): title taken by a final order
	Returned                     // returned or disposed of to the State of origin (art. 57)
)

// NumStages is the number of stages. Valid stages run from 1 to NumStages, so
// an array of NumStages+1 elements can be indexed by Stage directly.
const NumStages = 4

var stageNames = [...]string{"", "identified", "frozen or seized", "confiscated or forfeited", "returned"}

var stageAliases = [...]alias{
	{"frozen", 2}, {"seized", 2}, {"frozen/seized", 2}, {"seized or frozen", 2},
	{"confiscated", 3}, {"forfeited", 3}, {"confiscated/forfeited", 3}, {"forfeited or confiscated", 3},
	{"return", 4},
}

// Stages returns an iterator over the four stages in order.
func Stages() iter.Seq[Stage] {
	return func(yield func(Stage) bool) {
		for s := Identified; s <= Returned; s++ {
			if !yield(s) {
				return
			}
		}
	}
}

// String returns "identified", "frozen or seized", "confiscated or forfeited"
// or "returned". Other values print as "%!Stage(n)".
func (s Stage) String() string { return enumString("Stage", uint8(s), stageNames[:]) }

// IsValid reports whether s is one of the four stages.
func (s Stage) IsValid() bool { return s >= Identified && s <= Returned }

// Compare returns -1, 0 or +1 as s comes before, is, or comes after t in the
// course of a recovery.
func (s Stage) Compare(t Stage) int { return cmp.Compare(uint8(s), uint8(t)) }

// ParseStage parses a stage as String prints it, in any case, and also the
// single words "frozen", "seized", "confiscated" and "forfeited".
func ParseStage(s string) (Stage, error) {
	v, err := parseEnum("stage", s, stageNames[:], stageAliases[:])
	return Stage(v), err
}

// MarshalText implements encoding.TextMarshaler with the form String prints.
// The zero Stage marshals as empty text; other invalid values are an error
// wrapping ErrInvalid.
func (s Stage) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// AppendText implements encoding.TextAppender, appending the name as
// String prints it. The zero Stage appends nothing; other invalid values
// are an error wrapping ErrInvalid.
func (s Stage) AppendText(b []byte) ([]byte, error) {
	return appendEnum(b, "stage", uint8(s), s.IsValid(), s.String())
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseStage accepts. Empty text gives the zero Stage.
func (s *Stage) UnmarshalText(text []byte) error {
	return unmarshalEnum(text, (*uint8)(s), func(t string) (uint8, error) {
		v, err := ParseStage(t)
		return uint8(v), err
	})
}

// An Avenue is the legal route by which assets are pursued. The zero Avenue
// is invalid.
type Avenue uint8

// The avenues, as the StAR Asset Recovery Watch database distinguishes them.
const (
	// CriminalConfiscation follows a conviction (art. 54(1)(a), art. 55).
	CriminalConfiscation Avenue = 1 + iota
	// NonConvictionBased is confiscation without a criminal conviction
	// (art. 54(1)(c)).
	NonConvictionBased
	// CivilAction is a suit by the State of origin in the courts of another
	// State to establish title or claim damages (art. 53(a), (b)).
	CivilAction
	// Settlement is an agreed resolution, such as a deferred prosecution or a
	// plea agreement, under which assets are paid over.
	Settlement
	// Administrative is a measure taken without a court, such as an
	// administrative freeze or a voluntary return.
	Administrative
)

var avenueNames = [...]string{"", "criminal confiscation", "non-conviction-based confiscation", "civil action", "settlement", "administrative"}

var avenueAliases = [...]alias{
	{"criminal", 1}, {"conviction-based confiscation", 1},
	{"NCB", 2}, {"non-conviction based confiscation", 2}, {"non-conviction-based", 2}, {"NCB confiscation", 2},
	{"civil", 3}, {"civil suit", 3},
	{"administrative measure", 5},
}

// Avenues returns an iterator over the five avenues in the order of their
// constants.
func Avenues() iter.Seq[Avenue] {
	return func(yield func(Avenue) bool) {
		for a := CriminalConfiscation; a <= Administrative; a++ {
			if !yield(a) {
				return
			}
		}
	}
}

// String returns the avenue's name in lower case: "criminal confiscation",
// "non-conviction-based confiscation", "civil action", "settlement" or
// "administrative". Other values print as "%!Avenue(n)".
func (a Avenue) String() string { return enumString("Avenue", uint8(a), avenueNames[:]) }

// IsValid reports whether a is one of the five avenues.
func (a Avenue) IsValid() bool { return a >= CriminalConfiscation && a <= Administrative }

// ParseAvenue parses an avenue as String prints it, in any case, and also
// "NCB", "criminal" and "civil".
func ParseAvenue(s string) (Avenue, error) {
	v, err := parseEnum("avenue", s, avenueNames[:], avenueAliases[:])
	return Avenue(v), err
}

// MarshalText implements encoding.TextMarshaler with the form String prints.
// The zero Avenue marshals as empty text; other invalid values are an error
// wrapping ErrInvalid.
func (a Avenue) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// AppendText implements encoding.TextAppender, appending the name as
// String prints it. The zero Avenue appends nothing; other invalid values
// are an error wrapping ErrInvalid.
func (a Avenue) AppendText(b []byte) ([]byte, error) {
	return appendEnum(b, "avenue", uint8(a), a.IsValid(), a.String())
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseAvenue accepts. Empty text gives the zero Avenue.
func (a *Avenue) UnmarshalText(text []byte) error {
	return unmarshalEnum(text, (*uint8)(a), func(t string) (uint8, error) {
		v, err := ParseAvenue(t)
		return uint8(v), err
	})
}

// A Basis is the ground on which confiscated property is returned under
// article 57(3) of the Convention. Each Basis corresponds to one
// subparagraph, which Ref returns. The zero Basis means not recorded.
type Basis uint8

// The bases of return.
const (
	// EmbezzledPublicFunds: embezzlement of public funds or laundering of
	// embezzled public funds (arts. 17 and 23), art. 57(3)(a).
	EmbezzledPublicFunds Basis = 1 + iota
	// OtherOffences: proceeds of any other offence covered by the
	// Convention, where the requesting State establishes its prior ownership
	// or damage, art. 57(3)(b).
	OtherOffences
	// OtherCases: all other cases, art. 57(3)(c).
	OtherCases
)

var basisNames = [...]string{"", "embezzled public funds", "other offences", "other cases"}

// Bases returns an iterator over the three bases in the order of article
// 57(3).
func Bases() iter.Seq[Basis] {
	return func(yield func(Basis) bool) {
		for b := EmbezzledPublicFunds; b <= OtherCases; b++ {
			if !yield(b) {
				return
			}
		}
	}
}

// String returns "embezzled public funds", "other offences" or "other
// cases". Other values print as "%!Basis(n)".
func (b Basis) String() string { return enumString("Basis", uint8(b), basisNames[:]) }

// IsValid reports whether b is one of the three bases.
func (b Basis) IsValid() bool { return b >= EmbezzledPublicFunds && b <= OtherCases }

// Ref returns the provision that b rests on: art. 57(3)(a), (b) or (c).
// The zero Basis returns the zero Ref.
func (b Basis) Ref() convention.Ref {
	if !b.IsValid() {
		return convention.Ref{}
	}
	r, _ := convention.RefOf(57, 3, 'a'+byte(b-1), 0)
	return r
}

// BasisOf returns the Basis that the provision r states: art. 57(3)(a), (b)
// or (c). It reports false for any other provision.
func BasisOf(r convention.Ref) (Basis, bool) {
	if r.Article() != 57 || r.Paragraph() != 3 || r.Item() != 0 {
		return 0, false
	}
	switch r.Subparagraph() {
	case 'a':
		return EmbezzledPublicFunds, true
	case 'b':
		return OtherOffences, true
	case 'c':
		return OtherCases, true
	}
	return 0, false
}

// ParseBasis parses a basis as String prints it, in any case, or a citation
// of its subparagraph in any form convention.ParseRef accepts:
// "art. 57(3)(a)", "article 57, paragraph 3 (a)".
func ParseBasis(s string) (Basis, error) {
	v, err := parseEnum("basis", s, basisNames[:], nil)
	if err == nil {
		return Basis(v), nil
	}
	if r, rerr := convention.ParseRef(s); rerr == nil {
		if b, ok := BasisOf(r); ok {
			return b, nil
		}
	}
	return 0, err
}

// MarshalText implements encoding.TextMarshaler with the form String prints.
// The zero Basis marshals as empty text; other invalid values are an error
// wrapping ErrInvalid.
func (b Basis) MarshalText() ([]byte, error) { return b.AppendText(nil) }

// AppendText implements encoding.TextAppender, appending the name as
// String prints it. The zero Basis appends nothing; other invalid values
// are an error wrapping ErrInvalid.
func (b Basis) AppendText(dst []byte) ([]byte, error) {
	return appendEnum(dst, "basis", uint8(b), b.IsValid(), b.String())
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseBasis accepts. Empty text gives the zero Basis.
func (b *Basis) UnmarshalText(text []byte) error {
	return unmarshalEnum(text, (*uint8)(b), func(t string) (uint8, error) {
		v, err := ParseBasis(t)
		return uint8(v), err
	})
}

// An Event is a dated step of a case: assets identified, frozen, confiscated
// or returned, and how much.
type Event struct {
	Stage Stage
	// Date is the day of the event. Only the calendar date counts, as
	// t.Date reports it in t's own location; the time of day is ignored.
	Date time.Time
	// Amount is the value of the assets at this stage. For a return it is
	// the amount disposed of for return before any deduction of expenses;
	// Net gives what the State of origin received.
	Amount Amount
	// Basis is the ground of a return under article 57(3). It applies only
	// to returns; zero means not recorded.
	Basis Basis
	// Expenses is the amount of reasonable expenses deducted from a return
	// under article 57(4), in the currency of Amount. It applies only to
	// returns; the zero Amount means no deduction.
	Expenses Amount
}

// Net returns what a return delivered: Amount less Expenses. For other
// stages, and for returns without deductions, it is Amount. It fails if
// Expenses is in another currency, or if Amount is not zero and has no
// currency.
func (e Event) Net() (Amount, error) { return e.Amount.Sub(e.Expenses) }

// A Case is one recovery effort: assets taken from one State and pursued in
// one or more others.
type Case struct {
	// ID identifies the case, such as a database key or a docket number.
	ID string
	// Origin is the State whose assets were stolen and to which they would
	// be returned.
	Origin convention.State
	// Holders are the jurisdictions where the assets were found, such as
	// Switzerland, Jersey or the United States. Any ISO 3166-1 code is
	// valid, territories included.
	Holders []convention.State
	// Avenue is the legal route.
	Avenue Avenue
	// Offences are the offences established under chapter III of the
	// Convention that the assets derive from, such as art. 17
	// (embezzlement) or art. 23 (laundering).
	Offences []convention.Ref
	// Events are the steps of the case, in any order; Validate and Sum go
	// by their dates.
	Events []Event
}

// HeldIn reports whether s is among the case's holding jurisdictions.
func (c Case) HeldIn(s convention.State) bool {
	for _, h := range c.Holders {
		if h == s {
			return true
		}
	}
	return false
}

// appendEnum appends the text of an enumeration value to b: s, or nothing for
// zero. Values out of range are an error wrapping ErrInvalid.
func appendEnum(b []byte, what string, v uint8, valid bool, s string) ([]byte, error) {
	if v == 0 {
		return b, nil
	}
	if !valid {
		return b, fmt.Errorf("assetrecovery: marshaling %s %s: %w", what, s, ErrInvalid)
	}
	return append(b, s...), nil
}

// unmarshalEnum sets *dst to the value that parse finds in text, or to zero
// for empty text.
func unmarshalEnum(text []byte, dst *uint8, parse func(string) (uint8, error)) error {
	if len(text) == 0 {
		*dst = 0
		return nil
	}
	v, err := parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}
