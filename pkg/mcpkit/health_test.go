package mcpkit_test

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/cfplane/cfplane/pkg/mcpkit"
)

func TestHealthzNotReady(t *testing.T) {
	s := mcpkit.NewServer(nil, mcpkit.ServerOptions{Name: "t", Version: "0", Logger: zerolog.Nop()})
	var readyErr error
	h := mcpkit.HTTPHandler(s, mcpkit.HTTPOptions{
		AuthToken: "0123456789abcdef",
		Ready:     func() error { return readyErr },
		Extra:     map[string]http.Handler{"/extra": http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "extra") })},
	})
	srv := httptest.NewServer(h)
	defer srv.Close()
	get := func(path, auth string) (int, string) {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if auth != "" {
			req.Header.Set("Authorization", "Bearer "+auth)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/healthz", ""); code != 200 || body != `{"status":"ok"}` {
		t.Errorf("ready: %d %s", code, body)
	}
	readyErr = errors.New("the state folder /var/lib/cfplane cannot be written: permission denied")
	if code, body := get("/healthz", ""); code != http.StatusServiceUnavailable || !strings.Contains(body, `"not ready"`) || !strings.Contains(body, "permission denied") {
		t.Errorf("not ready: %d %s", code, body)
	}
	// Liveness does not depend on readiness, and needs no token either.
	if code, _ := get("/livez", ""); code != 200 {
		t.Errorf("livez: %d", code)
	}
	// Extra handlers sit behind the bearer token.
	if code, _ := get("/extra", ""); code != http.StatusUnauthorized {
		t.Errorf("extra without a token: %d", code)
	}
	if code, body := get("/extra", "0123456789abcdef"); code != 200 || body != "extra" {
		t.Errorf("extra with the token: %d %s", code, body)
	}
}
