package cli

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/protobuf/proto"

	"github.com/cfplane/cfplane/pkg/clicore"
)

// The whole trace path of a server: --otlp-endpoint, pkg/telemetry's span
// recorder, the tool call observer and the Cloudflare client's spans, the
// OTLP/HTTP exporter, flushed when the server stops; a fake collector on
// loopback decodes what arrives with the generated OTLP messages.
func TestTracesReachAnOTLPCollector(t *testing.T) {
	var mu sync.Mutex
	var spans []*tracepb.Span
	var resources []string
	col := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, _ := io.ReadAll(r.Body)
		var req coltracepb.ExportTraceServiceRequest
		if r.URL.Path != "/v1/traces" || r.Header.Get("Content-Type") != "application/x-protobuf" || proto.Unmarshal(data, &req) != nil {
			http.Error(w, "bad export", http.StatusBadRequest)
			return
		}
		mu.Lock()
		defer mu.Unlock()
		for _, rs := range req.ResourceSpans {
			for _, kv := range rs.GetResource().GetAttributes() {
				resources = append(resources, kv.Key+"="+kv.GetValue().GetStringValue())
			}
			for _, ss := range rs.ScopeSpans {
				spans = append(spans, ss.Spans...)
			}
		}
	}))
	defer col.Close()

	t.Setenv(TokenEnv, "")
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	for _, k := range []string{"OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_TRACES_SAMPLER", "OTEL_SDK_DISABLED"} {
		t.Setenv(k, "")
	}
	const token = "otlp-test-token-0123456789abcdef"
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
		clicore.RunContext(ctx, testServer().Core(), []string{"--sandbox", "--transport", "http", "--addr", addr,
			"--auth-token-file", tokFile, "--otlp-endpoint", col.URL}, strings.NewReader(""), &out, &errb)
	}()
	stopped := false
	defer func() {
		if !stopped {
			cancel()
			<-done
		}
	}()
	post := func(body string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest("POST", "http://"+addr+"/mcp", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for i := 0; i < 200; i++ {
		if resp, err := http.Get("http://" + addr + "/livez"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	if code, body := post(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"0"}}}`); code != 200 {
		t.Fatalf("initialize: %d %s (stderr %s)", code, body, errb.String())
	}
	if code, body := post(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"count_zones","arguments":{}}}`); code != 200 || !strings.Contains(body, "zones") {
		t.Fatalf("tools/call: %d %s", code, body)
	}
	cancel() // stopping the server flushes the exporter
	<-done
	stopped = true

	mu.Lock()
	defer mu.Unlock()
	var tool *tracepb.Span
	for _, s := range spans {
		if s.Name == "tools/call count_zones" {
			tool = s
		}
	}
	if tool == nil {
		t.Fatalf("no tool span reached the collector among %d spans (stderr %s)", len(spans), errb.String())
	}
	if tool.Kind != tracepb.Span_SPAN_KIND_SERVER || tool.EndTimeUnixNano < tool.StartTimeUnixNano || tool.StartTimeUnixNano == 0 {
		t.Errorf("tool span %v", tool)
	}
	attrs := map[string]string{}
	for _, kv := range tool.Attributes {
		attrs[kv.Key] = kv.GetValue().GetStringValue()
	}
	if attrs["mcp.tool.name"] != "count_zones" || attrs["mcp.server"] != "test_server" || attrs["mcp.outcome"] != "ok" {
		t.Errorf("tool span attributes %v", attrs)
	}
	children := 0
	for _, s := range spans {
		if strings.HasPrefix(s.Name, "cloudflare GET ") && string(s.ParentSpanId) == string(tool.SpanId) && string(s.TraceId) == string(tool.TraceId) {
			children++
			if s.Kind != tracepb.Span_SPAN_KIND_CLIENT {
				t.Errorf("Cloudflare span kind %v", s.Kind)
			}
		}
	}
	if children == 0 {
		t.Errorf("no Cloudflare API span under the tool span among %d spans", len(spans))
	}
	res := strings.Join(resources, ",")
	if !strings.Contains(res, "service.name=test_server") || !strings.Contains(res, "telemetry.sdk.language=go") {
		t.Errorf("resource %s", res)
	}
	if strings.Contains(errb.String(), token) {
		t.Error("the auth token reached the log")
	}
}
