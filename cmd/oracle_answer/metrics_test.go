package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	cli "github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/servers/oracle"
)

// oracle_answer in stdio mode with --metrics-addr: after one tool call,
// /metrics parses with Prometheus' own text parser and shows the call, its
// latency, the Layer0 verdict on it, and a text too large to classify as
// an anomaly.
func TestMetricsOverStdio(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		cli.RunContext(ctx, oracle.Spec(), []string{"--metrics-addr", addr, "--log-level", "error"}, inR, outW, io.Discard)
		outW.Close()
	}()
	defer func() { inW.Close(); cancel(); <-done }()
	lines := bufio.NewReader(outR)
	call := func(id int, msg string) {
		t.Helper()
		if _, err := io.WriteString(inW, msg+"\n"); err != nil {
			t.Fatal(err)
		}
		for {
			l, err := lines.ReadBytes('\n')
			if err != nil {
				t.Fatalf("waiting for answer %d: %v", id, err)
			}
			var m struct{ ID *int }
			if json.Unmarshal(l, &m) == nil && m.ID != nil && *m.ID == id {
				return
			}
		}
	}
	call(1, `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"0"}}}`)
	call(2, `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"security_classify","arguments":{"text":"list the DNS records of example.com"}}}`)
	big := strings.Repeat("a", layer0.MaxInputBytes+1)
	call(3, `{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"security_classify","arguments":{"text":"`+big+`"}}}`)

	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	p := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := p.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	calls := fams["cfplane_tool_calls_total"]
	if calls == nil || len(calls.Metric) != 2 {
		t.Fatalf("tool calls: %v", calls)
	}
	for _, m := range calls.Metric {
		labels := map[string]string{}
		for _, l := range m.Label {
			labels[l.GetName()] = l.GetValue()
		}
		if labels["server"] != oracle.Name || labels["tool"] != "security_classify" || m.GetCounter().GetValue() != 1 ||
			(labels["outcome"] != "ok" && labels["outcome"] != "tool_error") {
			t.Errorf("tool call sample: %v", m)
		}
	}
	if a := fams["cfplane_layer0_classification_anomalies_total"]; a == nil || len(a.Metric) != 1 || a.Metric[0].Label[0].GetValue() != "too_large" {
		t.Errorf("anomalies: %v", a)
	}
	if h := fams["cfplane_tool_call_duration_seconds"]; h == nil || h.Metric[0].GetHistogram().GetSampleCount() != 2 {
		t.Errorf("latency: %v", h)
	}
	if v := fams["cfplane_layer0_verdicts_total"]; v == nil || len(v.Metric) != 1 || v.Metric[0].GetCounter().GetValue() != 1 {
		t.Errorf("no Layer0 verdict counted: %v", v)
	}
	if _, ok := fams["go_goroutines"]; ok {
		t.Error("unexpected client_golang collectors")
	}
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Errorf("Content-Type %q", resp.Header.Get("Content-Type"))
	}
}
