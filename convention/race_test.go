//go:build race

package convention

// raceEnabled is true when the race detector is on: it adds allocations of
// its own, so allocation counts are not checked then.
const raceEnabled = true
