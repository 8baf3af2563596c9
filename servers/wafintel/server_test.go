package wafintel

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/rules"
)

func TestToolDefinitions(t *testing.T) { clitest.CheckToolDefinitions(t, Spec(), true) }

func TestWafExpressionValidate(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	cases := []struct {
		name      string
		args      map[string]any
		toolError string
		valid     bool
		canonical string
		errText   string
	}{
		{name: "valid", args: map[string]any{"expression": `http.request.uri.path eq "/login"  and ip.src in {192.0.2.0/24}`},
			valid: true, canonical: `http.request.uri.path eq "/login" and ip.src in {192.0.2.0/24}`},
		{name: "unknown field", args: map[string]any{"expression": `http.request.path eq "/"`}, errText: "http.request.uri.path"},
		{name: "plan gated", args: map[string]any{"expression": `http.request.uri.path matches "^/a"`, "plan": "free"}, errText: "Business"},
		{name: "response field in request phase", args: map[string]any{"expression": `http.response.code eq 403`, "phase": "http_request_firewall_custom"}},
		{name: "empty", args: map[string]any{"expression": " "}, toolError: "expression is empty"},
		{name: "missing", args: map[string]any{}, toolError: "expression"},
		{name: "bad plan", args: map[string]any{"expression": "true", "plan": "gold"}, toolError: `plan "gold" is not accepted; accepted: free, pro, business, enterprise`},
		{name: "bad phase", args: map[string]any{"expression": "true", "phase": "nope"}, toolError: `phase "nope" is not accepted; accepted: `},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := c.MustCall("waf_expression_validate", tc.args)
			if tc.toolError != "" {
				if !res.IsError || !strings.Contains(mcpkittest.Text(res), tc.toolError) {
					t.Fatalf("want tool error %q, got %s", tc.toolError, mcpkittest.Text(res))
				}
				return
			}
			if res.IsError {
				t.Fatal(mcpkittest.Text(res))
			}
			var rep rules.Report
			mcpkittest.Decode(t, res, &rep)
			if rep.Valid != tc.valid {
				t.Fatalf("valid = %v: %s", rep.Valid, mcpkittest.Text(res))
			}
			if tc.canonical != "" && rep.Canonical != tc.canonical {
				t.Errorf("canonical = %q", rep.Canonical)
			}
			if !tc.valid {
				if len(rep.Errors) == 0 || rep.Errors[0].Line < 1 || rep.Errors[0].Column < 1 {
					t.Fatalf("invalid without positioned errors: %s", mcpkittest.Text(res))
				}
				all, _ := json.Marshal(rep.Errors)
				if tc.errText != "" && !strings.Contains(string(all), tc.errText) {
					t.Errorf("errors %s do not mention %q", all, tc.errText)
				}
			}
		})
	}
}

func TestExprCheckCommand(t *testing.T) {
	var out, errb bytes.Buffer
	code := cli.Run(Spec(), []string{"expr", "check", `http.host eq "example.com"`}, strings.NewReader(""), &out, &errb)
	if code != 0 || !strings.Contains(out.String(), `"valid": true`) {
		t.Fatalf("valid: code %d out %s err %s", code, out.String(), errb.String())
	}
	out.Reset()
	errb.Reset()
	code = cli.Run(Spec(), []string{"expr", "check", "--plan", "free", `http.host matches "x"`}, strings.NewReader(""), &out, &errb)
	if code != 1 || !strings.Contains(out.String(), `"line": 1`) {
		t.Fatalf("invalid: code %d out %s err %s", code, out.String(), errb.String())
	}
	out.Reset()
	code = cli.Run(Spec(), []string{"expr", "check", "--plan", "gold", "true"}, strings.NewReader(""), &out, &errb)
	if code != 2 {
		t.Fatalf("bad plan: code %d", code)
	}
}
