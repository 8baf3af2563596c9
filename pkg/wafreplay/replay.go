// Package wafreplay evaluates WAF rules, in order and with terminating
// actions, against sample requests (inline or the zone's recent security
// events) and reports what each rule would match.
package wafreplay

import (
	"fmt"
	"net/netip"
	"sort"
	"strconv"
	"strings"

	"go4.org/netipx"

	"github.com/cfplane/cfplane/pkg/rules"
)

// Request is one sample request.
type Request struct {
	Method      string            `json:"method,omitempty"`
	Host        string            `json:"host,omitempty"`
	Path        string            `json:"path,omitempty"`
	Query       string            `json:"query,omitempty"`
	Headers     map[string]string `json:"headers,omitempty"`
	UserAgent   string            `json:"user_agent,omitempty"`
	IP          string            `json:"ip,omitempty"`
	Country     string            `json:"country,omitempty"`
	ASN         int64             `json:"asn,omitempty"`
	Body        string            `json:"body,omitempty"`
	VerifiedBot bool              `json:"verified_bot,omitempty"`
	WAFScores   map[string]int    `json:"waf_scores,omitempty" jsonschema:"cf.waf.score: all, sqli, xss, rce (1 attack, 99 clean = absent)"`
	Scheme      string            `json:"-"`
}

// Rule is one rule to evaluate. A skip rule ends the evaluation of the
// remaining rules (ruleset "current").
type Rule struct {
	ID         string `json:"id,omitempty"`
	Action     string `json:"action"`
	Expression string `json:"expression"`
	Enabled    *bool  `json:"enabled,omitempty"`
}

// Sample is a matched request in short: "METHOD host/path?query ip
// country ASn ua", with the false-positive reason when there is one.
type Sample = string

// RuleStats is what one rule matched. Top maps hold at most five values.
type RuleStats struct {
	ID         string         `json:"id"`
	Action     string         `json:"action"`
	Enabled    bool           `json:"enabled"`
	Matches    int            `json:"matches" jsonschema:"requests that reached the rule and matched"`
	Preempted  int            `json:"preempted" jsonschema:"matching requests an earlier rule already ended"`
	TopPaths   map[string]int `json:"top_paths"`
	TopIPs     map[string]int `json:"top_ips"`
	TopASNs    map[string]int `json:"top_asns"`
	TopCountry map[string]int `json:"top_countries"`
	Samples    []Sample       `json:"samples"`
	LikelyFP   int            `json:"likely_false_positives" jsonschema:"matches on verified bots or allowlisted clients"`
	FPSamples  []Sample       `json:"false_positive_samples"`
}

// Result is the simulation outcome.
type Result struct {
	Source   string         `json:"source"`
	Requests int            `json:"requests"`
	Rules    []RuleStats    `json:"rules"`
	Outcomes map[string]int `json:"outcomes" jsonschema:"final action per request (none = no terminating rule)"`
	Notes    []string       `json:"notes"`
}

// Options tune a run.
type Options struct {
	Plan      rules.Plan
	Lists     rules.ListResolver
	Allowlist *netipx.IPSet
	// AllowNames names the allowlist's sources, for reasons.
	AllowNames string
	Samples    int
	// Combined: a rule's expression may or several deployed rules together
	// (a proposal split because of the length limit), so the 4096-character
	// limit is not checked.
	Combined bool
}

var terminating = map[string]bool{"block": true, "challenge": true, "js_challenge": true, "managed_challenge": true}

var knownGoodBots = []string{"googlebot", "bingbot", "applebot", "duckduckbot", "yandexbot", "baiduspider", "slurp", "facebookexternalhit", "linkedinbot", "twitterbot", "uptimerobot", "pingdom"}

// Prepare turns a sample into a Rules request as an Enterprise zone sees
// it (body fields filled); PrepareFor takes the plan.
func Prepare(s Request) (*rules.Request, error) { return PrepareFor(s, rules.PlanUnknown) }

// PrepareFor turns a sample into a Rules request as the edge presents it
// on plan: the body cut to the plan's limit and parsed into the form and
// multipart fields (FillBody), attack scores absent from the sample read
// as 99 (clean) so score thresholds do not match unscored samples.
func PrepareFor(s Request, plan rules.Plan) (*rules.Request, error) {
	r := &rules.Request{Method: strings.ToUpper(strOr(s.Method, "GET")), Scheme: strOr(s.Scheme, "https"), Host: strings.ToLower(s.Host),
		Path: strOr(s.Path, "/"), Query: strings.TrimPrefix(s.Query, "?"), Country: strings.ToUpper(s.Country), ASN: s.ASN,
		UserAgent: s.UserAgent, VerifiedBot: s.VerifiedBot, Body: s.Body, Version: "HTTP/1.1"}
	score := func(k string) int64 {
		if v, ok := s.WAFScores[k]; ok && v >= 1 && v <= 99 {
			return int64(v)
		}
		return 99
	}
	r.WAFScore, r.WAFScoreSQLi, r.WAFScoreXSS, r.WAFScoreRCE = score("all"), score("sqli"), score("xss"), score("rce")
	switch {
	case r.WAFScore <= 20:
		r.WAFScoreClass = "attack"
	case r.WAFScore <= 50:
		r.WAFScoreClass = "likely_attack"
	case r.WAFScore <= 80:
		r.WAFScoreClass = "likely_clean"
	default:
		r.WAFScoreClass = "clean"
	}
	if !strings.HasPrefix(r.Path, "/") {
		return nil, fmt.Errorf("path %q must start with /", s.Path)
	}
	r.Headers = map[string][]string{}
	for k, v := range s.Headers {
		r.Headers[strings.ToLower(k)] = []string{v}
	}
	if r.Host != "" {
		r.Headers["host"] = []string{r.Host}
	}
	if s.UserAgent != "" {
		r.Headers["user-agent"] = []string{s.UserAgent}
	}
	ct := ""
	for k, v := range s.Headers {
		if strings.EqualFold(k, "content-type") {
			ct = v
		}
	}
	FillBody(r, ct, plan)
	if s.IP != "" {
		a, err := netip.ParseAddr(s.IP)
		if err != nil {
			return nil, fmt.Errorf("ip %q is not an address", s.IP)
		}
		r.SrcIP = a
	}
	r.Prepare()
	return r, nil
}

func strOr(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// Run evaluates rules in order against the requests.
func Run(source string, ruleList []Rule, reqs []Request, o Options) (*Result, error) {
	if o.Samples <= 0 {
		o.Samples = 5
	}
	type compiled struct {
		p  *rules.Program
		st *RuleStats
		r  Rule
		c  map[string]map[string]int
	}
	var cs []*compiled
	for i, r := range ruleList {
		id := strOr(r.ID, "rule-"+strconv.Itoa(i+1))
		st := &RuleStats{ID: id, Action: r.Action, Enabled: r.Enabled == nil || *r.Enabled, Samples: []Sample{}, FPSamples: []Sample{}}
		p, err := rules.Compile(r.Expression, rules.Options{Plan: o.Plan, Combined: o.Combined})
		if err != nil {
			return nil, fmt.Errorf("rule %s: the expression does not compile: %v", id, err)
		}
		cs = append(cs, &compiled{p: p, st: st, r: r, c: map[string]map[string]int{"path": {}, "ip": {}, "asn": {}, "country": {}}})
	}
	res := &Result{Source: source, Requests: len(reqs), Outcomes: map[string]int{}, Notes: []string{}}
	var bodies, truncated int
	for i, s := range reqs {
		rq, err := PrepareFor(s, o.Plan)
		if err != nil {
			return nil, fmt.Errorf("request %d: %v", i, err)
		}
		if s.Body != "" {
			bodies++
		}
		if rq.BodyTruncated {
			truncated++
		}
		done := false
		outcome := "none"
		for _, c := range cs {
			if !c.st.Enabled {
				continue
			}
			if !c.p.Eval(rq, o.Lists) {
				continue
			}
			if done {
				c.st.Preempted++
				continue
			}
			c.st.Matches++
			c.c["path"][rq.Path]++
			if rq.SrcIP.IsValid() {
				c.c["ip"][rq.SrcIP.String()]++
			}
			if rq.ASN != 0 {
				c.c["asn"][strconv.FormatInt(rq.ASN, 10)]++
			}
			if rq.Country != "" {
				c.c["country"][rq.Country]++
			}
			sm := sample(i, rq)
			if reason := fpReason(s, rq, o); reason != "" && c.r.Action != "skip" {
				c.st.LikelyFP++
				if len(c.st.FPSamples) < o.Samples {
					c.st.FPSamples = append(c.st.FPSamples, sm+" — "+reason)
				}
			}
			if len(c.st.Samples) < o.Samples {
				c.st.Samples = append(c.st.Samples, sm)
			}
			if terminating[c.r.Action] {
				done = true
				outcome = c.r.Action
			} else if c.r.Action == "skip" {
				done = true
				outcome = "skip"
			}
		}
		res.Outcomes[outcome]++
	}
	if bodies > 0 && BodyLimit(o.Plan) == 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("%d requests have a body; on %s rules cannot read bodies (body fields need Enterprise), so body fields were left empty", bodies, o.Plan))
	}
	if truncated > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("%d request bodies exceed the %d KB the edge inspects: body fields hold the first %d KB and http.request.body.truncated is true", truncated, BodyLimit(o.Plan)/1024, BodyLimit(o.Plan)/1024))
	}
	for _, c := range cs {
		c.st.TopPaths = top(c.c["path"])
		c.st.TopIPs = top(c.c["ip"])
		c.st.TopASNs = top(c.c["asn"])
		c.st.TopCountry = top(c.c["country"])
		if !c.st.Enabled {
			res.Notes = append(res.Notes, "rule "+c.st.ID+" is disabled and was not evaluated")
		}
		res.Rules = append(res.Rules, *c.st)
	}
	return res, nil
}

func fpReason(s Request, rq *rules.Request, o Options) string {
	if s.VerifiedBot {
		return "verified bot"
	}
	if o.Allowlist != nil && rq.SrcIP.IsValid() && o.Allowlist.Contains(rq.SrcIP) {
		return "allowlisted client (" + o.AllowNames + ")"
	}
	ua := strings.ToLower(rq.UserAgent)
	for _, b := range knownGoodBots {
		if strings.Contains(ua, b) {
			return "claims to be a known good bot (" + b + "); verify with cf.bot_management.verified_bot"
		}
	}
	return ""
}

func top(m map[string]int) map[string]int {
	type kv struct {
		k string
		v int
	}
	all := make([]kv, 0, len(m))
	for k, v := range m {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].v != all[j].v {
			return all[i].v > all[j].v
		}
		return all[i].k < all[j].k
	})
	out := map[string]int{}
	for i, x := range all {
		if i == 5 {
			break
		}
		out[x.k] = x.v
	}
	return out
}

func sample(i int, r *rules.Request) string {
	s := fmt.Sprintf("#%d %s %s%s", i, r.Method, r.Host, r.Path)
	if r.Query != "" {
		s += "?" + r.Query
	}
	if r.SrcIP.IsValid() {
		s += " ip=" + r.SrcIP.String()
	}
	if r.Country != "" {
		s += " country=" + r.Country
	}
	if r.ASN != 0 {
		s += " asn=" + strconv.FormatInt(r.ASN, 10)
	}
	if r.UserAgent != "" {
		s += " ua=" + strconv.Quote(r.UserAgent)
	}
	return s
}
