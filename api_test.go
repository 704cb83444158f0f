package uncac_test

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/uncac-go/uncac/internal/apilist"
)

var update = flag.Bool("update", false, "rewrite api.txt from the code")

// TestAPI compares the exported API of every package with api.txt, as the Go
// project's cmd/api does with api/go1.*.txt, so that every change to the API
// is a visible diff of that file. Run it with -update to rewrite the file.
func TestAPI(t *testing.T) {
	lines, err := apilist.List(".")
	if err != nil {
		t.Fatal(err)
	}
	// The module's promise (issue 10): at most 600 exported identifiers
	// (types, funcs, methods, consts, vars; struct fields and interface
	// methods, listed too, are not counted), so that every addition has to
	// earn its place.
	const maxIdentifiers = 600
	n := 0
	for _, l := range lines {
		if !l.Field {
			n++
		}
	}
	if n > maxIdentifiers {
		t.Errorf("the module exports %d identifiers, more than %d", n, maxIdentifiers)
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.String())
		b.WriteByte('\n')
	}
	got := b.String()
	if *update {
		if err := os.WriteFile("api.txt", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile("api.txt")
	if err != nil {
		t.Fatalf("%v: run go test -run TestAPI -update . to write it", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("the API differs from api.txt (-api.txt +code); if the change is meant, run go test -run TestAPI -update . and commit api.txt:\n%s", diff)
	}
}
