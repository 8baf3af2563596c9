package layer0

import (
	"sort"
	"strings"
)

// toolSpec is cfplane's own record of what a tool does. It is the only
// source Layer0 uses to decide whether a call mutates: annotations advertised
// by servers are never consulted.
type toolSpec struct {
	server   string
	mutating bool            // for tools without an action argument
	read     map[string]bool // actions that only read
	write    map[string]bool // actions that change state
	kinds    map[string]bool // accepted values of the "kind" argument, if any
}

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// Server names.
const (
	ServerSafe   = "cloudflare_safe"
	ServerWAF    = "waf_intelligence"
	ServerOracle = "oracle_answer"
)

var catalogue map[string]toolSpec

// Tools lists the catalogued tool names, sorted.
func Tools() []string {
	ensureTables()
	out := make([]string, 0, len(catalogue))
	for t := range catalogue {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// IsMutating reports, from cfplane's own catalogue, whether calling tool
// with args changes state. known is false for a tool that is not in the
// catalogue, for a tool that takes an action argument when the action is
// missing or not one the tool accepts, and for a "kind" the tool does not
// accept; in those cases mutating is true, so that callers which only look
// at mutating fail safe.
func IsMutating(tool string, args map[string]any) (mutating bool, known bool) {
	ensureTables()
	spec, ok := catalogue[tool]
	if !ok {
		return true, false
	}
	if spec.read == nil && spec.write == nil {
		return spec.mutating, true
	}
	if spec.kinds != nil {
		if k, present := args["kind"]; present {
			ks, isString := k.(string)
			if !isString || !spec.kinds[strings.ToLower(ks)] {
				return true, false
			}
		}
	}
	action := strings.ToLower(argString(args, "action"))
	switch {
	case spec.read[action]:
		return false, true
	case spec.write[action]:
		return true, true
	default:
		return true, false
	}
}

// mapArg returns args[key] when it is an object, else nil.
func mapArg(args map[string]any, key string) map[string]any {
	m, _ := args[key].(map[string]any)
	return m
}

// argString returns args[key] when it is a string, else "".
func argString(args map[string]any, key string) string {
	if args == nil {
		return ""
	}
	if s, ok := args[key].(string); ok {
		return s
	}
	return ""
}

// firstString returns the first string value among keys.
func firstString(args map[string]any, keys ...string) string {
	for _, k := range keys {
		if s := argString(args, k); s != "" {
			return s
		}
	}
	return ""
}

func argBool(args map[string]any, key string) (bool, bool) {
	if args == nil {
		return false, false
	}
	switch v := args[key].(type) {
	case bool:
		return v, true
	case string:
		switch strings.ToLower(v) {
		case "true", "yes", "on":
			return true, true
		case "false", "no", "off":
			return false, true
		}
	}
	return false, false
}

// toolHit is a finding from the catalogue rules.
type toolHit struct {
	id   string
	span string
}

// bypassFlags are argument names that ask a tool to skip a guardrail.
var bypassFlags = []string{"approve", "approved", "self_approve", "auto_approve", "skip_approval", "skip_review",
	"force", "bypass", "no_verify", "override", "ignore_policy", "skip_layer0", "skip_checks", "unsafe", "no_review"}

// weakSettings maps a zone setting to the values that weaken protection,
// and the rule reporting each.
var weakSettings map[string]map[string]string

// isApex reports whether a DNS record name is the zone apex.
func isApex(name, zone string) bool {
	name = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(name)), ".")
	zone = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(zone)), ".")
	if name == "@" {
		return true
	}
	if name == "" {
		return false
	}
	if zone != "" {
		return name == zone
	}
	// Without a zone name, a two-label name is taken to be an apex.
	return strings.Count(name, ".") == 1
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
		return strings.TrimRight(strings.TrimRight(strconvFloat(x), "0"), ".")
	}
	return ""
}

// catalogueHits applies the tool catalogue rules to a call. known is false
// for an unknown tool or action.
func catalogueHits(tool string, args map[string]any) (hits []toolHit, mutating, known bool) {
	mutating, known = IsMutating(tool, args)
	spec, inCatalogue := catalogue[tool]
	if !inCatalogue {
		return []toolHit{{"L0-TC-001", "unknown tool " + clip(tool, 60)}}, true, false
	}
	action := strings.ToLower(argString(args, "action"))
	if !known {
		if spec.kinds != nil {
			if k, present := args["kind"]; present {
				if ks, _ := k.(string); !spec.kinds[strings.ToLower(ks)] {
					return []toolHit{{"L0-TC-002", "unknown kind " + quoteOrMissing(ks) + " for " + tool}}, true, false
				}
			}
		}
		return []toolHit{{"L0-TC-002", "unknown action " + quoteOrMissing(action) + " for " + tool}}, true, false
	}
	if mutating {
		hits = append(hits, toolHit{"L0-TC-003", tool + " " + action})
	}
	for _, f := range bypassFlags {
		if b, ok := argBool(args, f); ok && b {
			hits = append(hits, toolHit{"L0-TC-040", f + "=true"})
		}
	}
	if mutating {
		if span, ok := bulkTarget(args); ok {
			hits = append(hits, toolHit{"L0-TC-014", span})
		}
	}
	switch tool {
	case "dns_record_manage":
		hits = append(hits, dnsHits(action, args)...)
	case "waf_rule_configure":
		hits = append(hits, wafHits(action, args)...)
	case "zone_settings_manage":
		if action == "set" {
			// Flat {setting, value} and cloudflare_safe's {settings: {id: value}}.
			check := func(setting string, v any) {
				setting = strings.ToLower(setting)
				val := valueString(v)
				if bad, ok := weakSettings[setting]; ok {
					if id, ok := bad[val]; ok {
						hits = append(hits, toolHit{id, setting + "=" + val})
					}
				}
			}
			check(firstString(args, "setting", "id", "name"), args["value"])
			if m, ok := args["settings"].(map[string]any); ok {
				keys := make([]string, 0, len(m))
				for k := range m {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					check(k, m[k])
				}
			}
		}
	}
	return hits, mutating, known
}

func quoteOrMissing(s string) string {
	if s == "" {
		return "(missing)"
	}
	return `"` + clip(s, 40) + `"`
}

// recordArgs returns the record shapes a DNS call carries: the flat
// arguments themselves, cloudflare_safe's nested `record` object and each
// element of `records` (bounded).
func recordArgs(args map[string]any) []map[string]any {
	out := []map[string]any{args}
	if r, ok := args["record"].(map[string]any); ok {
		out = append(out, r)
	}
	if rs, ok := args["records"].([]any); ok {
		for i, r := range rs {
			if i >= 1000 {
				break
			}
			if m, ok := r.(map[string]any); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

func dnsHits(action string, args map[string]any) []toolHit {
	var hits []toolHit
	zone := firstString(args, "zone", "zone_name", "domain")
	switch action {
	case "delete":
		name := firstString(args, "name", "record", "hostname", "record_id")
		if r, ok := args["record"].(map[string]any); ok && name == "" {
			name = firstString(r, "name")
		}
		hits = append(hits, toolHit{"L0-TC-010", "delete " + clip(name, 60)})
	case "import":
		hits = append(hits, toolHit{"L0-TC-013", "import"})
	}
	seen := map[string]bool{}
	add := func(h toolHit) {
		if !seen[h.id] {
			seen[h.id] = true
			hits = append(hits, h)
		}
	}
	for _, rec := range recordArgs(args) {
		name := firstString(rec, "name", "hostname")
		rtype := strings.ToUpper(firstString(rec, "type", "record_type"))
		recordHits(action, name, zone, rtype, rec, add)
	}
	return hits
}

func recordHits(action, name, zone, rtype string, args map[string]any, add func(toolHit)) {
	if (action == "delete" || action == "update") && isApex(name, zone) {
		add(toolHit{"L0-TC-011", action + " apex " + clip(name, 60)})
	}
	if (action == "delete" || action == "update" || action == "create" || action == "import") && (rtype == "NS" || rtype == "SOA" || rtype == "DS") {
		add(toolHit{"L0-TC-012", action + " " + rtype + " record"})
	}
	if action == "update" || action == "create" || action == "import" {
		if p, ok := argBool(args, "proxied"); ok && !p && (rtype == "" || rtype == "A" || rtype == "AAAA" || rtype == "CNAME") &&
			(isApex(name, zone) || strings.HasPrefix(strings.ToLower(name), "www.") || strings.HasPrefix(name, "*")) {
			add(toolHit{"L0-TC-015", "proxied=false on " + clip(name, 60)})
		}
	}
}

func wafHits(action string, args map[string]any) []toolHit {
	var hits []toolHit
	kind := strings.ToLower(argString(args, "kind"))
	switch action {
	case "delete":
		hits = append(hits, toolHit{"L0-TC-020", "delete " + kind + " rule"})
	case "disable":
		hits = append(hits, toolHit{"L0-TC-020", "disable " + kind + " rule"})
	}
	if kind == "managed" {
		off := action == "disable" || action == "delete"
		if action == "update" {
			// Flat, or nested as waf_rule_configure takes it: managed{enabled}
			// or rule{enabled}.
			for _, m := range []map[string]any{args, mapArg(args, "managed"), mapArg(args, "rule")} {
				if e, ok := argBool(m, "enabled"); ok && !e {
					off = true
				}
			}
		}
		if off {
			hits = append(hits, toolHit{"L0-TC-021", action + " managed ruleset"})
		}
	}
	if action == "create" || action == "update" {
		ruleAction := strings.ToLower(firstString(args, "rule_action", "then", "mode"))
		if ruleAction == "" {
			if r, ok := args["rule"].(map[string]any); ok {
				ruleAction = strings.ToLower(firstString(r, "action", "rule_action"))
			}
		}
		expr := strings.TrimSpace(strings.ToLower(firstString(args, "expression", "filter")))
		if r, ok := args["rule"].(map[string]any); ok && expr == "" {
			expr = strings.TrimSpace(strings.ToLower(argString(r, "expression")))
		}
		permissive := ruleAction == "skip" || ruleAction == "allow" || ruleAction == "bypass" || ruleAction == "whitelist"
		broad := expr == "true" || expr == "(true)" || strings.Contains(expr, "0.0.0.0/0") || strings.Contains(expr, "::/0") ||
			expr == `http.host ne ""` || expr == "not false"
		if permissive && (broad || expr == "") {
			hits = append(hits, toolHit{"L0-TC-022", ruleAction + " " + clip(expr, 40)})
		}
	}
	if kind == "ip_list" && (action == "create" || action == "update") {
		if s, ok := findString(args, func(s string) bool { return strings.Contains(s, "0.0.0.0/0") || strings.Contains(s, "::/0") }); ok {
			hits = append(hits, toolHit{"L0-TC-022", clip(s, 40)})
		}
	}
	return hits
}

// bulkTarget reports arguments that aim a mutation at everything: all=true,
// a "*" name or id, or more than 10 ids.
func bulkTarget(args map[string]any) (string, bool) {
	if b, ok := argBool(args, "all"); ok && b {
		return "all=true", true
	}
	for _, k := range []string{"name", "id", "record_id", "rule_id", "target", "records", "ids", "rule_ids", "record_ids"} {
		switch v := args[k].(type) {
		case string:
			if strings.TrimSpace(v) == "*" || strings.EqualFold(strings.TrimSpace(v), "all") {
				return k + "=" + v, true
			}
		case []any:
			if len(v) > 10 {
				return k + " lists " + itoa(len(v)) + " items", true
			}
			for _, x := range v {
				if s, ok := x.(string); ok && strings.TrimSpace(s) == "*" {
					return k + " contains *", true
				}
			}
		}
	}
	return "", false
}

// findString walks args depth-first and returns the first string satisfying f.
func findString(v any, f func(string) bool) (string, bool) {
	switch x := v.(type) {
	case string:
		if f(x) {
			return x, true
		}
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if s, ok := findString(x[k], f); ok {
				return s, true
			}
		}
	case []any:
		for _, e := range x {
			if s, ok := findString(e, f); ok {
				return s, true
			}
		}
	}
	return "", false
}

// initCatalogTables assigns this file's tables (buildTables, on first use).
func initCatalogTables() {
	catalogue = map[string]toolSpec{
		// cloudflare_safe
		"zone_list":            {server: ServerSafe},
		"dns_record_manage":    {server: ServerSafe, read: set("list", "get", "export"), write: set("create", "update", "delete", "import")},
		"waf_rule_configure":   {server: ServerSafe, read: set("list", "get"), write: set("create", "update", "delete", "enable", "disable", "reorder"), kinds: set("custom", "rate_limit", "managed", "ip_list")},
		"zone_settings_manage": {server: ServerSafe, read: set("get"), write: set("set")},
		"tunnel_health_check":  {server: ServerSafe},
		"tunnel_route_manage":  {server: ServerSafe, read: set("list", "get"), write: set("publish", "update", "unpublish", "emergency_unpublish", "create", "rotate")},
		"zone_analytics_query": {server: ServerSafe},
		"cf_snapshot":          {server: ServerSafe},
		"cf_config_diff":       {server: ServerSafe},
		"change_list":          {server: ServerSafe},
		"change_apply":         {server: ServerSafe, mutating: true},
		"change_rollback":      {server: ServerSafe, mutating: true},
		// waf_intelligence
		"waf_config_analyze":      {server: ServerWAF},
		"rule_gap_identify":       {server: ServerWAF},
		"compliance_map_generate": {server: ServerWAF},
		"threat_intel_integrate":  {server: ServerWAF},
		"waf_rule_synthesize":     {server: ServerWAF},
		"waf_rule_simulate":       {server: ServerWAF},
		"waf_expression_validate": {server: ServerWAF},
		// oracle_answer
		"security_classify": {server: ServerOracle},
		"routing_decide":    {server: ServerOracle},
		"threat_assess":     {server: ServerOracle},
		"decision_support":  {server: ServerOracle},
		"oracle_answer":     {server: ServerOracle},
	}
	weakSettings = map[string]map[string]string{
		"ssl":                      {"off": "L0-TC-030", "flexible": "L0-TC-031"},
		"security_level":           {"off": "L0-TC-032", "essentially_off": "L0-TC-032"},
		"waf":                      {"off": "L0-TC-033"},
		"always_use_https":         {"off": "L0-TC-034"},
		"automatic_https_rewrites": {"off": "L0-TC-034"},
		"min_tls_version":          {"1.0": "L0-TC-034"},
		"tls_1_3":                  {"off": "L0-TC-034"},
		"browser_check":            {"off": "L0-TC-034"},
		"bot_fight_mode":           {"off": "L0-TC-034"},
		"hotlink_protection":       {"off": "L0-TC-034"},
		"email_obfuscation":        {"off": "L0-TC-034"},
		"server_side_exclude":      {"off": "L0-TC-034"},
		"opportunistic_encryption": {"off": "L0-TC-034"},
		"security_header":          {"off": "L0-TC-034", "false": "L0-TC-034", "disabled": "L0-TC-034"},
		"hsts":                     {"off": "L0-TC-034", "false": "L0-TC-034", "disabled": "L0-TC-034"},
		"ddos_protection":          {"off": "L0-TC-033"},
		"dnssec":                   {"off": "L0-TC-033", "disabled": "L0-TC-033"},
	}
}
