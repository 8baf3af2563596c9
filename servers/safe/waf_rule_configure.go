package safe

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/lazyre"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/untrusted"
	"github.com/cfplane/cfplane/pkg/validate"
)

var (
	wafReadActions  = []string{"list", "get"}
	wafWriteActions = []string{"create", "update", "delete", "enable", "disable", "reorder"}
	wafKindNames    = []string{"custom", "rate_limit", "managed", "ip_list"}
	wafKinds        = map[string]string{"custom": plan.KindCustomRule, "rate_limit": plan.KindRateLimitRule, "managed": plan.KindManagedRule, "ip_list": plan.KindIPList}
	// wafKindActions are the write actions each kind takes.
	wafKindActions = map[string][]string{
		"custom":     wafWriteActions,
		"rate_limit": wafWriteActions,
		"managed":    wafWriteActions,
		"ip_list":    {"create", "update"},
	}
	// phaseActions are the rule actions each rule kind accepts.
	phaseActions = map[string][]string{
		"custom":     {"block", "challenge", "js_challenge", "managed_challenge", "log", "skip"},
		"rate_limit": {"block", "challenge", "js_challenge", "managed_challenge", "log"},
		"managed":    {"execute", "skip"},
	}
	listNameRe = lazyre.New(`^[a-z0-9_]{1,50}$`)
)

// WAFReadArgs are the arguments of the read-only waf_rule_configure.
type WAFReadArgs struct {
	Zone   string `json:"zone" jsonschema:"zone name or 32-hex zone id"`
	Action string `json:"action" jsonschema:"list or get"`
	Kind   string `json:"kind" jsonschema:"custom, rate_limit, managed or ip_list"`
	RuleID string `json:"rule_id,omitempty" jsonschema:"32-hex id"`
	ListID string `json:"list_id,omitempty" jsonschema:"ip_list: 32-hex id"`
}

// WAFArgs are waf_rule_configure's arguments.
type WAFArgs struct {
	Zone     string         `json:"zone" jsonschema:"zone name or 32-hex zone id"`
	Action   string         `json:"action" jsonschema:"list, get, create, update, delete, enable, disable or reorder"`
	Kind     string         `json:"kind" jsonschema:"custom, rate_limit, managed or ip_list"`
	RuleID   string         `json:"rule_id,omitempty" jsonschema:"32-hex id"`
	ListID   string         `json:"list_id,omitempty" jsonschema:"ip_list: 32-hex id"`
	Rule     map[string]any `json:"rule,omitempty" jsonschema:"Cloudflare rule {action, expression, description, enabled, action_parameters, ratelimit}; update merges"`
	Managed  map[string]any `json:"managed,omitempty" jsonschema:"managed: {ruleset cloudflare|owasp, action, enabled, sensitivity, paranoia 1-4, threshold low|medium|high, categories, rules}"`
	Position int            `json:"position,omitempty" jsonschema:"1-based; create, reorder"`
	List     map[string]any `json:"list,omitempty" jsonschema:"ip_list create: {name, description}"`
	Items    []any          `json:"items,omitempty" jsonschema:"ip_list update: [{ip, comment}]"`
	Mode     string         `json:"mode,omitempty" jsonschema:"ip_list update: add, remove or replace"`
}

// WAFRuleView is a rule in a result. Descriptions are untrusted text.
type WAFRuleView struct {
	ID               string          `json:"id"`
	Position         int             `json:"position"`
	Ref              string          `json:"ref,omitempty"`
	Action           string          `json:"action"`
	Expression       string          `json:"expression"`
	Description      untrusted.Text  `json:"description"`
	Enabled          bool            `json:"enabled"`
	ActionParameters json.RawMessage `json:"action_parameters,omitempty"`
	RateLimit        json.RawMessage `json:"ratelimit,omitempty"`
	Logging          json.RawMessage `json:"logging,omitempty"`
	ManagedRuleset   string          `json:"managed_ruleset,omitempty"`
	Protected        bool            `json:"protected,omitempty"`
}

// WAFListView is an IP list in a result (items only for get).
type WAFListView struct {
	ID          string         `json:"id"`
	Name        string         `json:"name"`
	Kind        string         `json:"kind"`
	Description untrusted.Text `json:"description"`
	NumItems    int            `json:"num_items"`
	UsedByRules int            `json:"used_by_rules"`
	// Items is set by get (an empty list shows []).
	Items *[]plan.ListItemValue `json:"items,omitempty"`
}

// WAFResult is waf_rule_configure's result: rules or lists (list, get) or
// a plan (every other action).
type WAFResult struct {
	Action    string `json:"action"`
	Kind      string `json:"kind"`
	Zone      string `json:"zone"`
	Rules     any    `json:"rules,omitempty"`
	Lists     any    `json:"lists,omitempty"`
	Plan      any    `json:"plan,omitempty"`
	Untrusted any    `json:"untrusted"`
}

func wafRuleConfigure(d *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return mcpkit.NewTool("waf_rule_configure",
		"WAF custom/rate-limit rules, managed rulesets, IP lists. Reads: list, get. Changes return a plan: create, update, delete, enable, disable, reorder (ip_list: create, update items).",
		mcpkit.PlanHints,
		func(ctx context.Context, a WAFArgs) (WAFResult, error) {
			return wafConfigure(ctx, d, eng, a, true)
		})
}

func wafRuleRead(d *cli.Deps) mcpkit.Tool {
	return mcpkit.NewTool("waf_rule_configure",
		"WAF custom and rate limiting rules, managed rulesets and IP lists (read-only server): list, get.",
		mcpkit.ReadHints,
		func(ctx context.Context, a WAFReadArgs) (WAFResult, error) {
			return wafConfigure(ctx, d, nil, WAFArgs{Zone: a.Zone, Action: a.Action, Kind: a.Kind, RuleID: a.RuleID, ListID: a.ListID}, false)
		})
}

func wafConfigure(ctx context.Context, d *cli.Deps, eng *plan.Engine, a WAFArgs, writes bool) (WAFResult, error) {
	accepted := wafReadActions
	if writes {
		accepted = append(append([]string(nil), wafReadActions...), wafWriteActions...)
	}
	if err := validate.Enum("action", a.Action, accepted...); err != nil {
		if !writes && contains(wafWriteActions, a.Action) {
			return WAFResult{}, mcpkit.Errorf("action %q changes the zone and this server is read-only (writes disabled or --read-only); accepted: %s", a.Action, strings.Join(accepted, ", "))
		}
		return WAFResult{}, mcpkit.Errorf("%v", err)
	}
	if err := validate.Enum("kind", a.Kind, wafKindNames...); err != nil {
		return WAFResult{}, mcpkit.Errorf("%v", err)
	}
	if err := checkWAFArgs(a); err != nil {
		return WAFResult{}, err
	}
	cz, err := resolveZone(ctx, d, a.Zone)
	if err != nil {
		return WAFResult{}, err
	}
	z := plan.Zone{ID: cz.ID, Name: cz.Name}
	res := WAFResult{Action: a.Action, Kind: a.Kind, Zone: z.Name}
	scan := untrusted.NewScan(0)
	switch {
	case a.Action == "list" || a.Action == "get":
		if a.Kind == "ip_list" {
			err = wafListLists(ctx, d, a, &res, scan)
		} else {
			err = wafListRules(ctx, d, z, a, &res, scan)
		}
	default:
		var p *plan.Prepared
		p, err = wafPlan(ctx, d, eng, cz, a)
		if err == nil {
			res.Plan = wafPlanView(p)
		}
	}
	if err != nil {
		return WAFResult{}, toolErr(a.Action+" "+a.Kind, err)
	}
	res.Untrusted = scan.Summary()
	return res, nil
}

// idArg is the name of the id argument a kind takes.
func idArg(kind string) string {
	if kind == "ip_list" {
		return "list_id"
	}
	return "rule_id"
}

// id is the rule or list id the call names.
func (a WAFArgs) id() string {
	if a.Kind == "ip_list" {
		return a.ListID
	}
	return a.RuleID
}

// checkWAFArgs checks which arguments an action takes, and their shapes.
func checkWAFArgs(a WAFArgs) error {
	if contains(wafWriteActions, a.Action) && !contains(wafKindActions[a.Kind], a.Action) {
		if a.Kind == "ip_list" && a.Action == "delete" {
			return mcpkit.Errorf("kind ip_list does not take action delete: deleting a list is not offered; to remove items use action update with mode remove; accepted for ip_list: list, get, create, update")
		}
		return mcpkit.Errorf("kind %s does not take action %s; accepted for %s: list, get, %s", a.Kind, a.Action, a.Kind, strings.Join(wafKindActions[a.Kind], ", "))
	}
	given := map[string]bool{"rule_id": a.RuleID != "", "list_id": a.ListID != "", "rule": a.Rule != nil, "managed": a.Managed != nil, "position": a.Position != 0,
		"list": a.List != nil, "items": a.Items != nil, "mode": a.Mode != ""}
	var allowed, need []string
	idn := idArg(a.Kind)
	switch a.Action {
	case "list":
	case "get", "delete", "enable", "disable":
		allowed, need = []string{idn}, []string{idn}
	case "reorder":
		allowed, need = []string{idn, "position"}, []string{idn, "position"}
	case "create":
		switch a.Kind {
		case "ip_list":
			allowed, need = []string{"list"}, []string{"list"}
		case "managed":
			allowed = []string{"managed", "rule", "position"}
		default:
			allowed, need = []string{"rule", "position"}, []string{"rule"}
		}
	case "update":
		switch a.Kind {
		case "ip_list":
			allowed, need = []string{idn, "items", "mode"}, []string{idn, "items", "mode"}
		case "managed":
			allowed = []string{idn, "managed", "rule"}
		default:
			allowed, need = []string{idn, "rule"}, []string{idn, "rule"}
		}
	}
	for _, n := range need {
		if !given[n] {
			return mcpkit.Errorf("action %s of kind %s needs %s; it takes: zone, action, kind%s", a.Action, a.Kind, n, listPrefix(allowed))
		}
	}
	names := make([]string, 0, len(given))
	for n := range given {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if given[n] && !contains(allowed, n) {
			return mcpkit.Errorf("action %s of kind %s does not take %s; it takes: zone, action, kind%s", a.Action, a.Kind, n, listPrefix(allowed))
		}
	}
	if a.Kind == "managed" && (a.Action == "create" || a.Action == "update") && (a.Managed == nil) == (a.Rule == nil) {
		return mcpkit.Errorf("action %s of kind managed needs exactly one of managed ({ruleset, action, enabled, sensitivity, paranoia, threshold, categories, rules}) or rule (an execute rule)", a.Action)
	}
	if a.Kind == "managed" && a.Action == "update" && a.id() == "" && a.Managed == nil {
		return mcpkit.Errorf("action update of kind managed needs rule_id (the execute rule) or managed.ruleset")
	}
	for name, id := range map[string]string{"rule_id": a.RuleID, "list_id": a.ListID} {
		if id != "" {
			if err := validate.ID(name, id); err != nil {
				return mcpkit.Errorf("%v", err)
			}
		}
	}
	if a.Position < 0 || a.Position > 10000 {
		return mcpkit.Errorf("position: %d; accepted: 1 (first) up to the number of rules (+1 for create)", a.Position)
	}
	if a.Mode != "" {
		if err := validate.Enum("mode", a.Mode, "add", "remove", "replace"); err != nil {
			return mcpkit.Errorf("%v", err)
		}
	}
	if len(a.Items) > plan.MaxListItems {
		return mcpkit.Errorf("items: %d items; accepted: at most %d", len(a.Items), plan.MaxListItems)
	}
	return nil
}

func (x protectedSet) has(id string) bool { return x[strings.ToLower(id)] }

type protectedSet map[string]bool

func protectedRules(d *cli.Deps) protectedSet {
	s := protectedSet{}
	if d.Config != nil {
		for _, id := range d.Config.Protected.Rules {
			s[strings.ToLower(id)] = true
		}
	}
	return s
}

func ruleView(o plan.Object, prot protectedSet, names map[string]string, scan *untrusted.Scan) WAFRuleView {
	v, _ := plan.DecodeRule(o.Value)
	rv := WAFRuleView{ID: o.ID, Position: v.Position, Ref: v.Ref, Action: v.Action, Expression: v.Expression, Description: scan.Text(v.Description),
		Enabled: v.Enabled, ActionParameters: v.ActionParameters, RateLimit: v.RateLimit, Logging: v.Logging, Protected: prot.has(o.ID)}
	if v.Action == "execute" {
		var ap struct {
			ID string `json:"id"`
		}
		_ = json.Unmarshal(v.ActionParameters, &ap)
		rv.ManagedRuleset = names[ap.ID]
		if rv.ManagedRuleset == "" {
			rv.ManagedRuleset = ap.ID
		}
	}
	return rv
}

func ruleExec(d *cli.Deps, kind string) *plan.Rules {
	return &plan.Rules{Client: d.Client, RuleKind: wafKinds[kind]}
}

func wafListRules(ctx context.Context, d *cli.Deps, z plan.Zone, a WAFArgs, res *WAFResult, scan *untrusted.Scan) error {
	objs, err := ruleExec(d, a.Kind).Read(ctx, z.ID)
	if err != nil {
		return err
	}
	prot := protectedRules(d)
	var names map[string]string
	if a.Kind == "managed" {
		names = managedNames(ctx, d, z.ID)
	}
	views := []WAFRuleView{}
	for _, o := range objs {
		if a.Action == "get" && o.ID != a.id() {
			continue
		}
		views = append(views, ruleView(o, prot, names, scan))
	}
	if a.Action == "get" && len(views) == 0 {
		return mcpkit.Errorf("%s rule %s does not exist in zone %s; action list of kind %s shows the rule ids", a.Kind, a.id(), z.Name, a.Kind)
	}
	res.Rules = views
	return nil
}

func wafListLists(ctx context.Context, d *cli.Deps, a WAFArgs, res *WAFResult, scan *untrusted.Scan) error {
	lists, err := d.Client.ListIPLists(ctx)
	if err != nil {
		return err
	}
	views := []WAFListView{}
	for _, l := range lists {
		if a.Action == "get" && l.ID != a.id() {
			continue
		}
		v := WAFListView{ID: l.ID, Name: l.Name, Kind: l.Kind, Description: scan.Text(l.Description), NumItems: l.NumItems, UsedByRules: l.NumReferencingFilters}
		if a.Action == "get" {
			page, err := d.Client.ListListItems(ctx, l.ID, "", plan.MaxListItems)
			if err != nil {
				return err
			}
			items := []plan.ListItemValue{}
			for _, it := range page.Items {
				items = append(items, plan.ListItemValue{IP: it.IP, Comment: it.Comment})
			}
			v.Items = &items
		}
		views = append(views, v)
	}
	if a.Action == "get" && len(views) == 0 {
		return mcpkit.Errorf("list %s does not exist in this account; action list of kind ip_list shows the list ids", a.id())
	}
	res.Lists = views
	return nil
}

// wafPlanView is the plan view with rule and list descriptions and item
// comments marked as untrusted text (and flagged when they look like
// instructions).
func wafPlanView(p *plan.Prepared) *PlanView {
	v := planView(p)
	for i := range v.Diff {
		for _, raw := range []json.RawMessage{v.Diff[i].Before, v.Diff[i].After} {
			var d struct {
				Description string               `json:"description"`
				Items       []plan.ListItemValue `json:"items"`
			}
			if json.Unmarshal(raw, &d) != nil {
				continue
			}
			texts := []string{d.Description}
			for _, it := range d.Items {
				texts = append(texts, it.Comment)
			}
			for _, t := range texts {
				if t == "" {
					continue
				}
				v.Diff[i].Untrusted = true
				if f, _ := untrusted.Check(t); f {
					v.Diff[i].Flagged = true
				}
			}
		}
	}
	return v
}

func newRef() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return "cfplane_" + hex.EncodeToString(b[:])
}

func wafPlan(ctx context.Context, d *cli.Deps, eng *plan.Engine, cz cfclient.Zone, a WAFArgs) (*plan.Prepared, error) {
	z := plan.Zone{ID: cz.ID, Name: cz.Name}
	kind := wafKinds[a.Kind]
	live, err := eng.Read(ctx, z, kind)
	if err != nil {
		return nil, err
	}
	var op plan.Op
	if a.Kind == "ip_list" {
		op, err = listOp(live, a)
	} else {
		op, err = ruleOp(ctx, d, cz, live, a)
	}
	if err != nil {
		return nil, err
	}
	return eng.Prepare(ctx, live, plan.Request{Tool: "waf_rule_configure", Action: a.Action + " " + a.Kind, Ops: []plan.Op{op}, Gate: gateOf(ctx)})
}

// ruleArg is a rule as a caller gives it (the Cloudflare API rule shape;
// the read-only fields a get returns are accepted and ignored).
type ruleArg struct {
	Action           *string         `json:"action"`
	Expression       *string         `json:"expression"`
	Description      *string         `json:"description"`
	Enabled          *bool           `json:"enabled"`
	ActionParameters json.RawMessage `json:"action_parameters"`
	RateLimit        json.RawMessage `json:"ratelimit"`
	Logging          json.RawMessage `json:"logging"`
	ID               string          `json:"id"`
	Ref              string          `json:"ref"`
	Version          string          `json:"version"`
	LastUpdated      string          `json:"last_updated"`
	Position         int             `json:"position"`
	ManagedRuleset   string          `json:"managed_ruleset"`
	Protected        bool            `json:"protected"`
}

func decodeArg(field string, m any, v any, accepted string) error {
	b, err := json.Marshal(m)
	if err == nil {
		err = validate.DecodeStrict(b, v)
	}
	if err != nil {
		return mcpkit.Errorf("%s: %v; accepted: %s", field, err, accepted)
	}
	return nil
}

const ruleAccepted = "an object with action, expression, description, enabled, action_parameters, ratelimit (rate_limit), logging"

func ruleOp(ctx context.Context, d *cli.Deps, cz cfclient.Zone, live *plan.Snapshot, a WAFArgs) (plan.Op, error) {
	kind := wafKinds[a.Kind]
	objs := live.Objects(kind)
	current := func() (plan.Object, plan.RuleValue, error) {
		o, ok := live.Get(kind, a.id())
		if !ok {
			return o, plan.RuleValue{}, mcpkit.Errorf("%s rule %s does not exist in zone %s; action list of kind %s shows the rule ids", a.Kind, a.id(), cz.Name, a.Kind)
		}
		v, err := plan.DecodeRule(o.Value)
		return o, v, err
	}
	switch a.Action {
	case "delete":
		cur, _, err := current()
		if err != nil {
			return plan.Op{}, err
		}
		return plan.DeleteRuleOp(cur), nil
	case "enable", "disable":
		cur, v, err := current()
		if err != nil {
			return plan.Op{}, err
		}
		want := a.Action == "enable"
		if v.Enabled == want {
			return plan.Op{}, mcpkit.Errorf("rule %s is already %sd; nothing to change", a.id(), a.Action)
		}
		v.Enabled = want
		return plan.UpdateRuleOp(cur, v), nil
	case "reorder":
		cur, v, err := current()
		if err != nil {
			return plan.Op{}, err
		}
		if a.Position > len(objs) {
			return plan.Op{}, mcpkit.Errorf("position: %d; accepted: 1–%d (the %s rules of zone %s)", a.Position, len(objs), a.Kind, cz.Name)
		}
		if v.Position == a.Position {
			return plan.Op{}, mcpkit.Errorf("rule %s is already at position %d; nothing to change", a.id(), a.Position)
		}
		v.Position = a.Position
		return plan.UpdateRuleOp(cur, v), nil
	}
	// create and update
	var v plan.RuleValue
	var cur plan.Object
	var before *plan.RuleValue
	if a.Action == "update" {
		if a.id() == "" && a.Managed != nil {
			id, err := managedRuleFor(ctx, d, cz.ID, live, a.Managed)
			if err != nil {
				return plan.Op{}, err
			}
			a.RuleID = id
		}
		var err error
		var b plan.RuleValue
		if cur, b, err = current(); err != nil {
			return plan.Op{}, err
		}
		before, v = &b, b
	} else {
		v = plan.RuleValue{Ref: newRef(), Enabled: true, Position: len(objs) + 1}
		if a.Position != 0 {
			if a.Position > len(objs)+1 {
				return plan.Op{}, mcpkit.Errorf("position: %d; accepted: 1–%d (the %s rules of zone %s, plus one for the end)", a.Position, len(objs)+1, a.Kind, cz.Name)
			}
			v.Position = a.Position
		}
	}
	if a.Rule != nil {
		var r ruleArg
		if err := decodeArg("rule", a.Rule, &r, ruleAccepted); err != nil {
			return plan.Op{}, err
		}
		mergeRule(&v, r)
	}
	if a.Managed != nil {
		if err := applyManaged(ctx, d, cz, live, &v, a.Action == "create", a.Managed); err != nil {
			return plan.Op{}, err
		}
	}
	if err := checkRule(ctx, d, cz, a.Kind, &v); err != nil {
		return plan.Op{}, err
	}
	if pl := plan.ZonePlan(cz.Plan.Name); a.Kind == "custom" && v.Action == "log" && pl != "" && pl != "enterprise" && (before == nil || before.Action != "log") {
		return plan.Op{}, mcpkit.Errorf("rule.action log needs an Enterprise plan for custom rules (zone %s is on the %s plan); accepted: block, challenge, js_challenge, managed_challenge, skip", cz.Name, pl)
	}
	if a.Action == "create" {
		if a.Kind == "managed" {
			id := managedIDOf(v)
			for _, o := range objs {
				ov, _ := plan.DecodeRule(o.Value)
				if ov.Action == "execute" && managedIDOf(ov) == id {
					return plan.Op{}, mcpkit.Errorf("managed ruleset %s is already deployed on zone %s (execute rule %s); change it with action update", id, cz.Name, o.ID)
				}
			}
		}
		return plan.CreateRuleOp(kind, v), nil
	}
	op := plan.UpdateRuleOp(cur, v)
	if string(op.After) == string(op.Before) {
		return plan.Op{}, mcpkit.Errorf("rule %s already has these values; nothing to update", a.id())
	}
	return op, nil
}

func mergeRule(v *plan.RuleValue, r ruleArg) {
	if r.Action != nil {
		v.Action = strings.TrimSpace(*r.Action)
	}
	if r.Expression != nil {
		v.Expression = *r.Expression
	}
	if r.Description != nil {
		v.Description = *r.Description
	}
	if r.Enabled != nil {
		v.Enabled = *r.Enabled
	}
	if r.ActionParameters != nil {
		v.ActionParameters = r.ActionParameters
	}
	if r.RateLimit != nil {
		v.RateLimit = r.RateLimit
	}
	if r.Logging != nil {
		v.Logging = r.Logging
	}
	*v = plan.NormalizeRule(*v)
}

// maxDescription bounds a rule description (Cloudflare's limit).
const maxDescription = 500

// checkRule checks a rule for its kind: the action, the expression with
// pkg/rules for the phase, the zone plan and the account's lists, and the
// action's parameters.
func checkRule(ctx context.Context, d *cli.Deps, cz cfclient.Zone, kind string, v *plan.RuleValue) error {
	if err := validate.Enum("rule.action", v.Action, phaseActions[kind]...); err != nil {
		return mcpkit.Errorf("%v", err)
	}
	if len(v.Description) > maxDescription {
		return mcpkit.Errorf("rule.description: %d characters; accepted: at most %d", len(v.Description), maxDescription)
	}
	if err := validate.Description("rule.description", v.Description); err != nil {
		return mcpkit.Errorf("%v", err)
	}
	if strings.TrimSpace(v.Expression) == "" {
		return mcpkit.Errorf("rule.expression is required; accepted: a Rules language expression, e.g. (http.request.uri.path eq \"/login\")")
	}
	pl, _ := rules.ParsePlan(plan.ZonePlan(cz.Plan.Name))
	listKinds := map[string]string{}
	lists, err := d.Client.ListIPLists(ctx)
	if err != nil {
		return err
	}
	for _, l := range lists {
		listKinds[l.Name] = l.Kind
	}
	phase := plan.RuleKindPhase[wafKinds[kind]]
	if _, err := rules.Check(v.Expression, rules.Options{Phase: phase, Plan: pl, Lists: listKinds}); err != nil {
		return mcpkit.Errorf("rule.expression is not valid for %s on the %s plan: %s; accepted: a Rules language expression (fields, operators and functions of this phase)", phase, orUnknown(pl.String()), exprErr(err))
	}
	var ap map[string]any
	if v.ActionParameters != nil {
		if err := json.Unmarshal(v.ActionParameters, &ap); err != nil {
			return mcpkit.Errorf("rule.action_parameters: not a JSON object; accepted: an object such as {\"response\": {…}} or, for skip, {\"ruleset\": \"current\"}")
		}
	}
	switch v.Action {
	case "skip":
		if len(ap) == 0 {
			return mcpkit.Errorf("rule.action_parameters is required for skip; accepted: ruleset \"current\", phases, products, rulesets or rules")
		}
	case "execute":
		id, _ := ap["id"].(string)
		if _, ok := managedNames(ctx, d, cz.ID)[id]; !ok {
			return mcpkit.Errorf("rule.action_parameters.id %s is not a managed ruleset this zone can deploy; accepted: a managed ruleset id (or use managed with ruleset cloudflare or owasp)", validate.Quote(id))
		}
	}
	if kind == "rate_limit" {
		return checkRateLimit(v, phase, pl, listKinds)
	}
	if v.RateLimit != nil {
		return mcpkit.Errorf("rule.ratelimit is only for kind rate_limit")
	}
	return nil
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}

// exprErr shows at most three positioned errors.
func exprErr(err error) string {
	var l rules.ErrorList
	if errors.As(err, &l) && len(l) > 3 {
		return rules.ErrorList(l[:3]).Error() + fmt.Sprintf("; and %d more", len(l)-3)
	}
	return err.Error()
}

func checkRateLimit(v *plan.RuleValue, phase string, pl rules.Plan, lists map[string]string) error {
	const acc = `{"characteristics": ["cf.colo.id", "ip.src"], "period": 60, "requests_per_period": 100, "mitigation_timeout": 600}`
	if v.RateLimit == nil {
		return mcpkit.Errorf("rule.ratelimit is required for kind rate_limit; accepted: %s", acc)
	}
	var rl struct {
		Characteristics   []string `json:"characteristics"`
		Period            *int     `json:"period"`
		RequestsPerPeriod *int     `json:"requests_per_period"`
		ScorePerPeriod    *int     `json:"score_per_period"`
		MitigationTimeout *int     `json:"mitigation_timeout"`
		CountingExpr      string   `json:"counting_expression"`
		RequestsToOrigin  *bool    `json:"requests_to_origin"`
		ScoreHeader       string   `json:"score_response_header_name"`
		MitigationExpr    string   `json:"mitigation_expression"`
	}
	if err := validate.DecodeStrict(v.RateLimit, &rl); err != nil {
		return mcpkit.Errorf("rule.ratelimit: %v; accepted: %s", err, acc)
	}
	if len(rl.Characteristics) == 0 || !contains(rl.Characteristics, "cf.colo.id") {
		return mcpkit.Errorf("rule.ratelimit.characteristics must include cf.colo.id; accepted: %s", acc)
	}
	periods := []int{10, 15, 20, 30, 40, 45, 60, 90, 120, 180, 240, 300, 480, 600, 900, 1200, 1800, 2400, 3600, 65535, 86400}
	if rl.Period == nil || !containsInt(periods, *rl.Period) {
		return mcpkit.Errorf("rule.ratelimit.period is missing or not accepted; accepted (seconds): 10, 15, 20, 30, 40, 45, 60, 90, 120, 180, 240, 300, 480, 600, 900, 1200, 1800, 2400, 3600, 65535, 86400 (the plan may allow fewer)")
	}
	if (rl.RequestsPerPeriod == nil || *rl.RequestsPerPeriod < 1) && (rl.ScorePerPeriod == nil || *rl.ScorePerPeriod < 1) {
		return mcpkit.Errorf("rule.ratelimit.requests_per_period is required (a positive number); accepted: %s", acc)
	}
	if rl.MitigationTimeout != nil && !containsInt([]int{0, 10, 30, 60, 120, 300, 600, 3600, 86400}, *rl.MitigationTimeout) {
		return mcpkit.Errorf("rule.ratelimit.mitigation_timeout %d is not accepted; accepted (seconds): 0, 10, 30, 60, 120, 300, 600, 3600, 86400", *rl.MitigationTimeout)
	}
	if rl.CountingExpr != "" {
		if _, err := rules.Check(rl.CountingExpr, rules.Options{Phase: phase, Plan: pl, Lists: lists, CountingExpression: true}); err != nil {
			return mcpkit.Errorf("rule.ratelimit.counting_expression is not valid: %s", exprErr(err))
		}
	}
	return nil
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func managedIDOf(v plan.RuleValue) string {
	var ap struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(v.ActionParameters, &ap)
	return ap.ID
}

// managedArg is the managed ruleset shorthand.
type managedArg struct {
	Ruleset     string  `json:"ruleset"`
	Action      *string `json:"action"`
	Enabled     *bool   `json:"enabled"`
	Sensitivity *string `json:"sensitivity"`
	Paranoia    *int    `json:"paranoia"`
	Threshold   any     `json:"threshold"`
	Categories  []struct {
		Category string  `json:"category"`
		Action   *string `json:"action"`
		Enabled  *bool   `json:"enabled"`
	} `json:"categories"`
	Rules []struct {
		ID             string  `json:"id"`
		Action         *string `json:"action"`
		Enabled        *bool   `json:"enabled"`
		ScoreThreshold *int    `json:"score_threshold"`
	} `json:"rules"`
}

const managedAccepted = `{"ruleset": "cloudflare"|"owasp", "action": "block"|"managed_challenge"|"js_challenge"|"challenge"|"log", "enabled": bool, "sensitivity": "default"|"medium"|"low"|"eoff", "paranoia": 1–4 (owasp), "threshold": "low"|"medium"|"high" or 60|40|25 (owasp), "categories": [{"category", "action", "enabled"}], "rules": [{"id", "action", "enabled", "score_threshold"}]}`

var managedActions = []string{"block", "managed_challenge", "js_challenge", "challenge", "log"}

// managedRulesetNames are the managed rulesets the shorthand names, by
// the name Cloudflare gives them.
var managedRulesetNames = map[string]string{"cloudflare": "Cloudflare Managed Ruleset", "owasp": "Cloudflare OWASP Core Ruleset"}

// managedRulesetID resolves managed.ruleset (cloudflare, owasp or a
// managed ruleset id) through the managed rulesets the zone can deploy.
func managedRulesetID(ctx context.Context, d *cli.Deps, zoneID, s string) (string, error) {
	key := strings.ToLower(strings.TrimSpace(s))
	bad := mcpkit.Errorf("managed.ruleset %s is not accepted; accepted: cloudflare (Cloudflare Managed Ruleset), owasp (OWASP Core Ruleset) or the id of a managed ruleset", validate.Quote(s))
	name, short := managedRulesetNames[key]
	if !short && !validate.IsID(key) {
		return "", bad
	}
	all, err := d.Client.ListRulesets(ctx, zoneID)
	if err != nil {
		return "", err
	}
	for _, rs := range all {
		if rs.Kind == "managed" && (rs.ID == key || short && rs.Name == name) {
			return rs.ID, nil
		}
	}
	return "", bad
}

// managedNames names the managed rulesets the zone can deploy.
func managedNames(ctx context.Context, d *cli.Deps, zoneID string) map[string]string {
	out := map[string]string{}
	all, err := d.Client.ListRulesets(ctx, zoneID)
	if err != nil {
		return out
	}
	for _, rs := range all {
		if rs.Kind == "managed" {
			out[rs.ID] = rs.Name
		}
	}
	return out
}

// managedRuleFor finds the execute rule of managed.ruleset.
func managedRuleFor(ctx context.Context, d *cli.Deps, zoneID string, live *plan.Snapshot, m map[string]any) (string, error) {
	var ma managedArg
	if err := decodeArg("managed", m, &ma, managedAccepted); err != nil {
		return "", err
	}
	id, err := managedRulesetID(ctx, d, zoneID, ma.Ruleset)
	if err != nil {
		return "", err
	}
	for _, o := range live.Objects(plan.KindManagedRule) {
		v, _ := plan.DecodeRule(o.Value)
		if v.Action == "execute" && managedIDOf(v) == id {
			return o.ID, nil
		}
	}
	return "", mcpkit.Errorf("managed ruleset %s is not deployed on this zone; deploy it with action create", ma.Ruleset)
}

// owaspAnomalyRule is the OWASP rule that carries the score threshold
// (949110: Inbound Anomaly Score Exceeded) in Cloudflare's ruleset.
const owaspAnomalyRule = "6179ae15870a4bb7b2d480d4843b323c"

// owaspAnomalyRuleID looks the anomaly rule up in the OWASP ruleset (its
// description starts with 949110), falling back to Cloudflare's id.
func owaspAnomalyRuleID(ctx context.Context, d *cli.Deps, zoneID string) string {
	rs, err := d.Client.GetRuleset(ctx, zoneID, plan.ManagedOWASPID)
	if err == nil {
		for _, r := range rs.Rules {
			if strings.HasPrefix(r.Description, "949110") {
				return r.ID
			}
		}
	}
	return owaspAnomalyRule
}

// applyManaged turns the managed shorthand into an execute rule (create)
// or merges it into the rule's overrides (update).
func applyManaged(ctx context.Context, d *cli.Deps, cz cfclient.Zone, live *plan.Snapshot, v *plan.RuleValue, create bool, m map[string]any) error {
	var ma managedArg
	if err := decodeArg("managed", m, &ma, managedAccepted); err != nil {
		return err
	}
	var id string
	if create || ma.Ruleset != "" {
		var err error
		if id, err = managedRulesetID(ctx, d, cz.ID, ma.Ruleset); err != nil {
			return err
		}
	}
	if create {
		name := managedNames(ctx, d, cz.ID)[id]
		if name == "" {
			name = id
		}
		v.Action, v.Expression, v.Description = "execute", "true", name
		v.ActionParameters, _ = json.Marshal(map[string]any{"id": id, "version": "latest"})
	} else if id != "" && id != managedIDOf(*v) {
		return mcpkit.Errorf("managed.ruleset %s does not match the execute rule, which deploys %s", ma.Ruleset, managedIDOf(*v))
	}
	id = managedIDOf(*v)
	owasp := id == plan.ManagedOWASPID || managedNames(ctx, d, cz.ID)[id] == managedRulesetNames["owasp"]
	var ap map[string]any
	if err := json.Unmarshal(v.ActionParameters, &ap); err != nil || ap == nil {
		ap = map[string]any{}
	}
	ov, _ := ap["overrides"].(map[string]any)
	if ov == nil {
		ov = map[string]any{}
	}
	cats := overrideList(ov["categories"], "category")
	rls := overrideList(ov["rules"], "id")
	if ma.Action != nil {
		if err := validate.Enum("managed.action", *ma.Action, managedActions...); err != nil {
			return mcpkit.Errorf("%v", err)
		}
		if owasp {
			r := rls.get(owaspAnomalyRuleID(ctx, d, cz.ID))
			r["action"] = *ma.Action
		} else {
			ov["action"] = *ma.Action
		}
	}
	if ma.Enabled != nil {
		ov["enabled"] = *ma.Enabled
	}
	if ma.Sensitivity != nil {
		if err := validate.Enum("managed.sensitivity", *ma.Sensitivity, "default", "medium", "low", "eoff"); err != nil {
			return mcpkit.Errorf("%v", err)
		}
		ov["sensitivity_level"] = *ma.Sensitivity
	}
	if ma.Paranoia != nil {
		if !owasp {
			return mcpkit.Errorf("managed.paranoia is for the OWASP Core Ruleset only")
		}
		if *ma.Paranoia < 1 || *ma.Paranoia > 4 {
			return mcpkit.Errorf("managed.paranoia: %d; accepted: 1–4 (1 is the default; higher levels catch more and block more legitimate traffic)", *ma.Paranoia)
		}
		for pl := 2; pl <= 4; pl++ {
			c := cats.get("paranoia-level-" + strconv.Itoa(pl))
			delete(c, "enabled")
			if pl > *ma.Paranoia {
				c["enabled"] = false
			}
		}
	}
	if ma.Threshold != nil {
		if !owasp {
			return mcpkit.Errorf("managed.threshold is for the OWASP Core Ruleset only")
		}
		th := 0
		switch t := ma.Threshold.(type) {
		case string:
			th = map[string]int{"low": 60, "medium": 40, "high": 25}[strings.ToLower(t)]
		case float64:
			if t == 60 || t == 40 || t == 25 {
				th = int(t)
			}
		}
		if th == 0 {
			return mcpkit.Errorf("managed.threshold %v is not accepted; accepted: low (60), medium (40, the default) or high (25)", ma.Threshold)
		}
		rls.get(owaspAnomalyRuleID(ctx, d, cz.ID))["score_threshold"] = th
	}
	for i, c := range ma.Categories {
		if c.Category == "" {
			return mcpkit.Errorf("managed.categories[%d].category is required; accepted: a tag such as wordpress or paranoia-level-3", i)
		}
		e := cats.get(c.Category)
		if c.Action != nil {
			if err := validate.Enum(fmt.Sprintf("managed.categories[%d].action", i), *c.Action, managedActions...); err != nil {
				return mcpkit.Errorf("%v", err)
			}
			e["action"] = *c.Action
		}
		if c.Enabled != nil {
			e["enabled"] = *c.Enabled
		}
	}
	for i, r := range ma.Rules {
		if err := validate.ID(fmt.Sprintf("managed.rules[%d].id", i), r.ID); err != nil {
			return mcpkit.Errorf("%v", err)
		}
		e := rls.get(r.ID)
		if r.Action != nil {
			if err := validate.Enum(fmt.Sprintf("managed.rules[%d].action", i), *r.Action, managedActions...); err != nil {
				return mcpkit.Errorf("%v", err)
			}
			e["action"] = *r.Action
		}
		if r.Enabled != nil {
			e["enabled"] = *r.Enabled
		}
		if r.ScoreThreshold != nil {
			e["score_threshold"] = *r.ScoreThreshold
		}
	}
	if c := cats.list(); len(c) > 0 {
		ov["categories"] = c
	} else {
		delete(ov, "categories")
	}
	if r := rls.list(); len(r) > 0 {
		ov["rules"] = r
	} else {
		delete(ov, "rules")
	}
	if len(ov) > 0 {
		ap["overrides"] = ov
	} else {
		delete(ap, "overrides")
	}
	v.ActionParameters, _ = json.Marshal(ap)
	*v = plan.NormalizeRule(*v)
	return nil
}

// overrides is an ordered list of override objects keyed by one field.
type overrides struct {
	key   string
	order []string
	by    map[string]map[string]any
}

func overrideList(raw any, key string) *overrides {
	o := &overrides{key: key, by: map[string]map[string]any{}}
	items, _ := raw.([]any)
	for _, it := range items {
		m, ok := it.(map[string]any)
		if !ok {
			continue
		}
		k, _ := m[key].(string)
		if _, dup := o.by[k]; !dup {
			o.order = append(o.order, k)
		}
		o.by[k] = m
	}
	return o
}

func (o *overrides) get(k string) map[string]any {
	if m, ok := o.by[k]; ok {
		return m
	}
	m := map[string]any{o.key: k}
	o.order = append(o.order, k)
	o.by[k] = m
	return m
}

// list drops entries that override nothing.
func (o *overrides) list() []any {
	var out []any
	for _, k := range o.order {
		if m := o.by[k]; len(m) > 1 {
			out = append(out, m)
		}
	}
	return out
}

// ---- IP lists ----

type listArg struct {
	Name        string `json:"name"`
	Description string `json:"description"`
}

type itemArg struct {
	IP      string `json:"ip"`
	Comment string `json:"comment"`
}

func listOp(live *plan.Snapshot, a WAFArgs) (plan.Op, error) {
	switch a.Action {
	case "create":
		var la listArg
		if err := decodeArg("list", a.List, &la, `{"name": "office_ips", "description": "…"}`); err != nil {
			return plan.Op{}, err
		}
		if !listNameRe.MatchString(la.Name) {
			return plan.Op{}, mcpkit.Errorf("list.name %s is not accepted; accepted: 1–50 lower-case letters, digits and underscores", validate.Quote(la.Name))
		}
		if len(la.Description) > 500 {
			return plan.Op{}, mcpkit.Errorf("list.description: %d characters; accepted: at most 500", len(la.Description))
		}
		if err := validate.Description("list.description", la.Description); err != nil {
			return plan.Op{}, mcpkit.Errorf("%v", err)
		}
		if m := live.ByIdentity(plan.KindIPList, la.Name); len(m) > 0 {
			return plan.Op{}, mcpkit.Errorf("a list named %s already exists (id %s); change its items with action update", la.Name, m[0].ID)
		}
		return plan.CreateListOp(plan.ListValue{Name: la.Name, Kind: "ip", Description: la.Description, Items: []plan.ListItemValue{}}), nil
	}
	cur, ok := live.Get(plan.KindIPList, a.id())
	if !ok {
		return plan.Op{}, mcpkit.Errorf("IP list %s does not exist in this account; action list of kind ip_list shows the list ids", a.id())
	}
	v, err := plan.DecodeList(cur.Value)
	if err != nil {
		return plan.Op{}, err
	}
	if v.Oversize > 0 {
		return plan.Op{}, mcpkit.Errorf("list %s holds more than %d items (%d); cfplane plans over lists of at most %d items", v.Name, plan.MaxListItems, v.Oversize, plan.MaxListItems)
	}
	var items []plan.ListItemValue
	for i, raw := range a.Items {
		var it itemArg
		if s, ok := raw.(string); ok {
			it.IP = s
		} else if err := decodeArg(fmt.Sprintf("items[%d]", i), raw, &it, `{"ip": "192.0.2.0/24", "comment": "…"} or an address string`); err != nil {
			return plan.Op{}, err
		}
		ip, err := plan.NormalizeListIP(it.IP)
		if err != nil {
			return plan.Op{}, mcpkit.Errorf("items[%d].ip: %v", i, err)
		}
		if len(it.Comment) > 500 {
			return plan.Op{}, mcpkit.Errorf("items[%d].comment: %d characters; accepted: at most 500", i, len(it.Comment))
		}
		if err := validate.Comment(fmt.Sprintf("items[%d].comment", i), it.Comment); err != nil {
			return plan.Op{}, mcpkit.Errorf("%v", err)
		}
		items = append(items, plan.ListItemValue{IP: ip, Comment: it.Comment})
	}
	if a.Mode != "replace" && len(items) == 0 {
		return plan.Op{}, mcpkit.Errorf("items is empty; mode %s needs at least one item", a.Mode)
	}
	next := v
	switch a.Mode {
	case "add":
		next.Items = append(append([]plan.ListItemValue(nil), v.Items...), items...)
	case "remove":
		drop := map[string]bool{}
		for _, it := range items {
			drop[it.IP] = true
		}
		next.Items = nil
		for _, it := range v.Items {
			if !drop[it.IP] {
				next.Items = append(next.Items, it)
			}
		}
		if len(next.Items) == len(v.Items) {
			return plan.Op{}, mcpkit.Errorf("none of the items is in list %s; nothing to remove", v.Name)
		}
	case "replace":
		next.Items = items
	}
	if next.Items == nil {
		next.Items = []plan.ListItemValue{}
	}
	if n := len(plan.NormalizeList(next).Items); n > plan.MaxListItems {
		return plan.Op{}, mcpkit.Errorf("list %s would hold %d items; accepted: at most %d", v.Name, n, plan.MaxListItems)
	}
	op := plan.UpdateListOp(cur, next)
	if string(op.After) == string(op.Before) {
		return plan.Op{}, mcpkit.Errorf("list %s already holds these items; nothing to change", v.Name)
	}
	return op, nil
}
