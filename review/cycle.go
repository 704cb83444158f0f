package review

import (
	"errors"
	"iter"
	"strconv"
	"strings"

	"github.com/uncac-go/uncac/convention"
)

// A Cycle is a review cycle of the Implementation Review Mechanism. Each
// cycle reviews the implementation of some chapters of the Convention by
// every State party. The zero Cycle is invalid.
//
// The Mechanism's next phase will add cycles; they will be added as new
// constants after Second, and NumCycles will grow. Code that ranges over
// Cycles rather than naming the two cycles keeps working.
type Cycle uint8

// The review cycles.
const (
	// First is the first review cycle, launched in 2010: chapters III
	// (criminalization and law enforcement) and IV (international
	// cooperation).
	First Cycle = 1 + iota
	// Second is the second review cycle, launched in 2015 with its first
	// reviews in 2016 and extended to 2024: chapters II (preventive
	// measures) and V (asset recovery).
	Second
)

// NumCycles is the number of review cycles this version knows. It may grow
// in later versions.
const NumCycles = 2

// ErrUnknownCycle reports text that does not name a review cycle.
var ErrUnknownCycle = errors.New("unknown review cycle")

type cycleInfo struct {
	name     string
	roman    string // the numeral reports use, "II", in lower case
	chapters [2]convention.Chapter
	launched int // the year the first country reviews began
	lotsFrom int // the earliest year a drawing of lots for the cycle can have
}

// cycleTable holds the facts about each cycle (chapters.csv; the
// Conference's resolutions 3/1 and 6/1). The first drawing of lots for the
// first cycle was at the Implementation Review Group's first session, in
// 2010; the second cycle was launched by resolution 6/1 in November 2015, so
// no drawing for it can come before 2015.
var cycleTable = [NumCycles + 1]cycleInfo{
	{},
	{"first", "i", [2]convention.Chapter{convention.Criminalization, convention.InternationalCooperation}, 2010, 2010},
	{"second", "ii", [2]convention.Chapter{convention.PreventiveMeasures, convention.AssetRecovery}, 2016, 2015},
}

// IsValid reports whether c is a known review cycle.
func (c Cycle) IsValid() bool { return c >= 1 && c <= NumCycles }

// String returns "first cycle" or "second cycle". An invalid value prints
// as "%!Cycle(n)".
func (c Cycle) String() string {
	if !c.IsValid() {
		return "%!Cycle(" + strconv.Itoa(int(c)) + ")"
	}
	return cycleTable[c].name + " cycle"
}

// Launched returns the year in which the cycle's first country reviews
// began: 2010 for the first cycle, 2016 for the second. It returns 0 for an
// invalid Cycle.
func (c Cycle) Launched() int {
	if !c.IsValid() {
		return 0
	}
	return cycleTable[c].launched
}

// Chapters returns an iterator over the chapters of the Convention that the
// cycle reviews, in order. It yields nothing for an invalid Cycle.
func (c Cycle) Chapters() iter.Seq[convention.Chapter] {
	return func(yield func(convention.Chapter) bool) {
		if !c.IsValid() {
			return
		}
		for _, ch := range cycleTable[c].chapters {
			if !yield(ch) {
				return
			}
		}
	}
}

// Articles returns an iterator over the articles that the cycle reviews, in
// order.
func (c Cycle) Articles() iter.Seq[convention.Article] {
	return func(yield func(convention.Article) bool) {
		for ch := range c.Chapters() {
			for a := range ch.Articles() {
				if !yield(a) {
					return
				}
			}
		}
	}
}

// CoversChapter reports whether the cycle reviews chapter ch.
func (c Cycle) CoversChapter(ch convention.Chapter) bool {
	return c.IsValid() && ch.IsValid() && (cycleTable[c].chapters[0] == ch || cycleTable[c].chapters[1] == ch)
}

// Covers reports whether the cycle reviews the provision r: whether r lies in
// one of the cycle's chapters.
func (c Cycle) Covers(r convention.Ref) bool { return c.CoversChapter(r.Chapter()) }

// CycleOf returns the cycle that reviews chapter ch. It reports false for the
// chapters that no cycle reviews (I, VI, VII and VIII).
func CycleOf(ch convention.Chapter) (Cycle, bool) {
	for c := range Cycles() {
		if c.CoversChapter(ch) {
			return c, true
		}
	}
	return 0, false
}

// Compare returns -1, 0 or +1 as c comes before, is, or comes after d.
func (c Cycle) Compare(d Cycle) int {
	switch {
	case c < d:
		return -1
	case c > d:
		return +1
	}
	return 0
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

// ParseCycle parses a cycle as reports name it: "first", "first cycle",
// "first review cycle", "1", "cycle 1" or "I", in any case. Text that names
// no known cycle is an error wrapping ErrUnknownCycle.
func ParseCycle(s string) (Cycle, error) {
	t := strings.ToLower(strings.Join(strings.Fields(s), " "))
	t = strings.TrimSuffix(t, " cycle")
	t = strings.TrimSuffix(t, " review")
	t = strings.TrimPrefix(t, "cycle ")
	t = strings.TrimPrefix(t, "the ")
	for c := Cycle(1); c <= NumCycles; c++ {
		if t == cycleTable[c].name || t == strconv.Itoa(int(c)) || t == cycleTable[c].roman {
			return c, nil
		}
	}
	return 0, &ParseError{What: "cycle", Input: s, Err: ErrUnknownCycle}
}

// MustParseCycle is like ParseCycle but panics if s names no cycle.
func MustParseCycle(s string) Cycle {
	c, err := ParseCycle(s)
	if err != nil {
		panic(err)
	}
	return c
}

// AppendText implements encoding.TextAppender: "first" or "second". The
// zero Cycle appends nothing.
func (c Cycle) AppendText(b []byte) ([]byte, error) {
	if c == 0 {
		return b, nil
	}
	if !c.IsValid() {
		return b, &ParseError{What: "cycle", Input: c.String(), Err: ErrUnknownCycle}
	}
	return append(b, cycleTable[c].name...), nil
}

// MarshalText implements encoding.TextMarshaler: "first" or "second". The
// zero Cycle marshals as empty text.
func (c Cycle) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler, accepting every form
// ParseCycle does. Empty text gives the zero Cycle.
func (c *Cycle) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCycle(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
