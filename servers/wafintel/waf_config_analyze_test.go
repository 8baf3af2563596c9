package wafintel

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/wafcheck"
)

func TestWafConfigAnalyze(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	var res wafcheck.Result
	mcpkittest.Decode(t, c.MustCall("waf_config_analyze", map[string]any{"zone": cfsim.SeedZoneMain}), &res)
	found := map[string]string{}
	for _, f := range res.Findings {
		found[f.Check+"/"+f.RuleID] = f.Severity
	}
	for _, k := range []string{"field-threat-score/" + cfsim.SeedRuleThreatScoreID, "skip-spoofable/" + cfsim.SeedRuleSpoofableSkipID,
		"rule-shadowed/" + cfsim.SeedRuleShadowedID, "rule-log-only/" + cfsim.SeedRuleLogOnlyID, "inline-ip-set/" + cfsim.SeedRuleInlineIPSetID} {
		if _, ok := found[k]; !ok {
			t.Errorf("missing finding %s", k)
		}
	}
	if !strings.HasPrefix(res.SnapshotHash, "sha256:") || res.Source != "zone" {
		t.Errorf("result header: %+v", res)
	}

	// Filter by severity.
	var hi wafcheck.Result
	mcpkittest.Decode(t, c.MustCall("waf_config_analyze", map[string]any{"zone": cfsim.SeedZoneShop, "min_severity": "high"}), &hi)
	for _, f := range hi.Findings {
		if f.Severity != "high" && f.Severity != "critical" {
			t.Errorf("min_severity high returned %s", f.Severity)
		}
	}

	// Inline inputs.
	rs := `{"phase":"http_request_firewall_custom","rules":[{"id":"x","action":"managed_challenge","expression":"cf.threat_score gt 1"}]}`
	var inl wafcheck.Result
	mcpkittest.Decode(t, c.MustCall("waf_config_analyze", map[string]any{"ruleset_json": rs, "plan": "pro"}), &inl)
	if inl.Source != "ruleset_json" || len(inl.NotAssessed) == 0 || inl.Findings[0].RuleID != "x" {
		t.Errorf("inline json: %+v", inl)
	}
	hcl := `resource "cloudflare_ruleset" "c" {
  zone_id = var.zone_id
  name = "default"
  kind = "zone"
  phase = "http_request_firewall_custom"
  rules = [{ ref = "sk", action = "skip", expression = "true", action_parameters = { ruleset = "current" } }]
}`
	var tf wafcheck.Result
	mcpkittest.Decode(t, c.MustCall("waf_config_analyze", map[string]any{"terraform_hcl": hcl}), &tf)
	if len(tf.Findings) == 0 || tf.Findings[0].Check != "skip-broad" || tf.Findings[0].RuleID != "sk" {
		t.Errorf("terraform: %+v", tf.Findings)
	}

	for name, tc := range map[string]struct {
		args map[string]any
		want string
	}{
		"none":          {map[string]any{}, "exactly one of zone, ruleset_json or terraform_hcl"},
		"two":           {map[string]any{"zone": "example.com", "ruleset_json": rs}, "exactly one"},
		"unknown zone":  {map[string]any{"zone": "nope.example"}, "not found"},
		"bad json":      {map[string]any{"ruleset_json": "{\n\"phase\": }"}, "line 2"},
		"bad hcl":       {map[string]any{"terraform_hcl": "resource \"x\" {"}, "does not parse"},
		"bad plan":      {map[string]any{"ruleset_json": rs, "plan": "gold"}, "plan \"gold\""},
		"bad severity":  {map[string]any{"zone": "example.com", "min_severity": "urgent"}, "min_severity"},
		"unknown field": {map[string]any{"zone": "example.com", "zones": "x"}, "zones"},
	} {
		res := c.MustCall("waf_config_analyze", tc.args)
		if !res.IsError || !strings.Contains(mcpkittest.Text(res), tc.want) {
			t.Errorf("%s: want error %q, got %s", name, tc.want, mcpkittest.Text(res))
		}
	}
}

func TestWafConfigAnalyzeAllowlist(t *testing.T) {
	cfg := config.Default()
	cfg.Zones.Allow = []string{cfsim.SeedZoneShop}
	d, _ := clitest.Deps(t, cfg)
	c := clitest.Client(t, d, Name, Toolsets)
	res := c.MustCall("waf_config_analyze", map[string]any{"zone": cfsim.SeedZoneMain})
	if !res.IsError || !strings.Contains(mcpkittest.Text(res), "allowlist") {
		t.Fatalf("zone outside the allowlist analysed: %s", mcpkittest.Text(res))
	}
}
