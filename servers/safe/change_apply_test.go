package safe

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/audit"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

func TestChangeApplySchema(t *testing.T) {
	def := changeApply(nil, nil).Def
	a := def.Annotations
	if *a.ReadOnlyHint || !*a.DestructiveHint || *a.IdempotentHint || !*a.OpenWorldHint {
		t.Errorf("hints = %+v", a)
	}
	if !strings.Contains(string(def.RawInputSchema), `"required":["plan_id"]`) || !strings.Contains(string(def.RawInputSchema), `"approval"`) {
		t.Errorf("schema: %s", def.RawInputSchema)
	}
}

func (e *env) createPlan(name string) *planOut {
	return e.planDNS(map[string]any{"zone": "example.com", "action": "create", "record": map[string]any{"type": "A", "name": name, "content": "192.0.2.77"}})
}

func TestChangeApplyTokens(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	before := e.state(mainID)
	p := e.createPlan("tok")
	// Tampered: one character of the signed payload changed.
	b := []byte(p.PlanID)
	i := len("cfp1.") + 3
	if b[i] == 'A' {
		b[i] = 'B'
	} else {
		b[i] = 'A'
	}
	e.call("change_apply", map[string]any{"plan_id": string(b)}, "failed its signature check", nil)
	e.call("change_apply", map[string]any{"plan_id": "plan-123"}, "plan_id is not a plan token; accepted:", nil)
	e.call("change_apply", map[string]any{"plan_id": p.PlanID[:len(p.PlanID)-4]}, "malformed", nil)
	e.call("change_apply", map[string]any{"plan_id": ""}, "plan_id is required", nil)
	// Another server's key: the signature does not check.
	other := newEnv(t, writesOn, nil)
	op := other.createPlan("tok2")
	e.call("change_apply", map[string]any{"plan_id": op.PlanID}, "failed its signature check", nil)
	// Expired.
	clock = func() time.Time { return time.Now().Add(16 * time.Minute) }
	t.Cleanup(func() { clock = time.Now })
	later := clientFor(t, e) // a server whose clock is 16 minutes on
	clock = time.Now
	e.cl, later = later, e.cl
	e.call("change_apply", map[string]any{"plan_id": p.PlanID}, "expired at", nil)
	e.cl = later
	// The body altered on disk after signing.
	files, _ := filepath.Glob(filepath.Join(e.cfg.StateDir, "plans", "*.json"))
	for _, f := range files {
		body, _ := os.ReadFile(f)
		if err := os.WriteFile(f, bytes.Replace(body, []byte("192.0.2.77"), []byte("192.0.2.78"), 1), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	e.call("change_apply", map[string]any{"plan_id": p.PlanID}, "altered on disk", nil)
	// Unknown: signed, but no body (another state folder).
	for _, f := range files {
		os.Remove(f)
	}
	e.call("change_apply", map[string]any{"plan_id": p.PlanID}, "not known to this server", nil)
	if e.state(mainID) != before {
		t.Fatal("a refused apply changed the zone")
	}
}

func writeConfig(t *testing.T, e *env, extra string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cfplane.yaml")
	if !strings.Contains(extra, "approval:") {
		extra += "approval:\n  allowed_signers: " + e.cfg.Approval.AllowedSigners + "\n"
	}
	if err := os.WriteFile(path, []byte("state_dir: "+e.cfg.StateDir+"\n"+extra), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Run(Spec(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// approvalCode returns the approval text approve printed (stdout holds
// only it).
func approvalCode(t *testing.T, out string) string {
	t.Helper()
	if !strings.HasPrefix(out, "cfplane-approval v1\n") || !strings.Contains(out, "-----BEGIN SSH SIGNATURE-----") {
		t.Fatalf("no approval in: %s", out)
	}
	return out
}

func TestApprovalFlow(t *testing.T) {
	e := newEnv(t, writesOn+"approval:\n  risk_threshold: 1\n", nil)
	cfgPath := writeConfig(t, e, "")
	before := e.state(mainID)
	p := e.createPlan("appr")
	if !p.ApprovalRequired || !strings.Contains(strings.Join(p.ApprovalReasons, "|"), "approval.risk_threshold 1") {
		t.Fatalf("plan: %+v", p)
	}
	e.call("change_apply", map[string]any{"plan_id": p.PlanID}, "this plan needs an approval", nil)
	e.call("change_apply", map[string]any{"plan_id": p.PlanID, "approval": "AP-AAAA-BBBB-CCCC-DDDD"}, "old shared-key scheme", nil)
	// An approval of another plan does not fit this one.
	p2 := e.createPlan("appr2")
	code, out, stderr := runCLI(t, "approve", p2.PlanID, "--key", e.key, "--config", cfgPath)
	if code != 0 {
		t.Fatalf("approve: %d %s", code, stderr)
	}
	code2 := approvalCode(t, out)
	e.call("change_apply", map[string]any{"plan_id": p.PlanID, "approval": code2}, "does not name plan", nil)
	if e.state(mainID) != before {
		t.Fatal("a refused apply changed the zone")
	}
	// The person sees the plan (on stderr); stdout holds only the approval.
	if !strings.Contains(stderr, "appr2.example.com") || !strings.Contains(stderr, "risk") || strings.Contains(out, "appr2.example.com") {
		t.Errorf("approve output: %s / %s", out, stderr)
	}
	var r applyOut
	e.call("change_apply", map[string]any{"plan_id": p2.PlanID, "approval": code2}, "", &r)
	if r.Status != "applied" || len(r.Approvers) != 1 || r.Approvers[0].Principal != "alice@example.com" || !strings.HasPrefix(r.Checkpoint, "cfcp1.") {
		t.Fatalf("%+v", r)
	}
	// No key and no agent: the command says what to do.
	if code, _, stderr := runCLI(t, "approve", p.PlanID, "--config", cfgPath); code != 2 || !strings.Contains(stderr, "SSH_AUTH_SOCK") {
		t.Errorf("approve without a key: %d %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "approve", "cfp1.garbage", "--key", e.key, "--config", cfgPath); code != 1 || !strings.Contains(stderr, "malformed") {
		t.Errorf("approve of a bad plan id: %d %s", code, stderr)
	}
}

func TestProtectedNeedsNamedOverride(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	cfgPath := writeConfig(t, e, "")
	mx := e.find(mainID, "MX", "example.com")[0]
	p := e.planDNS(map[string]any{"zone": "example.com", "action": "update", "record_id": mx.ID, "record": map[string]any{"priority": 15}})
	if !p.ApprovalRequired || len(p.Overrides) != 1 || p.Overrides[0] != "@ MX" {
		t.Fatalf("plan: %+v", p)
	}
	code, _, stderr := runCLI(t, "approve", p.PlanID, "--key", e.key, "--config", cfgPath)
	if code != 1 || !strings.Contains(stderr, `--override "@ MX"`) {
		t.Fatalf("approve without the override: %d %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "approve", p.PlanID, "--key", e.key, "--config", cfgPath, "--override", "@ MX", "--override", "@ NS"); code != 2 || !strings.Contains(stderr, "no plan given touches a protected object matching it") {
		t.Fatalf("approve with a stray override: %d %s", code, stderr)
	}
	code, out, stderr := runCLI(t, "approve", p.PlanID, "--key", e.key, "--config", cfgPath, "--override", "@ MX")
	if code != 0 {
		t.Fatalf("%d %s", code, stderr)
	}
	if r := e.apply(p.PlanID, approvalCode(t, out)); r.Status != "applied" {
		t.Fatalf("%+v", r)
	}
	if got := e.find(mainID, "MX", "example.com"); *got[0].Priority != 15 && *got[1].Priority != 15 {
		t.Fatalf("MX: %+v", got)
	}
}

type reviewGate struct{ receipt string }

func (g reviewGate) Check(context.Context, mcpkit.GateCall) (mcpkit.GateDecision, error) {
	return mcpkit.GateDecision{Review: true, ReceiptID: g.receipt, Reason: "bulk DNS change"}, nil
}

func TestLayer0Binding(t *testing.T) {
	e := newEnv(t, writesOn, reviewGate{receipt: "l0r_test_1"})
	p := e.createPlan("l0")
	if !p.ApprovalRequired || p.Layer0Receipt != "l0r_test_1" || !strings.Contains(strings.Join(p.ApprovalReasons, "|"), "Layer0 asked for review (bulk DNS change); receipt l0r_test_1") {
		t.Fatalf("plan: %+v", p)
	}
	e.call("change_apply", map[string]any{"plan_id": p.PlanID}, "needs an approval", nil)
	_, out, _ := runCLI(t, "approve", p.PlanID, "--key", e.key, "--config", writeConfig(t, e, ""))
	if r := e.apply(p.PlanID, approvalCode(t, out)); r.Status != "applied" {
		t.Fatalf("%+v", r)
	}
	logb, _ := os.ReadFile(filepath.Join(e.cfg.StateDir, "audit.jsonl"))
	if !strings.Contains(string(logb), `"layer0_receipt":"l0r_test_1"`) || strings.Contains(string(logb), "192.0.2.77") {
		t.Errorf("audit log: receipt recorded, record content not: %s", logb)
	}
	strict := newEnv(t, writesOn+"layer0:\n  strict: true\n", nil)
	strict.call("dns_record_manage", map[string]any{"zone": "example.com", "action": "create", "record": map[string]any{"type": "A", "name": "s", "content": "192.0.2.1"}}, "layer0.strict is set and this call carries no Layer0 receipt", nil)
}

func TestBudgets(t *testing.T) {
	e := newEnv(t, writesOn+"budgets:\n  max_applies_per_zone_per_hour: 1\n  max_ops_per_plan: 1\n", nil)
	e.apply(e.createPlan("b1").PlanID, "")
	e.call("change_apply", map[string]any{"plan_id": e.createPlan("b2").PlanID}, "budgets.max_applies_per_zone_per_hour allows 1; allowed again at", nil)
	e.call("dns_record_manage", map[string]any{"zone": "example.com", "action": "import", "records": []any{
		map[string]any{"type": "A", "name": "i1", "content": "192.0.2.1"}, map[string]any{"type": "A", "name": "i2", "content": "192.0.2.2"},
	}}, "budgets.max_ops_per_plan allows 1", nil)
	tomorrow := strings.ToLower(time.Now().UTC().Add(24 * time.Hour).Weekday().String()[:3])
	w := newEnv(t, writesOn+"budgets:\n  change_windows:\n    - days: ["+tomorrow+"]\n      start: \"00:00\"\n      end: \"23:59\"\n", nil)
	w.call("change_apply", map[string]any{"plan_id": w.createPlan("w1").PlanID}, "outside the change windows", nil)
	w.call("change_apply", map[string]any{"plan_id": w.createPlan("w2").PlanID}, "allowed again at "+time.Now().UTC().Add(24*time.Hour).Format("2006-01-02")+"T00:00:00Z", nil)
	if n := len(w.find(mainID, "A", "w1.example.com")); n != 0 {
		t.Fatal("applied outside the window")
	}
}

func TestAuditVerifyCommand(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	var r applyOut
	e.call("change_apply", map[string]any{"plan_id": e.createPlan("au").PlanID}, "", &r)
	e.apply(e.createPlan("au2").PlanID, "")
	path := filepath.Join(e.cfg.StateDir, "audit.jsonl")
	saved := filepath.Join(t.TempDir(), "checkpoint")
	os.WriteFile(saved, []byte(r.Checkpoint+"\n"), 0o600)
	code, out, stderr := runCLI(t, "audit", "verify", path, "--checkpoint", saved)
	if code != 0 || !strings.Contains(out, "extends 2 checkpoint(s)") || !strings.Contains(out, "journal: 2 outcome(s), each with its audit record") {
		t.Fatalf("%d %s %s", code, out, stderr)
	}
	if _, err := audit.VerifyFile(path); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	// Cut the last records (and the server's own checkpoint with them):
	// the saved checkpoint proves the truncation.
	os.WriteFile(path, []byte(strings.Join(lines[:2], "\n")+"\n"), 0o600)
	os.Remove(audit.CheckpointPath(path))
	code, _, stderr = runCLI(t, "audit", "verify", path, "--checkpoint", saved)
	if code != 1 || !strings.Contains(stderr, "truncated") {
		t.Fatalf("truncated log: %d %s", code, stderr)
	}
	// Without the saved checkpoint the cut is still found: the journal
	// holds outcomes the audit log lacks.
	code, _, stderr = runCLI(t, "audit", "verify", path)
	if code != 1 || !strings.Contains(stderr, "have no matching audit record") {
		t.Fatalf("journal cross-check: %d %s", code, stderr)
	}
	lines[1] = strings.Replace(lines[1], `"outcome":"`, `"outcome":"x`, 1)
	os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o600)
	code, _, stderr = runCLI(t, "audit", "verify", path, "--checkpoint", saved)
	if code != 1 || !strings.Contains(stderr, "rewritten, reordered or altered") {
		t.Fatalf("tampered log: %d %s", code, stderr)
	}
	if code, _, _ := runCLI(t, "audit", "verify", filepath.Join(t.TempDir(), "none")); code != 2 {
		t.Errorf("missing file: exit %d", code)
	}
}

func TestTwoPlansOnOneRecord(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	id := e.find(mainID, "A", "origin.example.com")[0].ID
	p1 := e.planDNS(map[string]any{"zone": "example.com", "action": "update", "record_id": id, "record": map[string]any{"content": "198.51.100.8"}})
	p2 := e.planDNS(map[string]any{"zone": "example.com", "action": "delete", "record_id": id})
	if r := e.apply(p1.PlanID, ""); r.Status != "applied" {
		t.Fatalf("%+v", r)
	}
	after := e.state(mainID)
	e.call("change_apply", map[string]any{"plan_id": p2.PlanID}, "the live state changed since the plan was made: A origin.example.com → 198.51.100.7 (id "+id+") was modified; make a new plan", nil)
	if e.state(mainID) != after {
		t.Fatal("the refused plan changed the zone")
	}
}
