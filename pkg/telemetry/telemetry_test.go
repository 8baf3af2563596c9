package telemetry

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

func TestObserveToolResult(t *testing.T) {
	plan := map[string]any{"plan_id": "p1", "approval_required": true, "invariants": []map[string]any{
		{"id": "apex-ns-kept", "ok": true}, {"id": "www-stays-proxied", "ok": false},
	}}
	ObserveToolResult("dns_record_manage", false, plan)
	ObserveToolResult("dns_record_manage", true, nil)
	ObserveToolResult("waf_rule_configure", false, map[string]any{"action": "create", "plan": map[string]any{"plan_id": "p3", "invariants": []any{}}})
	ObserveToolResult("dns_record_manage", false, map[string]any{"records": []any{}}) // a list: no plan
	ObserveToolResult("change_apply", false, map[string]any{"change_id": "c", "status": "rolled_back"})
	ObserveToolResult("change_apply", true, nil)
	ObserveToolResult("change_apply", false, map[string]any{"change_id": "c2", "status": "applied", "rollback_of": "c"})
	ObserveToolResult("change_rollback", false, map[string]any{"plan_id": "p2"})
	ObserveToolResult("change_rollback", false, map[string]any{"change_id": "c", "plan": map[string]any{"plan_id": "p4"}})
	ObserveToolResult("tunnel_health_check", false, map[string]any{"tunnels": []map[string]any{
		{"id": "t-up", "status": "healthy", "connectors": []map[string]any{{"connections": 2}, {"connections": 2}}},
		{"id": "t-down", "status": "down", "connectors": []map[string]any{}},
	}})
	for _, c := range []struct {
		got  float64
		want float64
		what string
	}{
		{testutil.ToFloat64(Plans.WithLabelValues("dns_record_manage", "needs_approval")), 1, "plan needing approval"},
		{testutil.ToFloat64(Plans.WithLabelValues("dns_record_manage", "refused")), 1, "refused plan"},
		{testutil.ToFloat64(Plans.WithLabelValues("dns_record_manage", "planned")), 0, "a list counted as a plan"},
		{testutil.ToFloat64(Plans.WithLabelValues("waf_rule_configure", "planned")), 1, "a plan under \"plan\""},
		{testutil.ToFloat64(Invariants.WithLabelValues("www-stays-proxied", "violated")), 1, "violated invariant"},
		{testutil.ToFloat64(Invariants.WithLabelValues("apex-ns-kept", "pass")), 1, "passed invariant"},
		{testutil.ToFloat64(Applies.WithLabelValues("rolled_back")), 1, "rolled back apply"},
		{testutil.ToFloat64(Applies.WithLabelValues("refused")), 1, "refused apply"},
		{testutil.ToFloat64(Rollbacks.WithLabelValues("planned")), 2, "rollback plans"},
		{testutil.ToFloat64(Rollbacks.WithLabelValues("applied")), 1, "applied rollback"},
		{testutil.ToFloat64(TunnelUp.WithLabelValues("t-up")), 1, "healthy tunnel"},
		{testutil.ToFloat64(TunnelUp.WithLabelValues("t-down")), 0, "down tunnel"},
		{testutil.ToFloat64(TunnelConnections.WithLabelValues("t-up")), 4, "connections"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %v, want %v", c.what, c.got, c.want)
		}
	}
}

func TestLabelsAreBounded(t *testing.T) {
	if got := label(strings.Repeat("a", 100) + "\n{x=\"y\"}"); len(got) != 64 || strings.ContainsAny(got, "\n{}\"=") {
		t.Errorf("label %q", got)
	}
}

func TestScrapeParses(t *testing.T) {
	ToolCalls.WithLabelValues("s", "t", "ok").Inc()
	ToolLatency.WithLabelValues("s", "t").Observe(0.1)
	rec := httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatal(rec.Code)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatalf("the Prometheus text parser refused the scrape: %v", err)
	}
	for _, n := range []string{"cfplane_tool_calls_total", "cfplane_tool_call_duration_seconds", "go_goroutines"} {
		if fams[n] == nil {
			t.Errorf("%s missing from the scrape", n)
		}
	}
	names := MetricNames()
	for _, n := range []string{"cfplane_plans_total", "cfplane_tunnel_up", "cfplane_layer0_verdicts_total", "cfplane_waf_rule_deployment_failures_total"} {
		if !slices.Contains(names, n) {
			t.Errorf("MetricNames lacks %s: %v", n, names)
		}
	}
}
