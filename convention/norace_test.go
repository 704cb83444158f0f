//go:build !race

package convention

const raceEnabled = false
