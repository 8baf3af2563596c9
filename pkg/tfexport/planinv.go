package tfexport

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	tfjson "github.com/hashicorp/terraform-json"

	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/policy"
	"github.com/cfplane/cfplane/pkg/tfhcl"
)

// PlanInput turns `terraform show -json PLANFILE` output into what cfplane's
// invariants are evaluated over: the zone's state before (prior values of
// every Cloudflare resource in the plan) and after (planned values), and
// what the plan changes. zone is the zone's name; the records, settings and
// rulesets of other zones in the plan are left out when their zone_id
// differs from zoneID (if zoneID is given).
func PlanInput(data []byte, zone, zoneID string) (policy.Input, []string, error) {
	var p tfjson.Plan
	if err := json.Unmarshal(data, &p); err != nil {
		return policy.Input{}, nil, inputErr("the plan JSON does not decode: %v; accepted: the output of `terraform show -json PLANFILE`", err)
	}
	if p.FormatVersion == "" || (p.ResourceChanges == nil && p.PlannedValues == nil) {
		return policy.Input{}, nil, inputErr("the JSON is not a plan (no format_version or resource_changes); accepted: the output of `terraform show -json PLANFILE`")
	}
	zone = strings.ToLower(strings.TrimSuffix(zone, "."))
	in := policy.Input{Zone: zone}
	in.Pre.Settings, in.Post.Settings, in.Changes.Settings = map[string]string{}, map[string]string{}, map[string]string{}
	// Limits are the zone plan's; a Terraform plan does not say which it is.
	in.Pre.Limits = policy.Limits{CustomRules: 1 << 30, RatelimitRules: 1 << 30}
	in.Post.Limits = in.Pre.Limits
	var notes []string
	for _, rc := range p.ResourceChanges {
		if rc == nil || rc.Change == nil || rc.Mode != tfjson.ManagedResourceMode {
			continue
		}
		before, _ := rc.Change.Before.(map[string]any)
		after, _ := rc.Change.After.(map[string]any)
		if zoneID != "" {
			if z, ok := firstString(before, after, "zone_id"); ok && z != zoneID {
				continue
			}
		}
		acts := rc.Change.Actions
		deleted := acts.Delete() || acts.Replace()
		changed := !acts.NoOp() && !acts.Read()
		if unknown, ok := rc.Change.AfterUnknown.(map[string]any); ok && len(unknown) > 0 && changed {
			var ks []string
			for k, v := range unknown {
				if b, ok := v.(bool); ok && b && !computedOnly(rc.Type, k) {
					ks = append(ks, k)
				}
			}
			if len(ks) > 0 {
				sort.Strings(ks)
				notes = append(notes, fmt.Sprintf("%s: %s known only after apply", rc.Address, strings.Join(ks, ", ")))
			}
		}
		switch rc.Type {
		case TypeDNS:
			if before != nil {
				in.Pre.Records = append(in.Pre.Records, planRecord(before, zone, rc.Address))
			}
			if after != nil && !acts.Delete() {
				r := planRecord(after, zone, rc.Address)
				in.Post.Records = append(in.Post.Records, r)
				if changed {
					in.Changes.Records = append(in.Changes.Records, r)
				}
			}
			if deleted && before != nil {
				in.Changes.Removed = append(in.Changes.Removed, planRecord(before, zone, rc.Address))
			}
		case TypeSetting:
			if id, v, ok := planSetting(before); ok {
				in.Pre.Settings[id] = v
			}
			if id, v, ok := planSetting(after); ok && !acts.Delete() {
				in.Post.Settings[id] = v
				if changed {
					in.Changes.Settings[id] = v
				}
			}
		case TypeTunnel, TypeTunnelConfig:
			planTunnel(&in, rc.Type, before, after, acts.Delete())
		case TypeRuleset:
			if before != nil {
				addRuleset(&in.Pre, before)
			}
			if after != nil && !acts.Delete() {
				addRuleset(&in.Post, after)
				if changed {
					in.Changes.Rules = append(in.Changes.Rules, planRules(after)...)
				}
			}
		}
	}
	return in, notes, nil
}

func firstString(a, b map[string]any, k string) (string, bool) {
	for _, m := range []map[string]any{a, b} {
		if s, ok := m[k].(string); ok && s != "" {
			return s, true
		}
	}
	return "", false
}

func planRecord(m map[string]any, zone, addr string) policy.Record {
	s := func(k string) string { v, _ := m[k].(string); return v }
	r := policy.Record{ID: s("id"), Type: s("type"), Name: fqdn(s("name"), zone), Content: s("content")}
	if r.ID == "" {
		r.ID = addr
	}
	if n, ok := m["ttl"].(float64); ok {
		r.TTL = int(n)
	}
	r.Proxied, _ = m["proxied"].(bool)
	if n, ok := m["priority"].(float64); ok {
		r.Priority = int(n)
	}
	return r
}

func planSetting(m map[string]any) (string, string, bool) {
	if m == nil {
		return "", "", false
	}
	id, _ := m["setting_id"].(string)
	if id == "" {
		return "", "", false
	}
	switch v := m["value"].(type) {
	case string:
		return id, v, true
	case nil:
		return "", "", false
	default:
		return id, canon(v), true
	}
}

func planRules(m map[string]any) []policy.Rule {
	rules, _ := m["rules"].([]any)
	var out []policy.Rule
	for _, x := range rules {
		r, _ := x.(map[string]any)
		if r == nil {
			continue
		}
		pr := policy.Rule{}
		pr.Action, _ = r["action"].(string)
		pr.Expression, _ = r["expression"].(string)
		if ap, ok := r["action_parameters"].(map[string]any); ok {
			raw, _ := json.Marshal(dropEmpty(ap))
			pr.SkipRuleset, pr.SkipAllProducts, _ = plan.SkipParams(plan.RuleValue{ActionParameters: raw})
		}
		out = append(out, pr)
	}
	return out
}

func addRuleset(st *policy.State, m map[string]any) {
	phase, _ := m["phase"].(string)
	rules, _ := m["rules"].([]any)
	switch phase {
	case "http_request_firewall_custom":
		st.CustomRules += len(rules)
	case "http_ratelimit":
		st.RatelimitRules += len(rules)
	case "http_request_firewall_managed":
		for _, x := range rules {
			r, _ := x.(map[string]any)
			if r == nil || r["action"] != "execute" || r["enabled"] == false {
				continue
			}
			if ap, ok := r["action_parameters"].(map[string]any); ok {
				if id, ok := ap["id"].(string); ok {
					st.ManagedDeployed = append(st.ManagedDeployed, id)
				}
			}
		}
	}
	st.Rules = append(st.Rules, planRules(m)...)
}

// computedOnly says whether the provider computes attr and code cannot set
// it (ids, timestamps): unknown until apply in every plan, so not news.
func computedOnly(typ, attr string) bool {
	schemas, _ := tfhcl.LoadSchema()
	sc := schemas[typ]
	if sc == nil || sc.Block == nil {
		return attr == "id"
	}
	a := sc.Block.Attributes[attr]
	return a == nil || (a.Computed && !a.Optional && !a.Required)
}
