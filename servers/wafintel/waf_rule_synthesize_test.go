package wafintel

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/racetest"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/tfhcl"
	"github.com/cfplane/cfplane/pkg/wafbenign"
	"github.com/cfplane/cfplane/pkg/wafsynth"
)

func TestWafRuleSynthesize(t *testing.T) {
	schemas, err := tfhcl.LoadSchema()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	cases := []struct {
		name  string
		args  map[string]any
		phase string
		plan  rules.Plan
		want  []string // substrings of the expression
	}{
		{"paths methods", map[string]any{"action": "block", "paths": []any{"/admin/*", "/wp-login.php"}, "methods": []any{"post"}, "except_ip_lists": []any{"office_ips"}, "plan": "pro"},
			cfclient.PhaseCustom, rules.PlanPro, []string{`starts_with(http.request.uri.path, "/admin/")`, `http.request.method eq "POST"`, `not ip.src in $office_ips`}},
		{"geo asn", map[string]any{"action": "managed_challenge", "countries": []any{"kp", "T1"}, "asns": []any{64496}, "plan": "business"},
			cfclient.PhaseCustom, rules.PlanBusiness, []string{`ip.src.country in {"KP" "T1"}`, `ip.src.asnum in {64496}`}},
		{"attack classes business", map[string]any{"action": "block", "attack_classes": []any{"sqli"}, "plan": "business"},
			cfclient.PhaseCustom, rules.PlanBusiness, []string{"matches", "http.request.cookies", `cf.waf.score.class eq "attack"`}},
		{"attack classes pro", map[string]any{"action": "block", "attack_classes": []any{"lfi"}, "plan": "pro"},
			cfclient.PhaseCustom, rules.PlanPro, []string{`contains "../"`}},
		{"attack score", map[string]any{"action": "block", "attack_score_below": 20, "plan": "enterprise"},
			cfclient.PhaseCustom, rules.PlanEnterprise, []string{"cf.waf.score lt 20"}},
		{"rate limit", map[string]any{"action": "rate_limit", "paths": []any{"/login"}, "methods": []any{"POST"}, "requests_per_minute": 10, "plan": "business"},
			cfclient.PhaseRateLimit, rules.PlanBusiness, []string{`http.request.uri.path eq "/login"`}},
		{"skip", map[string]any{"action": "skip", "ip_lists": []any{"office_ips"}, "skip_phases": []any{"http_request_firewall_managed"}, "plan": "pro"},
			cfclient.PhaseCustom, rules.PlanPro, []string{"ip.src in $office_ips"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := c.MustCall("waf_rule_synthesize", tc.args)
			if res.IsError {
				t.Fatal(mcpkittest.Text(res))
			}
			var p wafsynth.Proposal
			mcpkittest.Decode(t, res, &p)
			for _, w := range tc.want {
				if !strings.Contains(p.Expression, w) {
					t.Errorf("expression %q lacks %q", p.Expression, w)
				}
			}
			// Re-parsed and checked by pkg/rules for the phase and plan; canonical.
			ch, err := rules.Check(p.Rule.Expression, rules.Options{Phase: tc.phase, Plan: tc.plan})
			if err != nil {
				t.Fatalf("rule expression does not check: %v", err)
			}
			if len(p.Rules) > 0 {
				// Split: the rule is the first part; the expression ors them all.
				if p.Rule.Expression != p.Rules[0].Expression || !strings.Contains(p.Expression, p.Rules[len(p.Rules)-1].Expression) {
					t.Errorf("split parts do not add up: %d parts", len(p.Rules))
				}
			} else if rules.Print(ch.Root) != p.Expression || p.Phase != tc.phase {
				t.Errorf("not canonical or wrong phase: %q %s", p.Expression, p.Phase)
			}
			// The rule JSON is the API object: the simulator accepts it.
			var rule cfclient.Rule
			b, _ := json.Marshal(p.Rule)
			if err := json.Unmarshal(b, &rule); err != nil {
				t.Fatal(err)
			}
			var keys map[string]any
			_ = json.Unmarshal(b, &keys)
			for k := range keys {
				switch k {
				case "action", "expression", "description", "enabled", "action_parameters", "ratelimit":
				default:
					t.Errorf("rule JSON has key %s outside the API rule object", k)
				}
			}
			ctx := context.Background()
			ep, err := d.Client.GetPhaseEntrypoint(ctx, cfsim.SeedZoneMainID, tc.phase)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := d.Client.CreateRule(ctx, cfsim.SeedZoneMainID, ep.ID, rule, nil); err != nil {
				t.Fatalf("the sandbox API rejects the proposed rule: %v", err)
			}
			// Terraform: parses with hcl/v2 and matches the provider schema.
			if _, diags := hclsyntax.ParseConfig([]byte(p.Terraform), "p.tf", hcl.InitialPos); diags.HasErrors() {
				t.Fatalf("HCL does not parse: %v", diags)
			}
			if errs := tfhcl.CheckSchema([]byte(p.Terraform), schemas); len(errs) > 0 {
				t.Fatalf("HCL vs provider schema: %v\n%s", errs, p.Terraform)
			}
			if len(p.Rollout) == 0 || p.Rollout[len(p.Rollout)-1].Promotion == "" {
				t.Errorf("rollout: %+v", p.Rollout)
			}
		})
	}
}

func TestWafRuleSynthesizeRollout(t *testing.T) {
	p, err := wafsynth.Build(wafsynth.Intent{Action: "block", Paths: []string{"/x"}}, rules.PlanEnterprise, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var acts []string
	for _, s := range p.Rollout {
		acts = append(acts, s.Action)
	}
	if strings.Join(acts, ",") != "log,managed_challenge,block" {
		t.Errorf("enterprise rollout %v", acts)
	}
	p, _ = wafsynth.Build(wafsynth.Intent{Action: "block", Paths: []string{"/x"}}, rules.PlanPro, nil, 0)
	if p.Rollout[0].Action != "simulate" || p.Rollout[2].Action != "block" {
		t.Errorf("pro rollout %+v", p.Rollout)
	}
}

func TestWafRuleSynthesizeConflicts(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	var p wafsynth.Proposal
	// The seeded "Block BadBot" rule already blocks every BadBot request.
	mcpkittest.Decode(t, c.MustCall("waf_rule_synthesize", map[string]any{"zone": cfsim.SeedZoneMain, "action": "block",
		"paths": []any{"/api/*"}, "ip_lists": []any{"blocked_ips"}}), &p)
	kinds := map[string]string{}
	for _, cf := range p.Conflicts {
		kinds[cf.Kind] = cf.RuleID
	}
	if _, ok := kinds["shadowed"]; !ok {
		t.Errorf("a rule under ip.src in $blocked_ips should be shadowed: %+v", p.Conflicts)
	}
	var dup wafsynth.Proposal
	mcpkittest.Decode(t, c.MustCall("waf_rule_synthesize", map[string]any{"zone": cfsim.SeedZoneMain, "action": "block", "ip_lists": []any{"blocked_ips"}}), &dup)
	if len(dup.Conflicts) == 0 || dup.Conflicts[0].Kind != "duplicate" {
		t.Errorf("duplicate not found: %+v", dup.Conflicts)
	}
	var lim wafsynth.Proposal
	mcpkittest.Decode(t, c.MustCall("waf_rule_synthesize", map[string]any{"zone": cfsim.SeedZoneMain, "action": "rate_limit", "paths": []any{"/api/*"}, "plan": "free"}), &lim)
	found := false
	for _, cf := range lim.Conflicts {
		found = found || cf.Kind == "plan_limit"
	}
	if !found {
		t.Errorf("free plan allows one rate limiting rule; conflicts %+v", lim.Conflicts)
	}
}

func TestWafRuleSynthesizeErrors(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	for name, tc := range map[string]struct {
		args map[string]any
		want string
	}{
		"bad action":       {map[string]any{"action": "allow", "paths": []any{"/"}}, "action \"allow\""},
		"no condition":     {map[string]any{"action": "block"}, "no condition"},
		"bad path":         {map[string]any{"action": "block", "paths": []any{"login"}}, "must start with /"},
		"bad country":      {map[string]any{"action": "block", "countries": []any{"Germany"}}, "two-letter"},
		"bad ip":           {map[string]any{"action": "block", "ips": []any{"1.2.3"}}, "not an address"},
		"bad class":        {map[string]any{"action": "block", "attack_classes": []any{"csrf"}}, "attack class"},
		"too long":         {map[string]any{"action": "skip", "attack_classes": []any{"sqli", "xss", "rce"}, "ip_lists": []any{"x"}, "plan": "business"}, "cannot be split"},
		"log on pro":       {map[string]any{"action": "log", "paths": []any{"/"}, "plan": "pro"}, "Enterprise"},
		"score on pro":     {map[string]any{"action": "block", "attack_score_below": 20, "plan": "pro"}, "Business"},
		"bad timeout":      {map[string]any{"action": "rate_limit", "paths": []any{"/"}, "mitigation_seconds": 7}, "mitigation_seconds"},
		"bad skip phase":   {map[string]any{"action": "skip", "ip_lists": []any{"x"}, "skip_phases": []any{"http_request_origin"}}, "skip_phases"},
		"too many":         {map[string]any{"action": "block", "hosts": manyHosts(201)}, "limit is 200"},
		"grease header":    {map[string]any{"action": "block", "attack_classes": []any{"sqli"}, "inspect_headers": []any{"sec-ch-ua"}, "plan": "enterprise"}, "not inspected"},
		"headers too long": {map[string]any{"action": "block", "attack_classes": []any{"rce"}, "inspect_headers": []any{"x-a", "x-b", "x-c", "x-d", "x-e", "x-f", "x-g", "x-h"}, "plan": "enterprise"}, "name fewer inspect_headers"},
		"json on biz":      {map[string]any{"action": "block", "attack_classes": []any{"xss"}, "json_keys": []any{"q"}, "plan": "business"}, "Enterprise"},
	} {
		res := c.MustCall("waf_rule_synthesize", tc.args)
		if !res.IsError || !strings.Contains(mcpkittest.Text(res), tc.want) {
			t.Errorf("%s: want error %q, got %s", name, tc.want, mcpkittest.Text(res))
		}
	}
}

func manyHosts(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = "h" + strings.Repeat("a", i%5) + ".example.com"
	}
	return out
}

// The candidate is replayed before it is proposed: on the zone's security
// events and on the benign corpus, and the rollout names observed numbers.
func TestWafRuleSynthesizeBlastRadius(t *testing.T) {
	racetest.SkipHeavy(t)
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	var p wafsynth.Proposal
	mcpkittest.Decode(t, c.MustCall("waf_rule_synthesize", map[string]any{"zone": cfsim.SeedZoneMain, "action": "block",
		"paths": []any{"/login"}, "plan": "enterprise"}), &p)
	br := p.BlastRadius
	if br == nil || br.Events == nil || br.Events.Requests == 0 || br.Events.Matches == 0 {
		t.Fatalf("no replay on the zone's security events: %+v", br)
	}
	if br.Events.LikelyFP == 0 {
		t.Errorf("the office_ips login attempts are likely false positives: %+v", br.Events)
	}
	// The whole benign corpus, every request of every set.
	sets, err := wafbenign.Sets()
	if err != nil {
		t.Fatal(err)
	}
	if len(br.Benign) != len(wafbenign.SetNames()) {
		t.Fatalf("benign sets: %+v", br.Benign)
	}
	corpus := 0
	for i, name := range wafbenign.SetNames() {
		corpus += len(sets[name])
		if br.Benign[i].Set != name || br.Benign[i].Requests != len(sets[name]) {
			t.Errorf("set %s: %d of %d requests replayed", name, br.Benign[i].Requests, len(sets[name]))
		}
	}
	if !strings.Contains(strings.Join(br.Notes, "\n"), fmt.Sprintf("all %d requests replayed", corpus)) {
		t.Errorf("the blast radius does not say the whole corpus was replayed: %v", br.Notes)
	}
	if !strings.Contains(p.Rollout[0].Promotion, fmt.Sprintf("security events: %d of %d matched", br.Events.Matches, br.Events.Requests)) {
		t.Errorf("log stage does not name the observed numbers: %s", p.Rollout[0].Promotion)
	}
	// An attack-class rule: zero browser matches, detection explained.
	var a wafsynth.Proposal
	mcpkittest.Decode(t, c.MustCall("waf_rule_synthesize", map[string]any{"action": "block", "attack_classes": []any{"sqli"}, "plan": "enterprise",
		"inspect_headers": []any{"x-api-filter"}, "json_keys": []any{"comment"}}), &a)
	if a.BlastRadius == nil || a.BlastRadius.BenignMatches != 0 {
		t.Errorf("sqli rule matches the benign corpus: %+v", a.BlastRadius)
	}
	if a.Detection == nil || !strings.Contains(strings.Join(a.Detection.Inspects, "\n"), "x-api-filter") || !strings.Contains(a.Detection.Score, "cf.waf.score.sqli") {
		t.Errorf("detection: %+v", a.Detection)
	}
	if !strings.Contains(a.Expression, `http.request.headers["x-api-filter"]`) || !strings.Contains(a.Expression, `lookup_json_string(http.request.body.raw, "comment")`) {
		t.Errorf("named fields not inspected: %.400s", a.Expression)
	}
	// With a zone, the lfi class also flags URLs in parameters to hosts
	// outside it (remote file inclusion); without one it says it cannot.
	var l, nl wafsynth.Proposal
	mcpkittest.Decode(t, c.MustCall("waf_rule_synthesize", map[string]any{"zone": cfsim.SeedZoneMain, "action": "block", "attack_classes": []any{"lfi"}, "plan": "enterprise"}), &l)
	mcpkittest.Decode(t, c.MustCall("waf_rule_synthesize", map[string]any{"action": "block", "attack_classes": []any{"lfi"}, "plan": "enterprise"}), &nl)
	if l.Detection == nil || !strings.Contains(strings.Join(l.Detection.Inspects, "\n"), "outside "+cfsim.SeedZoneMain) || l.BlastRadius.BenignMatches != 0 {
		t.Errorf("lfi with a zone: detection %+v, benign matches %d", l.Detection, l.BlastRadius.BenignMatches)
	}
	if nl.Detection == nil || !strings.Contains(strings.Join(nl.Detection.CannotSee, "\n"), "only when the zone is given") {
		t.Errorf("lfi without a zone: %+v", nl.Detection)
	}
	// A rule that matches browsers is flagged before it is proposed.
	var w wafsynth.Proposal
	mcpkittest.Decode(t, c.MustCall("waf_rule_synthesize", map[string]any{"action": "block", "user_agents": []any{"chrome/"}, "plan": "enterprise"}), &w)
	if w.BlastRadius.Benign[0].Matches == 0 || !strings.Contains(strings.Join(w.Warnings, " "), "false positive") {
		t.Errorf("a rule blocking Chrome is not flagged: %+v %v", w.BlastRadius.Benign[0], w.Warnings)
	}
}
