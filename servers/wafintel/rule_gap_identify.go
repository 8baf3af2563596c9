package wafintel

import (
	"context"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/wafcheck"
)

func ruleGapIdentify(d *cli.Deps) mcpkit.Tool {
	return mcpkit.NewTool("rule_gap_identify",
		"Coverage matrix (attack classes, OWASP Top 10 2021) → covered/partial/missing, why, and proposals (intents for waf_rule_synthesize).",
		mcpkit.ReadHints,
		func(ctx context.Context, a SourceArgs) (wafcheck.GapResult, error) {
			s, err := loadSnapshot(ctx, d, a)
			if err != nil {
				return wafcheck.GapResult{}, err
			}
			return *wafcheck.Gaps(s), nil
		})
}
