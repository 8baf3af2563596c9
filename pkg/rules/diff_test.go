package rules_test

import (
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"testing"

	crstests "github.com/corazawaf/coraza-coreruleset/v4/tests"
	"gopkg.in/yaml.v3"

	"github.com/cfplane/cfplane/pkg/racetest"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafbenign"
	"github.com/cfplane/cfplane/pkg/wafreplay"
	"github.com/cfplane/cfplane/pkg/wafsynth"
)

// crsRequests are the inputs of OWASP CRS's regression tests (go-ftw
// YAML shipped in the coraza-coreruleset module, Apache-2.0), as replay
// samples: attacks of every class in the forms CRS tests them.
func crsRequests(t testing.TB) []wafreplay.Request {
	t.Helper()
	type input struct {
		Method  string            `yaml:"method"`
		URI     string            `yaml:"uri"`
		Headers map[string]string `yaml:"headers"`
		Data    string            `yaml:"data"`
	}
	var out []wafreplay.Request
	err := fs.WalkDir(crstests.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
			return err
		}
		b, err := fs.ReadFile(crstests.FS, p)
		if err != nil {
			return err
		}
		var f struct {
			Tests []struct {
				Stages []struct {
					Input input `yaml:"input"`
				} `yaml:"stages"`
			} `yaml:"tests"`
		}
		if yaml.Unmarshal(b, &f) != nil {
			return nil // not a test file
		}
		for _, tc := range f.Tests {
			for _, st := range tc.Stages {
				in := st.Input
				uri := in.URI
				if uri == "" {
					uri = "/"
				}
				path, query, _ := strings.Cut(uri, "?")
				if u, err := url.Parse(uri); err == nil && u.IsAbs() {
					path, query = u.EscapedPath(), u.RawQuery
				}
				if !strings.HasPrefix(path, "/") {
					path = "/" + path
				}
				h := map[string]string{}
				ua := ""
				for k, v := range in.Headers {
					if strings.EqualFold(k, "user-agent") {
						ua = v
						continue
					}
					h[k] = v
				}
				out = append(out, wafreplay.Request{Method: in.Method, Host: "example.com", Path: path, Query: query, Headers: h, UserAgent: ua, Body: in.Data})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 1000 {
		t.Fatalf("only %d CRS requests loaded", len(out))
	}
	return out
}

// foldCases are texts where byte-wise case folding and regexp's rune
// folding differ (ſ folds to s, K to k) or invalid UTF-8 sits next to
// the literals.
var foldCases = []string{
	"1' ſelect * from users where 1=1", "1 UNION ſELECT password FROM users", "\xffunion\xfe select\xc3 1", "<ſcript>alert(1)</ſcript>",
	"; \u212Aill -9 1", "id; cat /etc/pa\u017Fswd", "1' OR '1'='1", "../../../../etc/passwd", "<svg onload=alert(1)>",
	"Ärger über 'Öl' — \"¿qué?\"", "\xc3\x28 or 1=1 --", strings.Repeat("select ", 300) + "from dual",
}

// TestCompileMatchesReference: the evaluator's speed-ups (attack-class
// patterns split into their alternatives and prefiltered on required
// literals) give the same answer as evaluating the whole patterns, for
// every attack-class rule on every plan, on the benign corpus, the CRS
// regression requests and texts that stress case folding.
func TestCompileMatchesReference(t *testing.T) {
	racetest.SkipHeavy(t)
	sets, err := wafbenign.Sets()
	if err != nil {
		t.Fatal(err)
	}
	var srcs []wafreplay.Request
	for _, name := range wafbenign.SetNames() {
		for _, s := range sets[name] {
			srcs = append(srcs, s.Request)
		}
	}
	srcs = append(srcs, crsRequests(t)...)
	for _, c := range foldCases {
		srcs = append(srcs, wafreplay.Request{Path: "/search", Query: "q=" + url.QueryEscape(c), Headers: map[string]string{"x-note": c}, UserAgent: c},
			wafreplay.Request{Method: "POST", Path: "/form", Headers: map[string]string{"content-type": "application/x-www-form-urlencoded"}, Body: "m=" + url.QueryEscape(c)})
	}
	// Every request is compared when CFPLANE_FULL_DIFF=1 (make waf-diff); by
	// default a fixed stride keeps the test inside the unit-test budget while
	// still covering every set, plan and class.
	step := 5
	if testing.Short() {
		step = 37
	}
	if os.Getenv("CFPLANE_FULL_DIFF") == "1" {
		step = 1
	}
	for _, plan := range []rules.Plan{rules.PlanPro, rules.PlanBusiness, rules.PlanEnterprise} {
		reqs := make([]*rules.Request, 0, len(srcs)/step+1)
		for i := 0; i < len(srcs); i += step {
			r, err := wafreplay.PrepareFor(srcs[i], plan)
			if err != nil {
				t.Fatal(err)
			}
			reqs = append(reqs, r)
		}
		for _, class := range wafsynth.AttackClasses() {
			e, err := wafsynth.ClassExpression(class, plan)
			if err != nil {
				t.Fatal(err)
			}
			opts := rules.Options{Plan: plan, Combined: true}
			fast, err := rules.Compile(e, opts)
			if err != nil {
				t.Fatal(err)
			}
			ref, err := rules.CompileReference(e, opts)
			if err != nil {
				t.Fatal(err)
			}
			matched, diff := 0, 0
			for i, r := range reqs {
				got, want := fast.Eval(r, nil), ref.Eval(r, nil)
				if got {
					matched++
				}
				if got != want {
					diff++
					if diff <= 5 {
						t.Errorf("%s/%s request %d (%s %s?%s): got %v, reference %v", class, plan, i, r.Method, r.Path, r.Query, got, want)
					}
				}
			}
			t.Logf("%s/%s: %d requests, %d matched, %d differ", class, plan, len(reqs), matched, diff)
			if matched == 0 && plan != rules.PlanPro {
				t.Errorf("%s/%s matched nothing: the comparison would not see a difference", class, plan)
			}
		}
	}
}

// The attack-class patterns are large enough to be split and prefiltered
// (else TestCompileMatchesReference compares the engine with itself).
func TestAttackPatternsAreSplit(t *testing.T) {
	for _, class := range []string{wafsynth.ClassSQLi, wafsynth.ClassXSS, wafsynth.ClassRCE} {
		pat := wafsynth.ClassPattern(class)
		n, ok := rules.SplitPrefilter(pat)
		if !ok || n < 10 {
			t.Errorf("%s: split %v into %d parts", class, ok, n)
		}
		t.Logf("%s: %d alternatives", class, n)
	}
	if _, ok := rules.SplitPrefilter(`(?i)^/api/v[0-9]+/`); ok {
		t.Error("a small pattern is split")
	}
	_ = fmt.Sprint
}

// BenchmarkAttackRuleOnCorpus evaluates an Enterprise attack-class rule
// on the whole benign corpus per iteration, as Compile builds it and as
// the reference (whole patterns, every term recomputed) does: the ratio
// of the two is the speed-up of the evaluator.
//
//	go test -run '^$' -bench AttackRuleOnCorpus -benchtime 3x ./pkg/rules/
func BenchmarkAttackRuleOnCorpus(b *testing.B) {
	sets, err := wafbenign.Sets()
	if err != nil {
		b.Fatal(err)
	}
	var reqs []*rules.Request
	for _, name := range wafbenign.SetNames() {
		for _, s := range sets[name] {
			r, err := wafreplay.PrepareFor(s.Request, rules.PlanEnterprise)
			if err != nil {
				b.Fatal(err)
			}
			reqs = append(reqs, r)
		}
	}
	for _, class := range []string{wafsynth.ClassSQLi, wafsynth.ClassXSS, wafsynth.ClassRCE} {
		e, err := wafsynth.ClassExpression(class, rules.PlanEnterprise)
		if err != nil {
			b.Fatal(err)
		}
		opts := rules.Options{Plan: rules.PlanEnterprise, Combined: true}
		for _, mode := range []string{"reference", "compiled"} {
			b.Run(class+"/"+mode, func(b *testing.B) {
				compile := rules.Compile
				if mode == "reference" {
					compile = rules.CompileReference
				}
				p, err := compile(e, opts)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(len(reqs)), "requests/op")
				b.ResetTimer()
				cpu0 := cpuTime()
				for i := 0; i < b.N; i++ {
					for _, r := range reqs {
						p.Eval(r, nil)
					}
				}
				b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/float64(len(reqs)), "cpu-ns/request")
			})
		}
	}
}

// BenchmarkCompileAttackRule compiles the Enterprise RCE rule again (a
// proposal's replays compile it several times): after the first compile
// it comes from the program cache.
func BenchmarkCompileAttackRule(b *testing.B) {
	e, err := wafsynth.ClassExpression(wafsynth.ClassRCE, rules.PlanEnterprise)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := rules.Compile(e, rules.Options{Plan: rules.PlanEnterprise, Combined: true}); err != nil {
			b.Fatal(err)
		}
	}
}
