// Package docs keeps the README's tool tables and the client configs true to
// the registry. `make docs` (UPDATE_README=true) rewrites the tables.
package docs

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/servers/oracle"
	"github.com/cfplane/cfplane/servers/safe"
	"github.com/cfplane/cfplane/servers/wafintel"
)

const (
	begin = "<!-- tools:begin -->"
	end   = "<!-- tools:end -->"
)

var specs = []clicore.Server{safe.Spec().Core(), wafintel.Spec().Core(), oracle.Spec()}

func toolTables(t *testing.T) string {
	t.Helper()
	var b bytes.Buffer
	b.WriteString(begin + "\n")
	for i, s := range specs {
		tools, err := clicore.ToolList(s)
		if err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
		if i > 0 {
			b.WriteString("\n")
		}
		if err := cli.WriteMarkdown(&b, s.Name, tools); err != nil {
			t.Fatal(err)
		}
	}
	b.WriteString(end)
	return b.String()
}

func TestReadmeToolTables(t *testing.T) {
	path := filepath.Join("..", "..", "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatalf("README.md has no %s … %s section", begin, end)
	}
	want := toolTables(t)
	got := s[i : j+len(end)]
	if got == want {
		return
	}
	if os.Getenv("UPDATE_README") == "true" {
		if err := os.WriteFile(path, []byte(s[:i]+want+s[j+len(end):]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md tool tables are stale; run `make docs` and commit.\n--- README\n%s\n--- registry\n%s", got, want)
}

func TestReadmeFirstLines(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	head := strings.Join(strings.SplitN(string(readme), "\n", 15)[:14], "\n")
	for _, cmd := range []string{"make demo", "make test"} {
		if !strings.Contains(head, cmd) {
			t.Errorf("the README's first lines must show %q", cmd)
		}
	}
}

// TestClientConfigs checks every client config has the three servers, and
// the sandbox variants point them at one loopback sandbox.
func TestClientConfigs(t *testing.T) {
	servers := []string{"cloudflare_safe", "waf_intelligence", "oracle_answer"}
	files := map[string]string{
		".mcp.json": "mcpServers", "claude_desktop_config.json": "mcpServers",
		"opencode.json": "mcp", "vscode-mcp.json": "servers",
	}
	for _, dir := range []string{"", "sandbox"} {
		for f, key := range files {
			path := filepath.Join("..", "..", "configs", dir, f)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				continue
			}
			var doc map[string]json.RawMessage
			var entries map[string]json.RawMessage
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Errorf("%s: not valid JSON: %v", path, err)
				continue
			}
			if err := json.Unmarshal(doc[key], &entries); err != nil {
				t.Errorf("%s: %q is not an object of servers: %v", path, key, err)
				continue
			}
			if len(entries) != 3 {
				t.Errorf("%s: %d entries under %q, want 3", path, len(entries), key)
			}
			for _, s := range servers {
				e, ok := entries[s]
				if !ok {
					t.Errorf("%s: no entry for %s", path, s)
					continue
				}
				sandboxed := strings.Contains(string(e), "--sandbox=http://127.0.0.1:")
				if (dir == "sandbox") != sandboxed {
					t.Errorf("%s: entry %s sandbox=%v", path, s, sandboxed)
				}
				if strings.Contains(string(e), "CLOUDFLARE_API_TOKEN\": \"cf") {
					t.Errorf("%s: entry %s carries what looks like a literal token", path, s)
				}
			}
		}
	}
}
