package wafintel

import (
	"regexp"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
)

// Regression: requests_per_minute was dropped silently unless the action
// was rate_limit, proposing a plain block rule instead of what was asked.
func TestWafRuleSynthesizeRateArgumentsNeedRateLimit(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	for name, args := range map[string]map[string]any{
		"rpm with block":        {"action": "block", "paths": []any{"/login"}, "requests_per_minute": 5},
		"mitigation with block": {"action": "managed_challenge", "paths": []any{"/login"}, "mitigation_seconds": 60},
	} {
		res := c.MustCall("waf_rule_synthesize", args)
		if !res.IsError || !strings.Contains(mcpkittest.Text(res), "only to action rate_limit") {
			t.Errorf("%s: want an error naming rate_limit, got %s", name, mcpkittest.Text(res))
		}
	}
	res := c.MustCall("waf_rule_synthesize", map[string]any{"action": "block", "paths": []any{"/login"}, "skip_phases": []any{"http_ratelimit"}})
	if !res.IsError || !strings.Contains(mcpkittest.Text(res), "only to action skip") {
		t.Errorf("skip_phases with block: want an error, got %s", mcpkittest.Text(res))
	}
	res = c.MustCall("waf_rule_synthesize", map[string]any{"action": "rate_limit", "paths": []any{"/login"}, "requests_per_minute": 5})
	if res.IsError || !strings.Contains(mcpkittest.Text(res), `"requests_per_period":5`) {
		t.Errorf("rate_limit honours requests_per_minute: %s", mcpkittest.Text(res))
	}
}

// The HTML compliance report says when and by which version it was made,
// names rules by their descriptions instead of 32-hex ids, and has no
// proposal that points at rows the report does not have.
func TestComplianceHTMLReadable(t *testing.T) {
	code, out, errOut := run(t, "report", "--zone", "example.com", "--sandbox", "--framework", "all", "--format", "html")
	if code != 0 {
		t.Fatalf("report: %d %s", code, errOut)
	}
	if !regexp.MustCompile(`generated \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC · waf_intelligence \S+`).MatchString(out) {
		t.Errorf("no generation time and version in the report header")
	}
	if ids := regexp.MustCompile(`\b[0-9a-f]{32}\b`).FindAllString(out, -1); len(ids) > 0 {
		t.Errorf("the report shows bare rule ids: %v", ids)
	}
	if !strings.Contains(out, "(id ") {
		t.Errorf("the report should name at least one rule with its short id")
	}
	if strings.Contains(strings.ToLower(out), "above") {
		t.Errorf("the report refers to something \"above\" that it does not show")
	}
}
