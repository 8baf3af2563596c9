package wafreplay

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/rules"
)

func TestFillBodyFormMultipartAndLimits(t *testing.T) {
	form := Request{Method: "POST", Path: "/f", Headers: map[string]string{"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}, Body: "a=1&msg=He+said+%22hi%22&a=2"}
	r, err := PrepareFor(form, rules.PlanEnterprise)
	if err != nil {
		t.Fatal(err)
	}
	if r.BodyMIME != "application/x-www-form-urlencoded" || strings.Join(r.Form["a"], ",") != "1,2" || r.Form["msg"][0] != `He said "hi"` {
		t.Fatalf("form: mime %q form %v", r.BodyMIME, r.Form)
	}
	if strings.Join(r.FormValues, "|") != `1|2|He said "hi"` {
		t.Errorf("form values %q", r.FormValues)
	}
	mp := Request{Method: "POST", Path: "/u", Headers: map[string]string{"content-type": "multipart/form-data; boundary=B"},
		Body: "--B\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\nHe said \"hello\"\r\n--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nfile body\r\n--B--\r\n"}
	r, err = PrepareFor(mp, rules.PlanEnterprise)
	if err != nil {
		t.Fatal(err)
	}
	vals, _ := r.Fields["http.request.body.multipart.values"].([]string)
	if len(vals) != 2 || vals[0] != `He said "hello"` || vals[1] != "file body" {
		t.Fatalf("multipart values without framing: %q", vals)
	}
	for expr, want := range map[string]bool{
		`any(http.request.body.multipart["t"][*] eq "He said \"hello\"")`:      true,
		`any(http.request.body.multipart.filenames[1][*] eq "a.txt")`:          true,
		`any(http.request.body.multipart.content_types[1][*] eq "text/plain")`: true,
		`http.request.body.mime eq "multipart/form-data"`:                      true,
		`any(http.request.body.multipart.values[*] contains "--B")`:            false,
	} {
		p, err := rules.Compile(expr, rules.Options{Plan: rules.PlanEnterprise})
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		if p.Eval(r, nil) != want {
			t.Errorf("%s = %v", expr, !want)
		}
	}
	// The edge inspects the first 128 KB on Enterprise; size keeps the full length.
	big := Request{Method: "POST", Path: "/b", Headers: map[string]string{"Content-Type": "text/plain"}, Body: strings.Repeat("a", 128*1024+10) + "<script>"}
	r, _ = PrepareFor(big, rules.PlanEnterprise)
	if !r.BodyTruncated || len(r.Body) != 128*1024 || r.BodySize != 128*1024+18 || strings.Contains(r.Body, "<script>") {
		t.Errorf("truncation: truncated=%v len=%d size=%d", r.BodyTruncated, len(r.Body), r.BodySize)
	}
	// Without body inspection no body field is filled.
	r, _ = PrepareFor(form, rules.PlanBusiness)
	if r.Body != "" || r.Form != nil || r.BodySize == 0 {
		t.Errorf("business: body %q form %v size %d", r.Body, r.Form, r.BodySize)
	}
	res, err := Run("inline", []Rule{{Action: "log", Expression: `http.request.uri.path eq "/b"`}}, []Request{big}, Options{Plan: rules.PlanEnterprise})
	if err != nil || !strings.Contains(strings.Join(res.Notes, " "), "exceed the 128 KB") {
		t.Errorf("truncation note: %v %v", err, res.Notes)
	}
}

// Samples without attack scores read as clean (99), so score thresholds
// do not match them; given scores are used.
func TestAttackScores(t *testing.T) {
	p, err := rules.Compile(`cf.waf.score.sqli le 20 or cf.waf.score.class eq "attack"`, rules.Options{Plan: rules.PlanEnterprise})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := PrepareFor(Request{Path: "/"}, rules.PlanEnterprise)
	if p.Eval(r, nil) {
		t.Error("an unscored sample matches a score threshold")
	}
	r, _ = PrepareFor(Request{Path: "/", WAFScores: map[string]int{"sqli": 5}}, rules.PlanEnterprise)
	if !p.Eval(r, nil) {
		t.Error("a scored attack does not match")
	}
}
