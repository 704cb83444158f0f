// Package p is a fixture for the apilist test.
package p

import "errors"

// T is a struct.
type T struct {
	A      int
	b      string
	B, C   []byte
	Nested struct{ X int }
}

// E is an enumeration.
type E uint8

// The values of E.
const (
	One E = iota + 1
	Two
	three
)

// ErrX is a sentinel.
var ErrX = errors.New("x")

// I is an interface.
type I interface {
	M(int) (string, error)
	unexported()
}

// G is generic.
type G[K comparable, V any] map[K]V

// F is a function.
func F(a, b int, s ...string) (n int, err error) { return 0, nil }

// Method is a method.
func (t *T) Method(x E) bool { return false }

func (t T) hidden() {}

// Pick is a generic function.
func Pick[K comparable](m map[K]int) K { var k K; return k }

type hidden struct{ Exported int }

// Alias is an alias.
type Alias = T
