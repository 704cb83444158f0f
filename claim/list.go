package claim

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

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
