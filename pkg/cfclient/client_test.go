package cfclient

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// testToken is a canary: it must never appear in an error.
const testToken = "CANARYtok3n_9f8e7d6c5b4a3210ZYXWVUtsrq-x"

const zoneID = "023e105f4ecef8ad9ca31a8372d0c353"

// fake is a scripted Cloudflare API on 127.0.0.1.
type fake struct {
	t    *testing.T
	srv  *httptest.Server
	mu   sync.Mutex
	reqs []*recorded
	h    func(w http.ResponseWriter, r *recorded)
}

type recorded struct {
	Method, Path, Query, Auth string
	Header                    http.Header
	Body                      []byte
	n                         int // 1-based request number
}

func newFake(t *testing.T, h func(w http.ResponseWriter, r *recorded)) *fake {
	t.Helper()
	f := &fake{t: t, h: h}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		f.mu.Lock()
		r := &recorded{Method: req.Method, Path: req.URL.Path, Query: req.URL.RawQuery, Auth: req.Header.Get("Authorization"),
			Header: req.Header.Clone(), Body: body, n: len(f.reqs) + 1}
		f.reqs = append(f.reqs, r)
		f.mu.Unlock()
		f.h(w, r)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fake) base() string { return f.srv.URL + "/client/v4" }

func (f *fake) requests() []*recorded {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*recorded(nil), f.reqs...)
}

// client returns a sandbox client for f whose sleeps are recorded, not
// slept.
func (f *fake) client(t *testing.T, mod func(*Config)) (*Client, *[]time.Duration) {
	t.Helper()
	cfg := Config{Token: testToken, BaseURL: f.base(), Sandbox: true, AccountID: acctID}
	if mod != nil {
		mod(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	slept := &[]time.Duration{}
	c.do.sleep = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		*slept = append(*slept, d)
		mu.Unlock()
		return ctx.Err()
	}
	return c, slept
}

const acctID = "01a7362d577a6c3019a474fd6f485823"

func ok(w http.ResponseWriter, result any, info any) {
	w.Header().Set("Content-Type", "application/json")
	env := map[string]any{"success": true, "errors": []any{}, "messages": []any{}, "result": result}
	if info != nil {
		env["result_info"] = info
	}
	_ = json.NewEncoder(w).Encode(env)
}

func fail(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"success": false, "messages": []any{}, "result": nil,
		"errors": []any{map[string]any{"code": code, "message": msg}}})
}

func zoneJSON(i int) map[string]any {
	return map[string]any{"id": fmt.Sprintf("%032x", i+1), "name": fmt.Sprintf("z%d.example", i), "status": "active",
		"account": map[string]any{"id": acctID, "name": "Demo"}, "plan": map[string]any{"id": "p", "name": "Free Website"}}
}

func TestNewBaseURLRules(t *testing.T) {
	cases := []struct {
		base    string
		sandbox bool
		want    string // "" = error
	}{
		{"", false, DefaultBaseURL},
		{"https://api.cloudflare.com/client/v4", false, DefaultBaseURL},
		{"https://api.cloudflare.com/client/v4/", true, DefaultBaseURL},
		{"http://127.0.0.1:8787/client/v4", true, "http://127.0.0.1:8787/client/v4/"},
		{"http://127.5.6.7/client/v4/", true, "http://127.5.6.7/client/v4/"},
		{"http://[::1]:9/client/v4", true, "http://[::1]:9/client/v4/"},
		{"http://localhost:9/", true, "http://localhost:9/"},
		{"http://127.0.0.1:8787/client/v4", false, ""},
		{"https://evil.example.com/client/v4", true, ""},
		{"http://10.0.0.1/client/v4", true, ""},
		{"http://127.0.0.1.nip.io/client/v4", true, ""},
		{"ftp://127.0.0.1/", true, ""},
		{"http://user:pw@127.0.0.1/", true, ""},
		{"http://127.0.0.1/?x=1", true, ""},
		{"https://api.cloudflare.com.evil.example/client/v4", false, ""},
		{"", true, ""},
	}
	for _, c := range cases {
		cl, err := New(Config{Token: "t", BaseURL: c.base, Sandbox: c.sandbox})
		if c.want == "" {
			if err == nil || !errors.Is(err, ErrConfig) {
				t.Errorf("New(%q, sandbox=%v) = %v, want ErrConfig", c.base, c.sandbox, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("New(%q, sandbox=%v): %v", c.base, c.sandbox, err)
			continue
		}
		if cl.BaseURL() != c.want {
			t.Errorf("base %q → %q, want %q", c.base, cl.BaseURL(), c.want)
		}
	}
}

func TestNewConfigErrors(t *testing.T) {
	for _, cfg := range []Config{
		{},              // no token
		{Token: "a\nb"}, // header injection
		{Token: "t", AccountID: "not-an-account"}, // bad account id
	} {
		if _, err := New(cfg); !errors.Is(err, ErrConfig) {
			t.Errorf("New(%+v) = %v, want ErrConfig", cfg, err)
		}
	}
	if _, err := New(Config{Sandbox: true, BaseURL: "http://127.0.0.1:1/"}); err != nil {
		t.Errorf("sandbox needs no token: %v", err)
	}
}

func TestEnvironmentIgnored(t *testing.T) {
	var hits int
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		if strings.HasSuffix(r.Path, "/verify") {
			ok(w, map[string]any{"id": "x", "status": "active"}, nil)
			return
		}
		ok(w, []any{zoneJSON(0)}, map[string]any{"page": 1, "per_page": 50, "total_pages": 1, "count": 1, "total_count": 1})
	})
	junk := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits++ }))
	defer junk.Close()
	t.Setenv("CLOUDFLARE_BASE_URL", junk.URL)
	t.Setenv("CLOUDFLARE_API_TOKEN", "junk-token-from-env")
	t.Setenv("CLOUDFLARE_API_KEY", "junk")
	t.Setenv("CLOUDFLARE_EMAIL", "junk@example.com")
	c, _ := f.client(t, nil)
	if _, err := c.ListZones(context.Background(), ZoneFilter{}, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := c.VerifyToken(context.Background()); err != nil {
		t.Fatal(err)
	}
	if hits != 0 {
		t.Fatal("CLOUDFLARE_BASE_URL from the environment was used")
	}
	for _, r := range f.requests() {
		if r.Auth != "Bearer "+testToken {
			t.Fatalf("%s %s sent Authorization %q", r.Method, r.Path, r.Auth)
		}
		if r.Header.Get("X-Auth-Key") != "" || r.Header.Get("X-Auth-Email") != "" {
			t.Fatalf("environment credentials were sent")
		}
	}
	// Outside sandbox mode the base URL is always Cloudflare's.
	c2, err := New(Config{Token: "t"})
	if err != nil || c2.BaseURL() != DefaultBaseURL {
		t.Fatalf("base = %q, %v", c2.BaseURL(), err)
	}
}

func TestListZonesPagesAndFilters(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		q := r.Query
		switch {
		case strings.Contains(q, "page=1&") || strings.HasSuffix(q, "page=1"):
			ok(w, []any{zoneJSON(0), zoneJSON(1)}, map[string]any{"page": 1, "per_page": 2, "total_pages": 2, "count": 2, "total_count": 3})
		default:
			ok(w, []any{zoneJSON(2)}, map[string]any{"page": 2, "per_page": 2, "total_pages": 2, "count": 1, "total_count": 3})
		}
	})
	c, _ := f.client(t, nil)
	p, err := c.ListZones(context.Background(), ZoneFilter{Name: "z0.example", Status: "active", AccountID: acctID}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Items) != 3 || p.Total != 3 || p.Truncated {
		t.Fatalf("page = %+v", p)
	}
	z := p.Items[0]
	if z.ID != fmt.Sprintf("%032x", 1) || z.Name != "z0.example" || z.Account.ID != acctID || z.Plan.Name != "Free Website" || z.Status != "active" {
		t.Fatalf("zone = %+v", z)
	}
	reqs := f.requests()
	if len(reqs) != 2 {
		t.Fatalf("want 2 requests, got %d", len(reqs))
	}
	for _, want := range []string{"name=z0.example", "status=active", "account.id=" + acctID, "per_page=50"} {
		if !strings.Contains(reqs[0].Query, want) {
			t.Errorf("query %q lacks %q", reqs[0].Query, want)
		}
	}
	if reqs[0].Path != "/client/v4/zones" || reqs[0].Method != http.MethodGet {
		t.Fatalf("request %s %s", reqs[0].Method, reqs[0].Path)
	}
}

func TestPagingCapAndEmptyPage(t *testing.T) {
	// A server that never says how many pages there are and never ends.
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		ok(w, []any{zoneJSON(r.n), zoneJSON(r.n + 100)}, map[string]any{"per_page": 2})
	})
	c, _ := f.client(t, func(c *Config) { c.MaxItems = 5 })
	p, err := c.ListZones(context.Background(), ZoneFilter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Items) != 5 || !p.Truncated {
		t.Fatalf("want 5 items truncated, got %d truncated=%v", len(p.Items), p.Truncated)
	}
	if n := len(f.requests()); n != 3 {
		t.Fatalf("want 3 page requests, got %d", n)
	}
	// A cap below MaxItems wins; a cap above is clamped.
	p, _ = c.ListZones(context.Background(), ZoneFilter{}, 3)
	if len(p.Items) != 3 || !p.Truncated {
		t.Fatalf("cap 3: %d items", len(p.Items))
	}
	p, _ = c.ListZones(context.Background(), ZoneFilter{}, 1000)
	if len(p.Items) != 5 {
		t.Fatalf("cap clamped to MaxItems: %d items", len(p.Items))
	}

	// An empty page ends the loop even without result_info.
	g := newFake(t, func(w http.ResponseWriter, r *recorded) {
		if r.n == 1 {
			ok(w, []any{zoneJSON(0)}, map[string]any{"per_page": 1})
			return
		}
		ok(w, []any{}, map[string]any{"per_page": 1})
	})
	c2, _ := g.client(t, nil)
	p, err = c2.ListZones(context.Background(), ZoneFilter{}, 0)
	if err != nil || len(p.Items) != 1 || p.Truncated || len(g.requests()) != 2 {
		t.Fatalf("empty page: %+v %v %d requests", p, err, len(g.requests()))
	}
}

func TestPagingChecksContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		if r.n == 2 {
			cancel()
		}
		ok(w, []any{zoneJSON(r.n)}, map[string]any{"per_page": 1, "total_pages": 100})
	})
	c, _ := f.client(t, nil)
	_, err := c.ListZones(ctx, ZoneFilter{}, 0)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	if n := len(f.requests()); n != 2 {
		t.Fatalf("paging went on after cancel: %d requests", n)
	}
}

func TestGetZoneAndVerifyToken(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		switch r.Path {
		case "/client/v4/zones/" + zoneID:
			ok(w, zoneJSON(0), nil)
		case "/client/v4/user/tokens/verify":
			ok(w, map[string]any{"id": "ed17574386854bf78a67040be0a770b0", "status": "active", "expires_on": "2030-01-01T00:00:00Z"}, nil)
		default:
			fail(w, 404, 7003, "No route for that URI")
		}
	})
	c, _ := f.client(t, nil)
	z, err := c.GetZone(context.Background(), zoneID)
	if err != nil || z.Name != "z0.example" {
		t.Fatalf("GetZone = %+v, %v", z, err)
	}
	ts, err := c.VerifyToken(context.Background())
	if err != nil || !ts.Active() || ts.ExpiresOn != "2030-01-01T00:00:00Z" {
		t.Fatalf("VerifyToken = %+v, %v", ts, err)
	}
	if _, err := c.GetZone(context.Background(), "../../user"); !errors.Is(err, ErrValidation) {
		t.Fatalf("bad id must be refused before any request, got %v", err)
	}
	if len(f.requests()) != 2 {
		t.Fatalf("a request was sent for a bad id")
	}
}

func TestErrorMapping(t *testing.T) {
	cases := []struct {
		status, code int
		want         error
	}{
		{400, 81057, ErrConflict},
		{400, 1004, ErrValidation},
		{400, 9000, ErrValidation},
		{401, 10000, ErrUnauthorized},
		{403, 10000, ErrForbidden},
		{403, 9109, ErrForbidden},
		{404, 1001, ErrNotFound},
		{404, 81044, ErrNotFound},
		{409, 1, ErrConflict},
		{413, 1, ErrTooLarge},
		{429, 971, ErrRateLimited},
		{500, 1, ErrUnavailable},
		{503, 1, ErrUnavailable},
		{504, 1, ErrTimeout},
	}
	for _, cs := range cases {
		f := newFake(t, func(w http.ResponseWriter, r *recorded) { fail(w, cs.status, cs.code, "the message "+testToken) })
		c, _ := f.client(t, func(c *Config) { c.MaxRetries = -1 })
		_, err := c.GetZone(context.Background(), zoneID)
		if !errors.Is(err, cs.want) {
			t.Errorf("%d/%d: got %v, want %v", cs.status, cs.code, err, cs.want)
			continue
		}
		var apiErr *APIError
		if !errors.As(err, &apiErr) || apiErr.StatusCode != cs.status || !apiErr.HasCode(cs.code) {
			t.Errorf("%d/%d: APIError = %+v", cs.status, cs.code, apiErr)
		}
		msg := err.Error()
		if !strings.Contains(msg, fmt.Sprintf("code %d", cs.code)) || !strings.Contains(msg, "zones/"+zoneID) {
			t.Errorf("message lacks code or path: %s", msg)
		}
		if strings.Contains(msg, testToken) || !strings.Contains(msg, "the message [REDACTED]") {
			t.Errorf("an echoed token must be scrubbed: %s", msg)
		}
		if strings.Contains(strings.ToLower(msg), "authorization") || strings.Contains(msg, "Bearer") {
			t.Errorf("message mentions request headers: %s", msg)
		}
	}
	// A 200 with success:false is an error too.
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		_, _ = io.WriteString(w, `{"success":false,"errors":[{"code":1004,"message":"bad `+testToken+`"}],"result":null}`)
	})
	c, _ := f.client(t, nil)
	if _, err := c.VerifyToken(context.Background()); !errors.Is(err, ErrAPI) || strings.Contains(err.Error(), testToken) {
		t.Fatalf("success:false → %v", err)
	}
	// Non-JSON error bodies keep their status.
	g := newFake(t, func(w http.ResponseWriter, r *recorded) {
		w.WriteHeader(502)
		_, _ = io.WriteString(w, "<html>bad gateway</html>")
	})
	c2, _ := g.client(t, func(c *Config) { c.MaxRetries = -1 })
	if _, err := c2.GetZone(context.Background(), zoneID); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("HTML 502 → %v", err)
	}
}

// TestTokenNeverInErrors pushes every failure kind through and checks the
// error text.
func TestTokenNeverInErrors(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		switch r.n % 4 {
		case 0:
			fail(w, 401, 10000, "Authentication error")
		case 1:
			w.WriteHeader(500)
		case 2:
			_, _ = io.WriteString(w, "not json")
		default:
			hj, _ := w.(http.Hijacker)
			conn, _, _ := hj.Hijack()
			_ = conn.Close()
		}
	})
	c, _ := f.client(t, func(c *Config) { c.MaxRetries = -1 })
	for i := 0; i < 8; i++ {
		_, err := c.GetZone(context.Background(), zoneID)
		if err == nil {
			t.Fatal("want an error")
		}
		if strings.Contains(fmt.Sprintf("%v %+v", err, err), testToken) {
			t.Fatalf("token in error: %v", err)
		}
		_, err = c.ListZones(context.Background(), ZoneFilter{}, 0)
		if err != nil && strings.Contains(err.Error(), testToken) {
			t.Fatalf("token in error: %v", err)
		}
	}
}
