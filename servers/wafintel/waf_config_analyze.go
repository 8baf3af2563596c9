package wafintel

import (
	"context"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/wafcheck"
)

// ConfigAnalyzeArgs are waf_config_analyze's arguments.
type ConfigAnalyzeArgs struct {
	SourceArgs
	MinSeverity string `json:"min_severity,omitempty" jsonschema:"only findings at or above: critical, high, medium, low, info (default info)"`
}

var sevOrder = map[string]int{"critical": 4, "high": 3, "medium": 2, "low": 1, "info": 0}

func wafConfigAnalyze(d *cli.Deps) mcpkit.Tool {
	return mcpkit.NewTool("waf_config_analyze",
		"Audit WAF config (live zone, ruleset JSON or Terraform HCL): findings with check id, severity, evidence, why, fix, compliance controls.",
		mcpkit.ReadHints,
		func(ctx context.Context, a ConfigAnalyzeArgs) (wafcheck.Result, error) {
			min := 0
			if a.MinSeverity != "" {
				v, ok := sevOrder[a.MinSeverity]
				if !ok {
					return wafcheck.Result{}, mcpkit.Errorf("min_severity %q is not accepted; accepted: critical, high, medium, low, info", a.MinSeverity)
				}
				min = v
			}
			s, err := loadSnapshot(ctx, d, a.SourceArgs)
			if err != nil {
				return wafcheck.Result{}, err
			}
			res := *wafcheck.Analyze(s)
			res.Notes = append(res.Notes, untrustedNotes("rule and list descriptions and DNS values of the configuration", snapshotTexts(s))...)
			if min > 0 {
				kept := res.Findings[:0]
				for _, f := range res.Findings {
					if sevOrder[f.Severity] >= min {
						kept = append(kept, f)
					}
				}
				res.Findings = kept
			}
			return res, nil
		})
}
