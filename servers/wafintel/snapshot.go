package wafintel

import (
	"context"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafcheck"
)

// SourceArgs select the configuration to read: exactly one of them.
type SourceArgs struct {
	Zone         string `json:"zone,omitempty" jsonschema:"zone name or id: read the live configuration"`
	RulesetJSON  string `json:"ruleset_json,omitempty" jsonschema:"inline Cloudflare API ruleset object (or array of them), as JSON text"`
	TerraformHCL string `json:"terraform_hcl,omitempty" jsonschema:"inline Terraform v5 HCL with cloudflare_ruleset (and cloudflare_zone_setting) resources"`
	Plan         string `json:"plan,omitempty" jsonschema:"plan for inline input: free, pro, business, enterprise"`
}

// zoneFor resolves a zone argument and applies the config's allowlist.
func zoneFor(ctx context.Context, d *cli.Deps, zone string) (cfclient.Zone, error) {
	if d.Client == nil {
		return cfclient.Zone{}, mcpkit.Errorf("no Cloudflare client is configured; pass inline input instead of zone")
	}
	z, err := wafcheck.ResolveZone(ctx, d.Client, zone)
	if err != nil {
		return z, mcpkit.Errorf("%v", err)
	}
	if !d.Config.ZoneAllowed(z.Name, z.ID) {
		return z, mcpkit.Errorf("zone %s is not on the allowlist in the configuration (zones.allow)", z.Name)
	}
	return z, nil
}

// loadSnapshot reads the configuration named by the source arguments.
func loadSnapshot(ctx context.Context, d *cli.Deps, a SourceArgs) (*wafcheck.Snapshot, error) {
	n := 0
	for _, s := range []string{a.Zone, a.RulesetJSON, a.TerraformHCL} {
		if strings.TrimSpace(s) != "" {
			n++
		}
	}
	if n != 1 {
		return nil, mcpkit.Errorf("pass exactly one of zone, ruleset_json or terraform_hcl (got %d)", n)
	}
	if _, err := rules.ParsePlan(a.Plan); err != nil {
		return nil, mcpkit.Errorf("plan %q is not accepted; accepted: free, pro, business, enterprise", a.Plan)
	}
	plan := strings.ToLower(strings.TrimSpace(a.Plan))
	switch {
	case strings.TrimSpace(a.Zone) != "":
		z, err := zoneFor(ctx, d, a.Zone)
		if err != nil {
			return nil, err
		}
		s, err := wafcheck.FromZone(ctx, d.Client, z)
		if err != nil {
			return nil, mcpkit.Errorf("%v", err)
		}
		return s, nil
	case strings.TrimSpace(a.RulesetJSON) != "":
		s, err := wafcheck.FromRulesetJSON([]byte(a.RulesetJSON), plan)
		if err != nil {
			return nil, mcpkit.Errorf("%v", err)
		}
		return s, nil
	default:
		s, err := wafcheck.FromTerraform([]byte(a.TerraformHCL), "terraform_hcl.tf", plan)
		if err != nil {
			return nil, mcpkit.Errorf("%v", err)
		}
		return s, nil
	}
}
