package telemetry

import (
	"context"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// Linking this package installs the tool call observer of pkg/mcpkit
// (pkg/cli also wires /metrics, tracing and the Layer0 counter into
// pkg/clicore). The servers that reach Cloudflare link it; oracle_answer
// does not (it counts its own few metrics, and has no tracing).
func init() { mcpkit.DefaultObserver = observer{} }

type observer struct{}

// ToolCall counts the call by tool and outcome, times it, records the domain
// metrics its result carries and wraps it in a span ("tools/call NAME")
// that the Cloudflare API calls it makes are children of.
func (observer) ToolCall(ctx context.Context, server, tool string) (context.Context, func(*mcp.CallToolResult, error)) {
	ctx, span := Tracer().Start(ctx, "tools/call "+tool, trace.WithSpanKind(trace.SpanKindServer),
		trace.WithAttributes(attribute.String("mcp.server", server), attribute.String("mcp.tool.name", tool)))
	start := time.Now()
	return ctx, func(res *mcp.CallToolResult, err error) {
		outcome := mcpkit.CallOutcome(res, err)
		ToolCalls.Inc(server, tool, outcome)
		ToolLatency.Observe(time.Since(start).Seconds(), server, tool)
		if err == nil && res != nil {
			ObserveToolResult(tool, res.IsError, res.StructuredContent)
		}
		span.SetAttributes(attribute.String("mcp.outcome", outcome))
		if outcome != "ok" {
			span.SetStatus(codes.Error, outcome)
		}
		span.End()
	}
}
