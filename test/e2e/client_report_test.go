//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"io"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// The client's report reaches a reader that is slow to start reading whole,
// however large it is: the client exits only once its stdout is flushed (a
// report larger than the pipe's buffer used to be cut off at 64 KiB).
func TestClientReportNotCutOff(t *testing.T) {
	bin := binDir(t)
	var calls []any
	for i := 0; i < 12; i++ {
		calls = append(calls, map[string]any{"name": "dns_record_manage",
			"arguments": map[string]any{"zone": "example.com", "action": "list", "limit": 500}})
	}
	b, _ := json.Marshal(map[string]any{
		"transport": "stdio",
		"command":   filepath.Join(bin, "cloudflare_safe"),
		"args":      []string{"--sandbox"},
		"env":       map[string]string{"XDG_STATE_HOME": t.TempDir()},
		"calls":     calls,
	})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join(clients, "mcp-client.mjs"), string(b))
	cmd.Dir = clients
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond) // the client is done and writing by now
	data, err := io.ReadAll(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("client: %v", err)
	}
	var r report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("the report (%d bytes) does not parse: %v", len(data), err)
	}
	if !r.OK || len(r.Calls) != len(calls) || len(data) < 128<<10 {
		t.Fatalf("report: ok=%v, %d calls, %d bytes; want ok, %d calls, over 128 KiB", r.OK, len(r.Calls), len(data), len(calls))
	}
}
