package claim

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Top states that keys are the leaders of a ranking by count, in any order
// among themselves: Top("article 46", []Article{46}, needsByArticle) for "the
// article for which the most needs had been identified was article 46", or
// three keys for "continued to pertain to A, B and C". Rules.StrictTies
// says whether an unnamed key tied with the last leader is accepted.
//
// The keys may be of any comparable type, such as convention.State or
// needs.Category. The report labels a key by its String method (or as
// fmt prints it), and keys with equal counts are listed in the order of the
// key's own Compare method (a method Compare(K) int), else in the natural
// order of a key whose type is an integer, float or string type, else in
// the order of their labels; a caller wanting other labels or another
// order wraps the key in a type of its own with these methods.
func Top[K comparable](stated string, keys []K, counts map[K]int) Claim {
	return ranked(kindTop, stated, keys, counts, false)
}

// Order states that keys lead a ranking by count in the order given:
// Order("article 46 … followed by article 44 and article 50", []Article{46,
// 44, 50}, needsByArticle). Tied keys may come in either order unless
// Rules.StrictTies is set. Keys are labelled and ordered as for Top.
func Order[K comparable](stated string, keys []K, counts map[K]int) Claim {
	return ranked(kindOrder, stated, keys, counts, true)
}

// keyOrder returns the order of keys with equal counts: the key's Compare
// method, else the natural order of a basic ordered type, else the order
// of the labels.
func keyOrder[K comparable]() func(a, b K) int {
	var zero K
	if _, ok := any(zero).(interface{ Compare(K) int }); ok {
		return func(a, b K) int { return any(a).(interface{ Compare(K) int }).Compare(b) }
	}
	t := reflect.TypeOf(zero)
	if t == nil { // an interface type: order by label
		return func(a, b K) int { return cmp.Compare(label(a), label(b)) }
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(a, b K) int { return cmp.Compare(reflect.ValueOf(a).Int(), reflect.ValueOf(b).Int()) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(a, b K) int { return cmp.Compare(reflect.ValueOf(a).Uint(), reflect.ValueOf(b).Uint()) }
	case reflect.Float32, reflect.Float64:
		return func(a, b K) int { return cmp.Compare(reflect.ValueOf(a).Float(), reflect.ValueOf(b).Float()) }
	case reflect.String:
		return func(a, b K) int { return cmp.Compare(reflect.ValueOf(a).String(), reflect.ValueOf(b).String()) }
	}
	return func(a, b K) int { return cmp.Compare(label(a), label(b)) }
}

// label is how the report names a key: its String method, or as fmt prints
// it.
func label[K comparable](k K) string {
	if s, ok := any(k).(fmt.Stringer); ok {
		return s.String()
	}
	return fmt.Sprint(k)
}

func ranked[K comparable](kind string, stated string, keys []K, counts map[K]int, ordered bool) Claim {
	// Snapshot the inputs so that later changes by the caller do not
	// change the claim.
	keys, counts = slices.Clone(keys), maps.Clone(counts)
	type kv struct {
		k K
		n int
	}
	all := make([]kv, 0, len(counts))
	for k, n := range counts {
		all = append(all, kv{k, n})
	}
	byKey := keyOrder[K]()
	slices.SortFunc(all, func(a, b kv) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return byKey(a.k, b.k)
	})
	return Claim{kind: kind, name: strconv.Quote(stated), lits: []string{stated}, eval: func(r Rules) []Entry {
		sep := ", "
		if ordered {
			sep = " > "
		}
		names := make([]string, len(keys))
		for i, k := range keys {
			names[i] = label(k)
		}
		e := Entry{Kind: kind, Literal: stated, Allowed: strings.Join(names, sep), Verdict: Holds}
		if ordered {
			e.Allowed = "in order " + e.Allowed
		} else {
			e.Allowed = "top " + strconv.Itoa(len(keys)) + ": " + e.Allowed
		}
		show := all[:min(len(all), len(keys)+1)]
		vals := make([]string, len(show))
		for i, x := range show {
			vals[i] = label(x.k) + " (" + itoaGrouped(x.n) + ")"
		}
		e.Value = strings.Join(vals, ", ")
		if len(keys) == 0 {
			e.Verdict, e.Err = Invalid, errors.New("claim: no keys stated")
			return []Entry{e}
		}
		strict := r.StrictTies
		var hints []string
		named := make(map[K]bool, len(keys))
		floor, found := 0, false
		for i, k := range keys {
			n, ok := counts[k]
			if !ok {
				e.Verdict = Fails
				hints = append(hints, "no data for "+label(k))
				continue
			}
			if named[k] {
				e.Verdict, e.Err = Invalid, fmt.Errorf("claim: %s stated twice", label(k))
				return []Entry{e}
			}
			named[k] = true
			if !found || n < floor {
				floor, found = n, true
			}
			if ordered && i > 0 {
				if prev, ok := counts[keys[i-1]]; ok {
					switch {
					case n > prev:
						e.Verdict = Fails
						hints = append(hints, fmt.Sprintf("%s (%s) ranks above %s (%s)", label(k), itoaGrouped(n), label(keys[i-1]), itoaGrouped(prev)))
					case n == prev:
						if strict {
							e.Verdict = Fails
						}
						hints = append(hints, fmt.Sprintf("%s and %s tie at %s", label(keys[i-1]), label(k), itoaGrouped(n)))
					}
				}
			}
		}
		for _, x := range all {
			if named[x.k] || !found {
				continue
			}
			switch {
			case x.n > floor:
				e.Verdict = Fails
				hints = append(hints, fmt.Sprintf("%s (%s) is not named but ranks above", label(x.k), itoaGrouped(x.n)))
			case x.n == floor:
				if strict {
					e.Verdict = Fails
				}
				hints = append(hints, fmt.Sprintf("%s ties with the last named at %s", label(x.k), itoaGrouped(x.n)))
			}
		}
		e.Hint = strings.Join(hints, "; ")
		return []Entry{e}
	}}
}
