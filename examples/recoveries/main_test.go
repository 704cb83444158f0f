package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/uncac-go/uncac/internal/golden"
)

// TestOutput holds the program's whole output for the embedded table to
// testdata/restitutions.golden. Run with -update to accept a change.
func TestOutput(t *testing.T) {
	var out bytes.Buffer
	ok, err := run(&out, sample)
	if err != nil {
		t.Fatal(err)
	}
	// One row ("ongoing" is no date) is refused by design, so the run
	// reports a problem; the summary sentence must still hold.
	if ok {
		t.Error("run reported no problem, want the refused Duvalier row")
	}
	if !strings.Contains(out.String(), "1 holds") {
		t.Errorf("the FDFA summary does not hold:\n%s", out.String())
	}
	golden.File(t, filepath.Join("testdata", "restitutions.golden"), out.Bytes())
}

// TestBadInput checks that rows with unreadable fields are reported by line
// and left out, and that a file without the columns is an error.
func TestBadInput(t *testing.T) {
	data := "case,origin,holder,stage,date,amount\n" +
		"a,NGA,CHE,restitution,2005,USD 700 million\n" +
		"b,XXX,CHE,appealed,31 February 2005,5 kr\n"
	var out bytes.Buffer
	ok, err := run(&out, []byte(data))
	if err != nil || ok {
		t.Fatalf("run = %v, %v, want a refused row", ok, err)
	}
	for _, want := range []string{"Read 2 rows: 1 accepted, 1 refused.", "line 3 (b):", "ParseState", "ParseStage", "ParseDate", "ParseAmount", "ambiguous"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if _, err := run(&out, []byte("case,origin\n")); err == nil {
		t.Error("a file without the columns was read")
	}
}
