package safe

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/audit"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/plan"
)

// commands are cloudflare_safe's own subcommands: approve and audit verify.
func commands(env *cli.Env) []*cobra.Command {
	return []*cobra.Command{approveCmd(env), auditCmd(env), tunnelCmd(env)}
}

func approveCmd(env *cli.Env) *cobra.Command {
	var cfgPath string
	var overrides []string
	c := &cobra.Command{
		Use:   "approve PLAN_ID",
		Short: "Show a plan and print the approval code for it (needs the approval key; run by a person, never by the model)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := config.Load(cfgPath)
			if err != nil {
				return &cli.ExitError{Code: 2, Msg: err.Error()}
			}
			key, err := plan.ApprovalKey(cfg)
			if errors.Is(err, plan.ErrNoApprovalKey) {
				return cli.Usagef("no approval key: set approval.key_file in the configuration, or export %s", orDefault(cfg.Approval.KeyEnv, "the variable named by approval.key_env"))
			}
			if err != nil {
				return cli.Usagef("%v", err)
			}
			eng, err := plan.New(plan.Options{Config: cfg, Server: Name})
			if err != nil {
				return err
			}
			p, digest, err := eng.Load(args[0])
			if err != nil {
				return &cli.ExitError{Code: 1, Msg: err.Error()}
			}
			// The summary quotes record content; command output passes the
			// redactor (pkg/cli).
			w := cmd.OutOrStdout()
			printPlan(w, p, digest)
			given := map[string]bool{}
			for _, o := range overrides {
				given[strings.TrimSpace(o)] = true
			}
			var missing []string
			for _, o := range p.Approval.Overrides {
				if !given[o] {
					missing = append(missing, o)
				}
			}
			if len(missing) > 0 {
				return &cli.ExitError{Code: 1, Msg: "the plan touches protected objects; name each override to approve it:" + overrideHint(missing)}
			}
			for o := range given {
				if !contains(p.Approval.Overrides, o) {
					return cli.Usagef("--override %q: the plan touches no protected object matching it; accepted: %s", o, orDefault(strings.Join(p.Approval.Overrides, ", "), "no --override for this plan"))
				}
			}
			if !p.InvariantsOK() && p.RollbackOf == "" {
				return &cli.ExitError{Code: 1, Msg: "an invariant fails: change_apply would refuse this plan, so no approval code is issued"}
			}
			code := plan.ApprovalCode(key, digest, p.Approval.Overrides)
			if lg, err := audit.Open(eng.AuditPath()); err == nil {
				lg.Redact = env.Redactor().String
				_, _ = lg.Append(audit.Record{Server: Name, Tool: "approve", Zone: p.Zone.Name, Action: "approve", PlanID: p.ID,
					PlanDigest: digest, ApprovalID: plan.ApprovalID(code), Outcome: "approved", Details: map[string]string{"overrides": strings.Join(p.Approval.Overrides, ",")}})
			}
			fmt.Fprintf(w, "\napproval code: %s\n(valid for this plan only, until %s)\n", code, p.ExpiresAt.Format("2006-01-02 15:04:05Z"))
			return nil
		},
	}
	c.Flags().StringVar(&cfgPath, "config", "", "cfplane.yaml path (state_dir and the approval key)")
	c.Flags().StringArrayVar(&overrides, "override", nil, "a protected-object pattern the plan touches, e.g. \"@ MX\" (repeat for each)")
	return c
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func printPlan(w io.Writer, p *plan.Plan, digest string) {
	fmt.Fprintf(w, "plan %s  zone %s  (%s %s)\n", p.ID, p.Zone.Name, p.Tool, p.Action)
	fmt.Fprintf(w, "digest %s  expires %s\n", digest, p.ExpiresAt.Format("2006-01-02 15:04:05Z"))
	if p.RollbackOf != "" {
		fmt.Fprintf(w, "undoes change %s\n", p.RollbackOf)
	}
	if p.ReceiptID != "" {
		fmt.Fprintf(w, "Layer0 receipt %s\n", p.ReceiptID)
	}
	fmt.Fprintf(w, "\n%d operation(s):\n", len(p.Ops))
	for i, op := range p.Ops {
		if i == 50 {
			fmt.Fprintf(w, "  … and %d more\n", len(p.Ops)-50)
			break
		}
		fmt.Fprintf(w, "  %-6s %s\n", op.Action, op.Object)
		if string(op.Before) != "null" {
			fmt.Fprintf(w, "         before %s\n", op.Before)
		}
		if string(op.After) != "null" {
			fmt.Fprintf(w, "         after  %s\n", op.After)
		}
	}
	fmt.Fprintf(w, "\nrisk %d/100\n", p.Risk.Score)
	for _, r := range p.Risk.Reasons {
		fmt.Fprintf(w, "  - %s\n", r)
	}
	fmt.Fprintf(w, "invariants:\n")
	for _, r := range p.Invariants {
		mark := "ok  "
		if !r.OK {
			mark = "FAIL"
		}
		fmt.Fprintf(w, "  %s %s: %s\n", mark, r.ID, r.Message)
	}
	if len(p.Approval.Reasons) > 0 {
		fmt.Fprintf(w, "approval needed because:\n")
		for _, r := range p.Approval.Reasons {
			fmt.Fprintf(w, "  - %s\n", r)
		}
	}
	if len(p.Approval.Overrides) > 0 {
		o := append([]string(nil), p.Approval.Overrides...)
		sort.Strings(o)
		fmt.Fprintf(w, "protected overrides: %s\n", strings.Join(o, ", "))
	}
}

func auditCmd(env *cli.Env) *cobra.Command {
	a := &cobra.Command{Use: "audit", Short: "Audit log tools"}
	a.AddCommand(&cobra.Command{
		Use:   "verify FILE",
		Short: "Verify the hash chain of an audit log; names the first broken record (exit 1)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			sum, err := audit.VerifyFile(args[0])
			var ve *audit.VerifyError
			switch {
			case errors.As(err, &ve):
				return &cli.ExitError{Code: 1, Msg: fmt.Sprintf("%s: broken at %v", args[0], ve)}
			case errors.Is(err, os.ErrNotExist):
				return cli.Usagef("%s does not exist", args[0])
			case err != nil:
				return &cli.ExitError{Code: 1, Msg: err.Error()}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: intact, %d records, last hash %s\n", args[0], sum.Records, sum.LastHash)
			return nil
		},
	})
	return a
}
