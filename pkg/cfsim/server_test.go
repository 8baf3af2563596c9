package cfsim

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfsim/contract"
)

func TestCheckLoopback(t *testing.T) {
	for addr, ok := range map[string]bool{
		"127.0.0.1:8787": true, "127.5.5.5:1": true, "[::1]:8787": true, "localhost:0": true,
		"0.0.0.0:8787": false, ":8787": false, "192.0.2.1:80": false, "[::]:80": false, "example.com:80": false, "127.0.0.1": false,
	} {
		if err := CheckLoopback(addr); (err == nil) != ok {
			t.Errorf("%s: err=%v", addr, err)
		}
	}
	if _, err := Listen("0.0.0.0:0", New(Options{})); err == nil {
		t.Fatal("Listen accepted a non-loopback address")
	}
}

func TestListenAndServeOverSocket(t *testing.T) {
	sim := New(Options{})
	srv, err := Listen("127.0.0.1:0", sim)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx) }()
	req, _ := http.NewRequest("GET", srv.BaseURL()+"/zones/"+SeedZoneMainID, nil)
	req.Header.Set("Authorization", "Bearer t")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(b), SeedZoneMain) {
		t.Fatalf("%d %s", res.StatusCode, b)
	}
	// A truncated body over a real connection: the client sees an unexpected EOF.
	sim.SetFault(Fault{Path: "/zones", Kind: FaultTruncate, Bytes: 20, Count: 1})
	req, _ = http.NewRequest("GET", srv.BaseURL()+"/zones", nil)
	req.Header.Set("Authorization", "Bearer t")
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, err = io.ReadAll(res.Body)
	res.Body.Close()
	if err == nil || len(b) != 20 {
		t.Fatalf("truncated over socket: %d bytes, err %v", len(b), err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("graceful shutdown: %v", err)
	}
}

// syncBuffer is a bytes.Buffer safe for one writer goroutine and one reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func TestCommandServesAndStops(t *testing.T) {
	pr, pw := io.Pipe()
	var stderr syncBuffer
	cmd := Command()
	cmd.SetOut(pw)
	cmd.SetErr(&stderr)
	cmd.SetArgs([]string{"--addr", "127.0.0.1:0", "--empty", "--fault", "GET:/zones:429:3:1", "--now", "2026-01-15T12:00:00Z"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(ctx); pw.Close() }()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("no listening line: %v (stderr %s)", err, stderr.String())
	}
	base, ok := strings.CutPrefix(strings.TrimSpace(line), "cfsim listening on ")
	if !ok || !strings.HasPrefix(base, "http://127.0.0.1:") || !strings.HasSuffix(base, "/client/v4") {
		t.Fatalf("listening line: %q", line)
	}
	get := func() (*http.Response, string) {
		req, _ := http.NewRequest("GET", base+"/zones", nil)
		req.Header.Set("Authorization", "Bearer t")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		return res, string(b)
	}
	if res, _ := get(); res.StatusCode != 429 || res.Header.Get("Retry-After") != "3" {
		t.Fatalf("--fault not applied: %d", res.StatusCode)
	}
	if res, body := get(); res.StatusCode != 200 || !strings.Contains(body, `"result":[]`) {
		t.Fatalf("--empty: %d %s", res.StatusCode, body)
	}
	// --now freezes the clock: a created record carries that time.
	req, _ := http.NewRequest("POST", base+"/accounts/"+SeedAccountID+"/rules/lists", strings.NewReader(`{"name":"n","kind":"ip"}`))
	req.Header.Set("Authorization", "Bearer t")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(b), `"created_on":"2026-01-15T12:00:00.000000Z"`) {
		t.Fatalf("--now not applied: %s", b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("command: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("command did not stop after cancellation")
	}
	if log := stderr.String(); !strings.Contains(log, "cfsim GET /client/v4/zones 429") || !strings.Contains(log, "cfsim: stopped") {
		t.Fatalf("stderr log: %s", log)
	}
}

func TestCommandUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--addr", "0.0.0.0:8787"},
		{"--addr", ":8787"},
		{"--fault", "GET:/zones:teapot"},
		{"--no-such-flag"},
		{"extra"},
		{"--now", "yesterday"},
	} {
		var out, errb bytes.Buffer
		cmd := Command()
		cmd.SetOut(&out)
		cmd.SetErr(&errb)
		code := Execute(cmd, args)
		lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
		if code != 2 || len(lines) != 1 || !strings.HasPrefix(lines[0], "cfsim: ") || out.Len() != 0 {
			t.Errorf("%v: exit %d, stderr %q, stdout %q", args, code, errb.String(), out.String())
		}
	}
}

func TestTruncateOverSocketThroughChecker(t *testing.T) {
	sim := New(Options{})
	chk := contract.Wrap(t, sim.Handler())
	srv := httptest.NewServer(chk)
	defer srv.Close()
	sim.SetFault(Fault{Path: "/zones", Kind: FaultTruncate, Bytes: 15, Count: 1})
	req, _ := http.NewRequest("GET", srv.URL+BasePath+"/zones", nil)
	req.Header.Set("Authorization", "Bearer t")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err == nil || len(b) != 15 {
		t.Fatalf("want a cut body: %d bytes, %v", len(b), err)
	}
	srv.Close() // waits for the handler, so the checker has recorded it
	if chk.Count("zones-get") != 1 || chk.Count("truncated:zones-get") != 1 || chk.Failures() != 0 {
		t.Fatalf("checker: %v", chk.Covered())
	}
}
