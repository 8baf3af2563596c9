package wafcheck

import (
	"strings"
	"testing"
)

const rulesetObj = `{"id":"0a1b2c3d4e5f60718293a4b5c6d7e8f9","name":"default","kind":"zone","phase":"http_request_firewall_custom",
 "rules":[{"id":"r1","action":"log","expression":"http.user_agent contains \"sqlmap\"","enabled":true},
          {"id":"r2","action":"managed_challenge","expression":"cf.threat_score gt 10"}]}`

func TestFromRulesetJSON(t *testing.T) {
	for name, in := range map[string]string{
		"object":   rulesetObj,
		"envelope": `{"success":true,"errors":[],"result":` + rulesetObj + `}`,
		"array":    `[` + rulesetObj + `,{"phase":"http_ratelimit","rules":[]}]`,
	} {
		s, err := FromRulesetJSON([]byte(in), "enterprise")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		res := Analyze(s)
		if !has(res, "rule-log-only", "r1") || !has(res, "field-threat-score", "r2") {
			t.Errorf("%s: findings %+v", name, res.Findings)
		}
	}
}

func TestFromRulesetJSONErrors(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"empty":     {"  ", "empty"},
		"malformed": {"{\n \"phase\": \"x\",\n \"rules\": [ {\"action\": } ]\n}", "line 3"},
		"scalar":    {`"x"`, "object or an array"},
		"no phase":  {`{"rules":[]}`, "no phase"},
		"no action": {`{"phase":"http_request_firewall_custom","rules":[{"expression":"true"}]}`, "no action"},
		"bad type":  {`{"phase":"http_request_firewall_custom","rules":"x"}`, "expected"},
		"empty arr": {`[]`, "no rulesets"},
		"too big":   {`{"phase":"` + strings.Repeat("a", MaxInlineBytes) + `"}`, "limit"},
	}
	for name, tc := range cases {
		_, err := FromRulesetJSON([]byte(tc.in), "")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want %q", name, err, tc.want)
		}
	}
}

const tfSrc = `
variable "zone_id" {}
resource "cloudflare_ruleset" "waf_custom" {
  zone_id = var.zone_id
  name    = "default"
  kind    = "zone"
  phase   = "http_request_firewall_custom"
  rules = [
    {
      ref         = "skip_xff"
      expression  = "(any(http.request.headers[\"x-forwarded-for\"][*] eq \"10.0.0.1\"))"
      action      = "skip"
      action_parameters = { ruleset = "current" }
      logging     = { enabled = false }
    },
    {
      ref        = "block_office"
      expression = "ip.src in $office_ips"
      action     = "block"
      enabled    = false
    }
  ]
}
resource "cloudflare_zone_setting" "ssl" {
  zone_id    = var.zone_id
  setting_id = "ssl"
  value      = "flexible"
}
resource "cloudflare_list" "office" {
  account_id = var.account_id
  name = "office_ips"
  kind = "ip"
  items = [{ ip = "10.1.2.3" }]
}
`

func TestFromTerraform(t *testing.T) {
	s, err := FromTerraform([]byte(tfSrc), "main.tf", "pro")
	if err != nil {
		t.Fatal(err)
	}
	res := Analyze(s)
	for _, w := range []struct{ c, r string }{
		{"skip-spoofable", "skip_xff"}, {"skip-no-logging", "skip_xff"}, {"rule-disabled", "block_office"},
		{"ssl-not-strict", "setting:ssl"}, {"list-reserved-items", "list:office_ips"},
	} {
		if !has(res, w.c, w.r) {
			t.Errorf("missing %s on %s: %+v", w.c, w.r, res.Findings)
		}
	}
	if s.Rulesets[0].Address != "cloudflare_ruleset.waf_custom" {
		t.Errorf("address %q", s.Rulesets[0].Address)
	}
}

func TestFromTerraformErrors(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"parse":   {"resource \"cloudflare_ruleset\" \"x\" {\n  name = \n}", "main.tf:2,10"},
		"empty":   {"", "empty"},
		"nothing": {`variable "x" {}`, "no cloudflare_ruleset"},
		"v4 block": {`resource "cloudflare_ruleset" "x" {
  phase = "http_request_firewall_custom"
  rules {
    action = "block"
  }
}`, "provider v4"},
		"no phase": {`resource "cloudflare_ruleset" "x" { name = "d" }`, "no literal phase"},
	}
	for name, tc := range cases {
		_, err := FromTerraform([]byte(tc.in), "main.tf", "")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want %q", name, err, tc.want)
		}
	}
}
