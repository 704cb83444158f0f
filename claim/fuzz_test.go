package claim_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/uncac-go/uncac/claim"
)

// FuzzParse checks that parsing never panics, that every parsed figure has a
// well-formed interval, and that its canonical form parses to the same
// interval with the same currency, percentage and noun.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"3,680", "four", "an additional four", "eight further needs", "$43 million", "US$43m",
		"43 million USD", "€5m", "CHF 3 bn", "36 per cent", "36%", "almost 500", "about 500",
		"some 120 States", "over 2,000", "at least 5", "fewer than 10", "up to 15",
		"between 2006 and 2012", "2–15", "$2–3 million", "10–15%", "twenty-one",
		"one hundred and five", "a million", "forty-three million", "exactly 43 million",
		"just over 100", "the 11 States", "4.5%", "from 2 to 15", "500–2 million", "0.5",
		"two thousand and five", "nine hundred ninety-nine trillion", "approx. 40",
		"fewer than 0", "up to 0", "0M-0%", "between 2006 and 2012 States", "10000", "2,006–2,012",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, r := range []claim.Rules{{}, {Rounding: claim.HalfEven}, {Rounding: claim.HalfEither, Approx: 25}} {
			s, err := r.Parse(in)
			if err != nil {
				if s.IsValid() {
					t.Fatalf("Parse(%q) = valid Stated with error %v", in, err)
				}
				continue
			}
			iv := s.Interval()
			if iv.IsEmpty() {
				t.Fatalf("Parse(%q).Interval() = %v, empty", in, iv)
			}
			q := s.Qualifier()
			closedAtPoint := q == claim.Plain || q == claim.Exactly || q == claim.About || q == claim.AtLeast || q == claim.AtMost
			if !s.IsRange() && closedAtPoint && !iv.Contains(s.Point()) {
				t.Fatalf("Parse(%q): interval %v does not contain the printed value %v", in, iv, s.Point())
			}
			if q == claim.Plain && !s.IsRange() && !s.IsRounded() &&
				(iv.Lo == nil || iv.Hi == nil || iv.Lo.Cmp(iv.Hi) != 0 || iv.LoOpen || iv.HiOpen) {
				t.Fatalf("Parse(%q).Interval() = %v, want a single point: the figure is printed in full", in, iv)
			}
			_ = iv.String()
			c := s.Canonical()
			if len(c) > 1000 {
				continue // longer than a literal may be
			}
			s2, err := r.Parse(c)
			if err != nil {
				t.Fatalf("Parse(%q).Canonical() = %q, which does not parse: %v", in, c, err)
			}
			if !s2.Interval().Equal(iv) {
				t.Fatalf("Parse(%q) = %v, but its canonical form %q = %v", in, iv, c, s2.Interval())
			}
			if s2.Currency() != s.Currency() || s2.IsPercent() != s.IsPercent() || s2.Noun() != s.Noun() ||
				s2.IsChange() != s.IsChange() || s2.Qualifier() != s.Qualifier() || s2.IsRange() != s.IsRange() ||
				s2.IsRounded() != s.IsRounded() {
				t.Fatalf("Parse(%q) and its canonical form %q differ in currency, unit, noun, change, qualifier, range or rounding", in, c)
			}
			if s2.Canonical() != c {
				t.Fatalf("canonical form of %q is %q, but that canonicalizes to %q", in, c, s2.Canonical())
			}
		}
	})
}

// FuzzCheck checks that evaluating claims never panics, whatever the literal
// and values.
func FuzzCheck(f *testing.F) {
	f.Add("3,680", 3680, 11)
	f.Add("36 per cent", 4, 11)
	f.Add("185 needs and 182 needs", 182, 185)
	f.Add("between 2 and 15", -3, 0)
	f.Fuzz(func(t *testing.T, lit string, k, n int) {
		r := claim.Check(
			claim.Count(lit, k), claim.Percent(lit, k, n), claim.Share(lit, lit, k, n),
			claim.Respectively(lit, k, n), claim.Range(lit, k, n), claim.Change(lit, k, n),
			claim.NoFewer(lit, lit), claim.Parts(lit, lit, lit), claim.Sum(lit, lit), claim.GRIM(lit, lit),
		)
		_ = r.String()
		for _, e := range r.Entries {
			if !e.Verdict.IsValid() {
				t.Fatalf("entry %+v has no verdict", e)
			}
			if e.Verdict == claim.Invalid && e.Err == nil {
				t.Fatalf("invalid entry %+v has no error", e)
			}
			_ = e.String()
		}
		if s, err := claim.Parse(lit); err == nil && !s.IsRange() && !s.IsPercent() && s.Currency() == "" {
			ok := s.Interval().Contains(new(big.Rat).SetInt64(int64(k)))
			if got := claim.Check(claim.Count(lit, k)).OK(); got != ok {
				t.Fatalf("Count(%q, %d).OK() = %v, want %v", lit, k, got, ok)
			}
		}
		if strings.Contains(r.String(), "\t") {
			t.Fatal("report contains a tab")
		}
	})
}
