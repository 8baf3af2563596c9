package main

import (
	"bytes"
	"io"
	"os"
	"testing"
)

// The shipped model is what `make layer0-train` writes from the requests
// in the repository: retrain (go run ./test/layer0optrain) after changing
// them, the features or the settings.
func TestShippedModelIsReproduced(t *testing.T) {
	got, _, err := build("../../pkg/layer0/testdata", defaults, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../pkg/layer0/opmodel.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("pkg/layer0/opmodel.bin is not the model the requests in pkg/layer0/testdata train: run go run ./test/layer0optrain")
	}
}
