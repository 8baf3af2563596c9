// Package wafintel is the waf_intelligence MCP server: it analyses WAF
// configuration, finds gaps, maps them to compliance frameworks and proposes
// rules in Cloudflare's Rules language. It proposes; it never applies.
package wafintel

import (
	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/cli"
)

// Name is the server and binary name.
const Name = "waf_intelligence"

// Spec describes the waf_intelligence binary.
func Spec() cli.Server {
	return cli.Server{
		Name:           Name,
		Short:          "Analyse Cloudflare WAF configuration and propose rules (never applies)",
		DefaultAddr:    "127.0.0.1:8792",
		Instructions:   "Analyse and propose Cloudflare WAF rules. Proposals are applied only through cloudflare_safe.",
		UsesCloudflare: true,
		Toolsets:       Toolsets,
		Commands: func(env *cli.Env) []*cobra.Command {
			return []*cobra.Command{exprCmd(env), checkCmd(env), reportCmd(env)}
		},
	}
}
