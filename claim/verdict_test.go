package claim_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/claim"
)

// TestVerdictText walks every Verdict value and checks the text rule: a
// valid value marshals to its String and reads back, zero marshals to ""
// and back, and any other value refuses to marshal.
func TestVerdictText(t *testing.T) {
	for v := range claim.Verdict(255) {
		b, err := v.MarshalText()
		switch {
		case v == 0:
			var back claim.Verdict = claim.Fails
			if err != nil || len(b) != 0 || back.UnmarshalText(b) != nil || back != 0 {
				t.Errorf("Verdict(0): text %q, %v; back %v", b, err, back)
			}
			if got := v.String(); got != "%!Verdict(0)" {
				t.Errorf("Verdict(0).String() = %q", got)
			}
		case v.IsValid():
			var back claim.Verdict
			if err != nil || string(b) != v.String() || back.UnmarshalText(b) != nil || back != v {
				t.Errorf("Verdict %v: text %q, %v; back %v", v, b, err, back)
			}
		default:
			if err == nil {
				t.Errorf("Verdict(%d).MarshalText() = %q, want an error", uint8(v), b)
			}
		}
	}
	var v claim.Verdict
	if err := v.UnmarshalText([]byte("passes")); !errors.Is(err, claim.ErrSyntax) {
		t.Errorf("UnmarshalText(passes) error = %v, want ErrSyntax", err)
	}
}

// TestReportJSON checks that a report with every kind of entry, including
// errors and intervals, marshals to JSON that reads back to a report that
// prints and marshals the same, and that an entry's error is its message,
// never {}.
func TestReportJSON(t *testing.T) {
	r := claim.Check(
		claim.Count("118 States", 117),
		claim.Count("lots", 3),
		claim.Count("36%", 4),
		claim.Money("€43 million", "USD", decimal.RequireFromString("43000000")),
		claim.Money("$43 million", "USD", decimal.RequireFromString("43210000.5")),
		claim.Share("four", "11", 4, 11),
		claim.Percent("36 per cent", 4, 11),
		claim.Count("178 parties", span{175, 180}),
		claim.Order("46, followed by 44", []int{46, 44}, map[int]int{46: 3, 44: 3}),
	)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back claim.Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if diff := cmp.Diff(r.String(), back.String()); diff != "" {
		t.Errorf("report read back prints differently (-want +got):\n%s", diff)
	}
	b2, err := json.Marshal(back)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(b), string(b2)); diff != "" {
		t.Errorf("report read back marshals differently (-want +got):\n%s", diff)
	}
	for i, e := range back.Entries {
		want := r.Entries[i].Err
		switch {
		case want == nil && e.Err != nil, want != nil && (e.Err == nil || e.Err.Error() != want.Error()):
			t.Errorf("entry %d: Err = %v, want %v", i, e.Err, want)
		}
		for _, k := range []error{claim.ErrSyntax, claim.ErrUnit, claim.ErrCurrency, claim.ErrRange} {
			if errors.Is(want, k) != errors.Is(e.Err, k) {
				t.Errorf("entry %d: errors.Is(%v, %v) = %v after the round trip", i, e.Err, k, !errors.Is(want, k))
			}
		}
	}
	// The JSON of an entry with an error holds its message.
	eb, err := json.Marshal(r.Entries[1])
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(eb, &raw); err != nil {
		t.Fatal(err)
	}
	if msg, ok := raw["Err"].(string); !ok || msg != r.Entries[1].Err.Error() {
		t.Errorf("entry JSON Err = %#v, want the message %q", raw["Err"], r.Entries[1].Err)
	}
	if _, ok := raw["Verdict"].(string); !ok {
		t.Errorf("entry JSON Verdict = %#v, want text", raw["Verdict"])
	}
}

// span is a count known only within bounds, like convention.Count.
type span struct{ lo, hi int }

func (s span) Min() int { return s.lo }
func (s span) Max() int { return s.hi }

func TestWaive(t *testing.T) {
	r := claim.Check(claim.Waive("ninth session", "names a session, not a figure"), claim.Waive("2019", " "))
	got := rows(r)
	want := []row{
		{0, "ninth session", claim.Waived, "not checked", "names a session, not a figure", "", ""},
		{1, "2019", claim.Invalid, "not checked", " ", "", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check(Waive…) mismatch (-want +got):\n%s", diff)
	}
	if r.Entries[1].Err == nil {
		t.Error("a waiver without a reason has no error")
	}
	if r.OK() {
		t.Error("a report with a waiver without a reason is OK")
	}
	if !claim.Check(claim.Waive("ninth session", "names a session")).OK() {
		t.Error("a report of one waiver is not OK")
	}
}
