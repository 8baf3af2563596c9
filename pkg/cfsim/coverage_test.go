package cfsim

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim/contract"
)

// TestContractCoverage drives every served operation once through one
// checker, with request bodies shaped as cloudflare-go v4.6.0 marshals them,
// and requires the whole list to be exercised and valid.
func TestContractCoverage(t *testing.T) {
	s := New(Options{Now: fixedNowFunc})
	chk := contract.Wrap(t, s.Handler())
	c := client{t: t, h: chk}
	z := "/zones/" + SeedZoneShopID
	a := "/accounts/" + SeedAccountID

	c.ok("GET", "/user/tokens/verify", nil, nil)
	c.ok("GET", "/accounts", nil, nil)
	c.ok("GET", a, nil, nil)
	c.ok("GET", "/zones?name=example.shop&status=active&page=1&per_page=20", nil, nil)
	c.ok("GET", z, nil, nil)

	var rec dnsRec
	c.ok("GET", z+"/dns_records?type=A&proxied=false&name.contains=shop&page=1&per_page=5", nil, nil)
	c.ok("POST", z+"/dns_records", map[string]any{"name": "cov", "type": "A", "content": "192.0.2.9", "ttl": 120, "proxied": false, "comment": "c", "tags": []string{"owner:cov"}}, &rec)
	c.ok("GET", z+"/dns_records/"+rec.ID, nil, nil)
	c.ok("PUT", z+"/dns_records/"+rec.ID, map[string]any{"name": "cov", "type": "A", "content": "192.0.2.10", "ttl": 1, "proxied": true}, nil)
	c.ok("PATCH", z+"/dns_records/"+rec.ID, map[string]any{"type": "A", "comment": "patched"}, nil)
	c.ok("POST", z+"/dns_records/batch", map[string]any{
		"deletes": []any{map[string]any{"id": rec.ID}},
		"posts":   []any{map[string]any{"name": "cov2", "type": "MX", "content": "mx.example.net", "priority": 10, "ttl": 3600}},
	}, nil)
	code, _, _ := c.call("GET", z+"/dns_records/export", nil)
	if code != 200 {
		t.Fatalf("export: %d", code)
	}
	mp, ctype := multipartForm(t, map[string]string{"file": "imp.example.shop. 300 IN A 192.0.2.77\n", "proxied": "false"})
	c.ok("POST", z+"/dns_records/import", rawBody{mp, ctype}, nil)
	c.ok("DELETE", z+"/dns_records/"+HexID("record/example.shop/A/db.example.shop/198.51.100.82"), nil, nil)

	var rs rulesetJSON
	c.ok("GET", z+"/rulesets", nil, nil)
	c.ok("GET", z+"/rulesets/"+SeedShopCustomRulesetID, nil, nil)
	c.ok("GET", z+"/rulesets/phases/http_request_firewall_custom/entrypoint", nil, &rs)
	c.ok("PUT", z+"/rulesets/phases/http_ratelimit/entrypoint", map[string]any{"rules": []any{map[string]any{
		"action": "block", "expression": `(http.request.uri.path eq "/login")`, "description": "rl",
		"ratelimit": map[string]any{"characteristics": []any{"cf.colo.id", "ip.src"}, "period": 60, "requests_per_period": 10, "mitigation_timeout": 60}}}}, nil)
	c.ok("POST", z+"/rulesets/"+rs.ID+"/rules", map[string]any{"action": "block", "expression": `(ip.src in $blocked_ips)`, "description": "cov", "enabled": true, "position": map[string]any{"before": ""}}, &rs)
	c.ok("PATCH", z+"/rulesets/"+rs.ID+"/rules/"+rs.Rules[0]["id"].(string), map[string]any{"action": "managed_challenge", "expression": `(ip.src in $blocked_ips)`, "enabled": true}, nil)
	c.ok("DELETE", z+"/rulesets/"+rs.ID+"/rules/"+rs.Rules[0]["id"].(string), nil, nil)
	c.ok("GET", a+"/rulesets", nil, nil)
	c.ok("GET", a+"/rulesets/"+ManagedRulesetOWASPID, nil, nil)
	c.ok("PUT", a+"/rulesets/phases/http_request_firewall_custom/entrypoint", map[string]any{"rules": []any{map[string]any{"action": "log", "expression": "true"}}}, nil)
	c.ok("GET", a+"/rulesets/phases/http_request_firewall_custom/entrypoint", nil, nil)

	var l map[string]any
	var op map[string]string
	c.ok("GET", a+"/rules/lists", nil, nil)
	c.ok("POST", a+"/rules/lists", map[string]any{"name": "cov_ips", "kind": "ip", "description": "cov"}, &l)
	lid := l["id"].(string)
	c.ok("GET", a+"/rules/lists/"+lid, nil, nil)
	c.ok("POST", a+"/rules/lists/"+lid+"/items", []any{map[string]any{"ip": "192.0.2.1", "comment": "x"}}, &op)
	c.ok("GET", a+"/rules/lists/bulk_operations/"+op["operation_id"], nil, nil)
	var items []listItemJSON
	c.ok("GET", a+"/rules/lists/"+lid+"/items?per_page=10", nil, &items)
	c.ok("PUT", a+"/rules/lists/"+lid+"/items", []any{map[string]any{"ip": "192.0.2.2"}}, nil)
	c.ok("GET", a+"/rules/lists/"+lid+"/items", nil, &items)
	c.ok("GET", a+"/rules/lists/"+lid+"/items/"+items[0].ID, nil, nil)
	c.ok("DELETE", a+"/rules/lists/"+lid+"/items", map[string]any{"items": []any{map[string]any{"id": items[0].ID}}}, nil)
	c.ok("PUT", a+"/rules/lists/"+lid, map[string]any{"description": "updated"}, nil)
	c.ok("DELETE", a+"/rules/lists/"+lid, nil, nil)

	c.ok("GET", a+"/cfd_tunnel?is_deleted=false&page=1&per_page=20", nil, nil)
	c.ok("GET", a+"/cfd_tunnel/"+SeedTunnelHealthyID, nil, nil)
	c.ok("GET", a+"/cfd_tunnel/"+SeedTunnelHealthyID+"/connections", nil, nil)
	c.ok("GET", a+"/cfd_tunnel/"+SeedTunnelHealthyID+"/configurations", nil, nil)
	c.ok("PUT", a+"/cfd_tunnel/"+SeedTunnelHealthyID+"/configurations", map[string]any{"config": map[string]any{
		"ingress": []any{map[string]any{"hostname": "app.example.com", "service": "http://localhost:8080"}, map[string]any{"service": "http_status:404"}}}}, nil)
	var ct map[string]any
	c.ok("POST", a+"/cfd_tunnel", map[string]any{"name": "cov-tunnel", "config_src": "cloudflare"}, &ct)
	c.ok("GET", a+"/cfd_tunnel/"+SeedTunnelHealthyID+"/token", nil, nil)
	c.ok("PATCH", a+"/cfd_tunnel/"+ct["id"].(string), map[string]any{"tunnel_secret": "AQIDBAUGBwgBAgMEBQYHCAECAwQFBgcIAQIDBAUGBwg="}, nil)
	c.ok("DELETE", a+"/cfd_tunnel/"+ct["id"].(string), map[string]any{}, nil)

	c.ok("GET", z+"/settings", nil, nil)
	c.ok("GET", z+"/settings/min_tls_version", nil, nil)
	c.ok("PATCH", z+"/settings/min_tls_version", map[string]any{"id": "min_tls_version", "value": "1.2"}, nil)
	c.ok("PATCH", z+"/settings", []any{map[string]any{"id": "always_use_https", "value": "on"}}, nil)

	c.ok("GET", a+"/audit_logs?direction=desc&per_page=5&page=1", nil, nil)
	c.ok("GET", a+"/logs/audit?since=2026-01-01&before=2026-01-16&limit=5", nil, nil)
	code, _, raw := c.call("POST", "/graphql", map[string]any{"query": `{ viewer { zones(filter: {zoneTag: "` + SeedZoneShopID + `"}) { firewallEventsAdaptive(limit: 1) { action } } } }`})
	if code != 200 || !strings.Contains(string(raw), `"errors":null`) {
		t.Fatalf("graphql: %d %s", code, raw)
	}

	t.Log(chk.Summary())
	chk.RequireCovered(t, Operations...)
	if chk.Failures() != 0 {
		t.Fatalf("%d contract violations", chk.Failures())
	}
}
