//go:build e2e

package e2e

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"
)

// pgCanary is a password in the state store URL: the servers must never
// print or return it. (The scratch PostgreSQL trusts loopback, so it is
// never checked.)
const pgCanary = "pgE2Ecanary_Qm4Vt9Lx2Rw7"

// shopZoneID is the seeded example.shop; cfsim delays its first DNS batch
// write (8 s) so an apply there pauses with its intent journaled.
const shopZoneID = "55ed1fee335d541506bd6051002d5de3"

// TestTwoReplicasOnPostgres runs one cfsim and two cloudflare_safe
// processes on one PostgreSQL database: a plan made on A applies on B; the
// same plan applied on both at once applies once; the zone budget holds
// across both; A killed with SIGKILL mid-apply leaves the change
// interrupted, and B rolls it back; both appended to the one audit log in
// the store, which `audit verify` proves.
func TestTwoReplicasOnPostgres(t *testing.T) {
	if os.Getenv("CFPLANE_E2E") == "" {
		t.Skip("end-to-end tests run with `make e2e` (CFPLANE_E2E=1)")
	}
	pgURL := os.Getenv("CFPLANE_TEST_POSTGRES")
	if pgURL == "" {
		t.Skip("CFPLANE_TEST_POSTGRES is not set: the two-replica PostgreSQL test needs a scratch database (.ci/run starts one; locally: export CFPLANE_TEST_POSTGRES=$(scripts/postgres-test.sh start))")
	}
	bin := os.Getenv("CFPLANE_BIN")
	if bin == "" {
		t.Fatal("CFPLANE_BIN is not set; run `make e2e`")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	leaks := &leakCheck{}
	start := time.Now()

	// A schema of its own on the scratch database.
	schema := fmt.Sprintf("cfplane_e2e_%d", time.Now().UnixNano())
	admin, err := pgx.Connect(ctx, pgURL)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_, _ = admin.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		admin.Close(context.Background())
	})
	storeURL := withPassword(pgURL, pgCanary)
	if strings.Contains(storeURL, "?") {
		storeURL += "&search_path=" + schema
	} else {
		storeURL += "?search_path=" + schema
	}

	sim := startCfsim(t, leaks, bin, "POST:/zones/"+shopZoneID+"/dns_records/batch:delay:8s:1")
	cfg := filepath.Join(t.TempDir(), "cfplane.yaml")
	if err := os.WriteFile(cfg, []byte("writes: enabled\nbudgets:\n  max_applies_per_zone_per_hour: 4\ncloudflare:\n  timeout: 2m\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	a := startReplica(t, leaks, bin, "A", sim, cfg, storeURL)
	b := startReplica(t, leaks, bin, "B", sim, cfg, storeURL)

	// 1. A plan made on A is applied on B.
	p := a.call(t, ctx, "dns_record_manage", map[string]any{"zone": "example.com", "action": "create",
		"record": map[string]any{"type": "A", "name": "replica-1.example.com", "content": "192.0.2.81", "proxied": false}})
	planID := dig(p.s, "plan", "plan_id")
	if planID == "" {
		t.Fatalf("no plan_id: %s", p.text)
	}
	r := b.call(t, ctx, "change_apply", map[string]any{"plan_id": planID})
	if r.isErr || r.s["status"] != "applied" {
		t.Fatalf("apply on B of A's plan: %s", r.text)
	}
	firstCheckpoint, _ := r.s["audit_checkpoint"].(string)
	if !strings.HasPrefix(firstCheckpoint, "cfcp1.") {
		t.Fatalf("no audit checkpoint in B's apply: %s", r.text)
	}

	t.Logf("%s: %s", time.Since(start).Round(time.Millisecond), "plan on A applied on B")
	// 2. The same plan applied on both at once applies once.
	p = a.call(t, ctx, "dns_record_manage", map[string]any{"zone": "example.com", "action": "create",
		"record": map[string]any{"type": "A", "name": "replica-2.example.com", "content": "192.0.2.82", "proxied": false}})
	planID = dig(p.s, "plan", "plan_id")
	res := make([]result, 2)
	var wg sync.WaitGroup
	for i, rep := range []*replica{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = rep.call(t, ctx, "change_apply", map[string]any{"plan_id": planID})
		}()
	}
	wg.Wait()
	applied := 0
	for i, x := range res {
		switch {
		case !x.isErr && x.s["status"] == "applied":
			applied++
		case x.isErr && (strings.Contains(x.text, "already applied") || strings.Contains(x.text, "being applied")):
		default:
			t.Errorf("replica %d: %s", i, x.text)
		}
	}
	if applied != 1 {
		t.Fatalf("the same plan on both replicas: %d applied, want 1: %s | %s", applied, res[0].text, res[1].text)
	}

	t.Logf("%s: %s", time.Since(start).Round(time.Millisecond), "same plan on both: applied once")
	// 3. The budget (4 applies per zone and hour; 2 used) holds across
	// both: of 4 plans applied 2 on each replica at once, 2 apply.
	var toks []string
	for i := 0; i < 4; i++ {
		p := a.call(t, ctx, "dns_record_manage", map[string]any{"zone": "example.com", "action": "create",
			"record": map[string]any{"type": "TXT", "name": fmt.Sprintf("budget-%d.example.com", i), "content": "x"}})
		toks = append(toks, dig(p.s, "plan", "plan_id"))
	}
	res = make([]result, 4)
	for i, tok := range toks {
		rep := a
		if i%2 == 1 {
			rep = b
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = rep.call(t, ctx, "change_apply", map[string]any{"plan_id": tok})
		}()
	}
	wg.Wait()
	applied, refused := 0, 0
	for _, x := range res {
		switch {
		case !x.isErr && x.s["status"] == "applied":
			applied++
		case x.isErr && strings.Contains(x.text, "max_applies_per_zone_per_hour"):
			refused++
		default:
			t.Errorf("budget apply: %s", x.text)
		}
	}
	if applied != 2 || refused != 2 {
		t.Fatalf("budget across replicas: %d applied, %d refused; want 2 and 2", applied, refused)
	}

	t.Logf("%s: %s", time.Since(start).Round(time.Millisecond), "budget held across replicas")
	// 4. kill -9 of A mid-apply: cfsim holds A's write to example.shop;
	// B sees the change applying (A holds the zone's advisory lock), then
	// interrupted once A is gone, and rolls it back.
	p = a.call(t, ctx, "dns_record_manage", map[string]any{"zone": "example.shop", "action": "create",
		"record": map[string]any{"type": "A", "name": "crash.example.shop", "content": "192.0.2.83", "proxied": false}})
	planID = dig(p.s, "plan", "plan_id")
	go func() { a.call(t, ctx, "change_apply", map[string]any{"plan_id": planID}) }()
	changeID, last := "", ""
	waitFor(t, 20*time.Second, "B to see A's change applying", func() bool {
		l := b.call(t, ctx, "change_list", map[string]any{"zone": "example.shop", "detail": true})
		changeID, last = findChange(l.s, planID, "applying"), l.text
		return changeID != ""
	}, &last)
	t.Logf("%s: %s", time.Since(start).Round(time.Millisecond), "B sees the change applying")
	if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = a.cmd.Wait()
	waitFor(t, 20*time.Second, "B to see the change interrupted", func() bool {
		l := b.call(t, ctx, "change_list", map[string]any{"zone": "example.shop", "detail": true})
		last = l.text
		return findChange(l.s, planID, "interrupted") == changeID
	}, &last)
	t.Logf("%s: %s", time.Since(start).Round(time.Millisecond), "B sees the change interrupted")
	rb := b.call(t, ctx, "change_rollback", map[string]any{"change_id": changeID})
	t.Logf("%s: %s", time.Since(start).Round(time.Millisecond), "rollback planned on B")
	rbPlan := dig(rb.s, "plan", "plan_id")
	if rb.isErr || rbPlan == "" {
		t.Fatalf("rollback on B: %s", rb.text)
	}
	r = b.call(t, ctx, "change_apply", map[string]any{"plan_id": rbPlan})
	if r.isErr || r.s["status"] != "applied" {
		t.Fatalf("rollback apply on B: %s", r.text)
	}
	l := b.call(t, ctx, "change_list", map[string]any{"zone": "example.shop", "detail": true})
	if findChange(l.s, planID, "rolled_back") != changeID {
		t.Errorf("the interrupted change is not rolled back: %s", l.text)
	}
	// The write A had in flight landed after A died (cfsim finished it);
	// B's rollback waited for it and removed it.
	if ls := b.call(t, ctx, "dns_record_manage", map[string]any{"zone": "example.shop", "action": "list", "limit": 100}); ls.isErr || strings.Contains(ls.text, "crash.example.shop") || !strings.Contains(ls.text, "example.shop") {
		t.Errorf("after the rollback: %s", ls.text)
	}
	t.Logf("%s: %s", time.Since(start).Round(time.Millisecond), "kill -9 of A: interrupted, rolled back on B")
	if resp, err := http.Get(b.base + "/healthz"); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("B /healthz: %v %v", resp, err)
	}
	b.stop()
	// 5. Both replicas appended to the one audit log in the store: `audit
	// verify` on the shared store proves every record, tree hash and the
	// signed head, extends the checkpoint B's first apply returned, counts
	// the records of both replicas, and finds every journaled outcome.
	cp := filepath.Join(t.TempDir(), "checkpoint")
	if err := os.WriteFile(cp, []byte(firstCheckpoint+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	verify := exec.Command(filepath.Join(bin, "cloudflare_safe"), "audit", "verify", "--config", cfg, "--checkpoint", cp)
	verify.Env = append(os.Environ(), "CFPLANE_STATE_STORE="+storeURL)
	vout, err := verify.CombinedOutput()
	leaks.add("audit verify", vout)
	t.Logf("audit verify: %s", vout)
	if err != nil || !strings.Contains(string(vout), "records from 2 replica(s)") || !strings.Contains(string(vout), "extends 2 checkpoint(s)") ||
		!strings.Contains(string(vout), "each with its audit record") {
		t.Errorf("audit verify on the shared store: %v: %s", err, vout)
	}
	// No secret in any stored audit record (the Cloudflare token canary,
	// the database password).
	rows, err := admin.Query(ctx, "SELECT seq, body FROM "+schema+".cfplane_audit_log ORDER BY seq")
	if err != nil {
		t.Fatal(err)
	}
	nrec := 0
	for rows.Next() {
		var seq int64
		var body []byte
		if err := rows.Scan(&seq, &body); err != nil {
			t.Fatal(err)
		}
		nrec++
		if strings.Contains(string(body), canary) || strings.Contains(string(body), pgCanary) {
			t.Errorf("audit record %d holds a secret", seq)
		}
	}
	rows.Close()
	if nrec == 0 {
		t.Error("no audit record in the store")
	}
	t.Logf("%s: %s", time.Since(start).Round(time.Millisecond), "audit verify on the shared store")
	leaks.check(t)
	leaks.mu.Lock()
	defer leaks.mu.Unlock()
	if strings.Contains(leaks.buf.String(), pgCanary) {
		t.Error("the state store password appears in the servers' or tests' output")
	}
}

// withPassword puts pw in the URL's user info.
func withPassword(url, pw string) string {
	i := strings.Index(url, "://")
	at := strings.Index(url, "@")
	if i < 0 || at < 0 {
		return url
	}
	user := url[i+3 : at]
	user, _, _ = strings.Cut(user, ":")
	return url[:i+3] + user + ":" + pw + url[at:]
}

func startCfsim(t *testing.T, leaks *leakCheck, bin string, faults ...string) string {
	t.Helper()
	args := []string{"--addr", "127.0.0.1:0", "--quiet"}
	for _, f := range faults {
		args = append(args, "--fault", f)
	}
	cmd := exec.Command(filepath.Join(bin, "cfsim"), args...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var errb strings.Builder
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
		leaks.add("cfsim stderr", []byte(errb.String()))
	})
	line := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(sc.Text(), "cfsim listening on "); ok {
				line <- u
			}
		}
	}()
	select {
	case u := <-line:
		return u
	case <-time.After(15 * time.Second):
		t.Fatalf("cfsim did not start: %s", errb.String())
	}
	return ""
}

type replica struct {
	name string
	base string
	cmd  *exec.Cmd
	once sync.Once
	mu   sync.Mutex
	c    *client.Client
	out  *lockedBuf
	errb *lockedBuf
	lk   *leakCheck
}

type lockedBuf struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func startReplica(t *testing.T, leaks *leakCheck, bin, name, sim, cfg, storeURL string) *replica {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(filepath.Join(bin, "cloudflare_safe"), "serve", "--transport", "http", "--addr", addr,
		"--sandbox="+sim, "--config", cfg, "--write", "--log-level", "debug")
	cmd.Env = append(os.Environ(), "CLOUDFLARE_API_TOKEN="+canary, "XDG_STATE_HOME="+t.TempDir(), "CFPLANE_STATE_STORE="+storeURL)
	r := &replica{name: name, base: "http://" + addr, cmd: cmd, out: &lockedBuf{}, errb: &lockedBuf{}, lk: leaks}
	cmd.Stdout, cmd.Stderr = r.out, r.errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.stop)
	waitFor(t, 20*time.Second, name+" /healthz", func() bool {
		resp, err := http.Get(r.base + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	return r
}

func (r *replica) stop() {
	r.once.Do(func() {
		if r.cmd.ProcessState == nil {
			_ = r.cmd.Process.Signal(os.Interrupt)
			done := make(chan struct{})
			go func() { _ = r.cmd.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				_ = r.cmd.Process.Kill()
				<-done
			}
		}
		r.lk.add(r.name+" stdout", []byte(r.out.String()))
		r.lk.add(r.name+" stderr", []byte(r.errb.String()))
	})
}

type result struct {
	isErr bool
	text  string
	s     map[string]any
}

// call runs one tool on the replica (a fresh MCP session per call: the
// HTTP transport is stateless).
func (r *replica) call(t *testing.T, ctx context.Context, name string, args map[string]any) result {
	c, err := client.NewStreamableHttpClient(r.base + "/mcp")
	if err != nil {
		t.Errorf("%s client: %v", r.name, err)
		return result{isErr: true, text: err.Error()}
	}
	defer c.Close()
	cctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	if err := c.Start(cctx); err != nil {
		return result{isErr: true, text: err.Error()}
	}
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	init.Params.ClientInfo = mcp.Implementation{Name: "cfplane-e2e", Version: "1"}
	if _, err := c.Initialize(cctx, init); err != nil {
		return result{isErr: true, text: "initialize: " + err.Error()}
	}
	req := mcp.CallToolRequest{}
	req.Params.Name, req.Params.Arguments = name, args
	res, err := c.CallTool(cctx, req)
	if err != nil {
		return result{isErr: true, text: err.Error()}
	}
	out := result{isErr: res.IsError}
	for _, c := range res.Content {
		if tc, ok := c.(mcp.TextContent); ok {
			out.text += tc.Text
		}
	}
	b, _ := json.Marshal(res.StructuredContent)
	_ = json.Unmarshal(b, &out.s)
	r.lk.add(r.name+" "+name+" result", append([]byte(out.text), b...))
	return out
}

func dig(m map[string]any, keys ...string) string {
	var cur any = m
	for _, k := range keys {
		mm, ok := cur.(map[string]any)
		if !ok {
			return ""
		}
		cur = mm[k]
	}
	s, _ := cur.(string)
	return s
}

// findChange returns the id of the change that applied planID (the full
// token, or the short id change_list shows) when its status is status.
func findChange(s map[string]any, planID, status string) string {
	b, _ := json.Marshal(s)
	var l struct {
		Changes []struct {
			ChangeID string `json:"change_id"`
			PlanID   string `json:"plan_id"`
			Status   string `json:"status"`
		} `json:"changes"`
	}
	_ = json.Unmarshal(b, &l)
	for _, c := range l.Changes {
		if (c.PlanID == planID || c.PlanID == shortID(planID)) && c.Status == status {
			return c.ChangeID
		}
	}
	return ""
}

// shortID is the plan id inside a plan token (cfp1.PAYLOAD.SIG: the first
// 8 bytes of the payload, hex), as change_list shows it.
func shortID(tok string) string {
	pay, _, _ := strings.Cut(strings.TrimPrefix(tok, "cfp1."), ".")
	b, err := base64.RawURLEncoding.DecodeString(pay)
	if err != nil || len(b) < 8 {
		return ""
	}
	return hex.EncodeToString(b[:8])
}

func waitFor(t *testing.T, d time.Duration, what string, ok func() bool, last ...*string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			seen := ""
			if len(last) > 0 {
				seen = *last[0]
			}
			t.Fatalf("timed out after %s waiting for %s; last seen: %s", d, what, seen)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
