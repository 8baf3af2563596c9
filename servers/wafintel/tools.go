package wafintel

import (
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// Toolsets is the single registry of waf_intelligence's tools. Every tool is
// read-only.
func Toolsets(d *cli.Deps) ([]*mcpkit.Toolset, error) {
	rules := mcpkit.NewToolset("rules", "Cloudflare Rules language").
		AddRead(wafExpressionValidate())
	return []*mcpkit.Toolset{rules}, nil
}
