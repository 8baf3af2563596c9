package cfsim

import (
	"strings"
	"testing"
)

func ruleByID(rs rulesetJSON, id string) map[string]any {
	for _, r := range rs.Rules {
		if r["id"] == id {
			return r
		}
	}
	return nil
}

// TestRuleServerDefaults: a skip rule created without logging logs; a rate
// limit rule gets requests_to_origin false and mitigation_timeout 0.
func TestRuleServerDefaults(t *testing.T) {
	_, c := newTestSim(t)
	var rs rulesetJSON
	c.ok("POST", "/zones/"+SeedZoneMainID+"/rulesets/"+SeedMainCustomRulesetID+"/rules", map[string]any{
		"action": "skip", "expression": `ip.src eq 192.0.2.1`, "action_parameters": map[string]any{"ruleset": "current"}}, &rs)
	r := rs.Rules[len(rs.Rules)-1]
	if lg, _ := r["logging"].(map[string]any); lg["enabled"] != true {
		t.Fatalf("skip rule logging: %v", r)
	}
	for _, k := range []string{"id", "version", "last_updated", "ref", "enabled", "description"} {
		if _, ok := r[k]; !ok {
			t.Errorf("rule lacks %s: %v", k, r)
		}
	}
	c.ok("POST", "/zones/"+SeedZoneMainID+"/rulesets/"+SeedMainRatelimitRulesetID+"/rules", map[string]any{
		"action": "block", "expression": `http.request.uri.path eq "/login"`,
		"ratelimit": map[string]any{"characteristics": []string{"cf.colo.id", "ip.src"}, "period": 60, "requests_per_period": 10}}, &rs)
	rl := rs.Rules[len(rs.Rules)-1]["ratelimit"].(map[string]any)
	if rl["requests_to_origin"] != false || rl["mitigation_timeout"] != float64(0) {
		t.Fatalf("ratelimit defaults: %v", rl)
	}
	if _, ok := rs.Rules[len(rs.Rules)-1]["logging"]; ok {
		t.Fatal("a block rule must not get logging")
	}
}

// TestRuleLoggingOnlyOnSkip: 20018 for logging on another action.
func TestRuleLoggingOnlyOnSkip(t *testing.T) {
	_, c := newTestSim(t)
	c.fail("POST", "/zones/"+SeedZoneMainID+"/rulesets/"+SeedMainCustomRulesetID+"/rules", map[string]any{
		"action": "block", "expression": `ip.src eq 192.0.2.1`, "logging": map[string]any{"enabled": true}}, 400, 20018)
}

// TestRulePatchReplaces: PATCH replaces the definition (fields left out
// are gone), a position-only body moves the rule unchanged.
func TestRulePatchReplaces(t *testing.T) {
	_, c := newTestSim(t)
	base := "/zones/" + SeedZoneMainID + "/rulesets/" + SeedMainCustomRulesetID + "/rules"
	ecc := map[string]any{"username_expression": `url_decode(http.request.body.form["user"][0])`, "password_expression": `url_decode(http.request.body.form["pass"][0])`}
	var rs rulesetJSON
	c.ok("POST", base, map[string]any{"action": "log", "expression": `http.request.uri.path eq "/login"`,
		"description": "creds", "exposed_credential_check": ecc}, &rs)
	id := rs.Rules[len(rs.Rules)-1]["id"].(string)
	if got := ruleByID(rs, id)["exposed_credential_check"]; !sameJSON(got, ecc) {
		t.Fatalf("exposed_credential_check not stored: %v", got)
	}
	ver := ruleByID(rs, id)["version"]
	// Move only: unchanged definition, new version.
	c.ok("PATCH", base+"/"+id, map[string]any{"position": map[string]any{"index": 1}}, &rs)
	if rs.Rules[0]["id"] != id || !sameJSON(rs.Rules[0]["exposed_credential_check"], ecc) || rs.Rules[0]["version"] == ver {
		t.Fatalf("position-only PATCH: %v", rs.Rules[0])
	}
	// A partial body replaces: description and the check are gone.
	rs = rulesetJSON{} // decoding into used maps would merge
	c.ok("PATCH", base+"/"+id, map[string]any{"action": "log", "expression": `http.request.uri.path eq "/login"`, "enabled": false}, &rs)
	r := ruleByID(rs, id)
	if _, ok := r["exposed_credential_check"]; ok || r["description"] != "" || r["enabled"] != false {
		t.Fatalf("PATCH merged instead of replacing: %v", r)
	}
	// skip → block with logging kept is 20018; without logging it succeeds.
	c.ok("PATCH", base+"/"+id, map[string]any{"action": "skip", "expression": "true", "action_parameters": map[string]any{"ruleset": "current"}}, &rs)
	c.fail("PATCH", base+"/"+id, map[string]any{"action": "block", "expression": "true", "logging": map[string]any{"enabled": true}}, 400, 20018)
	rs = rulesetJSON{}
	c.ok("PATCH", base+"/"+id, map[string]any{"action": "block", "expression": "true"}, &rs)
	if _, ok := ruleByID(rs, id)["logging"]; ok {
		t.Fatal("block rule kept logging")
	}
}

// TestDNSSettingsDataReadOnly: record settings and HTTPS/SVCB data are
// stored and shown; a read-only record shows meta.read_only and refuses
// changes.
func TestDNSSettingsDataReadOnly(t *testing.T) {
	s, c := newTestSim(t)
	base := "/zones/" + SeedZoneMainID + "/dns_records"
	var rec map[string]any
	c.ok("POST", base, map[string]any{"type": "CNAME", "name": "flat", "content": "target.example.net",
		"settings": map[string]any{"flatten_cname": true}}, &rec)
	if st, _ := rec["settings"].(map[string]any); st["flatten_cname"] != true {
		t.Fatalf("settings: %v", rec)
	}
	c.fail("POST", base, map[string]any{"type": "A", "name": "bad", "content": "192.0.2.9",
		"settings": map[string]any{"flatten_cname": true}}, 400, 1004)
	c.ok("POST", base, map[string]any{"type": "HTTPS", "name": "svc", "data": map[string]any{"priority": 1, "target": ".", "value": `alpn="h3,h2"`}}, &rec)
	if d, _ := rec["data"].(map[string]any); d["priority"] != float64(1) || d["value"] != `alpn="h3,h2"` || rec["content"] != `1 . alpn="h3,h2"` {
		t.Fatalf("HTTPS data: %v", rec)
	}
	var mx map[string]any
	c.ok("POST", base, map[string]any{"type": "MX", "name": "@", "content": "route1.mx.cloudflare.net", "priority": 10}, &mx)
	id := mx["id"].(string)
	if err := s.SetRecordReadOnly(SeedZoneMainID, id, true); err != nil {
		t.Fatal(err)
	}
	c.ok("GET", base+"/"+id, nil, &mx)
	if meta, _ := mx["meta"].(map[string]any); meta["read_only"] != true || mx["locked"] != true {
		t.Fatalf("read-only record: %v", mx)
	}
	c.fail("PATCH", base+"/"+id, map[string]any{"priority": 20}, 400, 81040)
	c.fail("DELETE", base+"/"+id, nil, 400, 81040)
}

// TestHTTPSRecordExportImport: an HTTPS record exported as BIND imports back
// with its data.
func TestHTTPSRecordExportImport(t *testing.T) {
	_, c := newTestSim(t)
	base := "/zones/" + SeedZoneDevID + "/dns_records"
	c.ok("POST", base, map[string]any{"type": "HTTPS", "name": "svc", "data": map[string]any{"priority": 1, "target": ".", "value": `alpn="h3,h2"`}}, nil)
	_, _, raw := c.call("GET", base+"/export", nil)
	if !strings.Contains(string(raw), `HTTPS	1 . alpn="h3,h2"`) && !strings.Contains(string(raw), `HTTPS 1 . alpn="h3,h2"`) {
		t.Fatalf("export lacks the HTTPS record:\n%s", raw)
	}
	s2, c2 := newTestSim(t)
	_ = s2
	body, ctype := multipartForm(t, map[string]string{"file": string(raw)})
	c2.ok("POST", "/zones/"+SeedZoneShopID+"/dns_records/import", rawBody{data: body, ctype: ctype}, nil)
	var recs []map[string]any
	c2.ok("GET", "/zones/"+SeedZoneShopID+"/dns_records?type=HTTPS", nil, &recs)
	if len(recs) != 1 {
		t.Fatalf("imported HTTPS records: %v", recs)
	}
	if d, _ := recs[0]["data"].(map[string]any); d["value"] != `alpn="h3,h2"` || d["target"] != "." {
		t.Fatalf("imported data: %v", recs[0])
	}
}
