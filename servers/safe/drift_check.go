package safe

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/tfexport"
)

// maxAuditLogs bounds the audit log entries drift reads for attribution.
var maxAuditLogs = 1000

// DriftArgs are drift_check's arguments.
type DriftArgs struct {
	Zone   string `json:"zone" jsonschema:"zone name or 32-hex id"`
	TFPath string `json:"tf_path" jsonschema:"path under the working dir: .tf dir/file, tfstate or show -json"`
}

func driftCheck(d *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return shallowOutputSchema(mcpkit.NewTool("drift_check",
		"Diff a zone's live state against Terraform (.tf, tfstate, show -json): drift per object, coverage, attribution.",
		mcpkit.ReadHints,
		func(ctx context.Context, a DriftArgs) (tfexport.Report, error) {
			p, err := confinedPath(a.TFPath)
			if err != nil {
				return tfexport.Report{}, err
			}
			rep, _, err := runDrift(ctx, d, eng, a.Zone, p)
			if err != nil {
				return tfexport.Report{}, err
			}
			return *rep, nil
		}))
}

// confinedPath resolves a tool's tf_path inside the working directory, so
// that the model cannot make the server read files elsewhere.
func confinedPath(p string) (string, error) {
	const help = "tf_path must be a relative path inside the server's working directory, e.g. infra/cloudflare"
	if strings.TrimSpace(p) == "" || filepath.IsAbs(p) {
		return "", mcpkit.Errorf("%s", help)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", mcpkit.Errorf("the working directory cannot be read: %v", err)
	}
	root, err := filepath.EvalSymlinks(wd)
	if err != nil {
		return "", mcpkit.Errorf("the working directory cannot be read: %v", err)
	}
	full, err := filepath.EvalSymlinks(filepath.Join(root, p))
	if err != nil {
		return "", mcpkit.Errorf("tf_path %q does not exist; %s", clipQuoted(p, 80), help)
	}
	rel, err := filepath.Rel(root, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", mcpkit.Errorf("tf_path %q leaves the working directory; %s", clipQuoted(p, 80), help)
	}
	return full, nil
}

// runDrift reads the zone and the Terraform input and attributes what
// differs, through eng's journal (nil: an engine of its own, for the
// command line). A *tfexport.InputError means the input is unusable.
func runDrift(ctx context.Context, d *cli.Deps, eng *plan.Engine, zone, path string) (*tfexport.Report, *tfexport.Live, error) {
	z, err := resolveZone(ctx, d, zone)
	if err != nil {
		return nil, nil, err
	}
	live, err := tfexport.Read(ctx, d.Client, z)
	if err != nil {
		return nil, nil, mcpkit.Errorf("%v", err)
	}
	code, err := tfexport.LoadCode(path, map[string]string{"zone_id": z.ID, "account_id": live.AccountID})
	if err != nil {
		return nil, nil, mcpkit.Errorf("%v", err)
	}
	rep := tfexport.Compare(live, code)
	if !rep.Drifted() {
		return rep, live, nil
	}
	journal, err := zoneTouches(d, eng, z.ID)
	if err != nil {
		rep.Notes = append(rep.Notes, fmt.Sprintf("cfplane's journal could not be read for attribution: %v", err))
	}
	var logs []cfclient.AuditLog
	page, err := d.Client.ListAuditLogs(ctx, cfclient.AuditFilter{ZoneName: z.Name}, maxAuditLogs)
	if err != nil {
		rep.Notes = append(rep.Notes, fmt.Sprintf("Cloudflare audit logs could not be read for attribution: %v", err))
	} else {
		logs = page.Items
	}
	tfexport.Attribute(rep, journal, logs)
	return rep, live, nil
}

// zoneTouches lists the zone's changes from cfplane's journal through
// the plan engine (whatever stores it; compacted changes included).
func zoneTouches(d *cli.Deps, eng *plan.Engine, zoneID string) ([]plan.ChangeTouch, error) {
	if eng == nil {
		var err error
		if eng, err = changeEngine(d); err != nil {
			return nil, err
		}
	}
	ts, err := eng.ZoneTouches(zoneID)
	return ts, pathless(err)
}

// driftCmd is `cloudflare_safe drift`: exit 0 no drift, 2 drift, 1
// unusable input.
func driftCmd(env *cli.Env) *cobra.Command {
	var zone, tf, format string
	var restore bool
	var patch string
	c := &cobra.Command{
		Use:   "drift --zone Z --tf PATH [--format text|json|markdown]",
		Short: "Compare live state with Terraform (.tf dir, tfstate or show -json); exit 0 no drift, 2 drift, 1 unusable input",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			unusable := func(format string, args ...any) error {
				return &cli.ExitError{Code: 1, Msg: fmt.Sprintf(format, args...)}
			}
			if zone == "" || tf == "" {
				return unusable("--zone and --tf are required (--tf: a .tf directory or file, a terraform.tfstate, or `terraform show -json` output)")
			}
			switch format {
			case "text", "json", "markdown":
			default:
				return unusable("--format %q is not accepted; accepted: text, json, markdown", format)
			}
			d, err := cli.Connected(cmd.Context(), env)
			if err != nil {
				return unusable("%v", err)
			}
			rep, live, err := runDrift(cmd.Context(), d, nil, zone, tf)
			if err != nil {
				return unusable("%v", err)
			}
			if patch != "" {
				if fi, err := os.Stat(tf); err != nil || !fi.IsDir() {
					return unusable("--patch needs --tf to be a directory of .tf files")
				}
				_, diff, err := tfexport.CodifyPatch(tf, live, rep)
				if err != nil {
					return unusable("%v", err)
				}
				if err := os.WriteFile(patch, []byte(diff), 0o644); err != nil {
					return unusable("cannot write %s: %v", patch, pathless(err))
				}
				fmt.Fprintf(env.Stderr(), "wrote the patch codifying live state to %s (apply with: git apply -p1 --directory=%s %s)\n", patch, tf, patch)
			}
			if err := rep.Write(cmd.OutOrStdout(), format); err != nil {
				return err
			}
			if restore && rep.Drifted() {
				p, notes, err := restorePlan(cmd.Context(), d, zone, rep)
				if err != nil {
					return unusable("%v", err)
				}
				w := env.Stderr()
				for _, n := range notes {
					fmt.Fprintf(w, "restore: %s\n", n)
				}
				if p != nil {
					fmt.Fprintf(w, "restore plan %s: %d operations, risk %d/100, approval required: %v; apply it with change_apply\n",
						p.Token, len(p.Plan.Ops), p.Plan.Risk.Score, p.Plan.Approval.Required)
				}
			}
			if rep.Drifted() {
				return &cli.ExitError{Code: 2, Msg: fmt.Sprintf("drift: %d drifted, %d unmanaged, %d missing", rep.Counts.Drifted, rep.Counts.Unmanaged, rep.Counts.Missing)}
			}
			return nil
		},
	}
	c.Flags().StringVar(&zone, "zone", "", "zone name or 32-hex id")
	c.Flags().StringVar(&tf, "tf", "", ".tf directory or file, terraform.tfstate, or `terraform show -json` output")
	c.Flags().StringVar(&format, "format", "text", "text, json or markdown")
	c.Flags().StringVar(&patch, "patch", "", "write a unified diff that makes the .tf directory describe live state to this file")
	c.Flags().BoolVar(&restore, "restore", false, "also prepare a cfplane plan restoring live to code: DNS records, settings, ruleset rules, IP list items, tunnel configurations (apply with change_apply)")
	c.Flags().StringVar(&env.Flags.Sandbox, "sandbox", "", "use the Cloudflare API simulator (alone: embedded; =URL: a cfsim on loopback)")
	c.Flags().Lookup("sandbox").NoOptDefVal = "embedded"
	c.Flags().StringVar(&env.Flags.ConfigPath, "config", "", "cfplane.yaml path")
	c.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &cli.ExitError{Code: 1, Msg: err.Error() + " (see --help)"}
	})
	return c
}
