package safe

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/tfexport"
)

// Out-of-band changes to rulesets (custom, rate limit, managed overrides),
// a list's items and a tunnel configuration are each restored to code by a
// cfplane plan applied with change_apply; drift is clean afterwards.
func TestDriftRestoreRulesListsTunnels(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	ctx := context.Background()
	wd := t.TempDir()
	t.Chdir(wd)
	var exp TFExportResult
	mcpkittest.Decode(t, e.cl.MustCall("tf_export", map[string]any{"zone": "example.com"}), &exp)
	dir := filepath.Join(wd, "infra")
	os.Mkdir(dir, 0o755)
	for _, f := range exp.Files {
		os.WriteFile(filepath.Join(dir, f.Name), []byte(f.Content), 0o644)
	}
	drift := func() *tfexport.Report {
		t.Helper()
		rep, _, err := runDrift(ctx, e.d, nil, "example.com", dir)
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	if rep := drift(); rep.Drifted() {
		t.Fatalf("clean export drifts: %+v", rep.Counts)
	}

	c := e.d.Client
	find := func(phase, desc string) (cfclient.Ruleset, cfclient.Rule) {
		t.Helper()
		rs, err := c.GetPhaseEntrypoint(ctx, mainID, phase)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs.Rules {
			if strings.HasPrefix(r.Description, desc) {
				return rs, r
			}
		}
		t.Fatalf("no rule %q in %s", desc, phase)
		return rs, cfclient.Rule{}
	}
	off := false
	// Custom: a rule disabled, one rule added.
	rs, r := find(cfclient.PhaseCustom, "Block sqlmap")
	r.Enabled = &off
	if _, err := c.UpdateRule(ctx, mainID, rs.ID, r.ID, r, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.CreateRule(ctx, mainID, rs.ID, cfclient.Rule{Action: "skip", Expression: "true", Description: "dashboard skip",
		ActionParameters: json.RawMessage(`{"ruleset":"current"}`)}, nil); err != nil {
		t.Fatal(err)
	}
	// Rate limit: threshold raised.
	rs, r = find(cfclient.PhaseRateLimit, "Rate limit login")
	r.RateLimit = json.RawMessage(strings.Replace(string(r.RateLimit), `"requests_per_period":20`, `"requests_per_period":5000`, 1))
	if !strings.Contains(string(r.RateLimit), "5000") {
		t.Fatalf("ratelimit %s", r.RateLimit)
	}
	if _, err := c.UpdateRule(ctx, mainID, rs.ID, r.ID, r, nil); err != nil {
		t.Fatal(err)
	}
	// Managed: the OWASP override removed.
	rs, r = find(cfclient.PhaseManaged, "Cloudflare OWASP")
	r.ActionParameters = json.RawMessage(`{"id":"4814384a9e5d4991b9815dcfc25d2f1f"}`)
	if _, err := c.UpdateRule(ctx, mainID, rs.ID, r.ID, r, nil); err != nil {
		t.Fatal(err)
	}
	// List: one item removed, one added.
	lists, err := c.ListIPLists(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var listID string
	for _, l := range lists {
		if l.Name == "blocked_ips" {
			listID = l.ID
		}
	}
	items, err := c.ListListItems(ctx, listID, "", 0)
	if err != nil || len(items.Items) == 0 {
		t.Fatalf("%v %+v", err, items)
	}
	if _, err := c.DeleteListItems(ctx, listID, []string{items.Items[0].ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.AddListItems(ctx, listID, []cfclient.ListItem{{IP: "192.0.2.77", Comment: "added in the dashboard"}}); err != nil {
		t.Fatal(err)
	}
	// Tunnel: the app routed elsewhere.
	tunnels, err := c.ListTunnels(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var tunID string
	for _, tu := range tunnels.Items {
		if tu.Name == "prod-app" {
			tunID = tu.ID
		}
	}
	tc, err := c.GetTunnelConfigRaw(ctx, tunID)
	if err != nil || !strings.Contains(string(tc.Config), "localhost:8080") {
		t.Fatalf("%v %s", err, tc.Config)
	}
	if _, err := c.PutTunnelConfigRaw(ctx, tunID, json.RawMessage(strings.Replace(string(tc.Config), "localhost:8080", "localhost:9090", 1))); err != nil {
		t.Fatal(err)
	}

	rep := drift()
	drifted := map[string]bool{}
	for _, o := range rep.Objects {
		if o.Status != tfexport.StatusManaged {
			drifted[o.Address] = true
		}
	}
	for _, a := range []string{"cloudflare_ruleset.waf_custom", "cloudflare_ruleset.rate_limit", "cloudflare_ruleset.waf_managed",
		"cloudflare_list.blocked_ips", "cloudflare_zero_trust_tunnel_cloudflared_config.prod_app"} {
		if !drifted[a] {
			t.Errorf("%s: not reported as drifted (%v)", a, drifted)
		}
	}
	if len(drifted) != 5 {
		t.Errorf("drifted = %v", drifted)
	}
	p, notes, err := restorePlan(ctx, e.d, "example.com", rep)
	if err != nil || p == nil {
		t.Fatalf("restore: %v %v", err, notes)
	}
	kinds := map[string]int{}
	for _, op := range p.Plan.Ops {
		kinds[op.Kind+" "+op.Action]++
	}
	want := map[string]int{"waf_custom_rule update": 1, "waf_custom_rule delete": 1, "waf_ratelimit_rule update": 1,
		"waf_managed_rule update": 1, "ip_list update": 1, "tunnel_config update": 1}
	if len(kinds) != len(want) {
		t.Errorf("ops %v, want %v (notes %v)", kinds, want, notes)
	}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("ops %v, want %v (notes %v)", kinds, want, notes)
			break
		}
	}
	out := e.applyApproved(&planOut{PlanID: p.Token, ApprovalRequired: p.Plan.Approval.Required, Overrides: p.Plan.Approval.Overrides})
	if out.Status != "applied" {
		t.Fatalf("apply: %+v", out)
	}
	if rep := drift(); rep.Drifted() {
		var left []string
		for _, o := range rep.Objects {
			if o.Status != tfexport.StatusManaged {
				left = append(left, o.Address)
				for _, d := range o.Diffs {
					left = append(left, "  "+d.Path)
				}
			}
		}
		t.Fatalf("after the restore: %+v\n%s", rep.Counts, strings.Join(left, "\n"))
	}
}
