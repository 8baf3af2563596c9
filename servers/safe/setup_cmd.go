package safe

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/cli"
)

// setup prints the MCP client configuration for the three servers, with
// absolute paths to the binaries (GUI clients do not search the shell's
// PATH), for the sandbox or for a Cloudflare token.

// Servers are the three binaries, in the order they are configured.
var Servers = []string{"cloudflare_safe", "waf_intelligence", "oracle_answer"}

// SetupClients are the clients setup knows, with where the block goes and
// what the client needs besides it.
var SetupClients = map[string]struct{ File, Note string }{
	"claude-code": {".mcp.json at the project root (or: claude mcp add-json NAME 'ENTRY' for one server)",
		"Claude Code asks once to approve project servers from .mcp.json; to approve them without the prompt set \"enableAllProjectMcpServers\": true in .claude/settings.local.json. Check with: claude mcp list"},
	"claude-desktop": {"claude_desktop_config.json (macOS: ~/Library/Application Support/Claude/, Windows: %APPDATA%\\Claude\\)",
		"Claude Desktop does not expand variables: replace the token placeholder with a scoped token, then restart Claude Desktop."},
	"opencode": {"opencode.json in the project (or ~/.config/opencode/opencode.json)", "OpenCode reads the token from the environment ({env:CLOUDFLARE_API_TOKEN})."},
	"vscode":   {".vscode/mcp.json in the workspace", "VS Code asks for the token once and stores it; start the servers from the MCP view or the Chat tools picker."},
}

// SetupOptions say which variant to print.
type SetupOptions struct {
	Client string
	// BinDir holds the three binaries (absolute).
	BinDir string
	// Sandbox: "" for a Cloudflare token; "-" for an in-process sandbox per
	// server; a loopback URL for a shared running cfsim.
	Sandbox string
	// Config is an absolute cfplane.yaml path, or "".
	Config string
	// Write enables cloudflare_safe's write tools (plans) without a
	// configuration that enables them.
	Write bool
}

const tokenEnv = "CLOUDFLARE_API_TOKEN"

// SetupConfig builds the client's configuration document.
func SetupConfig(o SetupOptions) (map[string]any, error) {
	if _, ok := SetupClients[o.Client]; !ok {
		return nil, fmt.Errorf("client %q is not known; accepted: %s", o.Client, strings.Join(setupClientNames(), ", "))
	}
	if !filepath.IsAbs(o.BinDir) {
		return nil, fmt.Errorf("binary folder %q is not absolute", o.BinDir)
	}
	servers := map[string]any{}
	for _, name := range Servers {
		var args []string
		switch {
		case o.Sandbox == "-":
			args = append(args, "--sandbox")
		case o.Sandbox != "":
			args = append(args, "--sandbox="+o.Sandbox)
		}
		if name == Name && (o.Write || o.Sandbox != "") {
			args = append(args, "--write")
		}
		if o.Config != "" {
			args = append(args, "--config", o.Config)
		}
		env := map[string]any{}
		if o.Sandbox == "" && name != "oracle_answer" {
			switch o.Client {
			case "claude-code":
				env[tokenEnv] = "${" + tokenEnv + "}"
			case "claude-desktop":
				env[tokenEnv] = "paste a scoped Cloudflare API token here"
			case "opencode":
				env[tokenEnv] = "{env:" + tokenEnv + "}"
			case "vscode":
				env[tokenEnv] = "${input:cloudflare-api-token}"
			}
		}
		command := filepath.Join(o.BinDir, name)
		switch o.Client {
		case "opencode":
			e := map[string]any{"type": "local", "command": append([]string{command}, args...), "enabled": true}
			if len(env) > 0 {
				e["environment"] = env
			}
			servers[name] = e
		case "claude-desktop":
			servers[name] = map[string]any{"command": command, "args": nonNil(args), "env": env}
		default:
			servers[name] = map[string]any{"type": "stdio", "command": command, "args": nonNil(args), "env": env}
		}
	}
	switch o.Client {
	case "opencode":
		return map[string]any{"$schema": "https://opencode.ai/config.json", "mcp": servers}, nil
	case "vscode":
		doc := map[string]any{"servers": servers}
		if o.Sandbox == "" {
			doc["inputs"] = []any{map[string]any{"type": "promptString", "id": "cloudflare-api-token",
				"description": "Cloudflare API token (scoped to the zones cfplane may manage)", "password": true}}
		}
		return doc, nil
	}
	return map[string]any{"mcpServers": servers}, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func setupClientNames() []string {
	out := make([]string, 0, len(SetupClients))
	for k := range SetupClients {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// binFolder is the folder of the running binary, symlinks resolved.
func binFolder() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(exe); err == nil {
		exe = r
	}
	return filepath.Dir(exe), nil
}

func setupCmd() *cobra.Command {
	var o SetupOptions
	var sandbox string
	c := &cobra.Command{
		Use:   "setup CLIENT",
		Short: "Print the MCP config block for the three servers for CLIENT (" + strings.Join(setupClientNames(), ", ") + "), with absolute paths",
		Long: "Print the configuration block for CLIENT with the absolute paths of the three binaries (next to this one unless --bin).\n" +
			"Without --sandbox the servers read CLOUDFLARE_API_TOKEN, in the client's own syntax; --sandbox alone gives each server\n" +
			"its own in-process sandbox, --sandbox=URL points all three at one running cfsim. The block goes to stdout, where to put it to stderr.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Client = args[0]
			if _, ok := SetupClients[o.Client]; !ok {
				return cli.Usagef("client %q is not known; accepted: %s", o.Client, strings.Join(setupClientNames(), ", "))
			}
			if o.BinDir == "" {
				d, err := binFolder()
				if err != nil {
					return cli.Usagef("cannot find this binary's folder (%v); pass --bin DIR", err)
				}
				o.BinDir = d
			}
			var err error
			if o.BinDir, err = filepath.Abs(o.BinDir); err != nil {
				return cli.Usagef("--bin: %v", err)
			}
			var missing []string
			for _, name := range Servers {
				if st, err := os.Stat(filepath.Join(o.BinDir, name)); err != nil || st.IsDir() {
					missing = append(missing, name)
				}
			}
			if len(missing) > 0 {
				return cli.Usagef("%s not found in %s; build them (make build) or pass --bin DIR", strings.Join(missing, ", "), o.BinDir)
			}
			if cmd.Flags().Changed("sandbox") {
				o.Sandbox = sandbox
			}
			if o.Config != "" {
				abs, err := filepath.Abs(o.Config)
				if err != nil {
					return cli.Usagef("--config: %v", err)
				}
				if _, err := os.Stat(abs); err != nil {
					return cli.Usagef("--config: %v", err)
				}
				o.Config = abs
			}
			doc, err := SetupConfig(o)
			if err != nil {
				return cli.Usagef("%v", err)
			}
			b, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), string(b))
			info := SetupClients[o.Client]
			w := cmd.ErrOrStderr()
			fmt.Fprintf(w, "# put this in %s\n", info.File)
			fmt.Fprintf(w, "# %s\n", info.Note)
			writeSetupHint(w, o)
			return nil
		},
	}
	c.Flags().StringVar(&o.BinDir, "bin", "", "folder of the three binaries (default: this binary's folder)")
	c.Flags().StringVar(&sandbox, "sandbox", "", "use the Cloudflare API sandbox: alone one in-process per server, =URL a running cfsim on loopback")
	c.Flags().Lookup("sandbox").NoOptDefVal = "-"
	c.Flags().StringVar(&o.Config, "config", "", "cfplane.yaml to pass to the servers (optional; without it writes are off unless --write, every zone is allowed)")
	c.Flags().BoolVar(&o.Write, "write", false, "let cloudflare_safe make plans for changes (on by default with --sandbox)")
	return c
}

func writeSetupHint(w io.Writer, o SetupOptions) {
	switch {
	case o.Sandbox == "-":
		fmt.Fprintln(w, "# sandbox: each server starts its own simulated Cloudflare account; for one shared state run `cfsim --addr 127.0.0.1:8787` and use --sandbox=http://127.0.0.1:8787/client/v4")
	case o.Sandbox != "":
		fmt.Fprintf(w, "# sandbox: start it first: %s --addr %s\n", filepath.Join(o.BinDir, "cfsim"), sandboxHostPort(o.Sandbox))
	default:
		fmt.Fprintf(w, "# token: export %s with a token scoped to the zones cfplane may manage (see the README)\n", tokenEnv)
	}
}

func sandboxHostPort(u string) string {
	s := strings.TrimPrefix(strings.TrimPrefix(u, "http://"), "https://")
	if i := strings.IndexByte(s, '/'); i >= 0 {
		s = s[:i]
	}
	return s
}

// withSetup adds setup to a server's own commands.
func withSetup(cmds func(env *cli.Env) []*cobra.Command) func(env *cli.Env) []*cobra.Command {
	return func(env *cli.Env) []*cobra.Command { return append(cmds(env), setupCmd()) }
}
