// Command waf_intelligence is a cfplane MCP server; see the README.
package main

import (
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/servers/wafintel"
)

func main() { cli.Main(wafintel.Spec()) }
