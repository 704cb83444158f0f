package review

import (
	"bytes"
	"cmp"
	"fmt"
	"iter"
	"strconv"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Cycle is a review cycle of the Implementation Review Mechanism. Each
// cycle reviews the implementation of some chapters of the Convention by
// every State party. The zero Cycle is invalid.
//
// The Mechanism's later phases add cycles; they will be added as new
// constants after Second, and NumCycles will grow. Code that ranges over
// Cycles rather than naming the two cycles keeps working.
type Cycle uint8

// The review cycles.
const (
	// First is the first review cycle: chapters III (criminalization and
	// law enforcement) and IV (international cooperation).
	First Cycle = 1 + iota
	// Second is the second review cycle: chapters II (preventive measures)
	// and V (asset recovery).
	Second
)

// NumCycles is the number of review cycles this version knows. It will grow
// in later versions; use it to size arrays of your own, never as a fact.
const NumCycles = 2

// cycleNames are the names String prints, and cycleShort the names an ID's
// text form uses.
var (
	cycleNames = [NumCycles + 1]string{"", "first cycle", "second cycle"}
	cycleShort = [NumCycles + 1]string{"", "first", "second"}
	cycleRoman = [NumCycles + 1]string{"", "i", "ii"}
	// cycleOrdinal are the ordinals in digits: "1st cycle".
	cycleOrdinal = [NumCycles + 1]string{"", "1st", "2nd"}
)

// cycleChapters holds the chapters each cycle reviews (chapters.csv; the
// Conference's resolution 3/1, paragraph 4).
var cycleChapters = [NumCycles + 1][2]convention.Chapter{
	{},
	{convention.Criminalization, convention.InternationalCooperation},
	{convention.PreventiveMeasures, convention.AssetRecovery},
}

// IsValid reports whether c is a known review cycle.
func (c Cycle) IsValid() bool { return c >= 1 && c <= NumCycles }

// String returns "first cycle" or "second cycle". The zero Cycle prints as
// "%!Cycle(0)" and another invalid value as "%!Cycle(n)".
func (c Cycle) String() string {
	if !c.IsValid() {
		return "%!Cycle(" + strconv.Itoa(int(c)) + ")"
	}
	return cycleNames[c]
}

// Compare returns -1, 0 or +1 as c comes before, is, or comes after d.
func (c Cycle) Compare(d Cycle) int { return cmp.Compare(c, d) }

// Chapters returns an iterator over the chapters of the Convention that the
// cycle reviews, in order. It yields nothing for an invalid Cycle.
func (c Cycle) Chapters() iter.Seq[convention.Chapter] {
	return func(yield func(convention.Chapter) bool) {
		if !c.IsValid() {
			return
		}
		for _, ch := range cycleChapters[c] {
			if !yield(ch) {
				return
			}
		}
	}
}

// Covers reports whether the cycle reviews chapter ch. For a provision r,
// c.Covers(r.Chapter()) says whether the cycle reviews it.
func (c Cycle) Covers(ch convention.Chapter) bool {
	return c.IsValid() && ch.IsValid() && (cycleChapters[c][0] == ch || cycleChapters[c][1] == ch)
}

// Cycles returns an iterator over the known cycles in order.
func Cycles() iter.Seq[Cycle] {
	return func(yield func(Cycle) bool) {
		for c := Cycle(1); c <= NumCycles; c++ {
			if !yield(c) {
				return
			}
		}
	}
}

// maxName is the length limit of ParseCycle, ParseMilestone and
// ParseFindingKind: longer text is no name of theirs.
const maxName = 64

// ParseCycle parses a cycle as reports name it: "first", "first cycle",
// "first review cycle", "the first cycle", "1st cycle", "1", "cycle 1", "I"
// or "cycle II", in any ASCII case and with any space (see the module's rules)
// around and between the words. Text longer than 64 bytes is an error
// wrapping [convention.ErrRange]; text that names no known cycle wraps
// [convention.ErrUnknown]. Both come as a *[convention.ParseError]. It does
// not allocate when it succeeds.
func ParseCycle(s string) (Cycle, error) {
	return parseCycle("review.ParseCycle", s)
}

func parseCycle(fn, s string) (Cycle, error) {
	var buf [maxName]byte
	t, err := nameKey(fn, s, buf[:0])
	if err != nil {
		return 0, err
	}
	t = bytes.TrimPrefix(t, []byte("the "))
	t = bytes.TrimSuffix(t, []byte(" cycle"))
	t = bytes.TrimSuffix(t, []byte(" review"))
	t = bytes.TrimPrefix(t, []byte("cycle "))
	for c := Cycle(1); c <= NumCycles; c++ {
		if string(t) == cycleShort[c] || string(t) == cycleRoman[c] || string(t) == cycleOrdinal[c] || (len(t) == 1 && t[0] == '0'+byte(c)) {
			return c, nil
		}
	}
	_, off := textnorm.Trim(s)
	return 0, &convention.ParseError{Func: fn, Input: s, Offset: off, Err: fmt.Errorf("%w review cycle", convention.ErrUnknown)}
}

// MarshalText implements [encoding.TextMarshaler], giving the cycle as
// String prints it ("first cycle"). The zero Cycle marshals as empty text;
// another invalid value is an error.
func (c Cycle) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if !c.IsValid() {
		return nil, &convention.ParseError{Func: "review.Cycle.MarshalText", Input: c.String(), Err: fmt.Errorf("%w review cycle", convention.ErrUnknown)}
	}
	return []byte(cycleNames[c]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler], accepting every form
// [ParseCycle] does. Empty text gives the zero Cycle.
func (c *Cycle) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := parseCycle("review.Cycle.UnmarshalText", string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
