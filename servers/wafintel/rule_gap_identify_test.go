package wafintel

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
)

func TestRuleGapIdentifyRejections(t *testing.T) {
	cfg, err := config.Parse("t.yaml", []byte("zones:\n  allow: [example.shop]\n"))
	if err != nil {
		t.Fatal(err)
	}
	d, _ := clitest.Deps(t, cfg)
	c := clitest.Client(t, d, Name, Toolsets)
	cases := map[string]struct {
		args map[string]any
		want string
	}{
		"no source":           {map[string]any{}, "exactly one of zone, ruleset_json or terraform_hcl"},
		"two sources":         {map[string]any{"zone": "example.shop", "ruleset_json": "[]"}, "exactly one"},
		"bad plan":            {map[string]any{"ruleset_json": "[]", "plan": "gold"}, `plan "gold" is not accepted; accepted: free, pro, business, enterprise`},
		"zone not allowed":    {map[string]any{"zone": "example.com"}, "allowlist"},
		"HCL does not parse":  {map[string]any{"terraform_hcl": "resource \"x\" {"}, "does not parse"},
		"unknown argument":    {map[string]any{"zone": "example.shop", "framework": "pci"}, "framework"},
		"ruleset JSON broken": {map[string]any{"ruleset_json": "{", "plan": "pro"}, "JSON"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			res := c.MustCall("rule_gap_identify", tc.args)
			if !res.IsError || !strings.Contains(mcpkittest.Text(res), tc.want) {
				t.Errorf("want tool error containing %q, got %s", tc.want, mcpkittest.Text(res))
			}
		})
	}
}
