package cfclient

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
)

// BenchmarkEachDNSRecord10k streams a 10,000-record zone served in pages of
// 500 from a loopback server.
func BenchmarkEachDNSRecord10k(b *testing.B) {
	const total, per = 10000, dnsPerPage
	pages := map[int][]byte{}
	for p := 1; p <= total/per; p++ {
		recs := make([]map[string]any, per)
		for i := range recs {
			n := (p-1)*per + i
			recs[i] = map[string]any{"id": fmt.Sprintf("%032x", n), "type": "A", "name": fmt.Sprintf("h%d.example.com", n),
				"content": "192.0.2.1", "ttl": 300, "proxied": false}
		}
		pages[p], _ = json.Marshal(map[string]any{"success": true, "errors": []any{}, "messages": []any{}, "result": recs,
			"result_info": map[string]any{"page": p, "per_page": per, "count": per, "total_count": total, "total_pages": total / per}})
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, _ := strconv.Atoi(r.URL.Query().Get("page"))
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(pages[p])
	}))
	defer srv.Close()
	c, err := New(Config{Token: "t", BaseURL: srv.URL + "/client/v4", Sandbox: true, RequestsPer5m: 1 << 30, RateBurst: 1 << 30})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n, _, err := c.EachDNSRecord(context.Background(), zoneID, DNSFilter{}, 0, func(DNSRecord) error { return nil })
		if err != nil || n != total {
			b.Fatalf("n=%d err=%v", n, err)
		}
	}
}
