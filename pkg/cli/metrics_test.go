package cli

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/telemetry"
)

// One tool call over HTTP against the embedded sandbox: /metrics (behind the
// bearer token) shows the call, its latency and its Cloudflare API requests
// and parses with Prometheus' own text parser; the call's span has the
// Cloudflare API calls as children.
func TestMetricsAndTracesOverHTTP(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	defer telemetry.SetTracerProvider(tp)()

	t.Setenv(TokenEnv, "")
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	const token = "metrics-test-token-0123456789"
	tokFile := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(tokFile, []byte(token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	var out, errb syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		clicore.RunContext(ctx, testServer().Core(), []string{"--sandbox", "--transport", "http", "--addr", addr, "--auth-token-file", tokFile}, strings.NewReader(""), &out, &errb)
	}()
	defer func() { cancel(); <-done }()

	do := func(method, path, body, auth string) (int, string) {
		t.Helper()
		var rd io.Reader
		if body != "" {
			rd = strings.NewReader(body)
		}
		req, _ := http.NewRequest(method, "http://"+addr+path, rd)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if auth != "" {
			req.Header.Set("Authorization", "Bearer "+auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for i := 0; i < 200; i++ {
		if code, _ := do("GET", "/livez", "", ""); code == 200 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if code, body := do("POST", "/mcp", `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"0"}}}`, token); code != 200 {
		t.Fatalf("initialize: %d %s (stderr %s)", code, body, errb.String())
	}
	if code, body := do("POST", "/mcp", `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"count_zones","arguments":{}}}`, token); code != 200 || !strings.Contains(body, `zones`) {
		t.Fatalf("tools/call: %d %s", code, body)
	}
	if code, _ := do("GET", "/metrics", "", ""); code != http.StatusUnauthorized {
		t.Errorf("/metrics without the bearer token: %d", code)
	}
	code, body := do("GET", "/metrics", "", token)
	if code != 200 {
		t.Fatalf("/metrics: %d %s", code, body)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := parser.TextToMetricFamilies(strings.NewReader(body))
	if err != nil {
		t.Fatalf("the scrape does not parse: %v", err)
	}
	find := func(name string, labels map[string]string) float64 {
		f := fams[name]
		if f == nil {
			return -1
		}
	next:
		for _, m := range f.GetMetric() {
			for k, v := range labels {
				ok := false
				for _, lp := range m.GetLabel() {
					ok = ok || lp.GetName() == k && lp.GetValue() == v
				}
				if !ok {
					continue next
				}
			}
			switch {
			case m.Counter != nil:
				return m.GetCounter().GetValue()
			case m.Histogram != nil:
				return float64(m.GetHistogram().GetSampleCount())
			}
		}
		return -1
	}
	if v := find("cfplane_tool_calls_total", map[string]string{"server": "test_server", "tool": "count_zones", "outcome": "ok"}); v < 1 {
		t.Errorf("tool call not counted: %v", v)
	}
	if v := find("cfplane_tool_call_duration_seconds", map[string]string{"tool": "count_zones"}); v < 1 {
		t.Errorf("no latency observation: %v", v)
	}
	if v := find("cfplane_cloudflare_api_requests_total", map[string]string{"method": "GET", "status": "200"}); v < 1 {
		t.Errorf("Cloudflare API requests not counted: %v", v)
	}
	if v := find("cfplane_layer0_verdicts_total", nil); v < 1 {
		t.Errorf("Layer0 verdict not counted: %v\n%s", v, errb.String())
	}

	// Traces: the tool call's span is the parent of its Cloudflare calls.
	var toolSpan sdktrace.ReadOnlySpan
	for _, s := range rec.Ended() {
		if s.Name() == "tools/call count_zones" {
			toolSpan = s
		}
	}
	if toolSpan == nil {
		t.Fatalf("no tool span among %d spans", len(rec.Ended()))
	}
	children := 0
	for _, s := range rec.Ended() {
		if strings.HasPrefix(s.Name(), "cloudflare GET ") && s.Parent().SpanID() == toolSpan.SpanContext().SpanID() {
			children++
		}
	}
	if children == 0 {
		var names []string
		for _, s := range rec.Ended() {
			names = append(names, s.Name())
		}
		t.Errorf("no Cloudflare API span under the tool span; spans: %v", names)
	}
}
