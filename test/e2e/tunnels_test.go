//go:build e2e

package e2e

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"
)

// stdioServer is cloudflare_safe over stdio, driven line by line with
// JSON-RPC (the flow needs a person's approval and out-of-band API changes
// between calls, which a fixed list of calls cannot do).
type stdioServer struct {
	t      *testing.T
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Reader
	stderr *syncBuffer
	id     int
	leaks  *leakCheck
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

func (s *syncBuffer) Bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]byte(nil), s.b.Bytes()...)
}

func startStdio(t *testing.T, leaks *leakCheck, env []string, bin string, args ...string) *stdioServer {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	in, _ := cmd.StdinPipe()
	outp, _ := cmd.StdoutPipe()
	s := &stdioServer{t: t, cmd: cmd, in: in, out: bufio.NewReaderSize(outp, 1<<20), stderr: &syncBuffer{}, leaks: leaks}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		in.Close()
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	s.rpc("initialize", map[string]any{"protocolVersion": "2025-06-18", "capabilities": map[string]any{},
		"clientInfo": map[string]any{"name": "cfplane-e2e-tunnels", "version": "1"}})
	s.send(map[string]any{"jsonrpc": "2.0", "method": "notifications/initialized"})
	return s
}

func (s *stdioServer) send(m map[string]any) {
	b, _ := json.Marshal(m)
	if _, err := s.in.Write(append(b, '\n')); err != nil {
		s.t.Fatalf("write to the server: %v\nstderr:\n%s", err, s.stderr.Bytes())
	}
}

func (s *stdioServer) rpc(method string, params any) json.RawMessage {
	s.t.Helper()
	s.id++
	s.send(map[string]any{"jsonrpc": "2.0", "id": s.id, "method": method, "params": params})
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		line, err := s.out.ReadBytes('\n')
		if err != nil {
			s.t.Fatalf("%s: reading the answer: %v\nstderr:\n%s", method, err, s.stderr.Bytes())
		}
		s.leaks.add("tunnels flow stdout", line)
		var m struct {
			ID     *int            `json:"id"`
			Result json.RawMessage `json:"result"`
			Error  json.RawMessage `json:"error"`
		}
		if json.Unmarshal(line, &m) != nil || m.ID == nil || *m.ID != s.id {
			continue // a notification
		}
		if len(m.Error) > 0 {
			s.t.Fatalf("%s: JSON-RPC error %s", method, m.Error)
		}
		return m.Result
	}
	s.t.Fatalf("%s: no answer", method)
	return nil
}

// tool calls a tool and returns its structured result, its text and
// whether it is a tool error.
func (s *stdioServer) tool(name string, args map[string]any) (map[string]any, string, bool) {
	s.t.Helper()
	raw := s.rpc("tools/call", map[string]any{"name": name, "arguments": args})
	var r struct {
		IsError bool `json:"isError"`
		Content []struct {
			Text string `json:"text"`
		} `json:"content"`
		Structured map[string]any `json:"structuredContent"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		s.t.Fatalf("%s: %v", name, err)
	}
	var text strings.Builder
	for _, c := range r.Content {
		text.WriteString(c.Text)
	}
	return r.Structured, text.String(), r.IsError
}

// ok calls a tool that must succeed.
func (s *stdioServer) ok(name string, args map[string]any) map[string]any {
	s.t.Helper()
	st, text, isErr := s.tool(name, args)
	if isErr {
		s.t.Fatalf("%s %v: %s", name, args, text)
	}
	return st
}

// refused calls a tool that must fail with want in its error.
func (s *stdioServer) refused(name string, args map[string]any, want string) {
	s.t.Helper()
	_, text, isErr := s.tool(name, args)
	if !isErr || !strings.Contains(text, want) {
		s.t.Fatalf("%s %v: want an error containing %q, got %s", name, args, want, text)
	}
}

func field(m map[string]any, path ...string) any {
	var cur any = m
	for _, p := range path {
		mm, _ := cur.(map[string]any)
		cur = mm[p]
	}
	return cur
}

// TestTunnelFlow is the tunnel story over stdio against a cfsim on
// loopback: publish → plan shows ingress and DNS with their effects →
// apply → health consistent → unpublish → rollback restores it; an
// emergency unpublish of two hostnames approved per approval.emergency; a
// plan made stale by a configuration change through the API is refused;
// create and rotate. Neither the API token canary nor the tunnel's token
// appears in any result, error or the server's stderr.
func TestTunnelFlow(t *testing.T) {
	bin := binDir(t)
	leaks := &leakCheck{}
	dir := t.TempDir()

	// cfsim on loopback, so the test can change the configuration out of band.
	sim := exec.Command(filepath.Join(bin, "cfsim"), "--addr", "127.0.0.1:0")
	simOut, _ := sim.StdoutPipe()
	sim.Stderr = io.Discard
	if err := sim.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Process.Kill(); sim.Wait() })
	first, err := bufio.NewReader(simOut).ReadString('\n')
	if err != nil || !strings.HasPrefix(first, "cfsim listening on ") {
		t.Fatalf("cfsim: %q %v", first, err)
	}
	simURL := strings.TrimSpace(strings.TrimPrefix(first, "cfsim listening on "))

	// The on-call approver of emergencies.
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	blk, _ := ssh.MarshalPrivateKey(priv, "oncall@example.com")
	key := filepath.Join(dir, "id_ed25519")
	os.WriteFile(key, pem.EncodeToMemory(blk), 0o600)
	pub, _ := ssh.NewPublicKey(priv.Public())
	signers := filepath.Join(dir, "allowed_signers")
	os.WriteFile(signers, []byte("oncall@example.com "+string(ssh.MarshalAuthorizedKey(pub))), 0o644)
	cfg := filepath.Join(dir, "cfplane.yaml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("writes: enabled\nstate_dir: %s\napproval:\n  allowed_signers: %s\n  emergency: {principals: [oncall@example.com]}\n",
		filepath.Join(dir, "state"), signers)), 0o600)
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "CLOUDFLARE_API_TOKEN=" + canary, "XDG_STATE_HOME=" + dir}
	safe := filepath.Join(bin, "cloudflare_safe")
	s := startStdio(t, leaks, env, safe, "--sandbox="+simURL, "--config", cfg, "--log-level", "debug")

	person := func(args ...string) string {
		t.Helper()
		c := exec.Command(safe, args...)
		c.Env = env
		var out, errb bytes.Buffer
		c.Stdout, c.Stderr = &out, &errb
		if err := c.Run(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, errb.String())
		}
		return out.String()
	}
	apply := func(p any) map[string]any {
		t.Helper()
		pv, _ := p.(map[string]any)
		id, _ := pv["plan_id"].(string)
		args := map[string]any{"plan_id": id}
		if pv["approval_required"] == true {
			args["approval"] = person("approve", id, "--key", key, "--config", cfg)
		}
		r := s.ok("change_apply", args)
		if r["status"] != "applied" {
			t.Fatalf("apply: %v", r)
		}
		return r
	}
	route := func(host string) string {
		t.Helper()
		st := s.ok("tunnel_route_manage", map[string]any{"action": "get", "tunnel": "prod-app"})
		b, _ := json.Marshal(st["tunnels"])
		if strings.Contains(string(b), `"hostname":"`+host+`"`) {
			return "routed"
		}
		return "not routed"
	}
	hostCheck := func(host string) string {
		t.Helper()
		st := s.ok("tunnel_health_check", map[string]any{"tunnel": "prod-app"})
		ts, _ := st["tunnels"].([]any)
		for _, x := range ts {
			ing, _ := x.(map[string]any)["ingress"].([]any)
			for _, r := range ing {
				rm := r.(map[string]any)
				if h, _ := rm["hostname"].(map[string]any); h != nil && h["value"] == host {
					c, _ := rm["check"].(string)
					return c
				}
			}
		}
		return "absent"
	}

	// Publish: one plan, ingress and DNS, with their effects.
	host := "e2e-svc.example.com"
	st := s.ok("tunnel_route_manage", map[string]any{"action": "publish", "zone": "example.com", "tunnel": "prod-app", "hostnames": []string{host}, "service": "http://localhost:9000"})
	pb, _ := json.Marshal(st["plan"])
	for _, want := range []string{`"tunnel_config prod-app`, `"cfargotunnel.com`, "routed through tunnel prod-app"} {
		if !strings.Contains(string(pb), strings.TrimPrefix(want, `"`)) {
			t.Fatalf("the publish plan does not show %s: %s", want, pb)
		}
	}
	apply(st["plan"])
	if c := hostCheck(host); c != "ok" {
		t.Fatalf("health after publish: %s", c)
	}
	// Unpublish, then roll the unpublish back: both sides return.
	un := apply(s.ok("tunnel_route_manage", map[string]any{"action": "unpublish", "zone": "example.com", "hostnames": []string{host}})["plan"])
	if route(host) != "not routed" || hostCheck(host) != "absent" {
		t.Fatal("unpublish left the route")
	}
	apply(s.ok("change_rollback", map[string]any{"change_id": un["change_id"]})["plan"])
	if route(host) != "routed" || hostCheck(host) != "ok" {
		t.Fatalf("the rollback did not restore ingress and DNS: %s", hostCheck(host))
	}

	// Emergency: two hostnames out at once, approved by the on-call person.
	for _, h := range []string{"e2e-a.example.com", "e2e-b.example.com"} {
		apply(s.ok("tunnel_route_manage", map[string]any{"action": "publish", "zone": "example.com", "tunnel": "prod-app", "hostnames": []string{h}, "service": "http://localhost:9001"})["plan"])
	}
	em := s.ok("tunnel_route_manage", map[string]any{"action": "emergency_unpublish", "zone": "example.com", "hostnames": []string{"e2e-a.example.com", "e2e-b.example.com"}})
	if field(em, "plan", "approval_required") != true {
		t.Fatalf("an emergency needs a person: %v", em)
	}
	s.refused("change_apply", map[string]any{"plan_id": field(em, "plan", "plan_id")}, "needs an approval")
	r := apply(em["plan"])
	if route("e2e-a.example.com") != "not routed" || route("e2e-b.example.com") != "not routed" || len(r["approvers"].([]any)) != 1 {
		t.Fatalf("emergency unpublish: %v", r)
	}

	// A configuration change through the API (same content, new version)
	// makes a plan stale: the apply is refused and nothing changes.
	stale := s.ok("tunnel_route_manage", map[string]any{"action": "publish", "zone": "example.com", "tunnel": "prod-app", "hostnames": []string{"e2e-late.example.com"}, "service": "http://localhost:9002"})
	cfgURL := strings.TrimSuffix(simURL, "/") + "/accounts/" + accountID(t, simURL) + "/cfd_tunnel/6dd4e806-79e3-5be5-a75a-b2399196c0b6/configurations"
	var cur struct {
		Result struct {
			Config json.RawMessage `json:"config"`
		} `json:"result"`
	}
	simCall(t, "GET", cfgURL, nil, &cur)
	simCall(t, "PUT", cfgURL, map[string]any{"config": cur.Result.Config}, nil)
	s.refused("change_apply", map[string]any{"plan_id": field(stale, "plan", "plan_id")}, "the live state changed since the plan was made")
	if route("e2e-late.example.com") != "not routed" {
		t.Fatal("a refused plan changed the tunnel")
	}

	// Create and rotate: the results say where the token is, never what.
	cr := s.ok("tunnel_route_manage", map[string]any{"action": "create", "zone": "example.com", "tunnel": "e2e-tunnel"})
	apply(cr["plan"])
	before := person("tunnel", "token", "e2e-tunnel", "--sandbox="+simURL, "--config", cfg)
	rot := s.ok("tunnel_route_manage", map[string]any{"action": "rotate", "zone": "example.com", "tunnel": "e2e-tunnel"})
	if !strings.Contains(fmt.Sprint(rot["note"]), "cloudflare_safe tunnel token e2e-tunnel") {
		t.Fatalf("rotate note: %v", rot["note"])
	}
	apply(rot["plan"])
	after := person("tunnel", "token", "e2e-tunnel", "--sandbox="+simURL, "--config", cfg)
	prod := person("tunnel", "token", "prod-app", "--sandbox="+simURL, "--config", cfg)
	if before == after {
		t.Fatal("the rotation did not change the token")
	}
	s.refused("tunnel_route_manage", map[string]any{"action": "rotate", "zone": "example.com", "tunnel": "nope"}, "rotate needs tunnel")
	s.ok("tunnel_health_check", map[string]any{})

	leaks.add("tunnels flow server stderr", s.stderr.Bytes())
	if len(s.stderr.Bytes()) == 0 {
		t.Fatal("the server logged nothing to stderr: the leak check would be vacuous")
	}
	leaks.check(t)
	all := leaks.buf.String()
	for _, out := range []string{before, after, prod} {
		tok := strings.TrimSpace(strings.TrimPrefix(strings.Split(out, "\n")[1], "token: "))
		if len(tok) < 40 {
			t.Fatalf("no token in %q", out)
		}
		if strings.Contains(all, tok) {
			t.Fatal("a tunnel token appeared in a result, an error or the server's stderr")
		}
	}
}

func accountID(t *testing.T, simURL string) string {
	t.Helper()
	var out struct {
		Result []struct {
			ID string `json:"id"`
		} `json:"result"`
	}
	simCall(t, "GET", strings.TrimSuffix(simURL, "/")+"/accounts", nil, &out)
	if len(out.Result) == 0 {
		t.Fatal("cfsim lists no account")
	}
	return out.Result[0].ID
}

func simCall(t *testing.T, method, url string, body any, out any) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, method, url, rd)
	req.Header.Set("Authorization", "Bearer out-of-band-operator")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("%s %s: %d %s", method, url, resp.StatusCode, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatal(err)
		}
	}
}
