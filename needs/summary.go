package needs

import (
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

// stateWords is the number of 64-bit words a set of States needs.
const stateWords = (convention.NumStates + 63) / 64

// A stateSet is a set of States by Index.
type stateSet [stateWords]uint64

func (s *stateSet) add(i int)      { s[i>>6] |= 1 << (uint(i) & 63) }
func (s *stateSet) has(i int) bool { return s[i>>6]&(1<<(uint(i)&63)) != 0 }

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

// A Summary holds every figure that Tally computes from a batch of needs:
// how many needs and how many distinct States, for the batch as a whole and
// per article, chapter, category, regional group, cycle and State, with the
// cross-tabulations of article by category and group by chapter, the
// distribution of needs per State, and rankings.
//
// A Summary is plain data: arrays of counts and sets of States, with no
// pointers, so two Summaries can be compared with == and a Summary can be
// copied. It is about 70 kB, so its methods take a pointer. The zero Summary
// is the summary of no needs. Summaries of parts of a batch Merge into the
// summary of the whole.
//
// A Summary is safe for concurrent reads; Add and Merge modify it and must
// not run concurrently with other use.
type Summary struct {
	skipped int
	// cells counts needs by article and category.
	cells [convention.NumArticles + 1][NumCategories + 1]int
	// byState counts needs by State (Index), cycle and chapter.
	byState [convention.NumStates][review.NumCycles + 1][convention.NumChapters + 1]int
	// articleStates holds the States with needs under each article.
	articleStates [convention.NumArticles + 1]stateSet
	// categoryStates holds the States with needs of each category, chapter by
	// chapter.
	categoryStates [convention.NumChapters + 1][NumCategories + 1]stateSet
}

// Tally computes the Summary of the needs in seq, in one pass. Needs that
// are not well formed (a zero State, provision, cycle or category, or a
// value out of range) are not counted but tallied by Skipped; Validate
// explains them. Tally counts needs as they are: it does not remove
// duplicates or check that a provision lies in its cycle's chapters.
//
// Memory use does not depend on the number of needs.
func Tally(seq iter.Seq[Need]) *Summary {
	s := new(Summary)
	if seq == nil {
		return s
	}
	chapters := chapterTable()
	// The body is Add's, written out: Add is too large to be inlined, and
	// a call per need would cost a third of the loop. Calling seq directly
	// rather than ranging over it spares the checks that range-over-func
	// adds to every step; the function never stops early, so nothing is
	// lost.
	seq(func(n Need) bool {
		si, a, c, cy := n.State.Index(), n.Provision.Article(), n.Category, n.Cycle
		if uint(si) >= convention.NumStates || uint(a)-1 >= convention.NumArticles ||
			uint(c)-1 >= NumCategories || uint(cy)-1 >= review.NumCycles {
			s.skipped++
			return true
		}
		ch := chapters[a]
		s.cells[a][c]++
		s.byState[si][cy][ch]++
		w, bit := si>>6, uint64(1)<<(uint(si)&63)
		s.articleStates[a][w] |= bit
		s.categoryStates[ch][c][w] |= bit
		return true
	})
	return s
}

// TallySlice is Tally over the needs of a slice.
func TallySlice(needs []Need) *Summary {
	s := new(Summary)
	chapters := chapterTable()
	// The body is Add's, written out, as in Tally.
	for _, n := range needs {
		si, a, c, cy := n.State.Index(), n.Provision.Article(), n.Category, n.Cycle
		if uint(si) >= convention.NumStates || uint(a)-1 >= convention.NumArticles ||
			uint(c)-1 >= NumCategories || uint(cy)-1 >= review.NumCycles {
			s.skipped++
			continue
		}
		ch := chapters[a]
		s.cells[a][c]++
		s.byState[si][cy][ch]++
		w, bit := si>>6, uint64(1)<<(uint(si)&63)
		s.articleStates[a][w] |= bit
		s.categoryStates[ch][c][w] |= bit
	}
	return s
}

// Add counts one more need, as Tally would.
func (s *Summary) Add(n Need) {
	si, a, c, cy := n.State.Index(), n.Provision.Article(), n.Category, n.Cycle
	if uint(si) >= convention.NumStates || uint(a)-1 >= convention.NumArticles ||
		uint(c)-1 >= NumCategories || uint(cy)-1 >= review.NumCycles {
		s.skipped++
		return
	}
	ch := a.Chapter()
	s.cells[a][c]++
	s.byState[si][cy][ch]++
	w, bit := si>>6, uint64(1)<<(uint(si)&63)
	s.articleStates[a][w] |= bit
	s.categoryStates[ch][c][w] |= bit
}

// chapterTable maps articles to chapters. A local copy keeps the hot loops
// to plain array indexing.
func chapterTable() [convention.NumArticles + 1]convention.Chapter {
	var t [convention.NumArticles + 1]convention.Chapter
	for a := range convention.Articles() {
		t[a] = a.Chapter()
	}
	return t
}

// Merge adds the needs summarized by o to s, so that merging the summaries
// of the parts of a batch gives the summary of the whole batch. A nil o adds
// nothing.
func (s *Summary) Merge(o *Summary) {
	if o == nil {
		return
	}
	s.skipped += o.skipped
	for a := range s.cells {
		for c := range s.cells[a] {
			s.cells[a][c] += o.cells[a][c]
		}
		s.articleStates[a].union(&o.articleStates[a])
	}
	for i := range s.byState {
		for cy := range s.byState[i] {
			for ch := range s.byState[i][cy] {
				s.byState[i][cy][ch] += o.byState[i][cy][ch]
			}
		}
	}
	for ch := range s.categoryStates {
		for c := range s.categoryStates[ch] {
			s.categoryStates[ch][c].union(&o.categoryStates[ch][c])
		}
	}
}

// Skipped returns the number of records that Tally did not count because
// they were not well formed.
func (s *Summary) Skipped() int { return s.skipped }

// allStates returns the States with at least one need.
func (s *Summary) allStates() stateSet {
	var u stateSet
	for a := range s.articleStates {
		u.union(&s.articleStates[a])
	}
	return u
}

// Total returns the number of needs counted and of distinct States that
// identified them.
func (s *Summary) Total() Count {
	n := 0
	for a := range s.cells {
		for _, v := range s.cells[a] {
			n += v
		}
	}
	u := s.allStates()
	return Count{Needs: n, States: u.len()}
}

// Article returns the needs under article a, and the number of States that
// identified them. It returns the zero Count for an invalid article.
func (s *Summary) Article(a convention.Article) Count {
	if !a.IsValid() {
		return Count{}
	}
	n := 0
	for _, v := range s.cells[a] {
		n += v
	}
	return Count{Needs: n, States: s.articleStates[a].len()}
}

// Chapter returns the needs under the articles of chapter ch, and the
// number of States that identified them.
func (s *Summary) Chapter(ch convention.Chapter) Count {
	var c Count
	var u stateSet
	for a := range ch.Articles() {
		for _, v := range s.cells[a] {
			c.Needs += v
		}
		u.union(&s.articleStates[a])
	}
	c.States = u.len()
	return c
}

// Category returns the needs for assistance of kind c, and the number of
// States that identified them.
func (s *Summary) Category(c Category) Count {
	if !c.IsValid() {
		return Count{}
	}
	var n Count
	var u stateSet
	for a := range s.cells {
		n.Needs += s.cells[a][c]
	}
	for ch := range s.categoryStates {
		u.union(&s.categoryStates[ch][c])
	}
	n.States = u.len()
	return n
}

// CategoryIn returns the needs for assistance of kind c under the articles
// of chapter ch, and the number of States that identified them.
func (s *Summary) CategoryIn(ch convention.Chapter, c Category) Count {
	if !c.IsValid() || !ch.IsValid() {
		return Count{}
	}
	var n Count
	for a := range ch.Articles() {
		n.Needs += s.cells[a][c]
	}
	n.States = s.categoryStates[ch][c].len()
	return n
}

// ArticleCategory returns the number of needs for assistance of kind c under
// article a: one cell of the cross-tabulation of articles by category.
func (s *Summary) ArticleCategory(a convention.Article, c Category) int {
	if !a.IsValid() || !c.IsValid() {
		return 0
	}
	return s.cells[a][c]
}

// Cycle returns the needs identified in review cycle cy, and the number of
// States that identified them.
func (s *Summary) Cycle(cy review.Cycle) Count {
	if !cy.IsValid() {
		return Count{}
	}
	var c Count
	for i := range s.byState {
		n := 0
		for _, v := range s.byState[i][cy] {
			n += v
		}
		if n > 0 {
			c.Needs += n
			c.States++
		}
	}
	return c
}

// stateNeeds returns the number of needs of the State with index i in
// chapter ch, or in every chapter if ch is 0.
func (s *Summary) stateNeeds(i int, ch convention.Chapter) int {
	n := 0
	for cy := range s.byState[i] {
		if ch == 0 {
			for _, v := range s.byState[i][cy] {
				n += v
			}
		} else {
			n += s.byState[i][cy][ch]
		}
	}
	return n
}

// State returns the needs that State st identified; States is 1 if there
// are any and 0 otherwise.
func (s *Summary) State(st convention.State) Count {
	i := st.Index()
	if i < 0 {
		return Count{}
	}
	n := s.stateNeeds(i, 0)
	if n == 0 {
		return Count{}
	}
	return Count{Needs: n, States: 1}
}

// States returns an iterator over the States that identified at least one
// need, in code order.
func (s *Summary) States() iter.Seq[convention.State] {
	return func(yield func(convention.State) bool) {
		u := s.allStates()
		for i := range convention.NumStates {
			if u.has(i) {
				st, _ := convention.StateAt(i)
				if !yield(st) {
					return
				}
			}
		}
	}
}

// Group returns the needs identified by the States of regional group g, and
// the number of those States. The zero group counts the needs of States and
// other parties outside the five groups, such as the European Union.
func (s *Summary) Group(g convention.RegionalGroup) Count {
	return s.groupChapter(g, 0)
}

// GroupChapter returns the needs that the States of regional group g
// identified under the articles of chapter ch, and the number of those
// States: one cell of the cross-tabulation of groups by chapter. As with
// CategoryIn, an invalid chapter, zero included, counts nothing; Group gives
// the row's total.
func (s *Summary) GroupChapter(g convention.RegionalGroup, ch convention.Chapter) Count {
	if !ch.IsValid() {
		return Count{}
	}
	return s.groupChapter(g, ch)
}

// groupChapter is GroupChapter, with a zero ch counting every chapter.
func (s *Summary) groupChapter(g convention.RegionalGroup, ch convention.Chapter) Count {
	if (g != 0 && !g.IsValid()) || (ch != 0 && !ch.IsValid()) {
		return Count{}
	}
	var c Count
	for i := range s.byState {
		n := s.stateNeeds(i, ch)
		if n == 0 {
			continue
		}
		if st, _ := convention.StateAt(i); st.Group() == g {
			c.Needs += n
			c.States++
		}
	}
	return c
}

// StatesUnder returns the number of distinct States that identified at
// least one need under any of the articles given: for instance, how many of
// the States with needs in chapter V had needs concerning international
// cooperation (articles 54 to 56 and 59).
func (s *Summary) StatesUnder(articles ...convention.Article) int {
	var u stateSet
	for _, a := range articles {
		if a.IsValid() {
			u.union(&s.articleStates[a])
		}
	}
	return u.len()
}
