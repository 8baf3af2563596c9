package rules

import (
	"fmt"
	"math/rand"
	"net/netip"
	"testing"
)

// benchRules builds n distinct rules of about 200 characters each.
func benchRules(n int) []string {
	rng := rand.New(rand.NewSource(1))
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf(`(http.host eq "app%d.example.com" and starts_with(http.request.uri.path, "/api/v%d/")) and not ip.src in {192.0.2.0/24 198.51.100.%d} or (http.request.method in {"POST" "PUT"} and cf.waf.score lt %d)`,
			rng.Intn(1000), rng.Intn(9), rng.Intn(255), 1+rng.Intn(98))
	}
	return out
}

// BenchmarkParseCheck1000 parses and checks 1,000 rules of ~200
// characters per iteration (target: ≤ 20 ms per iteration).
func BenchmarkParseCheck1000(b *testing.B) {
	rules := benchRules(1000)
	total := 0
	for _, r := range rules {
		total += len(r)
	}
	b.ReportMetric(float64(total)/1000, "chars/rule")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range rules {
			if _, err := Check(r, Options{Phase: "http_request_firewall_custom", Plan: PlanEnterprise}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

const tenClauses = `http.request.method in {"POST" "PUT" "PATCH"} and http.host eq "api.example.com" and starts_with(http.request.uri.path, "/v1/") and not ip.src in {192.0.2.0/24 198.51.100.0/24 2001:db8::/32} and ip.src.country in {"GB" "FR" "DE"} and cf.bot_management.score lt 30 and not cf.bot_management.verified_bot and http.user_agent contains "curl" and any(http.request.headers["x-api-key"][*] ne "") and http.request.uri.path wildcard "/v1/*/admin*"`

func benchRequests(n int) []*Request {
	rng := rand.New(rand.NewSource(2))
	methods := []string{"GET", "POST", "PUT", "PATCH", "DELETE"}
	hosts := []string{"api.example.com", "www.example.com"}
	paths := []string{"/v1/users/admin", "/v1/x/Admin/panel", "/v2/users", "/"}
	countries := []string{"GB", "US", "FR", "DE", "JP"}
	uas := []string{"curl/8.0", "Mozilla/5.0", "python-requests"}
	out := make([]*Request, n)
	for i := range out {
		var ip [4]byte
		ip[0], ip[1], ip[2], ip[3] = byte(192+rng.Intn(8)), byte(rng.Intn(256)), 2, byte(rng.Intn(256))
		r := &Request{
			Method:    methods[rng.Intn(len(methods))],
			Host:      hosts[rng.Intn(len(hosts))],
			Path:      paths[rng.Intn(len(paths))],
			SrcIP:     netip.AddrFrom4(ip),
			Country:   countries[rng.Intn(len(countries))],
			BotScore:  int64(1 + rng.Intn(99)),
			UserAgent: uas[rng.Intn(len(uas))],
			Headers:   map[string][]string{"x-api-key": {fmt.Sprint(rng.Intn(3))}},
		}
		r.Prepare()
		out[i] = r
	}
	return out
}

// BenchmarkEval100k evaluates one compiled 10-clause expression against
// 100,000 requests per iteration (target: ≤ 200 ms per iteration, 0
// allocations).
func BenchmarkEval100k(b *testing.B) {
	p := MustCompile(tenClauses, Options{})
	reqs := benchRequests(100000)
	b.ReportAllocs()
	b.ResetTimer()
	matched := 0
	for i := 0; i < b.N; i++ {
		for _, r := range reqs {
			if p.Eval(r, nil) {
				matched++
			}
		}
	}
	b.ReportMetric(float64(matched)/float64(b.N), "matches/op")
}

// BenchmarkEvalOne reports the cost and allocations of a single evaluation.
func BenchmarkEvalOne(b *testing.B) {
	p := MustCompile(tenClauses, Options{})
	reqs := benchRequests(1024)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Eval(reqs[i&1023], nil)
	}
}
