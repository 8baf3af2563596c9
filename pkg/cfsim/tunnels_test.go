package cfsim

import "testing"

func TestTunnels(t *testing.T) {
	_, c := newTestSim(t)
	base := "/accounts/" + SeedAccountID + "/cfd_tunnel"
	var list []map[string]any
	e := c.ok("GET", base, nil, &list)
	if len(list) != 2 || e.ResultInfo["total_count"].(float64) != 2 {
		t.Fatalf("tunnels: %v", list)
	}
	c.ok("GET", base+"?name="+SeedTunnelHealthyName, nil, &list)
	if len(list) != 1 || list[0]["id"] != SeedTunnelHealthyID || list[0]["status"] != "healthy" {
		t.Fatalf("name filter: %v", list)
	}
	var tun map[string]any
	c.ok("GET", base+"/"+SeedTunnelOrphanID, nil, &tun)
	if tun["name"] != SeedTunnelOrphanName || tun["status"] != "degraded" {
		t.Fatalf("get: %v", tun)
	}
	var conns []map[string]any
	c.ok("GET", base+"/"+SeedTunnelHealthyID+"/connections", nil, &conns)
	if len(conns) != 2 || len(conns[0]["conns"].([]any)) != 2 {
		t.Fatalf("healthy tunnel must have 2 connectors with connections: %v", conns)
	}
	var cfg map[string]any
	c.ok("GET", base+"/"+SeedTunnelOrphanID+"/configurations", nil, &cfg)
	ing := cfg["config"].(map[string]any)["ingress"].([]any)
	if ing[0].(map[string]any)["hostname"] != SeedOrphanHostname {
		t.Fatalf("orphan ingress: %v", ing)
	}
	// The orphan hostname has no DNS record; the healthy one has.
	var recs []dnsRec
	c.ok("GET", "/zones/"+SeedZoneMainID+"/dns_records?name.exact="+SeedOrphanHostname, nil, &recs)
	if len(recs) != 0 {
		t.Fatalf("orphan hostname has DNS: %v", recs)
	}
	c.ok("GET", "/zones/"+SeedZoneMainID+"/dns_records?name.exact=app."+SeedZoneMain, nil, &recs)
	if len(recs) != 1 || recs[0].Content != SeedTunnelHealthyID+".cfargotunnel.com" {
		t.Fatalf("healthy hostname DNS: %v", recs)
	}

	// PUT as the SDK marshals TunnelCloudflaredConfigurationUpdateParams.
	put := map[string]any{"config": map[string]any{"ingress": []any{
		map[string]any{"hostname": "app.example.com", "service": "http://localhost:8081"},
		map[string]any{"hostname": "api.example.com", "service": "http://localhost:9000", "path": "/v2"},
		map[string]any{"service": "http_status:404"},
	}}}
	var after map[string]any
	c.ok("PUT", base+"/"+SeedTunnelHealthyID+"/configurations", put, &after)
	if after["version"].(float64) != 8 { // seeded at 7
		t.Fatalf("config version: %v", after["version"])
	}
	c.ok("GET", base+"/"+SeedTunnelHealthyID+"/configurations", nil, &cfg)
	if len(cfg["config"].(map[string]any)["ingress"].([]any)) != 3 {
		t.Fatalf("config not stored: %v", cfg)
	}
	bad := map[string]any{"config": map[string]any{"ingress": []any{map[string]any{"hostname": "app.example.com", "service": "http://localhost:8081"}}}}
	c.fail("PUT", base+"/"+SeedTunnelHealthyID+"/configurations", bad, 400, 1056)
	c.fail("GET", base+"/"+uuidFrom("nope"), nil, 404, 1003)
}

func TestTunnelCreateAndToken(t *testing.T) {
	s, c := newTestSim(t)
	base := "/accounts/" + SeedAccountID + "/cfd_tunnel"
	var tun map[string]any
	c.ok("POST", base, map[string]any{"name": "svc-new", "config_src": "cloudflare"}, &tun)
	id, _ := tun["id"].(string)
	if id == "" || tun["remote_config"] != true || tun["config_src"] != "cloudflare" || tun["status"] != "inactive" || tun["tun_type"] != "cfd_tunnel" {
		t.Fatalf("created tunnel: %v", tun)
	}
	var cfg map[string]any
	c.ok("GET", base+"/"+id+"/configurations", nil, &cfg)
	ing := cfg["config"].(map[string]any)["ingress"].([]any)
	if cfg["version"].(float64) != 1 || len(ing) != 1 || ing[0].(map[string]any)["service"] != "http_status:404" {
		t.Fatalf("a remotely managed tunnel starts with a catch-all: %v", cfg)
	}
	var tok string
	c.ok("GET", base+"/"+id+"/token", nil, &tok)
	if tok == "" || tok != s.TunnelToken(id) {
		t.Fatalf("token %q", tok)
	}
	if code, _, _ := c.call("POST", base, map[string]any{"name": "svc-new", "config_src": "cloudflare"}); code != 409 {
		t.Fatalf("duplicate name: %d", code)
	}
	if code, _, _ := c.call("GET", base+"/"+uuidFrom("nope")+"/token", nil); code != 404 {
		t.Fatalf("unknown tunnel token: %d", code)
	}
}
