package wafreplay

import (
	"net/netip"
	"strings"
	"testing"

	"go4.org/netipx"
)

func TestRunOrderAndFalsePositives(t *testing.T) {
	var b netipx.IPSetBuilder
	b.AddPrefix(netip.MustParsePrefix("192.0.2.0/24"))
	allow, _ := b.IPSet()
	off := false
	rules := []Rule{
		{ID: "skip-office", Action: "skip", Expression: `ip.src in {192.0.2.0/24} and http.request.uri.path eq "/skip"`},
		{ID: "log", Action: "log", Expression: `starts_with(http.request.uri.path, "/a")`},
		{ID: "block", Action: "block", Expression: `starts_with(http.request.uri.path, "/a")`},
		{ID: "never", Action: "block", Expression: `true`, Enabled: &off},
		{ID: "late", Action: "managed_challenge", Expression: `http.request.uri.path eq "/a/b"`},
	}
	reqs := []Request{
		{Path: "/a/b", IP: "192.0.2.5"},
		{Path: "/a/c", IP: "45.95.147.1", UserAgent: "Mozilla/5.0 (compatible; bingbot/2.0)"},
		{Path: "/skip", IP: "192.0.2.6"},
		{Path: "/", IP: "45.95.147.2"},
	}
	res, err := Run("inline", rules, reqs, Options{Allowlist: allow, AllowNames: "office"})
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]RuleStats{}
	for _, r := range res.Rules {
		by[r.ID] = r
	}
	if by["log"].Matches != 2 || by["block"].Matches != 2 || by["late"].Matches != 0 || by["late"].Preempted != 1 || by["never"].Matches != 0 {
		t.Fatalf("%+v", res.Rules)
	}
	if by["block"].LikelyFP != 2 || !strings.Contains(strings.Join(by["block"].FPSamples, "|"), "allowlisted client (office)") ||
		!strings.Contains(strings.Join(by["block"].FPSamples, "|"), "bingbot") {
		t.Errorf("false positives %+v", by["block"])
	}
	if by["skip-office"].LikelyFP != 0 {
		t.Error("a skip rule matching an allowlisted client is not a false positive")
	}
	if res.Outcomes["block"] != 2 || res.Outcomes["skip"] != 1 || res.Outcomes["none"] != 1 || len(res.Notes) != 1 {
		t.Errorf("outcomes %v notes %v", res.Outcomes, res.Notes)
	}
}

func TestRunErrors(t *testing.T) {
	if _, err := Run("x", []Rule{{Action: "block", Expression: "http.nope eq 1"}}, nil, Options{}); err == nil {
		t.Error("bad expression accepted")
	}
	if _, err := Run("x", []Rule{{Action: "block", Expression: "true"}}, []Request{{Path: "nope"}}, Options{}); err == nil {
		t.Error("relative path accepted")
	}
	if _, err := Prepare(Request{IP: "1.2.3"}); err == nil {
		t.Error("bad ip accepted")
	}
}
