package needs

import (
	"cmp"
	"iter"
	"slices"

	"github.com/uncac-go/uncac/convention"
)

// A Ranked is one entry of a [Ranking]: a key (an article, a category or a
// State), its count, and its rank.
type Ranked[K comparable] struct {
	Key   K
	Count Count
	// Rank is the competition rank: one more than the number of keys
	// that rank strictly above this one, so ties share a rank and the
	// next rank is skipped (1, 2, 2, 4).
	Rank int
}

// A Ranking lists keys from the most needs to the fewest, with competition
// ranks. Keys with as many needs are listed in their natural order (article
// number, the order of the checklist, State code), so every ranking of the
// same data is listed in the same order. Keys with no needs are left out.
type Ranking[K comparable] []Ranked[K]

// rank sorts entries by needs, most first, ties in key order, drops those
// with no needs, and assigns competition ranks.
func rank[K comparable](entries []Ranked[K], keyCmp func(a, b K) int) Ranking[K] {
	entries = slices.DeleteFunc(entries, func(e Ranked[K]) bool { return e.Count.Needs == 0 })
	slices.SortStableFunc(entries, func(a, b Ranked[K]) int {
		if c := cmp.Compare(b.Count.Needs, a.Count.Needs); c != 0 {
			return c
		}
		return keyCmp(a.Key, b.Key)
	})
	for i := range entries {
		if i > 0 && entries[i].Count.Needs == entries[i-1].Count.Needs {
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

// RankArticles ranks the articles by the needs under each that match f,
// as a report does when it says which article of chapter IV drew the most
// needs: RankArticles(Filter{Chapter: convention.InternationalCooperation}).
// Each entry's Count is [Summary.Count] of f with its Article set to the
// entry's key, so f must not restrict who identified the needs; for such an
// f, or an invalid one, the ranking is nil.
func (s *Summary) RankArticles(f Filter) Ranking[convention.Article] {
	return rankBy(s, f, convention.Articles(), func(f *Filter, a convention.Article) { f.Article = a }, convention.Article.Compare)
}

// RankCategories ranks the categories of assistance by the needs of each
// that match f, as [Summary.RankArticles] ranks articles, with f's
// Category set to each category in turn.
func (s *Summary) RankCategories(f Filter) Ranking[Category] {
	return rankBy(s, f, Categories(), func(f *Filter, c Category) { f.Category = c }, Category.Compare)
}

// RankStates ranks the States by the needs of each that match f, with f's
// State set to each State in turn; each entry's Count.States is 1. So f
// must not restrict what the needs concern (Article, Category); for such an
// f, or an invalid one, the ranking is nil.
func (s *Summary) RankStates(f Filter) Ranking[convention.State] {
	return rankBy(s, f, convention.States(), func(f *Filter, st convention.State) { f.State = st }, convention.State.Compare)
}

// rankBy ranks keys by the Count of f with each key set in it by set.
func rankBy[K comparable](s *Summary, f Filter, keys iter.Seq[K], set func(*Filter, K), keyCmp func(a, b K) int) Ranking[K] {
	var e []Ranked[K]
	for k := range keys {
		g := f
		set(&g, k)
		c, ok := s.Count(g)
		if !ok {
			return nil
		}
		if c.Needs > 0 {
			e = append(e, Ranked[K]{Key: k, Count: c})
		}
	}
	return rank(e, keyCmp)
}
