package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoCELRuntime fails when waf_intelligence links cel-go or antlr: invariants are
// evaluated by pkg/expr, and a linked library is paged in at start.
func TestNoCELRuntime(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, b := range []string{"cel.dev/cel-go", "cel.dev/expr", "github.com/antlr4-go/antlr"} {
			if dep == b || strings.HasPrefix(dep, b+"/") {
				t.Errorf("waf_intelligence links %s", dep)
			}
		}
	}
}

// TestNoGRPC fails when waf_intelligence links grpc, grpc-gateway, genproto or the
// generated OTLP messages: traces go out through pkg/telemetry's own
// OTLP/HTTP exporter (otlp.go), and the upstream exporter linked all of
// them (2.5 MB of the binary, a dozen package inits at every start).
func TestNoGRPC(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	banned := []string{
		"google.golang.org/grpc",
		"github.com/grpc-ecosystem/grpc-gateway",
		"google.golang.org/genproto",
		"go.opentelemetry.io/proto/otlp",
		"go.opentelemetry.io/otel/exporters",
		"golang.org/x/net/trace",
		"net/http/pprof",
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, b := range banned {
			if dep == b || strings.HasPrefix(dep, b+"/") {
				t.Errorf("waf_intelligence links %s", dep)
			}
		}
	}
}

// TestNoOTelSDK fails when waf_intelligence links the OpenTelemetry SDK or the
// go.opentelemetry.io/otel global (with logr, the metric and log APIs and
// auto/sdk): pkg/telemetry records spans itself (tracer.go), 0.75 MB less.
// A span started through the otel global would go nowhere: use
// telemetry.Tracer.
func TestNoOTelSDK(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	prefixes := []string{
		"go.opentelemetry.io/otel/sdk",
		"go.opentelemetry.io/otel/metric",
		"go.opentelemetry.io/otel/log",
		"go.opentelemetry.io/otel/propagation",
		"go.opentelemetry.io/auto",
		"github.com/go-logr",
	}
	for _, dep := range strings.Fields(string(out)) {
		if dep == "go.opentelemetry.io/otel" {
			t.Errorf("waf_intelligence links the OpenTelemetry global %s", dep)
		}
		for _, b := range prefixes {
			if dep == b || strings.HasPrefix(dep, b+"/") {
				t.Errorf("waf_intelligence links %s", dep)
			}
		}
	}
}

// TestNoTestingLibraries fails when waf_intelligence links go-cmp (hcl's hclwrite
// imported it for an unused method; third_party/hcl drops the import) or
// another testing library: their package initialisers run at every start.
func TestNoTestingLibraries(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, b := range []string{"github.com/google/go-cmp", "github.com/stretchr/testify", "github.com/go-test/deep", "github.com/davecgh/go-spew", "testing"} {
			if dep == b || strings.HasPrefix(dep, b+"/") {
				t.Errorf("waf_intelligence links %s", dep)
			}
		}
	}
}
