package claim

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSpans(t *testing.T) {
	text := "of which two had identified needs; two States and 12 of 120, two States"
	tests := []struct {
		name   string
		claims []Claim
		want   [][2]int
	}{
		{"first occurrence", []Claim{Count("two", 2)}, [][2]int{{9, 12}}},
		{"a repeated literal takes the next occurrence", []Claim{Count("two States", 2), Count("two States", 2)}, [][2]int{{35, 45}, {61, 71}}},
		{"a literal used more often than printed reuses the first", []Claim{Count("two States", 2), Count("two States", 2), Count("two States", 2)},
			[][2]int{{35, 45}, {61, 71}, {35, 45}}},
		{"whole numbers only", []Claim{Count("12", 12)}, [][2]int{{50, 52}}},
		{"not inside a longer number", []Claim{Count("20", 20)}, nil},
		{"absent", []Claim{Count("3,680", 3680)}, nil},
		{"every literal of a claim", []Claim{Share("12", "120", 12, 120)}, [][2]int{{50, 52}, {56, 59}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, spans(text, tt.claims)); diff != "" {
				t.Errorf("spans mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUncovered(t *testing.T) {
	figs := []Figure{{Start: 9, End: 12, Text: "two"}, {Start: 35, End: 38, Text: "two"}, {Start: 50, End: 52, Text: "12"}}
	got := uncovered(figs, [][2]int{{35, 45}, {0, 10}})
	want := []Figure{{Start: 9, End: 12, Text: "two"}, {Start: 50, End: 52, Text: "12"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("uncovered mismatch (-want +got):\n%s", diff)
	}
}
