package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/uncac-go/uncac/claim"
	"github.com/uncac-go/uncac/internal/golden"
)

// TestReproduce holds the program's whole output for seed 1 to
// testdata/seed1.golden. Run with -update to accept a change.
func TestReproduce(t *testing.T) {
	var out bytes.Buffer
	report := reproduce(&out, 1)
	if !report.OK() {
		t.Errorf("the report's figures do not all hold:\n%s", out.String())
	}
	golden.File(t, filepath.Join("testdata", "seed1.golden"), out.Bytes())
}

// TestEverySeedReproduces checks that the published figures hold in other
// synthetic worlds too, so that the program checks data, not one lucky
// draw.
func TestEverySeedReproduces(t *testing.T) {
	for seed := uint64(2); seed <= 6; seed++ {
		var out bytes.Buffer
		if report := reproduce(&out, seed); !report.OK() {
			t.Errorf("seed %d: the report's figures do not all hold:\n%s", seed, out.String())
		}
	}
}

// TestWrongFigureFails changes one computed figure and checks that the
// report catches it and says by how much.
func TestWrongFigureFails(t *testing.T) {
	f, err := compute(1)
	if err != nil {
		t.Fatal(err)
	}
	f.newWithNeeds = 3
	report := claim.Check(claims(f)...)
	if report.OK() {
		t.Fatal("a wrong count of reviews with needs went unnoticed")
	}
	if got := report.Count(claim.Fails); got == 0 {
		t.Errorf("report counts %d failures:\n%s", got, report)
	}
}
