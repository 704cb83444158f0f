package claim_test

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
	"github.com/uncac-go/uncac/claim"
)

func ExampleStated() {
	s := claim.MustParse("nearly US$ 1.4 billion in assets")
	fmt.Println("literal:  ", s.Literal())
	fmt.Println("qualifier:", s.Qualifier())
	fmt.Println("currency: ", s.Currency())
	fmt.Println("point:    ", s.Point().FloatString(0))
	fmt.Println("rounded:  ", s.IsRounded())
	fmt.Println("noun:     ", s.Noun())
	fmt.Println("allows:   ", s.Interval())
	// Output:
	// literal:   nearly US$ 1.4 billion in assets
	// qualifier: nearly
	// currency:  USD
	// point:     1400000000
	// rounded:   true
	// noun:      in assets
	// allows:    [1,260,000,000..1,400,000,000)
}

func ExampleInterval() {
	over := claim.MustParse("over 2,000").Interval()
	for _, v := range []int64{2000, 2001, 1999} {
		fmt.Println(v, over.Contains(big.NewRat(v, 1)), over.Distance(big.NewRat(v, 1)).RatString())
	}
	fmt.Println(over, "from", over.Lo.RatString(), "open:", over.LoOpen, "unbounded above:", over.Hi == nil)
	// Output:
	// 2000 false 0
	// 2001 true 0
	// 1999 false -1
	// (2,000..∞) from 2000 open: true unbounded above: true
}

func ExampleQualifier() {
	for _, lit := range []string{"3,680", "exactly 43 million", "about 500", "nearly 500", "just over 100",
		"more than 2,000", "at least 18", "fewer than 10", "up to 15"} {
		s := claim.MustParse(lit)
		fmt.Printf("%-20q %-9v %v\n", lit, s.Qualifier(), s.Interval())
	}
	// Output:
	// "3,680"              plain     3,680
	// "exactly 43 million" exactly   43,000,000
	// "about 500"          about     [450..550]
	// "nearly 500"         nearly    [450..500)
	// "just over 100"      just over (100..110]
	// "more than 2,000"    more than (2,000..∞)
	// "at least 18"        at least  [18..∞)
	// "fewer than 10"      fewer than [0..10)
	// "up to 15"           up to     [0..15]
}

func ExampleRounding() {
	for i, r := range []claim.Rounding{claim.HalfUp, claim.HalfDown, claim.HalfEven, claim.HalfEither} {
		s, _ := claim.Rules{Rounding: r}.Parse("$43 million")
		fmt.Printf("%-11s %v\n", []string{"half-up", "half-down", "half-even", "half-either"}[i], s.Interval())
	}
	// Output:
	// half-up     [42,500,000..43,500,000)
	// half-down   (42,500,000..43,500,000]
	// half-even   (42,500,000..43,500,000)
	// half-either [42,500,000..43,500,000]
}

func ExampleRules() {
	counts := map[string]int{"art. 44": 185, "art. 50": 185, "art. 48": 120}
	stated := claim.Order("art. 44, followed by art. 50", []string{"art. 44", "art. 50"}, counts)
	for _, strict := range []bool{false, true} {
		r := claim.Check(stated.With(claim.Rules{StrictTies: strict}))
		fmt.Printf("strict ties %-5v %v\n", strict, r.Entries[0].Verdict)
	}
	// Output:
	// strict ties false holds
	// strict ties true  fails
}

func ExampleClaim() {
	c := claim.Count("118 States", 117)
	fmt.Println(c.Kind(), c)
	fmt.Println(claim.Check(c).Entries[0])
	// Output:
	// count count "118 States"
	// count "118 States" fails: stated 118, data 117, off by -1
}

func ExampleEntry() {
	r := claim.Check(claim.Money("$43 million", "USD", decimal.RequireFromString("43210000")))
	e := r.Entries[0]
	fmt.Println(e.Kind, e.Verdict, e.Verdict.OK())
	fmt.Println("allowed:", e.Allowed)
	fmt.Println("value:  ", e.Value)
	fmt.Println("off:    ", e.Off.FloatString(0))
	// Output:
	// money holds by rounding true
	// allowed: USD [42,500,000..43,500,000)
	// value:   USD 43,210,000
	// off:     210000
}

func ExampleVerdict() {
	r := claim.Check(
		claim.Count("3,680", 3680),
		claim.Money("$43 million", "USD", decimal.RequireFromString("42600000")),
		claim.Count("118 States", 117),
		claim.Count("lots of States", 117),
	)
	for _, e := range r.Entries {
		fmt.Printf("%-17v ok=%v\n", e.Verdict, e.Verdict.OK())
	}
	// Output:
	// holds             ok=true
	// holds by rounding ok=true
	// fails             ok=false
	// invalid           ok=false
}

func ExampleParseError() {
	_, err := claim.Parse("3,68 States")
	if pe, ok := errors.AsType[*claim.ParseError](err); ok {
		fmt.Printf("%s: %q at %d (syntax: %v)\n", pe.Func, pe.Input, pe.Offset, errors.Is(err, claim.ErrSyntax))
		fmt.Println(err)
	}
	// Output:
	// claim.Parse: "3,68 States" at 1 (syntax: true)
	// claim.Parse: parsing "3,68 States": at offset 1: invalid syntax: thousands separator misplaced
}

// recorder stands in for *testing.T in the examples.
type recorder struct{ failures []string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.failures = append(r.failures, fmt.Sprintf(format, args...))
}

func ExampleTB() {
	var t recorder // in a test, t is the *testing.T
	ok := claim.Assert(&t, claim.Count("118 States", 117))
	fmt.Println(ok, len(t.failures))
	// Output:
	// false 1
}

// suite stands in for *testing.T with subtests in the example.
type suite struct {
	name     string
	failures []string
}

func (s *suite) Helper() {}
func (s *suite) Errorf(format string, args ...any) {
	s.failures = append(s.failures, fmt.Sprintf(format, args...))
}
func (s *suite) Run(name string, f func(*suite)) bool {
	sub := &suite{name: name}
	f(sub)
	fmt.Printf("%-26s failed=%v\n", name, len(sub.failures) > 0)
	return len(sub.failures) == 0
}

func ExampleRunner() {
	var t suite // in a test, t is the *testing.T: it satisfies Runner[*testing.T]
	claim.AssertEach(&t,
		claim.Count("118 States", 118),
		claim.Count("a total of 3,680", 3681),
	)
	// Output:
	// count "118 States"         failed=false
	// count "a total of 3,680"   failed=true
}
