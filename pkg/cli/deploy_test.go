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
	"github.com/cfplane/cfplane/pkg/clicore"
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
		done <- clicore.RunContext(ctx, testServer().Core(), []string{"--sandbox", "--transport", "http", "--addr", addr, "--config", cfg}, strings.NewReader(""), &out, &errb)
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

func TestShortAuthTokenRefused(t *testing.T) {
	p := filepath.Join(t.TempDir(), "short")
	if err := os.WriteFile(p, []byte("tooshort\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	code, _, errOut := run(t, nil, "--sandbox", "--transport", "http", "--addr", "127.0.0.1:0", "--auth-token-file", p)
	if code != 2 || !strings.Contains(errOut, "at least 16 characters") {
		t.Errorf("serve with a short token: exit %d %q", code, errOut)
	}
}
