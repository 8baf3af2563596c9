package wafcheck

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/rules"
)

// Severities, most severe first.
const (
	SevCritical = "critical"
	SevHigh     = "high"
	SevMedium   = "medium"
	SevLow      = "low"
	SevInfo     = "info"
)

var sevRank = map[string]int{SevCritical: 4, SevHigh: 3, SevMedium: 2, SevLow: 1, SevInfo: 0}

// Level is the CI level of a severity: error (critical, high), warning
// (medium, low) or note (info).
func Level(sev string) string {
	switch sev {
	case SevCritical, SevHigh:
		return "error"
	case SevMedium, SevLow:
		return "warning"
	}
	return "note"
}

// Evidence is what a finding is about: rule_id, ruleset_id, phase,
// action, expression, setting, value, detail (each when known).
type Evidence map[string]string

// Finding is one result of a check.
type Finding struct {
	Check       string   `json:"check" jsonschema:"stable check id"`
	Title       string   `json:"title"`
	Severity    string   `json:"severity" jsonschema:"critical, high, medium, low or info"`
	Level       string   `json:"level" jsonschema:"error, warning or note"`
	RuleID      string   `json:"rule_id,omitempty" jsonschema:"the rule (id, ref or position) the finding is about"`
	Evidence    Evidence `json:"evidence"`
	Why         string   `json:"why"`
	Remediation string   `json:"remediation"`
	Controls    []string `json:"controls" jsonschema:"compliance controls affected, framework:control"`
}

// Result is the outcome of Analyze.
type Result struct {
	Source       string         `json:"source"`
	Zone         string         `json:"zone,omitempty"`
	Plan         string         `json:"plan,omitempty"`
	SnapshotHash string         `json:"snapshot_hash"`
	RulesChecked int            `json:"rules_checked"`
	ChecksRun    []string       `json:"checks_run"`
	NotAssessed  []string       `json:"not_assessed" jsonschema:"checks that did not run because the input lacks their data"`
	Findings     []Finding      `json:"findings"`
	Counts       map[string]int `json:"counts" jsonschema:"findings per severity"`
	Notes        []string       `json:"notes,omitempty"`
}

// rule is one parsed rule of the snapshot.
type rule struct {
	rs      *Ruleset
	idx     int
	r       cfclient.Rule
	ref     string
	node    rules.Node
	checked *rules.Checked
	err     error
	canon   string
	fields  map[string]bool
	lists   []string
	req     [][]atom // prefilter: atoms each disjunct requires
	lits    literals
	always  bool      // expression is always true
	mask    [4]uint64 // fields as bits (env.bit)
	wide    bool      // more fields than the mask holds
}

type env struct {
	s      *Snapshot
	rules  []*rule // every rule of every ruleset, in order
	notes  []string
	hash   string
	shadow int // Contains comparisons made
	bits   map[string]int
}

// fieldMask sets r.mask from r.fields.
func (e *env) fieldMask(r *rule) {
	for f := range r.fields {
		b, ok := e.bits[f]
		if !ok {
			b = len(e.bits)
			e.bits[f] = b
		}
		if b >= 256 {
			r.wide = true
			continue
		}
		r.mask[b/64] |= 1 << (b % 64)
	}
}

// fieldsSubset reports whether a's fields are all among b's.
func fieldsSubset(a, b *rule) bool {
	if a.wide || b.wide {
		return subset(a.fields, b.fields)
	}
	for i := range a.mask {
		if a.mask[i]&^b.mask[i] != 0 {
			return false
		}
	}
	return true
}

// maxShadowPairs bounds the pairwise containment proofs per analysis.
const maxShadowPairs = 20000

func newEnv(s *Snapshot) *env {
	e := &env{s: s, bits: map[string]int{}}
	opts := rules.Options{Plan: s.PlanLevel()}
	for i := range s.Rulesets {
		rs := &s.Rulesets[i]
		for j, r := range rs.Rules {
			pr := &rule{rs: rs, idx: j, r: r, ref: RuleRef(*rs, j), fields: map[string]bool{}}
			o := opts
			o.Phase = rs.Phase
			if rs.Phase != PhaseCustom && rs.Phase != PhaseRateLimit && rs.Phase != PhaseManaged {
				o.Phase = ""
			}
			pr.checked, pr.err = rules.Check(r.Expression, o)
			if pr.checked != nil {
				pr.node = pr.checked.Root
			} else if n, perr := rules.Parse(r.Expression); perr == nil {
				pr.node = n
			}
			if pr.node != nil {
				pr.canon = rules.Print(pr.node)
				for _, f := range rules.FieldsUsed(pr.node) {
					pr.fields[f] = true
				}
				walkNode(pr.node, func(n rules.Node) {
					if l, ok := n.(*rules.ListRef); ok {
						pr.lists = append(pr.lists, l.Name)
					}
				})
				if rs.Phase == PhaseCustom {
					pr.req = requiredByDisjunct(pr.node)
					pr.lits = collectLiterals(pr.node)
					v, ok := rules.ConstValue(pr.node)
					pr.always = ok && v
					e.fieldMask(pr)
				}
			}
			e.rules = append(e.rules, pr)
		}
	}
	return e
}

func (e *env) phaseRules(phase string) []*rule {
	var out []*rule
	for _, r := range e.rules {
		if r.rs.Phase == phase {
			out = append(out, r)
		}
	}
	return out
}

func walkNode(n rules.Node, fn func(rules.Node)) {
	if n == nil {
		return
	}
	fn(n)
	switch x := n.(type) {
	case *rules.Logical:
		walkNode(x.X, fn)
		walkNode(x.Y, fn)
	case *rules.Not:
		walkNode(x.X, fn)
	case *rules.Compare:
		walkNode(x.LHS, fn)
		walkNode(x.RHS, fn)
	case *rules.Call:
		for _, a := range x.Args {
			walkNode(a, fn)
		}
	case *rules.Set:
		for _, el := range x.Elems {
			walkNode(el, fn)
		}
	}
}

// finding builds a finding of check c about rule r (r may be nil).
func (e *env) finding(c *Check, r *rule, detail string) Finding {
	f := Finding{Check: c.ID, Title: c.Title, Severity: c.Severity, Why: c.Why, Remediation: c.Remediation,
		Controls: append([]string{}, c.Controls...), Evidence: Evidence{"detail": detail}}
	if r != nil {
		f.RuleID = r.ref
		f.Evidence["rule_id"] = r.ref
		f.Evidence["ruleset_id"] = r.rs.ID
		if f.Evidence["ruleset_id"] == "" {
			f.Evidence["ruleset_id"] = r.rs.Address
		}
		f.Evidence["phase"] = r.rs.Phase
		f.Evidence["action"] = r.r.Action
		f.Evidence["expression"] = r.r.Expression
	}
	return f
}

func (e *env) settingFinding(c *Check, id, value, detail string) Finding {
	f := e.finding(c, nil, detail)
	f.RuleID = "setting:" + id
	f.Evidence["setting"] = id
	f.Evidence["value"] = value
	return f
}

// Analyze runs every check whose data the snapshot carries.
func Analyze(s *Snapshot) *Result {
	e := newEnv(s)
	res := &Result{Source: s.Source, Zone: s.ZoneName, Plan: s.Plan, SnapshotHash: s.Hash(),
		RulesChecked: len(e.rules), ChecksRun: []string{}, NotAssessed: []string{}, Findings: []Finding{},
		Counts: map[string]int{}}
	e.hash = res.SnapshotHash
	for _, c := range Checks() {
		if !c.applies(s) {
			res.NotAssessed = append(res.NotAssessed, c.ID)
			continue
		}
		res.ChecksRun = append(res.ChecksRun, c.ID)
		for _, f := range c.run(e, c) {
			if f.RuleID == "" {
				// Zone-level findings name the phase (or the zone) they are about.
				f.RuleID = "zone"
				if ph := c.phase(); ph != "" {
					f.RuleID = "phase:" + ph
				}
			}
			if f.Level == "" {
				f.Level = Level(f.Severity)
			}
			for k, v := range f.Evidence {
				if v == "" {
					delete(f.Evidence, k)
				}
			}
			res.Findings = append(res.Findings, f)
		}
	}
	sort.SliceStable(res.Findings, func(i, j int) bool {
		a, b := res.Findings[i], res.Findings[j]
		if sevRank[a.Severity] != sevRank[b.Severity] {
			return sevRank[a.Severity] > sevRank[b.Severity]
		}
		return a.Check < b.Check
	})
	for _, f := range res.Findings {
		res.Counts[f.Severity]++
	}
	res.Notes = e.notes
	return res
}

// Reaches reports whether any finding reaches the level ("error" or
// "warning").
func (r *Result) Reaches(level string) bool {
	for _, f := range r.Findings {
		switch level {
		case "error":
			if f.Level == "error" {
				return true
			}
		case "warning":
			if f.Level == "error" || f.Level == "warning" {
				return true
			}
		}
	}
	return false
}

// executeParams is the part of an execute rule's action_parameters the
// checks read.
type executeParams struct {
	ID        string `json:"id"`
	Version   string `json:"version"`
	Overrides *struct {
		Action     string `json:"action"`
		Enabled    *bool  `json:"enabled"`
		Categories []struct {
			Category string `json:"category"`
			Action   string `json:"action"`
			Enabled  *bool  `json:"enabled"`
		} `json:"categories"`
		Rules []struct {
			ID             string `json:"id"`
			Action         string `json:"action"`
			Enabled        *bool  `json:"enabled"`
			ScoreThreshold int    `json:"score_threshold"`
		} `json:"rules"`
	} `json:"overrides"`
}

func execParams(r cfclient.Rule) executeParams {
	var p executeParams
	_ = json.Unmarshal(r.ActionParameters, &p)
	return p
}

type skipParams struct {
	Ruleset  string              `json:"ruleset"`
	Phase    string              `json:"phase"`
	Phases   []string            `json:"phases"`
	Products []string            `json:"products"`
	Rulesets []string            `json:"rulesets"`
	Rules    map[string][]string `json:"rules"`
}

func skipOf(r cfclient.Rule) skipParams {
	var p skipParams
	_ = json.Unmarshal(r.ActionParameters, &p)
	return p
}

type logging struct {
	Enabled *bool `json:"enabled"`
}

type ratelimit struct {
	Characteristics   []string `json:"characteristics"`
	Period            int      `json:"period"`
	RequestsPerPeriod int      `json:"requests_per_period"`
	MitigationTimeout int      `json:"mitigation_timeout"`
	CountingExpr      string   `json:"counting_expression"`
}

func rateOf(r cfclient.Rule) ratelimit {
	var p ratelimit
	_ = json.Unmarshal(r.RateLimit, &p)
	return p
}

// Terminating reports whether an action stops evaluation of the request.
func Terminating(action string) bool {
	switch action {
	case "block", "challenge", "js_challenge", "managed_challenge":
		return true
	}
	return false
}

func strOr(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
