package wafintel

import (
	"context"
	"fmt"
	"net/netip"
	"strings"
	"time"
	"unicode/utf8"

	"go4.org/netipx"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// Caps of waf_rule_simulate.
const (
	maxSimRules    = 200
	maxSimRequests = 5000
	maxSimEvents   = 10000
	maxSimHours    = 72
)

// RuleSimulateArgs are waf_rule_simulate's arguments.
type RuleSimulateArgs struct {
	Expression string              `json:"expression,omitempty" jsonschema:"one expression (or rules)"`
	Action     string              `json:"action,omitempty" jsonschema:"for expression (default block)"`
	Rules      []wafreplay.Rule    `json:"rules,omitempty" jsonschema:"in order; block/challenge/skip end evaluation"`
	Requests   []wafreplay.Request `json:"requests,omitempty" jsonschema:"inline samples (max 5000)"`
	Zone       string              `json:"zone,omitempty" jsonschema:"its security events (if no requests) and lists"`
	Hours      int                 `json:"hours,omitempty" jsonschema:"default 24, max 72"`
	Limit      int                 `json:"limit,omitempty" jsonschema:"max events (default 1000, max 10000)"`
	Allowlist  []string            `json:"allowlist,omitempty" jsonschema:"trusted CIDRs (matches = likely false positives)"`
	Plan       string              `json:"plan,omitempty"`
}

func wafRuleSimulate(d *cli.Deps) mcpkit.Tool {
	return mcpkit.NewTool("waf_rule_simulate",
		"Replay an expression or ordered rules on sample requests or the zone's recent security events: matches per rule, top paths/IPs/ASNs/countries, likely false positives.",
		mcpkit.ReadHints,
		func(ctx context.Context, a RuleSimulateArgs) (wafreplay.Result, error) {
			plan, err := rules.ParsePlan(a.Plan)
			if err != nil {
				return wafreplay.Result{}, mcpkit.Errorf("plan %q is not accepted; accepted: free, pro, business, enterprise", a.Plan)
			}
			ruleList := a.Rules
			switch {
			case strings.TrimSpace(a.Expression) != "" && len(a.Rules) > 0:
				return wafreplay.Result{}, mcpkit.Errorf("pass expression or rules, not both")
			case utf8.RuneCountInString(a.Expression) > rules.MaxExpressionLength:
				return wafreplay.Result{}, mcpkit.Errorf("expression is %d characters, the limit of one rule is %d; a proposal split over several rules (waf_rule_synthesize's rules) is replayed by passing them as rules, in order",
					utf8.RuneCountInString(a.Expression), rules.MaxExpressionLength)
			case strings.TrimSpace(a.Expression) != "":
				ruleList = []wafreplay.Rule{{ID: "expression", Action: strOr(a.Action, "block"), Expression: a.Expression}}
			case len(a.Rules) == 0:
				return wafreplay.Result{}, mcpkit.Errorf("pass expression or rules (an ordered list of {id, action, expression})")
			}
			if len(ruleList) > maxSimRules {
				return wafreplay.Result{}, mcpkit.Errorf("%d rules; the limit is %d", len(ruleList), maxSimRules)
			}
			for i, r := range ruleList {
				if !simActions[r.Action] {
					return wafreplay.Result{}, mcpkit.Errorf("rule %d: action %q is not accepted; accepted: block, challenge, js_challenge, managed_challenge, log, skip", i, r.Action)
				}
			}
			if len(a.Requests) > maxSimRequests {
				return wafreplay.Result{}, mcpkit.Errorf("%d requests; the limit is %d", len(a.Requests), maxSimRequests)
			}
			var allow netipx.IPSetBuilder
			names := []string{}
			for _, c := range a.Allowlist {
				p, err := parseCIDR(c)
				if err != nil {
					return wafreplay.Result{}, mcpkit.Errorf("allowlist %q is not an address or CIDR", c)
				}
				allow.AddPrefix(p)
			}
			if len(a.Allowlist) > 0 {
				names = append(names, "allowlist argument")
			}
			opts := wafreplay.Options{Plan: plan}
			reqs := a.Requests
			source := "inline"
			if strings.TrimSpace(a.Zone) != "" {
				z, err := zoneFor(ctx, d, a.Zone)
				if err != nil {
					return wafreplay.Result{}, err
				}
				lists, trusted, err := zoneLists(ctx, d)
				if err != nil {
					return wafreplay.Result{}, err
				}
				opts.Lists = lists
				for name, ps := range trusted {
					for _, p := range ps {
						allow.AddPrefix(p)
					}
					names = append(names, "list "+name)
				}
				if len(reqs) == 0 {
					hours := a.Hours
					if hours == 0 {
						hours = 24
					}
					if hours < 1 || hours > maxSimHours {
						return wafreplay.Result{}, mcpkit.Errorf("hours %d is out of range; accepted: 1–%d", hours, maxSimHours)
					}
					limit := a.Limit
					if limit == 0 {
						limit = 1000
					}
					if limit < 1 || limit > maxSimEvents {
						return wafreplay.Result{}, mcpkit.Errorf("limit %d is out of range; accepted: 1–%d", limit, maxSimEvents)
					}
					reqs, err = securityEvents(ctx, d, z.ID, hours, limit)
					if err != nil {
						return wafreplay.Result{}, err
					}
					source = fmt.Sprintf("security events of %s, last %d h", z.Name, hours)
				}
			} else if len(reqs) == 0 {
				return wafreplay.Result{}, mcpkit.Errorf("pass requests (inline samples) or zone (replays its recent security events)")
			}
			set, _ := allow.IPSet()
			opts.Allowlist = set
			opts.AllowNames = strings.Join(names, ", ")
			res, err := wafreplay.Run(source, ruleList, reqs, opts)
			if err != nil {
				return wafreplay.Result{}, mcpkit.Errorf("%v", err)
			}
			if source != "inline" {
				res.Notes = append(res.Notes, "security events are requests that already triggered a security feature; they show what the rules catch among suspicious traffic, not their effect on all traffic")
				if len(reqs) == 0 {
					res.Notes = append(res.Notes, "no security events in the window")
				}
			}
			// Paths, queries and user agents come from clients: from the
			// zone's security events, or logs the caller copied.
			res.Notes = append(res.Notes, untrustedNotes("paths, queries and user agents of the replayed requests", replayTexts(res))...)
			return *res, nil
		})
}

var simActions = map[string]bool{"block": true, "challenge": true, "js_challenge": true, "managed_challenge": true, "log": true, "skip": true}

func strOr(s, d string) string {
	if strings.TrimSpace(s) == "" {
		return d
	}
	return s
}

func parseCIDR(s string) (netip.Prefix, error) {
	s = strings.TrimSpace(s)
	if p, err := netip.ParsePrefix(s); err == nil {
		return p.Masked(), nil
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Prefix{}, err
	}
	return netip.PrefixFrom(a, a.BitLen()), nil
}

// trustedListWords mark lists whose members are trusted clients.
var trustedListWords = []string{"allow", "office", "trusted", "partner", "admin", "internal", "corp"}

// zoneLists loads the account's IP lists for evaluation; lists whose name
// says they hold trusted clients are returned separately.
func zoneLists(ctx context.Context, d *cli.Deps) (*rules.MapLists, map[string][]netip.Prefix, error) {
	ls, err := d.Client.ListIPLists(ctx)
	if err != nil {
		return nil, nil, mcpkit.Errorf("listing account lists failed: %v", err)
	}
	m := &rules.MapLists{IPs: map[string][]netip.Prefix{}}
	trusted := map[string][]netip.Prefix{}
	for i, l := range ls {
		if i >= 50 || l.Kind != "ip" {
			continue
		}
		items, err := d.Client.ListListItems(ctx, l.ID, "", 10000)
		if err != nil {
			return nil, nil, mcpkit.Errorf("listing the items of list %s failed: %v", l.Name, err)
		}
		for _, it := range items.Items {
			if p, err := parseCIDR(it.IP); err == nil {
				m.IPs[l.Name] = append(m.IPs[l.Name], p)
			}
		}
		for _, w := range trustedListWords {
			if strings.Contains(l.Name, w) {
				trusted[l.Name] = m.IPs[l.Name]
				break
			}
		}
	}
	return m, trusted, nil
}

// sampledFields are the fields of sampledRequest, as the analytics
// datasets name them.
const sampledFields = `clientIP clientCountryName clientAsn clientRequestHTTPHost clientRequestHTTPMethodName
        clientRequestPath clientRequestQuery clientRequestScheme userAgent`

const eventsQuery = `query Events($zoneTag: string, $since: Time!, $until: Time!, $limit: uint64!) {
  viewer {
    zones(filter: { zoneTag: $zoneTag }) {
      firewallEventsAdaptive(filter: { datetime_geq: $since, datetime_leq: $until }, limit: $limit, orderBy: [datetime_DESC]) {
        action ` + sampledFields + `
      }
    }
  }
}`

// sampledRequest is one request as the analytics datasets describe it
// (firewallEventsAdaptive rows, httpRequestsAdaptiveGroups dimensions).
type sampledRequest struct {
	IP      string `json:"clientIP"`
	Country string `json:"clientCountryName"`
	ASN     any    `json:"clientAsn"` // a string in the API; numbers are accepted too
	Host    string `json:"clientRequestHTTPHost"`
	Method  string `json:"clientRequestHTTPMethodName"`
	Path    string `json:"clientRequestPath"`
	Query   string `json:"clientRequestQuery"`
	Scheme  string `json:"clientRequestScheme"`
	UA      string `json:"userAgent"`
}

func (e sampledRequest) request() wafreplay.Request {
	var asn int64
	fmt.Sscan(fmt.Sprint(e.ASN), &asn)
	path := e.Path
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	return wafreplay.Request{Method: e.Method, Host: e.Host, Path: path, Query: strings.TrimPrefix(e.Query, "?"),
		IP: e.IP, Country: e.Country, ASN: asn, UserAgent: e.UA, Scheme: e.Scheme}
}

// analyticsWindow is the GraphQL variables for the last hours of a zone,
// on the sandbox's clock when it serves the zone.
func analyticsWindow(d *cli.Deps, zoneID string, hours, limit int) map[string]any {
	now := time.Now().UTC()
	if d.Sim != nil {
		now = d.Sim.Now().UTC()
	}
	return map[string]any{"zoneTag": zoneID, "since": now.Add(-time.Duration(hours) * time.Hour).Format(time.RFC3339),
		"until": now.Format(time.RFC3339), "limit": limit}
}

func securityEvents(ctx context.Context, d *cli.Deps, zoneID string, hours, limit int) ([]wafreplay.Request, error) {
	var out struct {
		Viewer struct {
			Zones []struct {
				Events []sampledRequest `json:"firewallEventsAdaptive"`
			} `json:"zones"`
		} `json:"viewer"`
	}
	if err := d.Client.GraphQL(ctx, eventsQuery, analyticsWindow(d, zoneID, hours, limit), &out); err != nil {
		return nil, mcpkit.Errorf("reading security events failed: %v", err)
	}
	var reqs []wafreplay.Request
	for _, z := range out.Viewer.Zones {
		for _, e := range z.Events {
			reqs = append(reqs, e.request())
		}
	}
	return reqs, nil
}
