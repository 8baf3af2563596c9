package wafintel

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/threatintel"
)

func TestThreatIntelIntegrate(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	// 203.0.113.10 is example.com's origin (its apex A record): never blocked.
	feed := "; Spamhaus DROP\n45.95.147.0/25 ; SBL1\n45.95.147.128/25 ; SBL2\n203.0.113.10/32 ; SBL3\n10.0.0.0/8 ; SBL4\n"
	var res threatintel.Result
	mcpkittest.Decode(t, c.MustCall("threat_intel_integrate", map[string]any{"content": feed, "source": "spamhaus drop", "zone": cfsim.SeedZoneMain}), &res)
	if len(res.Items) != 1 || res.Items[0].IP != "45.95.147.0/24" {
		t.Fatalf("items %+v", res.Items)
	}
	if res.Provenance.Format != "spamhaus" || res.Provenance.RemovedReserved != 2 || !res.Complete {
		// 203.0.113.10 is documentation space as well as the origin: counted as reserved.
		t.Errorf("provenance %+v", res.Provenance)
	}
	if res.Rule.Expression != "ip.src in $ti_spamhaus_drop" || !strings.Contains(res.Terraform, `resource "cloudflare_list"`) {
		t.Errorf("rule %+v", res.Rule)
	}
	// Origins of the zone are allowlisted even outside reserved space.
	var o threatintel.Result
	mcpkittest.Decode(t, c.MustCall("threat_intel_integrate", map[string]any{"content": "45.95.147.9\n8.8.8.8\n", "format": "plain", "allowlist": []any{"8.8.8.0/24"}}), &o)
	if len(o.Items) != 1 || o.Items[0].IP != "45.95.147.9" || o.Provenance.RemovedAllowlist != 1 {
		t.Errorf("allowlist: %+v", o)
	}
	for name, tc := range map[string]struct {
		args map[string]any
		want string
	}{
		"empty":      {map[string]any{"content": ""}, "empty"},
		"format":     {map[string]any{"content": "1.2.3.4", "format": "yaml"}, "accepted: auto"},
		"malformed":  {map[string]any{"content": "45.95.147.1\nnot-an-ip\n", "format": "plain"}, "line 2"},
		"allowlist":  {map[string]any{"content": "45.95.147.1", "allowlist": []any{"x"}}, "allowlist"},
		"list name":  {map[string]any{"content": "45.95.147.1", "list_name": "Bad Name"}, "list name"},
		"ttl":        {map[string]any{"content": "45.95.147.1", "ttl_days": 1000}, "ttl_days"},
		"oversized":  {map[string]any{"content": strings.Repeat("45.95.147.1\n", threatintel.MaxFeedLines+1)}, "limit"},
		"bad plan":   {map[string]any{"content": "45.95.147.1", "plan": "gold"}, "plan"},
		"bad action": {map[string]any{"content": "45.95.147.1", "action": "skip"}, "action"},
	} {
		r := c.MustCall("threat_intel_integrate", tc.args)
		if !r.IsError || !strings.Contains(mcpkittest.Text(r), tc.want) {
			t.Errorf("%s: want error %q, got %.300s", name, tc.want, mcpkittest.Text(r))
		}
	}
}
