package convention

import (
	"cmp"
	"fmt"
	"iter"
	"strconv"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// A State identifies a State or other jurisdiction by its ISO 3166-1 alpha-3
// code, such as "KEN" for Kenya. It is held as a small integer, its position
// in the table of known codes sorted by code, so States are comparable, cheap
// as map keys and array indexes (see [State.Index]), and ordered by code
// (see [State.Compare]).
//
// The known codes are the 249 entries of ISO 3166-1, which include
// territories that are not States parties (Jersey, Hong Kong, the Cayman
// Islands) because asset recovery and assistance records name them, and
// "EUU" for the European Union, a party to the Convention as a regional
// economic integration organization (art. 67(2)–(4)). Every State made by this
// package ([ParseState], [LookupState], [StateAt], [States],
// [State.UnmarshalText]) is one of them.
//
// The zero State is invalid: it has no code, no name and no index.
type State struct {
	i uint8 // Index()+1; 0 = invalid
}

// packState packs three upper-case ASCII letters into the key of
// stateIndexTable. The packing preserves alphabetical order.
func packState(a, b, c byte) uint16 {
	return uint16(a-'A'+1)<<10 | uint16(b-'A'+1)<<5 | uint16(c-'A'+1)
}

// stateIndex returns the position of a packed code in the sorted table of
// known codes.
func stateIndex(code uint16) (int, bool) {
	if code >= uint16(len(stateIndexTable)) || stateIndexTable[code] == 0 {
		return -1, false
	}
	return int(stateIndexTable[code]) - 1, true
}

// ParseState parses an ISO 3166-1 alpha-3 code, or "EUU" for the European
// Union, in any case and with surrounding white space (including no-break
// spaces) ignored: "KEN", "ken" and " Ken " all give Kenya.
//
// Text that is not three ASCII letters is an error wrapping [ErrSyntax];
// three letters that are not a known code, such as "XYZ", are an error
// wrapping [ErrUnknown]. Both come as a *[ParseError] whose Offset is the
// byte offset of the problem in s. Text longer than 64 bytes is refused at
// once with [ErrRange]. [LookupState] also reads names and other codes.
func ParseState(s string) (State, error) {
	const maxStateInput = 64
	if len(s) > maxStateInput {
		return State{}, &ParseError{Func: "convention.ParseState", Input: s, Offset: maxStateInput, Err: errTooLong(maxStateInput)}
	}
	start := leadingSpace(s)
	t, _ := textnorm.Trim(s[start:])
	var up [3]byte
	for i := 0; i < len(t) && i < 3; i++ {
		c := t[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c < 'A' || c > 'Z' {
			return State{}, &ParseError{Func: "convention.ParseState", Input: s, Offset: start + i, Err: stateCodeSyntax(t)}
		}
		up[i] = c
	}
	if len(t) != 3 {
		return State{}, &ParseError{Func: "convention.ParseState", Input: s, Offset: start + min(len(t), 3), Err: stateCodeSyntax(t)}
	}
	i, ok := stateIndex(packState(up[0], up[1], up[2]))
	if !ok {
		return State{}, &ParseError{Func: "convention.ParseState", Input: s, Offset: start, Err: errUnknownCode}
	}
	return State{uint8(i + 1)}, nil
}

// MustParseState is like [ParseState] but panics if s is not a known code. It
// is meant for constants in programs and tests.
func MustParseState(s string) State {
	st, err := ParseState(s)
	if err != nil {
		panic(err)
	}
	return st
}

// StateAt returns the State whose [State.Index] is i, and false if i is not
// in [0, NumStates).
func StateAt(i int) (State, bool) {
	if i < 0 || i >= NumStates {
		return State{}, false
	}
	return State{uint8(i + 1)}, true
}

// StateFromAlpha2 returns the State whose ISO 3166-1 alpha-2 code is code,
// in any case ("ke" gives KEN; "EU" gives EUU), and false if there is none.
// It is a table lookup.
func StateFromAlpha2(code string) (State, bool) {
	if len(code) != 2 {
		return State{}, false
	}
	a, b := (code[0]|0x20)-'a', (code[1]|0x20)-'a' // ASCII letters to 0..25, anything else above
	if a >= 26 || b >= 26 {
		return State{}, false
	}
	i := stateAlpha2Table[int(a)*26+int(b)]
	return State{i}, i != 0
}

// StateFromNumeric returns the State whose ISO 3166-1 numeric code (which is
// also its UN M49 code) is n, such as 404 for Kenya, and false if there is
// none. The European Union has no numeric code. It is a table lookup.
func StateFromNumeric(n int) (State, bool) {
	if n <= 0 || n >= len(stateNumericTable) {
		return State{}, false
	}
	i := stateNumericTable[n]
	return State{i}, i != 0
}

// States returns an iterator over every known State, in code order (the
// order of [State.Index]).
func States() iter.Seq[State] {
	return func(yield func(State) bool) {
		for i := range NumStates {
			s, _ := StateAt(i)
			if !yield(s) {
				return
			}
		}
	}
}

// IsValid reports whether s is a known code, that is, not the zero State.
func (s State) IsValid() bool { return s.i != 0 }

// Index returns the position of s among the known codes in code order, from
// 0 to NumStates-1, or -1 for the zero State. Callers can use it to keep
// per-State data in arrays and bitsets of size [NumStates]. [StateAt] is its
// inverse. Indexes can change when the tables are regenerated from newer
// data, so store codes, not indexes.
func (s State) Index() int { return int(s.i) - 1 }

// String returns the upper-case alpha-3 code, such as "KEN". The zero State
// prints as "%!State(0)".
func (s State) String() string {
	if s.i == 0 {
		return "%!State(0)"
	}
	i := 3 * (int(s.i) - 1)
	return stateCodeText[i : i+3]
}

// MarshalText implements [encoding.TextMarshaler]: the code as String prints
// it, or empty text for the zero State. (Every non-zero State is valid.)
func (s State) MarshalText() ([]byte, error) {
	if s.i == 0 {
		return nil, nil
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// [ParseState] accepts. Empty text gives the zero State.
func (s *State) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = State{}
		return nil
	}
	v, err := ParseState(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Compare returns -1, 0 or +1 as s sorts before, with or after t in
// alphabetical order of codes. The zero State sorts first. It suits
// slices.SortFunc.
func (s State) Compare(t State) int { return cmp.Compare(s.i, t.i) }

// info returns the table row for s, or nil for the zero State.
func (s State) info() *stateInfo {
	if s.i == 0 {
		return nil
	}
	return &stateTable[s.i-1]
}

// Name returns the English short name: for UN Member and observer States,
// Cook Islands, Niue and the European Union, the UN Protocol (UNTERM) short
// name without a trailing "(the)", such as "Bolivia (Plurinational State
// of)"; for other codes the ISO 3166-1 English short name, such as "Jersey"
// or "Falkland Islands (Malvinas)". The zero State has the empty name.
// [LookupState] finds a State by these and other names.
func (s State) Name() string {
	if p := s.info(); p != nil {
		return p.name
	}
	return ""
}

// Alpha2 returns the ISO 3166-1 alpha-2 code, such as "KE", and "EU" (an
// exceptionally reserved ISO code) for the European Union. The zero State
// returns "".
func (s State) Alpha2() string {
	if p := s.info(); p != nil {
		return p.alpha2
	}
	return ""
}

// Numeric returns the ISO 3166-1 numeric code, such as 404 for Kenya, which
// is also the UN M49 code. It returns 0 for the European Union, which has
// none, and for the zero State.
func (s State) Numeric() int {
	if p := s.info(); p != nil {
		return int(p.numeric)
	}
	return 0
}

// Group returns the UN regional group of a Member State, and zero (no group)
// for everything else: the observer States, Cook Islands, Niue, the European
// Union, territories, and the zero State. Türkiye, Israel and the United
// States count in the Western European and other States, as they do for
// electoral purposes.
func (s State) Group() RegionalGroup {
	if p := s.info(); p != nil {
		return p.group
	}
	return 0
}

// UNStatus returns the standing of s at the United Nations, or zero for codes
// outside the 193 Member States, 2 observer States, Cook Islands, Niue and
// the European Union (territories and the zero State).
func (s State) UNStatus() UNStatus {
	if p := s.info(); p != nil {
		return p.status
	}
	return 0
}

// A UNStatus says how an entity stands at the United Nations. The zero
// UNStatus means none of these: a territory or other jurisdiction.
type UNStatus uint8

// The kinds of standing.
const (
	// UNMember is one of the 193 Member States (see [State.UNAdmission]).
	UNMember UNStatus = 1 + iota
	// UNObserver is a non-member observer State: the Holy See and the
	// State of Palestine.
	UNObserver
	// NonMember is a State that is not a member or observer but may join
	// the Convention as a State: Cook Islands and Niue.
	NonMember
	// RegionalOrganization is a regional economic integration organization
	// (art. 67(2)): the European Union.
	RegionalOrganization
)

var unStatusNames = [...]string{"", "member", "observer", "non-member", "reio"}

// String returns "member", "observer", "non-member" or "reio" (regional
// economic integration organization). The zero UNStatus prints as
// "%!UNStatus(0)", another invalid one as "%!UNStatus(n)".
func (u UNStatus) String() string {
	if u < UNMember || u > RegionalOrganization {
		return "%!UNStatus(" + strconv.Itoa(int(u)) + ")"
	}
	return unStatusNames[u]
}

// A stateInfo is one row of the generated stateTable.
type stateInfo struct {
	name     string
	alpha2   string
	numeric  uint16
	group    RegionalGroup
	status   UNStatus
	act      Act       // zero if not a party
	signed   civilDate // zero if never signed
	earliest civilDate // deposit date bounds; zero if not a party
	latest   civilDate
	// forceEarliest and forceLatest bound the entry into force for the
	// party (art. 68); zero if not a party.
	forceEarliest, forceLatest civilDate
	admitted                   civilDate // admission to the UN; zero if not a Member State
}

// leadingSpace returns the length in bytes of the space at the start of s.
func leadingSpace(s string) int {
	_, start := textnorm.Trim(s)
	return start
}

// errUnknownCode is the problem of three letters that name no State.
var errUnknownCode = fmt.Errorf("%w: not an ISO 3166-1 alpha-3 code, nor EUU", ErrUnknown)
