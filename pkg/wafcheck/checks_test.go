package wafcheck

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfclient"
)

func r(action, expr string, extra ...string) cfclient.Rule {
	rl := cfclient.Rule{Action: action, Expression: expr}
	for _, e := range extra {
		k, v, _ := strings.Cut(e, "=")
		switch k {
		case "id":
			rl.ID = v
		case "ap":
			rl.ActionParameters = json.RawMessage(v)
		case "rl":
			rl.RateLimit = json.RawMessage(v)
		case "log":
			rl.Logging = json.RawMessage(v)
		case "disabled":
			f := false
			rl.Enabled = &f
		}
	}
	return rl
}

func snap(plan string, sets ...cfclient.Ruleset) *Snapshot {
	s := &Snapshot{Source: SourceJSON, Plan: plan, ZoneName: "example.com"}
	for _, rs := range sets {
		s.Rulesets = append(s.Rulesets, Ruleset{Ruleset: rs})
		s.addPhase(rs.Phase)
	}
	return s
}

func custom(rs ...cfclient.Rule) cfclient.Ruleset {
	return cfclient.Ruleset{ID: "custom", Phase: PhaseCustom, Rules: rs}
}
func rl(rs ...cfclient.Rule) cfclient.Ruleset {
	return cfclient.Ruleset{ID: "rl", Phase: PhaseRateLimit, Rules: rs}
}
func managed(rs ...cfclient.Rule) cfclient.Ruleset {
	return cfclient.Ruleset{ID: "managed", Phase: PhaseManaged, Rules: rs}
}

const (
	cfID    = "efb7b8c949ac4650a09736fc376e9aee"
	owaspID = "4814384a9e5d4991b9815dcfc25d2f1f"
)

func exec(id string, extra ...string) cfclient.Rule {
	ap := `{"id":"` + id + `","version":"latest"}`
	for i, e := range extra {
		if strings.HasPrefix(e, "ov=") {
			ap = `{"id":"` + id + `","version":"latest","overrides":` + strings.TrimPrefix(e, "ov=") + `}`
			extra = append(extra[:i:i], extra[i+1:]...)
			break
		}
		if strings.HasPrefix(e, "ver=") {
			ap = `{"id":"` + id + `","version":"` + strings.TrimPrefix(e, "ver=") + `"}`
			extra = append(extra[:i:i], extra[i+1:]...)
			break
		}
	}
	expr := "true"
	for i, e := range extra {
		if strings.HasPrefix(e, "expr=") {
			expr = strings.TrimPrefix(e, "expr=")
			extra = append(extra[:i:i], extra[i+1:]...)
			break
		}
	}
	return r("execute", expr, append(extra, "ap="+ap)...)
}

var goodManaged = managed(exec(cfID, "id=m1"), exec(owaspID, "id=m2"))

func settingsSnap(kv map[string]any) *Snapshot {
	s := snap("pro")
	s.Settings = map[string]json.RawMessage{}
	for k, v := range kv {
		b, _ := json.Marshal(v)
		s.Settings[k] = b
	}
	s.SettingsKnown = true
	return s
}

func dnsSnap(recs ...cfclient.DNSRecord) *Snapshot {
	s := snap("pro")
	s.DNS = recs
	s.DNSKnown = true
	return s
}

func listSnap(lists []List, sets ...cfclient.Ruleset) *Snapshot {
	s := snap("pro", sets...)
	s.Lists = lists
	s.ListsKnown = true
	return s
}

var hstsOn = map[string]any{"strict_transport_security": map[string]any{"enabled": true, "max_age": 31536000, "include_subdomains": true}}

// checkCases: per check id a snapshot that triggers it and one that does not.
var checkCases = map[string]struct{ bad, good *Snapshot }{
	"managed-cloudflare-missing": {snap("pro", managed(exec(owaspID))), snap("pro", goodManaged)},
	"managed-owasp-missing":      {snap("pro", managed(exec(cfID))), snap("pro", goodManaged)},
	"managed-disabled":           {snap("pro", managed(exec(cfID, "disabled"), exec(owaspID))), snap("pro", goodManaged)},
	"managed-override-log": {snap("pro", managed(exec(cfID, `ov={"action":"log"}`), exec(owaspID))),
		snap("pro", managed(exec(cfID, `ov={"action":"block"}`), exec(owaspID)))},
	"managed-narrowed": {snap("pro", managed(exec(cfID, `expr=http.host eq "a.example.com"`), exec(owaspID))),
		snap("pro", managed(exec(cfID, `expr=true`), exec(owaspID)))},
	"managed-rules-disabled": {snap("pro", managed(exec(cfID, `ov={"categories":[{"category":"wordpress","enabled":false}]}`), exec(owaspID))),
		snap("pro", managed(exec(cfID), exec(owaspID, `ov={"categories":[{"category":"paranoia-level-2","enabled":false},{"category":"paranoia-level-3","enabled":false},{"category":"paranoia-level-4","enabled":false}]}`)))},
	"managed-version-pinned":    {snap("pro", managed(exec(cfID, "ver=71"), exec(owaspID))), snap("pro", goodManaged)},
	"managed-duplicate-execute": {snap("pro", managed(exec(cfID), exec(cfID), exec(owaspID))), snap("pro", goodManaged)},
	"owasp-threshold-low": {snap("pro", managed(exec(cfID), exec(owaspID, `ov={"rules":[{"id":"`+OWASPAnomalyRuleID+`","score_threshold":60}]}`))),
		snap("pro", managed(exec(cfID), exec(owaspID, `ov={"rules":[{"id":"`+OWASPAnomalyRuleID+`","score_threshold":25}]}`)))},
	"owasp-action-log": {snap("pro", managed(exec(cfID), exec(owaspID, `ov={"rules":[{"id":"`+OWASPAnomalyRuleID+`","action":"log"}]}`))),
		snap("pro", managed(exec(cfID), exec(owaspID, `ov={"rules":[{"id":"`+OWASPAnomalyRuleID+`","action":"block"}]}`)))},
	"owasp-paranoia-inconsistent": {snap("pro", managed(exec(cfID), exec(owaspID, `ov={"categories":[{"category":"paranoia-level-2","enabled":false}]}`))),
		snap("pro", managed(exec(cfID), exec(owaspID, `ov={"categories":[{"category":"paranoia-level-3","enabled":false},{"category":"paranoia-level-4","enabled":false}]}`)))},
	"rule-invalid-expression": {snap("pro", custom(r("block", `http.request.path eq "/"`))), snap("pro", custom(r("block", `http.request.uri.path eq "/"`)))},
	"rule-log-only":           {snap("enterprise", custom(r("log", `http.user_agent contains "sqlmap"`))), snap("enterprise", custom(r("block", `http.user_agent contains "sqlmap"`)))},
	"rule-disabled":           {snap("pro", custom(r("block", `http.host eq "a"`, "disabled"))), snap("pro", custom(r("block", `http.host eq "a"`)))},
	"skip-broad": {snap("pro", custom(r("skip", `true`, `ap={"ruleset":"current"}`))),
		snap("pro", custom(r("skip", `ip.src in $office`, `ap={"ruleset":"current"}`)))},
	"skip-spoofable": {snap("pro", custom(r("skip", `http.user_agent contains "Monitor"`, `ap={"phases":["http_request_firewall_managed"]}`))),
		snap("pro", custom(r("skip", `http.user_agent contains "Monitor" and ip.src in {192.0.2.0/24}`, `ap={"phases":["http_request_firewall_managed"]}`)))},
	"skip-no-logging": {snap("pro", custom(r("skip", `ip.src in $office`, `ap={"ruleset":"current"}`, `log={"enabled":false}`))),
		snap("pro", custom(r("skip", `ip.src in $office`, `ap={"ruleset":"current"}`, `log={"enabled":true}`)))},
	"rule-shadowed": {snap("pro", custom(r("block", `http.user_agent contains "BadBot"`, "id=a"), r("block", `http.user_agent contains "BadBot" and starts_with(http.request.uri.path, "/api/")`, "id=b"))),
		snap("pro", custom(r("block", `http.user_agent contains "BadBot" and starts_with(http.request.uri.path, "/api/")`, "id=b"), r("block", `http.user_agent contains "BadBot"`, "id=a")))},
	"rule-duplicate": {snap("pro", custom(r("block", `http.host eq "a"`, "id=a"), r("managed_challenge", `(http.host eq "a")`, "id=b"))),
		snap("pro", custom(r("block", `http.host eq "a"`, "id=a"), r("block", `http.host eq "b"`, "id=b")))},
	"rule-always-true":  {snap("pro", custom(r("block", `ip.src in {0.0.0.0/0 ::/0}`))), snap("pro", custom(r("block", `ip.src in {192.0.2.0/24}`)))},
	"rule-always-false": {snap("pro", custom(r("block", `http.host eq "a" and http.host eq "b"`))), snap("pro", custom(r("block", `http.host eq "a" or http.host eq "b"`)))},
	"field-threat-score": {snap("pro", custom(r("managed_challenge", `cf.threat_score gt 14`))),
		snap("pro", custom(r("managed_challenge", `cf.waf.score.class eq "attack"`)))},
	"field-geoip-deprecated": {snap("pro", custom(r("block", `ip.geoip.country eq "KP"`))), snap("pro", custom(r("block", `ip.src.country eq "KP"`)))},
	"value-never-matches":    {snap("pro", custom(r("block", `http.request.method eq "post"`))), snap("pro", custom(r("block", `http.request.method eq "POST"`)))},
	"inline-ip-set": {snap("pro", custom(r("block", `not ip.src in {192.0.2.1 192.0.2.2 192.0.2.3 192.0.2.4 192.0.2.5}`))),
		snap("pro", custom(r("block", `not ip.src in {192.0.2.1 192.0.2.2}`)))},
	"ip-set-reserved": {snap("pro", custom(r("block", `ip.src in {10.0.0.0/8}`))), snap("pro", custom(r("block", `ip.src in {45.95.147.0/24}`)))},
	"list-missing": {listSnap([]List{{IPList: cfclient.IPList{Name: "office", Kind: "ip"}}}, custom(r("block", `ip.src in $gone`))),
		listSnap([]List{{IPList: cfclient.IPList{Name: "office", Kind: "ip"}}}, custom(r("block", `ip.src in $office`)))},
	"list-unused": {listSnap([]List{{IPList: cfclient.IPList{Name: "office", Kind: "ip"}}}, custom(r("block", `http.host eq "a"`))),
		listSnap([]List{{IPList: cfclient.IPList{Name: "office", Kind: "ip"}}}, custom(r("block", `ip.src in $office`)))},
	"list-reserved-items": {listSnap([]List{{IPList: cfclient.IPList{Name: "bad", Kind: "ip"}, Items: []string{"100.64.10.10", "45.95.147.1"}}}),
		listSnap([]List{{IPList: cfclient.IPList{Name: "bad", Kind: "ip"}, Items: []string{"45.95.147.1"}}})},
	"expression-near-limit": {snap("pro", custom(r("block", `http.host in {`+longHosts(3600)+`}`))), snap("pro", custom(r("block", `http.host in {"a"}`)))},
	"rule-count-near-limit": {snap("free", custom(r("block", `http.host eq "a"`), r("block", `http.host eq "b"`), r("block", `http.host eq "c"`), r("block", `http.host eq "d"`))),
		snap("free", custom(r("block", `http.host eq "a"`)))},
	"ratelimit-auth-missing": {snap("pro", rl(r("block", `http.request.uri.path eq "/search"`, `rl={"characteristics":["cf.colo.id","ip.src"],"period":60,"requests_per_period":100}`))),
		snap("pro", rl(r("block", `http.request.uri.path eq "/login"`, `rl={"characteristics":["cf.colo.id","ip.src"],"period":60,"requests_per_period":10}`)))},
	"ratelimit-weak": {snap("pro", rl(r("block", `http.request.uri.path eq "/login"`, `rl={"characteristics":["cf.colo.id","ip.src"],"period":10,"requests_per_period":500}`))),
		snap("pro", rl(r("block", `http.request.uri.path eq "/login"`, `rl={"characteristics":["cf.colo.id","ip.src"],"period":60,"requests_per_period":10}`)))},
	"attack-score-unused":         {snap("business", custom(r("block", `http.host eq "a"`))), snap("business", custom(r("managed_challenge", `cf.waf.score.class eq "attack"`)))},
	"ssl-not-strict":              {settingsSnap(map[string]any{"ssl": "flexible"}), settingsSnap(map[string]any{"ssl": "strict"})},
	"tls-min-version-old":         {settingsSnap(map[string]any{"min_tls_version": "1.0"}), settingsSnap(map[string]any{"min_tls_version": "1.2"})},
	"tls13-off":                   {settingsSnap(map[string]any{"tls_1_3": "off"}), settingsSnap(map[string]any{"tls_1_3": "zrt"})},
	"always-use-https-off":        {settingsSnap(map[string]any{"always_use_https": "off"}), settingsSnap(map[string]any{"always_use_https": "on"})},
	"https-rewrites-off":          {settingsSnap(map[string]any{"automatic_https_rewrites": "off"}), settingsSnap(map[string]any{"automatic_https_rewrites": "on"})},
	"security-level-off":          {settingsSnap(map[string]any{"security_level": "essentially_off"}), settingsSnap(map[string]any{"security_level": "medium"})},
	"security-level-under-attack": {settingsSnap(map[string]any{"security_level": "under_attack"}), settingsSnap(map[string]any{"security_level": "high"})},
	"browser-check-off":           {settingsSnap(map[string]any{"browser_check": "off"}), settingsSnap(map[string]any{"browser_check": "on"})},
	"hsts-disabled": {settingsSnap(map[string]any{"security_header": map[string]any{"strict_transport_security": map[string]any{"enabled": false}}}),
		settingsSnap(map[string]any{"security_header": hstsOn})},
	"hsts-weak": {settingsSnap(map[string]any{"security_header": map[string]any{"strict_transport_security": map[string]any{"enabled": true, "max_age": 3600, "include_subdomains": true}}}),
		settingsSnap(map[string]any{"security_header": hstsOn})},
	"dns-origin-exposed": {dnsSnap(cfclient.DNSRecord{Name: "example.com", Type: "A", Content: "45.95.147.10", Proxied: true}, cfclient.DNSRecord{Name: "direct.example.com", Type: "A", Content: "45.95.147.10"}),
		dnsSnap(cfclient.DNSRecord{Name: "example.com", Type: "A", Content: "45.95.147.10", Proxied: true}, cfclient.DNSRecord{Name: "mail.example.com", Type: "A", Content: "45.95.200.25"})},
	"dns-unproxied-host": {dnsSnap(cfclient.DNSRecord{Name: "blog.example.com", Type: "CNAME", Content: "blog.host.example.net"}),
		dnsSnap(cfclient.DNSRecord{Name: "blog.example.com", Type: "CNAME", Content: "blog.host.example.net", Proxied: true})},
}

func longHosts(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, `"host%d.example.com" `, i)
	}
	return b.String()
}

func findingsOf(res *Result, id string) []Finding {
	var out []Finding
	for _, f := range res.Findings {
		if f.Check == id {
			out = append(out, f)
		}
	}
	return out
}

func TestEveryCheckHasCases(t *testing.T) {
	if n := len(Checks()); n < 30 {
		t.Fatalf("%d checks; want at least 30", n)
	}
	seen := map[string]bool{}
	for _, c := range Checks() {
		if seen[c.ID] {
			t.Errorf("duplicate check id %s", c.ID)
		}
		seen[c.ID] = true
		if c.Why == "" || c.Remediation == "" || len(c.Controls) == 0 || sevRank[c.Severity] == 0 && c.Severity != SevInfo {
			t.Errorf("%s: incomplete catalogue entry", c.ID)
		}
		if _, ok := checkCases[c.ID]; !ok {
			t.Errorf("check %s has no trigger/no-trigger fixture", c.ID)
		}
	}
	for id := range checkCases {
		if !seen[id] {
			t.Errorf("fixture for unknown check %s", id)
		}
	}
}

func TestChecksTriggerAndNot(t *testing.T) {
	for id, tc := range checkCases {
		t.Run(id, func(t *testing.T) {
			bad := Analyze(tc.bad)
			fs := findingsOf(bad, id)
			if len(fs) == 0 {
				t.Fatalf("not triggered; findings: %+v", bad.Findings)
			}
			for _, f := range fs {
				if f.RuleID == "" || f.Evidence["detail"] == "" {
					t.Errorf("finding without rule id or evidence: %+v", f)
				}
				if f.Level == "" || len(f.Controls) == 0 {
					t.Errorf("finding without level or controls: %+v", f)
				}
			}
			good := Analyze(tc.good)
			if fs := findingsOf(good, id); len(fs) > 0 {
				t.Fatalf("triggered on the clean fixture: %+v", fs)
			}
			found := false
			for _, c := range good.ChecksRun {
				found = found || c == id
			}
			if !found {
				t.Fatalf("check did not run on the clean fixture (not assessed: %v)", good.NotAssessed)
			}
		})
	}
}

func TestNotAssessedWithoutData(t *testing.T) {
	res := Analyze(snap("pro", custom(r("block", `http.host eq "a"`))))
	for _, id := range []string{"ssl-not-strict", "managed-cloudflare-missing", "dns-origin-exposed", "list-missing", "ratelimit-auth-missing"} {
		ok := false
		for _, n := range res.NotAssessed {
			ok = ok || n == id
		}
		if !ok {
			t.Errorf("%s should be not assessed for a custom-rules-only input", id)
		}
	}
}

func TestSnapshotHashStable(t *testing.T) {
	a := snap("pro", custom(r("block", `http.host eq "a"`)))
	b := snap("pro", custom(r("block", `http.host eq "a"`)))
	if a.Hash() != b.Hash() || !strings.HasPrefix(a.Hash(), "sha256:") {
		t.Fatal("equal snapshots hash differently")
	}
	c := snap("pro", custom(r("block", `http.host eq "b"`)))
	if a.Hash() == c.Hash() {
		t.Fatal("different snapshots hash the same")
	}
}
