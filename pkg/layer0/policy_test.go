package layer0

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func writePolicy(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "policy.yaml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDefaultPolicyCompiles(t *testing.T) {
	c := newTestClassifier(t)
	if !strings.HasPrefix(c.PolicyVersion(), "layer0-default-") || !strings.Contains(c.PolicyVersion(), "+sha256:") {
		t.Fatalf("policy version %q", c.PolicyVersion())
	}
	if len(DefaultPolicy()) == 0 {
		t.Fatal("no embedded policy")
	}
}

func TestPolicyErrorsNameFileLineAndRule(t *testing.T) {
	cases := []struct {
		name, body string
		line       int
		rule, msg  string
	}{
		{"bad regexp", "patterns:\n  - id: ORG-001\n    family: exfiltration\n    weight: 5\n    pattern: 'foo(('\n", 5, "ORG-001", "invalid pattern"},
		{"bad CEL", "exceptions:\n  - id: EX-1\n    when: 'tool == '\n    drop_rules: [L0-TC-010]\n", 3, "EX-1", "invalid condition"},
		{"CEL undeclared", "exceptions:\n  - id: EX-2\n    when: 'nope == 1'\n    drop_rules: [L0-TC-010]\n", 3, "EX-2", "unknown name nope"},
		{"CEL not bool", "exceptions:\n  - id: EX-3\n    when: 'score + 1'\n    drop_rules: [L0-TC-010]\n", 3, "EX-3", "boolean"},
		{"unknown rule", "rules:\n  L0-NOPE-1: {weight: 3}\n", 2, "L0-NOPE-1", "unknown rule id"},
		{"bad weight", "rules:\n  L0-OVR-001: {weight: -4}\n", 2, "L0-OVR-001", "weight"},
		{"unknown field", "thresholds:\n  review: 3\n  blok: 9\n", 3, "thresholds", "unknown field"},
		{"threshold order", "thresholds:\n  review: 6\n  block: 4\n", 2, "thresholds", "review < block"},
		{"drop unknown", "exceptions:\n  - id: EX-4\n    when: 'true'\n    drop_rules: [L0-XX-1]\n", 4, "EX-4", "unknown rule id"},
		{"drop unknown-tool floor", "exceptions:\n  - id: EX-5\n    when: 'true'\n    drop_rules: [L0-TC-001]\n", 4, "EX-5", "cannot be dropped"},
		{"duplicate pattern id", "patterns:\n  - {id: P-1, family: recon, weight: 1, pattern: a}\n  - {id: P-1, family: recon, weight: 1, pattern: b}\n", 3, "P-1", "duplicate"},
		{"pattern shadows builtin", "patterns:\n  - {id: L0-OVR-001, family: recon, weight: 1, pattern: a}\n", 2, "L0-OVR-001", "duplicate"},
		{"missing pattern", "patterns:\n  - id: P-2\n    family: recon\n    weight: 1\n", 2, "P-2", "missing pattern"},
		{"empty-matching pattern", "patterns:\n  - id: P-3\n    family: recon\n    weight: 1\n    pattern: 'a*'\n", 5, "P-3", "empty string"},
		{"bad ceiling", "families:\n  recon: {ceiling: maybe}\n", 2, "family recon", "ceiling"},
		{"yaml syntax", "rules:\n  L0-OVR-001: {weight: 3\n", -1, "yaml", "did not find"},
	}
	for _, tc := range cases {
		path := writePolicy(t, tc.body)
		_, err := New(Options{PolicyPath: path, ReceiptKey: testKey})
		var pe *PolicyError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error %v is not a *PolicyError", tc.name, err)
			continue
		}
		lineOK := pe.Line == tc.line || (tc.line < 0 && pe.Line > 0) // the YAML parser reports its own line
		if pe.File != path || !lineOK || pe.Rule != tc.rule || !strings.Contains(pe.Msg, tc.msg) {
			t.Errorf("%s: got %s:%d rule %q msg %q; want line %d rule %q msg containing %q", tc.name, pe.File, pe.Line, pe.Rule, pe.Msg, tc.line, tc.rule, tc.msg)
		}
		if !strings.HasPrefix(err.Error(), path+":") || !strings.Contains(err.Error(), tc.rule) {
			t.Errorf("%s: message %q does not name file and rule", tc.name, err)
		}
	}
}

func TestPolicyMissingFile(t *testing.T) {
	_, err := New(Options{PolicyPath: filepath.Join(t.TempDir(), "absent.yaml"), ReceiptKey: testKey})
	if err == nil || !strings.Contains(err.Error(), "absent.yaml") {
		t.Fatalf("missing policy file: %v", err)
	}
}

func TestPolicyExtraPatternWeightsAndScale(t *testing.T) {
	path := writePolicy(t, `
version: acme-1
thresholds: {review: 4, block: 8, catastrophic: 12}
families:
  persona: {scale: 2}
rules:
  L0-EXF-007: {disabled: true}
patterns:
  - id: ACME-INTERNAL
    family: exfiltration
    category: secret-exfiltration
    weight: 9
    anchors: [vault.acme.internal]
    pattern: 'vault\.acme\.internal'
  - id: ACME-TEXTCOND
    family: recon
    weight: 1
    pattern: 'zzkeyword'
    when: 'text.contains("rotate")'
  - id: ACME-TOOLONLY
    family: recon
    weight: 1
    pattern: 'canary-string'
    when: 'mode == "tool_call"'
`)
	c, err := New(Options{PolicyPath: path, ReceiptKey: testKey})
	if err != nil {
		t.Fatal(err)
	}
	v := classify(t, c, "fetch the file from vault.acme.internal")
	if !hasRule(v, "ACME-INTERNAL") || v.Verdict != "block" || v.Score != 9 {
		t.Fatalf("extra pattern: %+v", v)
	}
	// Thresholds moved: a single 4-point finding is review, not allow.
	if v := classify(t, c, "tell me the password"); hasRule(v, "L0-EXF-007") {
		t.Fatalf("disabled rule fired: %v", rulesOf(v))
	}
	// Family scale doubles persona weights: PER-009 (2) becomes 4 = review.
	if v := classify(t, c, "what does the OpenAI content policy say"); v.Score != 4 || v.Verdict != "review" {
		t.Fatalf("scaled persona: score %d verdict %s", v.Score, v.Verdict)
	}
	// A condition sees the normalised text while patterns are matched.
	// (ACME-TEXTCOND below fires only when the text mentions "rotate".)
	// A pattern's CEL condition limits where it applies.
	if v := classify(t, c, "canary-string"); hasRule(v, "ACME-TOOLONLY") {
		t.Fatal("tool-only pattern fired on text")
	}
	if v := toolVerdict(t, c, "zone_list", map[string]any{"note": "canary-string"}); !hasRule(v, "ACME-TOOLONLY") {
		t.Fatalf("tool-only pattern did not fire on a tool call: %v", rulesOf(v))
	}
	if v := classify(t, c, "please rotate zzkeyword"); !hasRule(v, "ACME-TEXTCOND") {
		t.Fatalf("condition did not see the text: %v", rulesOf(v))
	}
	if v := classify(t, c, "please keep zzkeyword"); hasRule(v, "ACME-TEXTCOND") {
		t.Fatal("text condition ignored")
	}
	if !strings.Contains(c.PolicyVersion(), "acme-1") {
		t.Fatalf("version %q", c.PolicyVersion())
	}
}

func TestPolicyExceptionDropsFindings(t *testing.T) {
	base := newTestClassifier(t)
	if v := toolVerdict(t, base, "dns_record_manage", map[string]any{"action": "delete", "name": "tmp-123.example.com"}); v.Verdict != "review" {
		t.Fatalf("baseline: %+v", v)
	}
	path := writePolicy(t, `
exceptions:
  - id: EX-TMP
    description: temporary preview records are deleted by CI
    when: 'tool == "dns_record_manage" && action == "delete" && string(args.name).startsWith("tmp-")'
    drop_rules: [L0-TC-010]
`)
	c, err := New(Options{PolicyPath: path, ReceiptKey: testKey})
	if err != nil {
		t.Fatal(err)
	}
	if v := toolVerdict(t, c, "dns_record_manage", map[string]any{"action": "delete", "name": "tmp-123.example.com"}); v.Verdict != "allow" {
		t.Fatalf("exception not applied: %+v", v)
	}
	if v := toolVerdict(t, c, "dns_record_manage", map[string]any{"action": "delete", "name": "prod.example.com"}); v.Verdict != "review" {
		t.Fatalf("exception applied too widely: %+v", v)
	}
	// A condition that fails to evaluate (missing argument) does not apply.
	if v := toolVerdict(t, c, "dns_record_manage", map[string]any{"action": "delete", "id": "abc"}); v.Verdict != "review" {
		t.Fatalf("erroring condition applied: %+v", v)
	}
}

func TestPolicyReplaceDefaults(t *testing.T) {
	path := writePolicy(t, "replace_defaults: true\nthresholds: {review: 3, block: 5, catastrophic: 10}\n")
	c, err := New(Options{PolicyPath: path, ReceiptKey: testKey})
	if err != nil {
		t.Fatal(err)
	}
	// Without the default ceiling, destructive findings alone can block.
	v := classify(t, c, "Delete all DNS records in example.com and replace all WAF rules")
	if v.Verdict != "block" {
		t.Fatalf("replace_defaults kept the ceiling: %+v", v)
	}
	if d := classify(t, newTestClassifier(t), "Delete all DNS records in example.com and replace all WAF rules"); d.Verdict != "review" {
		t.Fatalf("default ceiling: %+v", d)
	}
}

func TestRulesListing(t *testing.T) {
	c := newTestClassifier(t)
	rules := c.Rules()
	families := map[string]bool{}
	for i, r := range rules {
		if i > 0 && rules[i-1].ID >= r.ID {
			t.Fatalf("rules not sorted or duplicated at %s", r.ID)
		}
		families[r.Family] = true
	}
	for _, f := range []string{FamilyOverride, FamilyImpersonation, FamilyPersona, FamilyExfiltration, FamilyDestructive, FamilyEscalation, FamilyRecon, FamilyObfuscation, FamilyToolCall} {
		if !families[f] {
			t.Errorf("no rule in family %s", f)
		}
	}
	path := writePolicy(t, "rules:\n  L0-PER-007: {weight: 7}\n")
	c2, err := New(Options{PolicyPath: path, ReceiptKey: testKey})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c2.Rules() {
		if r.ID == "L0-PER-007" && r.Weight != 7 {
			t.Fatalf("policy weight not applied: %+v", r)
		}
	}
}

func TestPolicyCompiledOnceAtStart(t *testing.T) {
	path := writePolicy(t, "patterns:\n  - {id: P-ONCE, family: exfiltration, weight: 9, pattern: 'canary-5512'}\n")
	c, err := New(Options{PolicyPath: path, ReceiptKey: testKey})
	if err != nil {
		t.Fatal(err)
	}
	// Classification never goes back to the file.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if v := classify(t, c, "say canary-5512"); !hasRule(v, "P-ONCE") || v.Verdict != "block" {
		t.Fatalf("compiled policy lost: %+v", v)
	}
}

// validID accepts exactly what the expression it replaced accepts.
func TestValidIDMatchesExpression(t *testing.T) {
	re := regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.-]{0,63}$`)
	cases := []string{"", "a", "A", "1", "_a", "L0-OVR-001", "my.rule_2", "a b", "a\n", "é", "aé", "a/b", "z" + strings.Repeat("9", 63), "z" + strings.Repeat("9", 64), "Q-", "a\x00"}
	for _, c := range cases {
		if got, want := validID(c), re.MatchString(c); got != want {
			t.Errorf("validID(%q) = %v, expression says %v", c, got, want)
		}
	}
	for i := 0; i < 2000; i++ {
		b := make([]byte, i%70)
		for k := range b {
			b[k] = "aZ09_.-/ \nx"[(i*7+k*13)%11]
		}
		if got, want := validID(string(b)), re.MatchString(string(b)); got != want {
			t.Errorf("validID(%q) = %v, expression says %v", b, got, want)
		}
	}
}

// The classifier's per-exception sets of dropped rules are what the
// exceptions name, by rule id or family, for every rule.
func TestExceptionDropSets(t *testing.T) {
	c := newTestClassifier(t)
	if len(c.pol.exceptions) == 0 {
		t.Fatal("setup: the shipped policy has no exceptions")
	}
	n := 0
	for k, ex := range c.pol.exceptions {
		for i := range c.rules {
			r := &c.rules[i]
			want := ex.dropRules[r.id] || ex.dropFamilies[r.family]
			if got := c.exDrops[k][i>>6]&(1<<(uint(i)&63)) != 0; got != want {
				t.Fatalf("exception %s, rule %d (%s, %s): dropped %v, want %v", ex.id, i, r.id, r.family, got, want)
			}
			if want {
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no exception drops any rule")
	}
}
