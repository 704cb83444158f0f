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

// Respectively states a list of counts that pair in order with values:
// Respectively("185 needs and 182 needs", needs44, needs50). The list is
// split at ", ", " and " and ", and "; a trailing "respectively" is dropped.
// Each value is data as for Count. When the values fail as given but pass
// in another order, the hint says so.
func Respectively(list string, values ...any) Claim {
	items := splitList(list)
	return Claim{kind: kindRespectively, name: strconv.Quote(list), lits: items, eval: func(r Rules) []Entry {
		if len(items) != len(values) {
			return []Entry{invalid(kindRespectively, list,
				fmt.Errorf("claim: %d figures stated, %d values given", len(items), len(values)))}
		}
		out := make([]Entry, len(items))
		vals := make([]value, len(items))
		failed := false
		for i, it := range items {
			v, err := valueOf(values[i])
			if err != nil {
				out[i] = invalid(kindRespectively, it, err)
				failed = true
				continue
			}
			vals[i] = v
			out[i] = figureEntry(kindRespectively, r, it, v, "", wantAmount)
			failed = failed || !out[i].Verdict.OK()
		}
		if failed {
			if perm, ok := passingOrder(r, items, vals); ok {
				hint := "passes if the two values are swapped"
				if len(items) > 2 {
					hint = "passes with the values in the order " + strings.Join(perm, ", ")
				}
				for i := range out {
					if !out[i].Verdict.OK() {
						out[i].Hint = joinHint(out[i].Hint, hint)
					}
				}
			}
		}
		return out
	}}
}

func splitList(list string) []string {
	s := strings.TrimSpace(list)
	s = strings.TrimSuffix(s, "respectively")
	s = strings.TrimRight(strings.TrimSpace(s), ",")
	s = strings.ReplaceAll(s, ", and ", ", ")
	s = strings.ReplaceAll(s, " and ", ", ")
	parts := strings.Split(s, ", ")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// passingOrder looks for another order of exact values under which every
// item holds; it tries all orders of up to six values.
func passingOrder(r Rules, items []string, values []value) ([]string, bool) {
	if len(values) > 6 {
		return nil, false
	}
	ivs := make([]Interval, len(items))
	for i, it := range items {
		s, err := r.Parse(it)
		if err != nil || values[i].iv.Lo == nil || !values[i].exact() {
			return nil, false
		}
		ivs[i] = s.Interval()
	}
	idx := make([]int, len(values))
	for i := range idx {
		idx[i] = i
	}
	var try func(k int, used uint) bool
	try = func(k int, used uint) bool {
		if k == len(idx) {
			return !slices.Equal(idx, identity(len(idx)))
		}
		for j := range values {
			if used&(1<<j) != 0 || !ivs[k].Contains(values[j].iv.Lo) {
				continue
			}
			idx[k] = j
			if try(k+1, used|1<<j) {
				return true
			}
		}
		return false
	}
	if !try(0, 0) {
		return nil, false
	}
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = values[j].text()
	}
	return out, true
}

func identity(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}
