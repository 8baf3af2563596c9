package telemetry

import (
	"slices"
	"testing"
)

// The Go runtime and process metrics are registered when /metrics is set
// up (Handler), not when the package initialises. (This file sorts first
// so the test runs before any other calls Handler.)
func TestRuntimeMetricsLazy(t *testing.T) {
	if slices.Contains(Registry.Names(), "go_goroutines") {
		t.Fatal("the Go runtime metrics are registered before /metrics is set up")
	}
	Handler()
	if !slices.Contains(Registry.Names(), "go_goroutines") {
		t.Error("Handler did not register the Go runtime metrics")
	}
}
