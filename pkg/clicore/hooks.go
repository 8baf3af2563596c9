package clicore

import (
	"context"
	"net/http"
)

// Hooks are filled in by pkg/telemetry when a binary links it (the servers
// that reach Cloudflare do, through pkg/cli), and by oracle_answer's own
// protobuf-free metrics (cmd/oracle_answer). Left empty, a server has no
// /metrics and no tracing, and links no metrics or tracing library.
var Hooks struct {
	// Metrics returns the /metrics handler.
	Metrics func() http.Handler
	// Tracing installs an OTLP exporter (endpoint "" = the standard
	// OTEL_EXPORTER_OTLP_* variables) and returns its shutdown.
	Tracing func(ctx context.Context, service, version, endpoint string) (func(context.Context) error, error)
	// TracingEnabled says whether the environment asks for traces.
	TracingEnabled func() bool
	// Layer0Verdict counts one Layer0 classification.
	Layer0Verdict func(class, verdict, mode string)
	// Layer0Anomaly counts a call Layer0 could not classify, by kind:
	// too_large, error, or policy (the policy does not compile).
	Layer0Anomaly func(kind string)
}
