package claim

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want []string
	}{
		{"fits", "stated 118, data 117", 40, []string{"stated 118, data 117"}},
		{"breaks at spaces", "aa bb cc dd", 5, []string{"aa bb", "cc dd"}},
		{"long word alone", "a " + strings.Repeat("x", 8) + " b", 5, []string{"a", strings.Repeat("x", 8), "b"}},
		{"runes not bytes", "≥ ≥ ≥ ≥", 3, []string{"≥ ≥", "≥ ≥"}},
		{"empty", "", 5, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, wrap(tt.in, tt.n)); diff != "" {
				t.Errorf("wrap(%q, %d) mismatch (-want +got):\n%s", tt.in, tt.n, diff)
			}
		})
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{`"118 States"`, 30, `"118 States"`},
		{`"the overall substantive analysis remained unchanged"`, 12, `"the overal…`},
		{"€€€€", 3, "€€…"},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
