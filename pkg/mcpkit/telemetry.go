package mcpkit

import (
	"context"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// CallObserver observes tool calls for metrics and traces. pkg/telemetry
// installs one (DefaultObserver) when a binary links it; mcpkit itself
// links no metrics or tracing library, so a server without them stays lean.
type CallObserver interface {
	// ToolCall starts observing a call; done receives its final result.
	ToolCall(ctx context.Context, server, tool string) (context.Context, func(res *mcp.CallToolResult, err error))
}

// CallOutcome is the outcome label of a finished call, the same on every
// server's metrics: "fault" (the handler failed or panicked), "tool_error"
// (the tool answered with an error result) or "ok".
func CallOutcome(res *mcp.CallToolResult, err error) string {
	switch {
	case err != nil:
		return "fault"
	case res != nil && res.IsError:
		return "tool_error"
	}
	return "ok"
}

// DefaultObserver is used by every middleware chain built after it is set
// (pkg/telemetry sets it in its init).
var DefaultObserver CallObserver

// observeMW hands each call to the observer: it sits inside recover, so a
// panic reaches done as a fault, and sees the final (redacted) result.
func observeMW(serverName string, o CallObserver) server.ToolHandlerMiddleware {
	return func(next server.ToolHandlerFunc) server.ToolHandlerFunc {
		if o == nil {
			return next
		}
		return func(ctx context.Context, req mcp.CallToolRequest) (res *mcp.CallToolResult, err error) {
			ctx, done := o.ToolCall(ctx, serverName, req.Params.Name)
			panicked := true
			defer func() {
				if panicked {
					done(nil, errPanicked)
				}
			}()
			res, err = next(ctx, req)
			panicked = false
			done(res, err)
			return res, err
		}
	}
}

type panicErr struct{}

func (panicErr) Error() string { return "tool handler panicked" }

var errPanicked error = panicErr{}
