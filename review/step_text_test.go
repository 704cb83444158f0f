package review

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/uncac-go/uncac/convention"
)

func TestStepText(t *testing.T) {
	day := time.Date(2011, 3, 15, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		step Step
		text string
	}{
		{Step{}, ""},
		{Undated(), "reached"},
		{On(day), "2011-03-15"},
		{Step{Date: day}, "not reached 2011-03-15"},
	} {
		b, err := tt.step.MarshalText()
		if err != nil || string(b) != tt.text {
			t.Errorf("%v.MarshalText() = %q, %v; want %q", tt.step, b, err, tt.text)
		}
		var back Step
		if err := back.UnmarshalText(b); err != nil || back != tt.step {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, tt.step)
		}
	}
	for in, want := range map[string]Step{
		"not reached": {}, "reached, date unknown": Undated(), " 2011-03-15 ": On(day),
	} {
		var got Step
		if err := got.UnmarshalText([]byte(in)); err != nil || got != want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"yes", "2011-13-01", "15/03/2011", "not reached yesterday"} {
		var got Step
		err := got.UnmarshalText([]byte(in))
		if _, ok := errors.AsType[*ParseError](err); !ok || !errors.Is(err, convention.ErrSyntax) {
			t.Errorf("UnmarshalText(%q) error = %v, want a *ParseError wrapping ErrSyntax", in, err)
		}
	}
}

// TestReviewJSON checks that a review survives a JSON round trip and that
// its milestones read as dates.
func TestReviewJSON(t *testing.T) {
	r := Review{
		ID:        MustParseID("KEN/first"),
		Reviewers: [2]convention.State{convention.MustParseState("MUS"), convention.MustParseState("FIN")},
		LotsYear:  2010,
	}
	r.Steps[Drawn] = On(time.Date(2010, 7, 1, 0, 0, 0, 0, time.UTC))
	r.Steps[FocalPoint] = Undated()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"ID":"KEN/first","Reviewers":["MUS","FIN"],"LotsYear":2010,"Steps":["","2010-07-01","reached","","","","","",""],"Findings":null}`
	if string(b) != want {
		t.Errorf("json.Marshal = %s\nwant %s", b, want)
	}
	var back Review
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(r) {
		t.Errorf("json round trip = %+v, %v; want %+v", back, err, r)
	}
}
