package clicore

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"sort"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

func stdLogger(l zerolog.Logger) *log.Logger {
	return log.New(l.With().Str("source", "stdio").Logger(), "", 0)
}

// ToolList returns every tool of the server (read and write), built without
// a Cloudflare client: definitions only.
func ToolList(s Server) ([]mcpkit.Tool, error) { return ToolListWrites(s, true) }

// ToolListWrites is ToolList with writes enabled or not (some servers
// register read-only variants of their write tools when writes are off).
func ToolListWrites(s Server, writes bool) ([]mcpkit.Tool, error) {
	sets, err := s.Toolsets(&Deps{Config: config.Default(), Logger: zerolog.Nop(), Writes: writes})
	if err != nil {
		return nil, err
	}
	return mcpkit.AllTools(sets, false), nil
}

func toolsCmd(env *Env) *cobra.Command {
	var format string
	c := &cobra.Command{
		Use:   "tools",
		Short: "Print the tool list (json or markdown)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			tools, err := ToolList(env.server)
			if err != nil {
				return err
			}
			switch format {
			case "json":
				defs := make([]mcp.Tool, len(tools))
				for i, t := range tools {
					defs[i] = t.Def
				}
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(defs)
			case "markdown":
				return WriteMarkdown(cmd.OutOrStdout(), env.server.Name, tools)
			default:
				return Usagef("--format %q is not accepted; accepted: json, markdown", format)
			}
		},
	}
	c.Flags().StringVar(&format, "format", "markdown", "json or markdown")
	return c
}

// WriteMarkdown writes the README tool table of one server.
func WriteMarkdown(w io.Writer, name string, tools []mcpkit.Tool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "#### `%s`\n\n", name)
	b.WriteString("| tool | kind | description | arguments |\n|---|---|---|---|\n")
	for _, t := range tools {
		kind := "read"
		if !t.ReadOnly {
			kind = "write (plan)"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", t.Def.Name, kind, escape(t.Def.Description), argList(t.Def))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func escape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "|", "\\|"), "\n", " ")
}

func argList(t mcp.Tool) string {
	var schema struct {
		Properties map[string]json.RawMessage `json:"properties"`
		Required   []string                   `json:"required"`
	}
	raw := t.RawInputSchema
	if raw == nil {
		raw, _ = json.Marshal(t.InputSchema)
	}
	if json.Unmarshal(raw, &schema) != nil || len(schema.Properties) == 0 {
		return "—"
	}
	req := map[string]bool{}
	for _, r := range schema.Required {
		req[r] = true
	}
	names := make([]string, 0, len(schema.Properties))
	for n := range schema.Properties {
		names = append(names, n)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, n := range names {
		if req[n] {
			parts[i] = "`" + n + "`*"
		} else {
			parts[i] = "`" + n + "`"
		}
	}
	return strings.Join(parts, ", ")
}
