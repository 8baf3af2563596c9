package safe

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func fakeBins(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range Servers {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runSetup(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	c := setupCmd()
	var out, errb bytes.Buffer
	c.SetOut(&out)
	c.SetErr(&errb)
	c.SetArgs(args)
	err := c.Execute()
	return out.String(), errb.String(), err
}

// entries returns the server entries in the client's shape, failing when
// the document is not that shape.
func setupEntries(t *testing.T, client string, doc map[string]any) map[string]map[string]any {
	t.Helper()
	key := map[string]string{"claude-code": "mcpServers", "claude-desktop": "mcpServers", "opencode": "mcp", "vscode": "servers"}[client]
	raw, ok := doc[key].(map[string]any)
	if !ok {
		t.Fatalf("%s: no %q object in %v", client, key, doc)
	}
	out := map[string]map[string]any{}
	for name, e := range raw {
		m, ok := e.(map[string]any)
		if !ok {
			t.Fatalf("%s: entry %s is not an object", client, name)
		}
		out[name] = m
	}
	if len(out) != 3 {
		t.Fatalf("%s: %d entries, want 3", client, len(out))
	}
	return out
}

// SetupCommandLine is an entry's command and arguments, in any client's shape.
func setupCommandLine(t *testing.T, client string, e map[string]any) []string {
	t.Helper()
	var line []string
	if client == "opencode" {
		if e["type"] != "local" || e["enabled"] != true {
			t.Errorf("opencode entry must be type local and enabled: %v", e)
		}
		for _, x := range e["command"].([]any) {
			line = append(line, x.(string))
		}
		return line
	}
	if client != "claude-desktop" && e["type"] != "stdio" {
		t.Errorf("%s entry must be type stdio: %v", client, e)
	}
	line = append(line, e["command"].(string))
	for _, x := range e["args"].([]any) {
		line = append(line, x.(string))
	}
	return line
}

func TestSetupPrintsEachClientsShape(t *testing.T) {
	bin := fakeBins(t)
	for client := range SetupClients {
		for _, variant := range [][]string{nil, {"--sandbox"}, {"--sandbox=http://127.0.0.1:8787/client/v4"}} {
			args := append([]string{client, "--bin", bin}, variant...)
			out, hint, err := runSetup(t, args...)
			if err != nil {
				t.Fatalf("%v: %v", args, err)
			}
			var doc map[string]any
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatalf("%v: stdout is not one JSON document: %v\n%s", args, err, out)
			}
			for name, e := range setupEntries(t, client, doc) {
				line := setupCommandLine(t, client, e)
				if line[0] != filepath.Join(bin, name) {
					t.Errorf("%v %s: command %q, want the absolute path %q", args, name, line[0], filepath.Join(bin, name))
				}
				joined := strings.Join(line, " ")
				if strings.Contains(joined, "--config") || strings.Contains(joined, "/etc/cfplane") {
					t.Errorf("%v %s: needs no config file: %s", args, name, joined)
				}
				sandboxed := strings.Contains(joined, "--sandbox")
				if sandboxed != (variant != nil) {
					t.Errorf("%v %s: sandbox=%v in %s", args, name, sandboxed, joined)
				}
				envKey := "env"
				if client == "opencode" {
					envKey = "environment"
				}
				env, _ := e[envKey].(map[string]any)
				_, token := env[tokenEnv]
				if wantToken := variant == nil && name != "oracle_answer"; token != wantToken {
					t.Errorf("%v %s: token in env=%v", args, name, token)
				}
				if name == Name && variant != nil && !strings.Contains(joined, "--write") {
					t.Errorf("%v: the sandbox variant lets cloudflare_safe plan changes: %s", args, joined)
				}
			}
			if !strings.Contains(hint, "# put this in") {
				t.Errorf("%v: no hint on stderr: %q", args, hint)
			}
		}
	}
	_, hint, _ := runSetup(t, "claude-code", "--bin", bin)
	if !strings.Contains(hint, "enableAllProjectMcpServers") {
		t.Errorf("claude-code: the hint must name the project-server approval: %q", hint)
	}
	out, _, _ := runSetup(t, "vscode", "--bin", bin)
	if !strings.Contains(out, `"${input:cloudflare-api-token}"`) || !strings.Contains(out, `"inputs"`) {
		t.Errorf("vscode token variant must prompt for the token: %s", out)
	}
}

func TestSetupRejections(t *testing.T) {
	bin := fakeBins(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"cursor", "--bin", bin}, "accepted: claude-code, claude-desktop, opencode, vscode"},
		{[]string{"claude-code", "--bin", t.TempDir()}, "not found in"},
		{[]string{"claude-code", "--bin", bin, "--config", "/nonexistent/cfplane.yaml"}, "--config"},
	} {
		if _, _, err := runSetup(t, tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: want an error containing %q, got %v", tc.args, tc.want, err)
		}
	}
}
