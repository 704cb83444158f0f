//go:build race

// Package testrace tells tests whether the race detector is on: it adds
// allocations of its own, so tests skip allocation counts then.
package testrace

// Enabled is true when the race detector is on.
const Enabled = true
