package mcpkit

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"
)

// Redactor removes secrets from text. pkg/redact provides the implementation.
type Redactor interface {
	String(s string) string
}

// GateCall is what the Layer0 gate sees of a tool call.
type GateCall struct {
	Tool      string
	Arguments map[string]any
	// ReadOnly is the server's own knowledge of the tool (from its toolset
	// list), never the client-visible annotation.
	ReadOnly bool
}

// GateDecision is the gate's verdict on a call.
type GateDecision struct {
	// Block refuses the call; Reason and Rules say why.
	Block bool
	// Review lets the call through but marks any plan it makes as needing
	// approval.
	Review    bool
	ReceiptID string
	Reason    string
	Rules     []string
}

// Gate classifies a tool call before it runs.
type Gate interface {
	Check(ctx context.Context, call GateCall) (GateDecision, error)
}

// NoGate lets every call through without a receipt.
type NoGate struct{}

// Check implements Gate.
func (NoGate) Check(context.Context, GateCall) (GateDecision, error) { return GateDecision{}, nil }

type gateKey struct{}

// GateFromContext returns the gate's decision for the current call.
func GateFromContext(ctx context.Context) (GateDecision, bool) {
	d, ok := ctx.Value(gateKey{}).(GateDecision)
	return d, ok
}

// ChainOptions configures the middleware chain.
type ChainOptions struct {
	Logger   zerolog.Logger
	Redactor Redactor
	Gate     Gate
	// Timeout bounds each call; zero means DefaultCallTimeout.
	Timeout time.Duration
	// ReadOnlyTools names the tools the server lists as read-only.
	ReadOnlyTools map[string]bool
	// Tools, when set, have their arguments validated against their input
	// schemas (innermost, before the handler).
	Tools []Tool
	// Server names the server in metrics and traces.
	Server string
}

// DefaultCallTimeout bounds a tool call when no timeout is configured.
const DefaultCallTimeout = 60 * time.Second

// Chain returns the middlewares in order, outermost first:
// recover → metrics and trace span → request log → Layer0 gate → timeout → redaction → argument
// validation.
func Chain(o ChainOptions) []server.ToolHandlerMiddleware {
	if o.Redactor == nil {
		o.Redactor = nopRedactor{}
	}
	if o.Gate == nil {
		o.Gate = NoGate{}
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultCallTimeout
	}
	return []server.ToolHandlerMiddleware{
		recoverMW(o.Logger, o.Redactor),
		observeMW(o.Server, DefaultObserver),
		logMW(o.Logger),
		gateMW(o.Gate, o.ReadOnlyTools),
		timeoutMW(o.Timeout),
		redactMW(o.Redactor),
		validateMW(newArgValidators(o.Tools), o.Redactor),
	}
}

type nopRedactor struct{}

func (nopRedactor) String(s string) string { return s }

// recoverMW turns a panic into a JSON-RPC error that carries no panic text
// (panic values can hold request data or secrets); the redacted panic and
// stack go to the log.
func recoverMW(log zerolog.Logger, r Redactor) server.ToolHandlerMiddleware {
	return func(next server.ToolHandlerFunc) server.ToolHandlerFunc {
		return func(ctx context.Context, req mcp.CallToolRequest) (res *mcp.CallToolResult, err error) {
			defer func() {
				if p := recover(); p != nil {
					log.Error().Str("tool", req.Params.Name).
						Str("panic", r.String(fmt.Sprint(p))).
						Str("stack", r.String(string(debug.Stack()))).
						Msg("tool handler panicked")
					res, err = nil, fmt.Errorf("internal error in tool %s; the server log has details", req.Params.Name)
				}
			}()
			return next(ctx, req)
		}
	}
}

// logMW logs one line per call: tool, zone, outcome and duration. Never the
// raw arguments.
func logMW(log zerolog.Logger) server.ToolHandlerMiddleware {
	return func(next server.ToolHandlerFunc) server.ToolHandlerFunc {
		return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			start := time.Now()
			res, err := next(ctx, req)
			ev := log.Info()
			outcome := "ok"
			switch {
			case err != nil:
				ev = log.Warn()
				outcome = "fault"
			case res != nil && res.IsError:
				outcome = "tool_error"
			}
			ev = ev.Str("tool", req.Params.Name).Str("outcome", outcome).
				Int64("duration_ms", time.Since(start).Milliseconds())
			if zone, ok := req.GetArguments()["zone"].(string); ok && len(zone) <= 255 && isPlainName(zone) {
				ev = ev.Str("zone", zone)
			}
			ev.Msg("tool call")
			return res, err
		}
	}
}

func isPlainName(s string) bool {
	for _, c := range s {
		if !(c == '.' || c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func gateMW(g Gate, readOnly map[string]bool) server.ToolHandlerMiddleware {
	return func(next server.ToolHandlerFunc) server.ToolHandlerFunc {
		return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			d, err := g.Check(ctx, GateCall{Tool: req.Params.Name, Arguments: req.GetArguments(), ReadOnly: readOnly[req.Params.Name]})
			if err != nil {
				return mcp.NewToolResultError("the call could not be classified by Layer0 and was refused: " + err.Error()), nil
			}
			if d.Block {
				msg := "refused by Layer0"
				if len(d.Rules) > 0 {
					msg += " (rules " + strings.Join(d.Rules, ", ") + ")"
				}
				if d.Reason != "" {
					msg += ": " + d.Reason
				}
				if d.ReceiptID != "" {
					msg += "; receipt " + d.ReceiptID
				}
				return mcp.NewToolResultError(msg), nil
			}
			return next(context.WithValue(ctx, gateKey{}, d), req)
		}
	}
}

func timeoutMW(d time.Duration) server.ToolHandlerMiddleware {
	return func(next server.ToolHandlerFunc) server.ToolHandlerFunc {
		return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			ctx, cancel := context.WithTimeout(ctx, d)
			defer cancel()
			res, err := next(ctx, req)
			if err == nil && res != nil && res.IsError && errors.Is(ctx.Err(), context.DeadlineExceeded) {
				res = mcp.NewToolResultError(fmt.Sprintf("%s did not finish within %s; nothing further was done. Narrow the request (smaller window, fewer items) and retry", req.Params.Name, d))
			}
			return res, err
		}
	}
}

// redactMW is innermost: nothing unredacted leaves a handler.
func redactMW(r Redactor) server.ToolHandlerMiddleware {
	return func(next server.ToolHandlerFunc) server.ToolHandlerFunc {
		return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			res, err := next(ctx, req)
			if err != nil {
				err = redactedError{msg: r.String(err.Error()), err: err}
			}
			if res != nil {
				RedactResult(res, r)
			}
			return res, err
		}
	}
}

type redactedError struct {
	msg string
	err error
}

func (e redactedError) Error() string { return e.msg }

// Is lets errors.As/Is see the kind of the original error without exposing
// its text.
func (e redactedError) Unwrap() error { return e.err }

// RedactResult redacts every text a result carries, in place.
func RedactResult(res *mcp.CallToolResult, r Redactor) {
	for i, c := range res.Content {
		switch v := c.(type) {
		case mcp.TextContent:
			v.Text = r.String(v.Text)
			res.Content[i] = v
		case *mcp.TextContent:
			v.Text = r.String(v.Text)
		}
	}
	if res.StructuredContent != nil {
		res.StructuredContent = redactValue(res.StructuredContent, r)
	}
}
