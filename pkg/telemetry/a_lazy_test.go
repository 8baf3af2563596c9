package telemetry

import "testing"

// The Go runtime and process collectors are registered when /metrics is
// set up (Handler), not when the package initialises. (This file sorts
// first so the test runs before any other calls Handler.)
func TestRuntimeCollectorsLazy(t *testing.T) {
	fams, err := Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		if f.GetName() == "go_goroutines" {
			t.Fatal("the Go collector is registered before /metrics is set up")
		}
	}
	Handler()
	fams, _ = Registry.Gather()
	found := false
	for _, f := range fams {
		found = found || f.GetName() == "go_goroutines"
	}
	if !found {
		t.Error("Handler did not register the Go collector")
	}
}
