package safe

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"encoding/pem"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"

	"github.com/cfplane/cfplane/pkg/plan"
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

func TestPlansShortIDsAndBatchApproval(t *testing.T) {
	e := newEnv(t, writesOn+"approval:\n  risk_threshold: 1\n", nil)
	cfgPath := writeConfig(t, e, "")
	p1, p2 := e.createPlan("batch1"), e.createPlan("batch2")
	id1, id2 := plan.TokenPlanID(p1.PlanID), plan.TokenPlanID(p2.PlanID)
	code, out, stderr := runCLI(t, "plans", "--config", cfgPath)
	if code != 0 || !strings.Contains(out, id1[:8]) || !strings.Contains(out, id2[:8]) || !strings.Contains(out, "1 signer(s)") || !strings.Contains(out, "example.com") {
		t.Fatalf("plans: %d %s %s", code, out, stderr)
	}
	code, out, _ = runCLI(t, "plans", "--config", cfgPath, "--format", "json")
	var listed struct {
		Plans []struct {
			ShortID  string `json:"short_id"`
			PlanID   string `json:"plan_id"`
			Approval bool   `json:"approval_required"`
			Signers  int    `json:"signers_required"`
			Risk     int
		}
	}
	if err := json.Unmarshal([]byte(out), &listed); code != 0 || err != nil || len(listed.Plans) != 2 || !listed.Plans[0].Approval || listed.Plans[0].Signers != 1 {
		t.Fatalf("plans json: %v %s", err, out)
	}
	// One signed statement approves both plans, named by short id.
	text := approveOK(t, id1[:8], id2[:8], "--key", e.key, "--config", cfgPath, "--expires", "10m")
	if strings.Count(text, "\nplan ") != 2 {
		t.Fatalf("statement: %s", text)
	}
	for _, id := range []string{id1[:8], id2} {
		var r applyOut
		e.call("change_apply", map[string]any{"plan_id": id, "approval": text}, "", &r)
		if r.Status != "applied" || r.Approvers[0].Principal != "alice@example.com" {
			t.Fatalf("%+v", r)
		}
	}
	if _, out, _ := runCLI(t, "plans", "--config", cfgPath); !strings.Contains(out, "no pending plans") {
		t.Fatalf("applied plans still listed: %s", out)
	}
	e.call("change_apply", map[string]any{"plan_id": "abcdef01"}, "no plan in", nil)

	// audit show: the approver is named; filters work.
	code, out, stderr = runCLI(t, "audit", "show", "--config", cfgPath, "--zone", "example.com")
	if code != 0 || !strings.Contains(out, "approved by alice@example.com (SHA256:") || !strings.Contains(out, "plan "+id1[:8]) || !strings.Contains(out, "→ applied") {
		t.Fatalf("audit show: %d %s %s", code, out, stderr)
	}
	if _, out, _ := runCLI(t, "audit", "show", "--config", cfgPath, "--zone", "example.net"); !strings.HasPrefix(out, "0 of ") {
		t.Errorf("zone filter: %s", out)
	}
	if _, out, _ := runCLI(t, "audit", "show", "--config", cfgPath, "--since", "1ns"); !strings.HasPrefix(out, "0 of ") {
		t.Errorf("since filter: %s", out)
	}
	code, out, _ = runCLI(t, "audit", "show", "--config", cfgPath, "--format", "json", "--since", "1h")
	var shown struct {
		Records []struct {
			Outcome   string
			Approvers []struct{ Principal, Key string }
		}
	}
	if err := json.Unmarshal([]byte(out), &shown); code != 0 || err != nil || len(shown.Records) < 4 {
		t.Fatalf("audit show json: %v %s", err, out)
	}
	if code, _, stderr := runCLI(t, "audit", "show", "--config", cfgPath, "--format", "yaml"); code != 2 || !strings.Contains(stderr, "accepted: text, json") {
		t.Errorf("bad format: %d %s", code, stderr)
	}
	// audit checkpoint prints the one-line signed head.
	code, out, stderr = runCLI(t, "audit", "checkpoint", "--config", cfgPath)
	if code != 0 || !strings.HasPrefix(out, "cfcp1.") || !strings.HasPrefix(stderr, "verifier key: cfplane-audit+") {
		t.Fatalf("audit checkpoint: %d %s %s", code, out, stderr)
	}
	// What a person keeps off the machine verifies the log.
	dir := t.TempDir()
	first := out
	ac := e.createPlan("after-checkpoint")
	e.apply(ac.PlanID, approveOK(t, ac.PlanID, "--key", e.key, "--config", cfgPath))
	_, second, _ := runCLI(t, "audit", "checkpoint", "--config", cfgPath)
	os.WriteFile(filepath.Join(dir, "cp"), []byte(first+second), 0o600)
	os.WriteFile(filepath.Join(dir, "vk"), []byte(stderr), 0o600)
	if code, out, stderr := runCLI(t, "audit", "verify", filepath.Join(e.cfg.StateDir, "audit.jsonl"), "--checkpoint", filepath.Join(dir, "cp"), "--key", filepath.Join(dir, "vk")); code != 0 || !strings.Contains(out, "extends 3 checkpoint(s)") {
		t.Fatalf("verify with kept checkpoint and key: %d %s %s", code, out, stderr)
	}
}

func TestApproveStatementSignedWithSSHKeygen(t *testing.T) {
	kg, err := exec.LookPath("ssh-keygen")
	if err != nil {
		t.Skip("ssh-keygen is not installed (apt-get install openssh-client): this test signs with the real binary")
	}
	e := newEnv(t, writesOn+"approval:\n  risk_threshold: 1\n", nil)
	cfgPath := writeConfig(t, e, "")
	p := e.createPlan("bykeygen")
	code, stmt, stderr := runCLI(t, "approve", "--statement", plan.TokenPlanID(p.PlanID)[:8], "--config", cfgPath)
	if code != 0 || !strings.HasPrefix(stmt, "cfplane-approval v1\n") || !strings.Contains(stderr, "ssh-keygen -Y sign -n cfplane-approval") {
		t.Fatalf("%d %s %s", code, stmt, stderr)
	}
	f := filepath.Join(t.TempDir(), "statement.txt")
	os.WriteFile(f, []byte(stmt), 0o600)
	if out, err := exec.Command(kg, "-Y", "sign", "-n", "cfplane-approval", "-f", e.key, f).CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	sig, _ := os.ReadFile(f + ".sig")
	if r := e.apply(p.PlanID, stmt+string(sig)); r.Status != "applied" {
		t.Fatalf("%+v", r)
	}
}

func TestTwoSignersThroughTheCommand(t *testing.T) {
	bobKey, bobSigners := newApprover(t, "bob@example.com")
	e := newEnv(t, writesOn+"approval:\n  risk_threshold: 1\n  required_signers: [{signers: 2, min_risk: 1}]\n", nil)
	both, _ := os.ReadFile(e.cfg.Approval.AllowedSigners)
	bob, _ := os.ReadFile(bobSigners)
	os.WriteFile(e.cfg.Approval.AllowedSigners, append(both, bob...), 0o644)
	cfgPath := writeConfig(t, e, "")
	p := e.createPlan("twosig")
	alice := approveOK(t, p.PlanID, "--key", e.key, "--config", cfgPath)
	e.call("change_apply", map[string]any{"plan_id": p.PlanID, "approval": alice}, "1 valid signature(s) of distinct approvers", nil)
	bobs := approveOK(t, p.PlanID, "--key", bobKey, "--config", cfgPath)
	var r applyOut
	e.call("change_apply", map[string]any{"plan_id": p.PlanID, "approval": alice + bobs}, "", &r)
	if r.Status != "applied" || len(r.Approvers) != 2 {
		t.Fatalf("%+v", r)
	}
	// A key not in allowed_signers: approve says so before anyone pastes it.
	strangerKey, _ := newApprover(t, "stranger")
	q := e.createPlan("twosig2")
	if code, _, stderr := runCLI(t, "approve", q.PlanID, "--key", strangerKey, "--config", cfgPath); code != 1 || !strings.Contains(stderr, "change_apply would refuse this approval") {
		t.Fatalf("%d %s", code, stderr)
	}
}

func TestPersonOutputEscapesControlAndBidi(t *testing.T) {
	p := &plan.Plan{ID: "0123456789abcdef", Zone: plan.Zone{Name: "example.com"}, Tool: "dns_record_manage", Action: "create",
		Ops: []plan.Op{{Action: "create", Object: "dns_record TXT evil\u202etxt.example.com", Before: json.RawMessage("null"),
			After: json.RawMessage("{\"content\":\"a\u2066b\x1b[2Jc\"}")}},
		Effects: []string{"effect\u202ehidden"},
		Risk:    plan.Risk{Reasons: []string{"reason\u200bhidden"}}}
	var b strings.Builder
	printPlan(&b, p, strings.Repeat("0", 64))
	out := b.String()
	for _, bad := range []string{"\u202e", "\u2066", "\x1b", "\u200b"} {
		if strings.Contains(out, bad) {
			t.Errorf("raw %q in: %s", bad, out)
		}
	}
	for _, want := range []string{`effect\u202ehidden`, `evil\u202etxt`, `a\u2066b\u001b[2Jc`, `reason\u200bhidden`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in: %s", want, out)
		}
	}
}
