package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/uncac-go/uncac/internal/golden"
)

// TestTour holds the tour's whole output to testdata/tour.golden, so that a
// change in any table or in citation parsing shows up as a diff. Run with
// -update to accept a change.
func TestTour(t *testing.T) {
	var out bytes.Buffer
	if err := tour(&out); err != nil {
		t.Fatal(err)
	}
	golden.File(t, filepath.Join("testdata", "tour.golden"), out.Bytes())
}
