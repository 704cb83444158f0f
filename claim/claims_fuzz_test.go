package claim_test

import (
	"encoding/json"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/claim"
)

// FuzzClaims reaches GRIM, Share, Change, Money, Percent, PercentOf and
// Count with independent inputs (a percentage, a part and a whole literal,
// counts at any int64, an amount of any coefficient and exponent) and checks
// that nothing panics, every entry has a verdict, an invalid one an error,
// the report round-trips through JSON, and the claims agree with exact
// arithmetic done here with math/big.
func FuzzClaims(f *testing.F) {
	f.Add("exactly 50%", "four", "9,223,372,036,854,775,807", int64(4), int64(11), int64(176), int64(180), int64(43), int32(6))
	f.Add("exactly 20%", "an additional 1", "18,446,744,073,709,551,621", int64(9223372036854775807), int64(-9223372036854775808), int64(-9223372036854775808), int64(9223372036854775807), int64(1), int32(4_000_000))
	f.Add("36 per cent", "$185 million", "$6.4 billion", int64(0), int64(1), int64(3680), int64(3672), int64(185), int32(-3))
	f.Add("less than three percent", "$43 million", "11", int64(2), int64(1), int64(5), int64(5), int64(-43), int32(-4_000_000))
	f.Fuzz(func(t *testing.T, pct, part, whole string, k, n, before, after, coef int64, exp int32) {
		amount := decimal.New(coef, exp)
		claims := []claim.Claim{
			claim.GRIM(pct, whole),
			claim.Share(part, whole, k, n),
			claim.Change(part, before, after),
			claim.Money(part, "USD", amount),
			claim.Percent(pct, k, n),
			claim.Percent(pct, amount, n),
			claim.PercentOf(pct, part, whole),
			claim.Count(part, span{int(min(k, n)), int(max(k, n))}),
			claim.Range(whole, k, n),
		}
		r := claim.Check(claims...)
		_ = r.String()
		for _, e := range r.Entries {
			if !e.Verdict.IsValid() {
				t.Fatalf("entry %+v has no verdict", e)
			}
			if e.Verdict == claim.Invalid && e.Err == nil {
				t.Fatalf("invalid entry %+v has no error", e)
			}
		}
		b, err := json.Marshal(r)
		if err != nil {
			if utf8.ValidString(pct) && utf8.ValidString(part) && utf8.ValidString(whole) {
				t.Fatalf("json.Marshal: %v", err)
			}
			return
		}
		var back claim.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("json.Unmarshal(%s): %v", b, err)
		}
		if back.String() != r.String() {
			t.Fatalf("report read back from JSON prints\n%s\nwant\n%s", back, r)
		}

		// Change is the count after − before, done exactly.
		d := new(big.Int).Sub(big.NewInt(after), big.NewInt(before))
		ch := claim.Check(claim.Change(part, before, after)).Entries[0]
		cn := claim.Check(claim.Count(part, d)).Entries[0]
		if s, err := claim.Parse(part); (err != nil || s.Currency() == "") && ch.Verdict != cn.Verdict {
			t.Fatalf("Change(%q, %d, %d) = %v, but Count(%q, %v) = %v", part, before, after, ch.Verdict, part, d, cn.Verdict)
		}

		// The data's part exceeding its whole always fails the subset entry.
		if es := claim.Check(claim.Share(part, whole, k, n)).Entries; len(es) == 3 && es[2].Verdict != claim.Invalid && k > n && es[2].Verdict != claim.Fails {
			t.Fatalf("Share(%q, %q, %d, %d) subset = %v, want fails", part, whole, k, n, es[2].Verdict)
		}

		// GRIM holds exactly when some count of some whole prints as the
		// percentage; try small exact wholes by brute force.
		g := claim.Check(claim.GRIM(pct, whole)).Entries[0]
		ps, perr := claim.Parse(pct)
		ws, werr := claim.Parse(whole)
		if g.Verdict != claim.Invalid && perr == nil && werr == nil && !ws.IsRange() && ws.Point().IsInt() {
			w := ws.Point().Num()
			if w.Sign() > 0 && w.IsInt64() && w.Int64() <= 2000 && ws.Interval().Contains(ws.Point()) && !ws.IsRounded() && ws.Qualifier() == claim.Plain {
				possible := false
				for c := int64(0); c <= w.Int64() && !possible; c++ {
					possible = ps.Interval().Contains(big.NewRat(100*c, w.Int64()))
				}
				if possible != (g.Verdict == claim.Holds) {
					t.Fatalf("GRIM(%q, %q) = %v, brute force says possible=%v", pct, whole, g.Verdict, possible)
				}
			}
		}
	})
}

// FuzzUnchecked checks Figures and Unchecked on any text and literal: no
// panic, every figure's span inside the text and in order, an unreadable
// figure with its error, the unchecked figures a subset of the figures, and
// a figure inside a quoted literal's first occurrence checked.
func FuzzUnchecked(f *testing.F) {
	f.Add("She noted that 118 States had identified a total of 3,680 needs under the first review cycle.", "118 States")
	f.Add("as at 30 November 2007, only $185 million, or less than three percent, and 3,68 more", "3,68")
	f.Add("the thirtieth ratification on Friday, 27 September", "thirtieth ratification")
	f.Fuzz(func(t *testing.T, text, lit string) {
		figs := slices.Collect(claim.Figures(text))
		end := 0
		for _, fg := range figs {
			if fg.Start < end || fg.End <= fg.Start || fg.End > len(text) || text[fg.Start:fg.End] != fg.Text {
				t.Fatalf("figure %+v out of place in %q", fg, text)
			}
			if (fg.Err != nil) != (fg.Kind == "unreadable") || (fg.Err == nil) == (fg.Reading == "") {
				t.Fatalf("figure %+v: kind, reading and error disagree", fg)
			}
			end = fg.End
		}
		u := claim.Unchecked(text, claim.Waive(lit, "fuzz"))
		if len(u) > len(figs) {
			t.Fatalf("%d unchecked of %d figures", len(u), len(figs))
		}
		for _, x := range u {
			if !slices.ContainsFunc(figs, func(f claim.Figure) bool { return f.Start == x.Start && f.End == x.End && f.Text == x.Text }) {
				t.Fatalf("unchecked %+v is no figure of the text", x)
			}
		}
		if i := strings.Index(text, lit); lit != "" && i >= 0 {
			for _, x := range u {
				if x.Start >= i && x.End <= i+len(lit) && strings.TrimSpace(lit) == lit && isWordEdge(text, i, i+len(lit)) {
					t.Fatalf("figure %+v inside the literal %q at %d is unchecked", x, lit, i)
				}
			}
		}
		_ = claim.Check(claim.Date(lit, time.Time{}, time.Time{}).With(claim.Rules{Year: 2007, Today: time.Date(2021, 9, 10, 0, 0, 0, 0, time.UTC)})).String()
	})
}

// isWordEdge reports whether text[i:j] starts and ends at word boundaries
// (no letter or digit on both sides of either edge).
func isWordEdge(text string, i, j int) bool {
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if i > 0 {
		a, _ := utf8.DecodeLastRuneInString(text[:i])
		b, _ := utf8.DecodeRuneInString(text[i:])
		if alnum(a) && alnum(b) {
			return false
		}
	}
	if j < len(text) {
		a, _ := utf8.DecodeLastRuneInString(text[:j])
		b, _ := utf8.DecodeRuneInString(text[j:])
		if alnum(a) && alnum(b) {
			return false
		}
	}
	return true
}
