package wafintel

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/racetest"
	"github.com/cfplane/cfplane/pkg/wafcheck"
)

func TestComplianceMapGenerate(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	var res ComplianceResult
	mcpkittest.Decode(t, c.MustCall("compliance_map_generate", map[string]any{"zone": cfsim.SeedZoneShop, "framework": "pci", "format": "markdown"}), &res)
	if len(res.Controls) != 5 || !strings.HasPrefix(res.SnapshotHash, "sha256:") || !strings.Contains(res.Markdown, "| **6.4.2**") {
		t.Fatalf("pci report: %+v", res)
	}
	for _, ctl := range res.Controls {
		if ctl.Snapshot != res.SnapshotHash {
			t.Errorf("%s evidence lacks the snapshot hash", ctl.ID)
		}
	}
	var js ComplianceResult
	mcpkittest.Decode(t, c.MustCall("compliance_map_generate", map[string]any{"zone": cfsim.SeedZoneShop, "framework": "nist"}), &js)
	if js.Markdown != "" || js.Controls[0].Framework != "nist" || js.SnapshotHash != res.SnapshotHash {
		t.Errorf("json nist report: %+v", js)
	}
	for name, tc := range map[string]struct {
		args map[string]any
		want string
	}{
		"framework": {map[string]any{"zone": cfsim.SeedZoneShop, "framework": "iso"}, "framework \"iso\""},
		"format":    {map[string]any{"zone": cfsim.SeedZoneShop, "framework": "pci", "format": "pdf"}, "format \"pdf\""},
		"no source": {map[string]any{"framework": "pci"}, "exactly one"},
	} {
		r := c.MustCall("compliance_map_generate", tc.args)
		if !r.IsError || !strings.Contains(mcpkittest.Text(r), tc.want) {
			t.Errorf("%s: want %q, got %s", name, tc.want, mcpkittest.Text(r))
		}
	}
}

func TestRuleGapIdentify(t *testing.T) {
	racetest.SkipHeavy(t)
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	var res wafcheck.GapResult
	mcpkittest.Decode(t, c.MustCall("rule_gap_identify", map[string]any{"zone": cfsim.SeedZoneShop}), &res)
	got := map[string]wafcheck.GapRow{}
	for _, r := range res.Rows {
		got[r.Category] = r
	}
	if got["sqli"].Status != "missing" || got["A03 Injection"].Status != "missing" || len(res.Rows) != 19 {
		t.Fatalf("rows %+v", res.Rows)
	}
	// A gap's proposal intent is accepted by waf_rule_synthesize as is.
	var intent map[string]any
	for _, p := range got["credential_stuffing"].Proposals {
		if p.Intent != nil {
			intent = p.Intent
		}
	}
	if intent == nil {
		t.Fatal("no intent for credential_stuffing")
	}
	intent["zone"] = cfsim.SeedZoneShop
	if r := c.MustCall("waf_rule_synthesize", intent); r.IsError {
		t.Fatalf("proposal intent rejected: %s", mcpkittest.Text(r))
	}
	// Every proposal intent, for both seeded zones.
	for _, zone := range []string{cfsim.SeedZoneMain, cfsim.SeedZoneShop} {
		var g wafcheck.GapResult
		mcpkittest.Decode(t, c.MustCall("rule_gap_identify", map[string]any{"zone": zone}), &g)
		for _, row := range g.Rows {
			for _, p := range row.Proposals {
				if p.Intent == nil {
					continue
				}
				p.Intent["zone"] = zone
				if r := c.MustCall("waf_rule_synthesize", p.Intent); r.IsError {
					t.Errorf("%s %s: intent %v rejected: %s", zone, row.Category, p.Intent, mcpkittest.Text(r))
				}
			}
		}
	}
	if r := c.MustCall("rule_gap_identify", map[string]any{"ruleset_json": "[", "plan": "pro"}); !r.IsError {
		t.Error("malformed JSON accepted")
	}
}
