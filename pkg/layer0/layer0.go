// Package layer0 is cfplane's pre-execution classifier. Every cfplane server
// consults it before a tool runs: free text (a request, or untrusted content
// returned by a tool) and proposed tool calls are normalised, matched against
// weighted detector families with stable rule ids, scored additively in the
// style of OWASP CRS, and turned into a verdict (allow, review, block) with
// evidence and an HMAC receipt that binds the verdict to the exact input and
// policy version.
//
// Classification is deterministic, offline and bounded: inputs are capped at
// MaxInputBytes, decoding of embedded fragments is limited, and the policy is
// compiled once in New.
package layer0

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// MaxInputBytes is the largest input classified: longer text (or the JSON
// form of a tool call) is refused with ErrTooLarge, never truncated.
const MaxInputBytes = 64 << 10

// anchoredWindow bounds the text an anchored rule examines after its lead:
// matching cost grows with the input handed to the matcher, and no rule
// needs more than this to match.
const anchoredWindow = 128

// maxSpan bounds the evidence text quoted per finding.
const maxSpan = 80

// Errors returned for inputs that cannot be classified.
var (
	ErrEmpty      = errors.New("layer0: empty input")
	ErrTooLarge   = fmt.Errorf("layer0: input larger than %d bytes", MaxInputBytes)
	ErrNoTool     = errors.New("layer0: tool name is empty")
	ErrReceiptKey = errors.New("layer0: receipt key must be at least 16 bytes")
)

// Options configure a Classifier.
type Options struct {
	// PolicyPath is an operator policy file laid over the shipped defaults;
	// empty means the defaults alone.
	PolicyPath string
	// ReceiptKey is the HMAC key for receipt ids (at least 16 bytes).
	ReceiptKey []byte
	// Model replaces the embedded learned model (evaluation and training
	// use this); NoModel turns the learned component off.
	Model   *Model
	NoModel bool
	// OperatorModel replaces the embedded operator model (its trainer
	// uses this); NoOperatorModel turns it off.
	OperatorModel   *OperatorModel
	NoOperatorModel bool
	// InjectionModel replaces the embedded injection model (its trainer
	// uses this); NoInjectionModel turns it off.
	InjectionModel   *OperatorModel
	NoInjectionModel bool
}

// Evidence is one finding: the rule that matched and what it matched.
type Evidence struct {
	Rule string `json:"rule"`
	Span string `json:"span"`
}

// Verdict is the result of one classification.
type Verdict struct {
	Verdict    string     `json:"verdict"` // allow | review | block
	Class      string     `json:"class"`   // blessed | ambiguous | forbidden | catastrophic
	Score      int        `json:"score"`
	Categories []string   `json:"categories"`
	Evidence   []Evidence `json:"evidence"`
	ReceiptID  string     `json:"receipt_id"`
	// InputDigest identifies the classified input (see DigestText and
	// DigestToolCall); PolicyVersion the policy that judged it. Both are
	// covered by the receipt.
	InputDigest   string `json:"input_digest"`
	PolicyVersion string `json:"policy_version"`
}

// rule is a compiled detector: a built-in text rule, a policy pattern, or a
// signal raised by code (obfuscation features, the tool catalogue).
type rule struct {
	id, family, category string
	weight               int
	secret               bool
	notAsked             bool           // a match inside a how-to question does not count (textRule.NotAsked)
	refused              bool           // a refused or forbidden disclosure does not count (textRule.Refused)
	imperative           bool           // a match after a modal or a form of "be" does not count (textRule.Imperative)
	stateAsked           bool           // a state asked about ("which zones have SSL off?") does not count (textRule.StateAsked)
	opsMode              bool           // a mode switched on for an operator's system does not count (textRule.OpsMode)
	heading              bool           // a heading followed by a description does not count (textRule.Heading)
	language             bool           // a change of the answers' language alone does not count (textRule.Language)
	code                 bool           // a role label in code building a chat API's messages does not count (textRule.Code)
	reviewOnly           bool           // makes a review, never a block (textRule.ReviewOnly)
	second               bool           // gives way to another finding of its family or its words (textRule.Second)
	requires             bool           // runs only when one of its required words occurs
	requires2            bool           // ... and one of its second group of required words
	must                 bool           // ... and one of the literals its expression requires (musts.go)
	mustSets             int32          // sets of required literals, each of which must occur in the window examined
	canon                int            // index of the first entry with this id (a rule may have several patterns)
	src                  string         // the pattern, as written
	re                   *regexp.Regexp // unanchored: tried on the whole view (nil when anchored)
	anchored             *lazyRegexp    // \A(pattern): tried only where a leading literal starts
	when                 *condition
	disabled             bool
}

// signalRules are findings raised by code rather than by a pattern.
var signalRules = []textRule{
	{ID: "L0-OBF-001", Family: FamilyObfuscation, Category: CategoryObfuscation, Weight: weightNotice},    // zero-width / invisible characters
	{ID: "L0-OBF-002", Family: FamilyObfuscation, Category: CategoryObfuscation, Weight: weightNotice},    // finding inside an encoded fragment
	{ID: "L0-OBF-005", Family: FamilyObfuscation, Category: CategoryObfuscation, Weight: weightWarning},   // bidirectional controls
	{ID: "L0-OBF-006", Family: FamilyObfuscation, Category: CategoryObfuscation, Weight: weightError},     // Unicode tag characters (ASCII smuggling)
	{ID: "L0-OBF-007", Family: FamilyObfuscation, Category: CategoryObfuscation, Weight: weightWarning},   // words mixing Latin with Cyrillic/Greek
	{ID: "L0-OBF-013", Family: FamilyObfuscation, Category: CategoryObfuscation, Weight: weightWarning},   // instruction words in a disguised view (disguised.go)
	{ID: "L0-EXF-008", Family: FamilyExfiltration, Category: CategoryExfiltration, Weight: weightWarning}, // secret disclosure together with an outbound sink
	{ID: "L0-TC-001", Family: FamilyToolCall, Category: CategoryUnknownTool, Weight: weightWarning},       // tool not in the catalogue
	{ID: "L0-TC-002", Family: FamilyToolCall, Category: CategoryUnknownTool, Weight: weightWarning},       // action or kind not accepted by the tool
	{ID: "L0-TC-003", Family: FamilyToolCall, Category: CategoryMutation, Weight: 1},                      // the call changes state
	{ID: "L0-TC-010", Family: FamilyToolCall, Category: CategoryDestructive, Weight: weightNotice},        // DNS record delete
	{ID: "L0-TC-011", Family: FamilyToolCall, Category: CategoryDestructive, Weight: weightNotice},        // apex record changed or deleted
	{ID: "L0-TC-012", Family: FamilyToolCall, Category: CategoryDestructive, Weight: weightWarning},       // NS / SOA / DS record changed
	{ID: "L0-TC-013", Family: FamilyToolCall, Category: CategoryDestructive, Weight: weightNotice},        // bulk DNS import
	{ID: "L0-TC-014", Family: FamilyToolCall, Category: CategoryDestructive, Weight: weightWarning},       // mutation aimed at everything
	{ID: "L0-TC-015", Family: FamilyToolCall, Category: CategoryWeakening, Weight: weightNotice},          // apex / www / wildcard unproxied
	{ID: "L0-TC-020", Family: FamilyToolCall, Category: CategoryDestructive, Weight: weightNotice},        // WAF rule deleted or disabled
	{ID: "L0-TC-021", Family: FamilyToolCall, Category: CategoryWeakening, Weight: weightNotice},          // managed ruleset turned off
	{ID: "L0-TC-022", Family: FamilyToolCall, Category: CategoryWeakening, Weight: weightWarning},         // allow/skip rule matching everything
	{ID: "L0-TC-030", Family: FamilyToolCall, Category: CategoryWeakening, Weight: weightError},           // SSL off
	{ID: "L0-TC-031", Family: FamilyToolCall, Category: CategoryWeakening, Weight: weightNotice},          // SSL flexible
	{ID: "L0-TC-032", Family: FamilyToolCall, Category: CategoryWeakening, Weight: weightWarning},         // security level off
	{ID: "L0-TC-033", Family: FamilyToolCall, Category: CategoryWeakening, Weight: weightError},           // WAF / DDoS / DNSSEC off
	{ID: "L0-TC-034", Family: FamilyToolCall, Category: CategoryWeakening, Weight: weightNotice},          // other protective setting off
	{ID: "L0-TC-040", Family: FamilyEscalation, Category: CategoryBypass, Weight: weightCritical},         // argument asking to skip a guardrail
	{ID: "L0-ML-001", Family: FamilyLearned, Category: CategoryInjection, Weight: weightWarning},          // learned model: likely an attack (review)
	{ID: "L0-ML-002", Family: FamilyLearned, Category: CategoryInjection, Weight: weightCritical},         // learned model: very likely an attack (block)
	{ID: "L0-ML-010", Family: FamilyLearned, Category: CategoryBypass, Weight: weightWarning},             // operator model: a hostile operator request (review)
	// injection model: an instruction to the assistant the rules do not read (a review, never more)
	{ID: "L0-ML-011", Family: FamilyLearned, Category: CategoryInjection, Weight: weightWarning, ReviewOnly: true},
	// Attacks quoted in a text about attacks, allowed (reported.go): the
	// quoted findings are kept as evidence, and this names why they weigh
	// nothing. Third-party content is flagged all the same (pkg/untrusted).
	{ID: "L0-MEN-001", Family: FamilyOverride, Category: CategoryInjection, Weight: 0},
	// The same for a report, a lesson or a note that asks for nothing
	// (describedReport).
	{ID: "L0-MEN-002", Family: FamilyOverride, Category: CategoryInjection, Weight: 0},
}

// Classifier classifies text and tool calls. It is safe for concurrent use.
type Classifier struct {
	rules    []rule
	byID     map[string]int
	ac       *acMatcher
	acSum    string  // the sum of the anchors ac is the automaton of (anchorStream)
	isAnchor []bool  // rule runs anchored at leading-literal hits
	acGroups bool    // ac also finds the indirect-injection prefilter words (reqGroup)
	always   []int32 // pattern rules without anchors: tried on every view
	words    int     // bitset words
	pol      *policy
	key      []byte
	version  string
	states   sync.Pool  // *scanState, reused across classifications
	macs     sync.Pool  // *receiptMACer keyed with key, reused across receipts
	exDrops  [][]uint64 // per policy exception, the indices of the rules it drops
	// loose is looseIDs with, per broad detector, its own rule's family and
	// weight (hasFamily): one lookup where there were two.
	loose    map[string]looseRule
	model    *Model         // learned component; nil when turned off
	opModel  *OperatorModel // operator model; nil when turned off
	injModel *OperatorModel // injection model; nil when turned off
}

// shippedAnchors and shippedAnchorRefs are room for the anchors of the
// shipped rules and policy and their ties to rules (3,650 and 10,207), so
// that a set of them (made when the automaton is built: a policy that adds
// patterns) grows neither its map nor its slices. TestAnchorSetPresized
// fails when the rules outgrow them.
const (
	shippedAnchors    = 4096
	shippedAnchorRefs = 11264
)

// New compiles the shipped policy (and opts.PolicyPath over it) and returns
// a ready Classifier. An invalid policy is reported as a *PolicyError naming
// the file, line and rule.
func New(opts Options) (*Classifier, error) {
	if len(opts.ReceiptKey) < 16 {
		return nil, ErrReceiptKey
	}
	ensureTables()
	c := &Classifier{byID: map[string]int{}, key: append([]byte(nil), opts.ReceiptKey...)}
	nrules := len(signalRules) + len(intentSignals)
	for _, tr := range builtinRules {
		nrules += max(1, len(tr.Patterns))
	}
	c.rules = make([]rule, 0, nrules+16) // room for a few policy patterns
	buildIntentIndexes()
	if !opts.NoModel {
		c.model = opts.Model
		if c.model == nil {
			m, err := EmbeddedModel()
			if err != nil {
				return nil, err
			}
			c.model = m
		}
	}
	if !opts.NoOperatorModel {
		c.opModel = opts.OperatorModel
		if c.opModel == nil {
			m, err := EmbeddedOperatorModel()
			if err != nil {
				return nil, err
			}
			c.opModel = m
		}
	}
	if !opts.NoInjectionModel {
		c.injModel = opts.InjectionModel
		if c.injModel == nil {
			m, err := EmbeddedInjectionModel()
			if err != nil {
				return nil, err
			}
			c.injModel = m
		}
	}
	// The anchors are summed as they are registered (anchorStream), not
	// collected: the shipped rules' automaton is generated (rules_ac.bin),
	// and the set it would be built from is made, by registering them
	// again (emitAnchors), only when it must be built.
	anchors := newAnchorStream()
	lazies := make([]lazyRegexp, 0, nrules) // the anchored expressions, in one allocation
	// index registers a pattern rule: anchored at its leading literals when
	// they can be derived, otherwise prefiltered by its declared anchors.
	index := func(idx int32, pattern string, declared, requires, requires2 []string, foldCase bool) error {
		r := &c.rules[idx]
		facts := factsOf(pattern)
		r.requires = len(requires) > 0
		r.requires2 = len(requires2) > 0
		r.must = len(facts.musts) > 0
		r.mustSets = int32(len(facts.musts))
		ruleAnchors(anchors, idx, pattern, declared, requires, requires2, foldCase, facts)
		if facts.anchor {
			prefix := ""
			if foldCase {
				prefix = "(?im)"
			}
			if len(lazies) == cap(lazies) {
				lazies = make([]lazyRegexp, 0, 16)
			}
			lazies = append(lazies, lazyRegexp{src: strings.TrimPrefix(pattern, prefix), flags: prefix, wrap: true, shortMusts: true})
			r.anchored = &lazies[len(lazies)-1]
			return nil
		}
		if len(declared) == 0 {
			c.always = append(c.always, idx)
		}
		return nil
	}
	add := func(tr textRule, re *regexp.Regexp) {
		idx := int32(len(c.rules))
		canon, ok := c.byID[tr.ID]
		if !ok {
			canon = int(idx)
			c.byID[tr.ID] = canon
		}
		c.rules = append(c.rules, rule{id: tr.ID, family: tr.Family, category: tr.Category, weight: tr.Weight, secret: tr.Secret, notAsked: tr.NotAsked, refused: tr.Refused, imperative: tr.Imperative, stateAsked: tr.StateAsked, opsMode: tr.OpsMode, heading: tr.Heading, language: tr.Language, code: tr.Code, reviewOnly: tr.ReviewOnly, second: tr.Second, re: re, canon: canon})
	}
	for _, tr := range builtinRules {
		patterns := tr.Patterns
		if len(patterns) == 0 {
			patterns = []string{tr.Pattern}
		}
		for _, p := range patterns {
			// Each pattern compiles once: anchored at its leading literals
			// when it has them, otherwise as a plain search.
			add(tr, nil)
			idx := int32(len(c.rules) - 1)
			c.rules[idx].src = p
			if err := index(idx, p, tr.Anchors, tr.Requires, tr.Requires2, false); err != nil {
				return nil, fmt.Errorf("layer0: built-in rule %s: %w", tr.ID, err)
			}
			if c.rules[idx].anchored == nil {
				re, err := regexp.Compile(p)
				if err != nil {
					return nil, fmt.Errorf("layer0: built-in rule %s: %w", tr.ID, err)
				}
				c.rules[idx].re = re
			}
		}
	}
	for _, tr := range signalRules {
		add(tr, nil)
	}
	for _, tr := range intentSignals {
		add(tr, nil)
	}
	known := make(map[string]*rule, len(c.rules))
	for i := range c.rules {
		known[c.rules[i].id] = &c.rules[i]
	}
	pol, err := loadPolicy(opts.PolicyPath, known)
	if err != nil {
		return nil, err
	}
	c.pol = pol
	c.version = pol.version
	for _, pp := range pol.patterns {
		idx := int32(len(c.rules))
		c.rules = append(c.rules, rule{id: pp.id, family: pp.family, category: pp.category, weight: pp.weight, re: pp.re, src: pp.re.String(), canon: int(idx)})
		if pp.when != nil {
			c.rules[idx].when = pp.when
		}
		c.byID[pp.id] = int(idx)
		if err := index(idx, pp.re.String(), pp.anchors, nil, nil, true); err != nil {
			return nil, &PolicyError{File: opts.PolicyPath, Line: pp.line, Rule: pp.id, Msg: "invalid pattern: " + err.Error()}
		}
	}
	// Apply weights: family scale, then per-rule override.
	for i := range c.rules {
		r := &c.rules[i]
		if s, ok := pol.familyScale[r.family]; ok {
			r.weight = int(math.Round(float64(r.weight) * s))
		}
		if w, ok := pol.ruleWeight[r.id]; ok {
			r.weight = w
		}
		r.disabled = pol.ruleDisabled[r.id]
	}
	// The indirect-injection prefilter words ride along (reqGroup): a view
	// is scanned as "\n" + its text, which has the same words as the text
	// unless one starts with a line break.
	c.acGroups = true
	for _, w := range tpNeedWords() {
		if w.word[0] == '\n' {
			c.acGroups = false
		}
	}
	groupAnchors(anchors, c.acGroups)
	c.acSum = anchors.sum()
	ac, ok, err := decodeAC(embeddedRulesAC, c.acSum)
	if !ok || err != nil || anchorsHook != nil {
		set := newAnchorSet(shippedAnchors, shippedAnchorRefs)
		emitAnchors(set, pol, c.acGroups)
		if !ok || err != nil {
			ac = buildAC(set)
		}
		if anchorsHook != nil {
			anchorsHook(set)
		}
	}
	c.ac = ac
	c.isAnchor = make([]bool, len(c.rules))
	for i := range c.rules {
		c.isAnchor[i] = c.rules[i].anchored != nil
	}
	c.words = (len(c.rules) + 63) / 64
	// Per exception, the rules it drops, as a set of rule indices.
	c.exDrops = make([][]uint64, len(pol.exceptions))
	for k, ex := range pol.exceptions {
		set := make([]uint64, c.words)
		for i := range c.rules {
			if r := &c.rules[i]; ex.dropRules[r.id] || ex.dropFamilies[r.family] {
				set[i>>6] |= 1 << (uint(i) & 63)
			}
		}
		c.exDrops[k] = set
	}
	c.loose = make(map[string]looseRule, len(looseIDs))
	for id, fams := range looseIDs {
		lr := looseRule{fams: fams}
		if i, ok := c.byID[id]; ok {
			lr.own, lr.atLeast = c.rules[i].family, c.rules[i].weight
		}
		c.loose[id] = lr
	}
	return c, nil
}

// anchorsHook, when set (by tests), receives the anchors the automaton was
// built from.
var anchorsHook func(*anchorSet)

// anchorSink takes a classifier's anchors as they are registered: an
// anchorStream sums them, an anchorSet collects them.
type anchorSink interface {
	add(lit string, r anchorRef)
}

// ruleAnchors registers the anchors of rule idx, a pattern rule with its
// facts: its required words (each group), the literals of its required
// sets, and its leading literals when it runs anchored, its declared
// anchors otherwise. New and emitAnchors register through it alone, so
// the two register the same anchors in the same order.
func ruleAnchors(sink anchorSink, idx int32, pattern string, declared, requires, requires2 []string, foldCase bool, facts patternFacts) {
	for _, a := range requires {
		sink.add(a, anchorRef{rule: idx, req: 1})
	}
	for _, a := range requires2 {
		sink.add(a, anchorRef{rule: idx, req: 2})
	}
	for k, set := range facts.musts {
		for _, m := range set {
			sink.add(m, anchorRef{rule: idx, req: uint8(3 + k)})
		}
	}
	if facts.anchor {
		prefix := ""
		if foldCase {
			prefix = "(?im)"
		}
		wordStart := strings.HasPrefix(strings.TrimPrefix(pattern, prefix), `\b`)
		for _, a := range facts.leads {
			sink.add(a, anchorRef{rule: idx, wordStart: wordStart})
		}
		return
	}
	for _, a := range declared {
		sink.add(a, anchorRef{rule: idx})
	}
}

// groupAnchors registers the indirect-injection prefilter words when the
// automaton finds them too (Classifier.acGroups).
func groupAnchors(sink anchorSink, on bool) {
	if !on {
		return
	}
	for _, w := range tpNeedWords() {
		sink.add(w.word, anchorRef{rule: w.group, req: reqGroup})
	}
}

// emitAnchors registers again, into sink, the anchors New registered for
// the built-in rules and pol's patterns, in New's order and with its rule
// numbers: the built-in patterns first, then the signal and intent rules
// (which have none), then the policy's patterns, then the group words.
func emitAnchors(sink anchorSink, pol *policy, groups bool) {
	idx := int32(0)
	for _, tr := range builtinRules {
		patterns := tr.Patterns
		if len(patterns) == 0 {
			patterns = []string{tr.Pattern}
		}
		for _, p := range patterns {
			ruleAnchors(sink, idx, p, tr.Anchors, tr.Requires, tr.Requires2, false, factsOf(p))
			idx++
		}
	}
	idx += int32(len(signalRules) + len(intentSignals))
	for _, pp := range pol.patterns {
		p := pp.re.String()
		ruleAnchors(sink, idx, p, pp.anchors, nil, nil, true, factsOf(p))
		idx++
	}
	groupAnchors(sink, groups)
}

// RuleInfo describes one rule as compiled (after policy weights).
type RuleInfo struct {
	ID       string `json:"id"`
	Family   string `json:"family"`
	Category string `json:"category"`
	Weight   int    `json:"weight"`
	Disabled bool   `json:"disabled,omitempty"`
}

// Rules lists every rule the classifier applies, sorted by id: built-in
// patterns, code-raised signals and policy patterns.
func (c *Classifier) Rules() []RuleInfo {
	out := make([]RuleInfo, 0, len(c.byID))
	for id, i := range c.byID {
		r := &c.rules[i]
		out = append(out, RuleInfo{ID: id, Family: r.family, Category: r.category, Weight: r.weight, Disabled: r.disabled})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// PolicyVersion identifies the compiled policy (declared versions plus a
// digest of the policy files).
func (c *Classifier) PolicyVersion() string { return c.version }

// finding is a matched rule before scoring.
type finding struct {
	rule int
	span string
}

// scanState collects findings for one classification.
type scanState struct {
	c        *Classifier
	seen     []uint64
	cand     []uint64
	reqs     []uint64
	reqs2    []uint64
	must     []uint64
	hits     []acHit
	byRule   hitGroups // hits grouped by rule
	mhits    []acHit   // where required literals occur, likewise grouped
	mByRule  hitGroups
	findings []finding
	cond     *condInput
	condBuf  condInput // reused by cond, keeping its slices' storage
	model    modelScratch
	inj      injScratch
	capture  *[]view // set by ModelFeatures/ModelScore: receive the views instead of scoring
	// groups are, per view scanned (in order), the indirect-injection
	// prefilter groups its scan found (Classifier.acGroups).
	groups [][tpMaxGroups / 64]uint64
	// text is the free text being classified (ClassifyText), for the
	// check of attacks quoted as examples.
	text string
	// lexText and lexSet: the first view the lexicon read and the concepts
	// its words name, with lexKnown (the operator model's features)
	lexText string
	lexSet  uint64
}

// lexKnown marks a set of lexicon concepts as worked out (nConcepts < 63).
const lexKnown = 1 << 63

// lexMemo is where the lexicon's concepts of text are kept: the first view
// scanned only.
func (s *scanState) lexMemo(text string) *uint64 {
	if s.lexSet&lexKnown != 0 {
		return nil
	}
	s.lexText = text
	return &s.lexSet
}

func (c *Classifier) newState() *scanState {
	if s, ok := c.states.Get().(*scanState); ok {
		return s
	}
	return &scanState{c: c, seen: make([]uint64, c.words), cand: make([]uint64, c.words), reqs: make([]uint64, c.words), reqs2: make([]uint64, c.words), must: make([]uint64, c.words)}
}

// condFor sets the state's condition input to in, reusing the storage of
// the previous classification's lists.
func (s *scanState) condFor(in condInput) *condInput {
	in.rules, in.families, in.cats, in.listBuf = s.condBuf.rules[:0], s.condBuf.families[:0], s.condBuf.cats[:0], s.condBuf.listBuf[:0]
	s.condBuf = in
	return &s.condBuf
}

// release returns a state to the pool once its findings have been turned
// into a verdict.
func (c *Classifier) release(s *scanState) {
	for i := range s.seen {
		s.seen[i] = 0
	}
	s.findings = s.findings[:0]
	s.groups = s.groups[:0]
	s.hits, s.mhits = s.hits[:0], s.mhits[:0]
	s.cond = nil
	s.lexText, s.lexSet = "", 0
	s.condBuf.args = nil         // do not keep the caller's arguments alive
	s.model.top = ""             // nor its text
	clear(s.model.topOut)        // (nor the features named from it)
	s.model.ruleFindings = -1    // its rule features are not the next text's
	if cap(s.model.c4) > 1<<14 { // nor the buffers of a huge input
		s.model.c4, s.model.c5, s.model.cw = nil, nil, nil
	}
	if cap(s.hits) > 1<<14 || cap(s.mhits) > 1<<14 { // do not keep the buffers of a huge input
		s.hits, s.byRule.byRule, s.mhits, s.mByRule.byRule = nil, nil, nil, nil
	}
	c.states.Put(s)
}

func (s *scanState) add(idx int, span string) {
	if idx >= 0 {
		idx = s.c.rules[idx].canon
	}
	if idx < 0 || s.seen[idx>>6]&(1<<(uint(idx)&63)) != 0 || s.c.rules[idx].disabled {
		return
	}
	s.seen[idx>>6] |= 1 << (uint(idx) & 63)
	s.findings = append(s.findings, finding{rule: idx, span: span})
}

func (s *scanState) addID(id, span string) {
	if i, ok := s.c.byID[id]; ok {
		s.add(i, span)
	}
}

// scanText normalises text and runs every detector over every view.
func (s *scanState) scanText(text string) {
	n := normalize(text)
	if n.invisible > 0 {
		s.addID("L0-OBF-001", strconv.Itoa(n.invisible)+" invisible characters removed")
	}
	if n.marks >= 3 {
		s.addID("L0-OBF-001", strconv.Itoa(n.marks)+" combining marks removed from Latin letters")
	}
	if n.bidi > 0 {
		s.addID("L0-OBF-005", strconv.Itoa(n.bidi)+" bidirectional controls removed")
	}
	if n.tags > 0 {
		s.addID("L0-OBF-006", strconv.Itoa(n.tags)+" Unicode tag characters decoded")
	}
	if n.mixed {
		s.addID("L0-OBF-007", "words mix Latin and Cyrillic/Greek letters")
	}
	if s.cond != nil && len(n.views) > 0 {
		s.cond.text = n.views[0].text
	}
	disguiseSeen := false // a detector spoke inside a disguised view
	for _, v := range n.views {
		before := len(s.findings)
		// mayMention of the view, worked out at most once for the rules and
		// the intents (the line break scanView puts first changes nothing:
		// mayMention skips it).
		mention := int8(0)
		s.scanView(v, &mention)
		s.intents(v.text, &mention)
		// A misspelling or an escaped line break is not a disguise: what
		// it says counts, but not as obfuscation.
		if disguisedOrigin(v.origin) && len(s.findings) > before {
			s.addID("L0-OBF-002", "finding inside "+v.origin+" text")
			disguiseSeen = true
		}
	}
	if !disguiseSeen && len(n.views) > 1 {
		if origin, w := disguisedInstruction(n.views); w != "" {
			s.addID("L0-OBF-013", "["+origin+"] "+evidenceSpan(w))
		}
	}
	s.correlate()
	s.scoreModel(n.views)
	s.scoreOperator(n.views)
	s.scoreInjection(n.views)
	// Indirect-injection findings come after the model: it is trained on
	// the other rules' findings, and these stay evidence of their own.
	if s.capture == nil {
		s.thirdPartyViews(n.views)
	}
}

// scoreModel adds the learned model's finding, if its calibrated
// probability reaches the review or block threshold, with the features
// that weighed most as evidence.
func (s *scanState) scoreModel(views []view) {
	if s.capture != nil {
		*s.capture = views
		return
	}
	m := s.c.model
	if m == nil || len(views) == 0 {
		return
	}
	p := m.Prob(m.rawScore(s, views))
	id := ""
	switch {
	case p >= m.Block:
		id = "L0-ML-002"
	case p >= m.reviewAt(s):
		id = "L0-ML-001"
	default:
		return
	}
	s.addID(id, modelEvidence(p, m.topFeatures(views[0].text, 3, &s.model), m.topConcept(&s.model.concepts), m.topRule(s)))
}

// correlate raises findings that depend on several rules matching together.
func (s *scanState) correlate() {
	has := func(id string) bool {
		i, ok := s.c.byID[id]
		return ok && s.seen[i>>6]&(1<<(uint(i)&63)) != 0
	}
	if has("L0-EXF-004") && (has("L0-EXF-001") || has("L0-EXF-002") || has("L0-EXF-007")) {
		s.addID("L0-EXF-008", "secret disclosure with an outbound destination")
	}
}

func (s *scanState) scanView(v view, mention *int8) {
	c := s.c
	// Every view starts a line: rules written for line starts ("\nsystem:")
	// then also match at the very beginning, and can still be run anchored.
	v.text = "\n" + v.text
	for i := range s.cand {
		s.cand[i], s.reqs[i], s.reqs2[i], s.must[i] = 0, 0, 0, 0
	}
	s.groups = append(s.groups, [tpMaxGroups / 64]uint64{})
	s.hits, s.mhits = c.ac.scan(v.text, s.cand, s.reqs, s.reqs2, s.must, s.groups[len(s.groups)-1][:], c.isAnchor, s.hits[:0], s.mhits[:0])
	s.byRule.group(s.hits, len(c.rules))
	// Required literals are read only for rules with a lead hit (of(idx)
	// below): the others' are dropped before grouping.
	s.mhits = s.byRule.keepRulesWithHits(s.mhits)
	s.mByRule.group(s.mhits, len(c.rules))
	for _, r := range c.always {
		s.cand[r>>6] |= 1 << (uint(r) & 63)
	}
	for w, bits := range s.cand {
		bits &^= s.seen[w]
		for bits != 0 {
			b := bits & -bits
			bits &^= b
			idx := w*64 + trailingZeros(b)
			r := &c.rules[idx]
			if r.disabled || (r.re == nil && r.anchored == nil) || (r.requires && s.reqs[w]&b == 0) || (r.requires2 && s.reqs2[w]&b == 0) || (r.must && s.must[w]&b == 0) ||
				s.seen[r.canon>>6]&(1<<(uint(r.canon)&63)) != 0 {
				continue
			}
			start, end := -1, -1
			if r.anchored != nil {
				musts := s.mByRule.of(idx)
				for _, h := range s.byRule.of(idx) {
					lim := int(h.start) + anchoredWindow
					if lim > len(v.text) {
						lim = len(v.text)
					}
					if r.must && !mustWithin(musts, r.mustSets, h.start, int32(lim)) {
						// No literal the expression requires lies in the
						// window it would examine: it cannot match here.
						continue
					}
					if loc := r.anchored.findIndex(v.text[h.start:lim]); loc != nil {
						if r.opsMode && opsModeTarget(v.text[int(h.start)+loc[0]:int(h.start)+loc[1]], v.text[int(h.start)+loc[1]:]) {
							continue // "enable maintenance mode on shop.example.com": the site's mode
						}
						if r.heading && headingDescribes(v.text[int(h.start)+loc[0]:int(h.start)+loc[1]], v.text[int(h.start)+loc[1]:]) {
							continue // "Updated instructions: the meeting room has moved"
						}
						if r.language && answerLanguageOnly(v.text[int(h.start)+loc[1]:]) {
							continue // "from now on answer in Portuguese": the language, not a persona
						}
						if r.code && chatAPICode(v.text) {
							continue // "messages=[{"role": "system", …": a developer's code
						}
						if r.imperative && modalBefore(v.text[:int(h.start)+loc[0]]) {
							continue // "it would be unethical": a description
						}
						if r.stateAsked && stateQuestion(v.text, int(h.start)+loc[0], int(h.start)+loc[1]) {
							continue // "which zones have SSL mode Flexible?": a read
						}
						if routineRemoval(r.id, v.text, int(h.start)+loc[0], int(h.start)+loc[1]) {
							continue // "disable WAF custom rule 'block-xmlrpc-legacy'": one rule, planned and approved
						}
						if r.refused && (refusedBefore(v.text[:int(h.start)+loc[0]]) || definitionQuestion(v.text[int(h.start)+loc[0]:int(h.start)+loc[1]]) || refusedWithin(v.text[int(h.start)+loc[0]:int(h.start)+loc[1]]) ||
							sourceQuestion(v.text, int(h.start)+loc[0], int(h.start)+loc[1])) {
							continue // "I can't reveal my system prompt": a refusal, not a request
						}
						if r.notAsked && howToQuestion(v.text[:int(h.start)+loc[0]]) {
							continue // the writer asks how to do it; a later match may still claim it
						}
						if r.family != FamilyExfiltration && maybeMention(v.text, mention) && mentioned(v.text, int(h.start)+loc[0], int(h.start)+loc[1]) {
							continue // quoted or named in a question about it; a later match may still use it
						}
						if r.family == FamilyOverride && reportedOrder(v.text[:int(h.start)+loc[0]]) || describedHow(v.text[:int(h.start)+loc[0]]) {
							continue // "my manager told me to ignore the old guidelines", "how attackers bypass 2FA"
						}
						if r.family == FamilyOverride && ownWordsRetracted(v.text[int(h.start)+loc[0]:int(h.start)+loc[1]], v.text[int(h.start)+loc[1]:]) {
							continue // "disregard my previous message": the speaker's own words
						}
						start, end = int(h.start)+loc[0], int(h.start)+loc[1]
						break
					}
				}
			} else if loc := r.re.FindStringIndex(v.text); loc != nil && !(r.notAsked && howToQuestion(v.text[:loc[0]])) && !(r.refused && (refusedBefore(v.text[:loc[0]]) || definitionQuestion(v.text[loc[0]:loc[1]]) || refusedWithin(v.text[loc[0]:loc[1]]) || sourceQuestion(v.text, loc[0], loc[1]))) && !(r.imperative && modalBefore(v.text[:loc[0]])) && !(r.stateAsked && stateQuestion(v.text, loc[0], loc[1])) && !(r.opsMode && opsModeTarget(v.text[loc[0]:loc[1]], v.text[loc[1]:])) && !(r.heading && headingDescribes(v.text[loc[0]:loc[1]], v.text[loc[1]:])) && !(r.language && answerLanguageOnly(v.text[loc[1]:])) && !(r.code && chatAPICode(v.text)) && !(r.family == FamilyOverride && reportedOrder(v.text[:loc[0]])) && !describedHow(v.text[:loc[0]]) &&
				!(utf8.RuneCountInString(v.text) <= 300 && r.family != FamilyExfiltration && maybeMention(v.text, mention) && mentioned(v.text, loc[0], loc[1])) {
				start, end = loc[0], loc[1]
			}
			if start < 0 {
				continue
			}
			if r.anchored == nil && routineRemoval(r.id, v.text, start, end) {
				continue // one rule named, an exception removed, a test's leftovers
			}
			if (r.family == FamilyDestructive || r.family == FamilyEscalation || r.family == FamilyExfiltration) && adversaryReported(v.text[:start], v.text[end:]) && !relayedOn(v.text[end:]) {
				continue // "the attacker's message told the bot to disable the WAF": an order reported
			}
			if (r.family == FamilyDestructive || r.family == FamilyEscalation || r.family == FamilyExfiltration) && prevented(v.text[:start], v.text[start:end], v.text[end:], r.family) {
				continue // "an invariant preventing skip rules that match all traffic", "apply without approval is rejected": a control described
			}
			if (r.family == FamilyDestructive || r.family == FamilyEscalation) && narratedPast(v.text[:start], v.text[start:end]) && !relayedOn(v.text[end:]) {
				continue // "during the migration someone disabled the WAF": told as done
			}
			if (r.family == FamilyDestructive || r.family == FamilyEscalation || r.family == FamilyExfiltration) && namedPhishing(v.text, start, end) {
				continue // "a mail asking you to send your API token is always phishing"
			}
			if r.id == "L0-IMP-003" && ownResourceAfter(v.text[end:]) {
				continue // "I'm the admin of this zone": the writer's own site, not authority over the agent
			}
			if r.family == FamilyEscalation && whyCannot(v.text[:start]) && !actedOn(v.text) {
				continue // "why you can't approve plans yourself?": the control asked about
			}
			if r.id == "L0-EXF-007" && nounVerbBefore(v.text[:start], v.text[start:end]) {
				continue // "his email password": a noun, not a verb that sends
			}
			if r.id == "L0-PER-002" && deviceMode(v.text[start:end], v.text[end:]) {
				continue // "developer mode on Android keeps turning itself off": a phone's setting
			}
			if r.family == FamilyExfiltration && thirdPartySubject(v.text[:start]) {
				continue // "(they send an Authorization header)": what clients do
			}
			if r.family == FamilyExfiltration && secretAttribute(v.text[end:]) {
				continue // "show me the API token's permissions": about the token
			}
			if r.family == FamilyExfiltration && shellExport(v.text[start:end], v.text[end:]) {
				continue // "export CLOUDFLARE_API_TOKEN=<your-token>": a shell variable set
			}
			if r.family == FamilyExfiltration && r.refused && tokenInventory(v.text[start:end], v.text[end:]) {
				s.addID("L0-EXF-037", evidenceSpan(v.text[start:end]))
				continue // "show me all my API tokens": the list of them
			}
			if r.when != nil && !s.condTrue(r.when) {
				continue
			}
			span := v.text[start:end]
			if r.secret {
				span = redact(span)
			} else {
				span = evidenceSpan(span)
			}
			if v.origin != "" {
				span = "[" + v.origin + "] " + span
			}
			s.add(idx, span)
		}
	}
}

// mustWithin reports whether, for each of a rule's sets of required
// literals, one occurrence lies inside text[start:lim].
func mustWithin(musts []acHit, sets, start, lim int32) bool {
	var found uint32
	for _, m := range musts {
		if m.start >= start && m.end <= lim {
			found |= 1 << uint(m.set)
		}
	}
	return found == 1<<uint(sets)-1
}

// hitGroups orders hits by rule, keeping each rule's hits in text order, so
// every rule visits only its own hits: of(r). Every hit is tried: a cap
// would let padding with decoy anchors hide a real match further on. Only
// the rules that have hits are touched (a counting sort over them), not
// every rule of the classifier.
type hitGroups struct {
	byRule  []acHit
	lo, hi  []int32 // per rule: byRule[lo[r]:hi[r]] are rule r's hits (0, 0 for none)
	touched []int32 // the rules with hits, whose lo and hi the next group resets
}

// group groups hits of a classifier with n rules.
func (g *hitGroups) group(hits []acHit, n int) {
	if len(g.lo) < n {
		g.lo, g.hi, g.touched = make([]int32, n), make([]int32, n), g.touched[:0]
	}
	for _, r := range g.touched {
		g.lo[r], g.hi[r] = 0, 0
	}
	g.touched = g.touched[:0]
	for _, h := range hits { // hi counts first
		if g.hi[h.rule] == 0 {
			g.touched = append(g.touched, h.rule)
		}
		g.hi[h.rule]++
	}
	at := int32(0)
	for _, r := range g.touched {
		cnt := g.hi[r]
		g.lo[r], g.hi[r] = at, at // hi is now where the rule's next hit goes
		at += cnt
	}
	if cap(g.byRule) < len(hits) {
		g.byRule = make([]acHit, len(hits))
	}
	g.byRule = g.byRule[:len(hits)]
	for _, h := range hits {
		g.byRule[g.hi[h.rule]] = h
		g.hi[h.rule]++
	}
}

// keepRulesWithHits keeps, in place and in order, the hits of rules that
// have hits in g (hi is 0 only for a rule without: a rule with hits ends
// past its first).
func (g *hitGroups) keepRulesWithHits(hits []acHit) []acHit {
	k := 0
	for _, h := range hits {
		if int(h.rule) < len(g.hi) && g.hi[h.rule] != 0 {
			hits[k] = h
			k++
		}
	}
	return hits[:k]
}

// of returns rule r's hits.
func (g *hitGroups) of(r int) []acHit { return g.byRule[g.lo[r]:g.hi[r]] }

func trailingZeros(x uint64) int { return bits.TrailingZeros64(x) }

// ClassifyText classifies free text: an operator request, or untrusted
// content (a DNS TXT value, a log line) before it reaches an agent.
func (c *Classifier) ClassifyText(text string) (Verdict, error) {
	if len(text) > MaxInputBytes {
		return Verdict{}, ErrTooLarge
	}
	if strings.TrimSpace(text) == "" {
		return Verdict{}, ErrEmpty
	}
	s := c.newState()
	s.cond = s.condFor(condInput{mode: "text"})
	s.scanText(text)
	s.text = text
	v := c.finish(s, DigestText(text), levelAllow)
	s.text = ""
	c.release(s)
	if v.Verdict != levelNames[levelAllow] && ruleFound(v.Evidence) {
		if masked, ok := reportedQuotes(text); ok {
			if mv, err := c.ClassifyText(masked); err == nil && mv.Verdict == levelNames[levelAllow] {
				return c.reported(v, mv), nil
			}
		}
		if describedReport(text) {
			return c.described(v), nil
		}
	}
	return v, nil
}

// described is the verdict on a report that asks for nothing
// (describedReport): allowed, with L0-MEN-002 first and the findings kept
// as evidence of no weight.
func (c *Classifier) described(v Verdict) Verdict {
	ev := make([]Evidence, 0, len(v.Evidence)+1)
	ev = append(ev, Evidence{Rule: "L0-MEN-002", Span: "told of in a report that asks for nothing"})
	ev = append(ev, v.Evidence...)
	out := Verdict{
		Verdict:       levelNames[levelAllow],
		Evidence:      ev,
		Categories:    []string{},
		InputDigest:   v.InputDigest,
		PolicyVersion: v.PolicyVersion,
		Class:         "blessed",
	}
	out.ReceiptID = c.receipt(out.InputDigest, out.Verdict, out.PolicyVersion)
	return out
}

// ruleFound reports evidence of a rule detector, not only of a model's
// score: a model reads the whole text, and a text with its quotations
// taken out may score just under its threshold without what was flagged
// having been in them.
func ruleFound(ev []Evidence) bool {
	for _, e := range ev {
		if !strings.HasPrefix(e.Rule, "L0-ML-") {
			return true
		}
	}
	return false
}

// reported is the verdict on a text whose findings all lie in quotations
// of a text about attacks (reported.go): allowed, with L0-MEN-001 first
// and the quoted findings kept as evidence of no weight.
func (c *Classifier) reported(v, masked Verdict) Verdict {
	ev := make([]Evidence, 0, len(v.Evidence)+1)
	ev = append(ev, Evidence{Rule: "L0-MEN-001", Span: "quoted in a text about attacks"})
	ev = append(ev, v.Evidence...)
	out := Verdict{
		Verdict:       levelNames[levelAllow],
		Score:         masked.Score,
		Categories:    masked.Categories,
		Evidence:      ev,
		InputDigest:   v.InputDigest,
		PolicyVersion: v.PolicyVersion,
		Class:         "blessed",
	}
	out.ReceiptID = c.receipt(out.InputDigest, out.Verdict, out.PolicyVersion)
	return out
}

// ClassifyToolCall classifies a proposed call of tool with args, using
// cfplane's own catalogue of which tools and actions mutate. Unknown tools
// and actions are never allowed (at least review). String argument values
// are scanned as text as well.
func (c *Classifier) ClassifyToolCall(tool string, args map[string]any) (Verdict, error) {
	if strings.TrimSpace(tool) == "" {
		return Verdict{}, ErrNoTool
	}
	digest, size, err := digestToolCall(tool, args)
	if err != nil {
		return Verdict{}, err
	}
	if size > MaxInputBytes {
		return Verdict{}, ErrTooLarge
	}
	s := c.newState()
	hits, mutating, known := catalogueHits(tool, args)
	s.cond = s.condFor(condInput{mode: "tool_call", tool: tool, action: strings.ToLower(argString(args, "action")), args: args, known: known, mutating: mutating})
	for _, h := range hits {
		s.addID(h.id, h.span)
	}
	if text := argumentText(args); strings.TrimSpace(text) != "" {
		s.scanText(text)
	}
	floor := levelAllow
	if !known {
		floor = levelReview
	}
	v := c.finish(s, digest, floor)
	c.release(s)
	return v, nil
}

// condTrue evaluates a pattern condition against the current input.
func (s *scanState) condTrue(p *condition) bool {
	if s.cond == nil {
		return false
	}
	return evalCond(p, s.cond)
}

// dropSeconds removes the findings of Second rules whose family another
// finding, not Second and weighing at least as much, already speaks for, or
// whose words such a finding has already read.
func (c *Classifier) dropSeconds(fs []finding) []finding {
	drop := func(f finding) bool {
		r := &c.rules[f.rule]
		if !r.second {
			return false
		}
		for _, g := range fs {
			o := &c.rules[g.rule]
			if o.second || o.weight < r.weight {
				continue
			}
			// its family spoken for, or the same words read by another
			// detector as something else
			if o.family == r.family || f.span != "" && g.span != "" && (strings.Contains(g.span, f.span) || strings.Contains(f.span, g.span)) {
				return true
			}
		}
		return false
	}
	k := slices.IndexFunc(fs, drop)
	if k < 0 {
		return fs
	}
	out := append(make([]finding, 0, len(fs)-1), fs[:k]...)
	for _, f := range fs[k+1:] {
		if !drop(f) {
			out = append(out, f)
		}
	}
	return out
}

// finish applies exceptions, scores the findings and builds the verdict.
func (c *Classifier) finish(s *scanState, digest string, floor int) Verdict {
	fs := s.findings
	if len(fs) > 0 && len(c.pol.exceptions) > 0 {
		fs = c.applyExceptions(s, fs)
	}
	fs = c.dropSeconds(fs)
	total, uncapped, learned := 0, 0, 0
	capLevel := -1
	cats := make([]string, 0, 4)
	ev := make([]Evidence, 0, len(fs))
	reviewOnly := 0 // the weight of findings that ask for a review and nothing more
	for _, f := range fs {
		r := &c.rules[f.rule]
		ev = append(ev, Evidence{Rule: r.id, Span: f.span})
		if r.weight == 0 {
			continue
		}
		total += r.weight
		if r.reviewOnly {
			// The injection model speaks only where the rules found
			// nothing of review weight, and never blocks: with weaker
			// findings beside it, it makes a review. So does a listing
			// of the account's tokens (L0-EXF-037).
			reviewOnly += r.weight
			if r.family == FamilyLearned {
				learned += r.weight
			}
			if !containsStr(cats, r.category) {
				cats = append(cats, r.category)
			}
			continue
		}
		if r.family == FamilyLearned {
			learned += r.weight
		}
		if !containsStr(cats, r.category) {
			cats = append(cats, r.category)
		}
		if ceil, ok := c.pol.familyCeil[r.family]; ok {
			if ceil > capLevel {
				capLevel = ceil
			}
		} else {
			uncapped += r.weight
		}
	}
	level := c.level(uncapped)
	if capLevel >= 0 {
		if l := min(c.level(total-reviewOnly), capLevel); l > level {
			level = l
		}
	}
	if c.pol.combine && uncapped > 0 && total-reviewOnly >= c.pol.block {
		level = levelBlock
	}
	if reviewOnly > 0 && level < levelReview {
		level = levelReview
	}
	if level == levelBlock && s.text != "" && c.quotedOnly(s.text, fs) {
		level = levelReview // quoted.go
	}
	if level < floor {
		level = floor
	}
	sort.Strings(cats)
	v := Verdict{
		Verdict:       levelNames[level],
		Score:         total,
		Categories:    cats,
		Evidence:      ev,
		InputDigest:   digest,
		PolicyVersion: c.version,
	}
	switch {
	// The model's finding counts towards the verdict but not towards
	// "overwhelming": the model reads the rules' findings as features, so
	// its confidence on a text the rules block largely repeats them.
	case level == levelBlock && (total-learned >= c.pol.catastrophic ||
		(uncapped >= c.pol.block && (containsStr(cats, CategoryDestructive) || containsStr(cats, CategoryWeakening)))):
		// Refused outright, and either overwhelming or an attack steering
		// a destructive or weakening change.
		v.Class = "catastrophic"
	case level == levelBlock:
		v.Class = "forbidden"
	case level == levelReview:
		v.Class = "ambiguous"
	default:
		v.Class = "blessed"
	}
	v.ReceiptID = c.receipt(v.InputDigest, v.Verdict, v.PolicyVersion)
	return v
}

func (c *Classifier) level(score int) int {
	switch {
	case score >= c.pol.block:
		return levelBlock
	case score >= c.pol.review:
		return levelReview
	}
	return levelAllow
}

// applyExceptions drops findings named by exceptions whose condition holds.
func (c *Classifier) applyExceptions(s *scanState, fs []finding) []finding {
	in := s.cond
	in.rules, in.families, in.cats, in.score = in.rules[:0], in.families[:0], in.cats[:0], 0
	for _, f := range fs {
		r := &c.rules[f.rule]
		in.rules = append(in.rules, r.id)
		if !containsStr(in.families, r.family) {
			in.families = append(in.families, r.family)
		}
		if !containsStr(in.cats, r.category) {
			in.cats = append(in.cats, r.category)
		}
		in.score += r.weight
	}
	in.box() // the lists stay as they are for every exception's condition
	defer in.unbox()
	for k, ex := range c.pol.exceptions {
		drops := c.exDrops[k] // ex.dropRules[r.id] || ex.dropFamilies[r.family], by rule index
		dropped := func(f finding) bool { return drops[f.rule>>6]&(1<<(uint(f.rule)&63)) != 0 }
		relevant := false
		for _, f := range fs {
			if dropped(f) {
				relevant = true
				break
			}
		}
		if !relevant || !evalCond(ex.when, in) {
			continue
		}
		kept := fs[:0:0]
		for _, f := range fs {
			if !dropped(f) {
				kept = append(kept, f)
			}
		}
		fs = kept
	}
	return fs
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// argumentText renders the string values of args (with their keys) as
// lines of text for the text detectors, in a stable order.
func argumentText(args map[string]any) string {
	var b strings.Builder
	var walk func(prefix string, v any, depth int)
	walk = func(prefix string, v any, depth int) {
		if depth > 16 || b.Len() > MaxInputBytes {
			return
		}
		switch x := v.(type) {
		case string:
			b.WriteString(prefix)
			b.WriteString(": ")
			b.WriteString(x)
			b.WriteByte('\n')
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				p := k
				if prefix != "" {
					p = prefix + "." + k
				}
				walk(p, x[k], depth+1)
			}
		case []any:
			for i, e := range x {
				walk(prefix+"["+strconv.Itoa(i)+"]", e, depth+1)
			}
		}
	}
	walk("", args, 0)
	return b.String()
}

// clip shortens s to at most n bytes on a rune boundary, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// evidenceSpan is how a matched span goes into evidence, which reaches
// logs and audit records: trimmed, clipped to maxSpan, and with every
// credential-like run in it masked (maskCredentials) — a detector that
// quotes a whole sentence may quote a key that no credential rule knows
// the shape of.
func evidenceSpan(span string) string {
	return clip(maskCredentials(strings.TrimSpace(span)), maxSpan)
}

// maskCredentials replaces each run of 20 or more token characters
// (letters, digits, _ - + / =) that mixes letters and digits with its first
// four characters and "…[redacted]". Words, host names and paths are left
// alone: they break at dots and slashes or have no digits.
func maskCredentials(s string) string {
	var b []byte
	last := 0
	for i := 0; i < len(s); {
		if !isTokenByte(s[i]) {
			i++
			continue
		}
		j, letters, digits := i, false, false
		for j < len(s) && isTokenByte(s[j]) {
			c := s[j] | 0x20
			letters = letters || c >= 'a' && c <= 'z'
			digits = digits || s[j] >= '0' && s[j] <= '9'
			j++
		}
		if j-i >= 20 && letters && digits {
			b = append(b, s[last:i+4]...)
			b = append(b, "…[redacted]"...)
			last = j
		}
		i = j
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

func isTokenByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '+' || c == '='
}

// redact keeps only a short prefix of a credential.
func redact(s string) string {
	keep := 6
	if len(s) < keep {
		keep = len(s)
	}
	return clip(s[:keep], keep) + "…[redacted]"
}

func strconvFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// DigestText is the input digest of a text classification.
func DigestText(text string) string {
	return digestOf("text\x00", text)
}

// DigestToolCall is the input digest of a tool-call classification: a
// SHA-256 over the tool name and the canonical JSON of its arguments (object
// keys sorted).
func DigestToolCall(tool string, args map[string]any) (string, error) {
	d, _, err := digestToolCall(tool, args)
	return d, err
}

func digestToolCall(tool string, args map[string]any) (string, int, error) {
	if args == nil {
		args = map[string]any{}
	}
	b, err := json.Marshal(args)
	if err != nil {
		return "", 0, fmt.Errorf("layer0: arguments are not JSON: %w", err)
	}
	return digestOf("tool\x00", tool, "\x00", string(b)), len(b) + len(tool), nil
}
