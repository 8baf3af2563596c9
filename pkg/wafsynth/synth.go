// Package wafsynth turns a structured intent into a Cloudflare WAF rule:
// a canonical Rules-language expression, the ruleset-rule JSON the
// Cloudflare API (and cloudflare_safe's waf_rule_configure) accepts,
// Terraform v5 cloudflare_ruleset HCL and a staged rollout, and checks the
// proposal against existing rules.
package wafsynth

import (
	"fmt"
	"net/netip"
	"sort"
	"strconv"
	"strings"

	"github.com/cfplane/cfplane/pkg/lazyre"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/tfhcl"
)

// Intent describes the rule wanted. Conditions of different kinds are
// combined with and; values of one kind with or.
type Intent struct {
	Action           string   `json:"action" jsonschema:"block, managed_challenge, js_challenge, challenge, log, skip, rate_limit"`
	Description      string   `json:"description,omitempty"`
	Paths            []string `json:"paths,omitempty" jsonschema:"/login exact, /api/* prefix, *.php suffix"`
	Methods          []string `json:"methods,omitempty"`
	Hosts            []string `json:"hosts,omitempty"`
	Countries        []string `json:"countries,omitempty" jsonschema:"ISO codes; T1 = Tor"`
	ASNs             []int64  `json:"asns,omitempty"`
	IPs              []string `json:"ips,omitempty" jsonschema:"addresses or CIDRs"`
	IPLists          []string `json:"ip_lists,omitempty" jsonschema:"list names (any)"`
	ExceptIPLists    []string `json:"except_ip_lists,omitempty" jsonschema:"lists to exclude"`
	UserAgents       []string `json:"user_agents,omitempty" jsonschema:"substrings (any case)"`
	AttackClasses    []string `json:"attack_classes,omitempty" jsonschema:"sqli, xss, rce, lfi, scanner"`
	AttackScoreBelow int      `json:"attack_score_below,omitempty" jsonschema:"cf.waf.score below N (Ent); Business: class attack"`
	InspectHeaders   []string `json:"inspect_headers,omitempty" jsonschema:"attack classes: header names to inspect"`
	JSONKeys         []string `json:"json_keys,omitempty" jsonschema:"attack classes: top-level JSON keys to decode (Ent)"`
	RequestsPerMin   int      `json:"requests_per_minute,omitempty" jsonschema:"rate_limit per client (default 20)"`
	MitigationSecs   int      `json:"mitigation_seconds,omitempty" jsonschema:"rate_limit block time (default 600)"`
	SkipPhases       []string `json:"skip_phases,omitempty" jsonschema:"http_ratelimit, http_request_firewall_managed, http_request_sbfm (default: rest of custom rules)"`
	// Zone is the zone's name (set by the caller that knows the zone, not
	// by the intent): the lfi class flags URLs in parameters that point
	// outside it.
	Zone string `json:"-"`
}

// fields is what an intent's attack classes inspect.
func (in Intent) fields() Fields {
	return Fields{Headers: in.InspectHeaders, JSONKeys: in.JSONKeys, Zone: in.Zone}
}

// Rule is a ruleset rule in the Cloudflare API shape.
type Rule struct {
	Action           string         `json:"action"`
	Expression       string         `json:"expression"`
	Description      string         `json:"description"`
	Enabled          bool           `json:"enabled"`
	ActionParameters map[string]any `json:"action_parameters,omitempty"`
	RateLimit        *RateLimit     `json:"ratelimit,omitempty"`
}

// RateLimit is a rate limiting rule's ratelimit object.
type RateLimit struct {
	Characteristics   []string `json:"characteristics"`
	Period            int      `json:"period"`
	RequestsPerPeriod int      `json:"requests_per_period"`
	MitigationTimeout int      `json:"mitigation_timeout"`
}

// Stage is one step of a staged rollout: the proposed rule with this
// action (simulate: replay with waf_rule_simulate, nothing deployed).
type Stage struct {
	Action    string `json:"action"`
	Promotion string `json:"promotion"`
}

// Existing is a rule already deployed, in evaluation order.
type Existing struct {
	ID         string `json:"id"`
	Action     string `json:"action"`
	Expression string `json:"expression"`
	Enabled    bool   `json:"enabled"`
	SkipsRest  bool   `json:"-"`
}

// Conflict is a finding of the proposal against existing rules or limits.
type Conflict struct {
	Kind   string `json:"kind" jsonschema:"duplicate, shadowed, plan_limit, expression_limit"`
	RuleID string `json:"rule_id,omitempty"`
	Detail string `json:"detail"`
}

// Proposal is the synthesiser's output.
type Proposal struct {
	Phase      string `json:"phase"`
	Expression string `json:"expression"`
	Rule       Rule   `json:"rule" jsonschema:"API rule object for waf_rule_configure"`
	// Rules, when set, are the rules to deploy instead of one: the attack
	// classes' patterns exceed one expression's length limit, so each rule
	// (Rule with this expression and description) carries a part; Rule is
	// the first, Expression what they match together.
	Rules     []RulePart `json:"rules,omitempty" jsonschema:"if set: deploy rule per item"`
	Terraform string     `json:"terraform"`
	Rollout   []Stage    `json:"rollout" jsonschema:"stages: the rule with each action in turn"`
	Conflicts []Conflict `json:"conflicts"`
	Warnings  []string   `json:"warnings"`
	Length    int        `json:"length" jsonschema:"characters (limit 4096)"`
	Regexes   int        `json:"regexes"`
	// Detection says, for attack-class rules, what the rule reads with
	// which decoding, what it cannot see on this plan and what Cloudflare's
	// attack score adds.
	Detection *Detection `json:"detection,omitempty"`
	// BlastRadius is the candidate replayed before it is proposed.
	BlastRadius *BlastRadius `json:"blast_radius,omitempty"`
}

// RulePart is one rule of a proposal split because of the length limit.
type RulePart struct {
	Description string `json:"description"`
	Expression  string `json:"expression"`
}

// Detection explains an attack-class rule.
type Detection struct {
	Inspects  []string `json:"inspects"`
	CannotSee []string `json:"cannot_see"`
	Score     string   `json:"score" jsonschema:"what cf.waf.score adds, or why none"`
}

var actions = map[string]bool{"block": true, "managed_challenge": true, "js_challenge": true, "challenge": true, "log": true, "skip": true, "rate_limit": true}

var (
	countryRe = lazyre.New(`^[A-Z][A-Z0-9]$`)
	methodRe  = lazyre.New(`^[A-Z]{3,10}$`)
	hostRe    = lazyre.New(`^[a-z0-9*]([a-z0-9.-]*[a-z0-9])?$`)
	listRe    = lazyre.New(`^[a-z0-9_]{1,50}$`)
)

var skipPhases = map[string]bool{"http_ratelimit": true, "http_request_firewall_managed": true, "http_request_sbfm": true}

// Limits of the intent.
const (
	maxValues = 200
)

// Build turns an intent into a proposal for plan. existing are the zone's
// rules of the same phase in order (nil when unknown); limit is the plan's
// rule limit for the phase (0 when unknown).
func Build(in Intent, plan rules.Plan, existing []Existing, limit int) (*Proposal, error) {
	in.Action = strings.TrimSpace(in.Action)
	if !actions[in.Action] {
		return nil, fmt.Errorf("action %q is not accepted; accepted: block, managed_challenge, js_challenge, challenge, log, skip, rate_limit", in.Action)
	}
	if in.Action != "rate_limit" && (in.RequestsPerMin != 0 || in.MitigationSecs != 0) {
		// Honouring them would turn the rule into a rate limiting rule of
		// another phase; a silent drop would propose a rule that is not
		// what was asked.
		return nil, fmt.Errorf("requests_per_minute and mitigation_seconds apply only to action rate_limit (action is %s); use action rate_limit for a per-client rate limit, or drop them", in.Action)
	}
	if in.Action != "skip" && len(in.SkipPhases) > 0 {
		return nil, fmt.Errorf("skip_phases applies only to action skip (action is %s); use action skip, or drop skip_phases", in.Action)
	}
	if in.Action == "log" && plan != rules.PlanEnterprise && plan != rules.PlanUnknown {
		return nil, fmt.Errorf("action log needs an Enterprise plan for custom rules (the zone is on %s); use managed_challenge, or simulate with waf_rule_simulate", plan)
	}
	and, terms, err := expressionParts(in, plan)
	if err != nil {
		return nil, err
	}
	expr := joinAnd(and, terms)
	// A class too long for one rule (a grammar and a vocabulary) is
	// deployed as several rules, each within the limit, that together
	// match what expr matches.
	var parts []string
	if n := len([]rune(expr)); n > rules.MaxExpressionLength {
		if in.Action == "rate_limit" || in.Action == "skip" {
			return nil, fmt.Errorf("attack classes %s make a %d-character expression (the limit is %d), and a %s rule cannot be split into several: name fewer attack classes, inspect_headers or json_keys", strings.Join(in.AttackClasses, ", "), n, rules.MaxExpressionLength, in.Action)
		}
		if parts = splitRules(and, terms); parts == nil {
			return nil, fmt.Errorf("attack classes %s with the named headers and JSON keys need a pattern longer than one rule allows (%d characters): name fewer inspect_headers or json_keys", strings.Join(in.AttackClasses, ", "), rules.MaxExpressionLength)
		}
	}
	phase := "http_request_firewall_custom"
	if in.Action == "rate_limit" {
		phase = "http_ratelimit"
	}
	ch, err := rules.Check(expr, rules.Options{Phase: phase, Plan: plan, Combined: len(parts) > 1})
	if err != nil {
		return nil, fmt.Errorf("the intent gives an expression Cloudflare would reject for this plan and phase: %v", err)
	}
	canon := rules.Print(ch.Root)
	p := &Proposal{Phase: phase, Expression: canon, Conflicts: []Conflict{}, Warnings: []string{}, Length: len([]rune(canon)), Regexes: ch.RegexCount}
	for _, w := range ch.Warnings {
		p.Warnings = append(p.Warnings, w.Error())
	}
	desc := strings.TrimSpace(in.Description)
	if desc == "" {
		desc = describe(in)
	}
	p.Rule = Rule{Action: in.Action, Expression: canon, Description: desc, Enabled: true}
	switch in.Action {
	case "rate_limit":
		rpm := in.RequestsPerMin
		if rpm == 0 {
			rpm = 20
		}
		if rpm < 1 || rpm > 100000 {
			return nil, fmt.Errorf("requests_per_minute %d is out of range; accepted: 1–100000", rpm)
		}
		mt := in.MitigationSecs
		if mt == 0 {
			mt = 600
		}
		if !validTimeout[mt] {
			return nil, fmt.Errorf("mitigation_seconds %d is not accepted; accepted: 10, 60, 120, 300, 600, 3600, 86400", mt)
		}
		p.Rule.Action = "block"
		p.Rule.RateLimit = &RateLimit{Characteristics: []string{"cf.colo.id", "ip.src"}, Period: 60, RequestsPerPeriod: rpm, MitigationTimeout: mt}
	case "skip":
		ap := map[string]any{}
		if len(in.SkipPhases) == 0 {
			ap["ruleset"] = "current"
		} else {
			var ph []any
			for _, s := range in.SkipPhases {
				if !skipPhases[s] {
					return nil, fmt.Errorf("skip_phases %q is not accepted; accepted: http_ratelimit, http_request_firewall_managed, http_request_sbfm", s)
				}
				ph = append(ph, s)
			}
			ap["phases"] = ph
		}
		p.Rule.ActionParameters = ap
		if len(in.IPs) == 0 && len(in.IPLists) == 0 {
			p.Warnings = append(p.Warnings, "a skip rule without ips or ip_lists can be triggered by any client; tie it to trusted addresses")
		}
	}
	if len(in.AttackClasses) > 0 {
		p.Detection = detection(in.AttackClasses, plan, in.fields())
	}
	ruleRoot := ch.Root
	if len(parts) > 1 {
		for i, e := range parts {
			pc, err := rules.Check(e, rules.Options{Phase: phase, Plan: plan})
			if err != nil {
				return nil, fmt.Errorf("the intent gives an expression Cloudflare would reject for this plan and phase: %v", err)
			}
			if i == 0 {
				ruleRoot = pc.Root
			}
			p.Rules = append(p.Rules, RulePart{Description: fmt.Sprintf("%s (%d/%d)", desc, i+1, len(parts)), Expression: rules.Print(pc.Root)})
		}
		p.Rule.Expression, p.Rule.Description = p.Rules[0].Expression, p.Rules[0].Description
		p.Warnings = append(p.Warnings, fmt.Sprintf("the attack classes' patterns are %d characters together, over the %d-character limit of one expression: deploy all %d rules in rules (same action, each with its part of the patterns); expression is what they match together, for waf_rule_simulate", p.Length, rules.MaxExpressionLength, len(parts)))
	}
	p.Rollout = rollout(p.Rule, in.Action, plan)
	p.Terraform = terraform(phase, p.deployed()...)
	if err := tfhcl.Check(p.Terraform); err != nil {
		return nil, err
	}
	if limit > 0 && len(parts) > 1 {
		// The phase must hold every part: n rules need n free slots.
		limit -= len(parts) - 1
		if limit < 1 {
			limit = 1
		}
	}
	p.Conflicts = conflicts(ruleRoot, p.Rule, existing, limit, phase)
	return p, nil
}

var validTimeout = map[int]bool{10: true, 60: true, 120: true, 300: true, 600: true, 3600: true, 86400: true}

func expression(in Intent, plan rules.Plan) (string, error) {
	and, terms, err := expressionParts(in, plan)
	if err != nil {
		return "", err
	}
	return joinAnd(and, terms), nil
}

// joinAnd ands the conditions with the or of the attack-class terms.
func joinAnd(and, terms []string) string {
	switch len(terms) {
	case 0:
	case 1:
		and = append(and, terms[0])
	default:
		and = append(and, "("+strings.Join(terms, " or ")+")")
	}
	return strings.Join(and, " and ")
}

// splitRules packs the attack-class terms into as few expressions as fit
// Cloudflare's length limit, each with all the other conditions; nil when
// one term does not fit even alone.
func splitRules(and, terms []string) []string {
	var out []string
	var cur []string
	for _, t := range terms {
		if len(cur) > 0 && len([]rune(joinAnd(and, append(append([]string{}, cur...), t)))) > rules.MaxExpressionLength {
			out = append(out, joinAnd(and, cur))
			cur = nil
		}
		cur = append(cur, t)
		if len([]rune(joinAnd(and, cur))) > rules.MaxExpressionLength {
			return nil
		}
	}
	if len(cur) > 0 {
		out = append(out, joinAnd(and, cur))
	}
	return out
}

// expressionParts returns the conditions an intent ands together, with the
// attack-class terms (or-ed) apart.
func expressionParts(in Intent, plan rules.Plan) ([]string, []string, error) {
	var and []string
	add := func(or []string) {
		switch len(or) {
		case 0:
		case 1:
			and = append(and, or[0])
		default:
			and = append(and, "("+strings.Join(or, " or ")+")")
		}
	}
	for name, n := range map[string]int{"paths": len(in.Paths), "methods": len(in.Methods), "hosts": len(in.Hosts), "countries": len(in.Countries),
		"asns": len(in.ASNs), "ips": len(in.IPs), "user_agents": len(in.UserAgents)} {
		if n > maxValues {
			return nil, nil, fmt.Errorf("%s has %d values; the limit is %d (put addresses in an IP list and use ip_lists)", name, n, maxValues)
		}
	}
	// Hosts
	if len(in.Hosts) > 0 {
		var exact []string
		var or []string
		for _, h := range in.Hosts {
			h = strings.ToLower(strings.TrimSpace(h))
			if !hostRe.MatchString(h) {
				return nil, nil, fmt.Errorf("host %q is not a host name", h)
			}
			if strings.Contains(h, "*") {
				or = append(or, "http.host wildcard "+rules.QuoteString(h))
			} else {
				exact = append(exact, rules.QuoteString(h))
			}
		}
		if len(exact) == 1 {
			or = append([]string{"http.host eq " + exact[0]}, or...)
		} else if len(exact) > 1 {
			or = append([]string{"http.host in {" + strings.Join(exact, " ") + "}"}, or...)
		}
		add(or)
	}
	// Paths
	if len(in.Paths) > 0 {
		var exact, or []string
		for _, p := range in.Paths {
			p = strings.TrimSpace(p)
			switch {
			case p == "" || (!strings.HasPrefix(p, "/") && !strings.HasPrefix(p, "*")):
				return nil, nil, fmt.Errorf("path %q must start with / (or * for a suffix such as *.php)", p)
			case strings.Count(p, "*") == 0:
				exact = append(exact, rules.QuoteString(p))
			case strings.HasSuffix(p, "*") && strings.Count(p, "*") == 1:
				or = append(or, "starts_with(http.request.uri.path, "+rules.QuoteString(strings.TrimSuffix(p, "*"))+")")
			case strings.HasPrefix(p, "*") && strings.Count(p, "*") == 1:
				or = append(or, "ends_with(http.request.uri.path, "+rules.QuoteString(strings.TrimPrefix(p, "*"))+")")
			default:
				if strings.Contains(p, "**") {
					return nil, nil, fmt.Errorf("path %q: ** is not accepted in wildcards", p)
				}
				or = append(or, "http.request.uri.path wildcard "+rules.QuoteString(p))
			}
		}
		if len(exact) == 1 {
			or = append([]string{"http.request.uri.path eq " + exact[0]}, or...)
		} else if len(exact) > 1 {
			or = append([]string{"http.request.uri.path in {" + strings.Join(exact, " ") + "}"}, or...)
		}
		add(or)
	}
	if len(in.Methods) > 0 {
		var ms []string
		for _, m := range in.Methods {
			m = strings.ToUpper(strings.TrimSpace(m))
			if !methodRe.MatchString(m) {
				return nil, nil, fmt.Errorf("method %q is not an HTTP method", m)
			}
			ms = append(ms, rules.QuoteString(m))
		}
		if len(ms) == 1 {
			add([]string{"http.request.method eq " + ms[0]})
		} else {
			add([]string{"http.request.method in {" + strings.Join(ms, " ") + "}"})
		}
	}
	if len(in.Countries) > 0 {
		var cs []string
		for _, c := range in.Countries {
			c = strings.ToUpper(strings.TrimSpace(c))
			if !countryRe.MatchString(c) {
				return nil, nil, fmt.Errorf("country %q is not a two-letter ISO 3166-1 code", c)
			}
			cs = append(cs, rules.QuoteString(c))
		}
		add([]string{"ip.src.country in {" + strings.Join(cs, " ") + "}"})
	}
	if len(in.ASNs) > 0 {
		var as []string
		for _, a := range in.ASNs {
			if a <= 0 || a > 4294967295 {
				return nil, nil, fmt.Errorf("asn %d is out of range", a)
			}
			as = append(as, strconv.FormatInt(a, 10))
		}
		add([]string{"ip.src.asnum in {" + strings.Join(as, " ") + "}"})
	}
	var srcOr []string
	if len(in.IPs) > 0 {
		var ips []string
		for _, s := range in.IPs {
			s = strings.TrimSpace(s)
			if p, err := netip.ParsePrefix(s); err == nil {
				ips = append(ips, p.Masked().String())
			} else if a, err := netip.ParseAddr(s); err == nil {
				ips = append(ips, a.String())
			} else {
				return nil, nil, fmt.Errorf("ip %q is not an address or CIDR", s)
			}
		}
		srcOr = append(srcOr, "ip.src in {"+strings.Join(ips, " ")+"}")
	}
	for _, l := range in.IPLists {
		l = strings.TrimPrefix(strings.TrimSpace(l), "$")
		if !listRe.MatchString(l) && !strings.HasPrefix(l, "cf.") {
			return nil, nil, fmt.Errorf("ip_lists %q is not a list name ([a-z0-9_], at most 50 characters)", l)
		}
		srcOr = append(srcOr, "ip.src in $"+l)
	}
	add(srcOr)
	for _, l := range in.ExceptIPLists {
		l = strings.TrimPrefix(strings.TrimSpace(l), "$")
		if !listRe.MatchString(l) && !strings.HasPrefix(l, "cf.") {
			return nil, nil, fmt.Errorf("except_ip_lists %q is not a list name", l)
		}
		and = append(and, "not ip.src in $"+l)
	}
	if len(in.UserAgents) > 0 {
		var or []string
		for _, u := range in.UserAgents {
			u = strings.ToLower(strings.TrimSpace(u))
			if u == "" {
				return nil, nil, fmt.Errorf("user_agents holds an empty value")
			}
			or = append(or, "lower(http.user_agent) contains "+rules.QuoteString(u))
		}
		add(or)
	}
	var terms []string
	if len(in.AttackClasses) > 0 {
		seen := map[string]bool{}
		for _, c := range in.AttackClasses {
			c = strings.ToLower(strings.TrimSpace(c))
			if seen[c] {
				continue
			}
			seen[c] = true
			ts, err := ClassTerms(c, plan, in.fields())
			if err != nil {
				return nil, nil, err
			}
			terms = append(terms, ts...)
		}
	}
	if in.AttackScoreBelow != 0 {
		if in.AttackScoreBelow < 2 || in.AttackScoreBelow > 99 {
			return nil, nil, fmt.Errorf("attack_score_below %d is out of range; accepted: 2–99 (1 = certainly an attack)", in.AttackScoreBelow)
		}
		switch plan {
		case rules.PlanEnterprise, rules.PlanUnknown:
			add([]string{"cf.waf.score lt " + strconv.Itoa(in.AttackScoreBelow)})
		case rules.PlanBusiness:
			add([]string{`cf.waf.score.class eq "attack"`})
		default:
			return nil, nil, fmt.Errorf("attack scores need a Business (class) or Enterprise (score) plan; the zone is on %s", plan)
		}
	}
	if len(and) == 0 && len(terms) == 0 {
		return nil, nil, fmt.Errorf("the intent has no condition; give at least one of paths, methods, hosts, countries, asns, ips, ip_lists, user_agents, attack_classes, attack_score_below")
	}
	return and, terms, nil
}

func describe(in Intent) string {
	var what []string
	if len(in.AttackClasses) > 0 {
		what = append(what, strings.Join(in.AttackClasses, "/"))
	}
	if len(in.Paths) > 0 {
		what = append(what, "on "+strings.Join(in.Paths, ", "))
	}
	if len(in.Countries) > 0 {
		what = append(what, "from "+strings.Join(in.Countries, ", "))
	}
	if len(in.UserAgents) > 0 {
		what = append(what, "UA "+strings.Join(in.UserAgents, ", "))
	}
	if len(in.IPLists) > 0 {
		what = append(what, "lists "+strings.Join(in.IPLists, ", "))
	}
	d := strings.ReplaceAll(in.Action, "_", " ") + " " + strings.Join(what, " ")
	d = strings.TrimSpace(d)
	if len(d) > 120 {
		d = d[:120]
	}
	return "cfplane: " + d
}

// rollout stages a blocking rule: observe (log on Enterprise, simulation
// otherwise), challenge, then the final action.
func rollout(r Rule, action string, plan rules.Plan) []Stage {
	stage := func(_ int, act, promo string) Stage {
		return Stage{Action: act, Promotion: promo}
	}
	obs := "Run at least 24 h; promote when the matches reviewed with waf_rule_simulate show under 1% likely false positives (verified bots, allowlisted clients, known customers)."
	chal := "Run at least 72 h; promote when under 1% of challenged visitors solve the challenge (solved challenges indicate humans) and no legitimate client reports errors."
	switch action {
	case "skip":
		return []Stage{stage(1, "skip", "Deploy directly; review the skipped traffic in security events weekly.")}
	case "log":
		return []Stage{stage(1, "log", obs)}
	case "rate_limit":
		if plan == rules.PlanEnterprise {
			return []Stage{stage(1, "log", obs), stage(2, "block", "Final stage; lower requests_per_minute once the observed per-client rate is known.")}
		}
		return []Stage{stage(1, "block", "Start with the proposed threshold; lower it once the observed per-client rate is known.")}
	}
	var out []Stage
	n := 1
	if plan == rules.PlanEnterprise || plan == rules.PlanUnknown {
		out = append(out, stage(n, "log", obs))
	} else {
		s := stage(n, "simulate", "Log needs Enterprise: replay the zone's recent events with waf_rule_simulate; promote when under 1% of matches are likely false positives.")
		out = append(out, s)
	}
	n++
	if action == "managed_challenge" || action == "js_challenge" || action == "challenge" {
		out = append(out, stage(n, action, "Final stage."))
		return out
	}
	out = append(out, stage(n, "managed_challenge", chal))
	out = append(out, stage(n+1, action, "Final stage."))
	return out
}

// deployed are the rules to deploy: Rule, once per part when split.
func (p *Proposal) deployed() []Rule {
	if len(p.Rules) == 0 {
		return []Rule{p.Rule}
	}
	out := make([]Rule, len(p.Rules))
	for i, part := range p.Rules {
		out[i] = p.Rule
		out[i].Expression, out[i].Description = part.Expression, part.Description
	}
	return out
}

func terraform(phase string, rs ...Rule) string {
	var trs []tfhcl.Rule
	for _, r := range rs {
		trs = append(trs, tfRule(r))
	}
	res := "waf_custom"
	if phase == "http_ratelimit" {
		res = "waf_ratelimit"
	}
	return "# Add the rule objects to the rules list of this phase's entry point if it is already managed in Terraform.\n" +
		tfhcl.Ruleset(res, phase, "", trs)
}

func tfRule(r Rule) tfhcl.Rule {
	tr := tfhcl.Rule{Ref: tfhcl.Name(r.Description), Description: r.Description, Expression: r.Expression, Action: r.Action, Enabled: r.Enabled,
		ActionParameters: r.ActionParameters}
	if r.RateLimit != nil {
		ch := make([]any, len(r.RateLimit.Characteristics))
		for i, c := range r.RateLimit.Characteristics {
			ch[i] = c
		}
		tr.RateLimit = map[string]any{"characteristics": ch, "period": r.RateLimit.Period,
			"requests_per_period": r.RateLimit.RequestsPerPeriod, "mitigation_timeout": r.RateLimit.MitigationTimeout}
	}
	return tr
}

func conflicts(n rules.Node, r Rule, existing []Existing, limit int, phase string) []Conflict {
	out := []Conflict{}
	canon := rules.Print(n)
	for _, e := range existing {
		if !e.Enabled {
			continue
		}
		en, err := rules.Parse(e.Expression)
		if err != nil {
			continue
		}
		if rules.Print(en) == canon {
			out = append(out, Conflict{Kind: "duplicate", RuleID: e.ID, Detail: "rule " + e.ID + " has the same expression (action " + e.Action + ")"})
			continue
		}
		if terminating(e.Action) || e.SkipsRest {
			if ok, decided := rules.Contains(en, n); ok && decided {
				out = append(out, Conflict{Kind: "shadowed", RuleID: e.ID, Detail: "rule " + e.ID + " (" + e.Action + ") runs first and matches every request this rule matches; appended after it, the new rule never acts"})
			}
		}
	}
	if limit > 0 && len(existing)+1 > limit {
		out = append(out, Conflict{Kind: "plan_limit", Detail: fmt.Sprintf("the phase already holds %d rules; the plan allows %d", len(existing), limit)})
	}
	if l := len([]rune(r.Expression)); l > rules.MaxExpressionLength {
		out = append(out, Conflict{Kind: "expression_limit", Detail: fmt.Sprintf("expression is %d characters; the limit is %d", l, rules.MaxExpressionLength)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	_ = phase
	return out
}

func terminating(a string) bool {
	switch a {
	case "block", "challenge", "js_challenge", "managed_challenge":
		return true
	}
	return false
}
