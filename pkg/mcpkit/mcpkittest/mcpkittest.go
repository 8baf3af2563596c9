// Package mcpkittest drives an MCP server in-process with mcp-go's client,
// for tests: initialise, list tools, call tools.
package mcpkittest

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// Client is an initialised in-process client.
type Client struct {
	t testing.TB
	c *client.Client
}

// New starts an in-process client against s and initialises it.
func New(t testing.TB, s *server.MCPServer) *Client {
	t.Helper()
	c, err := client.NewInProcessClient(s)
	if err != nil {
		t.Fatalf("in-process client: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.Start(ctx); err != nil {
		t.Fatalf("start client: %v", err)
	}
	req := mcp.InitializeRequest{}
	req.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	req.Params.ClientInfo = mcp.Implementation{Name: "cfplane-test", Version: "0"}
	if _, err := c.Initialize(ctx, req); err != nil {
		t.Fatalf("initialize: %v", err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return &Client{t: t, c: c}
}

// ListTools returns the advertised tools.
func (c *Client) ListTools() []mcp.Tool {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := c.c.ListTools(ctx, mcp.ListToolsRequest{})
	if err != nil {
		c.t.Fatalf("tools/list: %v", err)
	}
	return res.Tools
}

// Call calls a tool and returns the result; a JSON-RPC error is returned as err.
func (c *Client) Call(name string, args map[string]any) (*mcp.CallToolResult, error) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req := mcp.CallToolRequest{}
	req.Params.Name = name
	req.Params.Arguments = args
	return c.c.CallTool(ctx, req)
}

// MustCall calls a tool and fails the test on a JSON-RPC error.
func (c *Client) MustCall(name string, args map[string]any) *mcp.CallToolResult {
	c.t.Helper()
	res, err := c.Call(name, args)
	if err != nil {
		c.t.Fatalf("call %s: %v", name, err)
	}
	return res
}

// Text joins a result's text content.
func Text(res *mcp.CallToolResult) string {
	var s string
	for _, c := range res.Content {
		if tc, ok := mcp.AsTextContent(c); ok {
			s += tc.Text
		}
	}
	return s
}

// Decode decodes a result's structured content (or its JSON text) into v.
func Decode(t testing.TB, res *mcp.CallToolResult, v any) {
	t.Helper()
	var b []byte
	var err error
	if res.StructuredContent != nil {
		b, err = json.Marshal(res.StructuredContent)
	} else {
		b = []byte(Text(res))
	}
	if err != nil {
		t.Fatalf("encode structured content: %v", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("decode result %s: %v", b, err)
	}
}
