// Package policy holds the invariants every plan must keep, as CEL
// expressions over the zone's state before and after the plan. Defaults ship
// with cfplane; operators add their own in cfplane.yaml. Expressions are
// compiled once; evaluation fails closed (an error is a failed invariant).
//
// The variables an expression sees:
//
//	zone     the zone name, e.g. "example.com"
//	pre      the state before the plan; post the planned state after it:
//	         records   list of {id, type, name, content, txt, ttl, proxied, priority}
//	                   (txt is a TXT record's text without quotes)
//	         settings  map of zone setting id to value, e.g. {"ssl": "strict"}
//	         managed_deployed  ids of managed rulesets deployed on the zone
//	         custom_rules, ratelimit_rules  rule counts
//	         limits    {custom_rules, ratelimit_rules}: the zone plan's limits
//	         rules     rules of the kinds the plan touches, as in changes.rules
//	changes  what the plan changes:
//	         records   records created or updated (their new values)
//	         removed   records deleted (their old values)
//	         settings  settings set by the plan (id to new value)
//	         rules     rules created or updated: {action, expression, skip_ruleset, skip_all_products}
//
// and the functions internal_ip(string) → bool: true for special-purpose
// addresses (see InternalIP), and internal_target(type, content) → bool:
// true when a record points inside a network (see InternalTarget).
package policy

import (
	"fmt"
	"net/netip"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/ext"

	"github.com/cfplane/cfplane/pkg/config"
)

// MaxExprLen bounds an invariant expression.
const MaxExprLen = 4096

// Invariant is one rule a plan's post-state must satisfy.
type Invariant struct {
	ID string
	// Expr is a CEL expression that evaluates to true when the invariant holds.
	Expr string
	// Message says what the invariant demands, shown with its result.
	Message string
}

// Result is one invariant's verdict on a plan.
type Result struct {
	ID      string `json:"id"`
	OK      bool   `json:"ok"`
	Message string `json:"message"`
}

// Record is a DNS record as invariants see it.
type Record struct {
	ID       string
	Type     string
	Name     string
	Content  string
	TTL      int
	Proxied  bool
	Priority int
}

// Rule is a ruleset rule as invariants see it.
type Rule struct {
	Action          string
	Expression      string
	SkipRuleset     string
	SkipAllProducts bool
}

// Limits are the zone plan's rule limits.
type Limits struct {
	CustomRules    int
	RatelimitRules int
}

// State is a zone's state (before or after a plan). Kinds a plan does not
// touch may be left empty: the default invariants only compare what existed
// before with what exists after.
type State struct {
	Records         []Record
	Settings        map[string]string
	ManagedDeployed []string
	CustomRules     int
	RatelimitRules  int
	Limits          Limits
	// Rules are the ruleset rules of the kinds a plan touches (as
	// changes.rules shows them).
	Rules []Rule
	// Tunnels are the remotely managed tunnels, when a plan touches one.
	Tunnels []Tunnel
	// TunnelIDs are the ids of the account's tunnels that exist (not
	// deleted); TunnelsKnown says the list is complete (the plan read every
	// tunnel). A CI plan lists the tunnels it manages only.
	TunnelIDs    []string
	TunnelsKnown bool
}

// Tunnel is a remotely managed tunnel as invariants see it.
type Tunnel struct {
	ID   string
	Name string
	// CatchAllLast: the last ingress rule, and only it, matches everything.
	CatchAllLast bool
	// Hostnames are the ingress rules' hostnames.
	Hostnames []string
}

// Changes is what a plan changes.
type Changes struct {
	Records  []Record
	Removed  []Record
	Settings map[string]string
	Rules    []Rule
}

// Input is what invariants are evaluated over.
type Input struct {
	Zone    string
	Pre     State
	Post    State
	Changes Changes
}

// Defaults are the invariants shipped with cfplane.
func Defaults() []Invariant {
	return []Invariant{
		{ID: "apex_resolves", Message: "the zone apex keeps an A, AAAA or CNAME record if it had one",
			Expr: `!pre.records.exists(r, r.name == zone && r.type in ['A', 'AAAA', 'CNAME']) || post.records.exists(r, r.name == zone && r.type in ['A', 'AAAA', 'CNAME'])`},
		{ID: "mx_kept", Message: "every name that had an MX record keeps one",
			Expr: `changes.removed.filter(r, r.type == 'MX').all(r, post.records.exists(p, p.type == 'MX' && p.name == r.name))`},
		{ID: "spf_kept", Message: "every name that had an SPF (v=spf1) TXT record keeps one",
			Expr: `changes.removed.filter(r, r.type == 'TXT' && r.txt.startsWith('v=spf1')).all(r, post.records.exists(p, p.type == 'TXT' && p.name == r.name && p.txt.startsWith('v=spf1')))` +
				` && pre.records.filter(r, r.type == 'TXT' && r.txt.startsWith('v=spf1') && changes.records.exists(c, c.id == r.id)).all(r, post.records.exists(p, p.type == 'TXT' && p.name == r.name && p.txt.startsWith('v=spf1')))`},
		{ID: "dmarc_kept", Message: "every _dmarc name that had a DMARC (v=DMARC1) TXT record keeps one",
			Expr: `changes.removed.filter(r, r.type == 'TXT' && r.txt.startsWith('v=DMARC1')).all(r, post.records.exists(p, p.type == 'TXT' && p.name == r.name && p.txt.startsWith('v=DMARC1')))` +
				` && pre.records.filter(r, r.type == 'TXT' && r.txt.startsWith('v=DMARC1') && changes.records.exists(c, c.id == r.id)).all(r, post.records.exists(p, p.type == 'TXT' && p.name == r.name && p.txt.startsWith('v=DMARC1')))`},
		{ID: "single_spf", Message: "a name has at most one v=spf1 TXT record",
			Expr: `changes.records.filter(c, c.type == 'TXT' && c.txt.startsWith('v=spf1')).all(c, post.records.filter(p, p.type == 'TXT' && p.name == c.name && p.txt.startsWith('v=spf1')).size() <= 1)`},
		{ID: "no_internal_targets", Message: "no record points inside a network: no special-purpose address (private, loopback, link-local, shared, reserved, metadata, or one embedded in NAT64/6to4/Teredo) and no internal host name (localhost, *.internal, *.local, …) or IP literal as a CNAME, NS, MX, PTR or SRV target",
			Expr: `changes.records.all(r, !internal_target(r.type, r.content))`},
		{ID: "ssl_not_weak", Message: "ssl is not set to off or flexible",
			Expr: `!('ssl' in changes.settings) || !(changes.settings['ssl'] in ['off', 'flexible'])`},
		{ID: "min_tls_12", Message: "min_tls_version is not set below 1.2",
			Expr: `!('min_tls_version' in changes.settings) || changes.settings['min_tls_version'] in ['1.2', '1.3']`},
		{ID: "managed_stays_deployed", Message: "a deployed managed ruleset stays deployed",
			Expr: `pre.managed_deployed.all(id, id in post.managed_deployed)`},
		{ID: "no_skip_all_match_all", Message: "no skip of all remaining rules or products for an expression that matches every request",
			Expr: `changes.rules.all(r, !(r.action == 'skip' && r.expression.trim() in ['true', '(true)'] && (r.skip_ruleset == 'current' || r.skip_all_products)))`},
		{ID: "tunnel_catch_all_last", Message: "a tunnel's ingress keeps one catch-all rule, last",
			Expr: `post.tunnels.all(t, t.catch_all_last || pre.tunnels.exists(p, p.id == t.id && !p.catch_all_last))`},
		{ID: "tunnel_hostname_has_cname", Message: "every ingress hostname in the zone has a CNAME to its tunnel (<id>.cfargotunnel.com)",
			Expr: `post.records.size() == 0 || post.tunnels.all(t, t.hostnames.filter(h, h == zone || h.endsWith('.' + zone)).all(h, post.records.exists(r, r.type == 'CNAME' && r.name == h && r.content == t.id + '.cfargotunnel.com')` +
				` || pre.tunnels.exists(p, p.id == t.id && h in p.hostnames) && !pre.records.exists(r, r.type == 'CNAME' && r.name == h && r.content == t.id + '.cfargotunnel.com')))`},
		{ID: "tunnel_cname_target_exists", Message: "no proxied CNAME points at a tunnel (<id>.cfargotunnel.com) that does not exist or is deleted",
			Expr: `post.records.all(r, !(r.type == 'CNAME' && r.proxied && r.content.endsWith('.cfargotunnel.com')) || post.tunnel_ids.exists(i, r.content == i + '.cfargotunnel.com')` +
				` || !post.tunnels_known && !pre.tunnel_ids.exists(i, r.content == i + '.cfargotunnel.com')` +
				` || pre.records.exists(p, p.type == 'CNAME' && p.name == r.name && p.content == r.content) && !pre.tunnel_ids.exists(i, r.content == i + '.cfargotunnel.com'))`},
		{ID: "rule_counts_within_plan", Message: "custom and rate-limit rule counts stay within the zone plan's limits",
			Expr: `post.custom_rules <= post.limits.custom_rules && post.ratelimit_rules <= post.limits.ratelimit_rules`},
	}
}

type compiled struct {
	Invariant
	prg cel.Program
}

// Set is a compiled list of invariants.
type Set struct {
	list []compiled
}

func newEnv() (*cel.Env, error) {
	return cel.NewEnv(
		cel.Variable("zone", cel.StringType),
		cel.Variable("pre", cel.DynType),
		cel.Variable("post", cel.DynType),
		cel.Variable("changes", cel.DynType),
		ext.Strings(),
		cel.Function("internal_ip",
			cel.Overload("internal_ip_string", []*cel.Type{cel.StringType}, cel.BoolType,
				cel.UnaryBinding(func(v ref.Val) ref.Val {
					s, ok := v.Value().(string)
					if !ok {
						return types.NewErr("internal_ip needs a string")
					}
					return types.Bool(InternalIP(s))
				}))),
		cel.Function("internal_target",
			cel.Overload("internal_target_string_string", []*cel.Type{cel.StringType, cel.StringType}, cel.BoolType,
				cel.BinaryBinding(func(t, c ref.Val) ref.Val {
					ts, ok1 := t.Value().(string)
					cs, ok2 := c.Value().(string)
					if !ok1 || !ok2 {
						return types.NewErr("internal_target needs two strings")
					}
					return types.Bool(InternalTarget(ts, cs))
				}))),
	)
}

// Compile compiles the defaults followed by extra. An expression that does
// not compile, or does not evaluate to a boolean, is an error naming its id.
func Compile(extra []Invariant) (*Set, error) {
	env, err := newEnv()
	if err != nil {
		return nil, fmt.Errorf("policy environment: %w", err)
	}
	all := append(Defaults(), extra...)
	seen := map[string]bool{}
	s := &Set{list: make([]compiled, 0, len(all))}
	for _, inv := range all {
		if seen[inv.ID] {
			return nil, fmt.Errorf("invariant %s: the id is used twice (the shipped defaults are %s)", inv.ID, strings.Join(DefaultIDs(), ", "))
		}
		seen[inv.ID] = true
		if len(inv.Expr) > MaxExprLen {
			return nil, fmt.Errorf("invariant %s: the expression has %d characters; accepted: at most %d", inv.ID, len(inv.Expr), MaxExprLen)
		}
		ast, iss := env.Compile(inv.Expr)
		if iss != nil && iss.Err() != nil {
			return nil, fmt.Errorf("invariant %s: the CEL expression does not compile: %s", inv.ID, strings.ReplaceAll(iss.Err().Error(), "\n", " "))
		}
		if t := ast.OutputType(); !t.IsExactType(types.BoolType) && !t.IsExactType(types.DynType) {
			return nil, fmt.Errorf("invariant %s: the expression is of type %s; accepted: an expression that evaluates to a boolean", inv.ID, t)
		}
		prg, err := env.Program(ast, cel.EvalOptions(cel.OptOptimize), cel.CostLimit(50_000_000))
		if err != nil {
			return nil, fmt.Errorf("invariant %s: %w", inv.ID, err)
		}
		if inv.Message == "" {
			inv.Message = "operator invariant " + inv.ID
		}
		s.list = append(s.list, compiled{Invariant: inv, prg: prg})
	}
	return s, nil
}

// DefaultIDs lists the ids of the shipped invariants.
func DefaultIDs() []string {
	var ids []string
	for _, d := range Defaults() {
		ids = append(ids, d.ID)
	}
	return ids
}

// IDs lists the ids of the set's invariants, in order.
func (s *Set) IDs() []string {
	ids := make([]string, len(s.list))
	for i, c := range s.list {
		ids[i] = c.ID
	}
	return ids
}

// Check evaluates every invariant over in. An evaluation error fails the
// invariant (fail closed).
func (s *Set) Check(in Input) []Result {
	act := map[string]any{
		"zone":    in.Zone,
		"pre":     stateMap(in.Pre),
		"post":    stateMap(in.Post),
		"changes": changesMap(in.Changes),
	}
	out := make([]Result, 0, len(s.list))
	for _, c := range s.list {
		v, _, err := c.prg.Eval(act)
		switch {
		case err != nil:
			out = append(out, Result{ID: c.ID, OK: false, Message: c.Message + " (could not be evaluated: " + err.Error() + ")"})
		case v == types.True:
			out = append(out, Result{ID: c.ID, OK: true, Message: c.Message})
		case v == types.False:
			out = append(out, Result{ID: c.ID, OK: false, Message: "violated: " + c.Message})
		default:
			out = append(out, Result{ID: c.ID, OK: false, Message: fmt.Sprintf("%s (evaluated to %v, not a boolean)", c.Message, v)})
		}
	}
	return out
}

// Failed returns the results that did not hold.
func Failed(rs []Result) []Result {
	var out []Result
	for _, r := range rs {
		if !r.OK {
			out = append(out, r)
		}
	}
	return out
}

func recordMaps(recs []Record) []any {
	out := make([]any, len(recs))
	for i, r := range recs {
		out[i] = map[string]any{
			"id": r.ID, "type": r.Type, "name": r.Name, "content": r.Content, "txt": TXTText(r.Type, r.Content),
			"ttl": r.TTL, "proxied": r.Proxied, "priority": r.Priority,
		}
	}
	return out
}

func stringMap(m map[string]string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func stateMap(s State) map[string]any {
	limits := s.Limits
	if limits.CustomRules == 0 {
		limits.CustomRules = 1 << 30
	}
	if limits.RatelimitRules == 0 {
		limits.RatelimitRules = 1 << 30
	}
	md := make([]any, len(s.ManagedDeployed))
	for i, id := range s.ManagedDeployed {
		md[i] = id
	}
	return map[string]any{
		"records":          recordMaps(s.Records),
		"settings":         stringMap(s.Settings),
		"managed_deployed": md,
		"custom_rules":     s.CustomRules,
		"ratelimit_rules":  s.RatelimitRules,
		"limits":           map[string]any{"custom_rules": limits.CustomRules, "ratelimit_rules": limits.RatelimitRules},
		"rules":            ruleMaps(s.Rules),
		"tunnels":          tunnelMaps(s.Tunnels),
		"tunnel_ids":       stringList(s.TunnelIDs),
		"tunnels_known":    s.TunnelsKnown,
	}
}

func stringList(ss []string) []any {
	out := make([]any, len(ss))
	for i, x := range ss {
		out[i] = x
	}
	return out
}

func tunnelMaps(ts []Tunnel) []any {
	out := make([]any, len(ts))
	for i, t := range ts {
		hs := make([]any, len(t.Hostnames))
		for j, h := range t.Hostnames {
			hs[j] = h
		}
		out[i] = map[string]any{"id": t.ID, "name": t.Name, "catch_all_last": t.CatchAllLast, "hostnames": hs}
	}
	return out
}

func ruleMaps(rs []Rule) []any {
	out := make([]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{"action": r.Action, "expression": r.Expression, "skip_ruleset": r.SkipRuleset, "skip_all_products": r.SkipAllProducts}
	}
	return out
}

func changesMap(c Changes) map[string]any {
	rules := ruleMaps(c.Rules)
	return map[string]any{
		"records":  recordMaps(c.Records),
		"removed":  recordMaps(c.Removed),
		"settings": stringMap(c.Settings),
		"rules":    rules,
	}
}

// TXTText returns the text of a TXT record's content: quoted chunks are
// unquoted and joined; unquoted content is returned as is. Other types
// return "".
func TXTText(typ, content string) string {
	if typ != "TXT" {
		return ""
	}
	c := strings.TrimSpace(content)
	if !strings.HasPrefix(c, `"`) {
		return c
	}
	var b strings.Builder
	in := false
	esc := false
	for _, r := range c {
		switch {
		case esc:
			b.WriteRune(r)
			esc = false
		case r == '\\' && in:
			esc = true
		case r == '"':
			in = !in
		case in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// specialPurpose are the IANA special-purpose address blocks (IPv4 and
// IPv6 registries) that are not globally reachable, beyond what netip's
// predicates cover.
var specialPurpose = func() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24",
		"203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32",
		"100::/64", "2001:2::/48", "2001:db8::/32", "3fff::/20", "fec0::/10", "5f00::/16",
	} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

// documentation blocks are special-purpose but used by examples and tests;
// they are not internal.
var documentation = []netip.Prefix{
	netip.MustParsePrefix("192.0.2.0/24"), netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"), netip.MustParsePrefix("2001:db8::/32"), netip.MustParsePrefix("3fff::/20"),
}

// Transition prefixes that embed an IPv4 address.
var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	nat64Loc  = netip.MustParsePrefix("64:ff9b:1::/48")
	sixToFour = netip.MustParsePrefix("2002::/16")
	teredo    = netip.MustParsePrefix("2001::/32")
)
var metadata = map[netip.Addr]bool{
	netip.MustParseAddr("169.254.169.254"): true,
	netip.MustParseAddr("100.100.100.200"): true,
	netip.MustParseAddr("fd00:ec2::254"):   true,
	netip.MustParseAddr("192.0.0.192"):     true,
}

// InternalIP reports whether s is an address no public DNS record should
// point to: private (RFC 1918, fc00::/7), loopback, link-local, shared
// (100.64.0.0/10), unspecified or "this network", multicast, or a cloud
// metadata address. A string that is not an address is not internal.
//
// It covers the IANA special-purpose registries for IPv4 and IPv6 (shared,
// IETF protocol assignments 192.0.0.0/24, benchmarking 198.18.0.0/15,
// reserved 240.0.0.0/4, broadcast, site-local fec0::/10, discard-only …)
// and looks inside the transition forms that carry an IPv4 address
// (IPv4-mapped, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16,
// Teredo's client address). The documentation blocks (192.0.2.0/24,
// 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are not internal.
func InternalIP(s string) bool {
	a, err := netip.ParseAddr(strings.TrimSpace(s))
	if err != nil {
		return false
	}
	return internalAddr(a.WithZone(""), 0)
}

func internalAddr(a netip.Addr, depth int) bool {
	a = a.Unmap()
	if a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsUnspecified() || a.IsMulticast() || a.IsInterfaceLocalMulticast() || metadata[a] {
		return true
	}
	for _, p := range documentation {
		if p.Contains(a) {
			return false
		}
	}
	for _, p := range specialPurpose {
		if p.Contains(a) {
			return true
		}
	}
	if a.Is6() && depth == 0 {
		b := a.As16()
		switch {
		case nat64.Contains(a):
			return internalAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}), 1)
		case nat64Loc.Contains(a):
			// RFC 6052 /48: the IPv4 address sits in bytes 6–7 and 9–10.
			return internalAddr(netip.AddrFrom4([4]byte{b[6], b[7], b[9], b[10]}), 1)
		case sixToFour.Contains(a):
			return internalAddr(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}), 1)
		case teredo.Contains(a):
			return internalAddr(netip.AddrFrom4([4]byte{^b[12], ^b[13], ^b[14], ^b[15]}), 1)
		}
	}
	return false
}

// internalSuffixes are host-name suffixes that only resolve inside a
// network (RFC 6761/6762/8375, cloud internal DNS).
var internalSuffixes = []string{"localhost", "internal", "local", "localdomain", "home.arpa", "intranet", "lan", "corp", "private"}

// InternalHost reports whether a host name a record points to is internal:
// localhost and names under the internal-only suffixes (metadata.google.internal,
// *.internal, *.local, …) — or an IP literal, internal or not, since a
// CNAME, NS, MX or SRV target must be a host name.
func InternalHost(s string) bool {
	h := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if h == "" {
		return false
	}
	if _, err := netip.ParseAddr(strings.Trim(h, "[]")); err == nil {
		return true
	}
	for _, suf := range internalSuffixes {
		if h == suf || strings.HasSuffix(h, "."+suf) {
			return true
		}
	}
	return false
}

// InternalTarget reports whether a record of type typ with content points
// inside a network: an internal address (A, AAAA) or an internal host name
// or IP literal (CNAME, NS, MX, PTR, SRV and HTTPS/SVCB targets).
func InternalTarget(typ, content string) bool {
	switch typ {
	case "A", "AAAA":
		return InternalIP(content)
	case "CNAME", "NS", "MX", "PTR":
		return InternalHost(content)
	case "SRV":
		f := strings.Fields(content)
		return len(f) > 0 && f[len(f)-1] != "." && InternalHost(f[len(f)-1])
	case "HTTPS", "SVCB":
		f := strings.Fields(content)
		return len(f) > 1 && f[1] != "." && InternalHost(f[1])
	}
	return false
}

// FromConfig compiles the defaults and the configuration's invariants.
func FromConfig(cfg *config.Config) (*Set, error) {
	extra := make([]Invariant, len(cfg.Invariants))
	for i, inv := range cfg.Invariants {
		extra[i] = Invariant{ID: inv.ID, Expr: inv.Expr, Message: inv.Message}
	}
	return Compile(extra)
}
