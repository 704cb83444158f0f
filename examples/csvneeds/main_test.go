package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/uncac-go/uncac/internal/golden"
)

// TestRun holds the program's whole output for each sample to a golden file
// in testdata. Run with -update to accept a change.
func TestRun(t *testing.T) {
	bad, err := os.ReadFile(filepath.Join("testdata", "bad.csv"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name         string // the file, as the output names it
		in           []byte
		golden       string
		wantRejected int
	}{
		{sampleName, sample, "needs.golden", 0},
		// Every row of bad.csv after the first two is wrong in one way.
		{"testdata/bad.csv", bad, "bad.golden", 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			rejected, err := run(&out, bytes.NewReader(tt.in), tt.name)
			if err != nil {
				t.Fatalf("run = %v, want no error", err)
			}
			if rejected != tt.wantRejected {
				t.Errorf("run rejected %d rows, want %d", rejected, tt.wantRejected)
			}
			golden.File(t, filepath.Join("testdata", tt.golden), out.Bytes())
		})
	}
}

// TestRunUnreadable checks the failures that stop the program before any
// row is read.
func TestRunUnreadable(t *testing.T) {
	tests := []struct {
		name, in, wantErr string
	}{
		{"empty", "", "reading the header: EOF"},
		{"no category column", "state,cycle,provision\nKEN,first,art. 46\n", `the header has no column "category"`},
		{"bare quote", "state,cycle,provision,category\nKEN,first,art. 46 \"x\",legal advice\n", "bare \" in non-quoted-field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			_, err := run(&out, strings.NewReader(tt.in), tt.name)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("run(%q) = %v, want an error containing %q", tt.in, err, tt.wantErr)
			}
		})
	}
}

// TestColumnsInAnyOrder checks that the program finds its columns by name,
// ignoring their order, their case and extra columns.
func TestColumnsInAnyOrder(t *testing.T) {
	const in = "Category,note,State,Provision,cycle\n" +
		"legislative drafting,synthetic,KEN,\"article 46, paragraph 9 (b)\",first\n"
	var out bytes.Buffer
	rejected, err := run(&out, strings.NewReader(in), "reordered")
	if err != nil || rejected != 0 {
		t.Fatalf("run = %d, %v, want 0, nil", rejected, err)
	}
	if !strings.Contains(out.String(), "1 need from 1 State (1 row read") {
		t.Errorf("output does not count the one need:\n%s", out.String())
	}
}
