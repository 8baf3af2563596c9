package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/clicore"
)

// disabledTokenAPI is a Cloudflare API on 127.0.0.1 that knows the token as
// disabled and records the paths asked for.
type disabledTokenAPI struct {
	srv   *httptest.Server
	mu    sync.Mutex
	paths []string
}

func newDisabledTokenAPI(t *testing.T) *disabledTokenAPI {
	a := &disabledTokenAPI{}
	a.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		a.paths = append(a.paths, strings.TrimPrefix(r.URL.Path, "/client/v4/"))
		a.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		res := any([]any{})
		if strings.HasSuffix(r.URL.Path, "/user/tokens/verify") {
			res = map[string]any{"id": "ed17574386854bf78a67040be0a770b0", "status": "disabled"}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"success": true, "errors": []any{}, "messages": []any{}, "result": res,
			"result_info": map[string]any{"page": 1, "per_page": 50, "count": 0, "total_count": 0}})
	}))
	t.Cleanup(a.srv.Close)
	return a
}

func (a *disabledTokenAPI) seen() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.paths...)
}

// Start-up and tools/list send nothing to Cloudflare; the first call
// verifies the token, and a token that is not active fails the call with
// that reason, not with the call's own request.
func TestTokenVerifiedByTheFirstCallNotAtStart(t *testing.T) {
	const canary = "cfCLIcanary_2Hq8xLm7Pw2Rt5Zk8Vb1Nc4Yd6Fq"
	api := newDisabledTokenAPI(t)
	t.Setenv(TokenEnv, canary)
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	pr, pw := io.Pipe()
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() {
		code := Run(testServer(), []string{"--sandbox=" + api.srv.URL + "/client/v4"}, pr, &out, &errb)
		pr.Close() // a server that stopped early fails the writes below instead of blocking them
		done <- code
	}()
	send := func(line string) { _, _ = io.WriteString(pw, line+"\n") }
	waitFor := func(id string) {
		t.Helper()
		for i := 0; i < 500 && !strings.Contains(out.String(), `"id":`+id); i++ {
			time.Sleep(10 * time.Millisecond)
		}
		if !strings.Contains(out.String(), `"id":`+id) {
			t.Fatalf("no answer to request %s: %s (stderr %s)", id, out.String(), errb.String())
		}
	}
	send(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"0"}}}`)
	send(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	send(`{"jsonrpc":"2.0","id":2,"method":"tools/list"}`)
	waitFor("2")
	if got := api.seen(); len(got) != 0 {
		t.Fatalf("start-up and tools/list reached Cloudflare: %v", got)
	}
	send(`{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"count_zones","arguments":{}}}`)
	waitFor("3")
	pw.Close()
	if code := <-done; code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var answer string
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.Contains(line, `"id":3`) {
			answer = line
		}
	}
	if !strings.Contains(answer, `"isError":true`) || !strings.Contains(answer, "disabled, not active") {
		t.Errorf("the call's answer does not say the token is not active: %s", answer)
	}
	if got := api.seen(); len(got) != 1 || got[0] != "user/tokens/verify" {
		t.Errorf("requests = %v, want only the verification", got)
	}
	if strings.Contains(out.String()+errb.String(), canary) {
		t.Error("the token was printed")
	}
}

// Served over HTTP, the token is verified at once and /healthz reports a
// token that is not active.
func TestHealthzReportsATokenThatIsNotActive(t *testing.T) {
	api := newDisabledTokenAPI(t)
	t.Setenv(TokenEnv, "")
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	addr := freeAddr(t)
	var out, errb syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- clicore.RunContext(ctx, testServer().Core(), []string{"--sandbox=" + api.srv.URL + "/client/v4", "--transport", "http", "--addr", addr}, strings.NewReader(""), &out, &errb)
	}()
	defer func() { cancel(); <-done }()
	var code int
	var body bytes.Buffer
	for i := 0; i < 250; i++ {
		body.Reset()
		if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
			code = resp.StatusCode
			_, _ = body.ReadFrom(resp.Body)
			resp.Body.Close()
			if code == http.StatusServiceUnavailable {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	if code != http.StatusServiceUnavailable || !strings.Contains(body.String(), "not active") {
		t.Fatalf("healthz: %d %s (stderr %s)", code, body.String(), errb.String())
	}
	if !strings.Contains(errb.String(), "could not be verified") {
		t.Errorf("the failed verification was not logged: %s", errb.String())
	}
}
