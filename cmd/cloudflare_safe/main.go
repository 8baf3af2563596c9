// Command cloudflare_safe is a cfplane MCP server; see the README.
package main

import (
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/servers/safe"
)

func main() { cli.Main(safe.Spec()) }
