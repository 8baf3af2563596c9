//go:build e2e

package e2e

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDemo runs `make demo`'s script as a newcomer would and checks that
// it passes, in under a minute, and that its output tells each step.
func TestDemo(t *testing.T) {
	bin := binDir(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(root, "scripts", "demo.sh"))
	cmd.Env = append(os.Environ(), "BIN="+bin)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("demo failed after %s: %v\n%s", time.Since(start).Round(time.Millisecond), err, out)
	}
	s := string(out)
	for _, want := range []string{"plan: ", "effect: ", "risk ", "approval: required", "a person approves it", "apply: applied", "readback matches",
		"rollback: ", "audit: ", "extends 1 chec", "Layer0: refused", "Layer0: verdict block", "\nPASS ", "Try next:"} {
		if !strings.Contains(s, want) {
			t.Errorf("the demo output does not show %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "✗") {
		t.Errorf("a step failed:\n%s", s)
	}
}
