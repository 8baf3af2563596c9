package cfsim

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkDNSListHandler measures one DNS list request (30 records, JSON
// envelope) served by Handler.
func BenchmarkDNSListHandler(b *testing.B) {
	s := New(Options{Now: fixedNowFunc})
	h := s.Handler()
	req := httptest.NewRequest("GET", "http://sim"+BasePath+"/zones/"+SeedZoneMainID+"/dns_records?per_page=100", nil)
	req.Header.Set("Authorization", "Bearer bench")
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

// BenchmarkDNSListTransport measures the same request through an
// http.Client on the in-process Transport.
func BenchmarkDNSListTransport(b *testing.B) {
	s := New(Options{Now: fixedNowFunc})
	hc := &http.Client{Transport: s.Transport()}
	b.ReportAllocs()
	for b.Loop() {
		req, _ := http.NewRequest("GET", "http://sim"+BasePath+"/zones/"+SeedZoneMainID+"/dns_records?per_page=100", nil)
		req.Header.Set("Authorization", "Bearer bench")
		res, err := hc.Do(req)
		if err != nil || res.StatusCode != 200 {
			b.Fatal(res, err)
		}
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
	}
}

// BenchmarkDNSCreateDelete measures a create plus a delete (two requests).
func BenchmarkDNSCreateDelete(b *testing.B) {
	s := New(Options{Now: fixedNowFunc})
	c := client{t: b, h: s.Handler()}
	base := "/zones/" + SeedZoneShopID + "/dns_records"
	b.ReportAllocs()
	for b.Loop() {
		var rec dnsRec
		c.ok("POST", base, map[string]any{"name": "bench", "type": "A", "content": "192.0.2.1"}, &rec)
		c.ok("DELETE", base+"/"+rec.ID, nil, nil)
	}
}

// BenchmarkGraphQLGroups measures an httpRequestsAdaptiveGroups query.
func BenchmarkGraphQLGroups(b *testing.B) {
	s := New(Options{Now: fixedNowFunc})
	c := client{t: b, h: s.Handler()}
	q := map[string]any{"query": `{ viewer { zones(filter: {zoneTag: "` + SeedZoneMainID + `"}) { httpRequestsAdaptiveGroups(limit: 50, orderBy: [count_DESC]) { count dimensions { clientCountryName edgeResponseStatus } } } } }`}
	b.ReportAllocs()
	for b.Loop() {
		if code, _, _ := c.call("POST", "/graphql", q); code != 200 {
			b.Fatal(code)
		}
	}
}

// BenchmarkNew measures building a seeded simulator (a --sandbox server pays
// this at start).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = New(Options{Now: fixedNowFunc})
	}
}
