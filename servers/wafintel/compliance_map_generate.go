package wafintel

import (
	"context"
	"strings"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/wafcheck"
)

// ComplianceArgs are compliance_map_generate's arguments.
type ComplianceArgs struct {
	SourceArgs
	Framework string `json:"framework" jsonschema:"pci, asvs (4.0.3 and 5.0), owasp, nist or all"`
	Format    string `json:"format,omitempty" jsonschema:"json (default) or markdown (adds a markdown report)"`
}

// ComplianceResult is the report, with its Markdown rendering on request.
type ComplianceResult struct {
	wafcheck.ComplianceReport
	Markdown string `json:"markdown,omitempty"`
}

func complianceMapGenerate(d *cli.Deps) mcpkit.Tool {
	return mcpkit.NewTool("compliance_map_generate",
		"Map WAF config to PCI DSS 4.0, OWASP ASVS 4.0.3/5.0, OWASP Top 10 2021 or NIST 800-53: per control pass/partial/fail, evidence with snapshot hash, gaps.",
		mcpkit.ReadHints,
		func(ctx context.Context, a ComplianceArgs) (ComplianceResult, error) {
			if a.Format != "" && a.Format != "json" && a.Format != "markdown" {
				return ComplianceResult{}, mcpkit.Errorf("format %q is not accepted; accepted: json, markdown", a.Format)
			}
			switch a.Framework {
			case "pci", "asvs", "owasp", "nist", "all":
			default:
				return ComplianceResult{}, mcpkit.Errorf("framework %q is not accepted; accepted: pci, asvs, owasp, nist, all", a.Framework)
			}
			s, err := loadSnapshot(ctx, d, a.SourceArgs)
			if err != nil {
				return ComplianceResult{}, err
			}
			rep, err := wafcheck.Compliance(s, a.Framework)
			if err != nil {
				return ComplianceResult{}, mcpkit.Errorf("%v", err)
			}
			out := ComplianceResult{ComplianceReport: *rep}
			// Rule names in the evidence are the rules' descriptions.
			if fl := flaggedOnly(untrustedNotes("rule and list descriptions and DNS values of the configuration", snapshotTexts(s))); len(fl) > 0 {
				out.Note = strings.TrimSpace(out.Note + " " + strings.Join(fl, " "))
			}
			if a.Format == "markdown" {
				out.Markdown = wafcheck.ComplianceMarkdown(rep)
			}
			return out, nil
		})
}
