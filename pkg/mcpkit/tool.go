// Package mcpkit is the small framework every cfplane server is built from:
// a Tool is a definition plus a typed handler plus whether it may mutate;
// Toolsets keep read and write tools apart; one middleware chain wraps every
// call (recover, request log, Layer0 gate, timeout, redaction).
package mcpkit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// Tool is one MCP tool: its advertised definition, its handler and whether
// it only reads.
type Tool struct {
	Def      mcp.Tool
	Handler  server.ToolHandlerFunc
	ReadOnly bool
	// describedEnums are JSON pointers to the input schema's enums taken
	// from descriptions (schema.go): the tool checks those values itself.
	describedEnums []string
	// portableInput is set when the input schema came from the schema
	// file, already portable, with fileEnums its described enums.
	portableInput bool
	fileEnums     []string
	// schemas reflects the input and output schemas from the Go types
	// (what the registered schema file must hold for them).
	schemas func() schemaEntry
}

// Hints are the four MCP annotation hints. Every cfplane tool sets all four:
// mcp-go's defaults advertise a tool as destructive and open-world.
type Hints struct {
	ReadOnly    bool
	Destructive bool
	Idempotent  bool
	OpenWorld   bool
}

// ReadHints are the hints of a tool that only reads Cloudflare (open world).
var ReadHints = Hints{ReadOnly: true, Idempotent: true, OpenWorld: true}

// LocalReadHints are the hints of a read tool that touches nothing outside
// the server process (pure computation over its arguments).
var LocalReadHints = Hints{ReadOnly: true, Idempotent: true}

// PlanHints are the hints of a tool whose writes only produce a plan: it
// does not change Cloudflare, but it records a plan locally.
var PlanHints = Hints{ReadOnly: false, Destructive: false, Idempotent: false, OpenWorld: true}

// Error is a tool-level failure: bad input, a policy refusal or a Cloudflare
// API failure. It reaches the client as a tool result with isError set, so
// the model can read it and correct itself.
type Error struct {
	// Message says what was wrong, what is accepted and what to do next.
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf builds a tool-level error.
func Errorf(format string, args ...any) error {
	return &Error{Message: fmt.Sprintf(format, args...)}
}

// InternalError marks a fault of the server itself: it becomes a JSON-RPC
// error instead of a tool result. Its text is never shown to the client.
type InternalError struct{ Err error }

func (e *InternalError) Error() string { return "internal error: " + e.Err.Error() }
func (e *InternalError) Unwrap() error { return e.Err }

// Internal wraps err as a fault of the server.
func Internal(err error) error { return &InternalError{Err: err} }

// NewTool builds a Tool from a typed function. A and R are structs: the input
// schema is generated from A (a field without omitempty is required;
// `jsonschema:"text"` is its description), the output schema from R, and the
// result carries R both as structured content and as JSON text.
//
// Errors returned by fn become tool results with isError set, except
// *InternalError, which becomes a JSON-RPC error.
func NewTool[A any, R any](name, description string, h Hints, fn func(ctx context.Context, args A) (R, error)) Tool {
	def := mcp.NewTool(name,
		mcp.WithDescription(description),
		mcp.WithToolAnnotation(mcp.ToolAnnotation{
			ReadOnlyHint:    mcp.ToBoolPtr(h.ReadOnly),
			DestructiveHint: mcp.ToBoolPtr(h.Destructive),
			IdempotentHint:  mcp.ToBoolPtr(h.Idempotent),
			OpenWorldHint:   mcp.ToBoolPtr(h.OpenWorld),
		}),
	)
	// The schemas come from the registered schema file (generated from
	// these types by the tool-definition tests) when it holds them, and
	// are reflected from A and R otherwise.
	inKey, outKey := typeKey[A](), typeKey[R]()
	fileEnums, registered := setRegisteredSchemas(&def, inKey, outKey)
	if !registered {
		mcp.WithInputSchema[A]()(&def)
		mcp.WithOutputSchema[R]()(&def)
	}
	reflectSchemas := func() schemaEntry {
		var d mcp.Tool
		mcp.WithInputSchema[A]()(&d)
		mcp.WithOutputSchema[R]()(&d)
		out, _ := json.Marshal(d.OutputSchema)
		return schemaEntry{inKey: inKey, outKey: outKey, in: d.RawInputSchema, out: out}
	}
	handler := func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		var args A
		if err := decodeArgs(req.GetRawArguments(), &args); err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		res, err := fn(ctx, args)
		if err != nil {
			var ie *InternalError
			if errors.As(err, &ie) {
				return nil, err
			}
			return mcp.NewToolResultError(err.Error()), nil
		}
		text, err := json.Marshal(res)
		if err != nil {
			return nil, Internal(fmt.Errorf("encode %s result: %w", name, err))
		}
		return mcp.NewToolResultStructured(res, string(text)), nil
	}
	return Tool{Def: def, Handler: handler, ReadOnly: h.ReadOnly, schemas: reflectSchemas, portableInput: registered, fileEnums: fileEnums}
}

// decodeArgs decodes tool arguments strictly: unknown fields are rejected
// with the list of accepted ones.
func decodeArgs(raw any, dst any) error {
	var data []byte
	switch v := raw.(type) {
	case nil:
		data = []byte("{}")
	case json.RawMessage:
		data = v
	case []byte:
		data = v
	default:
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("arguments are not a JSON object")
		}
		data = b
	}
	if len(strings.TrimSpace(string(data))) == 0 || string(data) == "null" {
		data = []byte("{}")
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return argError(err, dst)
	}
	return nil
}

func argError(err error, dst any) error {
	msg := err.Error()
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &te):
		field := te.Field
		if field == "" {
			field = "arguments"
		}
		return fmt.Errorf("invalid argument %s: got a JSON %s, expected %s", field, te.Value, jsonKind(te.Type.Kind().String()))
	case strings.HasPrefix(msg, "json: unknown field "):
		name := strings.TrimPrefix(msg, "json: unknown field ")
		return fmt.Errorf("unknown argument %s; accepted arguments: %s", name, strings.Join(FieldNames(dst), ", "))
	default:
		return fmt.Errorf("invalid arguments: %s", strings.TrimPrefix(msg, "json: "))
	}
}

func jsonKind(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "bool":
		return "a boolean"
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "float32", "float64":
		return "a number"
	case "slice", "array":
		return "an array"
	case "struct", "map":
		return "an object"
	default:
		return goKind
	}
}
