package layer0

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed policy/default.yaml
var defaultPolicy []byte

// DefaultPolicy returns the shipped policy file.
func DefaultPolicy() []byte { return append([]byte(nil), defaultPolicy...) }

// Verdict levels, ordered.
const (
	levelAllow = iota
	levelReview
	levelBlock
)

var levelNames = []string{"allow", "review", "block"}

// PolicyError is a policy file that cannot be used. Its message names the
// file, the line and the rule or exception concerned.
type PolicyError struct {
	File string
	Line int
	Rule string // rule, pattern or exception id, or the section name
	Msg  string
}

func (e *PolicyError) Error() string {
	return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Rule, e.Msg)
}

// policy is the compiled, immutable form of the default policy with an
// optional operator file laid over it.
type policy struct {
	version      string
	review       int
	block        int
	catastrophic int
	combine      bool // attack signals plus other findings reaching block blocks
	familyScale  map[string]float64
	familyCeil   map[string]int
	ruleWeight   map[string]int
	ruleDisabled map[string]bool
	patterns     []policyPattern
	exceptions   []exception
}

type policyPattern struct {
	id, family, category string
	weight               int
	anchors              []string
	re                   *regexp.Regexp
	when                 *condition
	line                 int
}

type exception struct {
	id           string
	when         *condition
	dropRules    map[string]bool
	dropFamilies map[string]bool
}

// condInput is what a policy condition sees.
type condInput struct {
	mode, text, tool, action string
	args                     map[string]any
	known, mutating          bool
	rules, families, cats    []string
	score                    int
	// With boxed set (applyExceptions, while the lists stay as they are),
	// Var gives each list as the []any a condition reads it as (what
	// pkg/expr makes of a []string), made on its first read and kept for
	// the other reads and conditions rather than made again at each one.
	boxed   bool
	listV   [3]any // rules, families, cats; nil until read
	listBuf []any  // their storage, kept between classifications
}

// list is one of in's lists as Var gives it: boxed (see there) or as is.
func (in *condInput) list(k int, l []string) any {
	if !in.boxed {
		return l
	}
	if in.listV[k] == nil {
		start := len(in.listBuf)
		for _, x := range l {
			in.listBuf = append(in.listBuf, x)
		}
		in.listV[k] = in.listBuf[start:len(in.listBuf):len(in.listBuf)]
	}
	return in.listV[k]
}

// box turns boxed lists on for the lists as they are now; unbox turns them
// off, before the lists change again.
func (in *condInput) box() {
	in.boxed, in.listV, in.listBuf = true, [3]any{}, in.listBuf[:0]
}

func (in *condInput) unbox() {
	clear(in.listBuf) // do not keep the strings alive
	in.boxed, in.listV, in.listBuf = false, [3]any{}, in.listBuf[:0]
}

// evalCond runs a condition; an evaluation failure (for example a missing
// argument) counts as false.
func evalCond(p *condition, in *condInput) bool { return p.eval(in) }

// loadPolicy compiles the shipped defaults and, when path is set, the
// operator's file laid over them.
func loadPolicy(path string, known map[string]*rule) (*policy, error) {
	p := &policy{
		familyScale:  map[string]float64{},
		familyCeil:   map[string]int{},
		ruleWeight:   map[string]int{},
		ruleDisabled: map[string]bool{},
	}
	h := sha256.New()
	if g := generatedDefaultPolicy(); g.sum == defaultPolicySum() {
		gp, err := policyFromSpec(g)
		if err != nil {
			return nil, err
		}
		p = gp
	} else if err := p.merge("default.yaml (embedded)", defaultPolicy, known); err != nil {
		return nil, err
	}
	h.Write(defaultPolicy)
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("layer0 policy: %w", err)
		}
		if err := p.merge(path, b, known); err != nil {
			return nil, err
		}
		h.Write([]byte{0})
		h.Write(b)
	}
	if p.review <= 0 || p.block <= p.review || p.catastrophic < p.block {
		return nil, &PolicyError{File: path, Line: 0, Rule: "thresholds",
			Msg: fmt.Sprintf("need 0 < review < block <= catastrophic, got %d, %d, %d", p.review, p.block, p.catastrophic)}
	}
	p.version += "+sha256:" + hex.EncodeToString(h.Sum(nil))[:12]
	return p, nil
}

// node helpers ---------------------------------------------------------------

func mapping(file string, n *yaml.Node, where string, allowed ...string) (map[string]*yaml.Node, error) {
	if n.Kind != yaml.MappingNode {
		return nil, &PolicyError{File: file, Line: n.Line, Rule: where, Msg: "expected a mapping"}
	}
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		ok := false
		for _, a := range allowed {
			if k.Value == a {
				ok = true
				break
			}
		}
		if !ok {
			return nil, &PolicyError{File: file, Line: k.Line, Rule: where, Msg: fmt.Sprintf("unknown field %q (accepted: %s)", k.Value, strings.Join(allowed, ", "))}
		}
		if _, dup := out[k.Value]; dup {
			return nil, &PolicyError{File: file, Line: k.Line, Rule: where, Msg: fmt.Sprintf("duplicate field %q", k.Value)}
		}
		out[k.Value] = v
	}
	return out, nil
}

func scalarInt(file string, n *yaml.Node, where string) (int, error) {
	var v int
	if n.Kind != yaml.ScalarNode || n.Decode(&v) != nil {
		return 0, &PolicyError{File: file, Line: n.Line, Rule: where, Msg: fmt.Sprintf("expected an integer, got %q", n.Value)}
	}
	return v, nil
}

func scalarString(file string, n *yaml.Node, where string) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", &PolicyError{File: file, Line: n.Line, Rule: where, Msg: "expected a string"}
	}
	return n.Value, nil
}

func stringList(file string, n *yaml.Node, where string) ([]string, error) {
	var out []string
	if n.Kind != yaml.SequenceNode {
		return nil, &PolicyError{File: file, Line: n.Line, Rule: where, Msg: "expected a list of strings"}
	}
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode {
			return nil, &PolicyError{File: file, Line: c.Line, Rule: where, Msg: "expected a string"}
		}
		out = append(out, c.Value)
	}
	return out, nil
}

func levelOf(s string) (int, bool) {
	for i, n := range levelNames {
		if s == n {
			return i, true
		}
	}
	return 0, false
}

// validID reports whether s is a rule id: a letter, then up to 63
// letters, digits, '_', '.' or '-' (what ^[A-Za-z][A-Za-z0-9_.-]{0,63}$
// accepts; a hand-written check, because that expression's compiled
// program costs every server ~60 KB at package initialisation).
func validID(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if i == 0 && !letter || !(letter || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// merge lays one policy document over p.
func (p *policy) merge(file string, src []byte, known map[string]*rule) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		line := 0
		msg := err.Error()
		if m := regexp.MustCompile(`line (\d+)`).FindStringSubmatch(msg); m != nil {
			fmt.Sscanf(m[1], "%d", &line)
		}
		return &PolicyError{File: file, Line: line, Rule: "yaml", Msg: msg}
	}
	if len(doc.Content) == 0 {
		return &PolicyError{File: file, Line: 1, Rule: "policy", Msg: "empty policy document"}
	}
	top, err := mapping(file, doc.Content[0], "policy", "version", "replace_defaults", "thresholds", "combine", "families", "rules", "patterns", "exceptions")
	if err != nil {
		return err
	}
	if n, ok := top["replace_defaults"]; ok {
		var b bool
		if n.Decode(&b) != nil {
			return &PolicyError{File: file, Line: n.Line, Rule: "replace_defaults", Msg: "expected true or false"}
		}
		if b {
			*p = policy{familyScale: map[string]float64{}, familyCeil: map[string]int{}, ruleWeight: map[string]int{}, ruleDisabled: map[string]bool{}}
		}
	}
	if n, ok := top["version"]; ok {
		v, err := scalarString(file, n, "version")
		if err != nil {
			return err
		}
		if p.version == "" {
			p.version = v
		} else {
			p.version += "/" + v
		}
	}
	if n, ok := top["combine"]; ok {
		if n.Decode(&p.combine) != nil {
			return &PolicyError{File: file, Line: n.Line, Rule: "combine", Msg: "expected true or false"}
		}
	}
	if n, ok := top["thresholds"]; ok {
		m, err := mapping(file, n, "thresholds", "review", "block", "catastrophic")
		if err != nil {
			return err
		}
		for name, dst := range map[string]*int{"review": &p.review, "block": &p.block, "catastrophic": &p.catastrophic} {
			if v, ok := m[name]; ok {
				x, err := scalarInt(file, v, "thresholds."+name)
				if err != nil {
					return err
				}
				*dst = x
			}
		}
		if p.review <= 0 || p.block <= p.review || p.catastrophic < p.block {
			return &PolicyError{File: file, Line: n.Line, Rule: "thresholds",
				Msg: fmt.Sprintf("need 0 < review < block <= catastrophic, got %d, %d, %d", p.review, p.block, p.catastrophic)}
		}
	}
	if n, ok := top["families"]; ok {
		if n.Kind != yaml.MappingNode {
			return &PolicyError{File: file, Line: n.Line, Rule: "families", Msg: "expected a mapping of family name to settings"}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			name, body := n.Content[i].Value, n.Content[i+1]
			m, err := mapping(file, body, "family "+name, "scale", "ceiling")
			if err != nil {
				return err
			}
			if v, ok := m["scale"]; ok {
				var f float64
				if v.Decode(&f) != nil || f < 0 || f > 10 || math.IsNaN(f) {
					return &PolicyError{File: file, Line: v.Line, Rule: "family " + name, Msg: "scale must be a number between 0 and 10"}
				}
				p.familyScale[name] = f
			}
			if v, ok := m["ceiling"]; ok {
				l, ok := levelOf(v.Value)
				if !ok {
					return &PolicyError{File: file, Line: v.Line, Rule: "family " + name, Msg: fmt.Sprintf("ceiling %q is not one of allow, review, block", v.Value)}
				}
				p.familyCeil[name] = l
			}
		}
	}
	if n, ok := top["patterns"]; ok {
		if n.Kind != yaml.SequenceNode {
			return &PolicyError{File: file, Line: n.Line, Rule: "patterns", Msg: "expected a list"}
		}
		for _, item := range n.Content {
			pp, err := compilePattern(file, item)
			if err != nil {
				return err
			}
			if _, dup := known[pp.id]; dup || p.hasPattern(pp.id) {
				return &PolicyError{File: file, Line: item.Line, Rule: pp.id, Msg: "duplicate rule id"}
			}
			p.patterns = append(p.patterns, pp)
		}
	}
	if n, ok := top["rules"]; ok {
		if n.Kind != yaml.MappingNode {
			return &PolicyError{File: file, Line: n.Line, Rule: "rules", Msg: "expected a mapping of rule id to settings"}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			id, body := n.Content[i].Value, n.Content[i+1]
			if _, ok := known[id]; !ok && !p.hasPattern(id) {
				return &PolicyError{File: file, Line: n.Content[i].Line, Rule: id, Msg: "unknown rule id"}
			}
			m, err := mapping(file, body, id, "weight", "disabled")
			if err != nil {
				return err
			}
			if v, ok := m["weight"]; ok {
				w, err := scalarInt(file, v, id)
				if err != nil {
					return err
				}
				if w < 0 || w > 100 {
					return &PolicyError{File: file, Line: v.Line, Rule: id, Msg: "weight must be between 0 and 100"}
				}
				p.ruleWeight[id] = w
			}
			if v, ok := m["disabled"]; ok {
				var b bool
				if v.Decode(&b) != nil {
					return &PolicyError{File: file, Line: v.Line, Rule: id, Msg: "disabled must be true or false"}
				}
				p.ruleDisabled[id] = b
			}
		}
	}
	if n, ok := top["exceptions"]; ok {
		if n.Kind != yaml.SequenceNode {
			return &PolicyError{File: file, Line: n.Line, Rule: "exceptions", Msg: "expected a list"}
		}
		for _, item := range n.Content {
			ex, err := p.compileException(file, item, known)
			if err != nil {
				return err
			}
			p.exceptions = append(p.exceptions, ex)
		}
	}
	return nil
}

func (p *policy) hasPattern(id string) bool {
	for _, x := range p.patterns {
		if x.id == id {
			return true
		}
	}
	return false
}

func idOf(file string, item *yaml.Node, m map[string]*yaml.Node, what string) (string, error) {
	v, ok := m["id"]
	if !ok {
		return "", &PolicyError{File: file, Line: item.Line, Rule: what, Msg: "missing id"}
	}
	if !validID(v.Value) {
		return "", &PolicyError{File: file, Line: v.Line, Rule: v.Value, Msg: "id must start with a letter and use only letters, digits, '_', '.', '-' (at most 64)"}
	}
	return v.Value, nil
}

func compileCond(file string, n *yaml.Node, id string) (*condition, error) {
	if n.Kind != yaml.ScalarNode {
		return nil, &PolicyError{File: file, Line: n.Line, Rule: id, Msg: "when: expected a condition string"}
	}
	c, err := compileCondition(n.Value)
	if err != nil {
		msg := err.Error()
		if !strings.HasPrefix(msg, "condition must be") {
			msg = "invalid condition: " + msg
		}
		return nil, &PolicyError{File: file, Line: n.Line, Rule: id, Msg: msg}
	}
	return c, nil
}

func compilePattern(file string, item *yaml.Node) (policyPattern, error) {
	var pp policyPattern
	m, err := mapping(file, item, "pattern", "id", "family", "category", "weight", "pattern", "anchors", "when", "description")
	if err != nil {
		return pp, err
	}
	if pp.id, err = idOf(file, item, m, "pattern"); err != nil {
		return pp, err
	}
	pp.line = item.Line
	need := func(k string) (*yaml.Node, error) {
		v, ok := m[k]
		if !ok {
			return nil, &PolicyError{File: file, Line: item.Line, Rule: pp.id, Msg: "missing " + k}
		}
		return v, nil
	}
	v, err := need("family")
	if err != nil {
		return pp, err
	}
	pp.family = v.Value
	pp.category = pp.family
	if v, ok := m["category"]; ok {
		pp.category = v.Value
	}
	if v, err = need("weight"); err != nil {
		return pp, err
	}
	if pp.weight, err = scalarInt(file, v, pp.id); err != nil {
		return pp, err
	}
	if pp.weight < 0 || pp.weight > 100 {
		return pp, &PolicyError{File: file, Line: v.Line, Rule: pp.id, Msg: "weight must be between 0 and 100"}
	}
	if v, err = need("pattern"); err != nil {
		return pp, err
	}
	re, rerr := regexp.Compile(`(?im)` + v.Value)
	if rerr != nil {
		return pp, &PolicyError{File: file, Line: v.Line, Rule: pp.id, Msg: "invalid pattern: " + rerr.Error()}
	}
	if re.MatchString("") {
		return pp, &PolicyError{File: file, Line: v.Line, Rule: pp.id, Msg: "pattern matches the empty string"}
	}
	pp.re = re
	if v, ok := m["anchors"]; ok {
		as, err := stringList(file, v, pp.id)
		if err != nil {
			return pp, err
		}
		for _, a := range as {
			if a == "" {
				return pp, &PolicyError{File: file, Line: v.Line, Rule: pp.id, Msg: "empty anchor"}
			}
			pp.anchors = append(pp.anchors, strings.ToLower(a))
		}
	}
	if v, ok := m["when"]; ok {
		if pp.when, err = compileCond(file, v, pp.id); err != nil {
			return pp, err
		}
	}
	return pp, nil
}

func (p *policy) compileException(file string, item *yaml.Node, known map[string]*rule) (exception, error) {
	var ex exception
	m, err := mapping(file, item, "exception", "id", "description", "when", "drop_rules", "drop_families")
	if err != nil {
		return ex, err
	}
	if ex.id, err = idOf(file, item, m, "exception"); err != nil {
		return ex, err
	}
	v, ok := m["when"]
	if !ok {
		return ex, &PolicyError{File: file, Line: item.Line, Rule: ex.id, Msg: "missing when"}
	}
	if ex.when, err = compileCond(file, v, ex.id); err != nil {
		return ex, err
	}
	ex.dropRules, ex.dropFamilies = map[string]bool{}, map[string]bool{}
	if v, ok := m["drop_rules"]; ok {
		ids, err := stringList(file, v, ex.id)
		if err != nil {
			return ex, err
		}
		for _, id := range ids {
			if _, ok := known[id]; !ok && !p.hasPattern(id) {
				return ex, &PolicyError{File: file, Line: v.Line, Rule: ex.id, Msg: fmt.Sprintf("drop_rules names unknown rule id %q", id)}
			}
			if id == "L0-TC-001" || id == "L0-TC-002" {
				return ex, &PolicyError{File: file, Line: v.Line, Rule: ex.id, Msg: "unknown tools and actions always need review; " + id + " cannot be dropped"}
			}
			ex.dropRules[id] = true
		}
	}
	if v, ok := m["drop_families"]; ok {
		fs, err := stringList(file, v, ex.id)
		if err != nil {
			return ex, err
		}
		for _, f := range fs {
			ex.dropFamilies[f] = true
		}
	}
	if len(ex.dropRules) == 0 && len(ex.dropFamilies) == 0 {
		return ex, &PolicyError{File: file, Line: item.Line, Rule: ex.id, Msg: "an exception must list drop_rules or drop_families"}
	}
	return ex, nil
}
