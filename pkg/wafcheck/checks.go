package wafcheck

import (
	"fmt"
	"net/netip"
	"sort"
	"strconv"
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/threatintel"
)

// Data a check needs.
const (
	needCustom    = "custom"
	needRateLimit = "ratelimit"
	needManaged   = "managed"
	needSettings  = "settings"
	needDNS       = "dns"
	needLists     = "lists"
	needAny       = "any"
)

// Check is one analysis check.
type Check struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Severity    string   `json:"severity"`
	Why         string   `json:"why"`
	Remediation string   `json:"remediation"`
	Controls    []string `json:"controls"`
	needs       []string
	run         func(e *env, c *Check) []Finding
}

// phase is the phase a check's zone-level findings are about.
func (c *Check) phase() string {
	for _, n := range c.needs {
		switch n {
		case needCustom:
			return PhaseCustom
		case needRateLimit:
			return PhaseRateLimit
		case needManaged:
			return PhaseManaged
		}
	}
	return ""
}

func (c *Check) applies(s *Snapshot) bool {
	for _, n := range c.needs {
		switch n {
		case needCustom:
			if !s.PhaseKnown(PhaseCustom) {
				return false
			}
		case needRateLimit:
			if !s.PhaseKnown(PhaseRateLimit) {
				return false
			}
		case needManaged:
			if !s.PhaseKnown(PhaseManaged) {
				return false
			}
		case needSettings:
			if !s.SettingsKnown {
				return false
			}
		case needDNS:
			if !s.DNSKnown {
				return false
			}
		case needLists:
			if !s.ListsKnown {
				return false
			}
		}
	}
	return true
}

// Control ids, framework:control.
const (
	cPCI641   = "pci-dss-4.0:6.4.1"
	cPCI642   = "pci-dss-4.0:6.4.2"
	cPCI421   = "pci-dss-4.0:4.2.1"
	cA01      = "owasp-top10-2021:A01"
	cA02      = "owasp-top10-2021:A02"
	cA03      = "owasp-top10-2021:A03"
	cA04      = "owasp-top10-2021:A04"
	cA05      = "owasp-top10-2021:A05"
	cA06      = "owasp-top10-2021:A06"
	cA07      = "owasp-top10-2021:A07"
	cA09      = "owasp-top10-2021:A09"
	cA10      = "owasp-top10-2021:A10"
	cSC5      = "nist-800-53:SC-5"
	cSC7      = "nist-800-53:SC-7"
	cSC8      = "nist-800-53:SC-8"
	cSI4      = "nist-800-53:SI-4"
	cSI10     = "nist-800-53:SI-10"
	cASVS4Inj = "asvs-4.0.3:V5.3.4"
	cASVS4XSS = "asvs-4.0.3:V5.3.3"
	cASVS4Cmd = "asvs-4.0.3:V5.3.8"
	cASVS4LFI = "asvs-4.0.3:V5.3.9"
	cASVS4Bru = "asvs-4.0.3:V2.2.1"
	cASVS4Aut = "asvs-4.0.3:V11.1.4"
	cASVS4TLS = "asvs-4.0.3:V9.1.1"
	cASVS4HST = "asvs-4.0.3:V14.4.5"
	cASVS4Log = "asvs-4.0.3:V7.1.3"
	cASVS5Inj = "asvs-5.0:V1.2"
	cASVS5Bru = "asvs-5.0:V6.3.1"
	cASVS5Aut = "asvs-5.0:V2.4.1"
	cASVS5TLS = "asvs-5.0:V12.1.1"
	cASVS5Srv = "asvs-5.0:V12.2.1"
	cASVS5HST = "asvs-5.0:V3.4.1"
	cASVS5Log = "asvs-5.0:V16.3.3"
)

var injection = []string{cPCI642, cA03, cSI10, cASVS4Inj, cASVS4XSS, cASVS4Cmd, cASVS4LFI, cASVS5Inj}
var tlsControls = []string{cPCI421, cA02, cSC8, cASVS4TLS, cASVS5TLS, cASVS5Srv}

func ctl(lists ...[]string) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range lists {
		for _, c := range l {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	sort.Strings(out)
	return out
}

var checks []*Check

// Checks returns the catalogue, in a fixed order.
func Checks() []*Check {
	if checks == nil {
		checks = buildChecks()
	}
	return checks
}

// managedExec is an execute rule of the managed phase.
type managedExec struct {
	r    *rule
	kind string
	p    executeParams
}

func (e *env) managedExecs() []managedExec {
	var out []managedExec
	for _, r := range e.phaseRules(PhaseManaged) {
		if r.r.Action != "execute" {
			continue
		}
		p := execParams(r.r)
		out = append(out, managedExec{r: r, kind: e.s.ManagedKind(p.ID), p: p})
	}
	return out
}

// customEnabled returns the enabled rules of the custom phase.
func (e *env) enabled(phase string) []*rule {
	var out []*rule
	for _, r := range e.phaseRules(phase) {
		if Enabled(r.r) {
			out = append(out, r)
		}
	}
	return out
}

var spoofable = map[string]bool{
	"http.x_forwarded_for": true, "http.user_agent": true, "http.referer": true, "http.cookie": true,
	"http.request.headers": true, "http.request.headers.names": true, "http.request.headers.values": true,
	"http.request.cookies": true, "http.request.uri.args": true, "http.request.uri.query": true,
	"http.request.uri": true, "http.request.uri.path": true, "http.host": true, "http.request.full_uri": true,
}

var anchoring = map[string]bool{
	"ip.src": true, "ip.src.asnum": true, "cf.tls_client_auth.cert_verified": true, "cf.bot_management.verified_bot": true,
	"cf.client.bot": true, "cf.verified_bot_category": true, "cf.tls_client_auth.cert_fingerprint_sha256": true,
	"cf.worker.upstream_zone": true,
}

// anchored reports whether a skip rule's expression is tied to something a
// client cannot forge: the source address, a list, mTLS or verified bots.
func anchored(r *rule) bool {
	if len(r.lists) > 0 {
		return true
	}
	for f := range r.fields {
		if anchoring[f] {
			return true
		}
	}
	return false
}

func usesSpoofable(r *rule) []string {
	var out []string
	for f := range r.fields {
		if spoofable[f] {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}

// authProbes are requests to authentication and API endpoints that a rate
// limiting rule should cover.
var authProbes = []struct{ method, path string }{
	{"POST", "/login"}, {"POST", "/wp-login.php"}, {"POST", "/api/login"}, {"POST", "/user/login"},
	{"POST", "/signin"}, {"POST", "/account/login"}, {"POST", "/auth/token"}, {"POST", "/oauth/token"},
	{"POST", "/api/v1/auth"}, {"POST", "/password/reset"},
}

var planCustomLimit = map[string]int{"free": 5, "pro": 20, "business": 100, "enterprise": 1000}
var planRateLimit = map[string]int{"free": 1, "pro": 2, "business": 5, "enterprise": 100}

func buildChecks() []*Check {
	cs := []*Check{
		// ---- managed rulesets ----
		{ID: "managed-cloudflare-missing", Title: "Cloudflare Managed Ruleset not deployed", Severity: SevHigh,
			Why:         "Without the Cloudflare Managed Ruleset (or the Free Managed Ruleset) no virtual patches for known vulnerabilities run in front of the application.",
			Remediation: "Deploy the Cloudflare Managed Ruleset in the http_request_firewall_managed phase with expression true.",
			Controls:    ctl(injection, []string{cPCI641, cA06, cSC7}), needs: []string{needManaged},
			run: func(e *env, c *Check) []Finding {
				for _, m := range e.managedExecs() {
					if m.kind == ManagedCloudflare || m.kind == ManagedFree {
						return nil
					}
				}
				return []Finding{e.finding(c, nil, "no execute rule for the Cloudflare Managed Ruleset in "+PhaseManaged)}
			}},
		{ID: "managed-owasp-missing", Title: "OWASP Core Ruleset not deployed", Severity: SevHigh,
			Why:         "The OWASP Core Ruleset is the generic injection detection (SQLi, XSS, RCE, LFI); without it only signatures for known CVEs run.",
			Remediation: "Deploy the Cloudflare OWASP Core Ruleset (Pro plan or higher) with the default score threshold (medium, 40) and action block.",
			Controls:    ctl(injection, []string{cPCI641}), needs: []string{needManaged},
			run: func(e *env, c *Check) []Finding {
				if e.s.Plan == "free" {
					return nil
				}
				for _, m := range e.managedExecs() {
					if m.kind == ManagedOWASP {
						return nil
					}
				}
				return []Finding{e.finding(c, nil, "no execute rule for the OWASP Core Ruleset in "+PhaseManaged)}
			}},
		{ID: "managed-disabled", Title: "Managed ruleset deployment disabled", Severity: SevHigh,
			Why:         "A disabled execute rule leaves the managed ruleset deployed on paper only.",
			Remediation: "Enable the execute rule; if it causes false positives, disable single rules or add narrow exceptions instead.",
			Controls:    ctl(injection, []string{cPCI641}), needs: []string{needManaged},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, m := range e.managedExecs() {
					if !Enabled(m.r.r) {
						out = append(out, e.finding(c, m.r, "execute of "+strOr(m.kind, m.p.ID)+" is disabled"))
					}
				}
				return out
			}},
		{ID: "managed-override-log", Title: "Managed ruleset overridden to log or disabled", Severity: SevHigh,
			Why:         "A ruleset-level override to action log (or enabled false) turns the managed ruleset into monitoring only: attacks are recorded, not stopped.",
			Remediation: "Remove the ruleset-level action/enabled override; tune single rules or tags instead.",
			Controls:    ctl(injection), needs: []string{needManaged},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, m := range e.managedExecs() {
					o := m.p.Overrides
					if o == nil {
						continue
					}
					if o.Action == "log" {
						out = append(out, e.finding(c, m.r, "overrides.action is log"))
					} else if o.Enabled != nil && !*o.Enabled {
						out = append(out, e.finding(c, m.r, "overrides.enabled is false"))
					}
				}
				return out
			}},
		{ID: "managed-narrowed", Title: "Managed ruleset runs on part of the traffic only", Severity: SevMedium,
			Why:         "An execute rule whose expression is not true leaves every request outside that expression unprotected by the managed rules.",
			Remediation: "Use expression true for the execute rule and express exceptions as skip rules with narrow, unforgeable conditions.",
			Controls:    ctl(injection), needs: []string{needManaged},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, m := range e.managedExecs() {
					if m.r.node == nil {
						continue
					}
					if v, ok := rules.ConstValue(m.r.node); ok && v {
						continue
					}
					out = append(out, e.finding(c, m.r, "execute expression is "+m.r.canon))
				}
				return out
			}},
		{ID: "managed-rules-disabled", Title: "Managed rules disabled by overrides", Severity: SevMedium,
			Why:         "Rules or tags disabled in the overrides no longer protect; disabled CVE or technology tags leave known exploits open.",
			Remediation: "Review each disabled rule or tag; re-enable what applies to the application or narrow the exception with a skip rule.",
			Controls:    ctl(injection, []string{cA06}), needs: []string{needManaged},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, m := range e.managedExecs() {
					o := m.p.Overrides
					if o == nil {
						continue
					}
					var off []string
					for _, cat := range o.Categories {
						if cat.Enabled != nil && !*cat.Enabled && !strings.HasPrefix(cat.Category, "paranoia-level-") {
							off = append(off, "tag "+cat.Category)
						}
					}
					for _, r := range o.Rules {
						if r.Enabled != nil && !*r.Enabled {
							off = append(off, "rule "+r.ID)
						}
					}
					if len(off) > 0 {
						out = append(out, e.finding(c, m.r, "disabled: "+strings.Join(off, ", ")))
					}
				}
				return out
			}},
		{ID: "managed-version-pinned", Title: "Managed ruleset pinned to an old version", Severity: SevLow,
			Why:         "A pinned version does not receive new signatures; PCI DSS 6.4.2 asks for a solution kept up to date.",
			Remediation: "Set action_parameters.version to latest (or omit it).",
			Controls:    ctl([]string{cPCI642, cA06}), needs: []string{needManaged},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, m := range e.managedExecs() {
					if m.p.Version != "" && m.p.Version != "latest" {
						out = append(out, e.finding(c, m.r, "version "+m.p.Version))
					}
				}
				return out
			}},
		{ID: "managed-duplicate-execute", Title: "Managed ruleset executed twice", Severity: SevMedium,
			Why:         "Cloudflare runs each managed ruleset once per phase; a second execute rule is rejected or confuses overrides.",
			Remediation: "Keep one execute rule per managed ruleset and merge their overrides.",
			Controls:    ctl([]string{cA05}), needs: []string{needManaged},
			run: func(e *env, c *Check) []Finding {
				seen := map[string]bool{}
				var out []Finding
				for _, m := range e.managedExecs() {
					if m.p.ID == "" {
						continue
					}
					if seen[m.p.ID] {
						out = append(out, e.finding(c, m.r, "ruleset "+m.p.ID+" is executed more than once"))
					}
					seen[m.p.ID] = true
				}
				return out
			}},
		{ID: "owasp-threshold-low", Title: "OWASP anomaly score threshold too permissive", Severity: SevMedium,
			Why:         "A score threshold above 40 (medium) lets requests matching several OWASP rules through; 60 is Cloudflare's low sensitivity.",
			Remediation: "Set score_threshold to 40 (medium) or 25 (high) on rule " + OWASPAnomalyRuleID + ".",
			Controls:    ctl(injection), needs: []string{needManaged},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, m := range e.managedExecs() {
					if m.kind != ManagedOWASP || m.p.Overrides == nil {
						continue
					}
					for _, r := range m.p.Overrides.Rules {
						if r.ScoreThreshold > 40 {
							out = append(out, e.finding(c, m.r, "score_threshold "+strconv.Itoa(r.ScoreThreshold)+" on rule "+r.ID))
						}
					}
				}
				return out
			}},
		{ID: "owasp-action-log", Title: "OWASP anomaly rule only logs", Severity: SevHigh,
			Why:         "With the anomaly rule (949110) set to log, the OWASP Core Ruleset never blocks.",
			Remediation: "Set the action of rule " + OWASPAnomalyRuleID + " to block or managed_challenge.",
			Controls:    ctl(injection), needs: []string{needManaged},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, m := range e.managedExecs() {
					if m.kind != ManagedOWASP || m.p.Overrides == nil {
						continue
					}
					for _, r := range m.p.Overrides.Rules {
						if r.Action == "log" {
							out = append(out, e.finding(c, m.r, "rule "+r.ID+" action log"))
						}
					}
				}
				return out
			}},
		{ID: "owasp-paranoia-inconsistent", Title: "OWASP paranoia levels inconsistent", Severity: SevLow,
			Why:         "Paranoia levels are cumulative: disabling a lower level while a higher one stays enabled runs the noisiest rules without their base.",
			Remediation: "Disable every tag above the chosen level (PL1: disable paranoia-level-2, -3 and -4).",
			Controls:    ctl([]string{cA05}), needs: []string{needManaged},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, m := range e.managedExecs() {
					if m.kind != ManagedOWASP || m.p.Overrides == nil {
						continue
					}
					off := map[int]bool{}
					for _, cat := range m.p.Overrides.Categories {
						if n, ok := strings.CutPrefix(cat.Category, "paranoia-level-"); ok && cat.Enabled != nil && !*cat.Enabled {
							if l, err := strconv.Atoi(n); err == nil {
								off[l] = true
							}
						}
					}
					for l := 1; l <= 3; l++ {
						if off[l] && !off[l+1] {
							out = append(out, e.finding(c, m.r, fmt.Sprintf("paranoia-level-%d disabled while paranoia-level-%d is enabled", l, l+1)))
							break
						}
					}
				}
				return out
			}},
		// ---- custom rules ----
		{ID: "rule-invalid-expression", Title: "Rule expression does not parse or check", Severity: SevHigh,
			Why:         "Cloudflare rejects the rule, or the rule does not do what it says.",
			Remediation: "Fix the expression; waf_expression_validate shows the error position and a hint.",
			Controls:    ctl([]string{cA05}), needs: []string{needAny},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.rules {
					if r.err != nil {
						out = append(out, e.finding(c, r, r.err.Error()))
					}
				}
				return out
			}},
		{ID: "rule-log-only", Title: "Custom rule only logs", Severity: SevMedium,
			Why:         "A log rule records matches but never stops them; rules left in log after a rollout give a false sense of protection.",
			Remediation: "Review the rule's matches (waf_rule_simulate) and promote it to managed_challenge or block.",
			Controls:    ctl([]string{cPCI642, cSI4}), needs: []string{needCustom},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.enabled(PhaseCustom) {
					if r.r.Action == "log" {
						out = append(out, e.finding(c, r, "action log: "+strOr(r.r.Description, "")))
					}
				}
				return out
			}},
		{ID: "rule-disabled", Title: "Rule disabled", Severity: SevLow,
			Why:         "A disabled rule protects nothing; disabled rules tend to be forgotten.",
			Remediation: "Re-enable the rule or delete it.",
			Controls:    ctl([]string{cA05}), needs: []string{needAny},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.rules {
					if r.rs.Phase != PhaseManaged && !Enabled(r.r) {
						out = append(out, e.finding(c, r, strOr(r.r.Description, "disabled")))
					}
				}
				return out
			}},
		{ID: "skip-broad", Title: "Skip rule not tied to a trusted source", Severity: SevCritical,
			Why:         "A skip rule that any client can satisfy turns WAF protection off for attackers.",
			Remediation: "Restrict the skip rule to ip.src in a list, verified bots or mTLS (cf.tls_client_auth.cert_verified), and skip as little as possible.",
			Controls:    ctl(injection, []string{cSC7}), needs: []string{needCustom},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.enabled(PhaseCustom) {
					if r.r.Action != "skip" || r.node == nil || anchored(r) {
						continue
					}
					if v, ok := rules.ConstValue(r.node); ok && v {
						out = append(out, e.finding(c, r, "skip rule matches every request"))
						continue
					}
					if len(usesSpoofable(r)) == 0 {
						out = append(out, e.finding(c, r, "skip rule uses no source-address, list or mTLS condition"))
					}
				}
				return out
			}},
		{ID: "skip-spoofable", Title: "Skip rule trusts client-controlled data", Severity: SevHigh,
			Why:         "Headers, user agent, cookies and URLs are chosen by the client; a skip rule keyed on them lets an attacker switch the WAF off by sending the value.",
			Remediation: "Key the skip on ip.src in a list of trusted addresses or on mTLS; never on X-Forwarded-For or User-Agent alone.",
			Controls:    ctl(injection, []string{cSC7}), needs: []string{needCustom},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.enabled(PhaseCustom) {
					if r.r.Action != "skip" || r.node == nil || anchored(r) {
						continue
					}
					if v, ok := rules.ConstValue(r.node); ok && v {
						continue
					}
					if sp := usesSpoofable(r); len(sp) > 0 {
						out = append(out, e.finding(c, r, "skip keyed on client-controlled "+strings.Join(sp, ", ")))
					}
				}
				return out
			}},
		{ID: "skip-no-logging", Title: "Skip rule does not log", Severity: SevMedium,
			Why:         "Requests that bypass the WAF without a log entry leave no trail for investigation.",
			Remediation: "Set logging.enabled to true on the skip rule.",
			Controls:    ctl([]string{cPCI642, cA09, cSI4, cASVS4Log, cASVS5Log}), needs: []string{needCustom},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.enabled(PhaseCustom) {
					if r.r.Action != "skip" || len(r.r.Logging) == 0 {
						continue
					}
					var l logging
					if jsonUnmarshal(r.r.Logging, &l) == nil && l.Enabled != nil && !*l.Enabled {
						out = append(out, e.finding(c, r, "logging.enabled is false"))
					}
				}
				return out
			}},
		{ID: "rule-shadowed", Title: "Rule never runs: an earlier rule catches its traffic", Severity: SevMedium,
			Why:         "An earlier terminating rule matches every request this rule matches, so this rule never acts.",
			Remediation: "Delete the shadowed rule, reorder the rules, or narrow the earlier rule.",
			Controls:    ctl([]string{cA05}), needs: []string{needCustom},
			run: runShadowed},
		{ID: "rule-duplicate", Title: "Duplicate rule expression", Severity: SevLow,
			Why:         "Two rules with the same expression cost evaluation and make changes error-prone; with different actions only the first acts.",
			Remediation: "Merge the rules and keep one expression.",
			Controls:    ctl([]string{cA05}), needs: []string{needAny},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, phase := range []string{PhaseCustom, PhaseRateLimit} {
					seen := map[string]*rule{}
					for _, r := range e.enabled(phase) {
						if r.canon == "" {
							continue
						}
						if first, ok := seen[r.canon]; ok {
							out = append(out, e.finding(c, r, "same expression as rule "+first.ref+" (action "+first.r.Action+")"))
							continue
						}
						seen[r.canon] = r
					}
				}
				return out
			}},
		{ID: "rule-always-true", Title: "Rule matches every request", Severity: SevHigh,
			Why:         "A block or challenge rule whose expression is always true stops all traffic; a log rule floods the logs.",
			Remediation: "Fix the expression (waf_expression_validate) so it matches only the intended requests.",
			Controls:    ctl([]string{cA05}), needs: []string{needAny},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.rules {
					if r.rs.Phase == PhaseManaged || r.r.Action == "skip" || r.r.Action == "execute" || !Enabled(r.r) || r.node == nil {
						continue
					}
					if v, ok := rules.ConstValue(r.node); ok && v {
						out = append(out, e.finding(c, r, "expression is always true"))
					}
				}
				return out
			}},
		{ID: "rule-always-false", Title: "Rule can never match", Severity: SevMedium,
			Why:         "An expression that no request satisfies protects nothing (contradictory conditions, empty sets).",
			Remediation: "Fix the contradictory conditions or delete the rule.",
			Controls:    ctl([]string{cA05}), needs: []string{needAny},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.rules {
					if !Enabled(r.r) || r.node == nil || r.fields["cf.threat_score"] {
						continue
					}
					if v, ok := rules.ConstValue(r.node); ok && !v {
						out = append(out, e.finding(c, r, "expression is always false"))
					}
				}
				return out
			}},
		{ID: "field-threat-score", Title: "Rule uses cf.threat_score (always 0)", Severity: SevHigh,
			Why:         "Cloudflare no longer computes the threat score: cf.threat_score is always 0, so the rule never fires (or always fires for lt/eq 0).",
			Remediation: "Replace it with cf.waf.score (Enterprise), cf.waf.score.class (Business), bot score or a managed challenge on specific paths.",
			Controls:    ctl([]string{cA05, cSI4}), needs: []string{needAny},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.rules {
					if r.fields["cf.threat_score"] {
						out = append(out, e.finding(c, r, "uses cf.threat_score"))
					}
				}
				return out
			}},
		{ID: "field-geoip-deprecated", Title: "Rule uses deprecated ip.geoip.* fields", Severity: SevLow,
			Why:         "ip.geoip.* fields are deprecated in favour of ip.src.*.",
			Remediation: "Rename ip.geoip.country to ip.src.country, ip.geoip.asnum to ip.src.asnum, and so on.",
			Controls:    ctl([]string{cA05}), needs: []string{needAny},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.rules {
					for f := range r.fields {
						if strings.HasPrefix(f, "ip.geoip.") {
							out = append(out, e.finding(c, r, "uses "+f))
							break
						}
					}
				}
				return out
			}},
		{ID: "value-never-matches", Title: "Comparison value can never match", Severity: SevMedium,
			Why:         "The value has the wrong case or form for the field (lowercase method, path without /, uppercase header name, extension with a dot), so the condition is always false.",
			Remediation: "Write the value the way Cloudflare presents the field; the evidence carries the fix.",
			Controls:    ctl([]string{cA05}), needs: []string{needAny},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.rules {
					if r.checked == nil {
						continue
					}
					for _, w := range r.checked.Warnings {
						if strings.Contains(w.Message, "never matches") {
							d := w.Message
							if w.Hint != "" {
								d += " (" + w.Hint + ")"
							}
							out = append(out, e.finding(c, r, d))
						}
					}
				}
				return out
			}},
		{ID: "inline-ip-set", Title: "Inline IP set should be a list", Severity: SevLow,
			Why:         "Addresses repeated inline in expressions drift apart from the lists that hold them and cost expression length.",
			Remediation: "Put the addresses in an IP list and write ip.src in $list_name.",
			Controls:    ctl([]string{cA01, cSC7}), needs: []string{needAny},
			run: runInlineIPSets},
		{ID: "ip-set-reserved", Title: "Reserved or private addresses in a rule", Severity: SevMedium,
			Why:         "Private, CGNAT and benchmark ranges never reach Cloudflare as client addresses; listing them hides a mistake (often a NAT or proxy address).",
			Remediation: "Remove reserved ranges; for traffic behind a proxy use the proxy's public address.",
			Controls:    ctl([]string{cSC7}), needs: []string{needAny},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.rules {
					if r.node == nil {
						continue
					}
					var bad []string
					walkNode(r.node, func(n rules.Node) {
						if ip, ok := n.(*rules.IPLit); ok && threatintel.OverlapsBogon(ip.Prefix()) {
							bad = append(bad, ip.Prefix().String())
						}
					})
					if len(bad) > 0 {
						out = append(out, e.finding(c, r, "reserved: "+strings.Join(bad, ", ")))
					}
				}
				return out
			}},
		// ---- lists ----
		{ID: "list-missing", Title: "Rule references a list that does not exist", Severity: SevHigh,
			Why:         "An expression naming a missing list is rejected by Cloudflare, or the rule is a leftover of a deleted list.",
			Remediation: "Create the list (kind ip) or fix the name in the expression.",
			Controls:    ctl([]string{cA01, cSC7}), needs: []string{needLists},
			run: func(e *env, c *Check) []Finding {
				have := map[string]bool{}
				for _, l := range e.s.Lists {
					have[l.Name] = true
				}
				var out []Finding
				for _, r := range e.rules {
					for _, l := range r.lists {
						if !strings.HasPrefix(l, "cf.") && !have[l] {
							out = append(out, e.finding(c, r, "list $"+l+" does not exist"))
						}
					}
				}
				return out
			}},
		{ID: "list-unused", Title: "List not used by any rule", Severity: SevLow,
			Why:         "A list nobody references is either dead weight or a control someone believes is active.",
			Remediation: "Reference the list from a rule (ip.src in $name) or delete it.",
			Controls:    ctl([]string{cSC7}), needs: []string{needLists, needCustom},
			run: func(e *env, c *Check) []Finding {
				used := map[string]bool{}
				for _, r := range e.rules {
					for _, l := range r.lists {
						used[l] = true
					}
				}
				var out []Finding
				for _, l := range e.s.Lists {
					if !used[l.Name] && l.NumReferencingFilters == 0 {
						f := e.finding(c, nil, fmt.Sprintf("list %s (%s, %d items) is not referenced", l.Name, l.Kind, l.NumItems))
						f.RuleID = "list:" + l.Name
						out = append(out, f)
					}
				}
				return out
			}},
		{ID: "list-reserved-items", Title: "List holds reserved or private addresses", Severity: SevMedium,
			Why:         "Private, CGNAT and benchmark ranges never appear as client addresses at Cloudflare's edge; such items are mistakes and use up the list budget.",
			Remediation: "Remove the reserved items from the list.",
			Controls:    ctl([]string{cSC7}), needs: []string{needLists},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, l := range e.s.Lists {
					var bad []string
					for _, it := range l.Items {
						if p, ok := parsePrefix(it); ok && threatintel.OverlapsBogon(p) {
							bad = append(bad, it)
						}
					}
					if len(bad) > 0 {
						f := e.finding(c, nil, "list "+l.Name+": "+strings.Join(bad, ", "))
						f.RuleID = "list:" + l.Name
						out = append(out, f)
					}
				}
				return out
			}},
		// ---- limits ----
		{ID: "expression-near-limit", Title: "Expression close to the 4,096-character limit", Severity: SevLow,
			Why:         "Cloudflare rejects expressions over 4,096 characters; a rule near the limit cannot grow.",
			Remediation: "Move inline values into lists or split the rule.",
			Controls:    ctl([]string{cA05}), needs: []string{needAny},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.rules {
					if n := len([]rune(r.r.Expression)); n >= 3500 {
						out = append(out, e.finding(c, r, fmt.Sprintf("%d of 4096 characters", n)))
					}
				}
				return out
			}},
		{ID: "rule-count-near-limit", Title: "Rule count near the plan limit", Severity: SevInfo,
			Why:         "Cloudflare refuses rules beyond the plan's limit (custom rules: Free 5, Pro 20, Business 100, Enterprise 1,000; rate limiting: 1, 2, 5, 100).",
			Remediation: "Merge rules with the same action, or move values into lists.",
			Controls:    ctl([]string{cA05}), needs: []string{needAny},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, x := range []struct {
					phase string
					lim   map[string]int
				}{{PhaseCustom, planCustomLimit}, {PhaseRateLimit, planRateLimit}} {
					lim, ok := x.lim[e.s.Plan]
					if !ok || !e.s.PhaseKnown(x.phase) {
						continue
					}
					n := len(e.phaseRules(x.phase))
					if n*5 >= lim*4 {
						f := e.finding(c, nil, fmt.Sprintf("%d of %d %s rules on the %s plan", n, lim, x.phase, e.s.Plan))
						if n > lim {
							f.Severity = SevHigh
						}
						f.RuleID = "phase:" + x.phase
						out = append(out, f)
					}
				}
				return out
			}},
		// ---- rate limiting ----
		{ID: "ratelimit-auth-missing", Title: "No rate limiting on login or API endpoints", Severity: SevHigh,
			Why:         "Without a rate limit, credential stuffing and brute force against login, token and password-reset endpoints run at full speed.",
			Remediation: "Add a rate limiting rule on the login/API paths (waf_rule_synthesize with action rate_limit proposes one).",
			Controls:    ctl([]string{cPCI642, cA04, cA07, cSC5, cASVS4Bru, cASVS4Aut, cASVS5Bru, cASVS5Aut}), needs: []string{needRateLimit},
			run: runRateLimitAuth},
		{ID: "ratelimit-weak", Title: "Rate limit too high to stop brute force", Severity: SevMedium,
			Why:         "More than 10 requests per second per client is far above any human login rate.",
			Remediation: "Lower requests_per_period (e.g. 5–20 per minute on login) and set a mitigation timeout.",
			Controls:    ctl([]string{cA07, cSC5, cASVS4Bru, cASVS5Bru}), needs: []string{needRateLimit},
			run: func(e *env, c *Check) []Finding {
				var out []Finding
				for _, r := range e.enabled(PhaseRateLimit) {
					rl := rateOf(r.r)
					if rl.Period > 0 && rl.RequestsPerPeriod > 10*rl.Period {
						out = append(out, e.finding(c, r, fmt.Sprintf("%d requests per %d s", rl.RequestsPerPeriod, rl.Period)))
					}
				}
				return out
			}},
		{ID: "attack-score-unused", Title: "WAF attack score not used", Severity: SevMedium,
			Why:         "The plan includes Cloudflare's machine-learning attack score, which catches injection variants signatures miss, but no rule acts on it.",
			Remediation: "Business: challenge cf.waf.score.class eq \"attack\"; Enterprise: block cf.waf.score lt 20.",
			Controls:    ctl(injection), needs: []string{needCustom},
			run: func(e *env, c *Check) []Finding {
				if e.s.Plan != "business" && e.s.Plan != "enterprise" {
					return nil
				}
				for _, r := range e.enabled(PhaseCustom) {
					for f := range r.fields {
						if strings.HasPrefix(f, "cf.waf.score") {
							return nil
						}
					}
				}
				return []Finding{e.finding(c, nil, "no enabled custom rule uses cf.waf.score* on a "+e.s.Plan+" plan")}
			}},
	}
	cs = append(cs, settingChecks()...)
	cs = append(cs, dnsChecks()...)
	return cs
}

func parsePrefix(s string) (netip.Prefix, bool) {
	if p, err := netip.ParsePrefix(s); err == nil {
		return p.Masked(), true
	}
	if a, err := netip.ParseAddr(s); err == nil {
		return netip.PrefixFrom(a, a.BitLen()), true
	}
	return netip.Prefix{}, false
}

func runShadowed(e *env, c *Check) []Finding {
	var out []Finding
	var earlier []*rule
	stopped := false
	for _, r := range e.enabled(PhaseCustom) {
		if r.node != nil && (Terminating(r.r.Action) || r.r.Action == "log") {
			dupOf := ""
			for _, a := range earlier {
				if a.canon == r.canon {
					dupOf = a.ref
					break
				}
			}
			if dupOf == "" && !stopped {
				for _, a := range earlier {
					if !a.always && !fieldsSubset(a, r) {
						continue
					}
					if !mayContain(a.req, r.lits) {
						continue
					}
					if e.shadow >= maxShadowPairs {
						stopped = true
						e.notes = append(e.notes, fmt.Sprintf("shadowed-rule analysis stopped after %d comparisons; later rules were not compared", maxShadowPairs))
						break
					}
					e.shadow++
					if ok, decided := rules.Contains(a.node, r.node); ok && decided {
						out = append(out, e.finding(c, r, "every request it matches is first caught by rule "+a.ref+" ("+a.r.Action+")"))
						break
					}
				}
			}
		}
		if r.node == nil {
			continue
		}
		if Terminating(r.r.Action) {
			earlier = append(earlier, r)
		} else if r.r.Action == "skip" {
			if sp := skipOf(r.r); sp.Ruleset == "current" {
				earlier = append(earlier, r)
			}
		}
	}
	return out
}

func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func runInlineIPSets(e *env, c *Check) []Finding {
	var out []Finding
	for _, r := range e.rules {
		if r.node == nil {
			continue
		}
		walkNode(r.node, func(n rules.Node) {
			set, ok := n.(*rules.Set)
			if !ok {
				return
			}
			var ips []netip.Prefix
			for _, el := range set.Elems {
				switch x := el.(type) {
				case *rules.IPLit:
					ips = append(ips, x.Prefix())
				case *rules.IPRange:
					ips = append(ips, netip.PrefixFrom(x.Lo, x.Lo.BitLen()))
				}
			}
			if len(ips) < 5 {
				return
			}
			detail := fmt.Sprintf("inline set of %d addresses", len(ips))
			f := e.finding(c, r, detail)
			if l := listCovering(e.s, ips); l != "" {
				f.Severity = SevMedium
				f.Evidence["detail"] = detail + "; list " + l + " already holds some of them"
				f.Remediation = "Replace the inline set with ip.src in $" + l + "."
			}
			out = append(out, f)
		})
	}
	return out
}

func listCovering(s *Snapshot, ips []netip.Prefix) string {
	for _, l := range s.Lists {
		for _, it := range l.Items {
			p, ok := parsePrefix(it)
			if !ok {
				continue
			}
			for _, ip := range ips {
				if p.Overlaps(ip) {
					return l.Name
				}
			}
		}
	}
	return ""
}

func runRateLimitAuth(e *env, c *Check) []Finding {
	host := e.s.ZoneName
	if host == "" {
		host = "example.com"
	}
	var progs []*rules.Program
	for _, r := range e.enabled(PhaseRateLimit) {
		if r.err != nil {
			continue
		}
		if p, err := rules.Compile(r.r.Expression, rules.Options{}); err == nil {
			progs = append(progs, p)
		}
	}
	var uncovered []string
	for _, pr := range authProbes {
		req := &rules.Request{Method: pr.method, Scheme: "https", Host: host, Path: pr.path,
			Headers: map[string][]string{"host": {host}, "user-agent": {"Mozilla/5.0"}}, SrcIP: netip.MustParseAddr("203.0.113.1")}
		req.Prepare()
		hit := false
		for _, p := range progs {
			if p.Eval(req, nil) {
				hit = true
				break
			}
		}
		if !hit {
			uncovered = append(uncovered, pr.method+" "+pr.path)
		}
	}
	if len(uncovered) < len(authProbes) {
		return nil // at least one authentication endpoint is rate limited
	}
	return []Finding{e.finding(c, nil, "no enabled rate limiting rule matches "+strings.Join(uncovered[:4], ", ")+", …")}
}
