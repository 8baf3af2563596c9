package kb

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

type question struct {
	Q         string `json:"q"`
	Framework string `json:"framework"`
	Want      string `json:"want"`
}

func loadQuestions(t testing.TB) []question { return loadQuestionSet(t, "questions.jsonl") }

func loadQuestionSet(t testing.TB, name string) []question {
	t.Helper()
	fh, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []question
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		var q question
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatalf("%s:%d: %v", name, n, err)
		}
		out = append(out, q)
	}
	return out
}

func loadOffTopic(t testing.TB) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/offtopic.txt")
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}

func mustKB(t testing.TB) *KB {
	t.Helper()
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestEmbeddedBase(t *testing.T) {
	k := mustKB(t)
	if len(k.Entries) < 60 {
		t.Errorf("%d entries; the base should hold at least 60", len(k.Entries))
	}
	if !strings.HasPrefix(k.Version, "2026.") || !strings.Contains(k.Version, "+sha256:") {
		t.Errorf("version %q", k.Version)
	}
	perFramework := map[string]int{}
	for _, e := range k.Entries {
		perFramework[e.Framework]++
	}
	for fw := range k.Frameworks {
		if perFramework[fw] < 8 {
			t.Errorf("framework %s has %d entries", fw, perFramework[fw])
		}
	}
	// The compliance controls named in the research notes are all present.
	for _, id := range []string{"pci-6.4.1", "pci-6.4.2", "pci-6.4.3", "pci-11.6.1", "pci-4.2.1", "nist-sc-5", "nist-sc-7", "nist-sc-8", "nist-si-4", "nist-si-10",
		"cf-ssl-modes", "cf-min-tls", "cf-hsts", "cf-always-use-https", "cf-security-level", "cf-browser-integrity-check", "cf-bot-fight-mode",
		"cf-waf-managed", "cf-owasp-crs", "cf-rate-limiting", "cf-custom-rules", "cf-ip-lists", "cf-tunnel", "cf-api-tokens"} {
		if _, ok := k.Entry(id); !ok {
			t.Errorf("entry %s is missing", id)
		}
	}
	t.Logf("knowledge base %s: %d entries %v", k.Version, len(k.Entries), perFramework)
}

// TestRetrievalAccuracy reports top-1 retrieval per labelled set:
// questions.jsonl was written with the entries; heldout.jsonl afterwards,
// without tuning the base or the ranking on it.
func TestRetrievalAccuracy(t *testing.T) {
	if qs := loadQuestions(t); len(qs) < 30 {
		t.Fatalf("only %d labelled questions", len(qs))
	}
	// The held-out set is kept unseen, so its bar is lower: most of its
	// misses rank a neighbouring entry first and still cite the expected one.
	for set, bar := range map[string]float64{"questions.jsonl": 0.9, "heldout.jsonl": 0.7} {
		t.Run(set, func(t *testing.T) { retrieval(t, set, bar) })
	}
}

func retrieval(t *testing.T, set string, bar float64) {
	k := mustKB(t)
	qs := loadQuestionSet(t, set)
	top1, cited := 0, 0
	for _, q := range qs {
		a, err := k.Ask(q.Q, q.Framework)
		if err != nil {
			t.Fatalf("%q: %v", q.Q, err)
		}
		got := "(I don't know)"
		if a.Known {
			got = a.Citations[0].ID
		}
		inCitations := false
		for _, c := range a.Citations {
			inCitations = inCitations || c.ID == q.Want
		}
		if got == q.Want {
			top1++
		} else {
			t.Logf("miss: %q → %s (score %.2f coverage %.2f), want %s", q.Q, got, a.BestScore, a.Coverage, q.Want)
		}
		if inCitations {
			cited++
		}
	}
	t.Logf("%s: retrieval top-1 %d/%d = %.1f%%, expected entry cited %d/%d", set, top1, len(qs), 100*float64(top1)/float64(len(qs)), cited, len(qs))
	if float64(top1) < bar*float64(len(qs)) {
		t.Errorf("top-1 retrieval %d/%d is below %.0f%%", top1, len(qs), 100*bar)
	}
}

func TestIDontKnow(t *testing.T) {
	k := mustKB(t)
	for _, q := range loadOffTopic(t) {
		a, err := k.Ask(q, "")
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if a.Known || len(a.Citations) != 0 || !strings.HasPrefix(a.Answer, "I don't know") || a.Confidence != 0 {
			t.Errorf("%q answered with %v (score %.2f coverage %.2f)", q, a.Citations, a.BestScore, a.Coverage)
		}
		if !strings.Contains(a.Answer, k.Version) || a.KBVersion != k.Version {
			t.Errorf("%q: the version is not reported: %s", q, a.Answer)
		}
	}
}

func TestFrameworkFilter(t *testing.T) {
	k := mustKB(t)
	a, err := k.Ask("rate limiting on the login endpoint against brute force", "nist")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range a.Citations {
		if c.Framework != "nist-800-53" {
			t.Errorf("framework filter let %s (%s) through", c.ID, c.Framework)
		}
	}
	all, _ := k.Ask("rate limiting on the login endpoint against brute force", "")
	if !all.Known || all.Citations[0].Framework == "nist-800-53" {
		t.Errorf("without a filter the best entry should not be NIST: %+v", all.Citations)
	}
	for alias, want := range map[string]string{"PCI DSS": "pci-dss", "pci": "pci-dss", "ASVS": "owasp-asvs", "OWASP Top 10": "owasp-top10", "NIST 800-53": "nist-800-53", "cloudflare": "cloudflare"} {
		if got, err := k.Framework(alias); err != nil || got != want {
			t.Errorf("Framework(%q) = %q, %v", alias, got, err)
		}
	}
}

func TestAnswerCitesAndExplains(t *testing.T) {
	k := mustKB(t)
	a, err := k.Ask("What does PCI DSS 6.4.2 require?", "")
	if err != nil || !a.Known {
		t.Fatal(a, err)
	}
	if !strings.Contains(a.Answer, "[pci-6.4.2]") || a.Citations[0].ID != "pci-6.4.2" || len(a.Citations[0].Sources) == 0 || len(a.Citations[0].Cloudflare) == 0 {
		t.Errorf("answer does not cite its entry: %+v", a)
	}
	if a.Confidence <= 0 || a.Confidence > 1 || len(a.MatchedTerms) == 0 || a.KBVersion != k.Version {
		t.Errorf("confidence %v terms %v version %q", a.Confidence, a.MatchedTerms, a.KBVersion)
	}
	b, _ := k.Ask("What does PCI DSS 6.4.2 require?", "")
	if a.Answer != b.Answer || a.Confidence != b.Confidence {
		t.Error("answers are not deterministic")
	}
}

func TestAskRejections(t *testing.T) {
	k := mustKB(t)
	cases := []struct {
		q, fw string
		want  string
		err   error
	}{
		{q: "", err: ErrEmpty},
		{q: "   ", err: ErrEmpty},
		{q: strings.Repeat("tls ", MaxQuestionBytes/4+1), err: ErrTooLong},
		{q: "what is the", err: ErrNoTerms},
		{q: "what is hsts", fw: "iso27001", want: "unknown framework \"iso27001\"; accepted: cloudflare, nist-800-53, owasp-asvs, owasp-top10, pci-dss"},
	}
	for _, c := range cases {
		_, err := k.Ask(c.q, c.fw)
		switch {
		case c.err != nil && !errors.Is(err, c.err):
			t.Errorf("Ask(%.20q) = %v, want %v", c.q, err, c.err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("Ask(%.20q, %q) = %v, want %q", c.q, c.fw, err, c.want)
		}
	}
}

func TestParseRejectsBadBases(t *testing.T) {
	meta := []byte("version: \"1\"\nframeworks: {cloudflare: Cloudflare}\n")
	good := "- id: a-1\n  title: T\n  framework: cloudflare\n  controls: [x]\n  text: " + strings.Repeat("word ", 20) + "\n  cloudflare: [x]\n  sources: [s]\n"
	cases := []struct {
		name  string
		files map[string][]byte
		want  string
	}{
		{"no meta", map[string][]byte{"a.yaml": []byte(good)}, "kb.yaml (version and frameworks) is missing"},
		{"duplicate", map[string][]byte{"kb.yaml": meta, "a.yaml": []byte(good + good)}, "a.yaml:8: entry \"a-1\": duplicate id"},
		{"unknown framework", map[string][]byte{"kb.yaml": meta, "a.yaml": []byte(strings.Replace(good, "framework: cloudflare", "framework: iso", 1))}, "framework \"iso\" is not declared"},
		{"unknown field", map[string][]byte{"kb.yaml": meta, "a.yaml": []byte(good + "  colour: red\n")}, "a.yaml:1: "},
		{"short text", map[string][]byte{"kb.yaml": meta, "a.yaml": []byte(strings.Replace(good, strings.Repeat("word ", 20), "short", 1))}, "text is missing or shorter"},
		{"no sources", map[string][]byte{"kb.yaml": meta, "a.yaml": []byte(strings.Replace(good, "  sources: [s]\n", "", 1))}, "sources is empty"},
		{"dangling related", map[string][]byte{"kb.yaml": meta, "a.yaml": []byte(good + "  related: [nope]\n")}, "related entry \"nope\" does not exist"},
		{"bad id", map[string][]byte{"kb.yaml": meta, "a.yaml": []byte(strings.Replace(good, "id: a-1", "id: A 1", 1))}, "id must be"},
		{"not a list", map[string][]byte{"kb.yaml": meta, "a.yaml": []byte("id: x\n")}, "a.yaml:1: expected a list of entries"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(c.files)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
		})
	}
	if _, err := Parse(map[string][]byte{"kb.yaml": meta, "a.yaml": []byte(good)}); err != nil {
		t.Errorf("good base rejected: %v", err)
	}
}

func TestTokenize(t *testing.T) {
	got := strings.Join(tokenize("PCI DSS 6.4.3: the SC-7(5) control and cf.waf.score, requirements for scripts"), " ")
	for _, want := range []string{"6.4.3", "sc-7", "cf.waf.score", "waf", "score", "requirement", "script", "pci"} {
		if !strings.Contains(" "+got+" ", " "+want+" ") {
			t.Errorf("tokens %q lack %q", got, want)
		}
	}
	if strings.Contains(" "+got+" ", " the ") {
		t.Errorf("stop word kept: %q", got)
	}
}

func BenchmarkAsk(b *testing.B) {
	k := mustKB(b)
	qs := loadQuestions(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := qs[i%len(qs)]
		if _, err := k.Ask(q.Q, q.Framework); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	files := map[string][]byte{}
	ents, _ := data.ReadDir("data")
	for _, e := range ents {
		files[e.Name()], _ = data.ReadFile("data/" + e.Name())
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(files); err != nil {
			b.Fatal(err)
		}
	}
}

// Regression: "Does PCI DSS require a WAF?" led with 6.2.4 (secure coding)
// instead of 6.4.2, the requirement for a web-attack-preventing solution;
// 6.4.1, which 6.4.2 replaced, must not lead either.
func TestWAFRequirementLeadsWith642(t *testing.T) {
	k := mustKB(t)
	for _, q := range []string{"Does PCI DSS require a WAF?", "Do we need a WAF for PCI DSS 4.0?", "Is a web application firewall required by PCI?"} {
		a, err := k.Ask(q, "")
		if err != nil || !a.Known || a.Citations[0].ID != "pci-6.4.2" {
			t.Errorf("%q: want pci-6.4.2 first, got %+v (%v)", q, a.Citations, err)
		}
	}
	// Naming the retired control still finds it.
	if a, _ := k.Ask("what replaced PCI requirement 6.6", ""); !a.Known || a.Citations[0].ID != "pci-6.4.1" {
		t.Errorf("6.6: got %+v", a.Citations)
	}
}

func TestSupersededByMustExist(t *testing.T) {
	_, err := Parse(map[string][]byte{
		"kb.yaml": []byte("version: \"1\"\nframeworks: {x: X}\n"),
		"x.yaml": []byte("- {id: x-1, title: A, framework: x, controls: [\"1\"], text: " + strings.Repeat("text ", 20) +
			", cloudflare: [c], sources: [s], superseded_by: x-2}\n"),
	})
	if err == nil || !strings.Contains(err.Error(), "superseded_by") {
		t.Fatalf("want a superseded_by error, got %v", err)
	}
}
