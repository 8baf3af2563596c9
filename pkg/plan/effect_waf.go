package plan

import (
	"context"
	"fmt"
	"net/netip"
	"strings"
	"sync"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// Thresholds of a skip's share of the representative requests.
const (
	broadShare = 0.5
	someShare  = 0.1
	// maxUnreachableChecks bounds the containment proofs per changed rule.
	maxUnreachableChecks = 200
)

// sampleRequests is the representative request set skips and list changes
// are replayed on: browsers, API clients, bots and scanners, IPv4 spread
// over the address space and IPv6, both schemes, common methods and paths.
var sampleRequests = sync.OnceValue(func() []*rules.Request {
	ips := []string{"1.1.1.9", "3.120.4.5", "8.8.4.4", "23.45.67.89", "31.13.72.36", "45.33.32.156", "51.15.20.30", "62.210.1.2",
		"66.249.66.1", "77.88.55.60", "81.2.69.142", "91.198.174.192", "104.28.1.2", "109.70.100.1", "121.40.1.2", "133.18.2.3",
		"142.250.180.14", "151.101.1.69", "163.172.1.1", "172.67.1.1", "185.220.101.1", "193.0.6.139", "203.0.113.9", "212.58.244.1",
		"2001:4860:4860::8888", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2a03:2880:f12f:83:face:b00c::25de"}
	uas := []string{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36", "curl/8.5.0",
		"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "sqlmap/1.7", "python-requests/2.31", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile/15E148"}
	paths := []string{"/", "/login", "/api/v1/items", "/admin", "/wp-login.php", "/static/app.js", "/search?q=1"}
	methods := []string{"GET", "POST", "GET", "HEAD", "PUT", "GET", "OPTIONS"}
	countries := []string{"US", "DE", "FR", "CN", "BR", "IN", "RU", "GB", "JP", "KP", "NL"}
	var out []*rules.Request
	for i, ip := range ips {
		p := paths[i%len(paths)]
		q := ""
		if j := strings.IndexByte(p, '?'); j >= 0 {
			p, q = p[:j], p[j+1:]
		}
		s := wafreplay.Request{Method: methods[i%len(methods)], Host: "www.example.com", Path: p, Query: q, IP: ip,
			UserAgent: uas[i%len(uas)], Country: countries[i%len(countries)], ASN: int64(13335 + i*97),
			Headers: map[string]string{"accept": "*/*"}, Scheme: []string{"https", "http"}[i%2], VerifiedBot: i%9 == 8}
		r, err := wafreplay.Prepare(s)
		if err != nil {
			panic("effect sample: " + err.Error())
		}
		out = append(out, r)
	}
	return out
})

// share replays p on the sample and says what part matched.
func share(p *rules.Program, lists rules.ListResolver) float64 {
	reqs := sampleRequests()
	n := 0
	for _, r := range reqs {
		if p.Eval(r, lists) {
			n++
		}
	}
	return float64(n) / float64(len(reqs))
}

type ruleInfo struct {
	v    RuleValue
	node rules.Node
	prog *rules.Program
	err  error
}

func analyze(v RuleValue) ruleInfo {
	ri := ruleInfo{v: v}
	ri.prog, ri.err = rules.Compile(v.Expression, rules.Options{})
	if ri.err == nil {
		ri.node, _ = rules.Parse(v.Expression)
	}
	return ri
}

// breadth is the part of the traffic a rule's expression matches: 1 when
// always true by analysis, else the share of the representative requests.
func (ri ruleInfo) breadth(lists rules.ListResolver) float64 {
	if ri.prog == nil {
		return 0
	}
	if v, ok := rules.ConstValue(ri.node); ok {
		if v {
			return 1
		}
		return 0
	}
	return share(ri.prog, lists)
}

func decodeOpt(raw []byte) *RuleValue {
	if isNull(raw) {
		return nil
	}
	v, err := DecodeRule(raw)
	if err != nil {
		return nil
	}
	return &v
}

// snapshotLists resolves $list references from the snapshot's lists, or
// by reading them when the plan did not.
func (e *Engine) snapshotLists(ctx context.Context, s *Snapshot) rules.ListResolver {
	objs := s.Objects(KindIPList)
	if objs == nil {
		x, ok := e.execs[KindIPList]
		if !ok {
			return nil
		}
		var err error
		if objs, err = x.Read(ctx, s.Zone.ID); err != nil {
			return nil
		}
	}
	m := &rules.MapLists{IPs: map[string][]netip.Prefix{}}
	for _, o := range objs {
		v, err := DecodeList(o.Value)
		if err != nil {
			continue
		}
		m.IPs[v.Name] = listPrefixes(v)
	}
	return m
}

func listPrefixes(v ListValue) []netip.Prefix {
	out := make([]netip.Prefix, 0, len(v.Items))
	for _, it := range v.Items {
		if p, err := netip.ParsePrefix(it.IP); err == nil {
			out = append(out, p)
		} else if a, err := netip.ParseAddr(it.IP); err == nil {
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
		}
	}
	return out
}

func pct(f float64) string { return fmt.Sprintf("%.0f%%", f*100) }

// ruleEffects judges rule ops by what the phase does to requests before and
// after: which requests stop being blocked or challenged, what a skip
// skips and for what share of the traffic, which later rules become
// unreachable, whether managed rulesets and rate limits keep running.
func (e *Engine) ruleEffects(ctx context.Context, s *Snapshot, kind string, ops []Op) []Effect {
	var out []Effect
	var lists rules.ListResolver
	listsRead := false
	resolver := func(exprs ...string) rules.ListResolver {
		for _, x := range exprs {
			if strings.Contains(x, "$") && !listsRead {
				listsRead = true
				lists = e.snapshotLists(ctx, s)
			}
		}
		return lists
	}
	for _, op := range ops {
		b, a := decodeOpt(op.Before), decodeOpt(op.After)
		obj := op.Object
		add := func(class, text string) { out = append(out, Effect{Class: class, Object: obj, Text: text}) }
		n := len(out)
		switch kind {
		case KindManagedRule:
			managedEffects(b, a, add)
		case KindRateLimitRule:
			if b != nil && b.Enabled && (a == nil || !a.Enabled || !containsExpr(a.Expression, b.Expression)) {
				add("waf.ratelimit_off", "rate limiting stops for requests it counted")
			}
		default:
			bBlocks := b != nil && b.Enabled && blocking(b.Action)
			aBlocks := a != nil && a.Enabled && blocking(a.Action)
			switch {
			case bBlocks && !aBlocks:
				add("waf.stops_blocking", "requests it acted on ("+b.Action+") now pass")
			case bBlocks && aBlocks && b.Expression != a.Expression:
				if v, ok := constOf(a.Expression); ok && !v {
					add("waf.stops_blocking", "never matches any more: requests it acted on ("+b.Action+") now pass")
				} else if !containsExpr(a.Expression, b.Expression) {
					add("waf.stops_blocking", "no longer matches requests it acted on ("+b.Action+"): the new expression does not cover the old")
				}
			}
			bSkip := b != nil && b.Enabled && b.Action == "skip"
			aSkip := a != nil && a.Enabled && a.Action == "skip"
			if aSkip {
				ai := analyze(*a)
				ab := ai.breadth(resolver(a.Expression))
				bb := 0.0
				if bSkip {
					bb = analyze(*b).breadth(resolver(b.Expression))
				}
				_, _, what := SkipParams(*a)
				if bSkip && ab <= bb && string(a.ActionParameters) == string(b.ActionParameters) {
					add("waf.less_skipping", "skips as much or less")
					break
				}
				desc := "skips " + strings.Join(what, "; ")
				switch {
				case ab >= broadShare:
					add("waf.skip_broad", desc+" for ~"+pct(ab)+" of requests (matches ~everything)")
				case ab >= someShare:
					add("waf.skip_some", desc+" for ~"+pct(ab)+" of requests")
				default:
					add("waf.skip_narrow", desc+" for a narrow set of requests")
					if rs, _, _ := SkipParams(*a); rs == "current" && ai.node != nil {
						if u := unreachable(s, kind, *a, ai.node); len(u) > 0 {
							add("waf.unreachable", fmt.Sprintf("makes %d later rule(s) unreachable: %s", len(u), short(u)))
						}
					}
				}
			} else if bSkip {
				add("waf.less_skipping", "no longer skips")
			}
		}
		if len(out) == n {
			if b == nil {
				add("waf.added", "new rule")
			} else {
				add("waf.changed", "rule changes without taking protection away")
			}
		}
	}
	return out
}

func constOf(expr string) (bool, bool) {
	n, err := rules.Parse(expr)
	if err != nil {
		return false, false
	}
	return rules.ConstValue(n)
}

// containsExpr: every request b matches, a matches too (proved).
func containsExpr(a, b string) bool {
	if a == b {
		return true
	}
	na, err1 := rules.Parse(a)
	nb, err2 := rules.Parse(b)
	if err1 != nil || err2 != nil {
		return false
	}
	ok, decided := rules.Contains(na, nb)
	return ok && decided
}

// unreachable lists the enabled blocking rules after a skip-current rule
// that it contains (every request they match skips them first).
func unreachable(s *Snapshot, kind string, a RuleValue, node rules.Node) []string {
	var out []string
	checks := 0
	// Prefilter (as wafcheck's shadowing check): a rule can only be
	// contained when it conditions on every field the skip does.
	fields := rules.FieldsUsed(node)
	for _, o := range s.Objects(kind) {
		mentions := true
		for _, f := range fields {
			if !mentionsField(string(o.Value), f) {
				mentions = false
				break
			}
		}
		if !mentions {
			continue
		}
		v, err := DecodeRule(o.Value)
		if err != nil || v.Position < a.Position || !v.Enabled || !blocking(v.Action) || v.Ref == a.Ref {
			continue
		}
		if checks++; checks > maxUnreachableChecks {
			break
		}
		n, err := rules.Parse(v.Expression)
		if err != nil {
			continue
		}
		if ok, decided := rules.Contains(node, n); ok && decided {
			out = append(out, o.Label)
		}
	}
	return out
}

func managedEffects(b, a *RuleValue, add func(class, text string)) {
	bid, bdep := "", false
	if b != nil {
		bid, bdep = deploys(*b)
	}
	aid, adep := "", false
	if a != nil {
		aid, adep = deploys(*a)
	}
	if bdep && (!adep || aid != bid) {
		add("waf.managed_removed", "managed ruleset "+managedName(bid, *b)+" no longer runs")
		return
	}
	if bdep && adep && b.Expression != a.Expression && !containsExpr(a.Expression, b.Expression) {
		add("waf.managed_removed", "managed ruleset "+managedName(aid, *a)+" no longer runs for requests it covered")
		return
	}
	if adep {
		ao := Overrides(*a)
		var bo ManagedOverrides
		if b != nil {
			bo = Overrides(*b)
		}
		if ao.Action == "log" && bo.Action != "log" {
			add("waf.managed_log", "managed ruleset "+managedName(aid, *a)+" only logs: it no longer blocks")
		} else if d := disabledParts(ao) - disabledParts(bo); d > 0 {
			add("waf.managed_weaker", fmt.Sprintf("managed ruleset %s: %d more categories or rules disabled or set to log", managedName(aid, *a), d))
		}
	}
}

// mentionsField reports whether the text names field f as a whole (not as
// the start of a longer field: ip.src is not in ip.src.country).
func mentionsField(text, f string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], f)
		if j < 0 {
			return false
		}
		end := i + j + len(f)
		if end == len(text) {
			return true
		}
		c := text[end]
		if !(c == '.' || c == '_' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return true
		}
		i = end
	}
}
