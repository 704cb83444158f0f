package printed

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseOrdinals(t *testing.T) {
	tests := []struct {
		in   string
		want reading
	}{
		{"thirtieth", reading{Qual: Plain, Lo: "30e0 words ordinal"}},
		{"the thirtieth ratification", reading{Qual: Plain, Lo: "30e0 words ordinal", Noun: "ratification"}},
		{"the 100th", reading{Qual: Plain, Lo: "100e0 ordinal"}},
		{"191st", reading{Qual: Plain, Lo: "191e0 ordinal"}},
		{"100th Ratification", reading{Qual: Plain, Lo: "100e0 ordinal", Noun: "Ratification"}},
		{"1st", reading{Qual: Plain, Lo: "1e0 ordinal"}},
		{"112th", reading{Qual: Plain, Lo: "112e0 ordinal"}},
		{"1,000th", reading{Qual: Plain, Lo: "1000e0 ordinal"}},
		{"twenty-first", reading{Qual: Plain, Lo: "21e0 words ordinal"}},
		{"twenty first", reading{Qual: Plain, Lo: "21e0 words ordinal"}},
		{"one hundred and first", reading{Qual: Plain, Lo: "101e0 words ordinal"}},
		{"hundredth", reading{Qual: Plain, Lo: "100e0 words ordinal"}},
		{"one hundredth", reading{Qual: Plain, Lo: "100e0 words ordinal"}},
		{"two thousandth", reading{Qual: Plain, Lo: "2000e0 words ordinal"}},
		{"first", reading{Qual: Plain, Lo: "1e0 words ordinal"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			f, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, read(f)); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tt.in, diff)
			}
			if g, err := Parse(f.String()); err != nil || !g.Lo.Ordinal || g.Lo.Coef.Cmp(f.Lo.Coef) != 0 {
				t.Errorf("Parse(%q).String() = %q reads back as %v, %v", tt.in, f.String(), g.String(), err)
			}
		})
	}
	for _, in := range []string{"100nd", "2th", "1.5th", "$5th", "5th%", "twentieth-first", "first second"} {
		if f, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) = %q, want error", in, f.String())
		}
	}
}
