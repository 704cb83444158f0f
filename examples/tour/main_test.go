package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden output")

// TestTour holds the tour's whole output to testdata/tour.golden, so that a
// change in any table or in citation parsing shows up as a diff. Run with
// -update to accept a change.
func TestTour(t *testing.T) {
	var out bytes.Buffer
	if err := tour(&out); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "tour.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, out.Bytes()) {
		t.Errorf("tour output differs from %s (run go test -update ./examples/tour to accept):\n%s", golden, out.String())
	}
}
