// Package oracle is the oracle_answer MCP server: Layer0 classification of
// requests and tool calls before they run, routing, threat assessment and
// answers to security questions with evidence.
package oracle

import (
	"github.com/spf13/cobra"

	cli "github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/layer0"
)

// Name is the server and binary name.
const Name = "oracle_answer"

// Spec describes the oracle_answer binary. It needs no Cloudflare token.
func Spec() cli.Server {
	return cli.Server{
		Name:        Name,
		Short:       "Layer0: classify requests and tool calls before they run; security answers with evidence",
		DefaultAddr: "127.0.0.1:8793",
		Instructions: "Read-only advice before anything runs: security_classify (Layer0 verdict on text or a tool call), routing_decide (which server and tool), " +
			"threat_assess (IPs, ASNs, events), decision_support (go/no-go with post-checks), oracle_answer (security and compliance questions, cited).",
		Toolsets: Toolsets,
		Commands: func(env *cli.Env) []*cobra.Command {
			return []*cobra.Command{classifyCmd(env)}
		},
	}
}

func classifyCmd(env *cli.Env) *cobra.Command {
	return &cobra.Command{
		Use:                "classify [--policy FILE] [TEXT | -]",
		Short:              "Classify text or tool calls: one JSON verdict per input (- reads one input per stdin line)",
		DisableFlagParsing: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, a := range args {
				if a == "-h" || a == "--help" {
					return cmd.Help()
				}
			}
			// Verdict evidence quotes the input; command output passes the
			// redactor (pkg/cli).
			if err := layer0.RunClassifyCLI(env.Stdin(), cmd.OutOrStdout(), args, ""); err != nil {
				return cli.Usagef("%v", err)
			}
			return nil
		},
	}
}
