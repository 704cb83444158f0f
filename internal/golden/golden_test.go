package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }

func TestFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.golden")
	if err := os.WriteFile(path, []byte("same\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, path, got string
		fail            bool
	}{
		{"equal", path, "same\n", false},
		{"different", path, "other\n", true},
		{"missing file", filepath.Join(dir, "none.golden"), "x", true},
	} {
		r := &recorder{TB: t}
		File(r, tt.path, []byte(tt.got))
		if r.failed != tt.fail {
			t.Errorf("%s: File failed = %v, want %v", tt.name, r.failed, tt.fail)
		}
	}
}

func TestClip(t *testing.T) {
	long := make([]byte, 5000)
	if got := clip(long); len(got) >= len(long) {
		t.Errorf("clip kept %d bytes of %d", len(got), len(long))
	}
	if got := clip([]byte("short")); string(got) != "short" {
		t.Errorf("clip(short) = %q", got)
	}
}
