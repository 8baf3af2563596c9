// Package routing decides which cfplane server and tool should handle a
// request written in plain language. It is deterministic and explainable:
// every candidate tool is scored by weighted keyword and pattern features,
// the features that matched are reported, the action is picked by ordered
// verb rules, and argument values that are clearly stated in the text (zone
// names, record types, IPs, durations, …) are extracted into a skeleton.
package routing

import (
	"errors"
	"fmt"
	"math"
	"net/netip"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/net/publicsuffix"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

// MaxTextBytes is the longest request routed; longer text is refused.
const MaxTextBytes = 8 << 10

// MinScore is the least score a tool needs to be chosen.
const MinScore = 3

// Errors for text that cannot be routed.
var (
	ErrEmpty   = errors.New("routing: empty text")
	ErrTooLong = fmt.Errorf("routing: text longer than %d bytes", MaxTextBytes)
)

// Server names.
const (
	Safe   = "cloudflare_safe"
	WAF    = "waf_intelligence"
	Oracle = "oracle_answer"
)

// feature is one weighted signal for a tool.
type feature struct {
	name   string
	weight int
	re     *regexp.Regexp
	lits   []string // one of these occurs in every match (when hasLits)
	hasLit bool
}

// actionRule picks an action when its pattern matches.
type actionRule struct {
	action string
	re     *regexp.Regexp
}

// intent is a tool with its scoring features and action rules.
type intent struct {
	server, tool string
	features     []feature
	actions      []actionRule // first match wins
	defAction    string       // when no action rule matches ("" = the tool takes no action)
	kinds        []actionRule // waf_rule_configure kind
}

func f(name string, weight int, pattern string) feature {
	lits, ok := requiredLiterals(pattern)
	return feature{name: name, weight: weight, re: regexp.MustCompile(pattern), lits: lits, hasLit: ok}
}

func a(action, pattern string) actionRule {
	return actionRule{action: action, re: regexp.MustCompile(pattern)}
}

// Shared patterns.
const (
	question  = `^(what|how|why|when|which|who|does|do|is|are|can|should|explain|describe|tell me)\b|\?\s*$`
	framework = `\b(pci|pci[- ]dss|asvs|owasp|nist|800-53|sc-\d+|si-\d+|iso ?27001|soc ?2|gdpr|hipaa|compliance|compliant|control|requirement)\b`
	verbDel   = `\b(delete|remove|drop|purge|wipe|get rid of|destroy)\b`
	verbAdd   = `\b(add|create|new|insert|publish|set up|setup)\b`
	verbMod   = `\b(change|update|modify|edit|point|repoint|switch|rename|proxy|unproxy|set|turn|enable|disable|raise|lower|increase|decrease|move)\b`
	verbShow  = `\b(list|show|get|display|print|view|what are|which|see|look up|lookup|fetch|read|check)\b`
	rrType    = `\b(a|aaaa|cname|mx|txt|ns|srv|caa|ptr|soa|ds|spf|dmarc|dkim|https|svcb)\s+records?\b`
)

// intents are compiled on first use, so that a server that never routes
// pays nothing at start-up.
var intents = sync.OnceValue(func() []intent { return buildIntents() })

func buildIntents() []intent {
	return []intent{
		// cloudflare_safe
		{server: Safe, tool: "zone_list", features: []feature{
			f("zones", 3, `\bzones\b|\bdomains\b|\b(every|each|all) zones?\b`),
			f("list-zones", 3, `\b(list|show|which|what|all|my|enumerate|every|how many)\b[^?!;]{0,30}\b(zones?|domains|sites)\b`),
			f("zone-status", 2, `\bzones?\b[^?!;]{0,30}\b(status|pending|active|plan)\b`),
			f("about-records", -3, `\brecords?\b|\bsettings?\b|\brules?\b|\banalytics\b|\btraffic\b`),
		}},
		{server: Safe, tool: "dns_record_manage", features: []feature{
			f("dns", 3, `\bdns\b`),
			f("record", 2, `\brecords?\b|\bentr(y|ies)\b`),
			f("record-type", 3, rrType),
			f("record-word", 3, `\b(cnames?|aaaa|mx|txt|spf|dmarc|dkim|nameservers?|caa)\b`),
			f("points-to", 2, `\b(point|points|pointing|resolve|resolves)\b[^?!;]{0,40}\bto\b`),
			f("proxied", 3, `\b(proxied|unproxied|orange[- ]cloud|gr[ae]y[- ]cloud|proxy status)\b`),
			f("zone-file", 3, `\b(bind|zone) file\b`),
			f("subdomain", 1, `\bsubdomains?\b|\bhostnames?\b`),
			f("ttl", 3, `\bttl\b`),
			f("proxy-host", 3, `\b(proxy|unproxy)\b[^?!;]{0,40}\b(through cloudflare|[a-z0-9-]+\.[a-z0-9.-]+)`),
			f("bind", 3, `\bbind\b[^?!;]{0,20}\b(zone|file|records?)\b`),
			f("host-record", 1, `\b[a-z0-9_-]+ records?\b`),
		}, actions: []actionRule{
			a("import", `\bimport\b|\bupload\b[^?!;]{0,30}\b(bind|zone) file\b`),
			a("export", `\bexport\b|\bdump\b|\b(bind|zone) file\b`),
			a("delete", verbDel),
			a("create", verbAdd+`|\b(need|want)s? (a|an|new)\b`),
			a("update", verbMod+`|\b(orange|gr[ae]y)[- ]cloud\b|\bmake\b[^?!;]{0,40}\b(proxied|unproxied|dns only)\b`),
			a("get", `\b(get|show|what is|what's|look up|lookup|check)\b[^?!;]{0,20}\b(the|this)\b[^?!;]{0,30}\brecord\b[^?!;]{0,20}\bfor\b`),
		}, defAction: "list"},
		{server: Safe, tool: "waf_rule_configure", features: []feature{
			f("waf", 2, `\bwaf\b`),
			f("rule", 2, `\b(custom|firewall|waf|security|block|blocking|skip|allow)\s+rules?\b`),
			f("rate-limit", 4, `\brate[- ]?limit(s|ing)?\b`),
			f("managed", 3, `\bmanaged\s+(rules?|rulesets?)\b|\bowasp (core )?rule ?set\b|\bcrs\b`),
			f("ip-list", 4, `\bip lists?\b|\b(allowlist|blocklist|denylist|whitelist|blacklist)\b`),
			f("block-ip", 3, `\b(block|ban|challenge|allow|whitelist|blacklist|deny)\b[^?!;]{0,30}\b\d{1,3}(\.\d{1,3}){3}`),
			f("create-rule", 3, `\b(add|create|new|put)\b[^?!;]{0,20}\b(custom |firewall |waf |security )?rules?\b`),
			f("block-verb", 2, `\b(block|blocks|challenge|challenges|allow|whitelist|blacklist|ban)\b[^?!;]{0,40}\b(traffic|requests|ips?|country|countries|asn|bots?|user[- ]agents?|path)\b`),
			f("ip-in-text", 1, `\b\d{1,3}(\.\d{1,3}){3}(/\d{1,2})?\b`),
			f("asn-in-text", 1, `\bas(n)?\s?\d{2,10}\b`),
			f("rule-change", 2, `\b(enable|disable|delete|remove|reorder|turn off|turn on)\b[^?!;]{0,30}\brules?\b`),
			f("waf-toggle", 4, `\b(disable|turn off|switch off|enable|turn on|switch on)\b[^?!;]{0,20}\bwaf\b`),
			f("block-where", 2, `\b(block|challenge|ban|deny)\b[^?!;]{0,60}\b(from|to)\b[^?!;]{0,40}(/[a-z0-9_*-]|\bcountry\b|\basn?\s?\d)`),
			f("rate", 2, `\b\d+\s+requests?\s+(per|a|/)\s*(second|minute|min|hour)\b`),
			f("analysis", -3, `\b(analy[sz]e|audit|review|assess|gaps?|simulate|validate|synthesi[sz]e|draft|write|propose|suggest|coverage)\b`),
		}, actions: []actionRule{
			a("reorder", `\b(reorder|move)\b[^?!;]{0,30}\b(rule|first|last|top|before|after)\b`),
			a("delete", verbDel),
			a("disable", `\b(disable|turn off|pause|switch off)\b`),
			a("enable", `\b(enable|turn on|re-?enable|switch on|deploy)\b`),
			a("create", `\b(add|create|new|block|challenge|ban|put)\b|\brate[- ]?limit\b[^?!;]{0,10}/|\b\d+\s+requests?\s+(per|a|/)\s*(second|minute|min|hour)\b|\b(allowlist|whitelist|blocklist|blacklist|denylist|allow|deny)\b[^?!;]{0,30}\d{1,3}(\.\d{1,3}){3}`),
			a("update", `\b(change|update|modify|edit|raise|lower|increase|decrease|tighten|loosen)\b`),
			a("get", `\b(show|get|display)\b[^?!;]{0,20}\b(the|this)\s+rule\b`),
		}, defAction: "list", kinds: []actionRule{
			a("rate_limit", `\brate[- ]?limit`),
			a("ip_list", `\bip lists?\b|\b(allowlist|blocklist|denylist|whitelist|blacklist)\b`),
			a("managed", `\bmanaged\s+(rules?|rulesets?)\b|\bowasp\b|\bcrs\b|\b(disable|turn off|switch off|enable|turn on|switch on)\b[^?!;]{0,20}\bwaf\b`),
			a("custom", `.`),
		}},
		{server: Safe, tool: "zone_settings_manage", features: []feature{
			f("setting", 2, `\bsettings?\b`),
			f("zone-settings", 2, `\b(security|ssl|tls|zone)\s+settings\b`),
			f("ssl-tls", 3, `\b(ssl|tls|https|hsts|certificate mode|encryption mode)\b`),
			f("named-setting", 4, `\b(always use https|automatic https rewrites|security level|browser (integrity )?check|bot fight mode|min(imum)? tls|tls 1\.3|under attack( mode)?|development mode|always online|opportunistic encryption|email obfuscation|hotlink protection|0-rtt|http/3|brotli|challenge passage|ipv6)\b`),
			f("ssl-mode", 3, `\b(full \(?strict\)?|flexible|strict)\b`),
			f("tls-version", 2, `\btls version\b`),
			f("current-state", 2, `\b(current|currently|right now|is set|configured|enabled|on for|turned on)\b`),
			f("question", -2, `^(what|how|why|does|should|explain)\b[^?!;]{0,60}\b(mean|difference|recommend|require|best)\b`),
		}, actions: []actionRule{
			a("set", `\b(set|enable|disable|turn|switch|change|raise|lower|increase|decrease|make|put|force|upgrade|to)\b`),
		}, defAction: "get"},
		{server: Safe, tool: "tunnel_health_check", features: []feature{
			f("tunnel", 5, `\btunnels?\b|\bcloudflared\b`),
			f("connector", 2, `\bconnectors?\b|\bingress\b`),
			f("health", 1, `\b(health|healthy|down|status|up|connected|degraded)\b`),
		}},
		{server: Safe, tool: "zone_analytics_query", features: []feature{
			f("analytics", 4, `\banalytics\b|\bstatistics\b|\bstats\b|\bmetrics\b`),
			f("traffic", 2, `\btraffic\b|\bbandwidth\b|\bpage ?views\b|\bvisitors\b`),
			f("events", 3, `\b(security|firewall|waf) events\b|\bblocked requests\b|\bmitigated\b`),
			f("top", 3, `\btop \d*\s*(ips|paths|countries|asns|user agents|urls|hosts|rules)\b`),
			f("how-many", 3, `\bhow many (requests|hits|visits|blocks|errors)\b`),
			f("errors", 2, `\b(5xx|4xx|error rate|status codes?|cache hit|cache ratio)\b`),
			f("time-window", 1, `\b(last|past)\s+(\d+\s*)?(minutes?|hours?|days?|weeks?|hour|day|week|24h|1h|7d)\b`),
		}},
		{server: Safe, tool: "cf_snapshot", features: []feature{
			f("snapshot", 5, `\bsnapshots?\b`),
			f("comparison", -4, `\b(compare|diff|drift|drifted|against|changed since)\b`),
			f("backup-config", 4, `\b(back ?up|capture|save|export)\b[^?!;]{0,30}\b(whole|full|entire|current|all)?\s*(config|configuration|state)\b`),
		}},
		{server: Safe, tool: "cf_config_diff", features: []feature{
			f("diff", 5, `\bdiffs?\b|\bdrift\b`),
			f("compare", 5, `\bcompare\b|\bwhat changed\b|\bchanged since\b|\bdifferences? between\b|\bdrifted\b`),
		}},
		{server: Safe, tool: "change_apply", features: []feature{
			f("apply", 5, `\bapply\b[^?!;]{0,20}\b(plan|change|changes)\b|\bexecute (the|this) plan\b`),
			f("plan-id", 3, `\bplan[_ -]?(id)?\s*[:#=]?\s*[a-z0-9][a-z0-9_-]{5,}`),
			f("go-ahead", 2, `\bgo ahead\b|\bship it\b|\bpush (the|this) change\b`),
		}},
		{server: Safe, tool: "change_rollback", features: []feature{
			f("rollback", 6, `\broll ?back\b|\bundo\b|\brevert\b`),
			f("change-id", 2, `\bchange[_ -]?(id)?\s*[:#=]?\s*[a-z0-9][a-z0-9_-]{5,}`),
		}},
		{server: Safe, tool: "change_list", features: []feature{
			f("changes", 4, `\b(recent|past|previous|applied|last)\s+(\d+\s+)?changes\b|\bchange (history|log)\b`),
			f("audit", 4, `\baudit (log|trail|records?)\b|\bwho changed\b`),
			f("list-changes", 2, `\b(list|show)\b[^?!;]{0,20}\bchanges\b`),
			f("change-status", 4, `\b(pending|refused|rolled[- ]back|interrupted|expired|open)\s+(changes|plans)\b`),
		}},
		// waf_intelligence
		{server: WAF, tool: "waf_config_analyze", features: []feature{
			f("analyze", 4, `\b(analy[sz]e|audit|review|assess|evaluate|inspect|score)\b`),
			f("waf-config", 3, `\b(waf|firewall|security)\s+(config|configuration|setup|posture|rules)\b|\bwaf\b`),
			f("audit-log", -5, `\baudit (log|trail)\b|\bwho changed\b`),
			f("weakness", 2, `\b(weak|weaknesses|misconfigur\w*|problems|issues|findings|risky)\b`),
		}},
		{server: WAF, tool: "rule_gap_identify", features: []feature{
			f("gap", 6, `\bgaps?\b|\bnot covered\b|\buncovered\b|\bcoverage\b|\bmissing\b[^?!;]{0,30}\b(rules?|protection)\b`),
			f("unprotected", 3, `\bunprotected\b|\bwhat (attacks|threats) (are|is) not\b`),
		}},
		{server: WAF, tool: "compliance_map_generate", features: []feature{
			f("compliance", 4, `\bcompliance\b|\bcompliant\b`),
			f("framework", 2, `\b(pci|pci[- ]dss|asvs|owasp top ?10|nist|800-53)\b`),
			f("map-report", 4, `\b(map|mapping|report|evidence|matrix|attestation)\b`),
			f("question", -4, question),
		}},
		{server: WAF, tool: "threat_intel_integrate", features: []feature{
			f("intel", 5, `\bthreat[- ]intel(ligence)?\b|\biocs?\b|\bindicators?\b`),
			f("feed-formats", 4, `\b(stix|taxii|misp|feodo)\b`),
			f("feed", 3, `\bfeeds?\b`),
			f("import-list", 2, `\b(import|ingest|load|integrate|turn)\b`),
		}},
		{server: WAF, tool: "waf_rule_synthesize", features: []feature{
			f("write-rule", 6, `\b(write|draft|generate|synthesi[sz]e|propose|suggest|craft|compose|build)\b[^?!;]{0,40}\b(rules?|expressions?)\b`),
			f("rule-for", 2, `\brules? (that|to|which)\b`),
		}},
		{server: WAF, tool: "waf_rule_simulate", features: []feature{
			f("simulate", 7, `\bsimulat\w*\b|\bdry[- ]run\b|\breplay\b`),
			f("would-match", 4, `\bwould (this|the|my)\b[^?!;]{0,30}\b(match|block|catch)\b|\bhow many requests would\b|\bfalse positives?\b`),
		}},
		{server: WAF, tool: "waf_expression_validate", features: []feature{
			f("validate", 5, `\b(validate|lint|syntax|parse|valid|well-formed)\b`),
			f("expression", 3, `\bexpressions?\b`),
			f("fields", 3, `\b(http\.request\.[a-z_.]+|ip\.src|cf\.[a-z_.]+|http\.host|http\.user_agent)\b`),
		}},
		// oracle_answer
		{server: Oracle, tool: "security_classify", features: []feature{
			f("classify", 5, `\bclassify\b|\blayer ?0\b`),
			f("injection", 3, `\b(prompt injection|jailbreak|malicious (prompt|text|input))\b`),
			f("is-this-prompt", 4, `\bis (this|the following|that) (prompt|text|message|input|string)\b|\binjection attempt\b`),
			f("is-safe-text", 3, `\bis (this|the following) (text|prompt|message|input|request) (safe|malicious|an attack)\b`),
		}},
		{server: Oracle, tool: "routing_decide", features: []feature{
			f("which-tool", 10, `\bwhich (tool|server|mcp server)\b|\bwhat (tool|server) (should|do i|to)\b`),
			f("route", 4, `\broute\b|\brouting\b`),
		}},
		{server: Oracle, tool: "threat_assess", features: []feature{
			f("reputation", 5, `\breputation\b|\bthreat (score|level|assessment)\b`),
			f("malicious-ip", 4, `\b(is|are)\b[^?!;]{0,25}\b(ips?|addresses|asns?|hosts?|clients?)\b[^?!;]{0,25}\b(malicious|bad|dangerous|suspicious|attacking|hostile|known)\b`),
			f("feeds", 3, `\b(spamhaus|firehol|tor exits?|tor nodes?|blocklisted|on a blocklist)\b`),
			f("burst", 3, `\b(burst|spike|surge|flood)\b`),
			f("assess-ip", 3, `\b(assess|score|rate|investigate)\b[^?!;]{0,30}\b(ips?|asns?|events|attack|attacker)\b`),
			f("ip-in-text", 1, `\b\d{1,3}(\.\d{1,3}){3}\b|\bas\d{2,10}\b`),
			f("risky-ip", 4, `\b(risky|dangerous|malicious|suspicious|safe)\b[^?!;]{0,20}\b(ips?|address|asns?)\b`),
		}},
		{server: Oracle, tool: "decision_support", features: []feature{
			f("should-i", 4, `\bshould (i|we)\b|\bis it (safe|ok|okay|wise|a good idea) to\b`),
			f("should-i-change", 6, `\b(should (i|we)|is it (safe|ok|okay|wise|a good idea) to)\b[^?!;]{0,40}\b(delete|remove|disable|enable|set|change|turn|raise|lower|purge|unproxy|proxy|block|apply|roll ?back|deploy|switch|move|add|create|update|drop)\b`),
			f("risk-of", 4, `\b(risks?|consequences?|blast radius|impact) of\b`),
			f("what-if", 6, `\bwhat (happens|would happen|breaks) if\b`),
			f("recommend", 2, `\brecommend(ation)?\b|\bgo or no[- ]go\b`),
		}},
		{server: Oracle, tool: "oracle_answer", features: []feature{
			f("question", 2, question),
			f("framework", 3, framework),
			f("explain", 3, `\b(explain|what is|what are|what does|difference between|best practices?|recommended|mean|means|require|requires|required)\b`),
			f("topic", 1, `\b(ssl|tls|hsts|waf|owasp|rate limiting|bot|ddos|api tokens?|least privilege|csp|paranoia|attack score)\b`),
			f("names-a-zone", -2, `[a-z0-9-]+\.(com|net|org|io|dev|app|co|uk|de)\b`),
		}},
	}
}

// Feature is one matched signal.
type Feature struct {
	Name   string `json:"name"`
	Weight int    `json:"weight"`
	Match  string `json:"match"`
}

// Candidate is one scored tool.
type Candidate struct {
	Server   string    `json:"server"`
	Tool     string    `json:"tool"`
	Action   string    `json:"action,omitempty"`
	Score    int       `json:"score"`
	Features []Feature `json:"features"`
}

// Decision is the routing of one request.
type Decision struct {
	// Routed is false when no tool scored at least MinScore.
	Routed    bool           `json:"routed"`
	Best      *Candidate     `json:"best,omitempty"`
	Arguments map[string]any `json:"arguments,omitempty"`
	// Prerequisite is a call that finds a placeholder's value (an id).
	Prerequisite *Call       `json:"prerequisite,omitempty"`
	Confidence   float64     `json:"confidence"`
	Alternatives []Candidate `json:"alternatives"`
}

// Route scores every tool for text and returns the best with up to three
// alternatives. The result depends only on the text.
func Route(text string) (Decision, error) {
	if strings.TrimSpace(text) == "" {
		return Decision{}, ErrEmpty
	}
	if len(text) > MaxTextBytes {
		return Decision{}, ErrTooLong
	}
	norm := normalize(text)
	var cands []Candidate
	all := intents()
	for i := range all {
		in := &all[i]
		c := Candidate{Server: in.server, Tool: in.tool, Features: []Feature{}}
		positive := false
		for _, ft := range in.features {
			if !mayMatch(norm, ft.lits, ft.hasLit) {
				continue
			}
			loc := ft.re.FindStringIndex(norm)
			if loc == nil {
				continue
			}
			m := norm[loc[0]:loc[1]]
			c.Score += ft.weight
			if ft.weight > 0 {
				positive = true
			}
			c.Features = append(c.Features, Feature{Name: ft.name, Weight: ft.weight, Match: clip(m, 60)})
		}
		if !positive || c.Score <= 0 {
			continue
		}
		c.Action = pickAction(in, norm)
		cands = append(cands, c)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].Score != cands[j].Score {
			return cands[i].Score > cands[j].Score
		}
		return toolOrder(cands[i].Tool) < toolOrder(cands[j].Tool)
	})
	d := Decision{Alternatives: []Candidate{}}
	if len(cands) == 0 || cands[0].Score < MinScore {
		for i := 0; i < len(cands) && i < 3; i++ {
			d.Alternatives = append(d.Alternatives, cands[i])
		}
		return d, nil
	}
	best := cands[0]
	d.Routed = true
	d.Best = &best
	d.Arguments, d.Prerequisite = skeleton(best.Tool, best.Action, text, norm)
	if a, ok := d.Arguments["action"].(string); ok && a != best.Action {
		// The skeleton knows the tool's shapes better than the verbs do
		// (adding addresses to a list updates the list).
		best.Action = a
	}
	second := 0
	if len(cands) > 1 {
		second = cands[1].Score
	}
	d.Confidence = confidence(best.Score, second)
	for i := 1; i < len(cands) && i < 4; i++ {
		d.Alternatives = append(d.Alternatives, cands[i])
	}
	return d, nil
}

// confidence grows with the winning score (saturating at 10) and with its
// margin over the runner-up.
func confidence(top, second int) float64 {
	strength := math.Min(1, float64(top)/10)
	margin := float64(top-second) / float64(top)
	return math.Round(strength*(0.5+0.5*margin)*100) / 100
}

// toolOrder breaks score ties: read-only and advisory tools before tools
// that can change state, so a tie never favours a mutation.
func toolOrder(tool string) int {
	for i, in := range intents() {
		if in.tool == tool {
			if in.server == Safe && (tool == "change_apply" || tool == "change_rollback") {
				return 1000 + i
			}
			if in.server == Oracle {
				return i - 1000
			}
			return i
		}
	}
	return 1 << 20
}

func pickAction(in *intent, norm string) string {
	for _, r := range in.actions {
		if r.re.MatchString(norm) {
			return r.action
		}
	}
	return in.defAction
}

func pickKind(in *intent, norm string) string {
	for _, r := range in.kinds {
		if r.re.MatchString(norm) {
			return r.action
		}
	}
	return ""
}

var spaces = lazyre.New(`\s+`)

// rxCache holds the patterns compiled on first use by the argument
// extractors.
var rxCache sync.Map

// rx returns the compiled pattern, compiling it once.
func rx(pattern string) *regexp.Regexp {
	if re, ok := rxCache.Load(pattern); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(pattern)
	rxCache.Store(pattern, re)
	return re
}

// normalize lower-cases and folds whitespace and typographic quotes.
func normalize(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ").Replace(s)
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// recordName finds a record name given relative to the zone: "an A record
// www2", "a record named api", "the staging subdomain", "CNAME blog to …".
func recordName(norm string) string {
	for _, re := range reRecordName {
		for _, m := range re.FindAllStringSubmatch(norm, -1) {
			n := strings.Trim(m[1], ".-")
			if n != "" && !nameStopwords()[n] && !reRRWord.MatchString(n) && !reIPv4.MatchString(n) {
				return n
			}
		}
	}
	return ""
}

var (
	reRecordName = []*lazyre.Regexp{
		lazyre.New(`\b(?:named|called|name|hostname|host|subdomain)\s+['"]?([a-z0-9_*][a-z0-9_-]*)\b`),
		lazyre.New(`\b(?:a|aaaa|cname|mx|txt|ns|srv|caa|https|svcb)\s+(?:records?|entry)\s+(?:for\s+|at\s+|on\s+)?['"]?([a-z0-9_*][a-z0-9_-]*)\b`),
		lazyre.New(`\b(?:cname|aaaa)\s+['"]?([a-z0-9_*][a-z0-9_-]*)\b`),
		lazyre.New(`\b(?:records?|entry)\s+(?:for\s+)?['"]?([a-z0-9_*][a-z0-9_-]*)\s+(?:pointing|points|to|->|→|=)`),
		lazyre.New(`\b(?:the\s+)?['"]?([a-z0-9_*][a-z0-9_-]*)\s+(?:subdomain|hostname|host)\b`),
		lazyre.New(`\bthe\s+['"]?([a-z0-9_*][a-z0-9_-]*)\s+records?\b`),
	}
	reRRWord = lazyre.New(`^(a|aaaa|cname|mx|txt|ns|srv|caa|ptr|soa|ds|https|svcb|spf|dkim|dmarc)$`)
	// nameStopwords are words that are never a record name, built on first
	// use.
	nameStopwords = sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(`for to at on in of with and or the a an that this which it its new my our your
		pointing points point named called record records entry zone domain ip ipv4 ipv6 address value content ttl
		proxied proxy unproxied is as from by be should must please same existing old another one
		dns all every apex root naked zone's wildcard`) {
			m[w] = true
		}
		return m
	})
)

// expressionIn finds a Rules-language expression in text: in backticks,
// from its first field name to the end of the clause, or in quotes.
func expressionIn(text string) string {
	if m := reBackticked.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1])
	}
	if loc := reExprField.FindStringIndex(text); loc != nil {
		e := text[loc[0]:]
		if end := reExprEnd.FindStringIndex(e); end != nil {
			e = e[:end[0]]
		}
		return strings.TrimSpace(e)
	}
	if m := reQuoted.FindStringSubmatch(text); m != nil {
		return firstNonEmpty(m[1], m[2])
	}
	return ""
}

var (
	reBackticked = lazyre.New("`([^`]+)`")
	reExprField  = lazyre.New(`\b(?:http|ip|cf|ssl|raw)\.[a-z_]+`)
	reExprEnd    = lazyre.New(`(?i)\s+(?:against|is valid|valid|over the|in the last|for the last|on [a-z0-9-]+\.[a-z]{2,})\b|[?]\s*$`)
)

// Argument extraction.
var (
	reDomain    = lazyre.New(`((?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|dev|app|co|uk|de|fr|nl|eu|info|biz|xyz|cloud|site|tech|ai|us|ca|au|ch|se|no|es|it|pl|jp|in|br|example|test|internal|local))\b`)
	reIPv4      = lazyre.New(`\b\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?\b`)
	reIPv6      = lazyre.New(`(?i)\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?:/\d{1,3})?`)
	reRRType    = lazyre.New(`\b(a|aaaa|cname|mx|txt|ns|srv|caa|ptr|soa|ds|https|svcb)\s+records?\b|\b(aaaa|cname|mx|txt|caa|srv)\b`)
	reTTL       = lazyre.New(`\bttl\s*(?:of|to|=|:)?\s*(\d+)\b|\bttl\b[^?!;\d]{0,40}\bto\s+(\d+)\b`)
	reDuration  = lazyre.New(`\b(?:last|past)\s+(\d+)?\s*(minute|minutes|min|hour|hours|h|day|days|d|week|weeks)\b|\b(\d+)\s*(m|h|d)\b`)
	reASN       = lazyre.New(`\bas(?:n)?\s?(\d{1,10})\b`)
	reCountry   = lazyre.New(`\bcountry\s+(?:code\s+)?([a-z]{2})\b|\bfrom\s+([a-z]{2})\b`)
	rePlanID    = lazyre.New(`\bplan[_ -]?(?:id)?\s*[:#=]?\s*([a-z0-9][a-z0-9_-]{5,})`)
	reChangeID  = lazyre.New(`\bchange[_ -]?(?:id)?\s*[:#=]?\s*([a-z0-9][a-z0-9_-]{5,})`)
	reProxyOff  = lazyre.New(`\b(unproxy|unproxied|gr[ae]y[- ]cloud|dns only|not proxied|disable (the )?proxy|proxied (to |= ?)?(false|off))\b`)
	reProxyOn   = lazyre.New(`\b(proxy it|proxy\b[^?!;]{0,40}\bthrough cloudflare|orange[- ]cloud|enable (the )?proxy|proxied (to |= ?)?(true|on)|make it proxied|\bproxied\b)`)
	reFramework = lazyre.New(`\b(pci[- ]?dss|pci|asvs|owasp top ?10|nist|800-53)\b`)
	reQuoted    = lazyre.New("`([^`]+)`|\"([^\"]+)\"")
)

// settings maps phrases to zone setting ids.
var settings = []struct {
	re      *lazyre.Regexp
	setting string
}{
	{lazyre.New(`\balways use https\b`), "always_use_https"},
	{lazyre.New(`\bautomatic https rewrites\b`), "automatic_https_rewrites"},
	{lazyre.New(`\bmin(imum)? tls( version)?\b`), "min_tls_version"},
	{lazyre.New(`\btls 1\.3\b`), "tls_1_3"},
	{lazyre.New(`\bhsts\b|\bstrict transport security\b`), "security_header"},
	{lazyre.New(`\bsecurity level\b|\bunder attack\b`), "security_level"},
	{lazyre.New(`\bbrowser (integrity )?check\b`), "browser_check"},
	{lazyre.New(`\bbot fight mode\b`), "bot_fight_mode"},
	{lazyre.New(`\bdevelopment mode\b`), "development_mode"},
	{lazyre.New(`\balways online\b`), "always_online"},
	{lazyre.New(`\bopportunistic encryption\b`), "opportunistic_encryption"},
	{lazyre.New(`\bemail obfuscation\b`), "email_obfuscation"},
	{lazyre.New(`\bssl\b|\bencryption mode\b|\bfull \(?strict\)?\b|\bflexible\b`), "ssl"},
}

// settingValue extracts a value for a zone setting when the text states one.
func settingValue(setting, norm string) (any, bool) {
	switch setting {
	case "ssl":
		switch {
		case strings.Contains(norm, "strict"):
			return "strict", true
		case strings.Contains(norm, "flexible"):
			return "flexible", true
		case rx(`\bfull\b`).MatchString(norm):
			return "full", true
		case rx(`\b(ssl|encryption)\b[^?!;]{0,20}\boff\b|\b(disable|turn off)\b[^?!;]{0,20}\bssl\b`).MatchString(norm):
			return "off", true
		}
	case "min_tls_version":
		if m := rx(`\b1\.([0-3])\b`).FindStringSubmatch(norm); m != nil {
			return "1." + m[1], true
		}
	case "security_level":
		if strings.Contains(norm, "under attack") {
			return "under_attack", true
		}
		for _, v := range []string{"essentially off", "off", "low", "medium", "high"} {
			if rx(`\b(to|=|at)\s+` + v + `\b`).MatchString(norm) {
				return strings.ReplaceAll(v, " ", "_"), true
			}
		}
	}
	switch {
	case rx(`\b(disable|turn off|switch off|deactivate)\b|\boff\b`).MatchString(norm):
		return "off", true
	case rx(`\b(enable|turn on|switch on|activate)\b|\bon\b`).MatchString(norm):
		return "on", true
	}
	return nil, false
}

// Call is a tool call to make first, to fill a placeholder of the skeleton.
type Call struct {
	Tool      string         `json:"tool"`
	Arguments map[string]any `json:"arguments"`
	Why       string         `json:"why"`
}

// skeleton builds the arguments the chosen tool takes (in the shapes
// cloudflare_safe and waf_intelligence accept), with values taken from the
// text where it states them clearly and "<…>" placeholders for required
// values it does not state. pre is a call that finds a placeholder's value.
func skeleton(tool, action, text, norm string) (args map[string]any, pre *Call) {
	args = map[string]any{}
	if action != "" {
		args["action"] = action
	}
	domains := uniq(reDomain.FindAllString(norm, -1))
	zone := ""
	var host string
	if len(domains) > 0 {
		// The zone is the registrable part of the first name; a longer
		// name in the text is a record name within it.
		zone = Registrable(domains[0])
		for _, d := range domains {
			if d != Registrable(d) {
				host = d
				zone = Registrable(d)
				break
			}
		}
	}
	ips := ipsIn(text)
	zoneOrPlaceholder := func() string {
		if zone != "" {
			return zone
		}
		return "<zone>"
	}
	switch tool {
	case "zone_list":
		delete(args, "action")
		if zone != "" {
			args["name"] = zone
		}
	case "dns_record_manage":
		args["zone"] = zoneOrPlaceholder()
		rec := map[string]any{}
		if m := reRRType.FindStringSubmatch(norm); m != nil {
			t := m[1]
			if t == "" {
				t = m[2]
			}
			rec["type"] = strings.ToUpper(t)
		} else if strings.Contains(norm, "spf") || strings.Contains(norm, "dmarc") || strings.Contains(norm, "dkim") {
			rec["type"] = "TXT"
		}
		switch {
		case host != "":
			rec["name"] = host
		case rx(`\b(apex|root|naked)\b`).MatchString(norm):
			rec["name"] = "@"
		default:
			if n := recordName(norm); n != "" {
				if zone != "" {
					n += "." + zone
				}
				rec["name"] = n
			}
		}
		filter := map[string]any{}
		for _, k := range []string{"type", "name"} {
			if v, ok := rec[k]; ok {
				filter[k] = v
			}
		}
		switch action {
		case "list":
			if len(filter) > 0 {
				args["filter"] = filter
			}
		case "export":
		case "import":
			args["bind"] = "<BIND zone file text>"
		case "create", "update":
			if len(ips) > 0 {
				rec["content"] = ips[0]
				if _, ok := rec["type"]; !ok {
					if strings.Contains(ips[0], ":") {
						rec["type"] = "AAAA"
					} else {
						rec["type"] = "A"
					}
				}
			} else if len(domains) > 1 && rec["type"] == "CNAME" {
				rec["content"] = domains[len(domains)-1]
			} else if action == "create" {
				rec["content"] = "<content>"
			}
			if action == "create" {
				if _, ok := rec["name"]; !ok {
					rec["name"] = "<name>"
				}
			}
			if m := reTTL.FindStringSubmatch(norm); m != nil {
				rec["ttl"] = atoi(firstNonEmpty(m[1], m[2]))
			}
			switch {
			case reProxyOff.MatchString(norm):
				rec["proxied"] = false
			case reProxyOn.MatchString(norm):
				rec["proxied"] = true
			}
			if action == "update" {
				// The record is addressed by id; its name and type only
				// find it.
				delete(rec, "name")
				if _, changesType := rec["content"]; !changesType {
					delete(rec, "type")
				}
			}
			args["record"] = rec
		}
		if action == "get" || action == "update" || action == "delete" {
			args["record_id"] = "<record id>"
			pre = &Call{Tool: "dns_record_manage", Arguments: map[string]any{"zone": args["zone"], "action": "list"},
				Why: "find the record's id (record_id) first"}
			if len(filter) > 0 {
				pre.Arguments["filter"] = filter
			}
		}
	case "waf_rule_configure":
		args["zone"] = zoneOrPlaceholder()
		all := intents()
		for i := range all {
			if all[i].tool == tool {
				args["kind"] = pickKind(&all[i], norm)
			}
		}
		// The shapes waf_rule_configure takes: rule{action, expression} for
		// rules; list_id, mode and items for IP lists.
		if args["kind"] == "ip_list" {
			if action == "create" && len(ips) > 0 {
				// "add 203.0.113.0/24 to the office list" adds items to a list.
				action = "update"
				args["action"] = action
			}
			if action == "update" {
				items := []any{}
				for _, ip := range ips {
					items = append(items, map[string]any{"ip": ip})
				}
				if len(items) == 0 {
					items = append(items, map[string]any{"ip": "<ip or cidr>"})
				}
				args["items"] = items
				args["mode"] = "add"
			}
			if action == "create" {
				args["list"] = map[string]any{"name": "<list name>"}
			}
			if action == "get" || action == "update" {
				args["list_id"] = "<list id>"
				pre = &Call{Tool: "waf_rule_configure", Arguments: map[string]any{"zone": args["zone"], "action": "list", "kind": "ip_list"},
					Why: "find the list's id (list_id) first"}
			}
			break
		}
		if action == "create" || action == "update" {
			rule := map[string]any{"expression": "<expression>"}
			if expr := ruleExpression(norm, ips); expr != "" {
				rule["expression"] = expr
			}
			if ra := ruleAction(norm); ra != "" {
				rule["action"] = ra
			} else if action == "create" {
				rule["action"] = "<action>"
			}
			if args["kind"] == "rate_limit" && action == "create" {
				if rule["action"] == "<action>" {
					rule["action"] = "block"
				}
				rule["ratelimit"] = rateLimitSkeleton(norm)
			}
			args["rule"] = rule
		}
		if action == "delete" || action == "enable" || action == "disable" || action == "get" || action == "update" || action == "reorder" {
			args["rule_id"] = "<rule id>"
			pre = &Call{Tool: "waf_rule_configure", Arguments: map[string]any{"zone": args["zone"], "action": "list", "kind": args["kind"]},
				Why: "find the rule's id (rule_id) first"}
		}
	case "zone_settings_manage":
		args["zone"] = zoneOrPlaceholder()
		if action == "set" {
			setting := "<setting id>"
			for _, st := range settings {
				if st.re.MatchString(norm) {
					setting = st.setting
					break
				}
			}
			var value any = "<value>"
			if v, ok := settingValue(setting, norm); ok {
				value = v
			}
			args["settings"] = map[string]any{setting: value}
		}
	case "tunnel_health_check":
		if m := rx(`\btunnel\s+(?:named\s+|called\s+)?["']?([a-z0-9][a-z0-9_-]{1,62})`).FindStringSubmatch(norm); m != nil &&
			!stop[m[1]] {
			args["tunnel"] = m[1]
		}
	case "zone_analytics_query":
		args["zone"] = zoneOrPlaceholder()
		if rx(`\b(security|firewall|waf|blocked|mitigated|attack|threat|challenged)\b`).MatchString(norm) {
			args["kind"] = "security"
		} else {
			args["kind"] = "traffic"
		}
		args["window"] = since(norm)
		if m := rx(`\btop (\d+)?\s*(countries|paths|urls|asns|user agents|hosts|rules|status codes|actions)\b`).FindStringSubmatch(norm); m != nil {
			args["group_by"] = map[string]string{"countries": "country", "paths": "path", "urls": "path", "asns": "asn", "user agents": "user_agent",
				"hosts": "host", "rules": "rule", "status codes": "status", "actions": "action"}[m[2]]
			if m[1] != "" {
				args["limit"] = atoi(m[1])
			}
		}
	case "cf_snapshot":
		args["zone"] = zoneOrPlaceholder()
	case "cf_config_diff":
		args["zone"] = zoneOrPlaceholder()
		args["snapshot_id"] = "<snapshot id>"
	case "change_apply":
		if m := rePlanID.FindStringSubmatch(norm); m != nil {
			args["plan_id"] = m[1]
		} else {
			args["plan_id"] = "<plan id>"
		}
	case "change_rollback":
		if m := reChangeID.FindStringSubmatch(norm); m != nil {
			args["change_id"] = m[1]
		} else {
			args["change_id"] = "<change id>"
			pre = &Call{Tool: "change_list", Arguments: map[string]any{"limit": 10}, Why: "find the change's id (change_id) first"}
		}
	case "change_list":
		if zone != "" {
			args["zone"] = zone
		}
		if m := rx(`\b(?:last|recent|past) (\d+) changes\b`).FindStringSubmatch(norm); m != nil {
			args["limit"] = atoi(m[1])
		}
	case "waf_config_analyze", "rule_gap_identify":
		args["zone"] = zoneOrPlaceholder()
	case "compliance_map_generate":
		args["zone"] = zoneOrPlaceholder()
		// compliance_map_generate names frameworks shortly (pci, asvs,
		// owasp, nist) and maps all of them when none is stated.
		short := map[string]string{"pci-dss": "pci", "owasp-asvs": "asvs", "owasp-top10": "owasp", "nist-800-53": "nist"}
		args["framework"] = "all"
		if fw := frameworkIn(norm); fw != "" {
			args["framework"] = short[fw]
		}
	case "threat_intel_integrate":
		if m := rx(`\b(stix|taxii|misp|firehol|spamhaus|feodo|tor)\b`).FindStringSubmatch(norm); m != nil {
			args["source"] = m[1]
		}
	case "waf_rule_synthesize":
		args["description"] = strings.TrimSpace(text)
		ra := ruleAction(norm)
		if rx(`\brate[- ]?limit|\bper (minute|second)\b|\bcredential stuffing\b|\bbrute[- ]force\b`).MatchString(norm) {
			ra = "rate_limit"
		}
		if ra == "" {
			ra = "block"
		}
		args["action"] = ra
		if zone != "" {
			args["zone"] = zone
		}
		if p := pathsIn(norm); len(p) > 0 {
			args["paths"] = p
		}
		if len(ips) > 0 {
			args["ips"] = ips
		}
		var classes []string
		for _, c := range []struct{ re, class string }{{`\bsql ?injection|\bsqli\b`, "sqli"}, {`\bxss\b|cross[- ]site scripting`, "xss"},
			{`\brce\b|remote code|command injection`, "rce"}, {`\blfi\b|path traversal|file inclusion`, "lfi"}, {`\bscanners?\b`, "scanner"}} {
			if rx(c.re).MatchString(norm) {
				classes = append(classes, c.class)
			}
		}
		if len(classes) > 0 {
			args["attack_classes"] = classes
		}
	case "waf_rule_simulate", "waf_expression_validate":
		if e := expressionIn(text); e != "" {
			args["expression"] = e
		} else {
			args["expression"] = "<expression>"
		}
		if tool == "waf_rule_simulate" && zone != "" {
			args["zone"] = zone
		}
	case "security_classify":
		args["text"] = strings.TrimSpace(text)
	case "routing_decide":
		args["text"] = strings.TrimSpace(text)
	case "threat_assess":
		var v4, cidrs []string
		for _, ip := range ips {
			if strings.Contains(ip, "/") {
				cidrs = append(cidrs, ip)
			} else {
				v4 = append(v4, ip)
			}
		}
		if len(v4) > 0 {
			args["ips"] = v4
		}
		if len(cidrs) > 0 {
			args["cidrs"] = cidrs
		}
		if m := reASN.FindAllStringSubmatch(norm, -1); m != nil {
			var asns []string
			for _, x := range m {
				asns = append(asns, "AS"+x[1])
			}
			args["asns"] = uniq(asns)
		}
		if len(args) == 0 {
			args["events"] = "<security events>"
		}
	case "decision_support":
		args["action"] = map[string]any{"description": strings.TrimSpace(text)}
	case "oracle_answer":
		args["question"] = strings.TrimSpace(text)
		if fw := frameworkIn(norm); fw != "" {
			args["framework"] = fw
		}
	}
	return args, pre
}

// ruleAction is the WAF action the text asks for, or "".
func ruleAction(norm string) string {
	switch {
	case rx(`\bchallenges?\b`).MatchString(norm):
		return "managed_challenge"
	case rx(`\b(log|log only|monitor)\b`).MatchString(norm):
		return "log"
	case rx(`\b(skip|bypass|allow|whitelist|allowlist)\b`).MatchString(norm):
		return "skip"
	case rx(`\b(block|blocks|blocking|ban|deny|stop)\b`).MatchString(norm):
		return "block"
	}
	return ""
}

var rePath = lazyre.New(`(?:^|\s)(/[a-z0-9_.*/-]*[a-z0-9_*-])`)

func pathsIn(norm string) []string {
	var out []string
	for _, m := range rePath.FindAllStringSubmatch(norm, -1) {
		out = append(out, m[1])
	}
	return uniq(out)
}

var stop = map[string]bool{"health": true, "status": true, "is": true, "down": true, "up": true, "connectors": true, "connector": true, "for": true, "on": true, "in": true}

func frameworkIn(norm string) string {
	m := reFramework.FindString(norm)
	switch {
	case m == "":
		return ""
	case strings.HasPrefix(m, "pci"):
		return "pci-dss"
	case m == "asvs":
		return "owasp-asvs"
	case strings.HasPrefix(m, "owasp"):
		return "owasp-top10"
	default:
		return "nist-800-53"
	}
}

// ruleExpression builds a Rules language expression for what the text
// states plainly: source IPs or CIDRs, an ASN, a country, a path.
func ruleExpression(norm string, ips []string) string {
	var parts []string
	if len(ips) == 1 {
		parts = append(parts, "ip.src in {"+ips[0]+"}")
	} else if len(ips) > 1 {
		parts = append(parts, "ip.src in {"+strings.Join(ips, " ")+"}")
	}
	if m := reASN.FindStringSubmatch(norm); m != nil {
		parts = append(parts, "ip.src.asnum eq "+m[1])
	}
	if m := reCountry.FindStringSubmatch(norm); m != nil {
		cc := strings.ToUpper(firstNonEmpty(m[1], m[2]))
		if cc != "" && !stop[strings.ToLower(cc)] && cc != "AN" && cc != "MY" && cc != "TO" && cc != "AT" && cc != "BY" && cc != "OF" {
			parts = append(parts, `ip.src.country eq "`+cc+`"`)
		}
	}
	if p := pathsIn(norm); len(p) > 0 && !strings.Contains(p[0], "*") {
		parts = append(parts, `starts_with(http.request.uri.path, "`+p[0]+`")`)
	}
	return strings.Join(parts, " and ")
}

func since(norm string) string {
	m := reDuration.FindStringSubmatch(norm)
	if m == nil {
		return "1h"
	}
	n, unit := m[1], m[2]
	if unit == "" {
		n, unit = m[3], m[4]
	}
	if n == "" {
		n = "1"
	}
	switch unit[0] {
	case 'm':
		return n + "m"
	case 'h':
		return n + "h"
	case 'd':
		return n + "d"
	case 'w':
		return itoa(atoi(n)*7) + "d"
	}
	return "1h"
}

// ipsIn returns the valid IP addresses and prefixes in text, in order.
func ipsIn(text string) []string {
	var out []string
	for _, m := range append(reIPv4.FindAllString(text, -1), reIPv6.FindAllString(text, -1)...) {
		if strings.Contains(m, "/") {
			if p, err := netip.ParsePrefix(m); err == nil {
				out = append(out, p.Masked().String())
			}
			continue
		}
		if ip, err := netip.ParseAddr(m); err == nil {
			out = append(out, ip.String())
		}
	}
	return uniq(out)
}

// Registrable returns the registrable domain of a host name (its effective
// TLD plus one label, from the Public Suffix List: example.com for
// a.b.example.com, shop.co.uk for www.shop.co.uk); the name itself when it
// has none (a bare suffix, a single label).
func Registrable(name string) string {
	name = strings.TrimSuffix(strings.ToLower(name), ".")
	if d, err := publicsuffix.EffectiveTLDPlusOne(name); err == nil {
		return d
	}
	return name
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' || n > 1e8 {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func itoa(n int) string { return fmt.Sprint(n) }

var reRate = lazyre.New(`(\d{1,7})\s*(?:requests?|reqs?|hits?|calls?)?\s*(?:per|a|an|/|every)\s*(10\s*seconds?|second|sec|s|minute|min|m|hour|hr|h)\b`)

// rateLimitSkeleton is the ratelimit object of a rate-limit rule, with the
// request rate taken from the text when it states one ("10 requests per
// minute") and Cloudflare's usual counting characteristics.
func rateLimitSkeleton(norm string) map[string]any {
	rl := map[string]any{
		"characteristics":     []any{"cf.colo.id", "ip.src"},
		"period":              60,
		"requests_per_period": "<requests per period>",
		"mitigation_timeout":  600,
	}
	if m := reRate.FindStringSubmatch(norm); m != nil {
		n, err := strconv.Atoi(m[1])
		if err == nil && n > 0 {
			unit := strings.ReplaceAll(m[2], " ", "")
			switch {
			case strings.HasPrefix(unit, "10"):
				rl["period"], rl["requests_per_period"] = 10, n
			case strings.HasPrefix(unit, "s"):
				rl["period"], rl["requests_per_period"] = 10, n*10
			case strings.HasPrefix(unit, "h"):
				rl["period"], rl["requests_per_period"] = 3600, n
			default:
				rl["period"], rl["requests_per_period"] = 60, n
			}
		}
	}
	return rl
}
