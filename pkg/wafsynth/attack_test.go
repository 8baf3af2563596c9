package wafsynth

import (
	"net/url"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/racetest"
	"github.com/cfplane/cfplane/pkg/rules"
)

func req(path, query, ua string) *rules.Request {
	r := &rules.Request{Method: "GET", Scheme: "https", Host: "example.com", Path: path, Query: query,
		Headers:  map[string][]string{"host": {"example.com"}, "user-agent": {ua}, "accept": {"text/html"}},
		WAFScore: 99, WAFScoreSQLi: 99, WAFScoreXSS: 99, WAFScoreRCE: 99, WAFScoreClass: "clean"}
	r.Prepare()
	return r
}

func TestClassExpressions(t *testing.T) {
	racetest.SkipHeavy(t)
	attacks := map[string]*rules.Request{
		ClassSQLi:    req("/search", "q="+url.QueryEscape("1' OR '1'='1"), "Mozilla/5.0"),
		ClassXSS:     req("/search", "q="+url.QueryEscape("<script>alert(1)</script>"), "Mozilla/5.0"),
		ClassRCE:     req("/ping", "host="+url.QueryEscape("127.0.0.1; cat /etc/passwd"), "Mozilla/5.0"),
		ClassLFI:     req("/view", "file="+url.QueryEscape("../../../../etc/passwd"), "Mozilla/5.0"),
		ClassScanner: req("/", "", "sqlmap/1.7.2#stable (https://sqlmap.org)"),
	}
	benign := req("/products/shoes", "color=blue&size=42&q="+url.QueryEscape("running shoes for women"), "Mozilla/5.0 (Windows NT 10.0; Win64; x64)")
	for _, plan := range []rules.Plan{rules.PlanPro, rules.PlanBusiness, rules.PlanEnterprise} {
		for _, class := range AttackClasses() {
			e, err := ClassExpression(class, plan)
			if err != nil {
				t.Fatal(err)
			}
			terms, err := ClassTerms(class, plan, Fields{})
			if err != nil {
				t.Fatal(err)
			}
			for i, term := range terms {
				if len(term) > rules.MaxExpressionLength {
					t.Errorf("%s/%s term %d: %d characters", class, plan, i, len(term))
				}
			}
			p, err := rules.Compile(e, rules.Options{Plan: plan, Phase: "http_request_firewall_custom", Combined: true})
			if err != nil {
				t.Fatalf("%s/%s does not check: %v", class, plan, err)
			}
			if !p.Eval(attacks[class], nil) {
				t.Errorf("%s/%s misses its sample attack", class, plan)
			}
			if p.Eval(benign, nil) {
				t.Errorf("%s/%s matches a benign request", class, plan)
			}
			if class != ClassScanner && strings.Contains(e, "http.request.body") != (plan == rules.PlanEnterprise) {
				t.Errorf("%s/%s: body inspection only on Enterprise", class, plan)
			}
		}
	}
	if _, err := ClassExpression("csrf", rules.PlanBusiness); err == nil {
		t.Error("unknown class accepted")
	}
}
