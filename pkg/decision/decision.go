// Package decision recommends whether a proposed change should go ahead:
// proceed, proceed with staging, needs approval, or do not. The
// recommendation is built from the Layer0 verdict on the proposal, cfplane's
// own catalogue of which tools and actions mutate, and risk factors of the
// change itself; it comes with the evidence, a risk score and concrete
// checks to run afterwards.
package decision

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/routing"
)

// Recommendations.
const (
	Proceed            = "proceed"
	ProceedWithStaging = "proceed_with_staging"
	NeedsApproval      = "needs_approval"
	DoNot              = "do_not"
)

// Caps on a proposal.
const (
	MaxChangeBytes  = routing.MaxTextBytes
	MaxContextBytes = 4 << 10
	// ApprovalRisk is the risk score from which a change needs approval
	// even when Layer0 allows it.
	ApprovalRisk = 60
)

// DefaultProtectedRecords are the records cloudflare_safe protects when
// its configuration names none (pkg/config.Default; a test keeps them equal).
var DefaultProtectedRecords = []string{"@ NS", "@ SOA", "@ MX"}

// Environments accepted; empty counts as production.
var Environments = []string{"production", "staging", "development"}

// Proposal is what to decide about: a tool call or a described change.
type Proposal struct {
	Tool        string
	Arguments   map[string]any
	Change      string
	Environment string
	Context     string
	// Guards are the operator's configured limits, when known.
	Guards *Guards
}

// Guards are the limits cloudflare_safe enforces from its configuration:
// the zone allowlist and protected objects.
type Guards struct {
	// ZoneAllowed reports whether a zone (name or id) may be changed.
	ZoneAllowed func(zone string) bool
	// ProtectedRecords are "NAME TYPE" patterns (NAME "@" for the apex,
	// relative or fully qualified, * allowed; TYPE may be *).
	ProtectedRecords []string
	// ProtectedRules are ruleset rule ids.
	ProtectedRules []string
	// ProtectedTunnels are tunnel ids or names.
	ProtectedTunnels []string
}

// InputError is a proposal that cannot be judged.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

func inputErr(format string, args ...any) error {
	return &InputError{Msg: fmt.Sprintf(format, args...)}
}

// Factor is one contribution to the risk score.
type Factor struct {
	ID     string `json:"id"`
	Points int    `json:"points"`
	Detail string `json:"detail"`
}

// Risk is the scored risk of the change.
type Risk struct {
	Score   int      `json:"score"`
	Level   string   `json:"level"`
	Factors []Factor `json:"factors"`
}

// Evidence is what the recommendation rests on.
type Evidence struct {
	Layer0 layer0.Verdict `json:"layer0"`
	// ContextLayer0 is the verdict on the context text, when given.
	ContextLayer0 *layer0.Verdict `json:"context_layer0,omitempty"`
	Rules         []string        `json:"rules"`
	Server        string          `json:"server,omitempty"`
	Tool          string          `json:"tool,omitempty"`
	Action        string          `json:"action,omitempty"`
	Arguments     map[string]any  `json:"arguments,omitempty"`
	// Target is what a described change names but the inferred call
	// addresses by id only (a record's name and type): the checks read it.
	Target map[string]any `json:"target,omitempty"`
	// From says whether the tool call was given or inferred from the
	// description (routing).
	From     string   `json:"from"`
	Mutating bool     `json:"mutating"`
	Known    bool     `json:"known"`
	Facts    []string `json:"facts"`
}

// Check is something to run after the change.
type Check struct {
	Tool      string         `json:"tool"`
	Arguments map[string]any `json:"arguments"`
	Command   string         `json:"command"`
	Why       string         `json:"why"`
}

// Recommendation is the decision and its support.
type Recommendation struct {
	Recommendation string   `json:"recommendation"`
	Rationale      []string `json:"rationale"`
	Risk           Risk     `json:"risk"`
	Evidence       Evidence `json:"evidence"`
	Staging        []string `json:"staging,omitempty"`
	PostChecks     []Check  `json:"post_checks"`
}

// categoryRisk are risk points per Layer0 category.
var categoryRisk = map[string]int{
	layer0.CategoryInjection:    40,
	layer0.CategoryJailbreak:    40,
	layer0.CategoryExfiltration: 40,
	layer0.CategoryBypass:       40,
	layer0.CategoryPrivilege:    30,
	layer0.CategoryDestructive:  25,
	layer0.CategoryWeakening:    25,
	layer0.CategoryUnknownTool:  20,
	layer0.CategoryObfuscation:  15,
	layer0.CategoryRecon:        5,
}

// Decide judges p with classifier c.
func Decide(c *layer0.Classifier, p Proposal) (Recommendation, error) {
	r := Recommendation{Rationale: []string{}, PostChecks: []Check{}, Risk: Risk{Factors: []Factor{}}}
	tool := strings.TrimSpace(p.Tool)
	change := strings.TrimSpace(p.Change)
	switch {
	case tool == "" && len(p.Arguments) > 0:
		return r, inputErr("arguments were given without a tool; name the tool they are for")
	case tool == "" && change == "":
		return r, inputErr("nothing to decide; pass a proposed tool call (tool and arguments) or a described change")
	case tool != "" && change != "":
		return r, inputErr("pass either a tool call or a described change, not both")
	case len(p.Change) > MaxChangeBytes:
		return r, inputErr("change is %d bytes; at most %d are accepted (it is refused, not truncated)", len(p.Change), MaxChangeBytes)
	case len(p.Context) > MaxContextBytes:
		return r, inputErr("context is %d bytes; at most %d are accepted (it is refused, not truncated)", len(p.Context), MaxContextBytes)
	}
	env := strings.ToLower(strings.TrimSpace(p.Environment))
	if env != "" && !contains(Environments, env) {
		return r, inputErr("environment %q is not accepted; accepted: %s (omitted = production)", p.Environment, strings.Join(Environments, ", "))
	}
	if env == "" {
		env = "production"
	}
	ev := &r.Evidence
	var err error
	if tool != "" {
		ev.From, ev.Tool, ev.Arguments = "tool_call", tool, p.Arguments
		ev.Layer0, err = c.ClassifyToolCall(tool, p.Arguments)
	} else {
		ev.From = "description"
		ev.Layer0, err = c.ClassifyText(change)
		if err == nil {
			if d, rerr := routing.Route(change); rerr == nil && d.Routed {
				ev.Tool, ev.Arguments = d.Best.Tool, d.Arguments
				if d.Prerequisite != nil {
					if f, ok := d.Prerequisite.Arguments["filter"].(map[string]any); ok && len(f) > 0 {
						ev.Target = f
					}
				}
			}
		}
	}
	if err != nil {
		if errors.Is(err, layer0.ErrTooLarge) {
			return r, inputErr("the proposal is larger than %d bytes; it is refused, not truncated", layer0.MaxInputBytes)
		}
		return r, inputErr("cannot classify the proposal: %v", err)
	}
	if strings.TrimSpace(p.Context) != "" {
		cv, err := c.ClassifyText(p.Context)
		if err != nil {
			return r, inputErr("cannot classify the context: %v", err)
		}
		ev.ContextLayer0 = &cv
	}
	ev.Rules = ruleIDs(ev.Layer0, ev.ContextLayer0)
	if ev.Tool != "" {
		ev.Action = strings.ToLower(argString(ev.Arguments, "action"))
		ev.Mutating, ev.Known = layer0.IsMutating(ev.Tool, ev.Arguments)
		ev.Server = serverOf(ev.Tool)
	} else {
		ev.Mutating, ev.Known = true, false
	}
	ev.Facts = facts(ev)
	guards := p.Guards
	if guards == nil {
		// Without the operator's configuration, judge against the
		// protection cloudflare_safe applies by default.
		guards = &Guards{ProtectedRecords: DefaultProtectedRecords}
	}
	found := append(changeFindings(ev), guardFindings(ev, guards)...)
	for _, f := range found {
		ev.Facts = append(ev.Facts, f.detail)
	}
	r.Risk = risk(ev, env, found)
	decide(&r, env, found)
	if r.Recommendation != DoNot {
		r.PostChecks = postChecks(ev)
	}
	return r, nil
}

func decide(r *Recommendation, env string, found []finding) {
	ev := &r.Evidence
	worst := ev.Layer0.Verdict
	if ev.ContextLayer0 != nil && rank(ev.ContextLayer0.Verdict) > rank(worst) {
		worst = ev.ContextLayer0.Verdict
	}
	why := func(s string, args ...any) { r.Rationale = append(r.Rationale, fmt.Sprintf(s, args...)) }
	switch {
	case worst == "block":
		r.Recommendation = DoNot
		why("Layer0 blocks it (%s): the request carries an attack or a forbidden change", strings.Join(ev.Rules, ", "))
	case refused(found) != "":
		r.Recommendation = DoNot
		why("%s", refused(found))
	case ev.Tool == "" && ev.From == "description":
		r.Recommendation = NeedsApproval
		why("the description does not map to a known cfplane tool call, so its effect cannot be checked; a person should review the concrete change")
	case !ev.Known:
		r.Recommendation = NeedsApproval
		why("cfplane's catalogue does not know %s with action %q, so it is treated as a mutation of unknown effect", ev.Tool, ev.Action)
	case worst == "review":
		r.Recommendation = NeedsApproval
		why("Layer0 asks for review (%s)", strings.Join(ev.Rules, ", "))
		// Layer0's review does not replace the concrete reasons: name them too.
		if p := protects(found); p != "" {
			why("%s; cloudflare_safe needs an approval that names the override", p)
		}
		if w := weakens(found); w != "" {
			why("the change weakens protection (%s); a person should approve it", w)
		}
	case protects(found) != "":
		r.Recommendation = NeedsApproval
		why("%s; cloudflare_safe needs an approval that names the override", protects(found))
	case weakens(found) != "":
		r.Recommendation = NeedsApproval
		why("the change weakens protection (%s); a person should approve it", weakens(found))
	case r.Risk.Score >= ApprovalRisk:
		r.Recommendation = NeedsApproval
		why("risk %d is at or above the approval threshold %d", r.Risk.Score, ApprovalRisk)
	case !ev.Mutating:
		r.Recommendation = Proceed
		why("%s only reads; nothing changes", callName(ev))
	default:
		if steps := staging(ev, env); len(steps) > 0 {
			r.Recommendation = ProceedWithStaging
			r.Staging = steps
			why("%s changes %s state that can be rolled out gradually; stage it and watch before completing", callName(ev), env)
		} else {
			r.Recommendation = Proceed
			why("%s changes state, Layer0 allows it and the risk is %s", callName(ev), r.Risk.Level)
		}
	}
	if ev.Mutating && ev.Server == routing.Safe && r.Recommendation != DoNot {
		why("cloudflare_safe only plans it; the change happens through change_apply, with its own checks and rollback")
	}
}

func rank(v string) int {
	switch v {
	case "block":
		return 2
	case "review":
		return 1
	}
	return 0
}

func refused(found []finding) string {
	for _, f := range found {
		if f.refused {
			return f.detail
		}
	}
	return ""
}

func protects(found []finding) string {
	var out []string
	for _, f := range found {
		if f.protected {
			out = append(out, f.detail)
		}
	}
	return strings.Join(out, "; ")
}

func weakens(found []finding) string {
	var out []string
	for _, f := range found {
		if f.weakens {
			out = append(out, f.detail)
		}
	}
	return strings.Join(out, "; ")
}

func risk(ev *Evidence, env string, found []finding) Risk {
	r := Risk{Factors: []Factor{}}
	add := func(id string, pts int, detail string) {
		r.Factors = append(r.Factors, Factor{ID: id, Points: pts, Detail: detail})
	}
	if s := ev.Layer0.Score; s > 0 {
		add("layer0-score", min(40, s*5), fmt.Sprintf("Layer0 score %d (%s)", s, ev.Layer0.Verdict))
	}
	cats := map[string]bool{}
	for _, c := range ev.Layer0.Categories {
		cats[c] = true
	}
	if ev.ContextLayer0 != nil {
		for _, c := range ev.ContextLayer0.Categories {
			cats[c] = true
		}
	}
	names := make([]string, 0, len(cats))
	for c := range cats {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		if pts := categoryRisk[c]; pts > 0 {
			add("category:"+c, pts, "Layer0 category "+c)
		}
	}
	if ev.Mutating {
		add("mutation", 15, callName(ev)+" changes state")
		if env == "production" {
			add("production", 15, "the change is in production (or the environment was not given)")
		}
	}
	if !ev.Known {
		add("unknown-effect", 20, "the effect of the call is not in cfplane's catalogue")
	}
	for _, f := range found {
		add(f.id, f.points, f.detail)
	}
	sort.SliceStable(r.Factors, func(i, j int) bool { return r.Factors[i].Points > r.Factors[j].Points })
	for _, f := range r.Factors {
		r.Score += f.Points
	}
	r.Score = min(100, r.Score)
	switch {
	case r.Score >= 75:
		r.Level = "critical"
	case r.Score >= 50:
		r.Level = "high"
	case r.Score >= 25:
		r.Level = "medium"
	default:
		r.Level = "low"
	}
	return r
}

// facts are catalogue facts about the call, phrased for a reviewer.
func facts(ev *Evidence) []string {
	out := []string{}
	if ev.Tool == "" {
		return append(out, "the description did not route to a cfplane tool")
	}
	call := callName(ev)
	switch {
	case !ev.Known:
		out = append(out, call+" is not in cfplane's tool catalogue (treated as mutating)")
	case ev.Mutating:
		out = append(out, call+" is mutating (cfplane catalogue)")
	default:
		out = append(out, call+" is read-only (cfplane catalogue)")
	}
	if ev.Server != "" {
		out = append(out, "served by "+ev.Server)
	}
	if ev.From == "description" {
		out = append(out, "tool and arguments inferred from the description by routing_decide's rules")
	}
	for _, e := range append(ev.Layer0.Evidence, contextEvidence(ev)...) {
		if strings.HasPrefix(e.Rule, "L0-TC-") {
			out = append(out, e.Rule+": "+e.Span)
		}
	}
	return out
}

func contextEvidence(ev *Evidence) []layer0.Evidence {
	if ev.ContextLayer0 == nil {
		return nil
	}
	return ev.ContextLayer0.Evidence
}

func callName(ev *Evidence) string {
	if ev.Action != "" {
		return ev.Tool + " " + ev.Action
	}
	return ev.Tool
}

func ruleIDs(vs ...any) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, x := range vs {
		var v *layer0.Verdict
		switch t := x.(type) {
		case layer0.Verdict:
			v = &t
		case *layer0.Verdict:
			v = t
		}
		if v == nil {
			continue
		}
		for _, e := range v.Evidence {
			if !seen[e.Rule] {
				seen[e.Rule] = true
				out = append(out, e.Rule)
			}
		}
	}
	return out
}

func serverOf(tool string) string {
	switch tool {
	case "zone_list", "dns_record_manage", "waf_rule_configure", "zone_settings_manage", "tunnel_health_check", "zone_analytics_query",
		"cf_snapshot", "cf_config_diff", "change_apply", "change_rollback", "change_list":
		return routing.Safe
	case "waf_config_analyze", "rule_gap_identify", "compliance_map_generate", "threat_intel_integrate", "waf_rule_synthesize", "waf_rule_simulate", "waf_expression_validate":
		return routing.WAF
	case "security_classify", "routing_decide", "threat_assess", "decision_support", "oracle_answer":
		return routing.Oracle
	}
	return ""
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

func argString(args map[string]any, key string) string {
	if s, ok := args[key].(string); ok {
		return s
	}
	return ""
}
