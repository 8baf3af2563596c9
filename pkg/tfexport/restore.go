package tfexport

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/plan"
)

// What restoring live state to code needs: code's attribute values turned
// back into the values cfplane's plan engine works with.

// RulesFromCode returns the rules code gives a cloudflare_ruleset, in
// order, each with its 1-based position.
func RulesFromCode(code map[string]any) ([]plan.RuleValue, error) {
	raw, _ := code["rules"].([]any)
	out := make([]plan.RuleValue, 0, len(raw))
	for i, x := range raw {
		m, ok := x.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("rules[%d] is not an object", i)
		}
		s := func(k string) string { v, _ := m[k].(string); return v }
		v := plan.RuleValue{Ref: s("ref"), Position: i + 1, Action: s("action"), Expression: s("expression"), Description: s("description"), Enabled: true}
		if v.Action == "" || v.Expression == "" {
			return nil, fmt.Errorf("rules[%d] has no action or expression", i)
		}
		if b, ok := m["enabled"].(bool); ok {
			v.Enabled = b
		}
		for k, dst := range map[string]*json.RawMessage{"action_parameters": &v.ActionParameters, "ratelimit": &v.RateLimit, "logging": &v.Logging} {
			if p := dropEmpty(m[k]); p != nil {
				b, err := json.Marshal(p)
				if err != nil {
					return nil, fmt.Errorf("rules[%d].%s: %v", i, k, err)
				}
				*dst = b
			}
		}
		if p := dropEmpty(m["exposed_credential_check"]); p != nil {
			b, _ := json.Marshal(p)
			v.Extra = map[string]json.RawMessage{"exposed_credential_check": b}
		}
		out = append(out, plan.NormalizeRule(v))
	}
	return out, nil
}

// SameRule says whether the live rule already is what code says, apart
// from its position and what the API computes (a managed ruleset's
// version, categories).
func SameRule(code, live plan.RuleValue) bool {
	c, l := plan.NormalizeRule(code), plan.NormalizeRule(live)
	if c.Ref != "" && c.Ref != l.Ref || c.Action != l.Action || c.Expression != l.Expression || c.Description != l.Description || c.Enabled != l.Enabled {
		return false
	}
	same := func(a, b json.RawMessage) bool {
		return canon(normalize(decodeLoose(a))) == canon(normalize(decodeLoose(b)))
	}
	if !same(stripVersion(c.ActionParameters), stripVersion(l.ActionParameters)) || !same(c.RateLimit, l.RateLimit) || !same(c.Logging, l.Logging) {
		return false
	}
	if ecc, ok := c.Extra["exposed_credential_check"]; ok && !same(ecc, l.Extra["exposed_credential_check"]) {
		return false
	}
	return true
}

func decodeLoose(b json.RawMessage) any {
	var v any
	if len(b) == 0 || json.Unmarshal(b, &v) != nil {
		return nil
	}
	return v
}

// stripVersion drops a managed ruleset's computed version.
func stripVersion(b json.RawMessage) json.RawMessage {
	m, ok := decodeLoose(b).(map[string]any)
	if !ok {
		return b
	}
	delete(m, "version")
	out, _ := json.Marshal(m)
	return out
}

// ListFromCode returns the IP list code gives a cloudflare_list, its
// addresses in the form Cloudflare stores them.
func ListFromCode(code map[string]any) (plan.ListValue, error) {
	s := func(k string) string { v, _ := code[k].(string); return v }
	v := plan.ListValue{Name: s("name"), Kind: s("kind"), Description: s("description"), Items: []plan.ListItemValue{}}
	if v.Kind != "ip" {
		return v, fmt.Errorf("list %s is of kind %q; cfplane restores IP lists only (run terraform apply for it)", v.Name, v.Kind)
	}
	raw, _ := code["items"].([]any)
	for i, x := range raw {
		m, _ := x.(map[string]any)
		ip, _ := m["ip"].(string)
		if ip == "" {
			return v, fmt.Errorf("items[%d] of list %s has no ip", i, v.Name)
		}
		n, err := plan.NormalizeListIP(ip)
		if err != nil {
			return v, fmt.Errorf("items[%d] of list %s: %v", i, v.Name, err)
		}
		c, _ := m["comment"].(string)
		v.Items = append(v.Items, plan.ListItemValue{IP: n, Comment: c})
	}
	return plan.NormalizeList(v), nil
}

// originRequestKeys are cloudflared's originRequest fields (and those of
// its access block), whose provider names are their snake_case forms.
var originRequestKeys = []string{"connectTimeout", "tlsTimeout", "tcpKeepAlive", "noHappyEyeballs", "keepAliveConnections",
	"keepAliveTimeout", "httpHostHeader", "originServerName", "caPool", "noTLSVerify", "disableChunkedEncoding", "bastionMode",
	"proxyAddress", "proxyPort", "proxyType", "ipRules", "http2Origin", "access", "required", "teamName", "audTag", "matchSNItoHost",
	"prefix", "ports", "allow"}

// camelKeys renames the provider's snake_case keys back to cloudflared's
// (no_tls_verify → noTLSVerify): known fields first, then the names live
// uses, then plain lowerCamelCase.
func camelKeys(v any, known map[string]string) any {
	switch t := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, x := range t {
			name, ok := known[k]
			if !ok {
				parts := strings.Split(k, "_")
				for i := 1; i < len(parts); i++ {
					if parts[i] != "" {
						parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
					}
				}
				name = strings.Join(parts, "")
			}
			out[name] = camelKeys(x, known)
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, x := range t {
			out[i] = camelKeys(x, known)
		}
		return out
	}
	return v
}

func collectKeys(v any, into map[string]string) {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			into[snake(k)] = k
			collectKeys(x, into)
		}
	case []any:
		for _, x := range t {
			collectKeys(x, into)
		}
	}
}

// TunnelConfigFromCode returns the API form of the configuration code gives
// a cloudflare_zero_trust_tunnel_cloudflared_config: its ingress rules and
// origin settings in cloudflared's names; the live configuration's other
// top-level fields (which the export does not write) are kept.
func TunnelConfigFromCode(code map[string]any, live json.RawMessage) (json.RawMessage, error) {
	cfg, ok := code["config"].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("code gives no config object")
	}
	ingress, ok := cfg["ingress"].([]any)
	if !ok || len(ingress) == 0 {
		return nil, fmt.Errorf("code's config has no ingress rules")
	}
	known := map[string]string{}
	for _, k := range originRequestKeys {
		known[snake(k)] = k
	}
	cur, _ := decodeLoose(live).(map[string]any)
	collectKeys(cur, known)
	out := map[string]any{}
	for k, v := range cur {
		out[k] = v
	}
	rules := make([]any, 0, len(ingress))
	for i, x := range ingress {
		m, ok := x.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("config.ingress[%d] is not an object", i)
		}
		r := map[string]any{}
		for k, v := range m {
			if v == nil {
				continue
			}
			if k == "origin_request" {
				if p := dropEmpty(v); p != nil {
					r["originRequest"] = camelKeys(p, known)
				}
				continue
			}
			r[k] = v
		}
		rules = append(rules, r)
	}
	out["ingress"] = rules
	delete(out, "originRequest")
	if p := dropEmpty(cfg["origin_request"]); p != nil {
		out["originRequest"] = camelKeys(p, known)
	}
	return json.Marshal(out)
}

// RuleKindOf is the plan kind of a ruleset phase ("" when cfplane does not
// plan over it).
func RuleKindOf(phase string) string {
	kinds := make([]string, 0, len(plan.RuleKindPhase))
	for k := range plan.RuleKindPhase {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		if plan.RuleKindPhase[k] == phase {
			return k
		}
	}
	return ""
}
