// Package safe is the cloudflare_safe MCP server: DNS records, WAF and
// rate-limit rules, managed rulesets, IP lists, tunnels, zone settings and
// analytics, where every mutation is a plan first.
package safe

import (
	"github.com/cfplane/cfplane/pkg/cli"
)

// Name is the server and binary name.
const Name = "cloudflare_safe"

// Spec describes the cloudflare_safe binary.
func Spec() cli.Server {
	return cli.Server{
		Name:           Name,
		Short:          "Operate Cloudflare safely: every change is a plan, verified, applied, read back and undoable",
		DefaultAddr:    "127.0.0.1:8791",
		Instructions:   "Operate Cloudflare zones. Mutating actions return a plan; nothing changes until change_apply.",
		UsesCloudflare: true,
		Toolsets:       Toolsets,
		Commands:       withSetup(commands),
	}
}
