package cfsim

import "time"

// Seeded custom-rule IDs on SeedZoneMain, for tests that look for the
// deliberate weaknesses: HexID of the name in the comment, written out so
// that no hashing runs at package initialisation (TestSeedRuleIDs).
const (
	SeedRuleInlineIPSetID   = "d3be6a381f5bac1a8051e4878fc63dc0" // HexID("rule/example.com/admin-inline-ips")
	SeedRuleLogOnlyID       = "a169a9460231a460a8207ab29b4dde60" // HexID("rule/example.com/log-sqlmap")
	SeedRuleSpoofableSkipID = "adf8c49aa8adf2f78ada8d73a61675fb" // HexID("rule/example.com/skip-xff")
	SeedRuleThreatScoreID   = "0dc563a7f2154e2d64d22b1057c95612" // HexID("rule/example.com/threat-score")
	SeedRuleBadBotID        = "5d2ac9a1795bffc38a22ad147f8ae3f1" // HexID("rule/example.com/block-badbot")
	SeedRuleShadowedID      = "0055553892e4f1eeaaf59a3113253813" // HexID("rule/example.com/block-badbot-api")
	SeedRuleRateLimitID     = "09ed50be7fb5c1f6da16501ad2762c58" // HexID("rule/example.com/ratelimit-login")
)

// seedManagedRulesets adds Cloudflare's managed rulesets, which every
// account can read and deploy (so they exist in an empty simulator too).
func seedManagedRulesets(s *Sim) {
	at := seedEpoch().Add(30 * 24 * time.Hour)
	mk := func(id, name string, f map[string]any) *rule {
		return &rule{ID: id, Ref: id, Version: 1, LastUpdated: at, Fields: f}
	}
	add := func(rs *ruleset) { s.st.rulesets[rs.ID] = rs }
	// Cloudflare's managed rulesets (a representative handful of their rules).
	managedRule := func(rs, name, desc string, cats []string, action string) *rule {
		return mk(HexID("managed/"+rs+"/"+name), name, map[string]any{
			"action": action, "expression": "true", "description": desc, "enabled": true, "categories": cats,
		})
	}
	add(&ruleset{ID: ManagedRulesetCloudflareID, Name: "Cloudflare Managed Ruleset", Kind: "managed",
		Phase: "http_request_firewall_managed", Version: 74, LastUpdated: at,
		Description: "Created by the Cloudflare security team, this ruleset is designed to provide fast and effective protection for all your applications.",
		Rules: []*rule{
			managedRule("cf", "log4j-header", "Log4j Headers", []string{"cve-2021-44228", "log4j"}, "block"),
			managedRule("cf", "sqli-union", "SQLi - UNION in MSSQL", []string{"sqli"}, "block"),
			managedRule("cf", "xss-html-injection", "XSS - HTML Injection", []string{"xss"}, "block"),
			managedRule("cf", "wordpress-xmlrpc", "WordPress - Dangerous File Upload", []string{"wordpress"}, "block"),
			managedRule("cf", "path-traversal", "Directory Traversal - /etc/passwd", []string{"directory-traversal"}, "block"),
		}})
	add(&ruleset{ID: ManagedRulesetOWASPID, Name: "Cloudflare OWASP Core Ruleset", Kind: "managed",
		Phase: "http_request_firewall_managed", Version: 38, LastUpdated: at,
		Description: "Cloudflare's implementation of the Open Web Application Security Project (OWASP) ModSecurity Core Rule Set.",
		Rules: []*rule{
			managedRule("owasp", "949110", "949110: Inbound Anomaly Score Exceeded", []string{"paranoia-level-1"}, "block"),
			managedRule("owasp", "942100", "942100: SQL Injection Attack Detected via libinjection", []string{"attack-sqli", "paranoia-level-1"}, "score"),
			managedRule("owasp", "941100", "941100: XSS Attack Detected via libinjection", []string{"attack-xss", "paranoia-level-1"}, "score"),
			managedRule("owasp", "930100", "930100: Path Traversal Attack (/../)", []string{"attack-lfi", "paranoia-level-1"}, "score"),
		}})

}

func seedRulesets(s *Sim) {
	at := seedEpoch().Add(30 * 24 * time.Hour)
	mk := func(id, name string, f map[string]any) *rule {
		return &rule{ID: id, Ref: id, Version: 1, LastUpdated: at, Fields: f}
	}
	add := func(rs *ruleset) { s.st.rulesets[rs.ID] = rs }

	// example.com: custom rules with deliberate weaknesses.
	add(&ruleset{ID: SeedMainCustomRulesetID, Name: "default", Kind: "zone", Phase: "http_request_firewall_custom",
		Owner: SeedZoneMainID, Version: 12, LastUpdated: at, Rules: []*rule{
			mk(HexID("rule/example.com/blocked-list"), "blocked", map[string]any{
				"action": "block", "description": "Block addresses on the blocked_ips list",
				"expression": `(ip.src in $blocked_ips)`, "enabled": true}),
			// The office_ips list holds these ranges; the rule repeats them inline.
			mk(SeedRuleInlineIPSetID, "admin", map[string]any{
				"action": "block", "description": "Block /admin outside the office",
				"expression": `(http.request.uri.path contains "/admin" and not ip.src in {192.0.2.0/24 198.51.100.0/24 203.0.113.7 203.0.113.8 203.0.113.9})`,
				"enabled":    true}),
			mk(SeedRuleLogOnlyID, "sqlmap", map[string]any{
				"action": "log", "description": "Block sqlmap (TODO: switch to block)",
				"expression": `(http.user_agent contains "sqlmap")`, "enabled": true}),
			mk(SeedRuleSpoofableSkipID, "trusted-proxy", map[string]any{
				"action": "skip", "description": "Skip WAF for our reverse proxy",
				"expression":        `(any(http.request.headers["x-forwarded-for"][*] eq "10.0.0.1"))`,
				"action_parameters": map[string]any{"ruleset": "current", "phases": []any{"http_ratelimit", "http_request_firewall_managed"}},
				"logging":           map[string]any{"enabled": true}, "enabled": true}),
			mk(SeedRuleThreatScoreID, "threat", map[string]any{
				"action": "managed_challenge", "description": "Challenge risky visitors",
				"expression": `(cf.threat_score gt 14)`, "enabled": true}),
			mk(SeedRuleBadBotID, "badbot", map[string]any{
				"action": "block", "description": "Block BadBot",
				"expression": `(http.user_agent contains "BadBot")`, "enabled": true}),
			mk(SeedRuleShadowedID, "badbot-api", map[string]any{
				"action": "block", "description": "Block BadBot on the API",
				"expression": `(http.user_agent contains "BadBot" and starts_with(http.request.uri.path, "/api/"))`, "enabled": true}),
			mk(HexID("rule/example.com/geo"), "geo", map[string]any{
				"action": "block", "description": "Block sanctioned countries (disabled during migration)",
				"expression": `(ip.src.country in {"KP" "IR"})`, "enabled": false}),
		}})
	add(&ruleset{ID: SeedMainRatelimitRulesetID, Name: "default", Kind: "zone", Phase: "http_ratelimit",
		Owner: SeedZoneMainID, Version: 3, LastUpdated: at, Rules: []*rule{
			mk(SeedRuleRateLimitID, "login", map[string]any{
				"action": "block", "description": "Rate limit login",
				"expression": `(http.request.uri.path eq "/login" and http.request.method eq "POST")`,
				"ratelimit": map[string]any{"characteristics": []any{"cf.colo.id", "ip.src"}, "period": 60,
					"requests_per_period": 20, "mitigation_timeout": 600},
				"enabled": true}),
		}})
	add(&ruleset{ID: SeedMainManagedRulesetID, Name: "default", Kind: "zone", Phase: "http_request_firewall_managed",
		Owner: SeedZoneMainID, Version: 5, LastUpdated: at, Rules: []*rule{
			mk(HexID("rule/example.com/exec-cf"), "exec-cf", map[string]any{
				"action": "execute", "description": "Cloudflare Managed Ruleset", "expression": "true", "enabled": true,
				"action_parameters": map[string]any{"id": ManagedRulesetCloudflareID, "version": "latest"}}),
			mk(HexID("rule/example.com/exec-owasp"), "exec-owasp", map[string]any{
				"action": "execute", "description": "Cloudflare OWASP Core Ruleset", "expression": "true", "enabled": true,
				"action_parameters": map[string]any{"id": ManagedRulesetOWASPID, "version": "latest",
					"overrides": map[string]any{"categories": []any{map[string]any{"category": "paranoia-level-2", "enabled": false}}}}}),
		}})
	// example.shop: one custom rule, no managed rulesets, no rate limiting.
	add(&ruleset{ID: SeedShopCustomRulesetID, Name: "default", Kind: "zone", Phase: "http_request_firewall_custom",
		Owner: SeedZoneShopID, Version: 1, LastUpdated: at, Rules: []*rule{
			mk(HexID("rule/example.shop/wp-login"), "wp", map[string]any{
				"action": "managed_challenge", "description": "Challenge WordPress login",
				"expression": `(http.request.uri.path eq "/wp-login.php")`, "enabled": true}),
		}})
}
