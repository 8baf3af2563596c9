package wafintel

import (
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
