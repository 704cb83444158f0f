package assetrecovery

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"

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
	"in rem forfeiture": Confiscated, "in personam forfeiture": Confiscated,
	"agreed": Agreed, "return agreement": Agreed, "restitution agreement": Agreed,
	"repatriation agreement": Agreed, "distribution agreement": Agreed, "agreement": Agreed,
	"return": Returned, "restitution": Returned, "restituted": Returned, "repatriation": Returned,
	"repatriated": Returned, "restored": Returned,
	"transfer": Transferred,
	// A freezing injunction was called a Mareva injunction in English law
	// before the Civil Procedure Rules 1998 (CPR 25.1(1)(f)).
	"mareva injunction": Frozen, "asset freezing": Frozen,
	// An arrangement for the return of assets (art. 57(5): "agreements or
	// mutually acceptable arrangements").
	"memorandum of understanding": Agreed, "mou": Agreed, "return arrangement": Agreed,
	"handed over": Returned, "paid back": Returned, "remitted": Returned, "given back": Returned,
}

// stagePhrase reads a stage word inside a phrase, as sources print them:
// after words that qualify it ("final forfeiture", "interim freeze", "asset
// freeze", "partially returned"), before what it acts on or the instrument
// ("frozen assets", "freezing injunction", "agreement signed", "return of
// the funds"), and before a complement that starts with a preposition
// ("returned to Nigeria", "repatriated from Switzerland in 2018"). It
// returns the stage and the stage word it found. key is lower case with
// single spaces.
func stagePhrase(key string) (Stage, string, bool) {
	words := strings.Fields(key)
	for i, w := range words {
		// "in rem" and "in personam" name a kind of forfeiture.
		if i > 0 && slices.Contains(stagePrepositions[:], w) &&
			!(w == "in" && i+1 < len(words) && (words[i+1] == "rem" || words[i+1] == "personam")) {
			words = words[:i]
			break
		}
	}
	for len(words) > 1 {
		last := words[len(words)-1]
		object := slices.Contains(stageObjects[:], last)
		if !object && !slices.Contains(stageInstruments[:], last) {
			break
		}
		words = words[:len(words)-1] // "frozen assets", "freezing injunction"
		if object && len(words) > 2 && words[len(words)-1] == "the" && words[len(words)-2] == "of" {
			words = words[:len(words)-2] // "return of the funds"
		} else if object && len(words) > 1 && words[len(words)-1] == "of" {
			words = words[:len(words)-1] // "return of assets"
		}
	}
	for len(words) > 1 && slices.Contains(stageQualifiers[:], words[0]) {
		words = words[1:]
	}
	head := strings.Join(words, " ")
	if head == key {
		return 0, head, false // nothing to take away: not a phrase of a stage word
	}
	for i := 1; i < len(stageNames); i++ {
		if head == stageNames[i] {
			return Stage(i), head, true
		}
	}
	st, ok := stageWords[head]
	return st, head, ok
}

// stagePrepositions start the complement of a stage word.
var stagePrepositions = [...]string{"to", "from", "by", "in", "into", "for", "under", "with", "at", "on", "against",
	"pursuant", "via", "through", "after", "following", "before"}

// stageObjects are what a stage acts on.
var stageObjects = [...]string{"assets", "asset", "funds", "fund", "proceeds", "property", "properties", "money",
	"monies", "moneys", "amount", "amounts", "sum", "sums", "accounts", "account"}

// stageInstruments are the acts that carry out a stage, and the words that
// say the act was done: "freezing order", "forfeiture judgment", "agreement
// signed".
var stageInstruments = [...]string{"order", "orders", "judgment", "judgement", "judgments", "judgements", "decision",
	"decisions", "ruling", "rulings", "injunction", "injunctions", "decree", "proceedings", "signed", "concluded",
	"obtained", "granted", "issued", "executed", "completed", "made", "effected", "finalized", "finalised"}

// stageQualifiers qualify a stage word without changing the stage.
var stageQualifiers = [...]string{"final", "preliminary", "interim", "provisional", "temporary", "partial", "full",
	"initial", "further", "additional", "formal", "court", "judicial", "administrative", "asset", "assets", "funds",
	"partially", "fully", "finally", "provisionally", "temporarily", "subsequently", "eventually", "first", "second",
	"total", "voluntary", "voluntarily", "the", "a", "an", "framework", "bilateral", "trilateral", "tripartite"}

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
// forfeiture", "non-conviction based forfeiture", "memorandum of
// understanding", "handed over"). It reads one of those inside a phrase:
// after words that qualify it ("final forfeiture", "interim freeze", "asset
// freeze"), before what it acts on or the act that carries it out ("frozen
// assets", "freezing injunction", "return of the funds", "agreement
// signed") and before a complement that starts with a preposition
// ("returned to Nigeria in 2018"). "Recovered" is an error wrapping
// convention.ErrAmbiguous: sources use it of confiscated and of returned
// assets; so are "released" and "unfrozen", which may mean that a freeze
// was lifted. Space inside is any run of white space. Text longer than 64
// bytes is an error wrapping convention.ErrRange; other text is an error
// wrapping convention.ErrSyntax. A name or word alone allocates nothing.
func ParseStage(s string) (Stage, error) {
	st, err := parseEnum("assetrecovery.ParseStage", s, stageNames[:], stageWords)
	if err == nil || len(s) > maxWordLen {
		return st, err
	}
	var buf [maxWordLen]byte
	key := string(textnorm.AppendKey(buf[:0], s))
	st, head, ok := stagePhrase(key)
	if ok {
		return st, nil
	}
	_, off := textnorm.Trim(s)
	ambiguous := func(format string, a ...any) error {
		return &convention.ParseError{Func: "assetrecovery.ParseStage", Input: s, Offset: off,
			Err: fmt.Errorf("%w: "+format, append([]any{convention.ErrAmbiguous}, a...)...)}
	}
	switch head {
	case "recovered", "recovery":
		// Sources say "recovered" of assets confiscated and of assets
		// returned alike.
		return 0, ambiguous("%q may mean %v or %v", head, Confiscated, Returned)
	case "released", "unfrozen", "unblocked":
		return 0, ambiguous("%q may mean that a freeze was lifted or that the assets were %v", head, Returned)
	}
	return 0, err
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
