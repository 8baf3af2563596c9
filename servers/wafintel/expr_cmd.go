package wafintel

import (
	"encoding/json"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/rules"
)

// exprCmd is `waf_intelligence expr check [--phase P] [--plan PLAN] EXPR`:
// the canonical form or the positioned errors as JSON; exit 1 when invalid.
func exprCmd(env *cli.Env) *cobra.Command {
	expr := &cobra.Command{Use: "expr", Short: "Work with Rules language expressions"}
	var phase, plan string
	check := &cobra.Command{
		Use:   "check [--phase P] [--plan free|pro|business|enterprise] EXPR",
		Short: "Check one expression; print the canonical form or the errors as JSON (exit 1 if invalid)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := checkOptions(phase, plan)
			if err != nil {
				return cli.Usagef("%v", err)
			}
			rep := rules.CheckExpression(strings.Join(args, " "), opts)
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			if err := enc.Encode(rep); err != nil {
				return err
			}
			if !rep.Valid {
				return &cli.ExitError{Code: 1, Msg: "the expression is invalid"}
			}
			return nil
		},
	}
	check.Flags().StringVar(&phase, "phase", "", "ruleset phase, e.g. http_request_firewall_custom")
	check.Flags().StringVar(&plan, "plan", "", "zone plan: free, pro, business, enterprise")
	expr.AddCommand(check)
	_ = env
	return expr
}
