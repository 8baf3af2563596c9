package wafsynth

import (
	"net/url"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// A class whose grammar and vocabulary do not fit one 4096-character
// expression is proposed as several rules, each within the limit and
// accepted by pkg/rules, that together match what the combined expression
// matches; Terraform carries them all.
func TestSplitIntoRules(t *testing.T) {
	for _, tc := range []struct {
		classes []string
		plan    rules.Plan
	}{
		{[]string{"sqli"}, rules.PlanEnterprise},
		{[]string{"rce"}, rules.PlanBusiness},
		{[]string{"sqli", "xss", "rce", "lfi"}, rules.PlanEnterprise},
	} {
		p, err := Build(Intent{Action: "block", AttackClasses: tc.classes, Paths: []string{"/api/*"}}, tc.plan, nil, 0)
		if err != nil {
			t.Fatalf("%v/%s: %v", tc.classes, tc.plan, err)
		}
		if len(p.Rules) < 2 {
			t.Fatalf("%v/%s: %d rules for a %d-character expression", tc.classes, tc.plan, len(p.Rules), p.Length)
		}
		if p.Rule.Expression != p.Rules[0].Expression {
			t.Errorf("%v: rule is not the first of rules", tc.classes)
		}
		for i, r := range p.Rules {
			if n := len([]rune(r.Expression)); n > rules.MaxExpressionLength {
				t.Errorf("%v rule %d: %d characters", tc.classes, i, n)
			}
			if _, err := rules.Compile(r.Expression, rules.Options{Plan: tc.plan, Phase: p.Phase}); err != nil {
				t.Errorf("%v rule %d: %v", tc.classes, i, err)
			}
			if !strings.Contains(r.Expression, `starts_with(http.request.uri.path, "/api/")`) {
				t.Errorf("%v rule %d lost the path condition", tc.classes, i)
			}
			if !strings.Contains(p.Terraform, r.Description) {
				t.Errorf("%v: terraform lacks rule %d", tc.classes, i)
			}
		}
		for _, c := range p.Conflicts {
			if c.Kind == "expression_limit" {
				t.Errorf("%v: %s", tc.classes, c.Detail)
			}
		}
		if _, err := rules.Compile(p.Expression, rules.Options{Plan: tc.plan}); err == nil {
			t.Errorf("%v: the combined expression should be over the limit for a single rule", tc.classes)
		}
	}
	// One rule's worth stays one rule.
	p, err := Build(Intent{Action: "block", AttackClasses: []string{"lfi"}}, rules.PlanEnterprise, nil, 0)
	if err != nil || len(p.Rules) != 0 {
		t.Fatalf("lfi: %v, %d rules", err, len(p.Rules))
	}
	// The phase must have room for every part.
	p, err = Build(Intent{Action: "block", AttackClasses: []string{"sqli"}}, rules.PlanEnterprise, []Existing{{ID: "a", Action: "log", Expression: "http.host eq \"a\"", Enabled: true}}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if !hasConflict(p, "plan_limit") {
		t.Errorf("1 existing + %d new rules in a phase of 2: no plan_limit conflict", len(p.Rules))
	}
	if _, err := Build(Intent{Action: "skip", AttackClasses: []string{"sqli"}}, rules.PlanEnterprise, nil, 0); err == nil || !strings.Contains(err.Error(), "cannot be split") {
		t.Errorf("a skip rule cannot be split: %v", err)
	}
}

func hasConflict(p *Proposal, kind string) bool {
	for _, c := range p.Conflicts {
		if c.Kind == kind {
			return true
		}
	}
	return false
}

// Bypass classes of the previous patterns: SQL functions outside the old
// function list and shell commands outside the old command list, each in
// the context the vocabulary requires; and the same words as English in a
// form field do not match.
func TestVocabularies(t *testing.T) {
	sqli := compileFor(t, ClassSQLi, rules.PlanBusiness, Fields{})
	rce := compileFor(t, ClassRCE, rules.PlanBusiness, Fields{})
	get := func(v string) *rules.Request {
		rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/s", Query: "q=" + url.QueryEscape(v)}, rules.PlanBusiness)
		return rq
	}
	for _, v := range []string{"1 and bit_count(5)>1", "weight_string(password)", "ST_AsText(0) or octet_length(user)", "x' || inet6_aton('1')"} {
		if !sqli.Eval(get(v), nil) {
			t.Errorf("sqli misses %q", v)
		}
	}
	for _, v := range []string{"1.2.3.4; zypper in x", "a | tshark -i eth0", "x && rsync a b", "$(hexdump a)", "`gdb`"} {
		if !rce.Eval(get(v), nil) {
			t.Errorf("rce misses %q", v)
		}
	}
	for _, v := range []string{"make time for yourself", "yes", "look at the weight (string) of it", "Tom & Jerry", "salt & pepper; rock & roll"} {
		if sqli.Eval(get(v), nil) || rce.Eval(get(v), nil) {
			t.Errorf("benign %q matches", v)
		}
	}
}

// Grammar-level bypass classes: one request per construct, none of them a
// CRS test string.
func TestGrammarConstructs(t *testing.T) {
	cases := map[string][]string{
		ClassSQLi: {"1 xor 2", "name is not null", "x' and exists (select 1)", "id=2||1", "a != b", "1>=1", "doc->>'k'", `\'and 1`, "x' ! 'y", "select a, case when 1 then 2 end from t", "a from t limit 1",
			"1) truncate t", "x -- alter table t", "5 or 3-1", "q[$size]=1", "iif(1,2,3)", "1 union distinct (all) select 2", "x.dbms_lock.sleep", "msysqueries", "sqlite_temp_master", "id=1'*2", "a` % 1"},
		ClassXSS: {`jav&#x09;ascript:alert(1)`, "j a v a s c r i p t :x", `&#x6a;avascript&colon;x`, `" onfocus=x`, "<svg:svg onload=x>", `<x xmlns:h="http://www.w3.org/1999/xhtml">`,
			`<a href = " javascript:x">`, "＜svg onload=x＞", "¾script¼", "+ADw-script+AD4-", "x.innerHTML=y", "this['al'+'ert'](1)", "@import 'x.css'", `<img srcset="x">`},
		ClassRCE: {"x=nc&&$a -nlvp 555", "1;.shell id", "1; . 'system' ls", "!!", "x !-2", "a\r\nHELP me", "a\r\nt1 uid fetch 1:* body", "a&bcdboot/r f",
			"alias -p ll=ls", "if/i a==b foo", `if "a b" == "a b" echo`, "set -o history", "id 2>&1", "x; echo $HOME", "echo | gcc7.4", "uname$u -a", "kill '-'9"},
		ClassLFI: {"0x2e0x2e/etc", "%2e%2e%5cwin", "x >/tmp/out", "/get/https://evil.example/", "page=index&u=https://evil.example/shell.txt", "/.aider.conf.yml", "/.gemini/settings.json", "x=etc/shadow"},
	}
	lfi := compileFor(t, ClassLFI, rules.PlanBusiness, Fields{})
	xss := compileFor(t, ClassXSS, rules.PlanBusiness, Fields{})
	for _, u := range []string{"/.well-known/security.txt", "/.well-known/acme-challenge/x1", "/login?redirect=" + url.QueryEscape("https://www.example.com/cart"),
		"/search?q=" + url.QueryEscape("JavaScript: the good parts")} {
		path, q, _ := strings.Cut(u, "?")
		rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: path, Query: q}, rules.PlanBusiness)
		if lfi.Eval(rq, nil) || xss.Eval(rq, nil) {
			t.Errorf("lfi or xss matches benign %s", u)
		}
	}
	for class, vs := range cases {
		p := compileFor(t, class, rules.PlanBusiness, Fields{})
		for _, v := range vs {
			rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/s", Query: "q=" + url.QueryEscape(v)}, rules.PlanBusiness)
			if !p.Eval(rq, nil) {
				t.Errorf("%s misses %q", class, v)
			}
		}
	}
}

// JSON bodies escape a double quote as \" — the quote is still there, so
// the patterns see it without a named key on Enterprise; \uXXXX escapes
// are only undone for named keys, escaped punctuation is matched as
// written, escaped letters are not (and the detection says so).
func TestJSONQuoteEscapesWithoutKey(t *testing.T) {
	p := compileFor(t, ClassSQLi, rules.PlanEnterprise, Fields{})
	rq, _ := wafreplay.PrepareFor(wafreplay.Request{Method: "POST", Path: "/api", Headers: map[string]string{"content-type": "application/json"},
		Body: `{"user":{"name":"x\" or \"1\"=\"1"}}`}, rules.PlanEnterprise)
	if !p.Eval(rq, nil) {
		t.Error(`sqli misses \" escapes in an unnamed JSON key`)
	}
	d := detection([]string{ClassSQLi}, rules.PlanEnterprise, Fields{})
	if !strings.Contains(strings.Join(d.CannotSee, " "), `letters are \u-escaped`) {
		t.Errorf("detection does not say escaped letters stay invisible: %v", d.CannotSee)
	}
	if !strings.Contains(strings.Join(d.Inspects, " "), "rules lists one rule per part") {
		t.Errorf("detection does not explain the split: %v", d.Inspects)
	}
}
