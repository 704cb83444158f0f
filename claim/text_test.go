package claim_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/uncac-go/uncac/claim"
)

func TestVerdictAndKindText(t *testing.T) {
	for v := claim.Holds; v <= claim.Invalid; v++ {
		b, err := v.MarshalText()
		var back claim.Verdict
		if err != nil || back.UnmarshalText(b) != nil || back != v {
			t.Errorf("Verdict %v: text %q, %v; back %v", v, b, err, back)
		}
	}
	for k := claim.KindCount; k <= claim.KindConsistency; k++ {
		b, err := k.MarshalText()
		var back claim.Kind
		if err != nil || back.UnmarshalText(b) != nil || back != k {
			t.Errorf("Kind %v: text %q, %v; back %v", k, b, err, back)
		}
	}
	if _, err := claim.Verdict(9).MarshalText(); err == nil {
		t.Error("Verdict(9).MarshalText() succeeded")
	}
	var v claim.Verdict
	if err := v.UnmarshalText([]byte("passes")); !errors.Is(err, claim.ErrSyntax) {
		t.Errorf("UnmarshalText(passes) error = %v, want ErrSyntax", err)
	}
	// An entry stores as readable JSON.
	e := claim.Check(claim.Count("118 States", 117)).Entries[0]
	b, err := json.Marshal(struct {
		Kind    claim.Kind
		Verdict claim.Verdict
	}{e.Kind, e.Verdict})
	if err != nil || string(b) != `{"Kind":"count","Verdict":"fails"}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
}
