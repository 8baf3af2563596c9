// Package racetest lets a test know whether it runs under the race
// detector. The evaluation-heavy tests (whole benign corpus replays,
// differential runs against the reference evaluator) exercise no
// concurrency and cost minutes under -race; `make unit` runs them in a
// separate pass without -race, and they skip themselves under it.
package racetest

import "testing"

// SkipHeavy skips t under the race detector, naming the pass that runs it.
func SkipHeavy(t testing.TB) {
	t.Helper()
	if Enabled {
		t.Skip("evaluation-heavy test: runs in make unit's pass without -race")
	}
}
