package needs_test

import (
	"errors"
	"testing"
	"unsafe"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/review"
)

type problem struct {
	index int
	field string
	kind  error
}

func problemsOf(t *testing.T, err error) []problem {
	t.Helper()
	if err == nil {
		return nil
	}
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("error %v does not unwrap to a list", err)
	}
	var out []problem
	for _, e := range joined.Unwrap() {
		re, ok := errors.AsType[*convention.ValidationError](e)
		if !ok {
			t.Fatalf("error %v is not a *ValidationError", e)
		}
		var kind error
		for _, k := range []error{convention.ErrMissing, convention.ErrInvalid, convention.ErrNotParty, needs.ErrOutsideCycle, convention.ErrDuplicate, needs.ErrPeriod} {
			if errors.Is(re, k) {
				kind = k
			}
		}
		out = append(out, problem{re.Index, re.Field, kind})
	}
	return out
}

func TestValidate(t *testing.T) {
	ken := convention.MustParseState("KEN")
	art46 := convention.MustParseRef("art. 46(9)(b)")
	good := needs.Need{State: ken, Provision: art46, Cycle: review.First, Category: needs.LegalAdvice}
	with := func(f func(*needs.Need)) needs.Need { n := good; f(&n); return n }
	tests := []struct {
		name   string
		batch  []needs.Need
		unique bool
		want   []problem
	}{
		{"sound", []needs.Need{good}, false, nil},
		{"empty", nil, true, nil},
		{"zero need", []needs.Need{{}}, false, []problem{
			{0, "State", convention.ErrMissing}, {0, "Provision", convention.ErrMissing},
			{0, "Cycle", convention.ErrMissing}, {0, "Category", convention.ErrMissing},
		}},
		{"not a party", []needs.Need{good, with(func(n *needs.Need) { n.State = convention.MustParseState("JEY") })}, false,
			[]problem{{1, "State", convention.ErrNotParty}}},
		{"outside cycle", []needs.Need{with(func(n *needs.Need) { n.Cycle = review.Second })}, false,
			[]problem{{0, "Provision", needs.ErrOutsideCycle}}},
		{"out of range", []needs.Need{with(func(n *needs.Need) { n.Cycle = 7; n.Category = 40 })}, false,
			[]problem{{0, "Cycle", convention.ErrInvalid}, {0, "Category", convention.ErrInvalid}}},
		{"every fault of one record", []needs.Need{{State: convention.MustParseState("JEY"), Provision: convention.MustParseRef("art. 52"), Cycle: review.First, Category: 13}}, false,
			[]problem{{0, "State", convention.ErrNotParty}, {0, "Provision", needs.ErrOutsideCycle}, {0, "Category", convention.ErrInvalid}}},
		{"duplicates allowed", []needs.Need{good, good}, false, nil},
		{"duplicates reported", []needs.Need{good, with(func(n *needs.Need) { n.Category = needs.Other }), good, good}, true,
			[]problem{{2, "", convention.ErrDuplicate}, {3, "", convention.ErrDuplicate}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.unique {
				err = needs.ValidateUnique(tt.batch)
			} else {
				err = needs.Validate(tt.batch)
			}
			got := problemsOf(t, err)
			if len(got) != len(tt.want) {
				t.Fatalf("Validate = %v, want problems %v", err, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("problem %d = %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
	err := needs.ValidateUnique([]needs.Need{good, good})
	var re *convention.ValidationError
	if !errors.As(err, &re) || re.Index != 1 {
		t.Errorf("duplicate error = %v, want record 1", err)
	}
	if got, want := re.Error(), "record 1: duplicate of record 0"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if _, ok := errors.AsType[convention.ValidationErrors](err); !ok {
		t.Errorf("ValidateUnique error %T is not a convention.ValidationErrors", err)
	}
}

func TestNeedMethods(t *testing.T) {
	n := needs.Need{State: convention.MustParseState("KEN"), Provision: convention.MustParseRef("art. 46(9)(b)"), Cycle: review.First, Category: needs.LegislativeDrafting}
	if got, want := n.String(), "KEN first cycle art. 46(9)(b): legislative drafting"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := n.Review(); got != (review.ID{State: convention.MustParseState("KEN"), Cycle: review.First}) {
		t.Errorf("Review() = %v", got)
	}
	if !n.IsValid() {
		t.Errorf("IsValid() = false for %v", n)
	}
	m := n
	m.Cycle = review.Second
	if m.IsValid() || (needs.Need{}).IsValid() {
		t.Error("IsValid accepts a need outside its cycle or the zero Need")
	}
	if n.Compare(m) != -1 || m.Compare(n) != 1 || n.Compare(n) != 0 {
		t.Error("Compare does not order by cycle after State")
	}
}

func TestNeedIsCompact(t *testing.T) {
	if got := unsafe.Sizeof(needs.Need{}); got > 8 {
		t.Errorf("unsafe.Sizeof(Need{}) = %d, want at most 8", got)
	}
	// Needs are comparable and usable as map keys.
	m := map[needs.Need]int{{}: 1}
	if m[needs.Need{}] != 1 {
		t.Error("Need is not a usable map key")
	}
}
