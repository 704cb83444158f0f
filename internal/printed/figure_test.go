package printed

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// reading is a Figure in comparable form for table tests: numbers as
// "coef e exp" with flags.
type reading struct {
	Qual         Qualifier
	QualText     string
	Lo, Hi       string
	Range        bool
	Percent      bool
	Change       bool
	Currency     string
	CurrencyText string
	Alt          string
	Noun         string
}

func numText(n Number) string {
	if !n.IsValid() {
		return ""
	}
	s := fmt.Sprintf("%se%d", n.Coef, n.Exp)
	if n.Scale > 0 {
		s += fmt.Sprintf(" s%d", n.Scale)
	}
	if n.Frac > 0 {
		s += fmt.Sprintf(" f%d", n.Frac)
	}
	if n.Bare {
		s += " bare"
	}
	if n.Words {
		s += " words"
	}
	if n.Ordinal {
		s += " ordinal"
	}
	return s
}

func read(f Figure) reading {
	r := reading{Qual: f.Qual, QualText: f.QualText, Lo: numText(f.Lo), Hi: numText(f.Hi), Range: f.Range,
		Percent: f.Percent, Change: f.Change, Currency: f.Currency, CurrencyText: f.CurrencyText, Noun: f.Noun}
	if f.Alt != nil {
		r.Alt = f.Alt.String()
	}
	return r
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in string
		want     reading
	}{
		{"grouped", "3,680", reading{Qual: Plain, Lo: "3680e0"}},
		{"bare year", "2006", reading{Qual: Plain, Lo: "2006e0 bare"}},
		{"decimals kept", "1.50", reading{Qual: Plain, Lo: "150e-2 f2"}},
		{"words", "forty-three million", reading{Qual: Plain, Lo: "43e6 s2 words"}},
		{"mixed words", "one million two hundred thousand", reading{Qual: Plain, Lo: "1200e3 s1 words"}},
		{"and in words", "two thousand and five", reading{Qual: Plain, Lo: "2005e0 words"}},
		{"qualifier kept as printed", "Approximately $43 million", reading{Qual: About, QualText: "Approximately",
			Lo: "43e6 s2", Currency: "USD", CurrencyText: "$"}},
		{"qualifier after", "3,680 or more States", reading{Qual: AtLeast, QualText: "or more", Lo: "3680e0", Noun: "States"}},
		{"per cent", "36 per cent", reading{Qual: Plain, Lo: "36e0", Percent: true}},
		{"range with one scale", "$2–3 million", reading{Qual: Plain, Lo: "2e6 s2", Hi: "3e6 s2", Range: true,
			Currency: "USD", CurrencyText: "$"}},
		{"between", "between 2006 and 2012", reading{Qual: Plain, Lo: "2006e0 bare", Hi: "2012e0 bare", Range: true}},
		{"change", "an additional four", reading{Qual: Plain, Lo: "4e0 words", Change: true}},
		{"change after", "eight further needs", reading{Qual: Plain, Lo: "8e0 words", Change: true, Noun: "needs"}},
		{"range in words with one scale", "two to three million", reading{Qual: Plain, Lo: "2e6 s2 words", Hi: "3e6 s2 words", Range: true}},
		{"range in words, scale not shared", "nine hundred to two million", reading{Qual: Plain, Lo: "900e0 words", Hi: "2e6 s2 words", Range: true}},
		{"code attached", "USD43 million", reading{Qual: Plain, Lo: "43e6 s2", Currency: "USD", CurrencyText: "USD"}},
		{"US $ spaced", "US $ 2.5 billion", reading{Qual: Plain, Lo: "25e8 s3 f1", Currency: "USD", CurrencyText: "US $"}},
		{"code after", "1.3 million USD", reading{Qual: Plain, Lo: "13e5 s2 f1", Currency: "USD", CurrencyText: "USD"}},
		{"name after", "800 million Swiss francs", reading{Qual: Plain, Lo: "800e6 s2", Currency: "CHF", CurrencyText: "Swiss francs"}},
		{"second amount", "around 800 million Swiss francs ($842 million)", reading{Qual: About, QualText: "around",
			Lo: "800e6 s2", Currency: "CHF", CurrencyText: "Swiss francs", Alt: "USD 842 million"}},
		{"more decimals than minor units", "EUR 7.234567", reading{Qual: Plain, Lo: "7234567e-6 f6", Currency: "EUR", CurrencyText: "EUR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, read(f)); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in string
		pos      int
		kind     error
	}{
		{"empty", "", 0, ErrSyntax},
		{"second currency", "EUR 5 USD", 6, ErrSyntax},
		{"second qualifier after", "5 or more or less", 10, ErrSyntax},
		{"trailing connective", "one hundred and", 12, ErrSyntax},
		{"too long", strings.Repeat("9", MaxLen+1), MaxLen, ErrRange},
		{"same currency in parentheses", "$5 million ($5 million)", 11, ErrSyntax},
		{"unknown sign", "₿5", 0, ErrUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want error", tt.in, f)
			}
			e, ok := errors.AsType[*Error](err)
			if !ok || !errors.Is(err, tt.kind) {
				t.Fatalf("Parse(%q) error %v, want an *Error wrapping %v", tt.in, err, tt.kind)
			}
			if e.Offset != tt.pos {
				t.Errorf("Parse(%q) error at %d, want %d (%v)", tt.in, e.Offset, tt.pos, err)
			}
		})
	}
}

// TestMaxLenDigits checks that the longest text accepted, all digits, is
// read exactly.
func TestMaxLenDigits(t *testing.T) {
	in := strings.Repeat("9", MaxLen)
	f, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Lo.Coef.String(); got != in {
		t.Errorf("Parse(%d nines) = %.20s…, want the digits back", MaxLen, got)
	}
}

// TestQualifierPhrasesSorted checks the order qualifier's binary search
// relies on.
func TestQualifierPhrasesSorted(t *testing.T) {
	for i := 1; i < len(qualifierPhrases); i++ {
		if qualifierPhrases[i-1].phrase >= qualifierPhrases[i].phrase {
			t.Errorf("qualifierPhrases: %q before %q", qualifierPhrases[i-1].phrase, qualifierPhrases[i].phrase)
		}
	}
}
