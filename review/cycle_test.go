package review

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/uncac-go/uncac/convention"
)

func TestCycleCoverage(t *testing.T) {
	tests := []struct {
		c        Cycle
		chapters []convention.Chapter
		articles int
	}{
		{First, []convention.Chapter{3, 4}, 28 + 8},
		{Second, []convention.Chapter{2, 5}, 10 + 9},
	}
	for _, tt := range tests {
		t.Run(tt.c.String(), func(t *testing.T) {
			if diff := cmp.Diff(tt.chapters, slices.Collect(tt.c.Chapters())); diff != "" {
				t.Errorf("%v.Chapters() (-want +got):\n%s", tt.c, diff)
			}
			if got := len(slices.Collect(tt.c.Articles())); got != tt.articles {
				t.Errorf("%v.Articles() has %d, want %d", tt.c, got, tt.articles)
			}
		})
	}
	covers := []struct {
		ref  string
		want Cycle
	}{
		{"art. 46(9)(b)", First}, {"art. 15", First}, {"art. 5(1)", Second},
		{"art. 57(3)(a)", Second}, {"art. 2(a)", 0}, {"art. 60(1)", 0}, {"art. 71", 0},
	}
	for _, tt := range covers {
		r := convention.MustParseRef(tt.ref)
		for c := range Cycles() {
			if got := c.Covers(r); got != (c == tt.want) {
				t.Errorf("%v.Covers(%v) = %v", c, r, got)
			}
		}
		if got, ok := CycleOf(r.Chapter()); got != tt.want || ok != (tt.want != 0) {
			t.Errorf("CycleOf(%v) = %v, %v; want %v", r.Chapter(), got, ok, tt.want)
		}
	}
	if Cycle(0).Covers(convention.MustParseRef("art. 15")) || Cycle(9).CoversChapter(3) {
		t.Error("an invalid cycle covers something")
	}
}

func TestParseCycle(t *testing.T) {
	for in, want := range map[string]Cycle{
		"first": First, "First cycle": First, "first review cycle": First, "1": First, "I": First,
		"cycle 1": First, "the second cycle": Second, " SECOND ": Second, "2": Second, "ii": Second,
	} {
		got, err := ParseCycle(in)
		if err != nil || got != want {
			t.Errorf("ParseCycle(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "third", "0", "cycle", "firstly"} {
		if got, err := ParseCycle(in); !errors.Is(err, ErrUnknownCycle) {
			t.Errorf("ParseCycle(%q) = %v, %v; want ErrUnknownCycle", in, got, err)
		}
	}
}

func TestCycleText(t *testing.T) {
	for c := range Cycles() {
		b, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Cycle
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, c)
		}
	}
	if got := Cycle(7).String(); got != "%!Cycle(7)" {
		t.Errorf("Cycle(7).String() = %q", got)
	}
	if _, err := Cycle(7).MarshalText(); err == nil {
		t.Error("Cycle(7).MarshalText() succeeded")
	}
	if b, err := Cycle(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Cycle(0).MarshalText() = %q, %v", b, err)
	}
}
