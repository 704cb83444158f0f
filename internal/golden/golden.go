// Package golden holds files that tests compare their output with: the
// generated tables.go of each package and the expected output of the
// example programs. It is for tests only.
//
// A test binary that imports it gets the -update flag, which makes File
// rewrite the files rather than compare with them. Only the packages whose
// tests import golden know the flag, so name them:
//
//	go test ./convention ./assetrecovery ./claim -run TestTables -update   # regenerate the tables
//	go test ./examples/irg2021 -update                                     # accept a new output
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// update is the -update flag, registered in every test binary that imports
// this package.
var update = flag.Bool("update", false, "rewrite generated tables and golden files instead of comparing with them")

// Updating reports whether the test binary runs with -update.
func Updating() bool { return *update }

// File checks that the file at path holds exactly got, and fails t if it does
// not, naming the command that accepts the change. Under -update it writes got
// to path instead, creating the directory if need be.
func File(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s is out of date: run the test with -update to rewrite it; it would hold:\n%s", path, clip(got))
	}
}

// clip keeps a failure message readable when a large file differs.
func clip(b []byte) []byte {
	const max = 4000
	if len(b) <= max {
		return b
	}
	return append(b[:max:max], "\n…"...)
}
