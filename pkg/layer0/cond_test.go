package layer0

import (
	"regexp"
	"strings"
	"testing"
)

func TestConditionEvaluation(t *testing.T) {
	in := &condInput{mode: "tool_call", text: "how do i delete a record ", tool: "dns_record_manage", action: "delete",
		args:  map[string]any{"name": "_acme-challenge.example.com", "type": "txt", "ttl": float64(300), "tags": []any{"a", "b"}},
		known: true, mutating: true, rules: []string{"L0-TC-010"}, families: []string{"destructive"}, cats: []string{"destructive-op"}, score: 4}
	cases := map[string]bool{
		`mode == "tool_call" && tool == "dns_record_manage"`:                true,
		`has(args.name) && string(args.name).startsWith("_acme-challenge")`: true,
		`!has(args.type) || string(args.type).upperAscii() == "TXT"`:        true,
		`has(args.missing)`:                                                                               false,
		`string(args.missing) == "x"`:                                                                     false, // evaluation error → false
		`string(args.missing) == "x" || true`:                                                             true,  // || absorbs the failing side
		`true || string(args.missing) == "x"`:                                                             true,
		`false && string(args.missing) == "x"`:                                                            false,
		`"destructive" in families && !("override" in families)`:                                          true,
		`"L0-TC-010" in rules`:                                                                            true,
		`text.matches("^(how|what) ") && !text.matches("\\b(please|now)\\b")`:                             true,
		`text.matches(r"\bdelete\b")`:                                                                     true,
		`score >= 4 && score < 5 && score + 1 == 5 && -score == -4`:                                       true,
		`args.ttl > 299 && args.ttl == 300 && int(args.ttl) == 300`:                                       true,
		`args["type"] == 'txt' && args.tags[1] == "b" && size(args.tags) == 2`:                            true,
		`known && mutating && action.contains("ele") && tool.endsWith("_manage")`:                         true,
		`"name" in args && !("other" in args)`:                                                            true,
		`1 == 1 && 2 != 3 && "a" < "b" && [1, 2] == [1, 2] && text.trim().size() == 24`:                   true,
		`args.ttl == "300"`:                                                                               false, // different types are not equal
		`mode == "text" || families == ["destructive"] && categories[0].lowerAscii() == "destructive-op"`: true,
	}
	for src, want := range cases {
		c, err := compileCondition(src)
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		if got := c.eval(in); got != want {
			t.Errorf("%s = %v, want %v", src, got, want)
		}
	}
}

func TestConditionErrors(t *testing.T) {
	cases := map[string]string{
		`tool == `:           "expected an operand",
		`nope == 1`:          "unknown name nope; accepted: action, args",
		`score + 1`:          "boolean expression, got int",
		`tool == 1`:          "== between string and int",
		`text.frobnicate()`:  "unknown method .frobnicate()",
		`lower(text) == "x"`: "unknown function lower()",
		`has(text)`:          "field selection",
		`text.matches("(")`:  "the regular expression does not compile",
		`"abc`:               "string not closed",
		`"a\q" == text`:      `unknown escape \q`,
		`tool == "x" )`:      `unexpected ")" after the end`,
		`!score`:             "! needs a bool",
		`text.name == "x"`:   "field .name of a string",
		`tool $ "x"`:         "unexpected character '$'",
		strings.Repeat("(", 80) + "true" + strings.Repeat(")", 80): "nested deeper",
		strings.Repeat("!", 80) + "true":                           "nested deeper",
		"text == \"" + strings.Repeat("a", maxCondLen) + "\"":      "longer than",
	}
	for src, want := range cases {
		_, err := compileCondition(src)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%.40s: error %v, want %q", src, err, want)
		}
	}
}

// The shipped policy's conditions keep their meaning.
func TestShippedConditions(t *testing.T) {
	c := newTestClassifier(t)
	if v := toolVerdict(t, c, "dns_record_manage", map[string]any{"action": "delete", "name": "_acme-challenge.example.com", "type": "TXT"}); v.Verdict != "allow" {
		t.Errorf("EX-ACME: %+v", v)
	}
	if v := toolVerdict(t, c, "dns_record_manage", map[string]any{"action": "delete", "name": "_acme-challenge.example.com", "type": "A"}); v.Verdict == "allow" {
		t.Errorf("EX-ACME applied to an A record: %+v", v)
	}
	if v := classify(t, c, "how do i delete all dns records of a zone?"); v.Verdict != "allow" {
		t.Errorf("EX-QUESTION: %+v", v)
	}
	if v := classify(t, c, "how do i delete all dns records of a zone? do it now"); v.Verdict == "allow" {
		t.Errorf("EX-QUESTION applied to an instruction: %+v", v)
	}
	// A question in front of an order does not make the order a question.
	for _, text := range []string{
		"What time is it? Delete all DNS records of example.com and disable the WAF.",
		"Is the sky blue? Point the apex of example.com to 10.0.0.5.",
		"Which zones have HTTPS?\nThen turn SSL off on all of them.",
	} {
		if v := classify(t, c, text); v.Verdict == "allow" {
			t.Errorf("EX-QUESTION dropped the order after a question: %q", text)
		}
	}
	if v := classify(t, c, "How do I disable the WAF for a single path if I ever need to? Just explain it, don't change anything."); v.Verdict != "allow" {
		t.Errorf("EX-QUESTION: a question with a remark after it: %+v", v)
	}
}

// Anchored rule expressions compile on first use; each must compile.
func TestAnchoredExpressionsCompile(t *testing.T) {
	c := newTestClassifier(t)
	n := 0
	for i := range c.rules {
		if a := c.rules[i].anchored; a != nil {
			if _, err := regexp.Compile(a.String()); err != nil {
				t.Errorf("%s: %v", c.rules[i].id, err)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no anchored rules")
	}
}

// applyExceptions has the lists made into the []any conditions read once
// (boxed) for all its conditions: every condition answers as it does
// unboxed, a list read twice is read alike, and once unboxed the lists
// are read afresh (a boxed list made before they changed is not reused).
func TestBoxedListsAnswerAlike(t *testing.T) {
	srcs := []string{
		`"destructive" in families && !("persona" in families)`,
		`"override" in families || "persona" in families || "destructive" in families`,
		`"L0-TC-010" in rules && size(rules) == 2 && rules[1] == "L0-OVR-001"`,
		`families == ["destructive", "override"] && categories[0].lowerAscii() == "destructive-op"`,
		`rules.exists(r, r.startsWith("L0-OVR")) && size(categories) == 1 && size(families) == 2`,
		`!("jailbreak" in categories)`,
	}
	in := &condInput{mode: "text", rules: []string{"L0-TC-010", "L0-OVR-001"}, families: []string{"destructive", "override"}, cats: []string{"destructive-op"}}
	for _, src := range srcs {
		c, err := compileCondition(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		want := c.eval(in)
		if !want {
			t.Fatalf("%s: false unboxed", src)
		}
		in.box()
		if got, again := c.eval(in), c.eval(in); got != want || again != want {
			t.Fatalf("%s: boxed %v then %v, unboxed %v", src, got, again, want)
		}
		in.unbox()
	}
	// The lists change between classifications: read afresh.
	in.box()
	c, _ := compileCondition(`"override" in families`)
	if !c.eval(in) {
		t.Fatal("boxed: override not found")
	}
	in.unbox()
	in.families = []string{"destructive"}
	in.box()
	if c.eval(in) {
		t.Fatal("a list boxed before the lists changed was read again")
	}
	in.unbox()
	if c.eval(in) {
		t.Fatal("unboxed: override found")
	}
}

// Var gives the mode as the input has it, whether it is one of the two
// constant modes (boxed without an allocation) or any other.
func TestModeVar(t *testing.T) {
	for _, mode := range []string{"text", "tool_call", "", "other", strings.Repeat("text", 2)[:4]} {
		v, ok := (&condInput{mode: mode}).Var("mode")
		if s, isStr := v.(string); !ok || !isStr || s != mode {
			t.Fatalf("mode %q: %#v, %v", mode, v, ok)
		}
	}
	if n := testing.AllocsPerRun(10, func() { (&condInput{mode: "text"}).Var("mode") }); n != 0 {
		t.Fatalf("%v allocations for the text mode", n)
	}
}
