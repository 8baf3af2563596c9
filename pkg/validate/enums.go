package validate

import "strings"

// Phases are the ruleset phases cfplane manages.
var Phases = []string{
	"http_request_firewall_custom",
	"http_ratelimit",
	"http_request_firewall_managed",
}

// RuleActions are the ruleset rule actions accepted in the managed phases.
var RuleActions = []string{
	"block", "challenge", "js_challenge", "managed_challenge", "log", "skip", "execute",
}

// Phase checks a ruleset phase.
func Phase(field, p string) error { return Enum(field, p, Phases...) }

// RuleAction checks a rule action.
func RuleAction(field, a string) error { return Enum(field, a, RuleActions...) }

// ZoneSettings maps the zone settings cfplane manages to their accepted
// values.
var ZoneSettings = map[string][]string{
	"ssl":                      {"off", "flexible", "full", "strict"},
	"min_tls_version":          {"1.0", "1.1", "1.2", "1.3"},
	"always_use_https":         {"on", "off"},
	"security_level":           {"off", "essentially_off", "low", "medium", "high", "under_attack"},
	"browser_check":            {"on", "off"},
	"tls_1_3":                  {"on", "off", "zrt"},
	"automatic_https_rewrites": {"on", "off"},
	"opportunistic_encryption": {"on", "off"},
}

// ZoneSettingIDs lists the keys of ZoneSettings in display order.
var ZoneSettingIDs = []string{
	"ssl", "min_tls_version", "always_use_https", "security_level", "browser_check",
	"tls_1_3", "automatic_https_rewrites", "opportunistic_encryption",
}

// ZoneSetting checks a zone setting id and, if value is not empty, its value.
func ZoneSetting(field, id, value string) error {
	values, ok := ZoneSettings[id]
	if !ok {
		return newErr(field, id, "is not a zone setting cfplane manages", strings.Join(ZoneSettingIDs, ", "))
	}
	if value == "" {
		return nil
	}
	return Enum(field+".value", value, values...)
}
