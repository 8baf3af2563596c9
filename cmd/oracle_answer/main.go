// Command oracle_answer is a cfplane MCP server; see the README.
package main

import (
	cli "github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/servers/oracle"
)

func main() { cli.Main(oracle.Spec()) }
