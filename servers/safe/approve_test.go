package safe

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"
)

// newApprover makes an ed25519 key file for principal and an
// allowed-signers file listing it; it returns both paths.
func newApprover(t *testing.T, principal string) (keyFile, signersFile string) {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	blk, err := ssh.MarshalPrivateKey(priv, principal)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	keyFile = filepath.Join(dir, "id_ed25519")
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(blk), 0o600); err != nil {
		t.Fatal(err)
	}
	pub, _ := ssh.NewPublicKey(priv.Public())
	line := principal + " " + string(ssh.MarshalAuthorizedKey(pub))
	os.WriteFile(keyFile+".pub", ssh.MarshalAuthorizedKey(pub), 0o644)
	// The allowed-signers file lives apart from the private key, as on a
	// real machine (the key is the person's; the file is the server's).
	signersFile = filepath.Join(t.TempDir(), "allowed_signers")
	if err := os.WriteFile(signersFile, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	return keyFile, signersFile
}

func approveOK(t *testing.T, args ...string) string {
	t.Helper()
	code, out, stderr := runCLI(t, append([]string{"approve"}, args...)...)
	if code != 0 {
		t.Fatalf("approve %v: %d %s", args, code, stderr)
	}
	return approvalCode(t, out)
}

// TestAgentViewCannotApprove gives `approve` (and ssh-keygen) everything
// the model can read in a local setup — the configuration, every file of
// the state folder, the server's environment — and checks that nothing it
// produces is accepted by change_apply.
func TestAgentViewCannotApprove(t *testing.T) {
	e := newEnv(t, writesOn+"approval:\n  risk_threshold: 1\n", nil)
	cfgPath := writeConfig(t, e, "")
	// Use the server once so every key it keeps exists.
	w := e.createPlan("warm")
	e.apply(w.PlanID, approveOK(t, w.PlanID, "--key", e.key, "--config", cfgPath))
	before := e.state(mainID)
	p := e.createPlan("agent")

	var view []string
	for _, root := range []string{e.cfg.StateDir, filepath.Dir(cfgPath), filepath.Dir(e.cfg.Approval.AllowedSigners)} {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && path != e.key {
				view = append(view, path)
			}
			return nil
		})
	}
	// The server's environment, each value as a file the agent could use.
	envDir := t.TempDir()
	for i, kv := range os.Environ() {
		_, v, _ := strings.Cut(kv, "=")
		f := filepath.Join(envDir, "env"+string(rune('a'+i%26))+strings.Repeat("x", i/26))
		os.WriteFile(f, []byte(v), 0o600)
		view = append(view, f)
	}
	if len(view) < 8 {
		t.Fatalf("the agent's view is too small to mean anything: %v", view)
	}
	var attempts []string
	// 1. approve with no key given: the server's environment reaches no
	// agent.
	if code, out, _ := runCLI(t, "approve", p.PlanID, "--config", cfgPath); code == 0 {
		attempts = append(attempts, out)
	}
	// 2. approve --key with every file of the view.
	for _, f := range view {
		if b, _ := os.ReadFile(f); len(b) > 0 {
			if _, err := ssh.ParseRawPrivateKey(b); err == nil {
				t.Errorf("the agent's view holds an SSH private key: %s", f)
			}
		}
		if code, out, _ := runCLI(t, "approve", p.PlanID, "--config", cfgPath, "--key", f); code == 0 {
			attempts = append(attempts, out)
		}
	}
	// 3. The statement, signed by ssh-keygen with every file of the view.
	_, stmt, _ := runCLI(t, "approve", "--statement", p.PlanID, "--config", cfgPath)
	attempts = append(attempts, stmt)
	if kg, err := exec.LookPath("ssh-keygen"); err == nil {
		sf := filepath.Join(t.TempDir(), "statement")
		for _, f := range view {
			os.WriteFile(sf, []byte(stmt), 0o600)
			os.Remove(sf + ".sig")
			cmd := exec.Command(kg, "-Y", "sign", "-n", "cfplane-approval", "-f", f, sf)
			cmd.Stdin = strings.NewReader("")
			if cmd.Run() == nil {
				sig, _ := os.ReadFile(sf + ".sig")
				attempts = append(attempts, stmt+string(sig))
			}
		}
	} else {
		t.Log("ssh-keygen is not installed: the ssh-keygen part of the agent's view is not tried")
	}
	for _, a := range attempts {
		res := e.cl.MustCall("change_apply", map[string]any{"plan_id": p.PlanID, "approval": a})
		if !res.IsError {
			t.Fatalf("accepted an approval made from the agent's view: %q", a)
		}
	}
	if e.state(mainID) != before {
		t.Fatal("an approval made from the agent's view was accepted")
	}
	// And the person's key does approve it.
	e.apply(p.PlanID, approveOK(t, p.PlanID, "--key", e.key, "--config", cfgPath))
	if e.state(mainID) == before {
		t.Fatal("the person's approval was not accepted")
	}
}
