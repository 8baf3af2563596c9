package deploy

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
	"github.com/prometheus/prometheus/promql/parser"

	_ "github.com/cfplane/cfplane/pkg/cfclient" // registers the Cloudflare API metrics
	"github.com/cfplane/cfplane/pkg/telemetry"
)

// metricsIn returns the metric names an expression selects (histogram
// series mapped to their family).
func metricsIn(t *testing.T, p parser.Parser, expr string) []string {
	t.Helper()
	e, err := p.ParseExpr(expr)
	if err != nil {
		t.Errorf("%q does not parse: %v", expr, err)
		return nil
	}
	var names []string
	parser.Inspect(e, func(n parser.Node, _ []parser.Node) error {
		if vs, ok := n.(*parser.VectorSelector); ok {
			name := vs.Name
			for _, suf := range []string{"_bucket", "_sum", "_count"} {
				if base, ok := strings.CutSuffix(name, suf); ok && strings.HasSuffix(base, "_seconds") {
					name = base
				}
			}
			names = append(names, name)
		}
		return nil
	})
	return names
}

func TestAlertRulesLoad(t *testing.T) {
	p := parser.NewParser(parser.Options{})
	groups, errs := rulefmt.ParseFile("../../configs/observability/cfplane-alerts.yml", false, model.UTF8Validation, p, nil)
	if len(errs) > 0 {
		t.Fatalf("Prometheus' rule parser refused the alert rules: %v", errs)
	}
	known := telemetry.MetricNames()
	var alerts []string
	for _, g := range groups.Groups {
		for _, r := range g.Rules {
			alerts = append(alerts, r.Alert)
			for _, m := range metricsIn(t, p, r.Expr) {
				if !slices.Contains(known, m) {
					t.Errorf("alert %s uses %s, which cfplane does not export", r.Alert, m)
				}
			}
		}
	}
	// The design's alert triggers.
	for _, want := range []string{"CfplaneInvariantViolation", "CfplaneTunnelDown", "CfplaneWAFRuleDeploymentFailures", "CfplaneLayer0ClassificationAnomaly"} {
		if !slices.Contains(alerts, want) {
			t.Errorf("no %s alert", want)
		}
	}
}

func TestAlertRuleParserRejectsBadRules(t *testing.T) {
	bad := "groups:\n  - name: x\n    rules:\n      - alert: Broken\n        expr: sum(rate(cfplane_tool_calls_total[5m]) >\n"
	if _, errs := rulefmt.Parse([]byte(bad), false, model.UTF8Validation, parser.NewParser(parser.Options{}), nil); len(errs) == 0 {
		t.Error("a broken expression loaded")
	}
}

func TestGrafanaDashboard(t *testing.T) {
	b, err := os.ReadFile("../../configs/observability/grafana-cfplane.json")
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Title  string `json:"title"`
		UID    string `json:"uid"`
		Panels []struct {
			Title   string `json:"title"`
			Targets []struct {
				Expr string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	if err := dec.Decode(&d); err != nil {
		t.Fatal(err)
	}
	if d.UID == "" || len(d.Panels) == 0 {
		t.Fatal("the dashboard has no uid or no panels")
	}
	p := parser.NewParser(parser.Options{})
	known := telemetry.MetricNames()
	used := map[string]bool{}
	for _, panel := range d.Panels {
		if len(panel.Targets) == 0 {
			t.Errorf("panel %q has no query", panel.Title)
		}
		for _, tg := range panel.Targets {
			for _, m := range metricsIn(t, p, tg.Expr) {
				used[m] = true
				if !slices.Contains(known, m) {
					t.Errorf("panel %q uses %s, which cfplane does not export", panel.Title, m)
				}
			}
		}
	}
	// Every cfplane metric is on the dashboard.
	for _, m := range known {
		if !used[m] && m != "cfplane_tunnel_health_checks_total" {
			t.Errorf("%s is on no panel", m)
		}
	}
}
