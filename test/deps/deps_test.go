// Package deps checks that each binary links only what it uses: what a
// binary links is paged in at start, so a dependency that comes back
// unnoticed costs every start of that server.
package deps

import (
	"os/exec"
	"strings"
	"testing"
)

// Banned module paths (a path or any package under it), with why.
var (
	// Invariants and Layer0 conditions are evaluated by pkg/expr.
	cel = []string{"cel.dev/cel-go", "cel.dev/expr", "github.com/antlr4-go/antlr"}
	// Traces go out through pkg/telemetry's own OTLP/HTTP exporter
	// (otlp.go); the upstream exporter linked all of these (2.5 MB of the
	// binary, a dozen package inits at every start).
	grpc = []string{
		"google.golang.org/grpc",
		"github.com/grpc-ecosystem/grpc-gateway",
		"google.golang.org/genproto",
		"go.opentelemetry.io/proto/otlp",
		"go.opentelemetry.io/otel/exporters",
		"golang.org/x/net/trace",
		"net/http/pprof",
	}
	// pkg/telemetry records spans itself (tracer.go), 0.75 MB less than
	// the SDK with logr, the metric and log APIs and auto/sdk. A span
	// started through the otel global would go nowhere: use
	// telemetry.Tracer.
	otelSDK = []string{
		"go.opentelemetry.io/otel/sdk",
		"go.opentelemetry.io/otel/metric",
		"go.opentelemetry.io/otel/log",
		"go.opentelemetry.io/otel/propagation",
		"go.opentelemetry.io/auto",
		"github.com/go-logr",
	}
	// hcl's hclwrite used go-cmp in a method nothing calls; the copy in
	// third_party/hcl does not. No testing library in a server.
	testing_ = []string{"github.com/google/go-cmp", "github.com/stretchr/testify", "github.com/go-test/deep", "github.com/davecgh/go-spew", "testing"}
	// Metrics are written by pkg/textmetrics, not the Prometheus Go client:
	// it linked protobuf's runtime (its data model), the OpenMetrics parser
	// with an ABNF engine and go/parser, and procfs, and its package inits
	// built a default registry with the Go and process collectors — 6.8 MB
	// of cloudflare_safe's binary and 5 MB of its RSS at start.
	prometheus = []string{
		"github.com/prometheus",
		"github.com/pandatix/go-abnf",
		"go/parser",
		"go/format",
		"google.golang.org/protobuf/proto",
		"google.golang.org/protobuf/reflect",
		"google.golang.org/protobuf/internal/impl",
	}
	// HCL's operators are copied into third_party/hcl/hclsyntax: go-cty's
	// function library builds all its functions at package init
	// (TestHCLOperators checks the copies).
	ctyStdlib = []string{"github.com/zclconf/go-cty/cty/function/stdlib"}
	// The OTLP exporter writes protobuf's wire format itself
	// (pkg/telemetry/wire.go): protowire's package inits, and those of
	// protobuf's internal packages it imports, ran at every start.
	protobuf = []string{"google.golang.org/protobuf"}
	// oracle_answer never calls Cloudflare and writes its metrics itself
	// (pkg/textmetrics): no client, simulator or OpenAPI tooling.
	cloudflare = []string{
		"github.com/cloudflare/cloudflare-go",
		"github.com/cfplane/cfplane/pkg/cfsim",
		"github.com/cfplane/cfplane/pkg/cfclient",
		"github.com/getkin/kin-openapi",
	}
)

// exact: import paths banned themselves but not the packages under them.
var otelGlobal = "go.opentelemetry.io/otel"

func join(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

func TestBinariesLinkOnlyWhatTheyUse(t *testing.T) {
	for _, c := range []struct {
		binary string
		banned []string
		exact  []string
	}{
		{"cloudflare_safe", join(cel, grpc, otelSDK, testing_, prometheus, ctyStdlib, protobuf), []string{otelGlobal}},
		{"waf_intelligence", join(cel, grpc, otelSDK, testing_, prometheus, ctyStdlib, protobuf), []string{otelGlobal}},
		{"oracle_answer", join(cel, grpc, otelSDK, testing_, cloudflare, prometheus, ctyStdlib, protobuf), []string{otelGlobal}},
	} {
		t.Run(c.binary, func(t *testing.T) {
			out, err := exec.Command("go", "list", "-deps", "../../cmd/"+c.binary).CombinedOutput()
			if err != nil {
				t.Fatalf("go list -deps: %v\n%s", err, out)
			}
			for _, dep := range strings.Fields(string(out)) {
				for _, e := range c.exact {
					if dep == e {
						t.Errorf("%s links %s", c.binary, dep)
					}
				}
				for _, b := range c.banned {
					if dep == b || strings.HasPrefix(dep, b+"/") {
						t.Errorf("%s links %s", c.binary, dep)
						break
					}
				}
			}
		})
	}
}
