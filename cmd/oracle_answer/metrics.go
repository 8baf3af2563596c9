package main

import (
	"context"
	"net/http"
	"time"

	"github.com/mark3labs/mcp-go/mcp"

	cli "github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/textmetrics"
)

// oracle_answer's /metrics (with --metrics-addr, and beside /mcp on the
// HTTP listener) carries the same names as the other servers' for what it
// does: tool calls, their latency, Layer0 verdicts and the calls Layer0
// could not classify. It is written by pkg/textmetrics, not the Prometheus
// client, which would link protobuf into this binary.
var (
	metrics     textmetrics.Registry
	toolCalls   = metrics.Counter("cfplane_tool_calls_total", "MCP tool calls by server, tool and outcome (ok, tool_error, fault).", "server", "tool", "outcome")
	toolLatency = metrics.Histogram("cfplane_tool_call_duration_seconds", "MCP tool call latency.",
		[]float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}, "server", "tool")
	layer0Verdicts  = metrics.Counter("cfplane_layer0_verdicts_total", "Layer0 classifications of tool calls by class, verdict and gate mode.", "class", "verdict", "mode")
	layer0Anomalies = metrics.Counter("cfplane_layer0_classification_anomalies_total", "Tool calls Layer0 could not classify, by kind (too_large, error, policy).", "kind")
)

func init() {
	cli.Hooks.Metrics = func() http.Handler { return metrics.Handler() }
	cli.Hooks.Layer0Verdict = func(class, verdict, mode string) { layer0Verdicts.Inc(class, verdict, mode) }
	cli.Hooks.Layer0Anomaly = func(kind string) { layer0Anomalies.Inc(kind) }
	mcpkit.DefaultObserver = observer{}
}

type observer struct{}

// ToolCall counts the call by tool and outcome and times it.
func (observer) ToolCall(ctx context.Context, server, tool string) (context.Context, func(*mcp.CallToolResult, error)) {
	start := time.Now()
	return ctx, func(res *mcp.CallToolResult, err error) {
		outcome := mcpkit.CallOutcome(res, err)
		toolCalls.Inc(server, tool, outcome)
		toolLatency.Observe(time.Since(start).Seconds(), server, tool)
	}
}
