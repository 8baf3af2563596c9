package wafintel

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"go4.org/netipx"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafcheck"
	"github.com/cfplane/cfplane/pkg/wafreplay"
	"github.com/cfplane/cfplane/pkg/wafsynth"
)

// RuleSynthesizeArgs are waf_rule_synthesize's arguments.
type RuleSynthesizeArgs struct {
	wafsynth.Intent
	Zone string `json:"zone,omitempty" jsonschema:"zone name or id (its rules and plan)"`
	Plan string `json:"plan,omitempty" jsonschema:"free, pro, business or enterprise (default: the zone's plan)"`
}

var customLimit = map[rules.Plan]int{rules.PlanFree: 5, rules.PlanPro: 20, rules.PlanBusiness: 100, rules.PlanEnterprise: 1000}
var rateLimitLimit = map[rules.Plan]int{rules.PlanFree: 1, rules.PlanPro: 2, rules.PlanBusiness: 5, rules.PlanEnterprise: 100}

func wafRuleSynthesize(d *cli.Deps) mcpkit.Tool {
	return mcpkit.NewTool("waf_rule_synthesize",
		"Intent → canonical expression, API rule JSON (for waf_rule_configure), Terraform v5 HCL, conflicts; replayed on security events, sampled traffic, benign corpus; rollout in observed numbers.",
		mcpkit.ReadHints,
		func(ctx context.Context, a RuleSynthesizeArgs) (wafsynth.Proposal, error) {
			plan, err := rules.ParsePlan(a.Plan)
			if err != nil {
				return wafsynth.Proposal{}, mcpkit.Errorf("plan %q is not accepted; accepted: free, pro, business, enterprise", a.Plan)
			}
			var existing []wafsynth.Existing
			var zoneID, zoneName string
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
				zoneID, zoneName = z.ID, z.Name
				// The zone's name lets the lfi class flag URLs in
				// parameters that point outside it (remote file inclusion).
				a.Intent.Zone = z.Name
			}
			limit := customLimit[plan]
			if phase == cfclient.PhaseRateLimit {
				limit = rateLimitLimit[plan]
			}
			p, err := wafsynth.Build(a.Intent, plan, existing, limit)
			if err != nil {
				return wafsynth.Proposal{}, mcpkit.Errorf("%v", err)
			}
			if _, err := blastRadius(ctx, d, p, plan, zoneID, zoneName); err != nil {
				return wafsynth.Proposal{}, err
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

// blastRadius replays the candidate on the whole benign corpus (bounded by
// benignReplayBudget) and, when a zone is given, on its security events
// and sampled traffic of the last 24 h (as waf_rule_simulate does, with
// the account's lists and trusted-client lists); the staged rollout's
// promotion criteria are rewritten in the observed numbers.
func blastRadius(ctx context.Context, d *cli.Deps, p *wafsynth.Proposal, plan rules.Plan, zoneID, zoneName string) (*wafsynth.BlastRadius, error) {
	const hours = 24
	br := &wafsynth.BlastRadius{Notes: []string{}}
	benign, err := replayBenign(ctx, p.Expression, plan, benignReplayBudget)
	if err != nil {
		return nil, mcpkit.Errorf("replaying the candidate on the benign corpus failed: %v", err)
	}
	br.Benign, br.BenignMatches = benign.sets, benign.total
	br.Notes = append(br.Notes, benign.note())
	obs := observed{hours: hours, benign: benign}
	if zoneID == "" {
		obs.hours = 0
		br.Notes = append(br.Notes, "no zone: its security events and sampled traffic were not replayed, so no match volume is expected yet")
		wafsynth.ApplyBlastRadius(p, br)
		applyPromotion(p, obs)
		return br, nil
	}
	lists, trusted, err := zoneLists(ctx, d)
	if err != nil {
		return nil, err
	}
	reqs, err := securityEvents(ctx, d, zoneID, hours, 1000)
	if err != nil {
		return nil, err
	}
	var allow netipx.IPSetBuilder
	var names []string
	for name, ps := range trusted {
		for _, pf := range ps {
			allow.AddPrefix(pf)
		}
		names = append(names, "list "+name)
	}
	set, _ := allow.IPSet()
	action := p.Rule.Action
	if !simActions[action] {
		action = "log"
	}
	res, err := wafreplay.Run(fmt.Sprintf("security events of %s, last %d h", zoneName, hours), []wafreplay.Rule{{ID: "candidate", Action: action, Expression: p.Expression}}, reqs,
		wafreplay.Options{Plan: plan, Lists: lists, Allowlist: set, AllowNames: strings.Join(names, ", "), Combined: true})
	if err != nil {
		return nil, mcpkit.Errorf("replaying the candidate on security events failed: %v", err)
	}
	br.Events = wafsynth.EventsFromResult(res)
	obs.events, obs.eventReqs, obs.eventMatches, obs.eventLikely = true, br.Events.Requests, br.Events.Matches, br.Events.LikelyFP
	br.Notes = append(br.Notes, "security events are requests that already triggered a security feature: their matches show what the rule catches, not its effect on all traffic")
	if len(reqs) == 0 {
		br.Notes = append(br.Notes, fmt.Sprintf("no security events in the last %d h", hours))
	}
	tr, err := sampledTraffic(ctx, d, zoneID, p.Expression, plan, lists, hours, 10000)
	if err != nil {
		br.Notes = append(br.Notes, fmt.Sprintf("sampled traffic not replayed: %v", err))
	} else {
		obs.traffic = tr
		br.Notes = append(br.Notes, tr.note(zoneName))
	}
	// Paths and user agents of the samples come from clients.
	texts := append(append([]string{}, br.Events.Samples...), br.Events.FPSamples...)
	if tr != nil {
		texts = append(texts, tr.samples...)
	}
	br.Notes = append(br.Notes, untrustedNotes("paths, query strings and user agents of the replayed events and traffic", texts)...)
	wafsynth.ApplyBlastRadius(p, br)
	applyPromotion(p, obs)
	return br, nil
}
