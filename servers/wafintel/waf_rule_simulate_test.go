package wafintel

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

func TestWafRuleSimulateInline(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	reqs := []any{
		map[string]any{"method": "GET", "path": "/search", "query": "q=1%27%20OR%201=1--", "ip": "45.95.147.10", "country": "NL", "asn": 64503},
		map[string]any{"method": "GET", "path": "/admin", "ip": "45.95.147.11", "country": "NL", "asn": 64503},
		map[string]any{"method": "GET", "path": "/admin", "ip": "192.0.2.10", "country": "GB"},
		map[string]any{"method": "GET", "path": "/admin", "user_agent": "Mozilla/5.0 (compatible; Googlebot/2.1)", "ip": "66.249.66.1", "verified_bot": true},
		map[string]any{"method": "GET", "path": "/", "ip": "198.51.100.1"},
	}
	rulesArg := []any{
		map[string]any{"id": "office", "action": "skip", "expression": `ip.src in {192.0.2.0/24}`},
		map[string]any{"id": "admin", "action": "block", "expression": `starts_with(http.request.uri.path, "/admin")`},
		map[string]any{"id": "nl", "action": "managed_challenge", "expression": `ip.src.country eq "NL"`},
		map[string]any{"id": "log-all", "action": "log", "expression": `true`},
	}
	var res wafreplay.Result
	mcpkittest.Decode(t, c.MustCall("waf_rule_simulate", map[string]any{"rules": rulesArg, "requests": reqs, "allowlist": []any{"198.51.100.0/24"}}), &res)
	by := map[string]wafreplay.RuleStats{}
	for _, r := range res.Rules {
		by[r.ID] = r
	}
	if by["office"].Matches != 1 || by["admin"].Matches != 2 || by["nl"].Matches != 1 || by["nl"].Preempted != 1 || by["log-all"].Matches != 1 || by["log-all"].Preempted != 4 {
		t.Fatalf("matches per rule: %+v", res.Rules)
	}
	if by["admin"].LikelyFP != 1 || !strings.Contains(by["admin"].FPSamples[0], "verified bot") {
		t.Errorf("verified bot not flagged: %+v", by["admin"])
	}
	if by["log-all"].LikelyFP != 1 || !strings.Contains(by["log-all"].FPSamples[0], "allowlist") {
		t.Errorf("allowlisted client not flagged: %+v", by["log-all"])
	}
	if by["admin"].TopCountry["NL"] != 1 || by["nl"].TopASNs["64503"] != 1 || by["admin"].TopPaths["/admin"] != 2 {
		t.Errorf("tops: %+v", by["admin"])
	}
	if res.Outcomes["block"] != 2 || res.Outcomes["managed_challenge"] != 1 || res.Outcomes["skip"] != 1 || res.Outcomes["none"] != 1 {
		t.Errorf("outcomes %v", res.Outcomes)
	}
}

func TestWafRuleSimulateEvents(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	var res wafreplay.Result
	mcpkittest.Decode(t, c.MustCall("waf_rule_simulate", map[string]any{"zone": cfsim.SeedZoneMain,
		"expression": `http.request.uri.path eq "/login"`, "action": "managed_challenge"}), &res)
	if res.Requests == 0 || !strings.Contains(res.Source, "security events") {
		t.Fatalf("no events replayed: %+v", res)
	}
	r := res.Rules[0]
	if r.Matches == 0 || r.TopPaths["/login"] != r.Matches {
		t.Fatalf("login matches: %+v", r)
	}
	// The login attempts come from 192.0.2.150-153, inside office_ips.
	if r.LikelyFP == 0 || !strings.Contains(strings.Join(r.FPSamples, " "), "office_ips") {
		t.Errorf("office_ips clients not flagged: %+v", r)
	}
}

func TestWafRuleSimulateErrors(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	req := []any{map[string]any{"path": "/"}}
	for name, tc := range map[string]struct {
		args map[string]any
		want string
	}{
		"no rules":       {map[string]any{"requests": req}, "pass expression or rules"},
		"both":           {map[string]any{"expression": "true", "rules": []any{map[string]any{"action": "block", "expression": "true"}}, "requests": req}, "not both"},
		"no source":      {map[string]any{"expression": "true"}, "pass requests"},
		"bad expression": {map[string]any{"expression": "http.nope eq 1", "requests": req}, "does not compile"},
		"bad action":     {map[string]any{"rules": []any{map[string]any{"action": "allow", "expression": "true"}}, "requests": req}, "action \"allow\""},
		"bad path":       {map[string]any{"expression": "true", "requests": []any{map[string]any{"path": "x"}}}, "must start with /"},
		"bad ip":         {map[string]any{"expression": "true", "requests": []any{map[string]any{"ip": "300.1.1.1"}}}, "not an address"},
		"bad allowlist":  {map[string]any{"expression": "true", "requests": req, "allowlist": []any{"x"}}, "allowlist"},
		"bad hours":      {map[string]any{"expression": "true", "zone": cfsim.SeedZoneMain, "hours": 1000}, "hours"},
		"too many":       {map[string]any{"expression": "true", "requests": manyReqs(5001)}, "limit is 5000"},
		"over one rule":  {map[string]any{"expression": strings.Repeat(`http.host eq "a" or `, 250) + "true", "requests": req}, "passing them as rules"},
	} {
		res := c.MustCall("waf_rule_simulate", tc.args)
		if !res.IsError || !strings.Contains(mcpkittest.Text(res), tc.want) {
			t.Errorf("%s: want error %q, got %.300s", name, tc.want, mcpkittest.Text(res))
		}
	}
}

func manyReqs(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = map[string]any{"path": "/"}
	}
	return out
}

// The simulator fills the body fields as the edge does on Enterprise: a
// form-field rule and a multipart rule match; on Business the body is not
// visible and the result says so.
func TestWafRuleSimulateBodyFields(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	reqs := []any{
		map[string]any{"method": "POST", "path": "/contact", "headers": map[string]any{"content-type": "application/x-www-form-urlencoded"}, "body": "name=Jane&message=hello%20world"},
		map[string]any{"method": "POST", "path": "/upload", "headers": map[string]any{"Content-Type": "multipart/form-data; boundary=XyZ"},
			"body": "--XyZ\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\nhello world\r\n--XyZ--\r\n"},
	}
	rulesArg := []any{
		map[string]any{"id": "form", "action": "log", "expression": `any(http.request.body.form["message"][*] eq "hello world")`},
		map[string]any{"id": "multipart", "action": "log", "expression": `any(http.request.body.multipart["message"][*] eq "hello world")`},
	}
	var res wafreplay.Result
	mcpkittest.Decode(t, c.MustCall("waf_rule_simulate", map[string]any{"rules": rulesArg, "requests": reqs, "plan": "enterprise"}), &res)
	if res.Rules[0].Matches != 1 || res.Rules[1].Matches != 1 {
		t.Fatalf("body fields not filled: %+v", res.Rules)
	}
	var biz wafreplay.Result
	mcpkittest.Decode(t, c.MustCall("waf_rule_simulate", map[string]any{"expression": `http.request.uri.path eq "/contact"`, "requests": reqs, "plan": "business"}), &biz)
	if !strings.Contains(strings.Join(biz.Notes, " "), "cannot read bodies") {
		t.Errorf("business notes: %v", biz.Notes)
	}
}
