package needs_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
)

func TestParseCategory(t *testing.T) {
	tests := []struct {
		in   string
		want needs.Category
	}{
		{"legislative drafting", needs.LegislativeDrafting},
		{"Legal advice", needs.LegalAdvice},
		{"MODEL LEGISLATION", needs.ModelLegislation},
		{"good practices and lessons learned", needs.GoodPractices},
		{"Good practices", needs.GoodPractices},
		{"information on good practices and lessons learned", needs.GoodPractices},
		{"model agreements", needs.ModelAgreements},
		{"capacity-building", needs.CapacityBuilding},
		{"Good practices/lessons learned", needs.GoodPractices},
		{"Capacity-building programs", needs.CapacityBuilding},
		{"Capacity building/training", needs.CapacityBuilding},
		{"Other forms of assistance", needs.Other},
		{"capacity building", needs.CapacityBuilding},
		{"Capacity_Building", needs.CapacityBuilding},
		{"training", needs.CapacityBuilding},
		{"on-site assistance by an expert", needs.OnSiteExpert},
		{"on-site expert", needs.OnSiteExpert},
		{"action plan", needs.ActionPlan},
		{"institution-building", needs.InstitutionBuilding},
		{"policymaking", needs.Policymaking},
		{"policy-making", needs.Policymaking},
		{"technological assistance", needs.TechnologicalAssistance},
		{" other ", needs.Other},
		{"legislative\u00a0drafting", needs.LegislativeDrafting},
		{"capacity\u2011building", needs.CapacityBuilding}, // non-breaking hyphen
		{"legal   advice", needs.LegalAdvice},              // runs of spaces
		{"\u2009legal advice\u2009", needs.LegalAdvice},    // thin spaces
		{"capacity - building", needs.CapacityBuilding},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := needs.ParseCategory(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseCategory(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
			}
			var u needs.Category
			if err := u.UnmarshalText([]byte(tt.in)); err != nil || u != tt.want {
				t.Errorf("UnmarshalText(%q) = %v, %v, want %v", tt.in, u, err, tt.want)
			}
			if n := testing.AllocsPerRun(10, func() { needs.ParseCategory(tt.in) }); n != 0 {
				t.Errorf("ParseCategory(%q) allocates %v times, want 0", tt.in, n)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name   string
		parse  func(string) error
		in     string
		kind   error
		offset int
	}{
		{"category empty", category, "", convention.ErrUnknown, 0},
		{"category unknown", category, "  drafting", convention.ErrUnknown, 2},
		{"category joined", category, "capacitybuilding", convention.ErrUnknown, 0},
		{"category number", category, "99", convention.ErrUnknown, 0},
		{"category zero width", category, "other\u200b", convention.ErrUnknown, 0},
		{"category too long", category, strings.Repeat("a", 101), convention.ErrRange, 100},
		{"outcome unknown", outcome, "won", convention.ErrUnknown, 0},
		{"outcome too long", outcome, strings.Repeat("law adopted ", 10), convention.ErrRange, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.parse(tt.in)
			pe, ok := errors.AsType[*convention.ParseError](err)
			if !ok || !errors.Is(err, tt.kind) || pe.Input != tt.in || pe.Offset != tt.offset || !strings.HasPrefix(pe.Func, "needs.Parse") {
				t.Errorf("parse(%q) = %v, want a *convention.ParseError at offset %d wrapping %v", tt.in, err, tt.offset, tt.kind)
			}
		})
	}
	// Within the limit, surrounding space is trimmed.
	if c, err := needs.ParseCategory(strings.Repeat(" ", 95) + "other"); err != nil || c != needs.Other {
		t.Errorf("ParseCategory(95 spaces + other) = %v, %v, want other", c, err)
	}
}

func category(s string) error { _, err := needs.ParseCategory(s); return err }
func outcome(s string) error  { _, err := needs.ParseOutcome(s); return err }

// TestTextRule walks every value of Category and Outcome, and some invalid
// ones, through the module's text rule.
func TestTextRule(t *testing.T) {
	type textValue interface {
		String() string
		MarshalText() ([]byte, error)
		IsValid() bool
	}
	check := func(t *testing.T, v textValue, back func([]byte) (textValue, error), name string, n int) {
		text, err := v.MarshalText()
		switch {
		case n == 0:
			if err != nil || len(text) != 0 || v.String() != "%!"+name+"(0)" {
				t.Errorf("zero %s: MarshalText = %q, %v; String = %q", name, text, err, v.String())
			}
			if z, err := back(nil); err != nil || z.IsValid() {
				t.Errorf("UnmarshalText(\"\") = %v, %v, want the zero %s", z, err, name)
			}
		case v.IsValid():
			if err != nil || string(text) != v.String() {
				t.Errorf("%v.MarshalText() = %q, %v, want String", v, text, err)
			}
			if b, err := back(text); err != nil || b != v {
				t.Errorf("UnmarshalText(%q) = %v, %v, want %v", text, b, err, v)
			}
		default:
			if err == nil || !errors.Is(err, convention.ErrInvalid) || v.String() != "%!"+name+"("+itoa(n)+")" {
				t.Errorf("%s(%d): MarshalText = %q, %v; String = %q", name, n, text, err, v.String())
			}
		}
	}
	for n := range 256 {
		c := needs.Category(n)
		check(t, c, func(b []byte) (textValue, error) { var c needs.Category; err := c.UnmarshalText(b); return c, err }, "Category", n)
		o := needs.Outcome(n)
		check(t, o, func(b []byte) (textValue, error) { var o needs.Outcome; err := o.UnmarshalText(b); return o, err }, "Outcome", n)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestCategoryOrder(t *testing.T) {
	if needs.LegalAdvice.Compare(needs.Other) != -1 || needs.Other.Compare(needs.LegalAdvice) != 1 || needs.Other.Compare(needs.Other) != 0 {
		t.Error("Compare is not the order of the checklist")
	}
	prev := needs.Category(0)
	for c := range needs.Categories() {
		if c.Compare(prev) != 1 || !c.IsValid() {
			t.Errorf("Categories() yields %v after %v", c, prev)
		}
		prev = c
	}
	if prev != needs.Other {
		t.Errorf("Categories() ends with %v, want other", prev)
	}
}

func TestParseOutcome(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want needs.Outcome
	}{
		{"Law-Adopted", needs.LawAdopted},
		{"LAW_ADOPTED", needs.LawAdopted},
		{" assets recovered\u00a0", needs.AssetsRecovered},
		{"mechanism  established", needs.MechanismEstablished},
	} {
		if o, err := needs.ParseOutcome(tt.in); err != nil || o != tt.want {
			t.Errorf("ParseOutcome(%q) = %v, %v, want %v", tt.in, o, err, tt.want)
		}
		if n := testing.AllocsPerRun(10, func() { needs.ParseOutcome(tt.in) }); n != 0 {
			t.Errorf("ParseOutcome(%q) allocates %v times, want 0", tt.in, n)
		}
	}
}

// TestParseOtherWords checks the other words reports use for categories
// and outcomes, and that a status is no outcome.
func TestParseOtherWords(t *testing.T) {
	for in, want := range map[string]needs.Category{
		"legal drafting": needs.LegislativeDrafting, "On-site assistance by an anti-corruption expert": needs.OnSiteExpert,
		"IT systems/databases": needs.TechnologicalAssistance, "equipment": needs.TechnologicalAssistance,
	} {
		if got, err := needs.ParseCategory(in); err != nil || got != want {
			t.Errorf("ParseCategory(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, want := range map[string]needs.Outcome{
		"provided": needs.Delivered, "New legislation adopted": needs.LawAdopted, "law enacted": needs.LawAdopted,
		"institution established": needs.MechanismEstablished, "national strategy adopted": needs.PolicyAdopted,
		"assets returned": needs.AssetsRecovered,
	} {
		if got, err := needs.ParseOutcome(in); err != nil || got != want {
			t.Errorf("ParseOutcome(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"in progress", "pending", "ongoing", "adopted", "not yet"} {
		if got, err := needs.ParseOutcome(in); !errors.Is(err, convention.ErrUnknown) {
			t.Errorf("ParseOutcome(%q) = %v, %v; want unknown", in, got, err)
		}
	}
}
