package mcpkit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/rs/zerolog"

	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
)

const canary = "cfcanary_0123456789abcdefghijABCDEFGHIJ"

type echoArgs struct {
	Message string `json:"message" jsonschema:"text to echo"`
	Zone    string `json:"zone,omitempty" jsonschema:"zone name"`
}

type echoResult struct {
	Echo string `json:"echo"`
}

type replacer struct{ secret string }

func (r replacer) String(s string) string { return strings.ReplaceAll(s, r.secret, "[REDACTED]") }

func echoTool() mcpkit.Tool {
	return mcpkit.NewTool("echo", "Echo a message.", mcpkit.LocalReadHints,
		func(ctx context.Context, a echoArgs) (echoResult, error) {
			switch a.Message {
			case "panic":
				panic("boom " + canary)
			case "fail":
				return echoResult{}, mcpkit.Errorf("bad message %q; accepted: anything else", a.Message+canary)
			case "internal":
				return echoResult{}, mcpkit.Internal(errors.New("disk on fire " + canary))
			case "slow":
				<-ctx.Done()
				return echoResult{}, mcpkit.Errorf("cancelled: %v", ctx.Err())
			case "gate":
				d, _ := mcpkit.GateFromContext(ctx)
				return echoResult{Echo: d.ReceiptID}, nil
			}
			return echoResult{Echo: a.Message}, nil
		})
}

func writeTool() mcpkit.Tool {
	return mcpkit.NewTool("write_thing", "Change a thing.", mcpkit.PlanHints,
		func(ctx context.Context, a echoArgs) (echoResult, error) { return echoResult{Echo: "planned"}, nil })
}

type gate struct{ block bool }

func (g gate) Check(_ context.Context, c mcpkit.GateCall) (mcpkit.GateDecision, error) {
	if g.block && !c.ReadOnly {
		return mcpkit.GateDecision{Block: true, Rules: []string{"L0-DESTRUCT-001"}, Reason: "destructive", ReceiptID: "r1"}, nil
	}
	return mcpkit.GateDecision{ReceiptID: "receipt-" + c.Tool}, nil
}

func newServer(t *testing.T, ro bool, g mcpkit.Gate, log io.Writer) *mcpkittest.Client {
	t.Helper()
	set := mcpkit.NewToolset("test", "test tools").AddRead(echoTool()).AddWrite(writeTool())
	if log == nil {
		log = io.Discard
	}
	s := mcpkit.NewServer([]*mcpkit.Toolset{set}, mcpkit.ServerOptions{
		Name: "t", Version: "0", ReadOnly: ro, Logger: zerolog.New(log),
		Redactor: replacer{canary}, Gate: g, Timeout: 200 * time.Millisecond,
	})
	return mcpkittest.New(t, s)
}

func TestToolsetRejectsMisannotatedTools(t *testing.T) {
	mustPanic := func(name string, f func()) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Errorf("%s: expected a panic", name)
			}
		}()
		f()
	}
	mustPanic("write tool in read list", func() { mcpkit.NewToolset("x", "").AddRead(writeTool()) })
	mustPanic("read tool in write list", func() { mcpkit.NewToolset("x", "").AddWrite(echoTool()) })
	noHints := echoTool()
	noHints.Def.Annotations.OpenWorldHint = nil
	mustPanic("missing hint", func() { mcpkit.NewToolset("x", "").AddRead(noHints) })
	mustPanic("duplicate", func() {
		a := mcpkit.NewToolset("a", "").AddRead(echoTool())
		b := mcpkit.NewToolset("b", "").AddRead(echoTool())
		mcpkit.AllTools([]*mcpkit.Toolset{a, b}, false)
	})
}

func TestReadOnlyGating(t *testing.T) {
	names := func(c *mcpkittest.Client) string {
		var n []string
		for _, tl := range c.ListTools() {
			n = append(n, tl.Name)
		}
		return strings.Join(n, ",")
	}
	if got := names(newServer(t, false, nil, nil)); got != "echo,write_thing" {
		t.Errorf("write mode tools = %s", got)
	}
	c := newServer(t, true, nil, nil)
	if got := names(c); got != "echo" {
		t.Errorf("read-only tools = %s", got)
	}
	res, err := c.Call("write_thing", map[string]any{"message": "x"})
	if err == nil && (res == nil || !res.IsError) {
		t.Errorf("write tool callable in read-only mode: %+v", res)
	}
}

func TestAnnotationsAndSchema(t *testing.T) {
	tl := echoTool().Def
	a := tl.Annotations
	if !*a.ReadOnlyHint || *a.DestructiveHint || !*a.IdempotentHint || *a.OpenWorldHint {
		t.Errorf("hints = %+v", a)
	}
	schema := string(tl.RawInputSchema)
	if !strings.Contains(schema, `"required":["message"]`) || !strings.Contains(schema, "text to echo") {
		t.Errorf("input schema = %s", schema)
	}
}

func TestCallsThroughChain(t *testing.T) {
	var logs bytes.Buffer
	c := newServer(t, false, gate{}, &logs)

	res := c.MustCall("echo", map[string]any{"message": "argvalue-xyz", "zone": "example.com"})
	var out echoResult
	mcpkittest.Decode(t, res, &out)
	if res.IsError || out.Echo != "argvalue-xyz" {
		t.Fatalf("echo = %+v", res)
	}

	res = c.MustCall("echo", map[string]any{"message": "hi", "bogus": 1})
	if !res.IsError || !strings.Contains(mcpkittest.Text(res), "bogus") {
		t.Errorf("unknown argument not refused clearly: %s", mcpkittest.Text(res))
	}

	res = c.MustCall("echo", map[string]any{"message": 12})
	if !res.IsError {
		t.Errorf("wrong type accepted: %s", mcpkittest.Text(res))
	}

	res = c.MustCall("echo", map[string]any{"message": "fail"})
	if !res.IsError || strings.Contains(mcpkittest.Text(res), canary) || !strings.Contains(mcpkittest.Text(res), "[REDACTED]") {
		t.Errorf("tool error not redacted: %s", mcpkittest.Text(res))
	}

	_, err := c.Call("echo", map[string]any{"message": "panic"})
	if err == nil || strings.Contains(err.Error(), canary) || strings.Contains(err.Error(), "boom") {
		t.Errorf("panic not turned into a clean error: %v", err)
	}

	_, err = c.Call("echo", map[string]any{"message": "internal"})
	if err == nil || strings.Contains(err.Error(), canary) {
		t.Errorf("internal error leaked or was not a JSON-RPC error: %v", err)
	}

	res = c.MustCall("echo", map[string]any{"message": "slow"})
	if !res.IsError || !strings.Contains(mcpkittest.Text(res), "did not finish within") {
		t.Errorf("timeout not reported: %s", mcpkittest.Text(res))
	}

	res = c.MustCall("echo", map[string]any{"message": "gate"})
	mcpkittest.Decode(t, res, &out)
	if out.Echo != "receipt-echo" {
		t.Errorf("gate decision not in context: %q", out.Echo)
	}

	if strings.Contains(logs.String(), canary) {
		t.Errorf("canary in logs: %s", logs.String())
	}
	if !strings.Contains(logs.String(), `"zone":"example.com"`) || strings.Contains(logs.String(), "argvalue-xyz") {
		t.Errorf("request log should carry tool and zone only: %s", logs.String())
	}
}

func TestGateBlocks(t *testing.T) {
	c := newServer(t, false, gate{block: true}, nil)
	res := c.MustCall("write_thing", map[string]any{"message": "x"})
	if !res.IsError || !strings.Contains(mcpkittest.Text(res), "L0-DESTRUCT-001") {
		t.Errorf("blocked call = %s", mcpkittest.Text(res))
	}
	res = c.MustCall("echo", map[string]any{"message": "x"})
	if res.IsError {
		t.Errorf("read call blocked: %s", mcpkittest.Text(res))
	}
}

func TestHTTPHandler(t *testing.T) {
	set := mcpkit.NewToolset("test", "").AddRead(echoTool())
	s := mcpkit.NewServer([]*mcpkit.Toolset{set}, mcpkit.ServerOptions{Name: "t", Version: "0", Logger: zerolog.Nop()})
	h := mcpkit.HTTPHandler(s, mcpkit.HTTPOptions{AuthToken: "tok", MaxBodyBytes: 1024})
	srv := httptest.NewServer(h)
	defer srv.Close()

	do := func(body string, auth string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/mcp", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	init := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"0"}}}`
	if code, _ := do(init, ""); code != http.StatusUnauthorized {
		t.Errorf("no token: %d", code)
	}
	if code, _ := do(init, "Bearer nope"); code != http.StatusUnauthorized {
		t.Errorf("wrong token: %d", code)
	}
	if code, body := do(init, "Bearer tok"); code != http.StatusOK || !strings.Contains(body, `"serverInfo"`) {
		t.Errorf("initialize: %d %s", code, body)
	}
	if code, _ := do(strings.Repeat("x", 2048), "Bearer tok"); code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body: %d", code)
	}
	if code, body := do(`{"jsonrpc":"2.0","id":2,"method":`, "Bearer tok"); !strings.Contains(body, `"error"`) {
		t.Errorf("malformed JSON-RPC: %d %s", code, body)
	}
	if code, body := do(`{"jsonrpc":"2.0","id":3,"method":"tools/list"}`, "Bearer tok"); code != http.StatusOK || !strings.Contains(body, "echo") {
		t.Errorf("server stopped serving after bad input: %d %s", code, body)
	}
	resp, err := srv.Client().Get(srv.URL + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("healthz: %v %v", err, resp)
	}
	if resp != nil {
		resp.Body.Close()
	}
}

func TestServeHTTPRefusesPublicAddrWithoutToken(t *testing.T) {
	s := mcpkit.NewServer(nil, mcpkit.ServerOptions{Name: "t", Version: "0", Logger: zerolog.Nop()})
	err := mcpkit.ServeHTTP(context.Background(), s, mcpkit.HTTPOptions{Addr: "0.0.0.0:0"}, nil)
	if !errors.Is(err, mcpkit.ErrNeedsAuth) {
		t.Errorf("err = %v", err)
	}
	for addr, want := range map[string]bool{"127.0.0.1:1": true, "localhost:1": true, "[::1]:1": true, "0.0.0.0:1": false, "10.0.0.1:1": false, "bad": false} {
		if got := mcpkit.IsLoopbackAddr(addr); got != want {
			t.Errorf("IsLoopbackAddr(%s) = %v", addr, got)
		}
	}
}

var _ mcp.Tool

type anyArgs struct {
	Value   any             `json:"value" jsonschema:"anything"`
	Raw     json.RawMessage `json:"raw,omitempty"`
	List    []any           `json:"list,omitempty"`
	Nothing string          `json:"nothing,omitempty"`
}

type anyResult struct {
	Changes []any          `json:"changes"`
	Extra   map[string]any `json:"extra"`
}

// MCP clients (the TypeScript SDK among them) reject boolean property
// schemas in tools/list; tools registered through a toolset never carry one.
func TestNoBooleanSchemas(t *testing.T) {
	tool := mcpkit.NewTool("anything", "Accept anything.", mcpkit.LocalReadHints,
		func(ctx context.Context, a anyArgs) (anyResult, error) { return anyResult{}, nil })
	raw, _ := json.Marshal(tool.Def)
	if !bytes.Contains(raw, []byte(`:true`)) {
		t.Skip("the schema generator no longer emits boolean schemas for any")
	}
	set := mcpkit.NewToolset("t", "").AddRead(tool)
	def := set.Tools(true)[0].Def
	out, _ := json.Marshal(def)
	var tree map[string]any
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, sub := range x {
				if _, isBool := sub.(bool); isBool && k != "additionalProperties" && !strings.HasSuffix(path, "annotations") {
					t.Errorf("boolean schema at %s.%s", path, k)
				}
				walk(path+"."+k, sub)
			}
		case []any:
			for _, sub := range x {
				walk(path+"[]", sub)
			}
		}
	}
	walk("tool", tree)
	if !strings.Contains(string(out), `"value":{`) {
		t.Errorf("property lost: %s", out)
	}
}

type enumArgs struct {
	Mode string `json:"mode" jsonschema:"one of a or b"`
	N    int    `json:"n,omitempty"`
}

func TestArgumentValidationMessages(t *testing.T) {
	tool := mcpkit.NewTool("modes", "Pick a mode.", mcpkit.LocalReadHints,
		func(ctx context.Context, a enumArgs) (echoResult, error) { return echoResult{Echo: a.Mode}, nil })
	var raw map[string]any
	_ = json.Unmarshal(tool.Def.RawInputSchema, &raw)
	raw["properties"].(map[string]any)["mode"].(map[string]any)["enum"] = []any{"a", "b"}
	tool.Def.RawInputSchema, _ = json.Marshal(raw)
	set := mcpkit.NewToolset("t", "").AddRead(tool)
	s := mcpkit.NewServer([]*mcpkit.Toolset{set}, mcpkit.ServerOptions{Name: "t", Version: "0", Logger: zerolog.Nop(), Redactor: replacer{canary}})
	c := mcpkittest.New(t, s)
	cases := []struct {
		args map[string]any
		want []string
	}{
		{map[string]any{}, []string{"invalid arguments: arguments: missing property 'mode'", "accepted arguments: mode, n"}},
		{map[string]any{"mode": "c"}, []string{"mode: value must be one of 'a', 'b'"}},
		{map[string]any{"mode": "a", "n": "x"}, []string{"n: got string, want integer"}},
		{map[string]any{"mode": canary}, []string{"must be one of"}},
	}
	for _, tc := range cases {
		res := c.MustCall("modes", tc.args)
		text := mcpkittest.Text(res)
		if !res.IsError || strings.Contains(text, canary) || strings.Contains(text, "&{") {
			t.Errorf("%v: %s", tc.args, text)
		}
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%v: %q does not contain %q", tc.args, text, w)
			}
		}
	}
	if res := c.MustCall("modes", map[string]any{"mode": "b"}); res.IsError {
		t.Errorf("valid call refused: %s", mcpkittest.Text(res))
	}
}
