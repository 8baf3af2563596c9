//go:build race

package racetest

// Enabled reports a -race build.
const Enabled = true
