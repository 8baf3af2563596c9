package tfhcl

import (
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

func TestRulesetMatchesProviderSchema(t *testing.T) {
	schemas, err := LoadSchema()
	if err != nil {
		t.Fatal(err)
	}
	src := Ruleset("waf_custom", "http_request_firewall_custom", "proposed", []Rule{
		{Ref: "block_login", Description: "Block \"x\"", Expression: `http.request.uri.path eq "/login"`, Action: "block", Enabled: true},
		{Ref: "skip_office", Expression: `ip.src in $office`, Action: "skip", Enabled: true,
			ActionParameters: map[string]any{"ruleset": "current", "phases": []any{"http_ratelimit"}}, Logging: map[string]any{"enabled": true}},
	})
	if errs := CheckSchema([]byte(src), schemas); len(errs) > 0 {
		t.Fatalf("%v\n%s", errs, src)
	}
	rl := Ruleset("rl", "http_ratelimit", "", []Rule{{Ref: "rl", Expression: "true", Action: "block", Enabled: true,
		RateLimit: map[string]any{"characteristics": []string{"cf.colo.id", "ip.src"}, "period": 60, "requests_per_period": 10, "mitigation_timeout": 600}}})
	if errs := CheckSchema([]byte(rl), schemas); len(errs) > 0 {
		t.Fatalf("%v\n%s", errs, rl)
	}
	l := List("ti", "ti_block", "feed", []ListItem{{IP: "192.0.2.0/24", Comment: "c"}})
	if errs := CheckSchema([]byte(l), schemas); len(errs) > 0 {
		t.Fatalf("%v\n%s", errs, l)
	}
}

func TestCheckSchemaRejects(t *testing.T) {
	schemas, err := LoadSchema()
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"unknown attribute": `resource "cloudflare_ruleset" "x" { zone_id = var.zone_id
 name = "d"
 kind = "zone"
 phase = "p"
 bogus = 1 }`,
		"computed-only": `resource "cloudflare_ruleset" "x" { name = "d"
 kind = "zone"
 phase = "p"
 id = "abc" }`,
		"required missing": `resource "cloudflare_ruleset" "x" { name = "d"
 kind = "zone" }`,
		"wrong type": `resource "cloudflare_ruleset" "x" { name = "d"
 kind = "zone"
 phase = "p"
 rules = [{ action = "block", expression = "true", enabled = "maybe" }] }`,
		"nested rule attr missing": `resource "cloudflare_ruleset" "x" { name = "d"
 kind = "zone"
 phase = "p"
 rules = [{ action = "block" }] }`,
		"block syntax": `resource "cloudflare_ruleset" "x" { name = "d"
 kind = "zone"
 phase = "p"
 rules { action = "block" } }`,
	}
	for name, src := range cases {
		if errs := CheckSchema([]byte(src), schemas); len(errs) == 0 {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestName(t *testing.T) {
	if got := Name("Block SQLi on /login!"); got != "block_sqli_on_login" {
		t.Fatal(got)
	}
	if got := Name("1st"); !strings.HasPrefix(got, "r_") {
		t.Fatal(got)
	}
}

func TestQuoteRoundTrip(t *testing.T) {
	for _, s := range []string{`plain`, `a "quoted" \ back`, "tab\tnew\nline", "${var.x} and %{if}", "\x01ctl", "ünï"} {
		src := "x = " + Quote(s) + "\n"
		f, diags := hclsyntax.ParseConfig([]byte(src), "q.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%q: %v", s, diags)
		}
		v, diags := f.Body.(*hclsyntax.Body).Attributes["x"].Expr.Value(nil)
		if diags.HasErrors() || v.AsString() != s {
			t.Errorf("%q round-trips to %q (%v)", s, v.AsString(), diags)
		}
	}
}

// TestSchemaEmbedded: the provider schema is compiled in, so the check
// works from any directory with nothing beside the repository.
func TestSchemaEmbedded(t *testing.T) {
	t.Chdir(t.TempDir())
	schemas, err := LoadSchema()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []string{"cloudflare_ruleset", "cloudflare_list", "cloudflare_dns_record"} {
		if schemas[r] == nil {
			t.Errorf("embedded schema lacks %s", r)
		}
	}
	good := Ruleset("x", "http_request_firewall_custom", "", []Rule{{Ref: "r", Expression: "true", Action: "block", Enabled: true}})
	if err := Check(good); err != nil {
		t.Fatal(err)
	}
	bad := Ruleset("x", "http_request_firewall_custom", "", []Rule{{Ref: "r", Expression: "true", Action: "block", Enabled: true,
		ActionParameters: map[string]any{"no_such_parameter": true}}})
	if err := Check(bad); err == nil || !strings.Contains(err.Error(), "no_such_parameter") {
		t.Fatalf("unknown nested attribute accepted: %v", err)
	}
}
