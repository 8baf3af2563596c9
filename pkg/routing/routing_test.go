package routing

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

type labelled struct {
	Text   string `json:"text"`
	Tool   string `json:"tool"`
	Action string `json:"action"`
}

func loadLabelled(t testing.TB) []labelled { return loadSet(t, "labelled.jsonl") }

func loadSet(t testing.TB, name string) []labelled {
	t.Helper()
	fh, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []labelled
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		var l labelled
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("%s:%d: %v", name, n, err)
		}
		out = append(out, l)
	}
	return out
}

// TestLabelledAccuracy routes every labelled request and reports top-1
// accuracy (tool and, where labelled, action). The goal is ≥ 90%.
// labelled.jsonl was written together with the rules. heldout.jsonl was
// written after them and first scored 24/32; heldout2.jsonl was written
// before the rules were revised for heldout.jsonl's misses and first scored
// 27/32. Both have since informed the rules, so none of the three is unseen
// any more; each is reported separately.
func TestLabelledAccuracy(t *testing.T) {
	if cases := loadLabelled(t); len(cases) < 40 {
		t.Fatalf("only %d labelled requests; at least 40 are needed", len(cases))
	}
	var all []labelled
	for _, set := range []string{"labelled.jsonl", "heldout.jsonl", "heldout2.jsonl"} {
		cases := loadSet(t, set)
		all = append(all, cases...)
		acc := accuracy(t, set, cases)
		if acc < 0.80 {
			t.Errorf("%s: top-1 accuracy %.1f%% is below 80%%", set, 100*acc)
		}
	}
	if acc := accuracy(t, "all sets", all); acc < 0.90 {
		t.Errorf("top-1 accuracy over all %d requests %.1f%% is below 90%%", len(all), 100*acc)
	}
}

func accuracy(t *testing.T, set string, cases []labelled) float64 {
	correct, toolOnly := 0, 0
	for _, c := range cases {
		d, err := Route(c.Text)
		if err != nil {
			t.Fatalf("%q: %v", c.Text, err)
		}
		got, gotAction := "(none)", ""
		if d.Routed {
			got, gotAction = d.Best.Tool, d.Best.Action
		}
		if got == c.Tool {
			toolOnly++
		}
		if got == c.Tool && (c.Action == "" || c.Action == gotAction) {
			correct++
			continue
		}
		alt := []string{}
		for _, a := range d.Alternatives {
			alt = append(alt, a.Tool)
		}
		t.Logf("miss: %q → %s %s (want %s %s; alternatives %v)", c.Text, got, gotAction, c.Tool, c.Action, alt)
	}
	acc := float64(correct) / float64(len(cases))
	t.Logf("%s: routing top-1 accuracy: %d/%d = %.1f%% (tool only: %d/%d = %.1f%%)", set, correct, len(cases), 100*acc, toolOnly, len(cases), 100*float64(toolOnly)/float64(len(cases)))
	return acc
}

func TestServerOfEveryTool(t *testing.T) {
	want := map[string]string{
		"zone_list": Safe, "dns_record_manage": Safe, "waf_rule_configure": Safe, "zone_settings_manage": Safe,
		"tunnel_health_check": Safe, "zone_analytics_query": Safe, "cf_snapshot": Safe, "cf_config_diff": Safe,
		"change_apply": Safe, "change_rollback": Safe, "change_list": Safe,
		"waf_config_analyze": WAF, "rule_gap_identify": WAF, "compliance_map_generate": WAF, "threat_intel_integrate": WAF,
		"waf_rule_synthesize": WAF, "waf_rule_simulate": WAF, "waf_expression_validate": WAF,
		"security_classify": Oracle, "routing_decide": Oracle, "threat_assess": Oracle, "decision_support": Oracle, "oracle_answer": Oracle,
	}
	got := map[string]string{}
	for _, in := range intents() {
		got[in.tool] = in.server
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("intents cover %v\nwant %v", got, want)
	}
}

func TestSkeletons(t *testing.T) {
	cases := []struct {
		text string
		tool string
		args map[string]any
		pre  *Call
	}{
		{"Add an A record for api.example.com pointing to 203.0.113.10 with ttl 300, dns only", "dns_record_manage",
			map[string]any{"action": "create", "zone": "example.com", "record": map[string]any{"name": "api.example.com", "type": "A", "content": "203.0.113.10", "ttl": 300, "proxied": false}}, nil},
		{"delete the TXT record _acme-challenge.example.com", "dns_record_manage",
			map[string]any{"action": "delete", "zone": "example.com", "record_id": "<record id>"},
			&Call{Tool: "dns_record_manage", Arguments: map[string]any{"zone": "example.com", "action": "list", "filter": map[string]any{"name": "_acme-challenge.example.com", "type": "TXT"}}, Why: "find the record's id (record_id) first"}},
		{"point www.example.com to 198.51.100.7 and make it proxied", "dns_record_manage",
			map[string]any{"action": "update", "zone": "example.com", "record_id": "<record id>", "record": map[string]any{"type": "A", "content": "198.51.100.7", "proxied": true}},
			&Call{Tool: "dns_record_manage", Arguments: map[string]any{"zone": "example.com", "action": "list", "filter": map[string]any{"name": "www.example.com"}}, Why: "find the record's id (record_id) first"}},
		{"what MX records does shop.example.net have configured", "dns_record_manage",
			map[string]any{"action": "list", "zone": "example.net", "filter": map[string]any{"name": "shop.example.net", "type": "MX"}}, nil},
		{"Block 192.0.2.55 on example.com", "waf_rule_configure",
			map[string]any{"action": "create", "zone": "example.com", "kind": "custom", "rule": map[string]any{"action": "block", "expression": "ip.src in {192.0.2.55}"}}, nil},
		{"add a rate limit of 10 requests per minute on /login for example.com", "waf_rule_configure",
			map[string]any{"action": "create", "zone": "example.com", "kind": "rate_limit", "rule": map[string]any{"action": "block", "expression": `starts_with(http.request.uri.path, "/login")`,
				"ratelimit": map[string]any{"characteristics": []any{"cf.colo.id", "ip.src"}, "period": 60, "requests_per_period": 10, "mitigation_timeout": 600}}}, nil},
		{"add 203.0.113.0/24 to the office ip list", "waf_rule_configure",
			map[string]any{"action": "update", "zone": "<zone>", "kind": "ip_list", "list_id": "<list id>", "mode": "add", "items": []any{map[string]any{"ip": "203.0.113.0/24"}}},
			&Call{Tool: "waf_rule_configure", Arguments: map[string]any{"zone": "<zone>", "action": "list", "kind": "ip_list"}, Why: "find the list's id (list_id) first"}},
		{"set SSL to Full (strict) on example.com", "zone_settings_manage",
			map[string]any{"action": "set", "zone": "example.com", "settings": map[string]any{"ssl": "strict"}}, nil},
		{"raise the minimum TLS version to 1.2 on example.com", "zone_settings_manage",
			map[string]any{"action": "set", "zone": "example.com", "settings": map[string]any{"min_tls_version": "1.2"}}, nil},
		{"show the SSL/TLS settings of example.com", "zone_settings_manage", map[string]any{"action": "get", "zone": "example.com"}, nil},
		{"show me the security events for example.com in the last 24 hours", "zone_analytics_query",
			map[string]any{"zone": "example.com", "kind": "security", "window": "24h"}, nil},
		{"top 10 countries by blocked requests on example.net over the past hour", "zone_analytics_query",
			map[string]any{"zone": "example.net", "kind": "security", "window": "1h", "group_by": "country", "limit": 10}, nil},
		{"apply plan pl_7f3a9c21", "change_apply", map[string]any{"plan_id": "pl_7f3a9c21"}, nil},
		{"undo the last DNS change", "change_rollback", map[string]any{"change_id": "<change id>"},
			&Call{Tool: "change_list", Arguments: map[string]any{"limit": 10}, Why: "find the change's id (change_id) first"}},
		{"write a rule that blocks SQL injection attempts on /api/search", "waf_rule_synthesize",
			map[string]any{"description": "write a rule that blocks SQL injection attempts on /api/search", "action": "block", "paths": []string{"/api/search"}, "attack_classes": []string{"sqli"}}, nil},
		{"is 185.220.101.4 malicious? check its reputation", "threat_assess", map[string]any{"ips": []string{"185.220.101.4"}}, nil},
		{"What does PCI DSS 6.4.2 require?", "oracle_answer", map[string]any{"question": "What does PCI DSS 6.4.2 require?", "framework": "pci-dss"}, nil},
	}
	for _, c := range cases {
		d, err := Route(c.text)
		if err != nil || !d.Routed || d.Best.Tool != c.tool {
			t.Errorf("%q: routed %+v err %v, want %s", c.text, d.Best, err, c.tool)
			continue
		}
		if !reflect.DeepEqual(d.Arguments, c.args) {
			t.Errorf("%q: arguments\n got %#v\nwant %#v", c.text, d.Arguments, c.args)
		}
		if !reflect.DeepEqual(d.Prerequisite, c.pre) {
			t.Errorf("%q: prerequisite\n got %#v\nwant %#v", c.text, d.Prerequisite, c.pre)
		}
	}
}

func TestExplainsFeatures(t *testing.T) {
	d, err := Route("delete the TXT record _acme-challenge.example.com")
	if err != nil || !d.Routed {
		t.Fatal(d, err)
	}
	names := []string{}
	sum := 0
	for _, f := range d.Best.Features {
		names = append(names, f.Name)
		sum += f.Weight
	}
	if sum != d.Best.Score || !strings.Contains(strings.Join(names, ","), "record-type") {
		t.Errorf("features %v do not explain score %d", d.Best.Features, d.Best.Score)
	}
	if d.Confidence <= 0 || d.Confidence > 1 {
		t.Errorf("confidence %v", d.Confidence)
	}
}

func TestUnroutable(t *testing.T) {
	for _, text := range []string{"banana bread recipe with walnuts", "hello there", "the quick brown fox"} {
		d, err := Route(text)
		if err != nil {
			t.Fatal(err)
		}
		if d.Routed || d.Best != nil || d.Confidence != 0 {
			t.Errorf("%q routed to %+v", text, d.Best)
		}
	}
}

func TestTieNeverFavoursMutation(t *testing.T) {
	if toolOrder("change_apply") <= toolOrder("zone_list") || toolOrder("oracle_answer") >= toolOrder("zone_list") {
		t.Error("tie order must put advisory tools first and apply/rollback last")
	}
}

func TestDeterministic(t *testing.T) {
	text := "create a custom rule that challenges traffic from country RU on example.com"
	a, _ := Route(text)
	for i := 0; i < 20; i++ {
		b, _ := Route(text)
		if !reflect.DeepEqual(a, b) {
			t.Fatal("routing is not deterministic")
		}
	}
}

func TestRejections(t *testing.T) {
	for _, c := range []struct {
		text string
		err  error
	}{
		{"", ErrEmpty},
		{"   \n\t", ErrEmpty},
		{strings.Repeat("a ", MaxTextBytes/2+1), ErrTooLong},
	} {
		if _, err := Route(c.text); !errors.Is(err, c.err) {
			t.Errorf("Route(%.20q) = %v, want %v", c.text, err, c.err)
		}
	}
}

func TestRegistrable(t *testing.T) {
	for in, want := range map[string]string{"a.b.example.com": "example.com", "example.com": "example.com", "www.shop.co.uk": "shop.co.uk",
		"Mail.Example.COM.": "example.com", "victim.github.io": "victim.github.io", "a.b.city.kawasaki.jp": "city.kawasaki.jp", "localhost": "localhost"} {
		if got := Registrable(in); got != want {
			t.Errorf("Registrable(%s) = %s, want %s", in, got, want)
		}
	}
}

func BenchmarkRoute(b *testing.B) {
	cases := loadLabelled(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Route(cases[i%len(cases)].Text); err != nil {
			b.Fatal(err)
		}
	}
}

// Every package-level expression compiles (they are compiled on first use,
// not at start-up).
func TestLazyExpressionsCompile(t *testing.T) {
	if err := lazyre.Check(); err != nil {
		t.Fatal(err)
	}
}
