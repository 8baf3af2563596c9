package cfsim

import (
	"strings"
	"testing"
)

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

func TestTunnelRotateDeleteAndConnect(t *testing.T) {
	s, c := newTestSim(t)
	base := "/accounts/" + SeedAccountID + "/cfd_tunnel"
	var tun map[string]any
	c.ok("POST", base, map[string]any{"name": "svc-rot", "config_src": "cloudflare"}, &tun)
	id := tun["id"].(string)
	old := s.TunnelToken(id)
	conn, err := s.Connect(old, "fra08", "198.51.100.9")
	if err != nil || conn == "" {
		t.Fatalf("connect with the token: %v", err)
	}
	c.ok("GET", base+"/"+id, nil, &tun)
	if tun["status"] != "degraded" || tun["conns_active_at"] == nil {
		t.Fatalf("after connect: %v", tun)
	}
	// PATCH as the API's "Update a Cloudflare Tunnel": a new secret rotates
	// the token; the old one no longer connects, the new one does.
	secret := "AQIDBAUGBwgBAgMEBQYHCAECAwQFBgcIAQIDBAUGBwg="
	c.ok("PATCH", base+"/"+id, map[string]any{"tunnel_secret": secret}, &tun)
	if tun["id"] != id || tun["name"] != "svc-rot" {
		t.Fatalf("patch answer: %v", tun)
	}
	fresh := s.TunnelToken(id)
	if fresh == old {
		t.Fatal("the token did not change")
	}
	if _, err := s.Connect(old, "ams01", "198.51.100.9"); err == nil || !strings.Contains(err.Error(), "Invalid tunnel secret") {
		t.Fatalf("the rotated-out token must be refused: %v", err)
	}
	conn2, err := s.Connect(fresh, "ams01", "198.51.100.9")
	if err != nil {
		t.Fatalf("new token: %v", err)
	}
	c.fail("PATCH", base+"/"+id, map[string]any{"tunnel_secret": "c2hvcnQ="}, 400, 1001)
	// A tunnel with connections is not deleted; a deleted tunnel is listed
	// only with is_deleted=true and refuses its token.
	c.fail("DELETE", base+"/"+id, map[string]any{}, 400, 1022)
	if !s.Disconnect(id, conn) || !s.Disconnect(id, conn2) {
		t.Fatal("disconnect")
	}
	c.ok("DELETE", base+"/"+id, map[string]any{}, &tun)
	if tun["deleted_at"] == nil || tun["conns_inactive_at"] == nil {
		t.Fatalf("deleted: %v", tun)
	}
	var list []map[string]any
	c.ok("GET", base+"?is_deleted=false", nil, &list)
	for _, x := range list {
		if x["id"] == id {
			t.Fatal("a deleted tunnel is listed with is_deleted=false")
		}
	}
	c.ok("GET", base+"?is_deleted=true", nil, &list)
	if len(list) != 1 || list[0]["id"] != id {
		t.Fatalf("is_deleted=true: %v", list)
	}
	c.ok("GET", base+"/"+id, nil, &tun)
	c.fail("GET", base+"/"+id+"/token", nil, 404, 1003)
	if _, err := s.Connect(fresh, "ams01", "198.51.100.9"); err == nil {
		t.Fatal("a deleted tunnel must not connect")
	}
	// The name is free again.
	c.ok("POST", base, map[string]any{"name": "svc-rot", "config_src": "cloudflare"}, &tun)
}
