package needs

import (
	"errors"
	"iter"
	"math/bits"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/review"
)

// A Count is a number of needs and the number of distinct States that
// identified them.
type Count struct {
	Needs  int // the number of needs
	States int // the number of distinct States among them
}

// A State's index in a Summary is its Index plus one, so that the zero
// State has a row (never counted) and the row of every State is a byte;
// this constant fails to compile if States outgrow a byte.
const _ = uint8(convention.NumStates)

// stateWords is the number of 64-bit words a set of States needs: one bit
// for each byte value.
const stateWords = 4

// A stateSet is a set of States by Index plus one.
type stateSet [stateWords]uint64

func (s *stateSet) union(o *stateSet) {
	for i := range s {
		s[i] |= o[i]
	}
}

func (s *stateSet) len() int {
	n := 0
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return n
}

// A cell holds the needs under one article in one category and the States
// that identified them, side by side, so that counting a need touches one
// place.
type cell struct {
	states stateSet
	needs  int
}

// A Summary holds what Tally reads from a batch of needs, from which
// [Summary.Count] answers how many needs and how many distinct States match
// a [Filter].
//
// A Summary keeps needs at two grains, each exactly: by what they concern
// (article and category, with the States behind every pair) and by who
// identified them (State, cycle and chapter). So it answers any question
// about articles, chapters and categories, and any about States, regional
// groups, cycles and chapters, but not one that crosses the two, such as the
// needs of one State under one article.
//
// A Summary is plain data: arrays of counts and sets of States, with no
// pointers, so two Summaries can be compared with == and copied. It is
// about 94 kB, so its methods take a pointer. The zero Summary is the
// summary of no needs. It has no JSON form (see [Summary.MarshalJSON]):
// store the needs, or the figures it gives.
//
// A Summary is never modified once made, so it is safe for concurrent use.
type Summary struct {
	// byState counts needs by State (Index plus one) and by cycle and
	// chapter together, in the column cycleChapter gives; row 0 stays
	// empty.
	byState [256][cycleChapters]int
	// cells holds needs and States by article and category (less one).
	// Only rows 1 to NumArticles are used: 128 rows let the hot loops
	// index it by an article masked to seven bits, with no bounds check,
	// so that Tally's counting function calls nothing (not even a panic)
	// and needs no stack frame.
	cells   [128][numCategories]cell
	skipped int
}

// articleChapter gives the chapter of each article, and 0 for every other
// byte: a table in the package, so that the hot loops below index it by a
// byte without a call or a check. TestArticleChapter holds it to package
// convention.
var articleChapter = [256]uint8{
	0,
	1, 1, 1, 1, // chapter I: articles 1–4
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, // chapter II: 5–14
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // chapter III: 15–42
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	4, 4, 4, 4, 4, 4, 4, 4, // chapter IV: 43–50
	5, 5, 5, 5, 5, 5, 5, 5, 5, // chapter V: 51–59
	6, 6, 6, // chapter VI: 60–62
	7, 7, // chapter VII: 63–64
	8, 8, 8, 8, 8, 8, 8, // chapter VIII: 65–71
}

// Tally computes the Summary of the needs in seq, in one pass. Needs that
// are not well formed (a zero State, provision, cycle or category, or a
// value out of range) are not counted but tallied by [Summary.Skipped];
// [Validate] explains them. Tally counts needs as they are: it does not
// remove duplicates or check that a provision lies in its cycle's chapters.
//
// Memory use does not depend on the number of needs. Whatever the
// iterator, Tally calls one counting function once a need, with no call
// inside it, so that a need costs the same over slices.Values, a decoder
// or a database cursor: about 1.3 to 1.5 times what it costs in
// [TallySlice], depending on where the iterator's loop lands in memory
// (BenchmarkTally).
//
// Tally is kept from being inlined: inlined into another package, its
// function literal would be copied there, and the compiler (as of Go 1.26,
// golang.org/issue/81380) does not inline calls within such a copy, so
// that over an iterator it cannot see into, each need would cost three
// calls rather than one.
//
//go:noinline
func Tally(seq iter.Seq[Need]) *Summary {
	s := new(Summary)
	if seq == nil {
		return s
	}
	// Calling seq directly rather than ranging over it spares the checks
	// that range-over-func adds to every step; the function never stops
	// early, so nothing is lost. The function captures nothing but s, and
	// its body is TallySlice's.
	seq(func(n Need) bool {
		si, a, c := n.State.Index()+1, n.Provision.Article(), uint(n.Category)-1
		k := cycleChapter(n.Cycle, articleChapter[uint8(a)])
		if si == 0 || c >= numCategories || k >= cycleChapters {
			s.skipped++
			return true
		}
		x := &s.cells[a&127][c]
		x.needs++
		x.states[si>>6] |= 1 << (si & 63)
		s.byState[si][k]++
		return true
	})
	return s
}

// TallySlice is [Tally] over the needs of a slice.
func TallySlice(needs []Need) *Summary {
	s := new(Summary)
	// The body of the function in Tally, written out so that the loop
	// does not depend on the compiler's inlining. It counts a need by
	// State, article and category, and cycle and chapter, with one check
	// of each: the State's (si is 0 for the zero State), the category's
	// (c wraps around for category 0), and one for cycle and article
	// together (see cycleChapter); a valid article is below 128, so
	// a&127 is a, and indexes cells without a check.
	for _, n := range needs {
		si, a, c := n.State.Index()+1, n.Provision.Article(), uint(n.Category)-1
		k := cycleChapter(n.Cycle, articleChapter[uint8(a)])
		if si == 0 || c >= numCategories || k >= cycleChapters {
			s.skipped++
			continue
		}
		x := &s.cells[a&127][c]
		x.needs++
		x.states[si>>6] |= 1 << (si & 63)
		s.byState[si][k]++
	}
	return s
}

// Merge returns the summary of the needs summarized by s and by o together,
// so that merging the summaries of the parts of a batch gives the summary of
// the whole batch. It leaves s and o unchanged. A nil Summary counts as
// empty.
func (s *Summary) Merge(o *Summary) *Summary {
	m := new(Summary)
	if s != nil {
		*m = *s
	}
	if o == nil {
		return m
	}
	m.skipped += o.skipped
	for a := range m.cells {
		for c := range m.cells[a] {
			m.cells[a][c].needs += o.cells[a][c].needs
			m.cells[a][c].states.union(&o.cells[a][c].states)
		}
	}
	for i := range m.byState {
		for k := range m.byState[i] {
			m.byState[i][k] += o.byState[i][k]
		}
	}
	return m
}

// errNoJSON is what Summary.MarshalJSON returns.
var errNoJSON = errors.New("needs: a Summary has no JSON form; marshal the needs, or the Counts and Rankings it gives")

// MarshalJSON returns an error: a Summary is a working aggregate, not a
// record, and has no JSON form, so that encoding/json never writes {} for
// it in silence. Marshal the needs it summarizes, or the [Count] and
// [Ranking] values it gives, which do have one.
func (Summary) MarshalJSON() ([]byte, error) { return nil, errNoJSON }

// Skipped returns the number of records that Tally did not count because
// they were not well formed.
func (s *Summary) Skipped() int { return s.skipped }

// Total returns the number of needs counted and of distinct States that
// identified them: Count of the zero Filter.
func (s *Summary) Total() Count {
	c, _ := s.Count(Filter{})
	return c
}

// A Filter selects needs for [Summary.Count] and the rankings. Each field
// left at its zero value matches every need; each other field must be valid
// and restricts the needs to those with that value. Fields combine with
// "and": Filter{Chapter: convention.InternationalCooperation, Category:
// LegislativeDrafting} selects the needs for legislative drafting under the
// articles of chapter IV.
//
// A Summary keeps needs by what they concern and by who identified them,
// but not crossed (see [Summary]), so a Filter may restrict Article and
// Category, or State, Group and Cycle, with Chapter in either case, but
// not fields of both kinds at once.
//
// Filter values are comparable, and the zero Filter selects every need.
type Filter struct {
	// What the needs concern.
	Article  convention.Article // the article of the need's provision
	Chapter  convention.Chapter // the chapter of the need's provision
	Category Category           // the kind of assistance

	// Who identified them.
	State convention.State         // the State
	Group convention.RegionalGroup // the State's regional group
	Cycle review.Cycle             // the review cycle
}

// sides reports whether f restricts what the needs concern, and whether
// it restricts who identified them.
func (f Filter) sides() (what, who bool) {
	return f.Article != 0 || f.Category != 0, f.State.IsValid() || f.Group != 0 || f.Cycle != 0
}

// valid reports whether every non-zero field of f is valid.
func (f Filter) valid() bool {
	return (f.Article == 0 || f.Article.IsValid()) && (f.Chapter == 0 || f.Chapter.IsValid()) &&
		(f.Category == 0 || f.Category.IsValid()) && (f.Group == 0 || f.Group.IsValid()) &&
		(f.Cycle == 0 || f.Cycle.IsValid())
}

// Count returns the number of needs that match f and of the distinct States
// that identified them. It reports false, with the zero Count, if f has an
// invalid non-zero field or restricts both what the needs concern (Article,
// Category) and who identified them (State, Group, Cycle), which a Summary
// does not keep crossed. A Filter whose fields cannot hold together, such
// as an article outside the filter's chapter, matches no need.
func (s *Summary) Count(f Filter) (Count, bool) {
	what, who := f.sides()
	if !f.valid() || what && who {
		return Count{}, false
	}
	if who {
		return s.countWho(f), true
	}
	return s.countWhat(f), true
}

// countWhat counts by article and category.
func (s *Summary) countWhat(f Filter) Count {
	var n Count
	var u stateSet
	for a := range convention.Articles() {
		if f.Article != 0 && a != f.Article || f.Chapter != 0 && a.Chapter() != f.Chapter {
			continue
		}
		for c := range Categories() {
			if f.Category == 0 || c == f.Category {
				n.Needs += s.cells[a][c-1].needs
				u.union(&s.cells[a][c-1].states)
			}
		}
	}
	n.States = u.len()
	return n
}

// countWho counts by State, cycle and chapter.
func (s *Summary) countWho(f Filter) Count {
	var n Count
	if f.State.IsValid() {
		if k := s.stateNeeds(f.State.Index()+1, f); k > 0 {
			n = Count{Needs: k, States: 1}
		}
		return n
	}
	for i := range s.byState {
		if k := s.stateNeeds(i, f); k > 0 {
			n.Needs += k
			n.States++
		}
	}
	return n
}

// stateNeeds returns the needs of the State with index i (Index plus one)
// that match the State, Group, Cycle and Chapter of f.
func (s *Summary) stateNeeds(i int, f Filter) int {
	if f.State.IsValid() || f.Group != 0 {
		st, _ := convention.StateAt(i - 1)
		if f.State.IsValid() && st != f.State || f.Group != 0 && st.Group() != f.Group {
			return 0
		}
	}
	k := 0
	for j, v := range s.byState[i] {
		cy, ch := review.Cycle(j>>chapterBits+1), convention.Chapter(j&(1<<chapterBits-1)+1)
		if (f.Cycle == 0 || cy == f.Cycle) && (f.Chapter == 0 || ch == f.Chapter) {
			k += v
		}
	}
	return k
}

// StatesUnder returns the number of distinct States that identified at
// least one need under any of the articles given: for instance, how many of
// the States with needs in chapter V had needs concerning international
// cooperation (articles 54 to 56 and 59). Invalid articles count nothing.
func (s *Summary) StatesUnder(articles ...convention.Article) int {
	var u stateSet
	for _, a := range articles {
		if a.IsValid() {
			for c := range s.cells[a] {
				u.union(&s.cells[a][c].states)
			}
		}
	}
	return u.len()
}

// chapterBits is the number of bits of a chapter less one; the constant
// after it fails to compile unless the chapters fill them exactly.
const chapterBits = 3

const _ = uint(1<<chapterBits-convention.NumChapters) + uint(convention.NumChapters-1<<chapterBits)

// cycleChapters is the number of columns of byState.
const cycleChapters = review.NumCycles << chapterBits

// cycleChapter returns the column of byState for a cycle and a chapter (0
// for none): the cycle less one, shifted by chapterBits, or'ed with the
// chapter less one. It is cycleChapters or more unless both are valid: a
// zero cycle or chapter wraps around to the top bits, and a cycle past the
// last gives a column past the last.
func cycleChapter(cy review.Cycle, ch uint8) uint {
	return (uint(cy)-1)<<chapterBits | (uint(ch) - 1)
}
