package cli

import (
	"net/http"

	"github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/telemetry"
)

// The servers that reach Cloudflare have Prometheus metrics (/metrics) and
// OpenTelemetry traces; pkg/clicore stays free of both for oracle_answer.
func init() {
	clicore.Hooks.Metrics = func() http.Handler { return telemetry.Handler() }
	clicore.Hooks.Tracing = telemetry.SetupTracing
	clicore.Hooks.TracingEnabled = telemetry.TracingEnabled
	clicore.Hooks.Layer0Verdict = func(class, verdict, mode string) {
		telemetry.Layer0Verdicts.Inc(class, verdict, mode)
	}
	clicore.Hooks.Layer0Anomaly = func(kind string) { telemetry.Layer0Anomalies.Inc(kind) }
}
