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
// and the function internal_ip(string) → bool: true for private, loopback,
// link-local, shared (CGNAT), unspecified and cloud metadata addresses.
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
		{ID: "no_internal_targets", Message: "no A or AAAA record points to a private, loopback, link-local, shared or metadata address",
			Expr: `changes.records.all(r, !(r.type in ['A', 'AAAA']) || !internal_ip(r.content))`},
		{ID: "ssl_not_weak", Message: "ssl is not set to off or flexible",
			Expr: `!('ssl' in changes.settings) || !(changes.settings['ssl'] in ['off', 'flexible'])`},
		{ID: "min_tls_12", Message: "min_tls_version is not set below 1.2",
			Expr: `!('min_tls_version' in changes.settings) || changes.settings['min_tls_version'] in ['1.2', '1.3']`},
		{ID: "managed_stays_deployed", Message: "a deployed managed ruleset stays deployed",
			Expr: `pre.managed_deployed.all(id, id in post.managed_deployed)`},
		{ID: "no_skip_all_match_all", Message: "no skip of all remaining rules or products for an expression that matches every request",
			Expr: `changes.rules.all(r, !(r.action == 'skip' && r.expression.trim() in ['true', '(true)'] && (r.skip_ruleset == 'current' || r.skip_all_products)))`},
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
	}
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

var sharedV4 = netip.MustParsePrefix("100.64.0.0/10")
var thisNetV4 = netip.MustParsePrefix("0.0.0.0/8")
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
func InternalIP(s string) bool {
	a, err := netip.ParseAddr(strings.TrimSpace(s))
	if err != nil {
		return false
	}
	a = a.Unmap()
	return a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsUnspecified() || a.IsMulticast() || a.IsInterfaceLocalMulticast() ||
		sharedV4.Contains(a) || thisNetV4.Contains(a) || metadata[a]
}

// FromConfig compiles the defaults and the configuration's invariants.
func FromConfig(cfg *config.Config) (*Set, error) {
	extra := make([]Invariant, len(cfg.Invariants))
	for i, inv := range cfg.Invariants {
		extra[i] = Invariant{ID: inv.ID, Expr: inv.Expr, Message: inv.Message}
	}
	return Compile(extra)
}
