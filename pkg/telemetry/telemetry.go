// Package telemetry holds cfplane's Prometheus metrics and OpenTelemetry
// tracing set-up, shared by the three servers. It has no Cloudflare
// dependency: the Cloudflare API metrics live in pkg/cfclient and register
// into the same Registry.
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
	"slices"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	promcollectors "github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

// Namespace prefixes every metric.
const Namespace = "cfplane"

// Registry is the process's metric registry (Go runtime and process
// collectors included).
var Registry = prometheus.NewRegistry()

// runtimeCollectors registers the Go runtime and process collectors the
// first time /metrics is set up, not at package initialisation: building
// them reads the runtime's metric descriptions and /proc (about 0.3 MB of
// allocations), which a server that never serves /metrics need not pay.
var runtimeCollectors sync.Once

// Handler serves the registry in the Prometheus text format (or OpenMetrics
// when asked).
func Handler() http.Handler {
	runtimeCollectors.Do(func() {
		Registry.MustRegister(promcollectors.NewGoCollector(), promcollectors.NewProcessCollector(promcollectors.ProcessCollectorOpts{}))
	})
	return promhttp.HandlerFor(Registry, promhttp.HandlerOpts{Registry: Registry, EnableOpenMetrics: true})
}

var (
	mu         sync.Mutex
	collectors []prometheus.Collector
)

// Register adds collectors to Registry once (repeat registrations of the
// same collector are ignored, so package-level vectors are safe).
func Register(cs ...prometheus.Collector) {
	mu.Lock()
	defer mu.Unlock()
	collectors = append(collectors, cs...)
	for _, c := range cs {
		if err := Registry.Register(c); err != nil {
			if _, dup := err.(prometheus.AlreadyRegisteredError); !dup {
				panic(err)
			}
		}
	}
}

var (
	ToolCalls = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "tool_calls_total", Help: "MCP tool calls by server, tool and outcome (ok, tool_error, fault).",
	}, []string{"server", "tool", "outcome"})
	ToolLatency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: Namespace, Name: "tool_call_duration_seconds", Help: "MCP tool call latency.",
		Buckets: []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60},
	}, []string{"server", "tool"})
	Plans = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "plans_total", Help: "Plans made by mutating tools, by tool and outcome (planned, needs_approval, refused).",
	}, []string{"tool", "outcome"})
	Applies = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "applies_total", Help: "change_apply calls by outcome (applied, rolled_back, interrupted, refused).",
	}, []string{"outcome"})
	Rollbacks = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "rollbacks_total", Help: "Rollbacks by outcome: planned or refused (change_rollback), applied, rolled_back or interrupted (change_apply of a rollback plan).",
	}, []string{"outcome"})
	Invariants = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "invariant_results_total", Help: "Invariant checks of planned changes by invariant and result (pass, violated).",
	}, []string{"invariant", "result"})
	Layer0Verdicts = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "layer0_verdicts_total", Help: "Layer0 classifications of tool calls by class, verdict and gate mode.",
	}, []string{"class", "verdict", "mode"})
	Layer0Anomalies = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "layer0_classification_anomalies_total", Help: "Tool calls Layer0 could not classify, by kind (too_large, error, policy).",
	}, []string{"kind"})
	TunnelUp = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Namespace: Namespace, Name: "tunnel_up", Help: "1 when the tunnel was healthy at the last tunnel_health_check, else 0.",
	}, []string{"tunnel"})
	TunnelConnections = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Namespace: Namespace, Name: "tunnel_connections", Help: "Connector connections of the tunnel at the last tunnel_health_check.",
	}, []string{"tunnel"})
	TunnelChecks = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "tunnel_health_checks_total", Help: "Tunnels seen by tunnel_health_check, by status.",
	}, []string{"status"})
	WAFDeployFailures = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "waf_rule_deployment_failures_total", Help: "Ruleset writes (WAF rule deployments) that Cloudflare refused or that failed, by reason.",
	}, []string{"reason"})
)

func init() {
	Register(ToolCalls, ToolLatency, Plans, Applies, Rollbacks, Invariants, Layer0Verdicts, Layer0Anomalies,
		TunnelUp, TunnelConnections, TunnelChecks, WAFDeployFailures)
}

var fqName = lazyre.New(`fqName: "([^"]+)"`)

// MetricNames lists the names of cfplane's own metrics registered so far
// (the alert rules and the dashboard are checked against it).
func MetricNames() []string {
	mu.Lock()
	cs := slices.Clone(collectors)
	mu.Unlock()
	ch := make(chan *prometheus.Desc, 64)
	go func() {
		for _, c := range cs {
			c.Describe(ch)
		}
		close(ch)
	}()
	var names []string
	for d := range ch {
		if m := fqName.FindStringSubmatch(d.String()); m != nil {
			names = append(names, m[1])
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}
