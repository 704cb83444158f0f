package assetrecovery

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/uncac-go/uncac/convention"
)

// TestParseAmountPrinted checks the printed forms of issue 13: every one
// parses to what it means, at face value, with its qualifier, precision and
// second amount kept, and reads back from its String.
func TestParseAmountPrinted(t *testing.T) {
	type want struct {
		Amount, Qualifier, Step, Alt, String string
	}
	tests := []struct {
		in   string
		want want
	}{
		{"USD 6.5 million", want{"6500000 USD", "", "100000", "", "USD 6.5 million"}},
		{"1.3 million USD", want{"1300000 USD", "", "100000", "", "USD 1.3 million"}},
		{"US$17.7 million", want{"17700000 USD", "", "100000", "", "USD 17.7 million"}},
		{"around 800 million Swiss francs ($842 million)", want{"800000000 CHF", "around", "1000000", "842000000 USD", "around CHF 800 million (USD 842 million)"}},
		{"$43 million", want{"43000000 USD", "", "1000000", "", "USD 43 million"}},
		{"USD43 million", want{"43000000 USD", "", "1000000", "", "USD 43 million"}},
		{"EUR1.5 million", want{"1500000 EUR", "", "100000", "", "EUR 1.5 million"}},
		{"about €2.5 billion", want{"2500000000 EUR", "about", "100000000", "", "about EUR 2.5 billion"}},
		{"more than £10 million", want{"10000000 GBP", "more than", "1000000", "", "more than GBP 10 million"}},
		{"₦5 billion", want{"5000000000 NGN", "", "1000000000", "", "NGN 5 billion"}},
		{"CHF 1,234.5678", want{"1234.5678 CHF", "", "0.0001", "", "CHF 1,234.5678"}},
		{"USD 43,000,000.00", want{"43000000 USD", "", "0.01", "", "USD 43,000,000.00"}},
		{"DEM 5 million", want{"5000000 DEM", "", "1000000", "", "DEM 5 million"}},
		{"US $17.7 million", want{"17700000 USD", "", "100000", "", "USD 17.7 million"}},
		{"USD 5.2m", want{"5200000 USD", "", "100000", "", "USD 5.2 million"}},
		{"2 million US dollars", want{"2000000 USD", "", "1000000", "", "USD 2 million"}},
		{"over 2,000 Swiss francs", want{"2000 CHF", "over", "1", "", "over CHF 2,000"}},
		{"usd 6.5 million", want{"6500000 USD", "", "100000", "", "USD 6.5 million"}},
		{"6.5 million usd", want{"6500000 USD", "", "100000", "", "USD 6.5 million"}},
		{"approximately 1.2 billion naira", want{"1200000000 NGN", "approximately", "100000000", "", "approximately NGN 1.2 billion"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := ParseAmount(tt.in)
			if err != nil {
				t.Fatalf("ParseAmount(%q) error %v", tt.in, err)
			}
			alt := ""
			if b := a.Alt(); !b.IsZero() {
				alt = b.Decimal().String() + " " + b.Currency().String()
			}
			got := want{a.Decimal().String() + " " + a.Currency().String(), a.Qualifier(), a.Step().String(), alt, a.String()}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseAmount(%q) (-want +got):\n%s", tt.in, diff)
			}
			back, err := ParseAmount(a.String())
			if err != nil || !back.Equal(a) || back.Qualifier() != a.Qualifier() || !back.Step().Equal(a.Step()) ||
				!back.Alt().Equal(a.Alt()) || back.String() != a.String() {
				t.Errorf("ParseAmount(%q) = %v, %v: does not round-trip", a.String(), back, err)
			}
		})
	}
}

func TestParseAmountPrintedErrors(t *testing.T) {
	tests := []struct {
		in   string
		err  error
		says string // the message names the candidates
	}{
		{"43 million", convention.ErrSyntax, ""}, // no currency
		{"5 kr", convention.ErrAmbiguous, "DKK, ISK, NOK, SEK"},
		{"Rs 5 million", convention.ErrAmbiguous, "LKR, MUR, NPR, PKR"},
		{"10 Swiss frnacs", convention.ErrUnknown, "swiss francs (CHF)"},
		{"USD 5–6 million", convention.ErrSyntax, ""},   // a range is not an amount
		{"XYZ 5 million", convention.ErrUnknown, "XYZ"}, // no such code
		{"EUR 5 USD", convention.ErrSyntax, ""},         // two currencies
		{"USD 1e400 million", convention.ErrSyntax, ""}, // no exponents
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := ParseAmount(tt.in)
			if !errors.Is(err, tt.err) || !a.IsZero() {
				t.Errorf("ParseAmount(%q) = %v, %v, want an error wrapping %v", tt.in, a, err, tt.err)
			}
			if _, ok := errors.AsType[*convention.ParseError](err); !ok {
				t.Errorf("ParseAmount(%q) error %T is not a *convention.ParseError", tt.in, err)
			}
			if err != nil && !strings.Contains(err.Error(), tt.says) {
				t.Errorf("ParseAmount(%q) error %q does not name %q", tt.in, err, tt.says)
			}
		})
	}
}
