package telemetry

import (
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

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
		{Plans.Value("dns_record_manage", "needs_approval"), 1, "plan needing approval"},
		{Plans.Value("dns_record_manage", "refused"), 1, "refused plan"},
		{Plans.Value("dns_record_manage", "planned"), 0, "a list counted as a plan"},
		{Plans.Value("waf_rule_configure", "planned"), 1, "a plan under \"plan\""},
		{Invariants.Value("www-stays-proxied", "violated"), 1, "violated invariant"},
		{Invariants.Value("apex-ns-kept", "pass"), 1, "passed invariant"},
		{Applies.Value("rolled_back"), 1, "rolled back apply"},
		{Applies.Value("refused"), 1, "refused apply"},
		{Rollbacks.Value("planned"), 2, "rollback plans"},
		{Rollbacks.Value("applied"), 1, "applied rollback"},
		{TunnelUp.Value("t-up"), 1, "healthy tunnel"},
		{TunnelUp.Value("t-down"), 0, "down tunnel"},
		{TunnelConnections.Value("t-up"), 4, "connections"},
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
	ToolCalls.Inc("s", "t", "ok")
	ToolLatency.Observe(0.1, "s", "t")
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

// The Go runtime and process metrics carry the names and plausible values
// of the Prometheus collectors'.
func TestRuntimeAndProcessMetrics(t *testing.T) {
	rec := httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatal(err)
	}
	value := func(n string) float64 {
		f := fams[n]
		if f == nil || len(f.Metric) != 1 {
			t.Errorf("%s missing", n)
			return -1
		}
		if g := f.Metric[0].GetGauge(); g != nil {
			return g.GetValue()
		}
		return f.Metric[0].GetCounter().GetValue()
	}
	if v := value("go_goroutines"); v < 1 {
		t.Errorf("go_goroutines %v", v)
	}
	if v := value("go_memstats_alloc_bytes"); v < 1<<10 {
		t.Errorf("go_memstats_alloc_bytes %v", v)
	}
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc")
	}
	if v := value("process_resident_memory_bytes"); v < 1<<20 {
		t.Errorf("process_resident_memory_bytes %v", v)
	}
	if v := value("process_open_fds"); v < 3 {
		t.Errorf("process_open_fds %v", v)
	}
	if v, now := value("process_start_time_seconds"), float64(time.Now().Unix()); v < now-3600 || v > now+5 {
		t.Errorf("process_start_time_seconds %v, now %v", v, now)
	}
	if v := value("process_cpu_seconds_total"); v < 0 || v > 3600 {
		t.Errorf("process_cpu_seconds_total %v", v)
	}
}
