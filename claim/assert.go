package claim

import "strconv"

// TB is the part of *testing.T and *testing.B that Assert needs. The package
// does not import testing.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
}

// Runner is the part of *testing.T that [AssertEach] needs: [TB] and Run with
// subtests of the same type.
type Runner[T any] interface {
	TB
	Run(name string, f func(T)) bool
}

// Assert checks the claims and, if any figure fails, is invalid or is
// undetermined by data known only within bounds, reports one error on t
// that quotes each such figure: what was stated, what the data
// says, and by how much. It returns the report's OK. Called with no claims it
// reports an error, since a test that checks nothing should not pass.
func Assert(t TB, claims ...Claim) bool {
	t.Helper()
	if len(claims) == 0 {
		t.Errorf("claim: Assert called with no claims")
		return false
	}
	r := Check(claims...)
	if r.OK() {
		return true
	}
	msg := "claim: " + r.Summary()
	for _, e := range r.Failures() {
		msg += "\n\t" + e.String()
	}
	t.Errorf("%s", msg)
	return false
}

// AssertEach runs Assert on each claim in a subtest of its own, named by the
// claim's String (prefixed with its index when two claims share a name):
//
//	claim.AssertEach(t, claim.Count("3,680", total), claim.Count("118", states))
func AssertEach[T Runner[T]](t T, claims ...Claim) {
	t.Helper()
	if len(claims) == 0 {
		t.Errorf("claim: AssertEach called with no claims")
		return
	}
	seen := make(map[string]bool, len(claims))
	for i, c := range claims {
		name := c.String()
		if seen[name] {
			name = strconv.Itoa(i) + " " + name
		}
		seen[name] = true
		t.Run(name, func(t T) {
			t.Helper()
			Assert(t, c)
		})
	}
}
