package safe

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/policy"
	"github.com/cfplane/cfplane/pkg/tfexport"
)

// invariantsCmd is `cloudflare_safe invariants`: the pull-request gate
// over a Terraform plan. It reads no Cloudflare API.
func invariantsCmd(env *cli.Env) *cobra.Command {
	var planPath, zone, zoneID, format, cfgPath string
	c := &cobra.Command{
		Use:   "invariants --plan PLAN.json --zone NAME [--format text|json|markdown]",
		Short: "Check cfplane's invariants over `terraform show -json` of a plan; exit 0 all hold, 2 one is violated, 1 unusable input",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			unusable := func(f string, a ...any) error { return &cli.ExitError{Code: 1, Msg: fmt.Sprintf(f, a...)} }
			if planPath == "" || zone == "" {
				return unusable("--plan (terraform show -json PLANFILE output) and --zone (the zone's name) are required")
			}
			switch format {
			case "text", "json", "markdown":
			default:
				return unusable("--format %q is not accepted; accepted: text, json, markdown", format)
			}
			cfg, err := config.Load(cfgPath)
			if err != nil {
				return unusable("%v", err)
			}
			set, err := policy.FromConfig(cfg)
			if err != nil {
				return unusable("configuration invariants: %v", err)
			}
			data, err := os.ReadFile(planPath)
			if err != nil {
				return unusable("cannot read %s: %v", planPath, pathless(err))
			}
			in, notes, err := tfexport.PlanInput(data, zone, zoneID)
			if err != nil {
				return unusable("%s: %v", planPath, err)
			}
			res := set.Check(in)
			failed := policy.Failed(res)
			w := cmd.OutOrStdout()
			switch format {
			case "json":
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				if err := enc.Encode(map[string]any{"zone": in.Zone, "results": res, "failed": len(failed), "notes": notes}); err != nil {
					return err
				}
			case "markdown":
				fmt.Fprintf(w, "## cfplane invariants for `%s`\n\n", in.Zone)
				if len(failed) == 0 {
					fmt.Fprintf(w, "All %d invariants hold.\n", len(res))
				}
				for _, r := range failed {
					fmt.Fprintf(w, "- :x: **%s**: %s\n", r.ID, strings.ReplaceAll(r.Message, "\n", " "))
				}
				for _, n := range notes {
					fmt.Fprintf(w, "\n> %s\n", n)
				}
			default:
				for _, r := range res {
					mark := "ok  "
					if !r.OK {
						mark = "FAIL"
					}
					fmt.Fprintf(w, "%s %s: %s\n", mark, r.ID, r.Message)
				}
				for _, n := range notes {
					fmt.Fprintf(w, "note: %s\n", n)
				}
			}
			if len(failed) > 0 {
				ids := make([]string, len(failed))
				for i, r := range failed {
					ids[i] = r.ID
				}
				return &cli.ExitError{Code: 2, Msg: fmt.Sprintf("the plan violates %d invariant(s): %s", len(failed), strings.Join(ids, ", "))}
			}
			return nil
		},
	}
	c.Flags().StringVar(&planPath, "plan", "", "terraform show -json PLANFILE output")
	c.Flags().StringVar(&zone, "zone", "", "the zone's name (apex), e.g. example.com")
	c.Flags().StringVar(&zoneID, "zone-id", "", "only resources of this zone id (default: every resource in the plan)")
	c.Flags().StringVar(&format, "format", "text", "text, json or markdown")
	c.Flags().StringVar(&cfgPath, "config", "", "cfplane.yaml path (its invariants are added to the defaults)")
	c.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &cli.ExitError{Code: 1, Msg: err.Error() + " (see --help)"}
	})
	return c
}
