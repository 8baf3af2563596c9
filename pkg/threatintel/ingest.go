package threatintel

import (
	"fmt"
	"net/netip"
	"sort"
	"strings"
	"time"

	"go4.org/netipx"

	"github.com/cfplane/cfplane/pkg/lazyre"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/tfhcl"
)

// Options shape the list proposal.
type Options struct {
	Source   string // feed name for provenance and comments
	ListName string // default ti_<source>
	Plan     rules.Plan
	// ExistingItems counts items already in the account's lists (they
	// share the plan's budget).
	ExistingItems int
	// Allowlist holds networks that must never be blocked (office, partners,
	// the zone's origins).
	Allowlist []netip.Prefix
	MaxItems  int // default 1000
	TTLDays   int // default 30
	Action    string
	Now       time.Time
}

// Item is a proposed list item.
type Item struct {
	IP      string `json:"ip"`
	Comment string `json:"comment"`
}

// Provenance says where the items came from and what was removed.
type Provenance struct {
	Source            string   `json:"source"`
	Format            string   `json:"format"`
	IngestedAt        string   `json:"ingested_at"`
	ExpiresAt         string   `json:"expires_at"`
	Lines             int      `json:"lines"`
	Entries           int      `json:"entries"`
	Duplicates        int      `json:"duplicates"`
	RemovedReserved   int      `json:"removed_reserved" jsonschema:"entries overlapping bogon/reserved space"`
	RemovedCloudflare int      `json:"removed_cloudflare"`
	RemovedAllowlist  int      `json:"removed_allowlisted"`
	WidenedIPv6       int      `json:"widened_ipv6_to_64"`
	Aggregated        int      `json:"aggregated_cidrs"`
	Dropped           int      `json:"dropped_over_budget"`
	Budget            int      `json:"budget"`
	SkippedIndicators int      `json:"skipped_indicators"`
	Skipped           []string `json:"skipped" jsonschema:"first 20 skipped indicators with the reason"`
}

// Rule is the proposed rule, in the Cloudflare API shape.
type Rule struct {
	Action      string `json:"action"`
	Expression  string `json:"expression"`
	Description string `json:"description"`
	Enabled     bool   `json:"enabled"`
}

// Result is the proposal.
type Result struct {
	ListName   string     `json:"list_name"`
	Complete   bool       `json:"complete" jsonschema:"false when items were dropped to fit the budget"`
	Items      []Item     `json:"items"`
	Rule       Rule       `json:"rule"`
	Terraform  string     `json:"terraform"`
	Provenance Provenance `json:"provenance"`
}

// List item budget across all lists (plans/index.json).
var planItems = map[rules.Plan]int{rules.PlanFree: 10000, rules.PlanPro: 10000, rules.PlanBusiness: 10000, rules.PlanEnterprise: 500000, rules.PlanUnknown: 10000}

var listNameRe = lazyre.New(`^[a-z0-9_]{1,50}$`)

// Ingest turns parsed entries into a list proposal.
func Ingest(p *Parsed, o Options) (*Result, error) {
	if o.Now.IsZero() {
		o.Now = time.Now().UTC()
	}
	if o.TTLDays == 0 {
		o.TTLDays = 30
	}
	if o.TTLDays < 1 || o.TTLDays > 365 {
		return nil, fmt.Errorf("ttl_days %d is out of range; accepted: 1–365", o.TTLDays)
	}
	src := strings.TrimSpace(o.Source)
	if src == "" {
		src = p.Format
	}
	name := o.ListName
	if name == "" {
		name = "ti_" + tfhcl.Name(src)
		if len(name) > 50 {
			name = name[:50]
		}
	}
	if !listNameRe.MatchString(name) {
		return nil, fmt.Errorf("list name %q is not accepted; use lowercase letters, digits and _ (at most 50)", name)
	}
	action := o.Action
	if action == "" {
		action = "block"
		if p.Confidence >= 0 && p.Confidence < 50 {
			action = "managed_challenge"
		}
	}
	switch action {
	case "block", "managed_challenge", "js_challenge", "challenge":
	default:
		return nil, fmt.Errorf("action %q is not accepted; accepted: block, managed_challenge, js_challenge, challenge", action)
	}
	budget := planItems[o.Plan] - o.ExistingItems
	max := o.MaxItems
	if max == 0 {
		max = 1000
	}
	if max < 1 {
		return nil, fmt.Errorf("max_items must be positive")
	}
	if budget <= 0 {
		return nil, fmt.Errorf("the account's lists already hold %d items; the %s plan allows %d across all lists", o.ExistingItems, planLabel(o.Plan), planItems[o.Plan])
	}
	if max > budget {
		max = budget
	}

	var allowB netipx.IPSetBuilder
	for _, a := range o.Allowlist {
		allowB.AddPrefix(a.Masked())
	}
	allow, _ := allowB.IPSet()
	reserved, cf := Bogons(true), CloudflareRanges()

	prov := Provenance{Source: src, Format: p.Format, IngestedAt: o.Now.Format(time.RFC3339), Lines: p.Lines, Entries: len(p.Entries),
		Budget: max, SkippedIndicators: len(p.Skipped), Skipped: []string{}}
	for i, s := range p.Skipped {
		if i == 20 {
			break
		}
		prov.Skipped = append(prov.Skipped, s.Ref+": "+s.Reason)
	}
	var b netipx.IPSetBuilder
	seen := make(map[netip.Prefix]struct{}, len(p.Entries))
	for _, e := range p.Entries {
		pfx := e.Prefix
		if pfx.Addr().Is6() && pfx.Bits() > 64 {
			pfx, _ = pfx.Addr().Prefix(64)
			prov.WidenedIPv6++
		}
		if _, dup := seen[pfx]; dup {
			prov.Duplicates++
			continue
		}
		seen[pfx] = struct{}{}
		switch {
		case reserved.OverlapsPrefix(pfx):
			prov.RemovedReserved++
		case cf.OverlapsPrefix(pfx):
			prov.RemovedCloudflare++
		case allow.OverlapsPrefix(pfx):
			prov.RemovedAllowlist++
		}
		b.AddPrefix(pfx)
	}
	b.RemoveSet(reserved)
	b.RemoveSet(cf)
	b.RemoveSet(allow)
	set, err := b.IPSet()
	if err != nil {
		return nil, err
	}
	var out []netip.Prefix
	for _, pfx := range set.Prefixes() {
		out = append(out, listable(pfx)...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Bits() != out[j].Bits() {
			return out[i].Bits() < out[j].Bits()
		}
		return out[i].Addr().Less(out[j].Addr())
	})
	prov.Aggregated = len(out)
	expires := o.Now.Add(time.Duration(o.TTLDays) * 24 * time.Hour)
	if !p.ValidUntil.IsZero() && p.ValidUntil.Before(expires) {
		expires = p.ValidUntil.UTC()
	}
	prov.ExpiresAt = expires.Format(time.RFC3339)
	res := &Result{ListName: name, Complete: true, Items: []Item{}, Provenance: prov}
	if len(out) > max {
		res.Complete = false
		res.Provenance.Dropped = len(out) - max
		out = out[:max]
	}
	comment := fmt.Sprintf("%s %s expires %s", src, o.Now.Format("2006-01-02"), expires.Format("2006-01-02"))
	if len(comment) > 500 {
		comment = comment[:500]
	}
	var tfItems []tfhcl.ListItem
	for _, pfx := range out {
		ip := pfx.String()
		if pfx.Addr().Is4() && pfx.Bits() == 32 {
			ip = pfx.Addr().String()
		}
		res.Items = append(res.Items, Item{IP: ip, Comment: comment})
		tfItems = append(tfItems, tfhcl.ListItem{IP: ip, Comment: comment})
	}
	expr := "ip.src in $" + name
	res.Rule = Rule{Action: action, Expression: expr, Description: "Threat intel: " + src + " (expires " + expires.Format("2006-01-02") + ")", Enabled: true}
	listDesc := "Threat intel from " + src + "; expires " + expires.Format(time.RFC3339)
	ruleset := tfhcl.Ruleset("waf_custom", "http_request_firewall_custom", "", []tfhcl.Rule{{Ref: name, Description: res.Rule.Description, Expression: expr, Action: action, Enabled: true}})
	// Checked against the provider schema: the ruleset whole, the list on
	// its first items (every item is written the same way).
	if err := tfhcl.Check(ruleset + "\n" + tfhcl.List(name, name, listDesc, tfItems[:min(len(tfItems), 3)])); err != nil {
		return nil, err
	}
	res.Terraform = tfhcl.List(name, name, listDesc, tfItems) + "\n" + ruleset
	return res, nil
}

// listable splits a prefix into ones a Cloudflare IP list accepts: IPv4
// /8–/32, IPv6 /4–/64 (longer IPv6 prefixes cannot be listed and are
// dropped; they only arise when an allowlisted range cuts a /64).
func listable(p netip.Prefix) []netip.Prefix {
	minBits, maxBits := 8, 32
	if p.Addr().Is6() {
		minBits, maxBits = 4, 64
	}
	if p.Bits() > maxBits {
		return nil
	}
	if p.Bits() >= minBits {
		return []netip.Prefix{p}
	}
	// Split into /minBits prefixes.
	hi := netipx.RangeOfPrefix(p).To()
	var out []netip.Prefix
	a := p.Masked().Addr()
	for {
		q := netip.PrefixFrom(a, minBits)
		out = append(out, q)
		last := netipx.PrefixLastIP(q)
		if last == hi {
			break
		}
		a = last.Next()
	}
	return out
}

func planLabel(p rules.Plan) string {
	if s := p.String(); s != "" {
		return s
	}
	return "default"
}
