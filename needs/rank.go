package needs

import (
	"cmp"
	"errors"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/uncac-go/uncac/convention"
)

// A Measure is what a ranking orders by. The zero Measure is invalid; the
// ranking methods of Summary rank by needs when given an invalid Measure.
type Measure uint8

// The measures.
const (
	ByNeeds  Measure = 1 + iota // the number of needs
	ByStates                    // the number of distinct States
)

// ErrUnknownMeasure reports text that names no Measure.
var ErrUnknownMeasure = errors.New("unknown measure")

// IsValid reports whether m is ByNeeds or ByStates.
func (m Measure) IsValid() bool { return m == ByNeeds || m == ByStates }

// String returns "needs" or "States". Other values print as "%!Measure(n)".
func (m Measure) String() string {
	switch m {
	case ByNeeds:
		return "needs"
	case ByStates:
		return "States"
	}
	return "%!Measure(" + strconv.Itoa(int(m)) + ")"
}

// ParseMeasure parses "needs" or "States", in any case and ignoring
// surrounding space. Anything else is a *ParseError wrapping
// ErrUnknownMeasure.
func ParseMeasure(s string) (Measure, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "needs":
		return ByNeeds, nil
	case "states":
		return ByStates, nil
	}
	return 0, &ParseError{What: "measure", Input: s, Err: ErrUnknownMeasure}
}

// AppendText implements encoding.TextAppender, appending "needs" or
// "States". The zero Measure appends nothing; other invalid values are an
// error.
func (m Measure) AppendText(b []byte) ([]byte, error) {
	if m == 0 {
		return b, nil
	}
	if !m.IsValid() {
		return b, &ParseError{What: "measure", Input: m.String(), Err: ErrUnknownMeasure}
	}
	return append(b, m.String()...), nil
}

// MarshalText implements encoding.TextMarshaler: "needs" or "States". The
// zero Measure marshals as empty text; other invalid values are an error.
func (m Measure) MarshalText() ([]byte, error) { return m.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseMeasure accepts. Empty text gives the zero Measure.
func (m *Measure) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*m = 0
		return nil
	}
	v, err := ParseMeasure(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

func (m Measure) of(c Count) int {
	if m == ByStates {
		return c.States
	}
	return c.Needs
}

// A Ranked is one entry of a Ranking: a key (an article, a chapter, a
// category or a State), its count, and its rank.
type Ranked[K comparable] struct {
	Key   K
	Count Count
	// Rank is the competition rank: one more than the number of keys
	// that rank strictly above this one, so ties share a rank and the
	// next rank is skipped (1, 2, 2, 4).
	Rank int
}

// A Ranking lists keys from the highest count to the lowest by one
// Measure, with competition ranks. Keys tied on the measure are listed in
// their natural order (article number, chapter, the order of the
// checklist, State code), so every ranking of the same data is listed in
// the same order. Keys with no needs are left out.
type Ranking[K comparable] []Ranked[K]

// rank sorts entries by m, highest first, ties in key order, drops those
// with no needs, and assigns competition ranks.
func rank[K comparable](entries []Ranked[K], m Measure, keyCmp func(a, b K) int) Ranking[K] {
	if m != ByStates {
		m = ByNeeds
	}
	entries = slices.DeleteFunc(entries, func(e Ranked[K]) bool { return e.Count.Needs == 0 })
	slices.SortStableFunc(entries, func(a, b Ranked[K]) int {
		if c := cmp.Compare(m.of(b.Count), m.of(a.Count)); c != 0 {
			return c
		}
		return keyCmp(a.Key, b.Key)
	})
	for i := range entries {
		if i > 0 && m.of(entries[i].Count) == m.of(entries[i-1].Count) {
			entries[i].Rank = entries[i-1].Rank
		} else {
			entries[i].Rank = i + 1
		}
	}
	if len(entries) == 0 {
		return nil
	}
	return entries
}

// Top returns the first k entries and every further entry tied with the
// k-th, so Top(3) of ranks 1, 2, 3, 3, 5 has four entries. It returns the
// whole ranking if it has k entries or fewer, and nil if k < 1. The result
// shares r's backing array.
func (r Ranking[K]) Top(k int) Ranking[K] {
	if k < 1 {
		return nil
	}
	if k >= len(r) {
		return r
	}
	last := r[k-1].Rank
	n := k
	for n < len(r) && r[n].Rank == last {
		n++
	}
	return r[:n:n]
}

// Rank returns the rank of key and true, or 0 and false if key is not in
// the ranking.
func (r Ranking[K]) Rank(key K) (int, bool) {
	for _, e := range r {
		if e.Key == key {
			return e.Rank, true
		}
	}
	return 0, false
}

// Keys returns an iterator over the keys in ranking order.
func (r Ranking[K]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for _, e := range r {
			if !yield(e.Key) {
				return
			}
		}
	}
}

// SameTop reports whether r and o agree on their top k: the same keys, in
// the same order, with the same ranks. Counts may differ. Entries tied with
// the k-th count, as in Top.
func (r Ranking[K]) SameTop(o Ranking[K], k int) bool {
	a, b := r.Top(k), o.Top(k)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Key != b[i].Key || a[i].Rank != b[i].Rank {
			return false
		}
	}
	return true
}

// RankArticles ranks the articles by m.
func (s *Summary) RankArticles(m Measure) Ranking[convention.Article] {
	return s.rankArticles(convention.Articles(), m)
}

// RankArticlesIn ranks the articles of chapter ch by m, as a report does
// when it says which article of chapter IV drew the most needs.
func (s *Summary) RankArticlesIn(ch convention.Chapter, m Measure) Ranking[convention.Article] {
	return s.rankArticles(ch.Articles(), m)
}

func (s *Summary) rankArticles(arts iter.Seq[convention.Article], m Measure) Ranking[convention.Article] {
	var e []Ranked[convention.Article]
	for a := range arts {
		e = append(e, Ranked[convention.Article]{Key: a, Count: s.Article(a)})
	}
	return rank(e, m, convention.Article.Compare)
}

// RankChapters ranks the chapters by m.
func (s *Summary) RankChapters(m Measure) Ranking[convention.Chapter] {
	var e []Ranked[convention.Chapter]
	for ch := range convention.Chapters() {
		e = append(e, Ranked[convention.Chapter]{Key: ch, Count: s.Chapter(ch)})
	}
	return rank(e, m, convention.Chapter.Compare)
}

// RankCategories ranks the categories of assistance by m.
func (s *Summary) RankCategories(m Measure) Ranking[Category] {
	var e []Ranked[Category]
	for c := range Categories() {
		e = append(e, Ranked[Category]{Key: c, Count: s.Category(c)})
	}
	return rank(e, m, Category.Compare)
}

// RankCategoriesIn ranks the categories of assistance by m among the needs
// under the articles of chapter ch.
func (s *Summary) RankCategoriesIn(ch convention.Chapter, m Measure) Ranking[Category] {
	var e []Ranked[Category]
	for c := range Categories() {
		e = append(e, Ranked[Category]{Key: c, Count: s.CategoryIn(ch, c)})
	}
	return rank(e, m, Category.Compare)
}

// RankStates ranks the States by their number of needs. (Each State counts
// as one State, so ranking by ByStates ties them all.)
func (s *Summary) RankStates(m Measure) Ranking[convention.State] {
	var e []Ranked[convention.State]
	for i := range s.byState {
		if n := s.stateNeeds(i, 0); n > 0 {
			st, _ := convention.StateAt(i)
			e = append(e, Ranked[convention.State]{Key: st, Count: Count{Needs: n, States: 1}})
		}
	}
	return rank(e, m, convention.State.Compare)
}
