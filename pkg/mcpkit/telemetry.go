package mcpkit

import (
	"context"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"github.com/cfplane/cfplane/pkg/telemetry"
)

// telemetryMW counts each call by tool and outcome, times it, records the
// domain metrics its result carries, and wraps it in a span
// ("tools/call NAME") that the Cloudflare API calls it makes are children
// of. It sits inside recover, so panics count as faults; it sees the final
// (redacted) result.
func telemetryMW(serverName string) server.ToolHandlerMiddleware {
	tracer := telemetry.Tracer()
	return func(next server.ToolHandlerFunc) server.ToolHandlerFunc {
		return func(ctx context.Context, req mcp.CallToolRequest) (res *mcp.CallToolResult, err error) {
			tool := req.Params.Name
			ctx, span := tracer.Start(ctx, "tools/call "+tool, trace.WithSpanKind(trace.SpanKindServer),
				trace.WithAttributes(attribute.String("mcp.server", serverName), attribute.String("mcp.tool.name", tool)))
			start := time.Now()
			outcome := "fault"
			defer func() {
				telemetry.ToolCalls.WithLabelValues(serverName, tool, outcome).Inc()
				telemetry.ToolLatency.WithLabelValues(serverName, tool).Observe(time.Since(start).Seconds())
				span.SetAttributes(attribute.String("mcp.outcome", outcome))
				if outcome != "ok" {
					span.SetStatus(codes.Error, outcome)
				}
				span.End()
			}()
			res, err = next(ctx, req)
			switch {
			case err != nil:
				outcome = "fault"
			case res != nil && res.IsError:
				outcome = "tool_error"
			default:
				outcome = "ok"
			}
			if err == nil && res != nil {
				telemetry.ObserveToolResult(tool, res.IsError, res.StructuredContent)
			}
			return res, err
		}
	}
}
