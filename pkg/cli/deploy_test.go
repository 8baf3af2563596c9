package cli

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/config"
)

// A cfsim container on a compose network is not loopback: the servers reach
// it only with --sandbox-allow-remote. 0.0.0.0 is not a loopback address but
// Linux connects it to this machine, so the test stays on loopback.
func TestSandboxAllowRemote(t *testing.T) {
	srv, err := cfsim.Listen("127.0.0.1:0", cfsim.New(cfsim.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { _ = srv.Serve(ctx) }()
	remote := strings.Replace(srv.BaseURL(), "127.0.0.1", "0.0.0.0", 1)
	t.Setenv("XDG_STATE_HOME", t.TempDir())

	code, _, errOut := run(t, nil, "--sandbox="+remote)
	if code != 2 || !strings.Contains(errOut, "is not on loopback") || !strings.Contains(errOut, "--sandbox-allow-remote") {
		t.Fatalf("without the flag: exit %d %q", code, errOut)
	}
	code, _, errOut = run(t, nil, "--sandbox="+remote, "--sandbox-allow-remote")
	if code != 0 {
		t.Fatalf("with --sandbox-allow-remote: exit %d %q", code, errOut)
	}
}

func TestAuthTokenFileShapes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, c := range []struct{ path, want string }{
		{filepath.Join(dir, "missing"), "cannot read"},
		{write("short", "tooshort\n"), "the token is 8 characters; it must be one line of at least 16 characters"},
		{write("spaces", "0123456789 abcdef0123\n"), "one line without spaces"},
		{write("lines", "0123456789abcdef\nsecond-line-here\n"), "one line without spaces"},
	} {
		_, err := readAuthToken(c.path)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", filepath.Base(c.path), err, c.want)
		}
		if err != nil && strings.Contains(err.Error(), "0123456789") {
			t.Errorf("the error repeats the file's content: %v", err)
		}
	}
	tok, err := readAuthToken(write("good", "  0123456789abcdef \n"))
	if err != nil || tok != "0123456789abcdef" {
		t.Errorf("a 16-character token with surrounding space: %q %v", tok, err)
	}
	// Through the command line, the same message.
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	code, _, errOut := run(t, nil, "--sandbox", "--transport", "http", "--addr", "127.0.0.1:0", "--auth-token-file", filepath.Join(dir, "short"))
	if code != 2 || !strings.Contains(errOut, "at least 16 characters") {
		t.Errorf("serve with a short token: exit %d %q", code, errOut)
	}
}

func TestCloudflareTokenFile(t *testing.T) {
	const canary = "cfCLIcanary_5Jq3xLm7Pw2Rt5Zk8Vb1Nc4Yd6Fq"
	dir := t.TempDir()
	p := filepath.Join(dir, "cloudflare_api_token")
	if err := os.WriteFile(p, []byte(canary+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(TokenEnv, "")
	t.Setenv(TokenFileEnv, p)
	if tok, err := cloudflareToken(); err != nil || tok != canary {
		t.Fatalf("token from file: %v", err)
	}
	// The token read from the file is a secret like the variable's.
	env := &Env{}
	if got := env.Redactor().String("x " + canary); strings.Contains(got, canary) {
		t.Errorf("the file's token is not redacted: %q", got)
	}
	if err := os.WriteFile(p, []byte("a b\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := cloudflareToken(); err == nil || !strings.Contains(err.Error(), "alone on one line") {
		t.Errorf("two words: %v", err)
	}
	t.Setenv(TokenFileEnv, filepath.Join(dir, "missing"))
	if _, err := cloudflareToken(); err == nil || !strings.Contains(err.Error(), "cannot be read") {
		t.Errorf("missing file: %v", err)
	}
	// The variable wins over the file.
	t.Setenv(TokenEnv, "from-env")
	if tok, _ := cloudflareToken(); tok != "from-env" {
		t.Errorf("got %q", tok)
	}
}

func TestHealthzFollowsTheStateFolder(t *testing.T) {
	dir := t.TempDir()
	e := &Env{server: testServer()}
	d := &Deps{Config: config.Default()}
	d.Config.StateDir = filepath.Join(dir, "state")
	if err := e.ready(d)(); err != nil {
		t.Fatalf("writable: %v", err)
	}
	if left, _ := os.ReadDir(d.Config.StateDir); len(left) != 0 {
		t.Errorf("the probe left files: %v", left)
	}
	// A state "folder" that is a file (or on a volume the user cannot
	// write) is not ready.
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	d.Config.StateDir = filepath.Join(blocker, "state")
	if err := e.ready(d)(); err == nil || !strings.Contains(err.Error(), "cannot be created") {
		t.Errorf("state under a file: %v", err)
	}
	if os.Geteuid() != 0 {
		ro := filepath.Join(dir, "ro")
		if err := os.Mkdir(ro, 0o500); err != nil {
			t.Fatal(err)
		}
		d.Config.StateDir = ro
		if err := e.ready(d)(); err == nil || !strings.Contains(err.Error(), "cannot be written") || !strings.Contains(err.Error(), "fsGroup") {
			t.Errorf("read-only state folder: %v", err)
		}
	}
	// Servers without state are always ready.
	oracle := &Env{server: Server{Name: "o"}}
	if oracle.ready(d) != nil {
		t.Error("a server without state has a readiness check")
	}
}

// The HTTP listener's /healthz answers 503 while the state folder cannot be
// written, end to end through serve.
func TestServeHealthzNotReady(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "cfplane.yaml")
	if err := os.WriteFile(cfg, []byte("version: 1\nstate_dir: "+filepath.Join(blocker, "state")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	var out, errb syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		e := &Env{server: testServer(), stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
		root := newRoot(e)
		root.SetArgs([]string{"--sandbox", "--transport", "http", "--addr", addr, "--config", cfg})
		if err := root.ExecuteContext(ctx); err != nil {
			errb.Write([]byte(err.Error()))
			done <- 1
			return
		}
		done <- 0
	}()
	defer func() { cancel(); <-done }()
	var resp *http.Response
	var err error
	for i := 0; i < 200; i++ {
		resp, err = http.Get("http://" + addr + "/healthz")
		if err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("no HTTP listener: %v (stderr %s)", err, errb.String())
	}
	var body bytes.Buffer
	_, _ = body.ReadFrom(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body.String(), "not ready") {
		t.Errorf("healthz: %d %s", resp.StatusCode, body.String())
	}
}

// --metrics-addr serves the health endpoints beside stdio, without a token.
func TestMetricsAddrBesideStdio(t *testing.T) {
	t.Setenv(TokenEnv, "")
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	addr := freeAddr(t)
	pr, pw := io.Pipe()
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() { done <- Run(testServer(), []string{"--sandbox", "--metrics-addr", addr}, pr, &out, &errb) }()
	var resp *http.Response
	var err error
	for i := 0; i < 200; i++ {
		if resp, err = http.Get("http://" + addr + "/healthz"); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	pw.Close()
	if err != nil {
		t.Fatalf("no ops listener: %v (stderr %s)", err, errb.String())
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("healthz: %d", resp.StatusCode)
	}
	if code := <-done; code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
}
