package plan

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"

	"github.com/cfplane/cfplane/pkg/audit"
	"github.com/cfplane/cfplane/pkg/config"
)

// testKey is an approver's ed25519 key, written as an OpenSSH key file.
type testKey struct {
	principal string
	signer    ssh.Signer
	priv      ed25519.PrivateKey
	file      string
}

func newTestKey(t testing.TB, principal string) *testKey {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := ssh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	blk, err := ssh.MarshalPrivateKey(priv, principal)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "id_ed25519")
	if err := os.WriteFile(file, pem.EncodeToMemory(blk), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file+".pub", ssh.MarshalAuthorizedKey(s.PublicKey()), 0o644); err != nil {
		t.Fatal(err)
	}
	return &testKey{principal: principal, signer: s, priv: priv, file: file}
}

func (k *testKey) line(opts string) string {
	l := k.principal + " "
	if opts != "" {
		l += opts + " "
	}
	return l + strings.TrimSpace(string(ssh.MarshalAuthorizedKey(k.signer.PublicKey())))
}

// allow writes the allowed-signers file for keys and points the config at it.
func (f *fixture) allow(keys ...*testKey) string {
	f.t.Helper()
	var b strings.Builder
	b.WriteString("# approvers\n")
	for _, k := range keys {
		b.WriteString(k.line("") + "\n")
	}
	path := filepath.Join(f.t.(interface{ TempDir() string }).TempDir(), "allowed_signers")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		f.t.Fatal(err)
	}
	f.cfg.Approval.AllowedSigners = path
	return path
}

var defaultKeys sync.Map // *fixture → *testKey

type cfgSignerRule = config.SignerRule

// approve returns an approval of p by a default approver (created and
// allowed on first use), naming the plan's overrides.
func (f *fixture) approve(p *Prepared) string {
	f.t.Helper()
	k, ok := defaultKeys.Load(f)
	if !ok {
		k = newTestKey(f.t, "alice@example.com")
		f.allow(k.(*testKey))
		defaultKeys.Store(f, k)
	}
	return signApproval(f.t, time.Hour, k.(*testKey).signer, p)
}

func stmtOf(exp time.Duration, ps ...*Prepared) Statement {
	s := Statement{Expires: time.Now().Add(exp).UTC().Truncate(time.Second)}
	for _, p := range ps {
		s.Plans = append(s.Plans, StatementPlan{ID: p.Plan.ID, Digest: p.Digest, Overrides: p.Plan.Approval.Overrides})
	}
	return s
}

func signApproval(t testing.TB, exp time.Duration, s ssh.Signer, ps ...*Prepared) string {
	t.Helper()
	st := stmtOf(exp, ps...)
	sig, err := SignStatement(st, s)
	if err != nil {
		t.Fatal(err)
	}
	return FormatApproval(st, sig)
}

func (f *fixture) approvalPlan(name string) *Prepared {
	f.t.Helper()
	f.cfg.Approval.RiskThreshold = 1
	return f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: name, Content: "192.0.2.10", TTL: 300}))
}

func (f *fixture) applyWith(p *Prepared, approval string) (*Result, error) {
	return f.e.Apply(f.ctx, p.Token, approval, Gate{})
}

func TestStatementCanonicalForm(t *testing.T) {
	st := Statement{Expires: time.Date(2026, 12, 6, 4, 0, 0, 0, time.UTC), Plans: []StatementPlan{
		{ID: "bbbbbbbbbbbbbbbb", Digest: strings.Repeat("b", 64)},
		{ID: "aaaaaaaaaaaaaaaa", Digest: strings.Repeat("a", 64), Overrides: []string{"@ NS", "@ MX"}},
	}}
	want := "cfplane-approval v1\nexpires 2026-12-06T04:00:00Z\nplan aaaaaaaaaaaaaaaa sha256:" + strings.Repeat("a", 64) +
		"\noverride aaaaaaaaaaaaaaaa @ MX\noverride aaaaaaaaaaaaaaaa @ NS\nplan bbbbbbbbbbbbbbbb sha256:" + strings.Repeat("b", 64) + "\n"
	if got := string(st.Canonical()); got != want {
		t.Fatalf("canonical:\n%s\nwant:\n%s", got, want)
	}
	back, err := ParseStatement(strings.Split(strings.TrimSuffix(want, "\n"), "\n"))
	if err != nil || string(back.Canonical()) != want {
		t.Fatalf("round trip: %v", err)
	}
	// Reordered lines are not canonical; a stray line is named.
	l := strings.Split(strings.TrimSuffix(want, "\n"), "\n")
	l[2], l[5] = l[5], l[2]
	if _, err := ParseStatement(l); err == nil {
		t.Error("a reordered statement parsed")
	}
	if _, err := ParseStatement([]string{"cfplane-approval v1", "expires 2026-12-06T04:00:00Z", "approve everything"}); err == nil || !strings.Contains(err.Error(), "accepted lines are") {
		t.Errorf("stray line: %v", err)
	}
}

func TestAllowedSignersFormat(t *testing.T) {
	a, b := newTestKey(t, "alice"), newTestKey(t, "bob")
	file := "# team\n\n" + a.line(`namespaces="git,cfplane-approval"`) + " alice's laptop\n" +
		`"bob@example.com,bob" ` + b.line(`valid-before="20200101"`)[len("bob "):] + "\n"
	ss, err := ParseAllowedSigners("as", []byte(file))
	if err != nil || len(ss) != 2 {
		t.Fatalf("%+v %v", ss, err)
	}
	if ss[0].Principal != "alice" || len(ss[0].Namespaces) != 2 || ss[1].Principal != "bob@example.com" || ss[1].ValidBefore.Year() != 2020 {
		t.Fatalf("%+v", ss)
	}
	if !ss[0].allows(time.Now()) || ss[1].allows(time.Now()) {
		t.Error("validity")
	}
	gitOnly, _ := ParseAllowedSigners("as", []byte(a.line(`namespaces="git"`)))
	if gitOnly[0].allows(time.Now()) {
		t.Error("a key limited to namespace git signs approvals")
	}
	for _, bad := range []string{"alice", "alice ssh-ed25519 notbase64", "ca@x cert-authority " + strings.SplitN(a.line(""), " ", 2)[1]} {
		if _, err := ParseAllowedSigners("as", []byte(bad)); err == nil || !strings.Contains(err.Error(), "as:1") {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func TestApprovalBySSHSignature(t *testing.T) {
	f := newFixture(t, nil)
	alice := newTestKey(t, "alice@example.com")
	f.allow(alice)
	before := f.state()
	p := f.approvalPlan("sig")
	if _, err := f.applyWith(p, ""); err == nil || !strings.Contains(err.Error(), "cloudflare_safe approve "+p.Plan.ID) {
		t.Fatalf("no approval: %v", err)
	}
	// The key file the person holds signs; the server only has the .pub.
	s, err := KeyFileSigner(alice.file)
	if err != nil {
		t.Fatal(err)
	}
	text := signApproval(t, time.Hour, s, p)
	// Pasting through a chat adds indentation and CRLF.
	pasted := "  " + strings.ReplaceAll(text, "\n", "\r\n  ")
	r, err := f.applyWith(p, pasted)
	if err != nil || r.Status != StatusApplied {
		t.Fatalf("%+v %v", r, err)
	}
	if len(r.Approvers) != 1 || r.Approvers[0].Principal != "alice@example.com" || r.Approvers[0].Fingerprint != ssh.FingerprintSHA256(alice.signer.PublicKey()) {
		t.Fatalf("approvers: %+v", r.Approvers)
	}
	if raw, err := audit.DecodeCheckpoint([]byte(r.Checkpoint)); err != nil || !strings.HasPrefix(string(raw), audit.Origin+"\n") {
		t.Fatalf("checkpoint: %q", r.Checkpoint)
	}
	logb, _ := os.ReadFile(f.e.AuditPath())
	if !strings.Contains(string(logb), `"approvers":[{"principal":"alice@example.com","key":"SHA256:`) {
		t.Errorf("audit names no approver: %s", logb)
	}
	if f.state() == before {
		t.Error("nothing applied")
	}
}

func TestApprovalRefusals(t *testing.T) {
	f := newFixture(t, nil)
	alice, mallory := newTestKey(t, "alice"), newTestKey(t, "mallory")
	f.allow(alice)
	p := f.approvalPlan("ref1")
	other := f.approvalPlan("ref2")
	before := f.state()
	wrongNS := func() string {
		st := stmtOf(time.Hour, p)
		sig, _ := SignStatement(st, alice.signer)
		sig.Namespace = "git"
		return FormatApproval(st, sig)
	}()
	tampered := strings.Replace(signApproval(t, time.Hour, alice.signer, p), "expires ", "expires 1", 1)
	cases := map[string]struct{ text, want string }{
		"expired":        {signApproval(t, -time.Minute, alice.signer, p), "expired at"},
		"too long":       {signApproval(t, 48*time.Hour, alice.signer, p), "more than 24h"},
		"wrong plan":     {signApproval(t, time.Hour, alice.signer, other), "does not name plan " + p.Plan.ID},
		"unknown key":    {signApproval(t, time.Hour, mallory.signer, p), "is not in approval.allowed_signers"},
		"namespace":      {wrongNS, "namespace"},
		"no signature":   {string(stmtOf(time.Hour, p).Canonical()), "has no signature"},
		"old code":       {"AP-AAAA-BBBB-CCCC-DDDD", "old shared-key scheme"},
		"garbage":        {"approve it please", "starts with the line"},
		"altered expiry": {tampered, "expires"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := f.applyWith(p, c.text)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want %q", err, c.want)
			}
		})
	}
	// Signed for other content of the same plan id.
	forged := *p
	forged.Digest = strings.Repeat("0", 64)
	if _, err := f.applyWith(p, signApproval(t, time.Hour, alice.signer, &forged)); err == nil || !strings.Contains(err.Error(), "another digest") {
		t.Fatalf("digest: %v", err)
	}
	// The statement's expiry edited after signing: the signature fails.
	st := stmtOf(time.Hour, p)
	sig, _ := SignStatement(st, alice.signer)
	st.Expires = st.Expires.Add(time.Hour)
	if _, err := f.applyWith(p, FormatApproval(st, sig)); err == nil || !strings.Contains(err.Error(), "does not verify") {
		t.Fatalf("edited statement: %v", err)
	}
	if f.state() != before {
		t.Fatal("a refused approval changed the zone")
	}
}

func TestProtectedOverrideMustBeSigned(t *testing.T) {
	f := newFixture(t, nil)
	alice := newTestKey(t, "alice")
	f.allow(alice)
	mx := f.recordByName(f.snap(), "MX", mainZone.Name)
	v, _ := DecodeRecord(mx.Value)
	v.Priority = ptr(42)
	op, err := UpdateRecordOp(mainZone.Name, mx, v)
	if err != nil {
		t.Fatal(err)
	}
	p := f.prepare(f.snap(), op)
	if len(p.Plan.Approval.Overrides) != 1 {
		t.Fatalf("%+v", p.Plan.Approval)
	}
	noOverride := *p
	noOverride.Plan = &Plan{ID: p.Plan.ID}
	if _, err := f.applyWith(p, signApproval(t, time.Hour, alice.signer, &noOverride)); err == nil || !strings.Contains(err.Error(), "does not name the override(s) @ MX") {
		t.Fatalf("%v", err)
	}
	if r, err := f.applyWith(p, signApproval(t, time.Hour, alice.signer, p)); err != nil || r.Status != StatusApplied {
		t.Fatalf("%+v %v", r, err)
	}
}

func ptr[T any](v T) *T { return &v }

func TestTwoRequiredSigners(t *testing.T) {
	f := newFixture(t, nil)
	alice, bob, alice2 := newTestKey(t, "alice"), newTestKey(t, "bob"), newTestKey(t, "alice")
	f.allow(alice, bob, alice2)
	f.cfg.Approval.RequiredSigners = []cfgSignerRule{{Signers: 2, MinRisk: 1}}
	p := f.approvalPlan("two")
	one := signApproval(t, time.Hour, alice.signer, p)
	if _, err := f.applyWith(p, one); err == nil || !strings.Contains(err.Error(), "1 valid signature(s) of distinct approvers") || !strings.Contains(err.Error(), "2 needed") {
		t.Fatalf("one signer: %v", err)
	}
	// The same person with a second key is still one person.
	if _, err := f.applyWith(p, one+signApproval(t, time.Hour, alice2.signer, p)); err == nil || !strings.Contains(err.Error(), "2 needed") {
		t.Fatalf("same principal twice: %v", err)
	}
	// Two people: separate statements concatenated, or one statement with
	// both signatures.
	st := stmtOf(time.Hour, p)
	s1, _ := SignStatement(st, alice.signer)
	s2, _ := SignStatement(st, bob.signer)
	r, err := f.applyWith(p, FormatApproval(st, s1, s2))
	if err != nil || len(r.Approvers) != 2 {
		t.Fatalf("%+v %v", r, err)
	}
	q := f.approvalPlan("two-b")
	if r, err := f.applyWith(q, signApproval(t, time.Hour, bob.signer, q)+"\n"+signApproval(t, 30*time.Minute, alice.signer, q)); err != nil || len(r.Approvers) != 2 {
		t.Fatalf("%+v %v", r, err)
	}
	// A rule by protected object does not apply to a plan without it.
	f.cfg.Approval.RequiredSigners = []cfgSignerRule{{Signers: 2, Protected: []string{"@ NS"}}}
	z := f.approvalPlan("one-ok")
	if r, err := f.applyWith(z, signApproval(t, time.Hour, bob.signer, z)); err != nil || len(r.Approvers) != 1 {
		t.Fatalf("%+v %v", r, err)
	}
}

func TestBatchApproval(t *testing.T) {
	f := newFixture(t, nil)
	alice := newTestKey(t, "alice")
	f.allow(alice)
	a, b, c := f.approvalPlan("batch1"), f.approvalPlan("batch2"), f.approvalPlan("batch3")
	text := signApproval(t, time.Hour, alice.signer, a, b)
	for _, p := range []*Prepared{a, b} {
		if r, err := f.applyWith(p, text); err != nil || r.Status != StatusApplied {
			t.Fatalf("%+v %v", r, err)
		}
	}
	if _, err := f.applyWith(c, text); err == nil || !strings.Contains(err.Error(), "does not name plan") {
		t.Fatalf("a plan outside the batch: %v", err)
	}
}

func TestApprovalThroughSSHAgent(t *testing.T) {
	f := newFixture(t, nil)
	alice, other := newTestKey(t, "alice"), newTestKey(t, "other")
	f.allow(alice)
	sock := filepath.Join(t.TempDir(), "agent.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	kr := agent.NewKeyring()
	kr.Add(agent.AddedKey{PrivateKey: other.priv})
	kr.Add(agent.AddedKey{PrivateKey: alice.priv, ConfirmBeforeUse: false})
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { _ = agent.ServeAgent(kr, c); c.Close() }()
		}
	}()
	allowed, err := LoadAllowedSigners(f.cfg)
	if err != nil {
		t.Fatal(err)
	}
	// The agent holds two keys; the one in allowed_signers is chosen.
	s, done, err := ApprovalSigner("", sock, allowed)
	if err != nil {
		t.Fatal(err)
	}
	defer done()
	p := f.approvalPlan("agent")
	if r, err := f.applyWith(p, signApproval(t, time.Hour, s, p)); err != nil || r.Approvers[0].Principal != "alice" {
		t.Fatalf("%+v %v", r, err)
	}
	// --key FILE.pub picks the agent's key explicitly.
	s2, done2, err := ApprovalSigner(alice.file+".pub", sock, nil)
	if err != nil || ssh.FingerprintSHA256(s2.PublicKey()) != ssh.FingerprintSHA256(alice.signer.PublicKey()) {
		t.Fatalf("%v", err)
	}
	done2()
	// The server warns when its own environment reaches this agent.
	if w := AgentExposure(allowed, sock); !strings.Contains(w, "holding approver key "+ssh.FingerprintSHA256(alice.signer.PublicKey())) {
		t.Errorf("exposure: %q", w)
	}
	if w := AgentExposure(allowed, ""); w != "" {
		t.Errorf("no agent: %q", w)
	}
	// No agent, no key: a clear error.
	if _, _, err := ApprovalSigner("", "", allowed); err == nil || !strings.Contains(err.Error(), "SSH_AUTH_SOCK") {
		t.Fatalf("%v", err)
	}
}

func TestAuditAppendFailureRefusesApply(t *testing.T) {
	f := newFixture(t, nil)
	before := f.state()
	p := f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: "unaudited", Content: "192.0.2.10", TTL: 300}))
	lg, err := f.e.AuditLog()
	if err != nil {
		t.Fatal(err)
	}
	lg.FailWrites(errors.New("disk full"))
	_, err = f.e.Apply(f.ctx, p.Token, "", Gate{})
	if err == nil || !strings.Contains(err.Error(), "audit log cannot be written (disk full); nothing was changed") {
		t.Fatalf("%v", err)
	}
	if f.state() != before {
		t.Fatal("a change ran unaudited")
	}
	lg.FailWrites(nil)
	if r := f.apply(p.Token); r.Status != StatusApplied {
		t.Fatalf("%+v", r)
	}
}

func TestTornAuditTailRepairedOnApply(t *testing.T) {
	f := newFixture(t, nil)
	p := f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: "torn", Content: "192.0.2.10", TTL: 300}))
	fh, _ := os.OpenFile(f.e.AuditPath(), os.O_APPEND|os.O_WRONLY, 0)
	fh.WriteString(`{"seq":2,"ti`)
	fh.Close()
	r := f.apply(p.Token)
	if r.Status != StatusApplied {
		t.Fatalf("%+v", r)
	}
	vkey, _ := audit.VerifierKey(f.e.AuditPath())
	v, err := audit.ReadFile(f.e.AuditPath(), vkey, []byte(r.Checkpoint))
	if err != nil {
		t.Fatal(err)
	}
	if v.Records[1].Action != "repair" {
		t.Fatalf("records: %+v", v.Records)
	}
}

func TestShortIDs(t *testing.T) {
	f := newFixture(t, nil)
	p := f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: "short", Content: "192.0.2.10", TTL: 300}))
	tok, err := f.e.ResolvePlan(p.Plan.ID[:8])
	if err != nil || tok != p.Token {
		t.Fatalf("%q %v (want %q)", tok, err, p.Token)
	}
	if tok, _ := f.e.ResolvePlan(p.Token); tok != p.Token {
		t.Fatal("a token is not passed through")
	}
	if _, err := f.e.ResolvePlan("ffffffff"); err == nil || !strings.Contains(err.Error(), "no plan") {
		t.Fatalf("%v", err)
	}
	// Two plans sharing a prefix are ambiguous.
	os.WriteFile(filepath.Join(f.dir, "plans", p.Plan.ID[:6]+"0000000000.json"), []byte("{}"), 0o600)
	if _, err := f.e.ResolvePlan(p.Plan.ID[:6]); err == nil || !strings.Contains(err.Error(), "matches 2 plans") {
		t.Fatalf("%v", err)
	}
	// The body altered on disk: the token recomputed from it differs from
	// the one issued, and an approval signed for the issued digest fails.
	pending, err := f.e.PendingPlans()
	if err != nil || len(pending) != 1 || pending[0].Plan.ID != p.Plan.ID {
		t.Fatalf("%+v %v", pending, err)
	}
}

// TestInteropWithSSHKeygen: statements signed by `ssh-keygen -Y sign` are
// accepted, and approvals cfplane makes verify with `ssh-keygen -Y verify`.
func TestInteropWithSSHKeygen(t *testing.T) {
	kg, err := exec.LookPath("ssh-keygen")
	if err != nil {
		t.Skip("ssh-keygen is not installed (apt-get install openssh-client): the interop test needs the real binary")
	}
	f := newFixture(t, nil)
	dir := t.TempDir()
	key := filepath.Join(dir, "id_ed25519")
	if out, err := exec.Command(kg, "-q", "-t", "ed25519", "-N", "", "-C", "carol", "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	pub, _ := os.ReadFile(key + ".pub")
	signers := filepath.Join(dir, "allowed_signers")
	os.WriteFile(signers, []byte(`carol namespaces="cfplane-approval" `+string(pub)), 0o644)
	f.cfg.Approval.AllowedSigners = signers
	p := f.approvalPlan("interop")
	st := stmtOf(time.Hour, p)
	stmt := filepath.Join(dir, "statement.txt")
	os.WriteFile(stmt, st.Canonical(), 0o600)
	if out, err := exec.Command(kg, "-Y", "sign", "-n", ApprovalNamespace, "-f", key, stmt).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen -Y sign: %v %s", err, out)
	}
	sigText, _ := os.ReadFile(stmt + ".sig")
	// What a person pastes: `cat statement.txt statement.txt.sig`.
	r, err := f.applyWith(p, string(st.Canonical())+string(sigText))
	if err != nil || r.Approvers[0].Principal != "carol" {
		t.Fatalf("%+v %v", r, err)
	}
	// The other way: a cfplane signature, checked by ssh-keygen.
	s, err := KeyFileSigner(key)
	if err != nil {
		t.Fatal(err)
	}
	q := f.approvalPlan("interop2")
	st2 := stmtOf(time.Hour, q)
	sig, _ := SignStatement(st2, s)
	sigFile := filepath.Join(dir, "ours.sig")
	os.WriteFile(sigFile, []byte(ArmorSignature(sig)), 0o600)
	cmd := exec.Command(kg, "-Y", "verify", "-f", signers, "-I", "carol", "-n", ApprovalNamespace, "-s", sigFile)
	cmd.Stdin = strings.NewReader(string(st2.Canonical()))
	if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "Good \"cfplane-approval\" signature for carol") {
		t.Fatalf("ssh-keygen -Y verify: %v %s", err, out)
	}
	// ssh-keygen refuses it under another namespace, as cfplane refuses
	// signatures made for git.
	cmd = exec.Command(kg, "-Y", "verify", "-f", signers, "-I", "carol", "-n", "git", "-s", sigFile)
	cmd.Stdin = strings.NewReader(string(st2.Canonical()))
	if err := cmd.Run(); err == nil {
		t.Fatal("ssh-keygen accepted the approval as a git signature")
	}
}
