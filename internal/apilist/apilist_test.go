package apilist

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestList(t *testing.T) {
	lines, err := List("testdata/src")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	fields := 0
	for _, l := range lines {
		got = append(got, l.String())
		if l.Field {
			fields++
		}
	}
	want := []string{
		"pkg p, const One E",
		"pkg p, const Two E",
		"pkg p, func F(int, int, ...string) (int, error)",
		"pkg p, func Pick[K comparable](map[K]int) K",
		"pkg p, method (*T) Method(E) bool",
		"pkg p, type Alias = T",
		"pkg p, type E uint8",
		"pkg p, type G[K comparable, V any] map[K]V",
		"pkg p, type I interface",
		"pkg p, type I interface, M(int) (string, error)",
		"pkg p, type T struct",
		"pkg p, type T struct, A int",
		"pkg p, type T struct, B []byte",
		"pkg p, type T struct, C []byte",
		"pkg p, type T struct, Nested struct{ X int }",
		"pkg p, var ErrX error",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
	if fields != 5 {
		t.Errorf("%d lines are fields or interface methods, want 5", fields)
	}
}
