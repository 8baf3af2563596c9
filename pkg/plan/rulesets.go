package plan

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/policy"
)

// Kinds of ruleset rule objects: one per phase entry point.
const (
	KindCustomRule    = "waf_custom_rule"
	KindRateLimitRule = "waf_ratelimit_rule"
	KindManagedRule   = "waf_managed_rule"
)

// Well-known managed rulesets.
const (
	ManagedCloudflareID = "efb7b8c949ac4650a09736fc376e9aee"
	ManagedOWASPID      = "4814384a9e5d4991b9815dcfc25d2f1f"
)

// ManagedNames names the well-known managed rulesets.
var ManagedNames = map[string]string{ManagedCloudflareID: "Cloudflare Managed Ruleset", ManagedOWASPID: "Cloudflare OWASP Core Ruleset"}

// RuleKindPhase maps a rule kind to its ruleset phase.
var RuleKindPhase = map[string]string{
	KindCustomRule:    cfclient.PhaseCustom,
	KindRateLimitRule: cfclient.PhaseRateLimit,
	KindManagedRule:   cfclient.PhaseManaged,
}

// RulesetClient is what the ruleset executors need of cfclient.
type RulesetClient interface {
	GetZone(ctx context.Context, zoneID string) (cfclient.Zone, error)
	GetPhaseEntrypoint(ctx context.Context, zoneID, phase string) (cfclient.Ruleset, error)
	UpdatePhaseEntrypoint(ctx context.Context, zoneID, phase string, u cfclient.RulesetUpdate) (cfclient.Ruleset, error)
	CreateRule(ctx context.Context, zoneID, rulesetID string, r cfclient.Rule, pos *cfclient.RulePosition) (cfclient.Ruleset, error)
	UpdateRule(ctx context.Context, zoneID, rulesetID, ruleID string, r cfclient.Rule, pos *cfclient.RulePosition) (cfclient.Ruleset, error)
	DeleteRule(ctx context.Context, zoneID, rulesetID, ruleID string) (cfclient.Ruleset, error)
}

var _ RulesetClient = (*cfclient.Client)(nil)

// ZoneStater is implemented by executors whose invariants need facts about
// the zone itself (its plan's limits), not only about its objects. The
// engine calls it for the states before and after a plan.
type ZoneStater interface {
	ZoneState(z Zone, st *policy.State)
}

// RuleValue is the state of a ruleset rule cfplane manages. Position is the
// rule's 1-based place in its phase entry point: rules run in order, so a
// rule restored elsewhere is not the same rule.
type RuleValue struct {
	Ref              string          `json:"ref"`
	Position         int             `json:"position"`
	Action           string          `json:"action"`
	Expression       string          `json:"expression"`
	Description      string          `json:"description,omitempty"`
	Enabled          bool            `json:"enabled"`
	ActionParameters json.RawMessage `json:"action_parameters,omitempty"`
	RateLimit        json.RawMessage `json:"ratelimit,omitempty"`
	Logging          json.RawMessage `json:"logging,omitempty"`
	// Extra holds the rule's other fields as the API returned them
	// (exposed_credential_check, categories, fields cfplane does not
	// model), canonical JSON, written flat beside the fields above. They
	// travel with every update and undo: a rule PATCH replaces the whole
	// rule. The volatile id, version and last_updated are never kept.
	Extra map[string]json.RawMessage `json:"-"`
}

type ruleValueFields RuleValue

// ruleVolatile are the rule fields the API sets on every write.
var ruleVolatile = map[string]bool{"id": true, "version": true, "last_updated": true}

// MarshalJSON writes Extra flat beside the modelled fields.
func (v RuleValue) MarshalJSON() ([]byte, error) {
	return marshalFlat(ruleValueFields(v), v.Extra)
}

// UnmarshalJSON keeps the fields RuleValue does not model in Extra.
func (v *RuleValue) UnmarshalJSON(b []byte) error {
	var f ruleValueFields
	extra, err := unmarshalFlat(b, &f, ruleVolatile)
	if err != nil {
		return err
	}
	*v = RuleValue(f)
	v.Extra = extra
	return nil
}

// canonRaw is canonical JSON, or nil for absent, null or empty objects.
func canonRaw(b json.RawMessage) json.RawMessage {
	if len(b) == 0 {
		return nil
	}
	c := canonJSON(b)
	switch string(c) {
	case "null", "{}":
		return nil
	}
	return c
}

// NormalizeRule puts a rule value in its canonical form. logging exists
// only on skip rules (the API refuses it elsewhere with 20018), so a rule
// whose action is not skip loses it.
func NormalizeRule(v RuleValue) RuleValue {
	v.ActionParameters, v.RateLimit, v.Logging = canonRaw(v.ActionParameters), canonRaw(v.RateLimit), canonRaw(v.Logging)
	if v.Action != "skip" {
		v.Logging = nil
	}
	v.Extra = canonExtra(v.Extra, ruleVolatile)
	return v
}

// RuleFromAPI converts a rule as the API returns it at a position.
func RuleFromAPI(r cfclient.Rule, position int) RuleValue {
	en := true
	if r.Enabled != nil {
		en = *r.Enabled
	}
	ref := r.Ref
	if ref == "" {
		ref = r.ID
	}
	extra := map[string]json.RawMessage{}
	for k, raw := range r.Extra {
		extra[k] = raw
	}
	if len(r.ExposedCredentialCheck) > 0 {
		extra["exposed_credential_check"] = r.ExposedCredentialCheck
	}
	if len(r.Categories) > 0 {
		extra["categories"], _ = json.Marshal(r.Categories)
	}
	return NormalizeRule(RuleValue{Ref: ref, Position: position, Action: r.Action, Expression: r.Expression, Description: r.Description,
		Enabled: en, ActionParameters: r.ActionParameters, RateLimit: r.RateLimit, Logging: r.Logging, Extra: extra})
}

// DecodeRule decodes a rule value.
func DecodeRule(b json.RawMessage) (RuleValue, error) {
	var v RuleValue
	err := json.Unmarshal(b, &v)
	return v, err
}

// RuleJSON is a rule value's canonical JSON.
func RuleJSON(v RuleValue) json.RawMessage {
	b, _ := json.Marshal(NormalizeRule(v))
	return b
}

// Rules executes the rules of one phase entry point through the per-rule
// endpoints, so rules a plan does not touch are never rewritten.
type Rules struct {
	Client RulesetClient
	// RuleKind is KindCustomRule, KindRateLimitRule or KindManagedRule.
	RuleKind string
	// Protected are rule ids whose change needs an approval naming them
	// (config protected.rules).
	Protected []string

	mu     sync.Mutex
	limits map[string]policy.Limits // by zone id, from the last Read
}

var (
	_ Executor   = (*Rules)(nil)
	_ ZoneStater = (*Rules)(nil)
)

// RuleExecutors returns the executors of the three rule kinds.
func RuleExecutors(c RulesetClient, protected []string) []Executor {
	return []Executor{
		&Rules{Client: c, RuleKind: KindCustomRule, Protected: protected},
		&Rules{Client: c, RuleKind: KindRateLimitRule, Protected: protected},
		&Rules{Client: c, RuleKind: KindManagedRule, Protected: protected},
	}
}

// Kind implements Executor.
func (x *Rules) Kind() string { return x.RuleKind }

func (x *Rules) phase() string { return RuleKindPhase[x.RuleKind] }

// PlanLimits are the custom and rate limiting rule counts a zone plan allows
// (Cloudflare's plans table); an unknown plan has no limits (zero).
func PlanLimits(plan string) policy.Limits {
	switch ZonePlan(plan) {
	case "free":
		return policy.Limits{CustomRules: 5, RatelimitRules: 1}
	case "pro":
		return policy.Limits{CustomRules: 20, RatelimitRules: 2}
	case "business":
		return policy.Limits{CustomRules: 100, RatelimitRules: 5}
	case "enterprise":
		return policy.Limits{CustomRules: 1000, RatelimitRules: 100}
	}
	return policy.Limits{}
}

// ZonePlan turns a zone plan name ("Business Website", "pro") into free,
// pro, business, enterprise or "".
func ZonePlan(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	switch f[0] {
	case "free", "pro", "business", "enterprise":
		return f[0]
	}
	return ""
}

// Read returns the rules of the zone's entry point of the phase (none when
// the phase has no entry point yet).
func (x *Rules) Read(ctx context.Context, zoneID string) ([]Object, error) {
	if x.RuleKind != KindManagedRule {
		z, err := x.Client.GetZone(ctx, zoneID)
		if err != nil {
			return nil, err
		}
		x.mu.Lock()
		if x.limits == nil {
			x.limits = map[string]policy.Limits{}
		}
		x.limits[zoneID] = PlanLimits(z.Plan.Name)
		x.mu.Unlock()
	}
	rs, err := x.Client.GetPhaseEntrypoint(ctx, zoneID, x.phase())
	if errors.Is(err, cfclient.ErrNotFound) {
		return []Object{}, nil
	}
	if err != nil {
		return nil, err
	}
	out := make([]Object, 0, len(rs.Rules))
	for i, r := range rs.Rules {
		o, err := x.Object(r.ID, RuleJSON(RuleFromAPI(r, i+1)))
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// ZoneState implements ZoneStater: the zone plan's rule limits.
func (x *Rules) ZoneState(z Zone, st *policy.State) {
	x.mu.Lock()
	l, ok := x.limits[z.ID]
	x.mu.Unlock()
	if !ok {
		return
	}
	switch x.RuleKind {
	case KindCustomRule:
		st.Limits.CustomRules = l.CustomRules
	case KindRateLimitRule:
		st.Limits.RatelimitRules = l.RatelimitRules
	}
}

// RuleLabel is a short readable name of a rule.
func RuleLabel(kind string, v RuleValue) string {
	d := v.Description
	if d == "" {
		d = v.Ref
	}
	if len(d) > 48 {
		d = d[:48] + "…"
	}
	if kind == KindManagedRule && v.Action == "execute" {
		if n := ManagedNames[managedID(v)]; n != "" {
			d = n
		}
	}
	return kind + " " + strconv.Quote(d)
}

// Object implements Executor.
func (x *Rules) Object(id string, value json.RawMessage) (Object, error) {
	v, err := DecodeRule(value)
	if err != nil {
		return Object{}, fmt.Errorf("%s value: %w", x.RuleKind, err)
	}
	ident := v.Ref
	if ident == "" {
		ident = id
	}
	return Object{Kind: x.RuleKind, ID: id, Identity: ident, Slot: ident, Label: RuleLabel(x.RuleKind, v), Value: RuleJSON(v)}, nil
}

// ruleInput is the complete rule definition the API is sent: a rule PATCH
// replaces the rule, so every field the rule has (Extra included) goes.
func ruleInput(v RuleValue) cfclient.Rule {
	v = NormalizeRule(v)
	en := v.Enabled
	r := cfclient.Rule{Action: v.Action, Expression: v.Expression, Description: v.Description, Enabled: &en, Ref: v.Ref,
		ActionParameters: v.ActionParameters, RateLimit: v.RateLimit, Logging: v.Logging}
	for k, raw := range v.Extra {
		switch k {
		case "exposed_credential_check":
			r.ExposedCredentialCheck = raw
		case "categories":
			_ = json.Unmarshal(raw, &r.Categories)
		default:
			if r.Extra == nil {
				r.Extra = cfclient.Extra{}
			}
			r.Extra[k] = raw
		}
	}
	return r
}

// Execute implements Executor: deletes (last first), then updates and
// creates in the order of the positions they end at.
func (x *Rules) Execute(ctx context.Context, zoneID string, ops []Op) error {
	type item struct {
		op Op
		v  RuleValue
	}
	var dels, rest []item
	for _, op := range ops {
		switch op.Action {
		case ActionDelete:
			v, _ := DecodeRule(op.Before)
			dels = append(dels, item{op: op, v: v})
		case ActionCreate, ActionUpdate:
			v, err := DecodeRule(op.After)
			if err != nil {
				return err
			}
			rest = append(rest, item{op: op, v: v})
		default:
			return fmt.Errorf("%s op %q is not supported", x.RuleKind, op.Action)
		}
	}
	sort.SliceStable(dels, func(i, j int) bool { return dels[i].v.Position > dels[j].v.Position })
	sort.SliceStable(rest, func(i, j int) bool { return rest[i].v.Position < rest[j].v.Position })
	rs, err := x.Client.GetPhaseEntrypoint(ctx, zoneID, x.phase())
	missing := errors.Is(err, cfclient.ErrNotFound)
	if err != nil && !missing {
		return fmt.Errorf("reading the %s entry point: %w", x.phase(), err)
	}
	for _, it := range append(dels, rest...) {
		var err error
		switch it.op.Action {
		case ActionDelete:
			rs, err = x.Client.DeleteRule(ctx, zoneID, rs.ID, it.op.ID)
		case ActionUpdate:
			rs, err = x.Client.UpdateRule(ctx, zoneID, rs.ID, it.op.ID, ruleInput(it.v), &cfclient.RulePosition{Index: it.v.Position})
		case ActionCreate:
			if missing {
				// The phase has no entry point yet: creating it with this
				// one rule rewrites nothing.
				rs, err = x.Client.UpdatePhaseEntrypoint(ctx, zoneID, x.phase(), cfclient.RulesetUpdate{Rules: []cfclient.Rule{ruleInput(it.v)}})
				missing = err != nil
			} else {
				rs, err = x.Client.CreateRule(ctx, zoneID, rs.ID, ruleInput(it.v), &cfclient.RulePosition{Index: it.v.Position})
			}
		}
		if err != nil {
			return fmt.Errorf("%s %s: %w", it.op.Action, it.op.Object, err)
		}
	}
	return nil
}

// managedID is the managed ruleset an execute rule deploys.
func managedID(v RuleValue) string {
	var ap struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(v.ActionParameters, &ap)
	return ap.ID
}

// ManagedOverrides is the part of an execute rule's overrides cfplane
// reasons about.
type ManagedOverrides struct {
	Action           string `json:"action,omitempty"`
	Enabled          *bool  `json:"enabled,omitempty"`
	SensitivityLevel string `json:"sensitivity_level,omitempty"`
	Categories       []struct {
		Category string `json:"category"`
		Action   string `json:"action,omitempty"`
		Enabled  *bool  `json:"enabled,omitempty"`
	} `json:"categories,omitempty"`
	Rules []struct {
		ID             string `json:"id"`
		Action         string `json:"action,omitempty"`
		Enabled        *bool  `json:"enabled,omitempty"`
		ScoreThreshold int    `json:"score_threshold,omitempty"`
	} `json:"rules,omitempty"`
}

// Overrides decodes an execute rule's overrides.
func Overrides(v RuleValue) ManagedOverrides {
	var ap struct {
		Overrides ManagedOverrides `json:"overrides"`
	}
	_ = json.Unmarshal(v.ActionParameters, &ap)
	return ap.Overrides
}

// deploys reports whether a rule deploys a managed ruleset: an enabled
// execute rule whose overrides do not disable every rule.
func deploys(v RuleValue) (string, bool) {
	if v.Action != "execute" || !v.Enabled {
		return "", false
	}
	if o := Overrides(v); o.Enabled != nil && !*o.Enabled {
		return "", false
	}
	id := managedID(v)
	return id, id != ""
}

// skipAllPhases are the phases a custom-rule skip can silence.
var skipAllPhases = []string{"http_ratelimit", "http_request_firewall_managed", "http_request_sbfm"}

// skipAllProducts are the legacy products a skip can silence.
var skipAllProducts = []string{"zoneLockdown", "uaBlock", "bic", "hot", "securityLevel", "rateLimit", "waf"}

// SkipParams decodes a skip rule's target: ruleset "current", and whether
// it silences every later phase or every legacy product.
func SkipParams(v RuleValue) (ruleset string, all bool, what []string) {
	var ap struct {
		Ruleset  string              `json:"ruleset"`
		Phases   []string            `json:"phases"`
		Products []string            `json:"products"`
		Rulesets []string            `json:"rulesets"`
		Rules    map[string][]string `json:"rules"`
	}
	_ = json.Unmarshal(v.ActionParameters, &ap)
	covers := func(have, want []string) bool {
		set := map[string]bool{}
		for _, h := range have {
			set[h] = true
		}
		for _, w := range want {
			if !set[w] {
				return false
			}
		}
		return true
	}
	if ap.Ruleset != "" {
		what = append(what, "the remaining rules of this ruleset")
	}
	if len(ap.Phases) > 0 {
		what = append(what, "phases "+strings.Join(ap.Phases, ", "))
	}
	if len(ap.Products) > 0 {
		what = append(what, "products "+strings.Join(ap.Products, ", "))
	}
	if len(ap.Rulesets) > 0 {
		what = append(what, "rulesets "+strings.Join(ap.Rulesets, ", "))
	}
	if len(ap.Rules) > 0 {
		what = append(what, "managed rules")
	}
	return ap.Ruleset, covers(ap.Products, skipAllProducts) || covers(ap.Phases, skipAllPhases), what
}

// Assess implements Executor: deletes, disables, skip rules, weaker
// actions, moves and managed rulesets removed or set to log weigh; rule ids
// in protected.rules need a named override.
func (x *Rules) Assess(zone Zone, op Op, _ []string) (int, []string, []string) {
	var before, after *RuleValue
	if v, err := DecodeRule(op.Before); err == nil && len(op.Before) > 0 && string(op.Before) != "null" {
		before = &v
	}
	if v, err := DecodeRule(op.After); err == nil && len(op.After) > 0 && string(op.After) != "null" {
		after = &v
	}
	score := 0
	var reasons, overrides []string
	managed := x.RuleKind == KindManagedRule
	switch op.Action {
	case ActionCreate:
		score += 5
	case ActionUpdate:
		score += 10
	case ActionDelete:
		score += 30
		reasons = append(reasons, "destructive: deletes "+op.Object)
	}
	if before != nil && after != nil {
		if before.Enabled && !after.Enabled {
			score += 25
			reasons = append(reasons, "destructive: disables "+op.Object)
		}
		if before.Position != after.Position {
			score += 10
			reasons = append(reasons, fmt.Sprintf("moves %s from position %d to %d (rules run in order)", op.Object, before.Position, after.Position))
		}
		if blocking(before.Action) && !blocking(after.Action) {
			score += 20
			reasons = append(reasons, fmt.Sprintf("weakens %s: action %s → %s", op.Object, before.Action, after.Action))
		}
	}
	if after != nil && after.Action == "skip" && after.Enabled && (before == nil || before.Action != "skip" || string(before.ActionParameters) != string(after.ActionParameters) || !before.Enabled) {
		_, all, what := SkipParams(*after)
		score += 20
		msg := "skip rule: matching requests skip " + strings.Join(what, "; ")
		if all {
			score += 20
			msg += " (all of them)"
		}
		reasons = append(reasons, msg+": "+op.Object)
	}
	if managed {
		bid, bdep := "", false
		if before != nil {
			bid, bdep = deploys(*before)
		}
		aid, adep := "", false
		if after != nil {
			aid, adep = deploys(*after)
		}
		if bdep && (!adep || aid != bid) {
			score += 40
			reasons = append(reasons, "removes managed ruleset "+managedName(bid, *before)+" from the zone")
		}
		if after != nil && adep {
			ao := Overrides(*after)
			var bo ManagedOverrides
			if before != nil {
				bo = Overrides(*before)
			}
			if ao.Action == "log" && bo.Action != "log" {
				score += 30
				reasons = append(reasons, "managed ruleset "+managedName(aid, *after)+" overridden to log: it no longer blocks")
			}
			if d := disabledParts(ao) - disabledParts(bo); d > 0 {
				score += 10
				reasons = append(reasons, fmt.Sprintf("managed ruleset %s: %d more categories or rules disabled or set to log", managedName(aid, *after), d))
			}
		}
	}
	for _, p := range x.Protected {
		if op.ID != "" && strings.EqualFold(p, op.ID) {
			overrides = append(overrides, p)
			reasons = append(reasons, "touches protected rule "+p+": "+op.Object)
		}
	}
	return score, reasons, overrides
}

func disabledParts(o ManagedOverrides) int {
	n := 0
	for _, c := range o.Categories {
		if (c.Enabled != nil && !*c.Enabled) || c.Action == "log" {
			n++
		}
	}
	for _, r := range o.Rules {
		if (r.Enabled != nil && !*r.Enabled) || r.Action == "log" {
			n++
		}
	}
	return n
}

// managedName names a managed ruleset: its well-known name, else the
// execute rule's description, else its id.
func managedName(id string, v RuleValue) string {
	if n := ManagedNames[id]; n != "" {
		return n
	}
	if v.Description != "" {
		return strconv.Quote(v.Description) + " (" + id + ")"
	}
	return id
}

func blocking(action string) bool {
	switch action {
	case "block", "challenge", "js_challenge", "managed_challenge":
		return true
	}
	return false
}

// Policy implements Executor: rule counts, the managed rulesets deployed,
// and the rules as invariants see them.
func (x *Rules) Policy(objs []Object, st *policy.State) {
	for _, o := range objs {
		v, err := DecodeRule(o.Value)
		if err != nil {
			continue
		}
		switch x.RuleKind {
		case KindCustomRule:
			st.CustomRules++
		case KindRateLimitRule:
			st.RatelimitRules++
		case KindManagedRule:
			if id, ok := deploys(v); ok {
				st.ManagedDeployed = append(st.ManagedDeployed, id)
			}
		}
		r := policy.Rule{Action: v.Action, Expression: v.Expression}
		if v.Action == "skip" {
			r.SkipRuleset, r.SkipAllProducts, _ = SkipParams(v)
		}
		st.Rules = append(st.Rules, r)
	}
}

// CreateRuleOp plans creating a rule of a kind.
func CreateRuleOp(kind string, v RuleValue) Op {
	v = NormalizeRule(v)
	return Op{Kind: kind, Action: ActionCreate, Object: RuleLabel(kind, v), Identity: v.Ref, Before: json.RawMessage("null"), After: RuleJSON(v)}
}

// UpdateRuleOp plans setting the live rule cur to v. The fields of cur
// that v does not carry (Extra: exposed_credential_check, …) are kept;
// logging goes when the action is no longer skip.
func UpdateRuleOp(cur Object, v RuleValue) Op {
	if old, err := DecodeRule(cur.Value); err == nil {
		for k, raw := range old.Extra {
			if _, set := v.Extra[k]; !set {
				if v.Extra == nil {
					v.Extra = map[string]json.RawMessage{}
				}
				v.Extra[k] = raw
			}
		}
	}
	return Op{Kind: cur.Kind, Action: ActionUpdate, Object: cur.Label + " (id " + cur.ID + ")", ID: cur.ID, Identity: cur.Identity,
		Before: cur.Value, After: RuleJSON(v)}
}

// DeleteRuleOp plans deleting the live rule cur.
func DeleteRuleOp(cur Object) Op {
	return Op{Kind: cur.Kind, Action: ActionDelete, Object: cur.Label + " (id " + cur.ID + ")", ID: cur.ID, Identity: cur.Identity,
		Before: cur.Value, After: json.RawMessage("null")}
}
