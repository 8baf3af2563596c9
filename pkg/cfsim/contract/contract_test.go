package contract

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recTB records what a Checker reports instead of failing the test.
type recTB struct {
	testing.TB
	errs   []string
	fatals []string
}

func (r *recTB) Helper() {}
func (r *recTB) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recTB) Fatal(args ...any) { r.fatals = append(r.fatals, fmt.Sprint(args...)) }

func serveJSON(status int, body string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	})
}

func do(h http.Handler, method, path, body string) *httptest.ResponseRecorder {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, "http://x/client/v4"+path, rd)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

const zoneID = "023e105f4ecef8ad9ca31a8372d0c353"

const goodRecord = `{"success":true,"errors":[],"messages":[],"result":{"id":"` + zoneID + `","name":"a.example.com","type":"A","content":"192.0.2.1","proxiable":true,"proxied":false,"ttl":1,"created_on":"2024-01-01T00:00:00Z","modified_on":"2024-01-01T00:00:00Z"}}`

func TestValidTrafficPasses(t *testing.T) {
	r := &recTB{}
	c := Wrap(r, serveJSON(200, goodRecord))
	rec := do(c, "POST", "/zones/"+zoneID+"/dns_records", `{"type":"A","name":"a","content":"192.0.2.1","ttl":1}`)
	if rec.Code != 200 || len(r.errs) != 0 {
		t.Fatalf("status %d, reports %v", rec.Code, r.errs)
	}
	if c.Count("dns-records-for-a-zone-create-dns-record") != 1 {
		t.Fatalf("coverage: %v", c.Covered())
	}
}

func TestRequestViolationReportedOnFirstLine(t *testing.T) {
	r := &recTB{}
	c := Wrap(r, serveJSON(200, goodRecord))
	do(c, "POST", "/zones/"+zoneID+"/dns_records", `{"type":"A","name":"a","content":"192.0.2.1","ttl":5}`)
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], "request violates the spec") || strings.Contains(r.errs[0], "\n") {
		t.Fatalf("reports: %q", r.errs)
	}
	if c.Failures() != 1 {
		t.Fatalf("failures: %d", c.Failures())
	}
}

func TestExpectInvalidRequest(t *testing.T) {
	r := &recTB{}
	c := Wrap(r, serveJSON(200, goodRecord))
	send := func(body string) {
		req := httptest.NewRequest("POST", "http://x/client/v4/zones/"+zoneID+"/dns_records", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req = req.WithContext(ExpectInvalidRequest(req.Context()))
		c.ServeHTTP(httptest.NewRecorder(), req)
	}
	send(`{"type":"A","name":"a","content":"192.0.2.1","ttl":5}`)
	if len(r.errs) != 0 {
		t.Fatalf("expected-invalid request reported: %v", r.errs)
	}
	send(`{"type":"A","name":"a","content":"192.0.2.1","ttl":60}`)
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], "marked invalid but the spec accepts it") {
		t.Fatalf("valid request marked invalid: %v", r.errs)
	}
}

func TestResponseViolationReported(t *testing.T) {
	r := &recTB{}
	c := Wrap(r, serveJSON(200, `{"success":true,"errors":[],"messages":[],"result":{"id":"`+zoneID+`","type":"A","name":"a.example.com","content":"192.0.2.1"}}`))
	do(c, "GET", "/zones/"+zoneID+"/dns_records/"+zoneID, "")
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], "response 200 violates the spec") {
		t.Fatalf("missing proxiable/created_on not reported: %v", r.errs)
	}
}

func TestErrorEnvelopeChecked(t *testing.T) {
	r := &recTB{}
	// The spec's declared 4XX schema for this operation cannot be met; the
	// checker falls back to the v4 error envelope, which this body breaks.
	c := Wrap(r, serveJSON(401, `{"success":false,"errors":[],"messages":[],"result":null}`))
	do(c, "GET", "/user/tokens/verify", "")
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], "errors") {
		t.Fatalf("empty errors array not reported: %v", r.errs)
	}
	r.errs = nil
	c = Wrap(r, serveJSON(401, `{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}`))
	do(c, "GET", "/user/tokens/verify", "")
	if len(r.errs) != 0 {
		t.Fatalf("good error envelope reported: %v", r.errs)
	}
}

func TestPathsOutsideTheSpec(t *testing.T) {
	r := &recTB{}
	c := Wrap(r, serveJSON(200, `{"data":{}}`))
	do(c, "POST", "/graphql", `{"query":"{viewer{zones(filter:{zoneTag:\"x\"}){zoneTag}}}"}`)
	if len(r.errs) != 0 || c.Count("graphql") != 1 {
		t.Fatalf("graphql: %v %v", r.errs, c.Covered())
	}
	do(c, "GET", "/no/such/path", "")
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], "neither the spec nor contract.Unvalidated") {
		t.Fatalf("2xx on an unknown path not reported: %v", r.errs)
	}
	r.errs = nil
	c = Wrap(r, serveJSON(400, `{"success":false,"errors":[{"code":7000,"message":"No route for that URI"}],"messages":[],"result":null}`))
	do(c, "GET", "/no/such/path", "")
	if len(r.errs) != 0 || c.Count("unrouted") != 1 {
		t.Fatalf("error on an unknown path: %v %v", r.errs, c.Covered())
	}
	for _, u := range Unvalidated {
		if u.Reason == "" || u.OperationID == "" {
			t.Errorf("unvalidated entry without reason or id: %+v", u)
		}
	}
}

func TestRequireCovered(t *testing.T) {
	c := Wrap(t, serveJSON(200, `{"success":true,"errors":[],"messages":[],"result":[],"result_info":{"page":1,"per_page":20,"count":0,"total_count":0}}`))
	do(c, "GET", "/zones", "")
	r := &recTB{}
	c.RequireCovered(r, "zones-get", "zones-0-get", "no-such-operation", "graphql")
	if len(r.errs) != 2 || !strings.Contains(r.errs[0], "no-such-operation") || !strings.Contains(r.errs[1], "zones-0-get") || !strings.Contains(r.errs[1], "graphql") {
		t.Fatalf("RequireCovered: %v", r.errs)
	}
	if sum := c.Summary(); !strings.Contains(sum, "zones-get") || !strings.Contains(sum, "/graphql") || !strings.Contains(sum, "rulesets_RuleAction") {
		t.Fatalf("summary: %s", sum)
	}
	if len(c.OperationIDs()) < 70 {
		t.Fatalf("spec operations: %d", len(c.OperationIDs()))
	}
}

func TestSpecLocation(t *testing.T) {
	t.Setenv(SpecEnv, "")
	if got := SpecSource(); !strings.Contains(got, "embedded") || !strings.HasSuffix(got, SpecFile) {
		t.Fatalf("spec source %q, want the embedded copy", got)
	}
	// The embedded copy loads with no file outside the package: run from
	// an empty directory.
	t.Chdir(t.TempDir())
	s, err := locateAndLoad()
	if err != nil {
		t.Fatal(err)
	}
	if s.doc.Paths.Find("/zones/{zone_id}/dns_records") == nil {
		t.Fatal("embedded spec lacks the DNS records path")
	}

	missing := filepath.Join(t.TempDir(), "nope.json")
	t.Setenv(SpecEnv, missing)
	_, err = locateAndLoad()
	if err == nil || !strings.Contains(err.Error(), missing) || !strings.Contains(err.Error(), SpecEnv) {
		t.Fatalf("missing spec error: %v", err)
	}
}

// TestWrapWithoutSpecNeverNil: a Checker whose spec failed to load is still
// usable; every request is a reported failure, nothing panics.
func TestWrapWithoutSpecNeverNil(t *testing.T) {
	r := &recTB{TB: t}
	c := &Checker{t: r, h: serveJSON(200, goodRecord), covered: map[string]int{}, loadErr: os.ErrNotExist}
	rec := do(c, "GET", "/zones/"+zoneID+"/dns_records", "")
	if rec.Code != 200 || c.Failures() != 1 || len(r.errs) != 1 || !strings.Contains(r.errs[0], "did not load") {
		t.Fatalf("code %d failures %d errs %v", rec.Code, c.Failures(), r.errs)
	}
	if c.SpecLocation() != "" || len(c.OperationIDs()) != 0 || !strings.Contains(c.Summary(), "violation") {
		t.Fatal("accessors on a spec-less checker")
	}
	c.RequireCovered(r, "x")
	if len(r.errs) != 2 {
		t.Fatalf("RequireCovered on a spec-less checker: %v", r.errs)
	}
}
