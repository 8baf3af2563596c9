package wafcheck

import (
	"net/netip"
	"net/url"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
)

// Coverage statuses.
const (
	Covered     = "covered"
	Partial     = "partial"
	Missing     = "missing"
	NotAssessed = "not_assessed"
)

// GapProposal is a way to close a gap: a summary and, when a custom rule
// helps, the intent to pass to waf_rule_synthesize.
type GapProposal struct {
	Summary string         `json:"summary"`
	Intent  map[string]any `json:"intent,omitempty"`
}

// GapRow is one row of the coverage matrix.
type GapRow struct {
	Category  string        `json:"category"`
	Kind      string        `json:"kind" jsonschema:"attack_class or owasp_top10_2021"`
	Status    string        `json:"status" jsonschema:"covered, partial, missing, not_assessed"`
	Why       string        `json:"why"`
	Proposals []GapProposal `json:"proposals"`
}

// GapResult is the coverage matrix of a snapshot.
type GapResult struct {
	Source       string         `json:"source"`
	Zone         string         `json:"zone,omitempty"`
	SnapshotHash string         `json:"snapshot_hash"`
	Rows         []GapRow       `json:"rows"`
	Summary      map[string]int `json:"summary"`
}

// managedState summarises one managed ruleset's deployment.
type managedState struct {
	status  string   // covered (enforcing on all traffic), partial, missing, not_assessed
	why     []string // reasons for partial
	tagsOff map[string]bool
}

func (e *env) managed(kinds ...string) managedState {
	if !e.s.PhaseKnown(PhaseManaged) {
		return managedState{status: NotAssessed, why: []string{"the managed phase is not in the input"}}
	}
	st := managedState{status: Missing, tagsOff: map[string]bool{}}
	for _, m := range e.managedExecs() {
		match := false
		for _, k := range kinds {
			match = match || m.kind == k
		}
		if !match {
			continue
		}
		if !Enabled(m.r.r) {
			st.why = append(st.why, "deployment disabled")
			continue
		}
		st.status = Covered
		if m.p.Overrides != nil {
			if m.p.Overrides.Action == "log" {
				st.status, st.why = Partial, append(st.why, "overridden to log")
			}
			for _, r := range m.p.Overrides.Rules {
				if r.Action == "log" && r.ID == OWASPAnomalyRuleID {
					st.status, st.why = Partial, append(st.why, "anomaly rule logs only")
				}
				if r.ScoreThreshold > 40 {
					st.status, st.why = Partial, append(st.why, "low sensitivity threshold")
				}
			}
			for _, c := range m.p.Overrides.Categories {
				if c.Enabled != nil && !*c.Enabled {
					st.tagsOff[c.Category] = true
				}
			}
		}
		if v, ok := rules.ConstValue(m.r.node); m.r.node != nil && (!ok || !v) {
			st.status, st.why = Partial, append(st.why, "runs on part of the traffic only")
		}
	}
	if st.status == Missing && len(st.why) == 0 {
		st.why = []string{"not deployed"}
	}
	return st
}

// skipsManaged reports enabled skip rules that a client can trigger and
// that bypass managed rules.
func (e *env) weakSkips() []string {
	var out []string
	for _, r := range e.enabled(PhaseCustom) {
		if r.r.Action != "skip" || r.node == nil || anchored(r) {
			continue
		}
		out = append(out, r.ref)
	}
	return out
}

// classProbe is a sample attack per class, to see whether enabled custom
// rules would stop it.
var classProbe = map[string]string{
	"sqli":    "/search?q=" + url.QueryEscape("1' UNION SELECT password FROM users--"),
	"xss":     "/search?q=" + url.QueryEscape("<script>alert(document.cookie)</script>"),
	"rce":     "/ping?host=" + url.QueryEscape("127.0.0.1; cat /etc/passwd"),
	"lfi_rfi": "/view?file=" + url.QueryEscape("../../../../etc/passwd"),
}

var classTags = map[string][]string{
	"sqli": {"sqli", "attack-sqli"}, "xss": {"xss", "attack-xss"}, "rce": {"attack-rce", "command-injection"},
	"lfi_rfi": {"attack-lfi", "attack-rfi", "directory-traversal"},
}

var scoreField = map[string]string{"sqli": "cf.waf.score.sqli", "xss": "cf.waf.score.xss", "rce": "cf.waf.score.rce"}

// customCatches reports whether an enabled terminating custom rule stops
// the request.
func (e *env) customCatches(method, target, ua string) string {
	path, query, _ := strings.Cut(target, "?")
	host := strOr(e.s.ZoneName, "example.com")
	req := &rules.Request{Method: method, Scheme: "https", Host: host, Path: path, Query: query,
		Headers: map[string][]string{"host": {host}, "user-agent": {ua}}, SrcIP: netip.MustParseAddr("45.95.147.1")}
	req.Prepare()
	for _, r := range e.enabled(PhaseCustom) {
		if !Terminating(r.r.Action) || r.err != nil {
			continue
		}
		p, err := rules.Compile(r.r.Expression, rules.Options{})
		if err != nil {
			continue
		}
		if p.Eval(req, nil) {
			return r.ref
		}
	}
	return ""
}

func (e *env) usesField(prefix string) string {
	for _, r := range e.enabled(PhaseCustom) {
		if !Terminating(r.r.Action) {
			continue
		}
		for f := range r.fields {
			if strings.HasPrefix(f, prefix) {
				return r.ref
			}
		}
	}
	return ""
}

// rlIntent proposes a rate limit on paths; the method condition needs a
// Business or Enterprise plan in rate limiting rules.
func rlIntent(plan string, paths []string, rpm int) map[string]any {
	m := intent("action", "rate_limit", "paths", paths, "requests_per_minute", rpm)
	if plan != "free" && plan != "pro" {
		m["methods"] = []string{"POST"}
	}
	return m
}

func row(cat, kind, status string, why ...string) GapRow {
	return GapRow{Category: cat, Kind: kind, Status: status, Why: strings.Join(why, "; "), Proposals: []GapProposal{}}
}

func intent(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

// Gaps builds the coverage matrix: attack classes and OWASP Top 10 2021
// categories → covered / partial / missing, why, and proposals.
func Gaps(s *Snapshot) *GapResult {
	e := newEnv(s)
	cf := e.managed(ManagedCloudflare, ManagedFree)
	ow := e.managed(ManagedOWASP)
	skips := e.weakSkips()
	res := &GapResult{Source: s.Source, Zone: s.ZoneName, SnapshotHash: s.Hash(), Summary: map[string]int{}}
	managedProposal := GapProposal{Summary: "Deploy the Cloudflare Managed Ruleset and the OWASP Core Ruleset (execute rules in http_request_firewall_managed, expression true, action block, threshold 40)"}
	byClass := map[string]string{}
	for _, class := range []string{"sqli", "xss", "rce", "lfi_rfi"} {
		var r GapRow
		managedOK := cf.status == Covered || ow.status == Covered
		both := cf.status == Covered && ow.status == Covered
		custom := e.customCatches("GET", classProbe[class], "Mozilla/5.0")
		customWhy := "custom rule " + custom + " stops a sample attack"
		if custom == "" && scoreField[class] != "" {
			custom = e.usesField(scoreField[class])
		}
		if custom == "" {
			custom = e.usesField("cf.waf.score")
		}
		if custom != "" && !strings.Contains(customWhy, custom) {
			customWhy = "custom rule " + custom + " acts on the WAF attack score"
		}
		var off []string
		for _, t := range classTags[class] {
			if cf.tagsOff[t] || ow.tagsOff[t] {
				off = append(off, t)
			}
		}
		switch {
		case cf.status == NotAssessed && custom == "":
			r = row(class, "attack_class", NotAssessed, "the managed phase is not in the input and no custom rule stops a sample "+class+" attack")
		case both && len(off) == 0 && len(skips) == 0:
			r = row(class, "attack_class", Covered, "Cloudflare Managed Ruleset and OWASP Core Ruleset enforce on all traffic")
		case managedOK || custom != "":
			var why []string
			if !both {
				why = append(why, "managed: Cloudflare "+cf.status+", OWASP "+ow.status)
			}
			if len(off) > 0 {
				why = append(why, "tags disabled: "+strings.Join(off, ", "))
			}
			if len(skips) > 0 {
				why = append(why, "client-triggerable skip rules: "+strings.Join(skips, ", "))
			}
			if custom != "" {
				why = append(why, customWhy)
			}
			r = row(class, "attack_class", Partial, why...)
		default:
			r = row(class, "attack_class", Missing, "no managed ruleset enforces and no custom rule stops a sample "+class+" attack")
		}
		if r.Status == Partial || r.Status == Missing {
			if !both {
				r.Proposals = append(r.Proposals, managedProposal)
			}
			cls := strings.TrimSuffix(class, "_rfi")
			r.Proposals = append(r.Proposals, GapProposal{Summary: "Add a custom " + cls + " detection rule (stage it: log/simulate → managed_challenge → block)",
				Intent: intent("action", "block", "attack_classes", []string{cls})})
			if len(skips) > 0 {
				r.Proposals = append(r.Proposals, GapProposal{Summary: "Tie skip rules " + strings.Join(skips, ", ") + " to ip.src in a trusted list"})
			}
		}
		byClass[class] = r.Status
		res.Rows = append(res.Rows, r)
	}
	// Scanners.
	{
		custom := e.customCatches("GET", "/", "sqlmap/1.7.2#stable (https://sqlmap.org)")
		var r GapRow
		switch {
		case custom != "":
			r = row("scanners", "attack_class", Covered, "custom rule "+custom+" stops a scanner user agent")
		case ow.status == Covered:
			r = row("scanners", "attack_class", Partial, "only the OWASP scanner-detection rules (anomaly score) apply")
		case ow.status == NotAssessed:
			r = row("scanners", "attack_class", NotAssessed, "the managed phase is not in the input")
		default:
			r = row("scanners", "attack_class", Missing, "no rule stops known scanner user agents")
		}
		if r.Status != Covered && r.Status != NotAssessed {
			r.Proposals = append(r.Proposals, GapProposal{Summary: "Block known scanner user agents", Intent: intent("action", "block", "attack_classes", []string{"scanner"})})
		}
		byClass["scanners"] = r.Status
		res.Rows = append(res.Rows, r)
	}
	// Protocol abuse.
	{
		var r GapRow
		switch ow.status {
		case Covered:
			r = row("protocol_abuse", "attack_class", Covered, "OWASP protocol enforcement (920/921) enforces")
		case Partial:
			r = row("protocol_abuse", "attack_class", Partial, "OWASP Core Ruleset: "+strings.Join(ow.why, ", "))
		case NotAssessed:
			r = row("protocol_abuse", "attack_class", NotAssessed, "the managed phase is not in the input")
		default:
			r = row("protocol_abuse", "attack_class", Missing, "OWASP Core Ruleset (protocol enforcement) not deployed")
			r.Proposals = append(r.Proposals, managedProposal,
				GapProposal{Summary: "Allow only the methods the application uses", Intent: intent("action", "block", "methods", []string{"TRACE", "TRACK", "CONNECT", "DEBUG"})})
		}
		byClass["protocol_abuse"] = r.Status
		res.Rows = append(res.Rows, r)
	}
	// Credential stuffing, volumetric abuse of auth/API paths.
	{
		rlKnown := s.PhaseKnown(PhaseRateLimit)
		authRL := rlKnown && len(runRateLimitAuth(e, &Check{ID: "x"})) == 0
		leaked := e.usesField("cf.waf.credential_check")
		var r GapRow
		switch {
		case !rlKnown && leaked == "":
			r = row("credential_stuffing", "attack_class", NotAssessed, "the rate limiting phase is not in the input")
		case authRL && leaked != "":
			r = row("credential_stuffing", "attack_class", Covered, "rate limiting on login and a leaked-credentials rule ("+leaked+")")
		case authRL || leaked != "":
			r = row("credential_stuffing", "attack_class", Partial, "only one of rate limiting on login / leaked-credential checks")
		default:
			r = row("credential_stuffing", "attack_class", Missing, "no rate limit on login endpoints and no leaked-credential rule")
		}
		if r.Status == Partial || r.Status == Missing {
			if !authRL {
				r.Proposals = append(r.Proposals, GapProposal{Summary: "Rate limit login", Intent: rlIntent(s.Plan, []string{"/login", "/wp-login.php", "/api/login"}, 10)})
			}
			if leaked == "" {
				r.Proposals = append(r.Proposals, GapProposal{Summary: "Enable leaked-credentials detection and challenge requests with cf.waf.credential_check.password_leaked"})
			}
		}
		byClass["credential_stuffing"] = r.Status
		res.Rows = append(res.Rows, r)

		apiRL := false
		if rlKnown {
			host := strOr(s.ZoneName, "example.com")
			req := &rules.Request{Method: "POST", Scheme: "https", Host: host, Path: "/api/v1/orders", Headers: map[string][]string{"host": {host}}, SrcIP: netip.MustParseAddr("45.95.147.1")}
			req.Prepare()
			for _, x := range e.enabled(PhaseRateLimit) {
				if p, err := rules.Compile(x.r.Expression, rules.Options{}); err == nil && p.Eval(req, nil) {
					apiRL = true
				}
			}
		}
		switch {
		case !rlKnown:
			r = row("volumetric_auth_api", "attack_class", NotAssessed, "the rate limiting phase is not in the input")
		case authRL && apiRL:
			r = row("volumetric_auth_api", "attack_class", Covered, "rate limits cover login and API paths")
		case authRL || apiRL:
			r = row("volumetric_auth_api", "attack_class", Partial, map[bool]string{true: "login is rate limited, /api/ is not", false: "/api/ is rate limited, login is not"}[authRL])
		default:
			r = row("volumetric_auth_api", "attack_class", Missing, "no rate limiting rule on login or API paths")
		}
		if r.Status == Partial || r.Status == Missing {
			if !apiRL {
				r.Proposals = append(r.Proposals, GapProposal{Summary: "Rate limit the API", Intent: intent("action", "rate_limit", "paths", []string{"/api/*"}, "requests_per_minute", 300)})
			}
			if !authRL {
				r.Proposals = append(r.Proposals, GapProposal{Summary: "Rate limit login", Intent: rlIntent(s.Plan, []string{"/login"}, 10)})
			}
		}
		byClass["volumetric_auth_api"] = r.Status
		res.Rows = append(res.Rows, r)
	}
	// Bots.
	{
		bm := e.usesField("cf.bot_management")
		if bm == "" {
			bm = e.usesField("cf.client.bot")
		}
		var r GapRow
		switch {
		case bm != "":
			r = row("bots", "attack_class", Covered, "custom rule "+bm+" acts on bot signals")
		case s.SettingsKnown:
			lvl, _ := s.Setting("security_level")
			bic, _ := s.Setting("browser_check")
			if bic == "on" && lvl != "off" && lvl != "essentially_off" {
				r = row("bots", "attack_class", Partial, "only Browser Integrity Check and the security level act on automated clients")
			} else {
				r = row("bots", "attack_class", Missing, "no bot rule, Browser Integrity Check "+strOr(bic, "unknown")+", security level "+strOr(lvl, "unknown"))
			}
		default:
			r = row("bots", "attack_class", NotAssessed, "no bot rule; zone settings are not in the input")
		}
		if r.Status == Partial || r.Status == Missing {
			r.Proposals = append(r.Proposals, GapProposal{Summary: "Challenge likely bots on sensitive paths (Bot Fight Mode, or cf.bot_management.score with Bot Management)",
				Intent: intent("action", "managed_challenge", "paths", []string{"/login", "/checkout", "/api/*"}, "user_agents", []string{"python-requests", "curl/", "go-http-client"})})
		}
		byClass["bots"] = r.Status
		res.Rows = append(res.Rows, r)
	}
	res.Rows = append(res.Rows, owaspRows(e, s, byClass, cf, ow, skips)...)
	for _, r := range res.Rows {
		res.Summary[r.Status]++
	}
	return res
}

func worst(st ...string) string {
	rank := map[string]int{Missing: 0, Partial: 1, NotAssessed: 2, Covered: 3}
	w := Covered
	for _, s := range st {
		if rank[s] < rank[w] {
			w = s
		}
	}
	return w
}

func owaspRows(e *env, s *Snapshot, by map[string]string, cf, ow managedState, skips []string) []GapRow {
	tls := NotAssessed
	var tlsWhy []string
	if s.SettingsKnown {
		good := 0
		for _, c := range []struct{ id, want string }{{"ssl", "strict"}, {"min_tls_version", "1.2"}, {"always_use_https", "on"}} {
			v, _ := s.Setting(c.id)
			if v == c.want || (c.id == "min_tls_version" && v == "1.3") || (c.id == "ssl" && v == "origin_pull") {
				good++
			} else {
				tlsWhy = append(tlsWhy, c.id+"="+strOr(v, "unset"))
			}
		}
		h, ok := e.hsts()
		if ok && h.STS.Enabled {
			good++
		} else {
			tlsWhy = append(tlsWhy, "HSTS off")
		}
		switch good {
		case 4:
			tls = Covered
		case 0:
			tls = Missing
		default:
			tls = Partial
		}
	}
	adminRule := ""
	for _, r := range e.enabled(PhaseCustom) {
		if Terminating(r.r.Action) && anchored(r) && strings.Contains(strings.ToLower(r.r.Expression), "admin") {
			adminRule = r.ref
		}
	}
	a01 := Missing
	a01Why := "no rule restricts admin paths to trusted sources"
	if adminRule != "" {
		a01, a01Why = Partial, "rule "+adminRule+" restricts an admin path by source (access control itself is the application's)"
	}
	a06 := cf.status
	a06Why := "Cloudflare Managed Ruleset (virtual patches for known CVEs): " + cf.status
	logging := Partial
	logWhy := "security events are recorded by Cloudflare; alerting and log export are not read by this tool"
	for _, r := range e.enabled(PhaseCustom) {
		var l logging2
		if r.r.Action == "skip" && jsonUnmarshal(r.r.Logging, &l) == nil && l.Enabled != nil && !*l.Enabled {
			logging, logWhy = Missing, "skip rule "+r.ref+" bypasses the WAF without logging"
		}
	}
	if !s.PhaseKnown(PhaseCustom) {
		logging, logWhy = NotAssessed, "custom rules are not in the input"
	}
	mk := func(cat, st, why string, props ...GapProposal) GapRow {
		r := row(cat, "owasp_top10_2021", st, why)
		if st == Partial || st == Missing {
			r.Proposals = append(r.Proposals, props...)
		}
		if r.Proposals == nil {
			r.Proposals = []GapProposal{}
		}
		return r
	}
	inj := worst(by["sqli"], by["xss"], by["rce"], by["lfi_rfi"])
	a10 := worst(cf.status, ow.status)
	if a10 == Covered {
		a10 = Partial // SSRF is only partly visible at the edge
	}
	return []GapRow{
		mk("A01 Broken Access Control", a01, a01Why, GapProposal{Summary: "Block admin paths outside trusted addresses", Intent: intent("action", "block", "paths", []string{"/admin/*"}, "except_ip_lists", []string{"office_ips"})}),
		mk("A02 Cryptographic Failures", tls, strOr(strings.Join(tlsWhy, ", "), "SSL Full (strict), TLS ≥ 1.2, Always Use HTTPS, HSTS"), GapProposal{Summary: "Set SSL/TLS to Full (strict), minimum TLS 1.2, Always Use HTTPS and HSTS"}),
		mk("A03 Injection", inj, "worst of sqli, xss, rce, lfi_rfi", injectionProposal(by)),
		mk("A04 Insecure Design", worst(by["volumetric_auth_api"], Partial), "the edge can only limit abuse (rate limits); design flaws stay in the application", GapProposal{Summary: "Rate limit business-critical flows", Intent: intent("action", "rate_limit", "paths", []string{"/checkout", "/api/*"}, "requests_per_minute", 60)}),
		mk("A05 Security Misconfiguration", worst(by["protocol_abuse"], tlsOr(tls)), "protocol enforcement and zone security settings"),
		mk("A06 Vulnerable and Outdated Components", a06, a06Why, GapProposal{Summary: "Deploy the Cloudflare Managed Ruleset with version latest"}),
		mk("A07 Identification and Authentication Failures", by["credential_stuffing"], "rate limiting on login and leaked-credential checks", GapProposal{Summary: "Rate limit login", Intent: rlIntent(s.Plan, []string{"/login"}, 10)}),
		mk("A08 Software and Data Integrity Failures", worst(ow.status, Partial), "OWASP 944 (Java deserialisation) at best; client-side script integrity (Page Shield) is not read by this tool"),
		mk("A09 Security Logging and Monitoring Failures", logging, logWhy, GapProposal{Summary: "Enable logging on every skip rule and export firewall events (Logpush) with alerting"}),
		mk("A10 Server-Side Request Forgery", a10, "managed rules catch common SSRF payloads; the application must validate outbound URLs", managedProposalFor(cf, ow)),
	}
}

type logging2 = logging

func tlsOr(s string) string {
	if s == NotAssessed {
		return Covered
	}
	return s
}

func managedProposalFor(cf, ow managedState) GapProposal {
	return GapProposal{Summary: "Deploy and enforce the Cloudflare Managed Ruleset (" + cf.status + ") and the OWASP Core Ruleset (" + ow.status + ")"}
}

// SortedControls is a helper for stable output.
func sortedStrings(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// injectionProposal names the injection attack classes that are not
// covered and what would cover them, so the proposal stands on its own
// wherever it is shown (a compliance report has no attack-class rows).
func injectionProposal(by map[string]string) GapProposal {
	var open, classes []string
	for _, c := range []struct{ row, class string }{{"sqli", "sqli"}, {"xss", "xss"}, {"rce", "rce"}, {"lfi_rfi", "lfi"}} {
		if st := by[c.row]; st != Covered {
			open = append(open, c.row+" ("+st+")")
			classes = append(classes, c.class)
		}
	}
	if len(open) == 0 {
		return GapProposal{Summary: "Keep the managed rulesets deployed; every injection class is covered"}
	}
	// One rule per class: together they exceed the expression limit.
	return GapProposal{Summary: "Add detection rules for " + strings.Join(open, ", ") + ": one waf_rule_synthesize per attack class (" + strings.Join(classes, ", ") + "), staged"}
}
