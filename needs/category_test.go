package needs_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/uncac-go/uncac/needs"
)

func TestCategoryText(t *testing.T) {
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
		{"capacity building", needs.CapacityBuilding},
		{"Capacity_Building", needs.CapacityBuilding},
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
		})
	}
	for _, bad := range []string{"", "drafting", "technical assistance", "capacitybuilding", "99"} {
		_, err := needs.ParseCategory(bad)
		var pe *needs.ParseError
		if !errors.Is(err, needs.ErrUnknownCategory) || !errors.As(err, &pe) || pe.Input != bad {
			t.Errorf("ParseCategory(%q) error = %v, want a *ParseError wrapping ErrUnknownCategory", bad, err)
		}
	}
}

func TestCategoryValues(t *testing.T) {
	all := slices.Collect(needs.Categories())
	if len(all) != needs.NumCategories || all[0] != needs.LegislativeDrafting || all[len(all)-1] != needs.Other {
		t.Fatalf("Categories() = %v", all)
	}
	for _, c := range all {
		b, err := c.MarshalText()
		if err != nil || string(b) != c.String() {
			t.Errorf("%v.MarshalText() = %q, %v", c, b, err)
		}
		back, err := needs.ParseCategory(c.String())
		if err != nil || back != c {
			t.Errorf("ParseCategory(%q) = %v, %v, want %v", c.String(), back, err, c)
		}
		if !c.IsValid() {
			t.Errorf("%v.IsValid() = false", c)
		}
	}
	tests := []struct {
		c    needs.Category
		want string
	}{
		{0, "%!Category(0)"},
		{13, "%!Category(13)"},
		{needs.CapacityBuilding, "capacity-building"},
	}
	for _, tt := range tests {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("Category(%d).String() = %q, want %q", uint8(tt.c), got, tt.want)
		}
	}
	if b, err := needs.Category(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Category(0).MarshalText() = %q, %v, want empty, nil", b, err)
	}
	if _, err := needs.Category(13).MarshalText(); err == nil {
		t.Error("Category(13).MarshalText() succeeded")
	}
	var c needs.Category = needs.Other
	if err := c.UnmarshalText(nil); err != nil || c != 0 {
		t.Errorf("UnmarshalText(nil) = %v, %v, want 0, nil", c, err)
	}
	if needs.LegalAdvice.Compare(needs.Other) != -1 || needs.Other.Compare(needs.LegalAdvice) != 1 || needs.Other.Compare(needs.Other) != 0 {
		t.Error("Compare is not the order of the checklist")
	}
	if got := needs.MustParseCategory("training"); got != needs.CapacityBuilding {
		t.Errorf(`MustParseCategory("training") = %v`, got)
	}
}

func TestOutcomeAndMeasureText(t *testing.T) {
	for o := range needs.Outcomes() {
		b, _ := o.MarshalText()
		var back needs.Outcome
		if err := back.UnmarshalText(b); err != nil || back != o {
			t.Errorf("Outcome %v round trip = %v, %v", o, back, err)
		}
	}
	if o, err := needs.ParseOutcome("Law-Adopted"); err != nil || o != needs.LawAdopted {
		t.Errorf(`ParseOutcome("Law-Adopted") = %v, %v`, o, err)
	}
	if _, err := needs.ParseOutcome("won"); !errors.Is(err, needs.ErrUnknownOutcome) {
		t.Errorf(`ParseOutcome("won") error = %v`, err)
	}
	if got := needs.Outcome(9).String(); got != "%!Outcome(9)" {
		t.Errorf("Outcome(9).String() = %q", got)
	}
	for _, m := range []needs.Measure{needs.ByNeeds, needs.ByStates} {
		b, _ := m.MarshalText()
		var back needs.Measure
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Errorf("Measure %v round trip = %v, %v", m, back, err)
		}
	}
	for _, tt := range []struct {
		m       needs.Measure
		want    string
		wantErr bool
	}{
		{0, "", false},
		{needs.ByStates, "States", false},
		{3, "", true},
	} {
		got, err := tt.m.AppendText([]byte("x"))
		if string(got) != "x"+tt.want || (err != nil) != tt.wantErr {
			t.Errorf("Measure(%d).AppendText(\"x\") = %q, %v, want %q, error %v", uint8(tt.m), got, err, "x"+tt.want, tt.wantErr)
		}
	}
	if _, err := needs.ParseMeasure("votes"); !errors.Is(err, needs.ErrUnknownMeasure) {
		t.Errorf(`ParseMeasure("votes") error = %v`, err)
	}
	if got := needs.Measure(3).String(); got != "%!Measure(3)" {
		t.Errorf("Measure(3).String() = %q", got)
	}
}
