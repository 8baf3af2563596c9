//go:build e2e

package e2e

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestSetupConfigsConnect takes what `cloudflare_safe setup CLIENT
// --sandbox` prints for each client, launches every server exactly as the
// entry says (absolute command, its arguments and env, no config file) and
// asks it for tools/list with the TypeScript SDK client.
func TestSetupConfigsConnect(t *testing.T) {
	bin := binDir(t)
	leaks := &leakCheck{}
	for _, client := range []string{"claude-code", "claude-desktop", "opencode", "vscode"} {
		out, err := exec.Command(filepath.Join(bin, "cloudflare_safe"), "setup", client, "--sandbox").Output()
		if err != nil {
			t.Fatalf("setup %s: %v", client, err)
		}
		leaks.add("setup "+client, out)
		var doc map[string]map[string]map[string]any
		if err := json.Unmarshal(out, &doc); err != nil {
			// opencode's document has a "$schema" string beside "mcp".
			var loose map[string]json.RawMessage
			if json.Unmarshal(out, &loose) != nil {
				t.Fatalf("setup %s: not JSON: %v\n%s", client, err, out)
			}
			doc = map[string]map[string]map[string]any{}
			for k, v := range loose {
				var m map[string]map[string]any
				if json.Unmarshal(v, &m) == nil {
					doc[k] = m
				}
			}
		}
		key := map[string]string{"claude-code": "mcpServers", "claude-desktop": "mcpServers", "opencode": "mcp", "vscode": "servers"}[client]
		entries := doc[key]
		if len(entries) != 3 {
			t.Fatalf("setup %s: %d entries under %q", client, len(entries), key)
		}
		for name, e := range entries {
			var command string
			var args []string
			env := map[string]string{"XDG_STATE_HOME": t.TempDir()}
			if client == "opencode" {
				line, _ := e["command"].([]any)
				for i, x := range line {
					if i == 0 {
						command, _ = x.(string)
					} else {
						args = append(args, x.(string))
					}
				}
			} else {
				command, _ = e["command"].(string)
				for _, x := range e["args"].([]any) {
					args = append(args, x.(string))
				}
				for k, v := range e["env"].(map[string]any) {
					env[k] = v.(string)
				}
			}
			if !filepath.IsAbs(command) {
				t.Errorf("setup %s %s: command %q is not absolute", client, name, command)
			}
			r := runClient(t, leaks, "setup "+client+" "+name, map[string]any{
				"transport": "stdio", "command": command, "args": args, "env": env,
			})
			if r.ServerInfo["name"] != name || len(r.Tools) == 0 {
				t.Errorf("setup %s %s: serverInfo %v, %d tools", client, name, r.ServerInfo, len(r.Tools))
			}
		}
	}
}
