package decision

import (
	"fmt"
	"sort"
	"strings"
)

// staging returns the steps to roll a change out gradually, or nil when
// the change is small enough to make directly.
func staging(ev *Evidence, env string) []string {
	args := ev.Arguments
	kind := strings.ToLower(argString(args, "kind"))
	switch ev.Tool {
	case "waf_rule_configure":
		ruleAction := strings.ToLower(firstString(args, "rule_action", "then", "mode"))
		if (ev.Action == "create" || ev.Action == "update" || ev.Action == "enable") && kind != "ip_list" && ruleAction != "log" {
			return []string{
				"deploy the rule with action log (Enterprise) or managed_challenge first, not block",
				"run waf_rule_simulate with the expression against recent traffic to size the blast radius",
				"watch zone_analytics_query security for at least an hour (a day for busy zones) for legitimate requests it matches",
				"then update the rule to its final action",
			}
		}
	case "zone_settings_manage":
		if ev.Action != "set" || env != "production" {
			return nil
		}
		setting := strings.ToLower(firstString(args, "setting", "id", "name"))
		switch setting {
		case "min_tls_version", "tls_1_3", "ciphers":
			return []string{
				"check zone_analytics_query traffic for requests still using the TLS versions being dropped",
				"apply on a staging zone first and test the oldest clients you must support",
				"then apply to production outside peak hours",
			}
		case "ssl":
			return []string{
				"check the origin presents a valid certificate for every proxied hostname (Full (strict) rejects invalid ones)",
				"apply on a staging zone or a low-traffic hostname first",
				"then apply to production and watch for 526 errors",
			}
		case "security_header", "hsts":
			return []string{
				"start with a short max-age (e.g. 300 s) and no preload",
				"confirm every covered hostname serves HTTPS, then raise max-age step by step",
			}
		case "security_level", "browser_check", "bot_fight_mode", "always_use_https":
			return []string{
				"apply outside peak hours and watch zone_analytics_query security and traffic for challenged legitimate clients",
			}
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

// postChecks are the reads to run after the change, with the arguments
// filled from the proposal where it states them.
func postChecks(ev *Evidence) []Check {
	args := ev.Arguments
	zone := firstString(args, "zone", "zone_name", "zone_id", "domain")
	if zone == "" {
		zone = "<zone>"
	}
	var out []Check
	add := func(tool, why string, kv ...any) {
		a := map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			if v, ok := kv[i+1].(string); ok && v == "" {
				continue
			}
			a[kv[i].(string)] = kv[i+1]
		}
		out = append(out, Check{Tool: tool, Arguments: a, Command: command(tool, a), Why: why})
	}
	if !ev.Mutating && ev.Known {
		return []Check{}
	}
	switch ev.Tool {
	case "dns_record_manage":
		name := firstString(args, "name", "record", "hostname")
		rtype := strings.ToUpper(firstString(args, "type", "record_type"))
		switch ev.Action {
		case "delete":
			add("dns_record_manage", "confirm the record is gone and no other record was removed", "action", "list", "zone", zone, "name", name)
		case "import":
			add("dns_record_manage", "compare the imported records with the file", "action", "list", "zone", zone)
		default:
			add("dns_record_manage", "read back content, TTL and proxied status", "action", "get", "zone", zone, "name", name, "type", rtype)
		}
		add("zone_analytics_query", "watch request volume and 5xx for the hostname after the change", "zone", zone, "dataset", "traffic", "since", "1h")
		if rtype == "NS" || rtype == "DS" || rtype == "SOA" || name == "@" || name == zone {
			add("cf_config_diff", "apex and delegation records: confirm nothing else moved", "zone", zone)
		}
	case "waf_rule_configure":
		ruleID := firstString(args, "rule_id", "id")
		add("waf_rule_configure", "read back the rule's action, expression, position and enabled state", "action", "get", "zone", zone, "kind", argString(args, "kind"), "rule_id", ruleID)
		add("zone_analytics_query", "security events matched by the rule: expected blocks, no legitimate traffic", "zone", zone, "dataset", "security", "since", "1h")
		if ev.Action == "delete" || ev.Action == "disable" || strings.EqualFold(argString(args, "kind"), "managed") {
			add("rule_gap_identify", "find attack classes left uncovered by the change", "zone", zone)
		}
	case "zone_settings_manage":
		add("zone_settings_manage", "read back the setting's value", "action", "get", "zone", zone, "setting", firstString(args, "setting", "id", "name"))
		add("zone_analytics_query", "watch traffic and errors (e.g. 5xx, 526, handshake failures) after the change", "zone", zone, "dataset", "traffic", "since", "1h")
		add("zone_analytics_query", "watch challenged and blocked requests", "zone", zone, "dataset", "security", "since", "1h")
	case "change_apply", "change_rollback":
		add("change_list", "confirm the change is recorded as applied and read back", "limit", 5)
		add("cf_config_diff", "compare live state with the plan's expected state", "zone", zone)
	case "tunnel_health_check":
	default:
		if ev.Tool != "" {
			add("change_list", "review what was changed", "limit", 5)
		}
	}
	if out == nil {
		out = []Check{}
	}
	return out
}

// command renders a check as one line: tool key=value …, keys sorted.
func command(tool string, args map[string]any) string {
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := []string{tool}
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%v", k, args[k]))
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
