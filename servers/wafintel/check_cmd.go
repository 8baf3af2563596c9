package wafintel

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafcheck"
)

// unusable is exit code 1: the input could not be read or analysed. Exit
// code 2 of `check` means findings reached the threshold.
func unusable(format string, args ...any) error {
	return &cli.ExitError{Code: 1, Msg: fmt.Sprintf(format, args...)}
}

type sourceFlags struct {
	zone, file, plan string
}

func (f *sourceFlags) register(c *cobra.Command, env *cli.Env) {
	c.Flags().StringVar(&f.zone, "zone", "", "zone name or id (live configuration; needs CLOUDFLARE_API_TOKEN or --sandbox)")
	c.Flags().StringVar(&f.file, "file", "", "Cloudflare API ruleset JSON (object or array) or Terraform HCL (.tf)")
	c.Flags().StringVar(&f.plan, "plan", "", "plan for --file input: free, pro, business, enterprise")
	c.Flags().StringVar(&env.Flags.Sandbox, "sandbox", "", "use the Cloudflare API simulator (alone: embedded; =URL: a cfsim on loopback)")
	c.Flags().Lookup("sandbox").NoOptDefVal = "embedded"
	c.Flags().StringVar(&env.Flags.ConfigPath, "config", "", "cfplane.yaml path")
	c.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return unusable("%v (see --help)", err) })
}

// snapshot loads the configuration named by the flags.
func (f *sourceFlags) snapshot(cmd *cobra.Command, env *cli.Env) (*wafcheck.Snapshot, error) {
	if (f.zone == "") == (f.file == "") {
		return nil, unusable("pass exactly one of --zone or --file")
	}
	if _, err := rules.ParsePlan(f.plan); err != nil {
		return nil, unusable("--plan %q is not accepted; accepted: free, pro, business, enterprise", f.plan)
	}
	if f.file != "" {
		data, err := readFile(f.file)
		if err != nil {
			return nil, unusable("%v", err)
		}
		var s *wafcheck.Snapshot
		trim := strings.TrimSpace(string(data))
		isJSON := strings.HasSuffix(f.file, ".json") || (!strings.HasSuffix(f.file, ".tf") && (strings.HasPrefix(trim, "{") || strings.HasPrefix(trim, "[")))
		if isJSON {
			s, err = wafcheck.FromRulesetJSON(data, strings.ToLower(f.plan))
		} else {
			s, err = wafcheck.FromTerraform(data, filepath.Base(f.file), strings.ToLower(f.plan))
		}
		if err != nil {
			return nil, unusable("%s: %v", f.file, err)
		}
		return s, nil
	}
	d, err := cli.Connected(cmd.Context(), env)
	if err != nil {
		return nil, unusable("%v", err)
	}
	z, err := wafcheck.ResolveZone(cmd.Context(), d.Client, f.zone)
	if err != nil {
		return nil, unusable("%v", err)
	}
	if !d.Config.ZoneAllowed(z.Name, z.ID) {
		return nil, unusable("zone %s is not on the allowlist in the configuration (zones.allow)", z.Name)
	}
	s, err := wafcheck.FromZone(cmd.Context(), d.Client, z)
	if err != nil {
		return nil, unusable("%v", err)
	}
	return s, nil
}

func readFile(path string) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", path, err)
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, wafcheck.MaxInlineBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", path, err)
	}
	if len(data) > wafcheck.MaxInlineBytes {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, wafcheck.MaxInlineBytes)
	}
	return data, nil
}

// checkCmd is `waf_intelligence check`: the CI gate.
func checkCmd(env *cli.Env) *cobra.Command {
	var src sourceFlags
	var format, failOn string
	c := &cobra.Command{
		Use:   "check --zone Z | --file FILE [--format text|json|markdown|html] [--fail-on error|warning]",
		Short: "Analyse a WAF configuration; exit 0 when no finding reaches --fail-on, 2 when one does, 1 for unusable input",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch format {
			case "text", "json", "markdown", "html":
			default:
				return unusable("--format %q is not accepted; accepted: text, json, markdown, html", format)
			}
			if failOn != "error" && failOn != "warning" {
				return unusable("--fail-on %q is not accepted; accepted: error, warning", failOn)
			}
			s, err := src.snapshot(cmd, env)
			if err != nil {
				return err
			}
			res := wafcheck.Analyze(s)
			out := cmd.OutOrStdout()
			switch format {
			case "json":
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				if err := enc.Encode(res); err != nil {
					return err
				}
			case "markdown":
				fmt.Fprint(out, wafcheck.FindingsMarkdown(res))
			case "html":
				fmt.Fprint(out, wafcheck.FindingsHTML(res))
			default:
				wafcheck.FindingsText(out, res)
			}
			if res.Reaches(failOn) {
				return &cli.ExitError{Code: 2, Msg: fmt.Sprintf("findings at or above %s: %d critical, %d high, %d medium, %d low",
					failOn, res.Counts[wafcheck.SevCritical], res.Counts[wafcheck.SevHigh], res.Counts[wafcheck.SevMedium], res.Counts[wafcheck.SevLow])}
			}
			return nil
		},
	}
	src.register(c, env)
	c.Flags().StringVar(&format, "format", "text", "text, json, markdown or html")
	c.Flags().StringVar(&failOn, "fail-on", "error", "error (critical/high findings) or warning (also medium/low)")
	return c
}

// reportCmd is `waf_intelligence report`: a compliance report for people.
func reportCmd(env *cli.Env) *cobra.Command {
	var src sourceFlags
	var format, framework string
	c := &cobra.Command{
		Use:   "report --zone Z --framework pci|asvs|owasp|nist [--format markdown|html]",
		Short: "Write a compliance report (Markdown, or a self-contained HTML page)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "markdown" && format != "html" {
				return unusable("--format %q is not accepted; accepted: markdown, html", format)
			}
			switch framework {
			case "pci", "asvs", "owasp", "nist", "all":
			default:
				return unusable("--framework %q is not accepted; accepted: pci, asvs, owasp, nist, all", framework)
			}
			s, err := src.snapshot(cmd, env)
			if err != nil {
				return err
			}
			rep, err := wafcheck.Compliance(s, framework)
			if err != nil {
				return unusable("%v", err)
			}
			rep.GeneratedAt, rep.Version = time.Now(), clicore.Version
			if format == "html" {
				fmt.Fprint(cmd.OutOrStdout(), wafcheck.ComplianceHTML(rep))
			} else {
				fmt.Fprint(cmd.OutOrStdout(), wafcheck.ComplianceMarkdown(rep))
			}
			return nil
		},
	}
	src.register(c, env)
	c.Flags().StringVar(&format, "format", "markdown", "markdown or html")
	c.Flags().StringVar(&framework, "framework", "", "pci, asvs, owasp, nist or all")
	return c
}
