package assetrecovery

import (
	"cmp"
	"fmt"
	"iter"
	"strconv"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Stage is a step in the recovery of assets. Assets are identified, then
// frozen or seized, then confiscated or forfeited; a return agreement may be
// signed; then they are returned. Compare and < follow that order. A
// transfer between jurisdictions holding the assets (Transferred) can happen
// at any point and stands outside the order. The zero Stage is invalid.
type Stage uint8

// The stages.
const (
	Identified  Stage = 1 + iota // assets traced and identified
	Frozen                       // frozen, seized or restrained (art. 54(2)): held, not yet taken
	Confiscated                  // confiscated or forfeited (art. 54(1)): title taken by a final order
	// Agreed is a signed agreement to return confiscated assets, before
	// the transfer: a restitution, repatriation or distribution agreement
	// (art. 57(5)).
	Agreed
	Returned // returned or disposed of to the State of origin (art. 57)
	// Transferred is the transfer of assets from one holding jurisdiction
	// (Event.Jurisdiction) to another (Event.To), such as restrained funds
	// sent from the United Kingdom to the United States for forfeiture.
	// It is not a step towards return and Validate does not order it.
	Transferred
)

const lastStage = Transferred

var stageNames = [...]string{"", "identified", "frozen or seized", "confiscated or forfeited", "return agreed", "returned", "transferred"}

// stageWords are the other words sources use for the stages, as lookup
// keys (lower case, single spaces).
var stageWords = map[string]Stage{
	"traced": Identified, "identification": Identified, "located": Identified,
	"frozen": Frozen, "seized": Frozen, "frozen/seized": Frozen, "seized or frozen": Frozen, "freeze": Frozen,
	"seizure": Frozen, "restrained": Frozen, "restraint": Frozen, "blocked": Frozen, "restraint order": Frozen,
	"freezing order": Frozen, "freezing": Frozen, "freeze order": Frozen, "seizure order": Frozen,
	"restraining order": Frozen, "preservation order": Frozen, "blocking": Frozen,
	// Attachment (India's provisional attachment) and sequestration hold
	// assets pending a decision, as freezing does.
	"attached": Frozen, "attachment": Frozen, "provisional attachment": Frozen,
	"sequestered": Frozen, "sequestration": Frozen,
	"confiscated": Confiscated, "forfeited": Confiscated, "confiscated/forfeited": Confiscated,
	"forfeited or confiscated": Confiscated, "confiscation": Confiscated, "forfeiture": Confiscated,
	"confiscation order": Confiscated, "forfeiture order": Confiscated, "forfeiture judgment": Confiscated,
	"forfeiture judgement": Confiscated, "civil recovery": Confiscated, "civil recovery order": Confiscated,
	"confiscation judgment": Confiscated, "confiscation judgement": Confiscated, "civil forfeiture": Confiscated,
	"criminal forfeiture": Confiscated, "extended confiscation": Confiscated,
	"non-conviction based forfeiture": Confiscated, "non-conviction-based forfeiture": Confiscated,
	"non-conviction based confiscation": Confiscated, "non-conviction-based confiscation": Confiscated,
	"ncb forfeiture": Confiscated, "ncb confiscation": Confiscated,
	"agreed": Agreed, "return agreement": Agreed, "restitution agreement": Agreed,
	"repatriation agreement": Agreed, "distribution agreement": Agreed, "agreement": Agreed,
	"return": Returned, "restitution": Returned, "restituted": Returned, "repatriation": Returned,
	"repatriated": Returned, "restored": Returned,
	"transfer": Transferred,
}

// maxWordLen is the longest text the parsers of the small enumerations
// (Stage, Avenue, Basis) read.
const maxWordLen = 64

// Stages returns an iterator over the stages in the order of their
// constants.
func Stages() iter.Seq[Stage] {
	return func(yield func(Stage) bool) {
		for s := Identified; s <= lastStage; s++ {
			if !yield(s) {
				return
			}
		}
	}
}

// String returns "identified", "frozen or seized", "confiscated or
// forfeited", "return agreed", "returned" or "transferred". The zero Stage
// prints as "%!Stage(0)", other invalid values as "%!Stage(n)".
func (s Stage) String() string { return enumString("Stage", uint8(s), stageNames[:]) }

// IsValid reports whether s is one of the stages.
func (s Stage) IsValid() bool { return s >= Identified && s <= lastStage }

// Compare returns -1, 0 or +1 as s comes before, is, or comes after t in
// the order of the constants.
func (s Stage) Compare(t Stage) int { return cmp.Compare(uint8(s), uint8(t)) }

// ParseStage parses a stage as String prints it, in any case, or one of the
// words sources use: "frozen", "seized", "seizure", "restraint",
// "confiscated", "forfeited", "forfeiture", "confiscation order", "forfeiture
// judgment", "civil recovery" (confiscated), "restitution agreement",
// "repatriation agreement", "distribution agreement" (return agreed),
// "return", "restitution", "repatriation", "repatriated" (returned),
// "transfer", and more ("preservation order", "attachment", "civil
// forfeiture", "non-conviction based forfeiture"). "Recovered" is an error
// wrapping convention.ErrAmbiguous: sources use it of confiscated and of
// returned assets. Space inside is any run of white space. Text longer than 64
// bytes is an error wrapping convention.ErrRange; other text is an error
// wrapping convention.ErrSyntax. A hit allocates nothing.
func ParseStage(s string) (Stage, error) {
	st, err := parseEnum("assetrecovery.ParseStage", s, stageNames[:], stageWords)
	if err != nil && len(s) <= maxWordLen {
		var buf [maxWordLen]byte
		if k := string(textnorm.AppendKey(buf[:0], s)); k == "recovered" || k == "recovery" {
			// Sources say "recovered" of assets confiscated and of assets
			// returned alike.
			_, off := textnorm.Trim(s)
			return 0, &convention.ParseError{Func: "assetrecovery.ParseStage", Input: s, Offset: off,
				Err: fmt.Errorf("%w: %q may mean %v or %v", convention.ErrAmbiguous, k, Confiscated, Returned)}
		}
	}
	return st, err
}

// MarshalText implements encoding.TextMarshaler with the form String prints.
// The zero Stage marshals as empty text; other invalid values are an error
// wrapping convention.ErrInvalid.
func (s Stage) MarshalText() ([]byte, error) {
	return marshalEnum("Stage", uint8(s), s.IsValid(), s.String())
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseStage accepts. Empty text gives the zero Stage.
func (s *Stage) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = 0
		return nil
	}
	v, err := ParseStage(string(text))
	if err == nil {
		*s = v
	}
	return err
}

// The helpers below are shared by the small enumerations of a case (Stage,
// Avenue, Basis).

// enumString returns names[v], or the %!Type(n) form for zero or a value
// outside the table.
func enumString(typ string, v uint8, names []string) string {
	if v == 0 || int(v) >= len(names) {
		return "%!" + typ + "(" + strconv.Itoa(int(v)) + ")"
	}
	return names[v]
}

// marshalEnum returns the text of an enumeration value: s, or nothing for
// zero. Values out of range are an error wrapping convention.ErrInvalid.
func marshalEnum(typ string, v uint8, valid bool, s string) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !valid {
		return nil, fmt.Errorf("assetrecovery: marshaling %s: %w", s, convention.ErrInvalid)
	}
	return []byte(s), nil
}

// parseEnum finds s (trimmed, space runs folded to one space, in any case)
// among names or, failing that, among words. A hit does not allocate.
func parseEnum[T ~uint8](fn, s string, names []string, words map[string]T) (T, error) {
	if len(s) > maxWordLen {
		return 0, &convention.ParseError{Func: fn, Input: s, Offset: maxWordLen,
			Err: fmt.Errorf("%w: longer than %d bytes", convention.ErrRange, maxWordLen)}
	}
	var buf [maxWordLen]byte
	key := textnorm.AppendKey(buf[:0], s)
	for i := 1; i < len(names); i++ {
		if string(key) == names[i] {
			return T(i), nil
		}
	}
	if v, ok := words[string(key)]; ok {
		return v, nil
	}
	_, off := textnorm.Trim(s)
	return 0, &convention.ParseError{Func: fn, Input: s, Offset: off, Err: convention.ErrSyntax}
}
