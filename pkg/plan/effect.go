package plan

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/validate"
)

// AccountReader is what the effect model reads of the account beyond the
// zone a plan changes: its zones, their rules, and the lists.
type AccountReader interface {
	ListZones(ctx context.Context, f cfclient.ZoneFilter, max int) (cfclient.Page[cfclient.Zone], error)
	GetPhaseEntrypoint(ctx context.Context, zoneID, phase string) (cfclient.Ruleset, error)
	ListIPLists(ctx context.Context) ([]cfclient.IPList, error)
}

var _ AccountReader = (*cfclient.Client)(nil)

// Effect is one thing a change does, computed from the state before and
// after it — never from the operation's verb: a rename is a name that stops
// resolving and a new one, a rule rewritten so it never matches is a rule
// that stops blocking.
type Effect struct {
	// Class names the kind of effect; effectSeverity scores it.
	Class string `json:"class"`
	// Object is what the effect is about, e.g. "www.example.com".
	Object string `json:"object"`
	// Text says it in short.
	Text string `json:"text"`
}

// Severity is the effect's risk contribution.
func (f Effect) Severity() int { return effectSeverity[f.Class] }

// Destructive effects take protection, resolution or routing away; they
// accumulate across a zone's recent changes.
func (f Effect) Destructive() bool { return f.Severity() >= destructiveFrom }

// Line is the effect as one short line.
func (f Effect) Line() string {
	if f.Destructive() {
		return fmt.Sprintf("[%d] %s: %s", f.Severity(), f.Object, f.Text)
	}
	return f.Object + ": " + f.Text
}

const destructiveFrom = 30

// effectSeverity is the one place effects turn into risk (0–100). A
// severity at or above the default approval threshold (60) means a person
// decides, whatever verb produced the effect.
var effectSeverity = map[string]int{
	// DNS, per name and type.
	"dns.added":                  1,  // a name or record that did not exist
	"dns.metadata":               1,  // ttl, comment, tags
	"dns.changed":                3,  // content within the zone's own addresses, TXT text, SRV
	"dns.fewer_targets":          10, // the name keeps resolving, to fewer targets
	"dns.unproxied":              25, // the origin's address is exposed
	"dns.mail_auth_new":          3,  // SPF, DMARC or DKIM text where there was none
	"dns.mail_auth":              20, // SPF, DMARC or DKIM text changes or goes
	"dns.stops_resolving":        35,
	"dns.stops_resolving_key":    65, // the apex, www, or a proxied name
	"dns.resolves_elsewhere":     40, // an address outside the zone's own, another provider
	"dns.resolves_elsewhere_key": 65,
	"dns.delegation_new":         10,
	"dns.delegation":             65, // NS of a delegated name change or go
	"dns.mail_routing_new":       5,
	"dns.mail_routing":           65, // MX targets change or go
	"dns.caa_new":                5,
	"dns.caa_issuance":           65, // which CAs may issue changes
	// WAF rules.
	"waf.added":           2,
	"waf.changed":         5,
	"waf.less_skipping":   2,
	"waf.skip_narrow":     10,
	"waf.skip_some":       35, // a skip for ≥ 10 % of the representative requests
	"waf.skip_broad":      75, // a skip for ≥ 50 %, or always true by analysis
	"waf.unreachable":     20, // later rules no request reaches any more
	"waf.stops_blocking":  65, // requests a rule blocked or challenged now pass
	"waf.ratelimit_off":   45,
	"waf.managed_removed": 70,
	"waf.managed_log":     55,
	"waf.managed_weaker":  20,
	// IP lists, through every rule in the account that uses them.
	"list.changed":       5,
	"list.skip_widens":   35,
	"list.skip_broad":    75,
	"list.unblocks":      40,
	"list.unblocks_all":  65,
	"list.unknown_users": 65, // the API counts more users than cfplane can read
	// Zone settings.
	"setting.changed":    2,
	"setting.weaker":     40,
	"setting.weaker_key": 65, // ssl, TLS, security level turned down to weak values
}

// effects computes what ops do to the zone s (and, for lists, to every zone
// of the account). An error refuses the plan (a list used by a zone outside
// zones.allow).
func (e *Engine) effects(ctx context.Context, s *Snapshot, ops []Op) ([]Effect, error) {
	var out []Effect
	byKind := map[string][]Op{}
	for _, op := range ops {
		byKind[op.Kind] = append(byKind[op.Kind], op)
	}
	for _, k := range opKinds(ops) {
		kops := byKind[k]
		switch k {
		case KindDNS:
			out = append(out, dnsEffects(s, kops, e.recentTargetsOnce(s.Zone.ID))...)
		case KindCustomRule, KindRateLimitRule, KindManagedRule:
			out = append(out, e.ruleEffects(ctx, s, k, kops)...)
		case KindIPList:
			eff, err := e.listEffects(ctx, s, kops)
			if err != nil {
				return nil, err
			}
			out = append(out, eff...)
		case KindSetting:
			out = append(out, settingEffects(kops)...)
		case KindTunnelConfig:
			out = append(out, tunnelEffects(kops)...)
		case KindTunnel:
			out = append(out, tunnelObjEffects(kops)...)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Severity() > out[j].Severity() })
	return out, nil
}

// EffectLines is a short summary of effects: the destructive ones in full,
// the rest counted by class.
func EffectLines(eff []Effect, max int) []string {
	var lines []string
	minor := map[string]int{}
	var order []string
	for _, f := range eff {
		if f.Destructive() || (len(eff) <= 5 && f.Severity() > 1) {
			lines = append(lines, f.Line())
			continue
		}
		if minor[f.Class] == 0 {
			order = append(order, f.Class)
		}
		minor[f.Class]++
	}
	if len(lines) > max {
		lines = append(lines[:max], fmt.Sprintf("and %d more destructive effects", len(lines)-max))
	}
	for _, c := range order {
		lines = append(lines, fmt.Sprintf("%d× %s", minor[c], strings.ReplaceAll(strings.TrimPrefix(c[strings.Index(c, ".")+1:], "_"), "_", " ")+" ("+c[:strings.Index(c, ".")]+")"))
	}
	return lines
}

// EffectSummary is the plan's effects as text for a person (approve):
// one line each, control and bidi characters escaped.
func (p *Plan) EffectSummary() string {
	if len(p.Effects) == 0 {
		return "effects: none beyond the operations listed"
	}
	var b strings.Builder
	b.WriteString("effects:\n")
	for _, l := range p.Effects {
		b.WriteString("  - " + validate.Terminal(l) + "\n")
	}
	return b.String()
}

func sumSeverity(eff []Effect) (total, destructive int) {
	for _, f := range eff {
		total += f.Severity()
		if f.Destructive() {
			destructive += f.Severity()
		}
	}
	return total, destructive
}
