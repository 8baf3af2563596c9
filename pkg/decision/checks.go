package decision

import (
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
)

// weakening maps a zone setting to the values that weaken protection. It
// reads the settings map zone_settings_manage takes ({"ssl": "off"}) as
// well as flat setting/value arguments.
var weakening = map[string]map[string]bool{
	"ssl":                      {"off": true, "flexible": true},
	"min_tls_version":          {"1.0": true, "1.1": true},
	"security_level":           {"off": true, "essentially_off": true},
	"tls_1_3":                  {"off": true},
	"always_use_https":         {"off": true},
	"automatic_https_rewrites": {"off": true},
	"browser_check":            {"off": true},
	"security_header":          {"off": true, "false": true},
	"waf":                      {"off": true},
}

// settingsOf returns the settings a call changes, id → value.
func settingsOf(args map[string]any) map[string]string {
	out := map[string]string{}
	if m, ok := args["settings"].(map[string]any); ok {
		for k, v := range m {
			out[strings.ToLower(k)] = valueString(v)
		}
	}
	if id := strings.ToLower(firstString(args, "setting", "id", "name")); id != "" {
		out[id] = valueString(args["value"])
	}
	return out
}

func valueString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.ToLower(strings.TrimSpace(x))
	case bool:
		if x {
			return "on"
		}
		return "off"
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int:
		return strconv.Itoa(x)
	}
	return ""
}

// recField reads key from a call's flat arguments, its record or its filter.
func recField(args map[string]any, key string) string {
	if s := argString(args, key); s != "" {
		return s
	}
	for _, nested := range []string{"record", "filter"} {
		if m, ok := args[nested].(map[string]any); ok {
			if s := argString(m, key); s != "" {
				return s
			}
		}
	}
	return ""
}

func recBool(args map[string]any, key string) (bool, bool) {
	for _, m := range []map[string]any{args, mapArg(args, "record")} {
		if b, ok := m[key].(bool); ok {
			return b, true
		}
	}
	return false, false
}

func mapArg(args map[string]any, key string) map[string]any {
	m, _ := args[key].(map[string]any)
	return m
}

// changeFindings are risks cfplane sees in the arguments themselves, in
// the shapes cloudflare_safe's tools take.
type finding struct {
	id, detail string
	points     int
	weakens    bool
	protected  bool // touches an object the configuration protects
	refused    bool // cloudflare_safe would refuse it outright
}

// guardFindings checks a mutation against the configured zone allowlist
// and protected objects.
func guardFindings(ev *Evidence, g *Guards) []finding {
	if g == nil || !ev.Mutating || ev.Server != "cloudflare_safe" {
		return nil
	}
	var out []finding
	args := targetArgs(ev)
	zone := strings.ToLower(firstString(args, "zone", "zone_name", "zone_id"))
	if g.ZoneAllowed != nil && zone != "" && !strings.HasPrefix(zone, "<") && !g.ZoneAllowed(zone) {
		out = append(out, finding{id: "zone-not-allowed", points: 50, refused: true,
			detail: "zone " + zone + " is not in the configured allowlist (zones.allow), so cloudflare_safe refuses changes to it"})
	}
	switch ev.Tool {
	case "dns_record_manage":
		name, rtype := strings.ToLower(strings.TrimSuffix(recField(args, "name"), ".")), recField(args, "type")
		if name == "@" {
			name = zone
		} else if name != "" && zone != "" && name != zone && !strings.HasSuffix(name, "."+zone) {
			name += "." + zone
		}
		if name == "" || zone == "" {
			break
		}
		for _, p := range g.ProtectedRecords {
			if recordMatches(p, zone, name, rtype) {
				out = append(out, finding{id: "protected-record", points: 30, protected: true, detail: "the record matches the protected pattern " + strconv.Quote(p)})
			}
		}
	case "waf_rule_configure":
		if id := firstString(args, "rule_id", "id"); id != "" && contains(g.ProtectedRules, id) {
			out = append(out, finding{id: "protected-rule", points: 30, protected: true, detail: "rule " + id + " is protected (protected.rules)"})
		}
	case "tunnel_health_check":
	}
	if t := firstString(args, "tunnel", "tunnel_id"); t != "" && contains(g.ProtectedTunnels, t) {
		out = append(out, finding{id: "protected-tunnel", points: 30, protected: true, detail: "tunnel " + t + " is protected (protected.tunnels)"})
	}
	return out
}

// targetArgs are the call's arguments with the described target (the
// record a description names) as their filter, so checks on name and type
// see it.
func targetArgs(ev *Evidence) map[string]any {
	if ev.Target == nil || ev.Arguments["filter"] != nil {
		return ev.Arguments
	}
	out := make(map[string]any, len(ev.Arguments)+1)
	for k, v := range ev.Arguments {
		out[k] = v
	}
	out["filter"] = ev.Target
	return out
}

// recordMatches reports whether a record matches a protected pattern "NAME
// TYPE", as cloudflare_safe reads them: NAME is "@" for the apex, relative to
// the zone or fully qualified, and may use * (path.Match); TYPE may be *.
// An unknown type (empty) matches any TYPE.
func recordMatches(pattern, zone, name, typ string) bool {
	pn, pt, ok := strings.Cut(strings.TrimSpace(pattern), " ")
	if !ok {
		return false
	}
	pt = strings.TrimSpace(pt)
	if pt != "*" && typ != "" && !strings.EqualFold(pt, typ) {
		return false
	}
	pn = strings.ToLower(strings.TrimSuffix(pn, "."))
	switch {
	case pn == "*":
		return true
	case pn == "@":
		pn = zone
	case pn != zone && !strings.HasSuffix(pn, "."+zone):
		pn += "." + zone
	}
	m, err := path.Match(pn, name)
	return err == nil && m
}

func changeFindings(ev *Evidence) []finding {
	var out []finding
	args := targetArgs(ev)
	if !ev.Mutating {
		return nil
	}
	zone := strings.ToLower(firstString(args, "zone", "zone_name"))
	switch ev.Tool {
	case "zone_settings_manage":
		ids := []string{}
		for id := range settingsOf(args) {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			v := settingsOf(args)[id]
			if weakening[id][v] {
				out = append(out, finding{id: "weakens-protection", points: 30, weakens: true, detail: id + "=" + v + " weakens protection"})
			}
		}
	case "dns_record_manage":
		name := strings.ToLower(strings.TrimSuffix(recField(args, "name"), "."))
		rtype := strings.ToUpper(recField(args, "type"))
		apex := name == "@" || (name != "" && name == zone)
		if ev.Action == "delete" {
			out = append(out, finding{id: "deletes-record", points: 10, detail: "deletes a DNS record"})
			if name == "" && argString(args, "record_id") != "" && ev.Target == nil {
				out = append(out, finding{id: "record-unknown", points: 5, detail: "the record is addressed by id only; read it first (dns_record_manage get) to see what it is"})
			}
		}
		if apex && (ev.Action == "delete" || ev.Action == "update") {
			out = append(out, finding{id: "apex-record", points: 20, detail: "changes the zone apex record"})
		}
		if rtype == "NS" || rtype == "DS" || rtype == "SOA" {
			out = append(out, finding{id: "delegation-record", points: 20, detail: rtype + " records control delegation"})
		}
		if p, ok := recBool(args, "proxied"); ok && !p && (apex || strings.HasPrefix(name, "www.") || strings.HasPrefix(name, "*")) {
			out = append(out, finding{id: "unproxied", points: 30, weakens: true, detail: "proxied=false on " + name + " exposes the origin and bypasses the WAF"})
		}
	case "waf_rule_configure":
		kind := strings.ToLower(argString(args, "kind"))
		if kind == "managed" && (ev.Action == "disable" || ev.Action == "delete") {
			out = append(out, finding{id: "managed-rules-off", points: 30, weakens: true, detail: "turns managed rules off"})
		}
		if (kind == "custom" || kind == "rate_limit" || kind == "") && (ev.Action == "disable" || ev.Action == "delete") {
			out = append(out, finding{id: "rule-removed", points: 20, weakens: true, detail: "removes or disables a WAF rule: the requests it blocked or challenged get through"})
		}
		if ra := ruleActionOf(args); ra == "skip" || ra == "allow" {
			out = append(out, finding{id: "skip-rule", points: 15, detail: "a skip/allow rule lets matching requests bypass protection; keep its expression narrow"})
		}
	}
	return out
}

// staging returns the steps to roll a change out gradually, or nil when
// the change is small enough to make directly.
func staging(ev *Evidence, env string) []string {
	args := ev.Arguments
	kind := strings.ToLower(argString(args, "kind"))
	switch ev.Tool {
	case "waf_rule_configure":
		ruleAction := ruleActionOf(args)
		if (ev.Action == "create" || ev.Action == "update" || ev.Action == "enable") && kind != "ip_list" && ruleAction != "log" {
			return []string{
				"deploy the rule with action log (Enterprise) or managed_challenge first, not block",
				"run waf_rule_simulate with the expression against recent traffic to size the blast radius",
				"watch zone_analytics_query kind=security for at least an hour (a day for busy zones) for legitimate requests it matches",
				"then update the rule to its final action",
			}
		}
	case "zone_settings_manage":
		if ev.Action != "set" || env != "production" {
			return nil
		}
		var steps []string
		ids := []string{}
		for id := range settingsOf(args) {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			switch id {
			case "min_tls_version", "tls_1_3", "ciphers":
				steps = append(steps,
					"check zone_analytics_query kind=traffic for requests still using the TLS versions being dropped",
					"apply on a staging zone first and test the oldest clients you must support")
			case "ssl":
				steps = append(steps,
					"check the origin presents a valid certificate for every proxied hostname (Full (strict) rejects invalid ones)",
					"apply on a staging zone or a low-traffic zone first and watch for 526 errors")
			case "security_header", "hsts":
				steps = append(steps,
					"start with a short max-age (e.g. 300 s) and no preload",
					"confirm every covered hostname serves HTTPS, then raise max-age step by step")
			case "security_level", "browser_check", "bot_fight_mode", "always_use_https":
				steps = append(steps, "apply outside peak hours and watch zone_analytics_query kind=security and kind=traffic for challenged legitimate clients")
			}
		}
		if len(steps) > 0 {
			return append(steps, "take a cf_snapshot of the zone first so cf_config_diff can show exactly what changed")
		}
	case "dns_record_manage":
		if env == "production" && ev.Action == "update" {
			return []string{
				"lower the record's TTL (e.g. to 60 s) and wait at least the old TTL before changing the content",
				"make the change, verify it, then restore the TTL",
			}
		}
	}
	return nil
}

// postChecks are the reads to run after the change, in the argument shapes
// of cloudflare_safe's and waf_intelligence's tools, filled from the
// proposal where it states them.
func postChecks(ev *Evidence) []Check {
	args := targetArgs(ev)
	zone := firstString(args, "zone", "zone_name", "zone_id")
	if zone == "" {
		zone = "<zone>"
	}
	out := []Check{}
	add := func(tool, why string, a map[string]any) {
		for k, v := range a {
			if s, ok := v.(string); ok && s == "" {
				delete(a, k)
			}
		}
		out = append(out, Check{Tool: tool, Arguments: a, Command: command(tool, a), Why: why})
	}
	if !ev.Mutating && ev.Known {
		return out
	}
	snapshotDiff := func(why string) {
		add("cf_config_diff", why, map[string]any{"zone": zone, "snapshot_id": "<cf_snapshot id taken before the change>"})
	}
	switch ev.Tool {
	case "dns_record_manage":
		name, rtype := recField(args, "name"), strings.ToUpper(recField(args, "type"))
		filter := map[string]any{}
		if name != "" {
			filter["name"] = name
		}
		if rtype != "" {
			filter["type"] = rtype
		}
		list := map[string]any{"zone": zone, "action": "list"}
		if len(filter) > 0 {
			list["filter"] = filter
		}
		switch {
		case ev.Action == "update" && argString(args, "record_id") != "":
			add("dns_record_manage", "read back content, TTL and proxied status", map[string]any{"zone": zone, "action": "get", "record_id": argString(args, "record_id")})
		case ev.Action == "delete":
			add("dns_record_manage", "confirm the record is gone and no other record was removed", list)
		default:
			add("dns_record_manage", "read back content, TTL and proxied status", list)
		}
		add("zone_analytics_query", "watch request volume and 5xx for the hostname after the change", map[string]any{"zone": zone, "kind": "traffic", "window": "1h"})
		if rtype == "NS" || rtype == "DS" || rtype == "SOA" || name == "@" || strings.EqualFold(name, zone) {
			snapshotDiff("apex and delegation records: confirm nothing else moved")
		}
	case "waf_rule_configure":
		add("waf_rule_configure", "read back the rule's action, expression, position and enabled state",
			map[string]any{"zone": zone, "action": "get", "kind": argString(args, "kind"), "rule_id": firstString(args, "rule_id", "id")})
		add("zone_analytics_query", "security events matched by the rule: expected blocks, no legitimate traffic", map[string]any{"zone": zone, "kind": "security", "window": "1h", "group_by": "rule"})
		if ev.Action == "delete" || ev.Action == "disable" || strings.EqualFold(argString(args, "kind"), "managed") {
			add("rule_gap_identify", "find attack classes left uncovered by the change", map[string]any{"zone": zone})
		}
	case "zone_settings_manage":
		add("zone_settings_manage", "read back the settings' values", map[string]any{"zone": zone, "action": "get"})
		add("zone_analytics_query", "watch traffic and errors (5xx, 526, handshake failures) after the change", map[string]any{"zone": zone, "kind": "traffic", "window": "1h", "group_by": "status"})
		add("zone_analytics_query", "watch challenged and blocked requests", map[string]any{"zone": zone, "kind": "security", "window": "1h"})
	case "change_apply", "change_rollback":
		add("change_list", "confirm the change is recorded as applied and read back", map[string]any{"limit": 5})
		snapshotDiff("compare live state with the state before the change")
	default:
		if ev.Tool != "" {
			add("change_list", "review what was changed", map[string]any{"limit": 5})
		}
	}
	return out
}

// command renders a check as one line: tool key=value …, keys sorted,
// nested values as JSON.
func command(tool string, args map[string]any) string {
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := []string{tool}
	for _, k := range keys {
		v := args[k]
		switch v.(type) {
		case string, int, bool, float64:
			parts = append(parts, fmt.Sprintf("%s=%v", k, v))
		default:
			b, _ := json.Marshal(v)
			parts = append(parts, k+"="+string(b))
		}
	}
	return strings.Join(parts, " ")
}

func firstString(args map[string]any, keys ...string) string {
	for _, k := range keys {
		if s := argString(args, k); s != "" {
			return s
		}
	}
	return ""
}

// ruleActionOf is the rule action of a waf_rule_configure call: from its
// rule object (the tool's shape) or a flat rule_action.
func ruleActionOf(args map[string]any) string {
	if r, ok := args["rule"].(map[string]any); ok {
		if a := strings.ToLower(argString(r, "action")); a != "" {
			return a
		}
	}
	return strings.ToLower(firstString(args, "rule_action", "then"))
}
