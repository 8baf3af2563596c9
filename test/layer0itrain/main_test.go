package main

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/cfplane/cfplane/pkg/layer0"
)

// The shipped model is what `make layer0-train` writes from the
// development data and the rounds in the repository. The development data
// lives outside the repository (../shared/datasets): without it the test
// says so and stops.
func TestShippedModelIsReproduced(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the injection model (about 20 s)")
	}
	data := "../../../shared/datasets"
	if _, err := os.Stat(data); err != nil {
		t.Skipf("development data not here (%v): the shipped model cannot be rebuilt", err)
	}
	got, _, err := build(data, "../../pkg/layer0/testdata", defaults, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../pkg/layer0/injmodel.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("pkg/layer0/injmodel.bin is not the model the data trains: run go run ./test/layer0itrain")
	}
}

// The trainer's length split is the classifier's: a text of shortUnits
// units takes the first threshold, one more unit the second.
func TestShortUnits(t *testing.T) {
	m := &layer0.OperatorModel{Threshold: 1, HasLong: true, Long: 2}
	if m.InjectionThreshold(shortUnits) != 1 || m.InjectionThreshold(shortUnits+1) != 2 {
		t.Fatalf("thresholds %v at %d units and %v at %d: the classifier splits elsewhere", m.InjectionThreshold(shortUnits), shortUnits, m.InjectionThreshold(shortUnits+1), shortUnits+1)
	}
}
