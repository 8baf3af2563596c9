//go:build !race

package wafsynth

const raceEnabled = false
