package wafintel

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/wafcheck"
)

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	t.Setenv("CLOUDFLARE_API_TOKEN", "")
	var out, errb bytes.Buffer
	code := cli.Run(Spec(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const cleanRuleset = `{"id":"r","phase":"http_request_firewall_custom","rules":[{"id":"a","action":"block","expression":"ip.src in {45.95.147.0/24}","enabled":true}]}`
const lowRuleset = `{"phase":"http_request_firewall_custom","rules":[{"id":"d","action":"block","expression":"http.host eq \"a\"","enabled":false}]}`
const badRuleset = `[{"phase":"http_request_firewall_custom","rules":[{"id":"bad-skip","action":"skip","expression":"true","action_parameters":{"ruleset":"current"}}]}]`

func TestCheckCommand(t *testing.T) {
	clean := write(t, "clean.json", cleanRuleset)
	low := write(t, "low.json", lowRuleset)
	bad := write(t, "bad.json", badRuleset)
	tf := write(t, "main.tf", `resource "cloudflare_zone_setting" "ssl" {
  zone_id    = var.zone_id
  setting_id = "ssl"
  value      = "flexible"
}`)
	cases := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"check", "--file", clean}, 0, "0 findings"},
		{[]string{"check", "--file", low}, 0, "rule-disabled d"},
		{[]string{"check", "--file", low, "--fail-on", "warning"}, 2, "rule-disabled"},
		{[]string{"check", "--file", bad}, 2, "error [critical] skip-broad bad-skip"},
		{[]string{"check", "--file", tf}, 2, "ssl-not-strict setting:ssl"},
		{[]string{"check", "--file", bad, "--format", "markdown"}, 2, "| critical | `skip-broad` | `bad-skip` |"},
		{[]string{"check", "--file", bad, "--format", "html"}, 2, "<!DOCTYPE html>"},
		{[]string{"check", "--zone", "example.shop", "--sandbox"}, 2, "managed-cloudflare-missing"},
		{[]string{"check", "--file", filepath.Join(t.TempDir(), "missing.json")}, 1, ""},
		{[]string{"check", "--file", write(t, "broken.tf", "resource \"x\" {")}, 1, ""},
		{[]string{"check", "--file", write(t, "broken.json", "{\"phase\": ")}, 1, ""},
		{[]string{"check"}, 1, ""},
		{[]string{"check", "--file", clean, "--format", "pdf"}, 1, ""},
		{[]string{"check", "--file", clean, "--fail-on", "info"}, 1, ""},
		{[]string{"check", "--file", clean, "--bogus"}, 1, ""},
		{[]string{"check", "--zone", "nope.example", "--sandbox"}, 1, ""},
	}
	for _, tc := range cases {
		code, out, errOut := run(t, tc.args...)
		if code != tc.code || !strings.Contains(out, tc.out) {
			t.Errorf("%v: code %d (want %d)\nout: %.600s\nerr: %s", tc.args, code, tc.code, out, errOut)
		}
		if code == 1 && errOut == "" {
			t.Errorf("%v: unusable input without a message", tc.args)
		}
	}
	// Every finding in JSON output names its check and the rule it is about.
	_, out, _ := run(t, "check", "--zone", "example.com", "--sandbox", "--format", "json")
	var res wafcheck.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) == 0 {
		t.Fatal("no findings for example.com")
	}
	for _, f := range res.Findings {
		if f.Check == "" || f.RuleID == "" {
			t.Errorf("finding without check or rule id: %+v", f)
		}
	}
	_, html, _ := run(t, "check", "--file", bad, "--format", "html")
	for _, external := range []string{"<script", "http://", "https://", "<link"} {
		if strings.Contains(html, external) {
			t.Errorf("HTML report references %s", external)
		}
	}
}

func TestReportCommand(t *testing.T) {
	code, out, errOut := run(t, "report", "--zone", "example.shop", "--sandbox", "--framework", "pci", "--format", "html")
	if code != 0 || !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, "6.4.2") || !strings.Contains(out, "</html>") {
		t.Fatalf("html report: %d %.300s %s", code, out, errOut)
	}
	for _, external := range []string{"<script", "src=", "href=", "url("} {
		if strings.Contains(out, external) {
			t.Errorf("HTML report has an external reference %q", external)
		}
	}
	code, out, _ = run(t, "report", "--zone", "example.com", "--sandbox", "--framework", "asvs")
	if code != 0 || !strings.Contains(out, "## OWASP ASVS 4.0.3") || !strings.Contains(out, "## OWASP ASVS 5.0") {
		t.Fatalf("markdown report: %d %.300s", code, out)
	}
	for _, args := range [][]string{
		{"report", "--zone", "example.com", "--sandbox", "--framework", "iso"},
		{"report", "--zone", "example.com", "--sandbox", "--framework", "pci", "--format", "pdf"},
		{"report", "--framework", "pci"},
	} {
		if code, _, _ := run(t, args...); code != 1 {
			t.Errorf("%v: code %d, want 1", args, code)
		}
	}
}
