package safe

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/tfexport"
)

// maxTFExportBytes bounds the HCL tf_export returns inline; larger zones are
// exported with the export command.
var maxTFExportBytes = 1 << 20

// TFExportArgs are tf_export's arguments.
type TFExportArgs struct {
	Zone string `json:"zone" jsonschema:"zone name or 32-hex id"`
}

// TFExportFile is one generated file.
type TFExportFile struct {
	Name    string `json:"name"`
	Content string `json:"content"`
}

// TFExportResult is tf_export's result.
type TFExportResult struct {
	Zone   string         `json:"zone"`
	ZoneID string         `json:"zone_id"`
	Files  []TFExportFile `json:"files"`
	// Resources counts resources by Terraform type.
	Resources map[string]int `json:"resources"`
	Notes     []string       `json:"notes,omitempty"`
}

func tfExport(d *cli.Deps) mcpkit.Tool {
	return shallowOutputSchema(mcpkit.NewTool("tf_export",
		"Export a zone as Terraform v5 HCL with import blocks.",
		mcpkit.ReadHints,
		func(ctx context.Context, a TFExportArgs) (TFExportResult, error) {
			z, err := resolveZone(ctx, d, a.Zone)
			if err != nil {
				return TFExportResult{}, err
			}
			res, err := exportZone(ctx, d.Client, z)
			if err != nil {
				return TFExportResult{}, err
			}
			n := 0
			for _, f := range res.Files {
				n += len(f.Content)
			}
			if n > maxTFExportBytes {
				return TFExportResult{}, mcpkit.Errorf("the export of zone %s is %d bytes, more than the %d a tool result carries; run `cloudflare_safe export --zone %s --out DIR`", z.Name, n, maxTFExportBytes, z.Name)
			}
			return res, nil
		}))
}

// exportZone reads a zone and renders its export, checked against the
// embedded provider schema.
func exportZone(ctx context.Context, c tfexport.Client, z cfclient.Zone) (TFExportResult, error) {
	l, err := tfexport.Read(ctx, c, z)
	if err != nil {
		return TFExportResult{}, mcpkit.Errorf("%v", err)
	}
	files, err := tfexport.Render(l)
	if err != nil {
		return TFExportResult{}, mcpkit.Errorf("rendering the export of zone %s failed: %v", z.Name, err)
	}
	if err := tfexport.CheckFiles(files); err != nil {
		return TFExportResult{}, mcpkit.Errorf("the export of zone %s does not pass the provider schema check: %v", z.Name, err)
	}
	res := TFExportResult{Zone: z.Name, ZoneID: z.ID, Resources: map[string]int{}, Notes: append(l.Notes, exportUntrustedNotes(l)...)}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		res.Files = append(res.Files, TFExportFile{Name: n, Content: files[n]})
	}
	for _, r := range l.Resources {
		res.Resources[r.Type]++
	}
	return res, nil
}

// exportCmd is `cloudflare_safe export`.
func exportCmd(env *cli.Env) *cobra.Command {
	var zone, out string
	c := &cobra.Command{
		Use:   "export --zone Z [--out DIR]",
		Short: "Export a zone as Terraform v5 HCL (stable names, import blocks); files to DIR or stdout",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if zone == "" {
				return cli.Usagef("--zone is required: a zone name or 32-hex id")
			}
			d, err := cli.Connected(cmd.Context(), env)
			if err != nil {
				return err
			}
			z, err := resolveZone(cmd.Context(), d, zone)
			if err != nil {
				return &cli.ExitError{Code: 1, Msg: err.Error()}
			}
			res, err := exportZone(cmd.Context(), d.Client, z)
			if err != nil {
				return &cli.ExitError{Code: 1, Msg: err.Error()}
			}
			for _, n := range res.Notes {
				fmt.Fprintf(env.Stderr(), "note: %s\n", n)
			}
			if out == "" {
				w := cmd.OutOrStdout()
				for _, f := range res.Files {
					fmt.Fprintf(w, "# ---- %s ----\n%s\n", f.Name, f.Content)
				}
				return nil
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return &cli.ExitError{Code: 1, Msg: fmt.Sprintf("cannot create %s: %v", out, err)}
			}
			for _, f := range res.Files {
				if err := os.WriteFile(filepath.Join(out, f.Name), []byte(f.Content), 0o644); err != nil {
					return &cli.ExitError{Code: 1, Msg: fmt.Sprintf("cannot write %s: %v", f.Name, err)}
				}
			}
			fmt.Fprintf(env.Stderr(), "wrote %d files for zone %s to %s\n", len(res.Files), z.Name, out)
			return nil
		},
	}
	c.Flags().StringVar(&zone, "zone", "", "zone name or 32-hex id")
	c.Flags().StringVar(&out, "out", "", "directory to write the .tf files to (default: stdout)")
	c.Flags().StringVar(&env.Flags.Sandbox, "sandbox", "", "use the Cloudflare API simulator (alone: embedded; =URL: a cfsim on loopback)")
	c.Flags().Lookup("sandbox").NoOptDefVal = "embedded"
	c.Flags().StringVar(&env.Flags.ConfigPath, "config", "", "cfplane.yaml path")
	return c
}

// shallowOutputSchema declares only that the result is an object: the
// terraform tools' results are described in the README, and their full
// schemas would overrun the tools/list budget (16 KB).
func shallowOutputSchema(t mcpkit.Tool) mcpkit.Tool {
	t.Def.OutputSchema.Properties = map[string]any{}
	t.Def.OutputSchema.Required = nil
	t.Def.OutputSchema.AdditionalProperties = nil
	t.Def.OutputSchema.Defs = nil
	return t
}

// topLevelOutputSchema keeps each top-level result field with its type
// only (nested shapes and $defs dropped), to keep tools/list in budget.
func topLevelOutputSchema(t mcpkit.Tool) mcpkit.Tool {
	s := &t.Def.OutputSchema
	for k, v := range s.Properties {
		m, ok := v.(map[string]any)
		if !ok {
			continue
		}
		typ := m["type"]
		if ts, ok := typ.([]any); ok && len(ts) == 2 && ts[0] == "null" {
			typ = ts[1]
		}
		if typ == nil {
			continue // a $ref to a shared definition stays
		}
		s.Properties[k] = map[string]any{"type": typ}
	}
	// Definitions no remaining property refers to go.
	used := map[string]bool{}
	for _, v := range s.Properties {
		if m, ok := v.(map[string]any); ok {
			if r, ok := m["$ref"].(string); ok {
				used[strings.TrimPrefix(r, "#/$defs/")] = true
			}
		}
	}
	for k := range s.Defs {
		if !used[k] {
			delete(s.Defs, k)
		}
	}
	return t
}
