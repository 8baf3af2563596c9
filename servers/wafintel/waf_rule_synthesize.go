package wafintel

import (
	"context"
	"errors"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafcheck"
	"github.com/cfplane/cfplane/pkg/wafsynth"
)

// RuleSynthesizeArgs are waf_rule_synthesize's arguments.
type RuleSynthesizeArgs struct {
	wafsynth.Intent
	Zone string `json:"zone,omitempty" jsonschema:"zone name or id: check against its rules and plan"`
	Plan string `json:"plan,omitempty" jsonschema:"free, pro, business or enterprise (default: the zone's plan)"`
}

var customLimit = map[rules.Plan]int{rules.PlanFree: 5, rules.PlanPro: 20, rules.PlanBusiness: 100, rules.PlanEnterprise: 1000}
var rateLimitLimit = map[rules.Plan]int{rules.PlanFree: 1, rules.PlanPro: 2, rules.PlanBusiness: 5, rules.PlanEnterprise: 100}

func wafRuleSynthesize(d *cli.Deps) mcpkit.Tool {
	return mcpkit.NewTool("waf_rule_synthesize",
		"Intent → canonical expression, Cloudflare API rule JSON (for waf_rule_configure), Terraform v5 HCL, staged rollout, conflicts with existing rules.",
		mcpkit.ReadHints,
		func(ctx context.Context, a RuleSynthesizeArgs) (wafsynth.Proposal, error) {
			plan, err := rules.ParsePlan(a.Plan)
			if err != nil {
				return wafsynth.Proposal{}, mcpkit.Errorf("plan %q is not accepted; accepted: free, pro, business, enterprise", a.Plan)
			}
			var existing []wafsynth.Existing
			phase := cfclient.PhaseCustom
			if a.Action == "rate_limit" {
				phase = cfclient.PhaseRateLimit
			}
			if strings.TrimSpace(a.Zone) != "" {
				z, err := zoneFor(ctx, d, a.Zone)
				if err != nil {
					return wafsynth.Proposal{}, err
				}
				if plan == rules.PlanUnknown {
					plan, _ = rules.ParsePlan(planOf(z))
				}
				rs, err := d.Client.GetPhaseEntrypoint(ctx, z.ID, phase)
				if err != nil && !errors.Is(err, cfclient.ErrNotFound) {
					return wafsynth.Proposal{}, mcpkit.Errorf("reading the %s rules of %s failed: %v", phase, z.Name, err)
				}
				existing = existingRules(rs.Rules)
			}
			limit := customLimit[plan]
			if phase == cfclient.PhaseRateLimit {
				limit = rateLimitLimit[plan]
			}
			p, err := wafsynth.Build(a.Intent, plan, existing, limit)
			if err != nil {
				return wafsynth.Proposal{}, mcpkit.Errorf("%v", err)
			}
			return *p, nil
		})
}

func existingRules(rs []cfclient.Rule) []wafsynth.Existing {
	out := make([]wafsynth.Existing, 0, len(rs))
	for _, r := range rs {
		e := wafsynth.Existing{ID: r.ID, Action: r.Action, Expression: r.Expression, Enabled: wafcheck.Enabled(r)}
		if r.Action == "skip" && strings.Contains(string(r.ActionParameters), `"ruleset":"current"`) {
			e.SkipsRest = true
		}
		out = append(out, e)
	}
	return out
}

func planOf(z cfclient.Zone) string {
	for _, c := range []string{z.Plan.ID, z.Plan.Name} {
		c = strings.ToLower(c)
		for _, p := range []string{"enterprise", "business", "pro", "free"} {
			if strings.Contains(c, p) {
				return p
			}
		}
	}
	return ""
}
