// Command cfsim serves the Cloudflare API simulator on a loopback address.
package main

import (
	"os"

	"github.com/cfplane/cfplane/pkg/cfsim"
)

func main() { os.Exit(cfsim.Execute(cfsim.Command(), os.Args[1:])) }
