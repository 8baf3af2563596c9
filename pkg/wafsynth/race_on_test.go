//go:build race

package wafsynth

// raceEnabled: the race detector slows regexp evaluation several-fold;
// the benign gate samples the corpus under it (the normal run replays all).
const raceEnabled = true
