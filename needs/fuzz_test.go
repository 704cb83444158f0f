package needs_test

import (
	"errors"
	"testing"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/review"
)

func FuzzParseCategory(f *testing.F) {
	for c := range needs.Categories() {
		f.Add(c.String())
	}
	for _, s := range []string{"", "good practices", "on-site expert", "Policy_making", "capacity  building", "\u00a0other", "x", "capacity\u2011building"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := needs.ParseCategory(s)
		if err != nil {
			if c != 0 || !errors.Is(err, convention.ErrUnknown) && !errors.Is(err, convention.ErrRange) {
				t.Errorf("ParseCategory(%q) = %v, %v, want 0 and ErrUnknown or ErrRange", s, c, err)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseCategory(%q) = %v, not valid", s, c)
		}
		text, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back needs.Category
		if err := back.UnmarshalText(text); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", text, back, err, c)
		}
	})
}

func FuzzParseOutcome(f *testing.F) {
	for o := range needs.Outcomes() {
		f.Add(o.String())
	}
	f.Add("LAW_ADOPTED")
	f.Add("law passed")
	f.Fuzz(func(t *testing.T, s string) {
		o, err := needs.ParseOutcome(s)
		if err != nil {
			if o != 0 || !errors.Is(err, convention.ErrUnknown) && !errors.Is(err, convention.ErrRange) {
				t.Errorf("ParseOutcome(%q) = %v, %v, want 0 and ErrUnknown or ErrRange", s, o, err)
			}
			return
		}
		if !o.IsValid() {
			t.Fatalf("ParseOutcome(%q) = %v, not valid", s, o)
		}
		text, err := o.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back needs.Outcome
		if err := back.UnmarshalText(text); err != nil || back != o {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", text, back, err, o)
		}
	})
}

// FuzzTallyMerge builds needs from arbitrary bytes, valid or not, and
// checks that Tally never panics, that both forms agree and that a split
// merges to the whole.
func FuzzTallyMerge(f *testing.F) {
	f.Add([]byte{1, 46, 1, 1, 2, 44, 1, 6, 0, 0, 0, 0}, uint8(1))
	f.Add([]byte{255, 255, 255, 255, 249, 50, 2, 12}, uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, split uint8) {
		var ns []needs.Need
		for i := 0; i+4 <= len(data); i += 4 {
			st, _ := convention.StateAt(int(data[i]))
			a := convention.Article(data[i+1])
			ns = append(ns, needs.Need{State: st, Provision: a.Ref(), Cycle: review.Cycle(data[i+2]), Category: needs.Category(data[i+3])})
		}
		k := int(split) % (len(ns) + 1)
		whole := needs.TallySlice(ns)
		if *needs.Tally(opaque(ns)) != *whole {
			t.Error("Tally and TallySlice differ")
		}
		if merged := needs.TallySlice(ns[:k]).Merge(needs.TallySlice(ns[k:])); *merged != *whole {
			t.Errorf("merge of a split at %d differs from the whole", k)
		}
		if got := whole.Total().Needs + whole.Skipped(); got != len(ns) {
			t.Errorf("Total().Needs + Skipped() = %d, want %d", got, len(ns))
		}
		_ = needs.Validate(ns)
	})
}
