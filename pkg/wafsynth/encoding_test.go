package wafsynth

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

func compileFor(t *testing.T, class string, plan rules.Plan, f Fields) *rules.Program {
	t.Helper()
	e, err := ClassExpressionFor(class, plan, f)
	if err != nil {
		t.Fatal(err)
	}
	terms, err := ClassTerms(class, plan, f)
	if err != nil {
		t.Fatal(err)
	}
	for i, term := range terms {
		if len(term) > rules.MaxExpressionLength {
			t.Fatalf("%s/%s term %d: %d characters", class, plan, i, len(term))
		}
	}
	p, err := rules.Compile(e, rules.Options{Plan: plan, Phase: "http_request_firewall_custom", Combined: true})
	if err != nil {
		t.Fatalf("%s/%s: %v", class, plan, err)
	}
	return p
}

// Encoded payloads are seen where the plan can decode them: base64 query
// values (Business+), base64 bodies and named JSON keys (Enterprise),
// URL-encoded values of named custom headers; sec-ch-* never.
func TestEncodedPayloads(t *testing.T) {
	xss := "<script>alert(document.cookie)</script>"
	b64 := base64.StdEncoding.EncodeToString([]byte(xss))
	cases := []struct {
		name   string
		req    wafreplay.Request
		f      Fields
		plans  []rules.Plan // plans that must catch it
		misses []rules.Plan // plans that cannot
	}{
		{"base64 query value", wafreplay.Request{Path: "/s", Query: "data=" + url.QueryEscape(b64)}, Fields{},
			[]rules.Plan{rules.PlanBusiness, rules.PlanEnterprise}, []rules.Plan{rules.PlanPro}},
		{"base64 body", wafreplay.Request{Method: "POST", Path: "/s", Headers: map[string]string{"Content-Type": "text/plain"}, Body: b64}, Fields{},
			[]rules.Plan{rules.PlanEnterprise}, []rules.Plan{rules.PlanBusiness}},
		{"JSON-escaped value under a named key", wafreplay.Request{Method: "POST", Path: "/api", Headers: map[string]string{"Content-Type": "application/json"},
			Body: `{"comment":"\u003cscript\u003ealert(document.cookie)\u003c/script\u003e"}`}, Fields{JSONKeys: []string{"comment"}},
			[]rules.Plan{rules.PlanEnterprise}, nil},
		{"URL-encoded custom header", wafreplay.Request{Path: "/", Headers: map[string]string{"X-Search-Filter": url.QueryEscape(xss)}}, Fields{Headers: []string{"x-search-filter"}},
			[]rules.Plan{rules.PlanBusiness, rules.PlanEnterprise}, nil},
		{"multipart value", multipartRequest("comment", xss), Fields{}, []rules.Plan{rules.PlanEnterprise}, []rules.Plan{rules.PlanBusiness}},
	}
	for _, tc := range cases {
		for _, plan := range tc.plans {
			rq, err := wafreplay.PrepareFor(tc.req, plan)
			if err != nil {
				t.Fatal(err)
			}
			if !compileFor(t, ClassXSS, plan, tc.f).Eval(rq, nil) {
				t.Errorf("%s: xss/%s misses it", tc.name, plan)
			}
		}
		for _, plan := range tc.misses {
			rq, _ := wafreplay.PrepareFor(tc.req, plan)
			if compileFor(t, ClassXSS, plan, tc.f).Eval(rq, nil) {
				t.Errorf("%s: xss/%s should not see it (plan cannot decode it)", tc.name, plan)
			}
		}
	}
	// A JSON-escaped SQL injection with an unescaped operator: seen by the
	// escaped-quote grammar without json_keys and by the plain grammar
	// with them (lookup_json_string undoes the escapes).
	sq := wafreplay.Request{Method: "POST", Path: "/api", Headers: map[string]string{"Content-Type": "application/json"},
		Body: `{"user":"\u0027 OR \u00271\u0027=\u00271"}`}
	rq, _ := wafreplay.PrepareFor(sq, rules.PlanEnterprise)
	if !compileFor(t, ClassSQLi, rules.PlanEnterprise, Fields{}).Eval(rq, nil) {
		t.Error("JSON-escaped payload missed without json_keys")
	}
	if !compileFor(t, ClassSQLi, rules.PlanEnterprise, Fields{JSONKeys: []string{"user"}}).Eval(rq, nil) {
		t.Error("JSON-escaped payload under json_keys user missed")
	}
	// Structured headers are refused by name.
	for _, h := range []string{"sec-ch-ua", "Accept-Language", "cookie", "sec-fetch-site"} {
		if _, err := ClassExpressionFor(ClassSQLi, rules.PlanEnterprise, Fields{Headers: []string{h}}); err == nil || !strings.Contains(err.Error(), "not inspected") {
			t.Errorf("header %s accepted: %v", h, err)
		}
	}
	// Every header value (sec-ch-ua and the cookie header included) is
	// read only by the any-header term, with its narrower pattern, and by
	// the base64-token (and overlong UTF-8) term; the class patterns never
	// see them.
	terms, _ := ClassTerms(ClassSQLi, rules.PlanEnterprise, Fields{})
	for _, term := range terms {
		narrow := strings.Contains(term, rawString(anyHeaderRegex[ClassSQLi])) || strings.Contains(term, base64TokenRegex(ClassSQLi))
		for _, never := range []string{"http.request.headers.values", "http.cookie", "sec-ch", "accept"} {
			if strings.Contains(term, never) && !narrow {
				t.Errorf("a sqli class-pattern term reads %s", never)
			}
		}
	}
}

// On plans with attack scores the rule also matches what Cloudflare scores
// as an attack even when no pattern matches.
func TestScoreTerm(t *testing.T) {
	benign := wafreplay.Request{Path: "/search", Query: "q=shoes"}
	for _, tc := range []struct {
		plan   rules.Plan
		scores map[string]int
		term   string
	}{
		{rules.PlanEnterprise, map[string]int{"sqli": 12}, "cf.waf.score.sqli le 20"},
		{rules.PlanBusiness, map[string]int{"all": 10}, `cf.waf.score.class eq "attack"`},
	} {
		e, _ := ClassExpression(ClassSQLi, tc.plan)
		if !strings.Contains(e, tc.term) {
			t.Errorf("%s: no %s in %.100s…", tc.plan, tc.term, e)
		}
		p := compileFor(t, ClassSQLi, tc.plan, Fields{})
		s := benign
		rq, _ := wafreplay.PrepareFor(s, tc.plan)
		if p.Eval(rq, nil) {
			t.Errorf("%s: unscored benign request matches", tc.plan)
		}
		s.WAFScores = tc.scores
		rq, _ = wafreplay.PrepareFor(s, tc.plan)
		if !p.Eval(rq, nil) {
			t.Errorf("%s: scored attack does not match", tc.plan)
		}
	}
	if e, _ := ClassExpression(ClassSQLi, rules.PlanPro); strings.Contains(e, "cf.waf.score") {
		t.Error("pro has no attack score")
	}
}

// JavaScript calls that avoid the plain name( form.
func TestXSSCallEvasions(t *testing.T) {
	p := compileFor(t, ClassXSS, rules.PlanBusiness, Fields{})
	for _, v := range []string{"(alert)(document.domain)", "alert.call(null,1)", "[1].map(alert)", "x.then(eval)", "prompt?.(1)", "alert`1`"} {
		rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/s", Query: "q=" + url.QueryEscape(v)}, rules.PlanBusiness)
		if !p.Eval(rq, nil) {
			t.Errorf("xss misses %s", v)
		}
	}
}

// The transformation functions the class rules use are available on the
// plans and in the phase that use them, per pkg/rules' scheme; a function
// outside the phase is reported.
func TestFunctionAvailability(t *testing.T) {
	for _, fn := range functionsUsed {
		for _, plan := range []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise} {
			if !functionAvailable(fn, plan, "http_request_firewall_custom") {
				t.Errorf("%s is not available on %s in custom rules", fn, plan)
			}
		}
	}
	if functionAvailable("regex_replace", rules.PlanEnterprise, "http_request_firewall_custom") {
		t.Error("regex_replace is a transform-phase function")
	}
	for _, plan := range []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise} {
		d := detection([]string{ClassSQLi}, plan, Fields{})
		if strings.Contains(strings.Join(d.CannotSee, " "), "functions not available") {
			t.Errorf("%s: %v", plan, d.CannotSee)
		}
	}
	if d := detection([]string{ClassXSS}, rules.PlanBusiness, Fields{}); !strings.Contains(strings.Join(d.CannotSee, " "), "request body") {
		t.Errorf("business must say the body is not visible: %v", d.CannotSee)
	}
}

// Overlong UTF-8 path traversal is seen in the URI as sent.
func TestOverlongTraversal(t *testing.T) {
	for _, plan := range []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise} {
		p := compileFor(t, ClassLFI, plan, Fields{})
		for _, q := range []string{"file=%c0%ae%c0%ae%c0%afreport", "f=%C0%AE%C0%AE%C0%AFdata", "f=%e0%80%ae%e0%80%ae/x"} {
			rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/view", Query: q}, plan)
			if !p.Eval(rq, nil) {
				t.Errorf("lfi/%s misses %s", plan, q)
			}
		}
	}
}

// A \u00XX escape that no JSON encoder writes (letters, digits, space,
// ( ) ; | $ . …) marks a hand-escaped payload for every class; what
// encoders do escape — HTML-safe < > & ' " + = ` (Go, Gson, .NET, PHP's
// JSON_HEX_*), control characters, non-ASCII, \" \\ \/ — does not.
func TestJSONOddEscapes(t *testing.T) {
	html, _ := json.Marshal(map[string]string{"body": `Tom & Jerry's "best" -> 1+1=2 <3 x>y`, "note": "naïve café\tdone\n"})
	benign := []string{string(html),
		`{"q":"it\u0027s \u003c3 \u0026 \u002b1 \u003d \u0060x \u0022ok\u0022 x\u003ey","p":"a\/b","n":"\u00e9\u4e2d\u001f","e":"\\u0028 is how you write ( in JSON"}`,
	}
	for _, body := range benign {
		for _, class := range []string{ClassSQLi, ClassXSS, ClassRCE, ClassLFI} {
			rq, _ := wafreplay.PrepareFor(browserPost("application/json", body), rules.PlanEnterprise)
			if compileFor(t, class, rules.PlanEnterprise, Fields{}).Eval(rq, nil) {
				t.Errorf("%s matches encoder output %s", class, body)
			}
		}
	}
	for _, body := range []string{`{"q":"\u0031 union all select \u0040\u0040version"}`, `{"cmd":"x\u003b\u0020id"}`, `{"f":"\u002e\u002e/\u002e\u002e/x"}`, `{"c":"\u0061lert(1)"}`} {
		for _, class := range []string{ClassSQLi, ClassXSS, ClassRCE, ClassLFI} {
			rq, _ := wafreplay.PrepareFor(browserPost("application/json", body), rules.PlanEnterprise)
			if !compileFor(t, class, rules.PlanEnterprise, Fields{}).Eval(rq, nil) {
				t.Errorf("%s misses the hand-escaped %s", class, body)
			}
		}
	}
}
