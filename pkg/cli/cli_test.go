package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

type noArgs struct{}
type countResult struct {
	Zones int `json:"zones"`
}

func testServer() Server {
	return Server{
		Name:           "test_server",
		DefaultAddr:    "127.0.0.1:0",
		UsesCloudflare: true,
		Toolsets: func(d *Deps) ([]*mcpkit.Toolset, error) {
			t := mcpkit.NewTool("count_zones", "Count zones.", mcpkit.ReadHints,
				func(ctx context.Context, _ noArgs) (countResult, error) {
					p, err := d.Client.ListZones(ctx, zoneFilter(), 0)
					return countResult{Zones: len(p.Items)}, err
				})
			return []*mcpkit.Toolset{mcpkit.NewToolset("t", "").AddRead(t)}, nil
		},
	}
}

func run(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	t.Setenv(TokenEnv, "")
	for k, v := range env {
		t.Setenv(k, v)
	}
	var out, errb bytes.Buffer
	code := Run(testServer(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestBadInvocationsExit2WithOneLine(t *testing.T) {
	dir := t.TempDir()
	badCfg := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(badCfg, []byte("version: 1\nwrites: maybe\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"unknown flag", nil, []string{"--bogus"}, "unknown flag: --bogus"},
		{"missing token", nil, []string{}, "CLOUDFLARE_API_TOKEN is not set"},
		{"public sandbox", nil, []string{"--sandbox=http://192.0.2.1/client/v4"}, "is not on loopback"},
		{"sandbox not a url", nil, []string{"--sandbox=ftp:x"}, "is not a URL"},
		{"bad config", nil, []string{"--sandbox", "--config", badCfg}, "bad.yaml:2: writes: \"maybe\" is not accepted"},
		{"missing config", nil, []string{"--sandbox", "--config", filepath.Join(dir, "none.yaml")}, "cannot read the configuration file"},
		{"bad transport", nil, []string{"--sandbox", "--transport", "carrier-pigeon"}, "accepted: stdio, http"},
		{"bad log level", nil, []string{"--sandbox", "--log-level", "loud"}, "accepted: debug, info, warn, error"},
		{"public addr without auth", nil, []string{"--sandbox", "--transport", "http", "--addr", "0.0.0.0:0"}, "needs --auth-token-file"},
		{"unknown command", nil, []string{"frobnicate"}, "unknown command"},
		{"bad tools format", nil, []string{"tools", "--format", "xml"}, "accepted: json, markdown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := run(t, c.env, c.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2 (stderr %q)", code, errOut)
			}
			if strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "test_server: ") || !strings.Contains(errOut, c.want) {
				t.Errorf("stderr = %q, want one line containing %q", errOut, c.want)
			}
		})
	}
}

func TestTokenNeverPrinted(t *testing.T) {
	const canary = "cfCLIcanary_4Jq3xLm7Pw2Rt5Zk8Vb1Nc4Yd6Fq"
	code, out, errOut := run(t, map[string]string{TokenEnv: canary}, "--sandbox=http://192.0.2.1:1/client/v4")
	if code != 2 || strings.Contains(out+errOut, canary) {
		t.Fatalf("code %d out %q err %q", code, out, errOut)
	}
}

func TestToolsAndVersion(t *testing.T) {
	code, out, _ := run(t, nil, "tools", "--format", "json")
	var defs []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &defs) != nil || len(defs) != 1 || defs[0]["name"] != "count_zones" {
		t.Fatalf("tools json: %d %s", code, out)
	}
	code, out, _ = run(t, nil, "tools")
	if code != 0 || !strings.Contains(out, "| `count_zones` | read |") {
		t.Fatalf("tools markdown: %d %s", code, out)
	}
	code, out, _ = run(t, nil, "version")
	if code != 0 || !strings.HasPrefix(out, "test_server ") {
		t.Fatalf("version: %d %s", code, out)
	}
}

func TestEmbeddedSandboxServesStdio(t *testing.T) {
	t.Setenv(TokenEnv, "")
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	in := strings.Join([]string{
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"0"}}}`,
		`{"jsonrpc":"2.0","method":"notifications/initialized"}`,
		`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"count_zones","arguments":{}}}`,
		`this is not json`,
	}, "\n") + "\n"
	pr, pw := io.Pipe()
	var out, errb syncBuffer
	done := make(chan int)
	go func() { done <- Run(testServer(), []string{"--sandbox"}, pr, &out, &errb) }()
	_, _ = io.WriteString(pw, in)
	for i := 0; i < 500 && (!strings.Contains(out.String(), `"id":2`) || !strings.Contains(out.String(), `-32700`)); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	pw.Close()
	code := <-done
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), `"zones":3`) {
		t.Errorf("stdout = %s", out.String())
	}
	// The Layer0 gate is wired in: the call was classified (shadow or
	// enforce) and its receipt key lives in the state directory.
	if !strings.Contains(errb.String(), `"message":"layer0"`) || !strings.Contains(errb.String(), `"receipt_id":"l0r`) {
		t.Errorf("no Layer0 decision logged: %s", errb.String())
	}
	if _, err := os.Stat(filepath.Join(state, "cfplane", clicore.ReceiptKeyFile)); err != nil {
		t.Errorf("receipt key not kept in the state directory: %v", err)
	}
	if !strings.Contains(out.String(), `"code":-32700`) {
		t.Errorf("malformed JSON-RPC got no parse error: %s", out.String())
	}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if !json.Valid([]byte(line)) {
			t.Errorf("stdout carries a non-JSON line (logs must go to stderr): %q", line)
		}
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestSandboxURLHosts(t *testing.T) {
	for raw, loop := range map[string]bool{
		"http://127.0.0.1:8787/client/v4": true,
		"http://localhost/client/v4":      true,
		"http://[::1]:9/client/v4":        true,
		"https://127.0.0.2/client/v4":     true,
		"http://192.0.2.1/client/v4":      false,
		"https://api.cloudflare.com/x":    false,
	} {
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got := mcpkit.IsLoopbackAddr(hostPort(u)); got != loop {
			t.Errorf("%s: loopback = %v (host:port %s)", raw, got, hostPort(u))
		}
	}
}

func TestCommandOutputIsRedacted(t *testing.T) {
	const canary = "cfCLIcanary_8Jq3xLm7Pw2Rt5Zk8Vb1Nc4Yd6Fq"
	t.Setenv(TokenEnv, canary)
	s := testServer()
	s.Commands = func(env *Env) []*cobra.Command {
		return []*cobra.Command{{Use: "leak", RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := io.WriteString(cmd.OutOrStdout(), "token="+canary) // no newline: Close must flush
			return err
		}}}
	}
	var out, errb bytes.Buffer
	if code := Run(s, []string{"leak"}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if strings.Contains(out.String(), canary) || out.String() != "token=[REDACTED]" {
		t.Fatalf("command output = %q", out.String())
	}
}
