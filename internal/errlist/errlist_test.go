package errlist

import (
	"errors"
	"testing"
)

func TestErrorAndUnwrap(t *testing.T) {
	a, b := errors.New("first"), errors.New("second")
	es := []error{a, b}
	if got := Error(es); got != "first\nsecond" {
		t.Errorf("Error = %q", got)
	}
	if got := Error([]error(nil)); got != "" {
		t.Errorf("Error(nil) = %q", got)
	}
	got := Unwrap(es)
	if len(got) != 2 || got[0] != a || got[1] != b {
		t.Errorf("Unwrap = %v", got)
	}
}
