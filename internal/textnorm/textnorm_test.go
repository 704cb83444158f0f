package textnorm

import (
	"testing"
	"unicode"
)

func TestTrim(t *testing.T) {
	tests := []struct {
		in, want string
		start    int
	}{
		{"", "", 0},
		{"KEN", "KEN", 0},
		{" KEN\t", "KEN", 1},
		{"\u00a0KEN\u2009", "KEN", 2},
		{"\u202f\u3000USD\u202f", "USD", 6},
		{"\u200bKEN", "\u200bKEN", 0}, // zero-width space is not space
		{"K E N", "K E N", 0},
		{"\xffKEN ", "\xffKEN", 0},
	}
	for _, tt := range tests {
		got, start := Trim(tt.in)
		if got != tt.want || start != tt.start {
			t.Errorf("Trim(%q) = %q, %d, want %q, %d", tt.in, got, start, tt.want, tt.start)
		}
	}
}

func TestIsSpaceAgreesWithUnicode(t *testing.T) {
	for r := rune(0); r <= 0x3000; r++ {
		if IsSpace(r) != unicode.IsSpace(r) {
			t.Errorf("IsSpace(%U) = %v, want %v", r, IsSpace(r), unicode.IsSpace(r))
		}
	}
}

func TestFold(t *testing.T) {
	if !EqualFold("Article", "aRTICLE") || EqualFold("art", "arts") || EqualFold("\u212a", "k") {
		t.Error("EqualFold folds other than ASCII case")
	}
	if !HasPrefixFold("Para. 3", "para") || HasPrefixFold("pa", "para") {
		t.Error("HasPrefixFold")
	}
	if Upper('a') != 'A' || Upper('1') != '1' || Lower('Z') != 'z' {
		t.Error("Upper/Lower")
	}
}

func TestAppendKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Côte\u00a0 d'Ivoire ", "côte d'ivoire"},
		{"UNITED\tSTATES", "united states"},
		{"", ""},
	}
	for _, tt := range tests {
		var buf [64]byte
		if got := string(AppendKey(buf[:0], tt.in)); got != tt.want {
			t.Errorf("AppendKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	m := map[string]int{"united states": 1}
	allocs := testing.AllocsPerRun(100, func() {
		var buf [64]byte
		_ = m[string(AppendKey(buf[:0], "United  States"))]
	})
	if allocs != 0 {
		t.Errorf("AppendKey and lookup allocate %v times", allocs)
	}
}
