package main

import (
	"bufio"
	"bytes"
	"errors"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The test binary re-runs itself as cfsim when this variable is set.
const runMain = "CFSIM_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMain) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

func selfAsCfsim(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), runMain+"=1")
	return cmd
}

func TestNonLoopbackExitsTwo(t *testing.T) {
	var stdout, stderr bytes.Buffer
	cmd := selfAsCfsim("--addr", "0.0.0.0:8787")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 {
		t.Fatalf("want exit 2, got %v", err)
	}
	if lines := strings.Split(strings.TrimSpace(stderr.String()), "\n"); len(lines) != 1 || !strings.Contains(lines[0], "not loopback") || stdout.Len() != 0 {
		t.Fatalf("stderr %q stdout %q", stderr.String(), stdout.String())
	}
}

func TestServesUntilSIGTERM(t *testing.T) {
	cmd := selfAsCfsim("--addr", "127.0.0.1:0", "--quiet")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("no listening line: %v, stderr %s", err, stderr.String())
	}
	base, ok := strings.CutPrefix(strings.TrimSpace(line), "cfsim listening on ")
	if !ok {
		t.Fatalf("listening line: %q", line)
	}
	req, _ := http.NewRequest("GET", base+"/user/tokens/verify", nil)
	req.Header.Set("Authorization", "Bearer t")
	res, err := http.DefaultClient.Do(req)
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("verify: %v %v", res, err)
	}
	res.Body.Close()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v (stderr %s)", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("cfsim did not stop on SIGTERM")
	}
	if !strings.Contains(stderr.String(), "cfsim: stopped") {
		t.Fatalf("stderr: %s", stderr.String())
	}
}

func TestVersion(t *testing.T) {
	out, err := selfAsCfsim("version").Output()
	if err != nil || !strings.HasPrefix(string(out), "cfsim ") {
		t.Fatalf("cfsim version: %q, %v", out, err)
	}
}

func TestListenAnyFlag(t *testing.T) {
	var stderr bytes.Buffer
	cmd := selfAsCfsim("--addr", "0.0.0.0:8787")
	cmd.Stderr = &stderr
	if err := cmd.Run(); err == nil || !strings.Contains(stderr.String(), "--listen-any") {
		t.Fatalf("the refusal should name --listen-any: %v %q", err, stderr.String())
	}
	stderr.Reset()
	cmd = selfAsCfsim("--addr", "cfsim", "--listen-any")
	cmd.Stderr = &stderr
	var ee *exec.ExitError
	if err := cmd.Run(); !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(stderr.String(), "missing port") {
		t.Fatalf("a bad address with --listen-any: %v %q", err, stderr.String())
	}
}
