package review

import (
	"errors"
	"fmt"
	"strings"

	"github.com/uncac-go/uncac/convention"
)

// An ID identifies a country review: the State under review and the cycle
// in which it is reviewed. Each State is reviewed once per cycle, so the
// pair is unique. IDs are comparable and can be used as map keys; this is
// how other packages (needs, for one) link their records to a review
// without this package knowing about them.
//
// The text form, which String prints and ParseID reads, is the State's code
// and the cycle's short name joined by a slash: "KEN/first". The zero ID is
// invalid.
type ID struct {
	State convention.State // the State under review
	Cycle Cycle            // the cycle of the review
}

// IsValid reports whether both the State and the Cycle of id are valid.
func (id ID) IsValid() bool { return id.State.IsValid() && id.Cycle.IsValid() }

// String returns the text form, "KEN/first". The zero ID prints as
// "%!ID(0)"; an ID with one invalid part prints that part as its own String
// does, as in "KEN/%!Cycle(9)".
func (id ID) String() string {
	if id == (ID{}) {
		return "%!ID(0)"
	}
	c := id.Cycle.String()
	if id.Cycle.IsValid() {
		c = cycleShort[id.Cycle]
	}
	return id.State.String() + "/" + c
}

// Compare returns -1, 0 or +1 as id sorts before, with or after other:
// by cycle first, then by the State's code. It suits slices.SortFunc, and is
// the order in which this package lists reviews.
func (id ID) Compare(other ID) int {
	if c := id.Cycle.Compare(other.Cycle); c != 0 {
		return c
	}
	return id.State.Compare(other.State)
}

// MarshalText implements [encoding.TextMarshaler] with the text form as
// String prints it, "KEN/first". The zero ID marshals as empty text; an ID
// with an invalid part is an error.
func (id ID) MarshalText() ([]byte, error) {
	if id == (ID{}) {
		return []byte{}, nil
	}
	if !id.IsValid() {
		return nil, &convention.ParseError{Func: "review.ID.MarshalText", Input: id.String(), Err: fmt.Errorf("%w: review ID with an invalid part", convention.ErrSyntax)}
	}
	return []byte(id.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler], accepting what
// [ParseID] accepts. Empty text gives the zero ID.
func (id *ID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = ID{}
		return nil
	}
	v, err := parseID("review.ID.UnmarshalText", string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// maxID is the length limit of ParseID.
const maxID = 2 * maxName

// ParseID parses an ID in its text form: a State code, a slash and a cycle,
// as in "KEN/first". The code is read as [convention.ParseState] reads it
// and the cycle as [ParseCycle] does, so "ken/1" and "KEN / second cycle"
// are accepted too. It returns a *[convention.ParseError] whose kind wraps
// [convention.ErrRange] for text longer than 128 bytes,
// [convention.ErrSyntax] for text without a slash or with a malformed code,
// and [convention.ErrUnknown] for an unknown code or cycle; the offset
// points at the part at fault.
func ParseID(s string) (ID, error) { return parseID("review.ParseID", s) }

func parseID(fn, s string) (ID, error) {
	if len(s) > maxID {
		return ID{}, &convention.ParseError{Func: fn, Input: s, Offset: maxID, Err: fmt.Errorf("%w: longer than %d bytes", convention.ErrRange, maxID)}
	}
	slash := strings.IndexByte(s, '/')
	if slash < 0 {
		return ID{}, &convention.ParseError{Func: fn, Input: s, Offset: len(s), Err: fmt.Errorf("%w: no slash between State and cycle", convention.ErrSyntax)}
	}
	st, err := convention.ParseState(s[:slash])
	if err != nil {
		pe, _ := errors.AsType[*convention.ParseError](err)
		e := &convention.ParseError{Func: fn, Input: s, Err: err}
		if pe != nil {
			e.Offset, e.Err = pe.Offset, pe.Err
		}
		return ID{}, e
	}
	c, err := parseCycle(fn, s[slash+1:])
	if err != nil {
		pe, _ := errors.AsType[*convention.ParseError](err)
		e := &convention.ParseError{Func: fn, Input: s, Offset: slash + 1, Err: err}
		if pe != nil {
			e.Offset, e.Err = slash+1+pe.Offset, pe.Err
		}
		return ID{}, e
	}
	return ID{State: st, Cycle: c}, nil
}
