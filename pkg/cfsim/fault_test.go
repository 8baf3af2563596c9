package cfsim

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfsim/contract"
)

func TestFaultRateLimitAndCount(t *testing.T) {
	s, c := newTestSim(t)
	s.SetFault(Fault{Method: "GET", Path: "/zones", Kind: FaultRateLimit, RetryAfter: 7, Count: 2})
	for i := 0; i < 2; i++ {
		req := httptestRequest("GET", "/zones", "Bearer x")
		rec := serve(c.h, req)
		if rec.Code != 429 || rec.Header().Get("Retry-After") != "7" || !strings.Contains(rec.Body.String(), `"code":971`) {
			t.Fatalf("attempt %d: %d %v %s", i, rec.Code, rec.Header(), rec.Body)
		}
	}
	c.ok("GET", "/zones", nil, nil) // count exhausted
	c.ok("GET", "/zones/"+SeedZoneMainID, nil, nil)
}

func TestFaultServerErrorLeavesStateAlone(t *testing.T) {
	s, c := newTestSim(t)
	base := "/zones/" + SeedZoneShopID + "/dns_records"
	s.SetFault(Fault{Method: "POST", Path: "/zones/*/dns_records", Kind: FaultServerError, Status: 502})
	c.fail("POST", base, map[string]any{"name": "x", "type": "A", "content": "192.0.2.1"}, 502, 10001)
	var recs []dnsRec
	c.ok("GET", base+"?name.exact=x.example.shop", nil, &recs)
	if len(recs) != 0 {
		t.Fatal("a 5xx fault must not change state")
	}
	s.ClearFaults()
	c.ok("POST", base, map[string]any{"name": "x", "type": "A", "content": "192.0.2.1"}, nil)
}

func TestFaultDelayHonoursCancellation(t *testing.T) {
	s := New(Options{})
	s.SetFault(Fault{Path: "/zones", Kind: FaultDelay, Delay: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://sim"+BasePath+"/zones", nil)
	req.Header.Set("Authorization", "Bearer x")
	done := make(chan error, 1)
	go func() {
		_, err := (&http.Client{Transport: s.Transport()}).Do(req)
		done <- err
	}()
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	// A short delay still serves the request.
	s.ClearFaults()
	s.SetFault(Fault{Path: "/zones", Kind: FaultDelay, Delay: time.Millisecond})
	req, _ = http.NewRequest("GET", "http://sim"+BasePath+"/zones", nil)
	req.Header.Set("Authorization", "Bearer x")
	res, err := (&http.Client{Transport: s.Transport()}).Do(req)
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("delayed request: %v %v", res, err)
	}
}

func TestFaultTruncate(t *testing.T) {
	s := New(Options{})
	s.SetFault(Fault{Method: "GET", Path: "/zones", Kind: FaultTruncate, Bytes: 40, Count: 1})
	req, _ := http.NewRequest("GET", "http://sim"+BasePath+"/zones", nil)
	req.Header.Set("Authorization", "Bearer x")
	hc := &http.Client{Transport: s.Transport()}
	res, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(res.Body)
	if !errors.Is(err, io.ErrUnexpectedEOF) || len(b) != 40 || res.ContentLength <= 40 {
		t.Fatalf("truncated body: %d bytes, err %v, content-length %d", len(b), err, res.ContentLength)
	}
	res, err = hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(res.Body); err != nil {
		t.Fatalf("second request must be whole: %v", err)
	}
}

func TestFaultPartialBatch(t *testing.T) {
	s, c := newTestSim(t)
	base := "/zones/" + SeedZoneShopID + "/dns_records"
	var before []dnsRec
	c.ok("GET", base, nil, &before)
	var db, admin string
	for _, r := range before {
		switch r.Name {
		case "db.example.shop":
			db = r.ID
		case "admin.example.shop":
			admin = r.ID
		}
	}
	s.SetFault(Fault{Method: "POST", Path: "/zones/*/dns_records/batch", Kind: FaultPartialBatch, Ops: 1, Count: 1})
	body := map[string]any{
		"deletes": []any{map[string]any{"id": db}},
		"patches": []any{map[string]any{"id": admin, "type": "A", "proxied": true}},
	}
	c.fail("POST", base+"/batch", body, 500, 1002)
	c.fail("GET", base+"/"+db, nil, 404, 81044) // the first operation stayed applied
	var a dnsRec
	c.ok("GET", base+"/"+admin, nil, &a)
	if a.Proxied {
		t.Fatal("operations after the interruption must not apply")
	}
	// The client's retry of the whole batch now fails on the missing record; nothing changes.
	c.fail("POST", base+"/batch", body, 404, 81044)
}

func TestParseFault(t *testing.T) {
	for spec, want := range map[string]Fault{
		"GET:/zones:429:30":                             {Method: "GET", Path: "/zones", Kind: FaultRateLimit, RetryAfter: 30},
		"*:/zones/*/dns_records/**:503":                 {Method: "*", Path: "/zones/*/dns_records/**", Kind: FaultServerError, Status: 503},
		"POST:/zones/*/dns_records/batch:5xx:500:2":     {Method: "POST", Path: "/zones/*/dns_records/batch", Kind: FaultServerError, Status: 500, Count: 2},
		"GET:*:delay:250ms":                             {Method: "GET", Path: "*", Kind: FaultDelay, Delay: 250 * time.Millisecond},
		"GET:/zones:truncate:10":                        {Method: "GET", Path: "/zones", Kind: FaultTruncate, Bytes: 10},
		"POST:/zones/*/dns_records/batch:partial-batch": {Method: "POST", Path: "/zones/*/dns_records/batch", Kind: FaultPartialBatch, Ops: 1},
	} {
		got, err := ParseFault(spec)
		if err != nil || got != want {
			t.Errorf("%s: got %+v, %v; want %+v", spec, got, err, want)
		}
	}
	for _, bad := range []string{"GET:/zones", "GET:zones:429", "GET:/zones:teapot", "GET:/zones:429:x", "GET:/zones:5xx:404", "GET:/zones:delay:soon", "GET:/zones:429:1:-1"} {
		if _, err := ParseFault(bad); err == nil {
			t.Errorf("%s: want an error", bad)
		}
	}
	f := Fault{Path: "/zones/*/dns_records/**"}
	for path, want := range map[string]bool{"/zones/a/dns_records": true, "/zones/a/dns_records/b": true, "/zones/a/dns_records/b/c": true, "/zones/a/settings": false} {
		if f.matches("GET", path) != want {
			t.Errorf("match %s: want %v", path, want)
		}
	}
}

func TestFaultTruncateThroughChecker(t *testing.T) {
	s := New(Options{})
	chk := contract.Wrap(t, s.Handler())
	s.SetFault(Fault{Method: "GET", Path: "/zones/*/dns_records", Kind: FaultTruncate})
	req, _ := http.NewRequest("GET", "http://sim"+BasePath+"/zones/"+SeedZoneMainID+"/dns_records", nil)
	req.Header.Set("Authorization", "Bearer x")
	res, err := (&http.Client{Transport: HandlerTransport(chk)}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(res.Body); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("want a cut body, got %v", err)
	}
	if chk.Count("truncated:dns-records-for-a-zone-list-dns-records") != 1 || chk.Failures() != 0 {
		t.Fatalf("checker: %v, %d failures", chk.Covered(), chk.Failures())
	}
}
