package printed

import (
	"errors"
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// moneyReading is a Money in comparable form.
type moneyReading struct {
	Qual         Qualifier
	QualText     string
	Number       string // as numText
	Value        string // exact, as a rational
	Currency     string
	CurrencyText string
	Alt          string
}

func readMoney(m Money) moneyReading {
	r := moneyReading{Qual: m.Qual, QualText: m.QualText, Number: numText(m.Number),
		Value: m.Number.Value().RatString(), Currency: m.Currency, CurrencyText: m.CurrencyText}
	if m.Alt != nil {
		r.Alt = m.Alt.String()
	}
	return r
}

// TestParseMoney reads the printed amounts of issue 13, one per class of
// form.
func TestParseMoney(t *testing.T) {
	tests := []struct {
		name, in string
		want     moneyReading
	}{
		{"code spaced before", "USD 6.5 million", moneyReading{Plain, "", "65e5 s2 f1", "6500000", "USD", "USD", ""}},
		{"code after", "1.3 million USD", moneyReading{Plain, "", "13e5 s2 f1", "1300000", "USD", "USD", ""}},
		{"US$ joined", "US$17.7 million", moneyReading{Plain, "", "177e5 s2 f1", "17700000", "USD", "US$", ""}},
		{"US $ spaced", "US $ 2.5 billion", moneyReading{Plain, "", "25e8 s3 f1", "2500000000", "USD", "US $", ""}},
		{"euro sign m", "€1.5m", moneyReading{Plain, "", "15e5 s2 f1", "1500000", "EUR", "€", ""}},
		{"pound sign grouped", "£10,000", moneyReading{Plain, "", "10000e0", "10000", "GBP", "£", ""}},
		{"naira sign spaced", "₦ 5.4 billion", moneyReading{Plain, "", "54e8 s3 f1", "5400000000", "NGN", "₦", ""}},
		{"CHF", "CHF 80 million", moneyReading{Plain, "", "80e6 s2", "80000000", "CHF", "CHF", ""}},
		{"code joined decimal", "EUR1.5 million", moneyReading{Plain, "", "15e5 s2 f1", "1500000", "EUR", "EUR", ""}},
		{"code joined", "USD43 million", moneyReading{Plain, "", "43e6 s2", "43000000", "USD", "USD", ""}},
		{"name and second amount", "around 800 million Swiss francs ($842 million)",
			moneyReading{About, "around", "800e6 s2", "800000000", "CHF", "Swiss francs", "USD 842 million"}},
		{"some", "some $3.3 million", moneyReading{About, "some", "33e5 s2 f1", "3300000", "USD", "$", ""}},
		{"over", "over US$1 billion", moneyReading{Over, "over", "1e9 s3", "1000000000", "USD", "US$", ""}},
		{"more decimals than minor units", "EUR 7.234567", moneyReading{Plain, "", "7234567e-6 f6", "7234567/1000000", "EUR", "EUR", ""}},
		{"yen sign", "¥2.5bn", moneyReading{Plain, "", "25e8 s3 f1", "2500000000", "JPY", "¥", ""}},
		{"real sign", "R$ 1.2 billion", moneyReading{Plain, "", "12e8 s3 f1", "1200000000", "BRL", "R$", ""}},
		{"naira name", "5 billion naira", moneyReading{Plain, "", "5e9 s3", "5000000000", "NGN", "naira", ""}},
		{"US dollars", "43 million US dollars", moneyReading{Plain, "", "43e6 s2", "43000000", "USD", "US dollars", ""}},
		{"pounds sterling", "2 million pounds sterling", moneyReading{Plain, "", "2e6 s2", "2000000", "GBP", "pounds sterling", ""}},
		{"euros", "12 million euros", moneyReading{Plain, "", "12e6 s2", "12000000", "EUR", "euros", ""}},
		{"withdrawn code", "DEM 30 million", moneyReading{Plain, "", "30e6 s2", "30000000", "DEM", "DEM", ""}},
		{"withdrawn name", "30 million German marks", moneyReading{Plain, "", "30e6 s2", "30000000", "DEM", "German marks", ""}},
		{"any code shape is returned", "ABC 5", moneyReading{Plain, "", "5e0", "5", "ABC", "ABC", ""}},
		{"three capitals are a code, not a sign in other case", "USH 5", moneyReading{Plain, "", "5e0", "5", "USH", "USH", ""}},
		{"k", "$250k", moneyReading{Plain, "", "250e3 s1", "250000", "USD", "$", ""}},
		{"thousand", "USD 250 thousand", moneyReading{Plain, "", "250e3 s1", "250000", "USD", "USD", ""}},
		{"sign after", "5 €", moneyReading{Plain, "", "5e0", "5", "EUR", "€", ""}},
		{"no currency", "43 million", moneyReading{Plain, "", "43e6 s2", "43000000", "", "", ""}},
		{"words", "forty-three million dollars", moneyReading{Plain, "", "43e6 s2 words", "43000000", "USD", "dollars", ""}},
		{"qualifier after", "$5 million or more", moneyReading{AtLeast, "or more", "5e6 s2", "5000000", "USD", "$", ""}},
		{"approximately", "approximately USD 1.2 billion", moneyReading{About, "approximately", "12e8 s3 f1", "1200000000", "USD", "USD", ""}},
		{"nearly", "nearly €2bn", moneyReading{Nearly, "nearly", "2e9 s3", "2000000000", "EUR", "€", ""}},
		{"up to", "up to £5m", moneyReading{AtMost, "up to", "5e6 s2", "5000000", "GBP", "£", ""}},
		{"Mio.", "CHF 1.5 Mio.", moneyReading{Plain, "", "15e5 s2 f1", "1500000", "CHF", "CHF", ""}},
		{"mln", "EUR 5 mln", moneyReading{Plain, "", "5e6 s2", "5000000", "EUR", "EUR", ""}},
		{"plural scale", "CHF 700 millions", moneyReading{Plain, "", "700e6 s2", "700000000", "CHF", "CHF", ""}},
		{"bn.", "$1.2 bn.", moneyReading{Plain, "", "12e8 s3 f1", "1200000000", "USD", "$", ""}},
		// Symbols of CLDR's English locales, as printed and in other case.
		{"Kenyan shilling", "Ksh 1.2 billion", moneyReading{Plain, "", "12e8 s3 f1", "1200000000", "KES", "Ksh", ""}},
		{"Kenyan shilling in other case", "KSh1.2 billion", moneyReading{Plain, "", "12e8 s3 f1", "1200000000", "KES", "KSh", ""}},
		{"Tanzanian shilling", "Tsh 5 billion", moneyReading{Plain, "", "5e9 s3", "5000000000", "TZS", "Tsh", ""}},
		{"Ghanaian cedi", "GH₵ 20 million", moneyReading{Plain, "", "20e6 s2", "20000000", "GHS", "GH₵", ""}},
		{"rand joined", "R1.2 billion", moneyReading{Plain, "", "12e8 s3 f1", "1200000000", "ZAR", "R", ""}},
		{"pula joined", "P5 million", moneyReading{Plain, "", "5e6 s2", "5000000", "BWP", "P", ""}},
		{"Swiss groups", "CHF 1'000'000", moneyReading{Plain, "", "1000000e0", "1000000", "CHF", "CHF", ""}},
		{"space groups", "€ 500 000", moneyReading{Plain, "", "500000e0", "500000", "EUR", "€", ""}},
		{"crore", "₹50 crore", moneyReading{Plain, "", "50e7 s6", "500000000", "INR", "₹", ""}},
		{"lakh", "INR 2.5 lakh", moneyReading{Plain, "", "25e4 s5 f1", "250000", "INR", "INR", ""}},
		{"Indian groups", "₹12,34,56,789", moneyReading{Plain, "", "123456789e0", "123456789", "INR", "₹", ""}},
		{"qualifier in parentheses", "USD 1.5 million (approximately)", moneyReading{About, "approximately", "15e5 s2 f1", "1500000", "USD", "USD", ""}},
		{"abbreviated qualifier in parentheses", "CHF 700 million (approx.) ($730 million)",
			moneyReading{About, "approx.", "700e6 s2", "700000000", "CHF", "CHF", "USD 730 million"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseMoney(tt.in)
			if err != nil {
				t.Fatalf("ParseMoney(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, readMoney(m)); diff != "" {
				t.Errorf("ParseMoney(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseMoneyErrors(t *testing.T) {
	tests := []struct {
		name, in   string
		pos        int
		kind       error
		candidates []string
	}{
		{"kr", "kr 500 million", 0, ErrAmbiguous, []string{"DKK", "ISK", "NOK", "SEK"}},
		{"kr after", "500 kr", 4, ErrAmbiguous, []string{"DKK", "ISK", "NOK", "SEK"}},
		{"Rs", "Rs 5 billion", 0, ErrAmbiguous, []string{"LKR", "MUR", "NPR", "PKR", "SCR"}},
		{"one letter for several", "K500,000", 0, ErrAmbiguous, []string{"MMK", "PGK", "ZMW"}},
		{"Indian groups misplaced", "₹1,00,00", 4, ErrSyntax, nil},
		{"Indian groups in dollars", "$43,00,000", 0, ErrSyntax, nil},
		{"crore after words", "fifty crore rupees", 6, ErrSyntax, nil},
		{"two qualifiers", "about $5 million (approximately)", 18, ErrSyntax, nil},
		{"bound in parentheses", "$5 million (more than)", 11, ErrSyntax, nil},
		{"one letter spaced", "R 1.2 billion", 0, ErrSyntax, nil},
		{"signs that differ by case", "rf 5,000", 0, ErrAmbiguous, []string{"MVR", "RWF"}},
		{"francs", "800 million francs", 12, ErrAmbiguous, []string{"BIF", "CDF", "CHF", "DJF", "GNF", "KMF", "RWF", "XAF", "XOF", "XPF"}},
		{"misspelt name", "800 million Swiss frnacs", 12, ErrUnknown, []string{"swiss francs (CHF)"}},
		{"unknown sign", "₿ 5", 0, ErrUnknown, nil},
		{"range", "$2–3 million", 0, ErrSyntax, nil},
		{"percentage", "36%", 0, ErrSyntax, nil},
		{"noun", "$5 million in assets", 11, ErrSyntax, nil},
		{"second currency", "EUR 5 USD", 6, ErrSyntax, nil},
		{"same currency twice", "$5 million ($5 million)", 11, ErrSyntax, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseMoney(tt.in)
			if err == nil {
				t.Fatalf("ParseMoney(%q) = %v, want error", tt.in, m)
			}
			e, ok := errors.AsType[*Error](err)
			if !ok || !errors.Is(err, tt.kind) {
				t.Fatalf("ParseMoney(%q) error %v, want an *Error wrapping %v", tt.in, err, tt.kind)
			}
			if e.Offset != tt.pos {
				t.Errorf("ParseMoney(%q) error at %d, want %d (%v)", tt.in, e.Offset, tt.pos, err)
			}
			got := e.Candidates
			if len(tt.candidates) < len(got) && tt.kind == ErrUnknown {
				got = got[:len(tt.candidates)] // the closest first
			}
			if diff := cmp.Diff(tt.candidates, got); diff != "" {
				t.Errorf("ParseMoney(%q) candidates (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestMoneyAllowed(t *testing.T) {
	tenth := big.NewRat(1, 10)
	tests := []struct {
		in   string
		r    Rounding
		want string
	}{
		{"$43 million", HalfUp, "[42500000, 43500000)"},
		{"$43 million", HalfEither, "[42500000, 43500000]"},
		{"£10,000", HalfUp, "[10000, 10000]"},
		{"EUR 7.234567", HalfUp, "[14469133/2000000, 2893827/400000)"},
		{"around 800 million Swiss francs", HalfUp, "[720000000, 880000000]"},
		{"over US$1 billion", HalfUp, "(1000000000, ∞)"},
		{"up to £5m", HalfUp, "[0, 5000000]"},
		{"nearly €2bn", HalfUp, "[1500000000, 2000000000)"},
	}
	for _, tt := range tests {
		m, err := ParseMoney(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := boundsText(m.Allowed(tt.r, tenth)); got != tt.want {
			t.Errorf("ParseMoney(%q).Allowed(%v) = %s, want %s", tt.in, tt.r, got, tt.want)
		}
	}
}

func boundsText(b Bounds) string {
	s := "("
	if b.Lo != nil && !b.LoOpen {
		s = "["
	}
	if b.Lo == nil {
		s += "-∞"
	} else {
		s += b.Lo.RatString()
	}
	s += ", "
	if b.Hi == nil {
		return s + "∞)"
	}
	s += b.Hi.RatString()
	if b.HiOpen {
		return s + ")"
	}
	return s + "]"
}
