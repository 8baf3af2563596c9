package wafintel

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/threatintel"
	"github.com/cfplane/cfplane/pkg/wafsynth"
	"github.com/cfplane/cfplane/servers/safe"
)

// TestProposalsPlannedByWafRuleConfigure hands the rule objects that
// waf_rule_synthesize and threat_intel_integrate propose to
// cloudflare_safe's waf_rule_configure (create), which must return a plan.
func TestProposalsPlannedByWafRuleConfigure(t *testing.T) {
	t.Setenv("CFPLANE_PLAN_KEY", "")
	t.Setenv("CFPLANE_APPROVAL_KEY", "")
	cfg, err := config.Parse("t.yaml", []byte("writes: enabled\n"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.StateDir = t.TempDir()
	d, _ := clitest.Deps(t, cfg)
	intel := clitest.Client(t, d, Name, Toolsets)
	safeCl := clitest.Client(t, d, safe.Name, safe.Toolsets)

	intents := []map[string]any{
		{"action": "block", "paths": []any{"/admin/*"}, "except_ip_lists": []any{"office_ips"}},
		{"action": "managed_challenge", "attack_classes": []any{"sqli"}},
		{"action": "block", "attack_classes": []any{"xss"}},
		{"action": "js_challenge", "countries": []any{"T1"}, "user_agents": []any{"python-requests"}},
		{"action": "skip", "ip_lists": []any{"office_ips"}, "skip_phases": []any{"http_request_firewall_managed"}},
		{"action": "rate_limit", "paths": []any{"/login"}, "methods": []any{"POST"}, "requests_per_minute": 10},
	}
	// Control: waf_rule_configure does refuse a rule Cloudflare would reject.
	if res := safeCl.MustCall("waf_rule_configure", map[string]any{"zone": cfsim.SeedZoneMain, "action": "create", "kind": "custom",
		"rule": map[string]any{"action": "block", "expression": "http.request.path eq \"/\""}}); !res.IsError {
		t.Fatalf("control: an invalid rule was planned: %s", mcpkittest.Text(res))
	}
	for _, in := range intents {
		in["zone"] = cfsim.SeedZoneMain
		var p wafsynth.Proposal
		mcpkittest.Decode(t, intel.MustCall("waf_rule_synthesize", in), &p)
		var rule map[string]any
		b, _ := json.Marshal(p.Rule)
		_ = json.Unmarshal(b, &rule)
		kind := "custom"
		if p.Phase == "http_ratelimit" {
			kind = "rate_limit"
		}
		res := safeCl.MustCall("waf_rule_configure", map[string]any{"zone": cfsim.SeedZoneMain, "action": "create", "kind": kind, "rule": rule})
		if res.IsError || !strings.Contains(mcpkittest.Text(res), `"plan"`) {
			t.Errorf("intent %v: waf_rule_configure did not plan the rule %s: %s", in, b, mcpkittest.Text(res))
		}
	}

	// The threat-intel rule references its proposed list; once the list
	// exists the rule plans too.
	var ti threatintel.Result
	mcpkittest.Decode(t, intel.MustCall("threat_intel_integrate", map[string]any{"content": "45.95.147.0/24\n", "list_name": "blocked_ips"}), &ti)
	b, _ := json.Marshal(ti.Rule)
	var rule map[string]any
	_ = json.Unmarshal(b, &rule)
	res := safeCl.MustCall("waf_rule_configure", map[string]any{"zone": cfsim.SeedZoneMain, "action": "create", "kind": "custom", "rule": rule})
	if res.IsError {
		t.Errorf("threat intel rule %s not planned: %s", b, mcpkittest.Text(res))
	}
}
