package uncac_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/uncac-go/uncac/assetrecovery"
	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/review"
)

// TestSharedSentinels checks the error rule of doc.go across the domain
// packages: every parser returns a *convention.ParseError naming itself,
// whose kind is one of convention's shared sentinels.
func TestSharedSentinels(t *testing.T) {
	discard := func(_ any, err error) error { return err }
	tests := []struct {
		fn    string // the ParseError's Func
		err   error
		input string
		want  error
	}{
		{"convention.ParseRef", discard(convention.ParseRef("mutual legal assistance")), "mutual legal assistance", convention.ErrSyntax},
		{"convention.ParseRef", discard(convention.ParseRef("art. 46(31)")), "art. 46(31)", convention.ErrUnknownProvision},
		{"convention.ParseState", discard(convention.ParseState("XYZ")), "XYZ", convention.ErrUnknown},
		{"convention.ParseChapter", discard(convention.ParseChapter("chapter IX")), "chapter IX", convention.ErrUnknownProvision},
		{"review.ParseCycle", discard(review.ParseCycle("third")), "third", convention.ErrUnknown},
		{"needs.ParseCategory", discard(needs.ParseCategory("bribes")), "bribes", convention.ErrUnknown},
		{"assetrecovery.ParseCurrency", discard(assetrecovery.ParseCurrency("XQQ")), "XQQ", convention.ErrUnknown},
		{"assetrecovery.ParseCurrency", discard(assetrecovery.ParseCurrency("US-D")), "US-D", convention.ErrSyntax},
		{"assetrecovery.ParseAmount", discard(assetrecovery.ParseAmount("USD " + strings.Repeat("9", 1<<20))), "USD " + strings.Repeat("9", 1<<20), convention.ErrRange},
	}
	for _, tt := range tests {
		pe, ok := errors.AsType[*convention.ParseError](tt.err)
		if !ok {
			t.Errorf("%s(%.20q) error = %v (%T), want a *convention.ParseError", tt.fn, tt.input, tt.err, tt.err)
			continue
		}
		if pe.Func != tt.fn || pe.Input != tt.input || pe.Offset < 0 || pe.Offset > len(tt.input) {
			t.Errorf("%s(%.20q) error = {Func %q, Offset %d}, want Func %q and an offset inside the input", tt.fn, tt.input, pe.Func, pe.Offset, tt.fn)
		}
		if !errors.Is(tt.err, tt.want) {
			t.Errorf("%s(%.20q) error = %v, want errors.Is %v", tt.fn, tt.input, tt.err, tt.want)
		}
	}
}
