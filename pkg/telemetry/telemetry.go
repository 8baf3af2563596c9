// Package telemetry holds cfplane's Prometheus metrics and OpenTelemetry
// tracing set-up, shared by the servers that reach Cloudflare. Metrics are
// kept and written by pkg/textmetrics (the text exposition format), not the
// Prometheus Go client, which links protobuf and more into every start. It
// has no Cloudflare dependency: the Cloudflare API metrics live in
// pkg/cfclient and register into the same Registry.
//
// Metric names (all prefixed cfplane_):
//
//	tool_calls_total{server,tool,outcome}          outcome: ok, tool_error, fault
//	tool_call_duration_seconds{server,tool}        histogram
//	plans_total{tool,outcome}                      planned, needs_approval, refused
//	applies_total{outcome}                         applied, rolled_back, interrupted, refused
//	rollbacks_total{outcome}                       planned or refused (change_rollback), then applied… (change_apply of a rollback plan)
//	invariant_results_total{invariant,result}      pass, violated (at plan time)
//	layer0_verdicts_total{class,verdict,mode}      class: blessed, ambiguous, forbidden, catastrophic
//	layer0_classification_anomalies_total{kind}    calls Layer0 could not classify: too_large, error, policy
//	tunnel_up{tunnel}                              1 healthy, 0 not (last tunnel_health_check)
//	tunnel_connections{tunnel}                     connector connections (last check)
//	tunnel_health_checks_total{status}             per tunnel seen: healthy, degraded, down, inactive…
//	cloudflare_api_requests_total{method,status}   status: HTTP code, or timeout / error
//	cloudflare_api_request_duration_seconds{method}
//	cloudflare_ratelimit_remaining / _limit        from Cloudflare's Ratelimit headers
//	waf_rule_deployment_failures_total{reason}     a ruleset write that Cloudflare refused or that failed
package telemetry

import (
	"net/http"
	"strings"
	"sync"

	"github.com/cfplane/cfplane/pkg/textmetrics"
)

// Namespace prefixes every metric.
const Namespace = "cfplane"

// Registry is the process's metric registry (Go runtime and process
// metrics included once /metrics is set up).
var Registry = new(textmetrics.Registry)

// runtimeMetrics registers the Go runtime and process metrics the first
// time /metrics is set up, not at package initialisation: a server that
// never serves /metrics need not carry them.
var runtimeMetrics sync.Once

// Handler serves the registry in the Prometheus text format.
func Handler() http.Handler {
	runtimeMetrics.Do(func() { registerRuntime(Registry) })
	return Registry.Handler()
}

func name(n string) string { return Namespace + "_" + n }

var (
	ToolCalls = Registry.Counter(name("tool_calls_total"), "MCP tool calls by server, tool and outcome (ok, tool_error, fault).",
		"server", "tool", "outcome")
	ToolLatency = Registry.Histogram(name("tool_call_duration_seconds"), "MCP tool call latency.",
		[]float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}, "server", "tool")
	Plans = Registry.Counter(name("plans_total"), "Plans made by mutating tools, by tool and outcome (planned, needs_approval, refused).",
		"tool", "outcome")
	Applies = Registry.Counter(name("applies_total"), "change_apply calls by outcome (applied, rolled_back, interrupted, refused).",
		"outcome")
	Rollbacks = Registry.Counter(name("rollbacks_total"), "Rollbacks by outcome: planned or refused (change_rollback), applied, rolled_back or interrupted (change_apply of a rollback plan).",
		"outcome")
	Invariants = Registry.Counter(name("invariant_results_total"), "Invariant checks of planned changes by invariant and result (pass, violated).",
		"invariant", "result")
	Layer0Verdicts = Registry.Counter(name("layer0_verdicts_total"), "Layer0 classifications of tool calls by class, verdict and gate mode.",
		"class", "verdict", "mode")
	Layer0Anomalies = Registry.Counter(name("layer0_classification_anomalies_total"), "Tool calls Layer0 could not classify, by kind (too_large, error, policy).",
		"kind")
	TunnelUp = Registry.Gauge(name("tunnel_up"), "1 when the tunnel was healthy at the last tunnel_health_check, else 0.",
		"tunnel")
	TunnelConnections = Registry.Gauge(name("tunnel_connections"), "Connector connections of the tunnel at the last tunnel_health_check.",
		"tunnel")
	TunnelChecks = Registry.Counter(name("tunnel_health_checks_total"), "Tunnels seen by tunnel_health_check, by status.",
		"status")
	WAFDeployFailures = Registry.Counter(name("waf_rule_deployment_failures_total"), "Ruleset writes (WAF rule deployments) that Cloudflare refused or that failed, by reason.",
		"reason")
)

// MetricNames lists the names of cfplane's own metrics registered so far
// (the alert rules and the dashboard are checked against it), sorted.
func MetricNames() []string {
	var names []string
	for _, n := range Registry.Names() {
		if strings.HasPrefix(n, Namespace+"_") {
			names = append(names, n)
		}
	}
	return names
}
