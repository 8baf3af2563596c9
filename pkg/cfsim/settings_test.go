package cfsim

import "testing"

func TestZoneSettings(t *testing.T) {
	_, c := newTestSim(t)
	var all []map[string]any
	c.ok("GET", "/zones/"+SeedZoneShopID+"/settings", nil, &all)
	got := map[string]any{}
	for _, s := range all {
		got[s["id"].(string)] = s["value"]
	}
	if got["ssl"] != "flexible" || got["min_tls_version"] != "1.0" || got["always_use_https"] != "off" {
		t.Fatalf("shop zone must be weak: %v", got)
	}
	var one map[string]any
	c.ok("GET", "/zones/"+SeedZoneMainID+"/settings/ssl", nil, &one)
	if one["value"] != "strict" || one["editable"] != true {
		t.Fatalf("main ssl: %v", one)
	}
	base := "/zones/" + SeedZoneShopID + "/settings/"
	// PATCH as SettingEditParams marshals it.
	c.ok("PATCH", base+"ssl", map[string]any{"id": "ssl", "value": "strict"}, &one)
	if one["value"] != "strict" || one["modified_on"] != ts(fixedNow) {
		t.Fatalf("patch ssl: %v", one)
	}
	c.ok("GET", base+"ssl", nil, &one)
	if one["value"] != "strict" {
		t.Fatalf("ssl not stored: %v", one)
	}
	for _, tc := range []struct {
		id  string
		val any
	}{
		{"min_tls_version", "1.3"}, {"always_use_https", "on"}, {"security_level", "high"}, {"browser_check", "on"},
		{"tls_1_3", "zrt"}, {"automatic_https_rewrites", "on"}, {"opportunistic_encryption", "on"},
		{"security_header", map[string]any{"strict_transport_security": map[string]any{"enabled": true, "max_age": 31536000, "include_subdomains": true, "preload": true, "nosniff": true}}},
	} {
		c.ok("PATCH", base+tc.id, map[string]any{"value": tc.val}, &one)
		if !sameJSON(one["value"], tc.val) {
			t.Errorf("%s: got %v", tc.id, one["value"])
		}
	}
	for _, tc := range []struct {
		id  string
		val any
	}{
		{"ssl", "maximum"}, {"min_tls_version", "1.4"}, {"always_use_https", true}, {"security_level", "extreme"},
		{"browser_check", "yes"}, {"tls_1_3", "0rtt"}, {"automatic_https_rewrites", 1}, {"opportunistic_encryption", "enabled"},
		{"security_header", map[string]any{"strict_transport_security": map[string]any{"enabled": true, "max_age": 60, "preload": true}}},
		{"security_header", map[string]any{"strict_transport_security": map[string]any{"max_age": -1}}},
	} {
		c.fail("PATCH", base+tc.id, map[string]any{"value": tc.val}, 400, 1007)
	}
	c.fail("PATCH", base+"no_such_setting", map[string]any{"value": "on"}, 400, 1006)
	c.fail("GET", base+"no_such_setting", nil, 400, 1006)
	// Bulk edit is all or nothing.
	c.bad("PATCH", "/zones/"+SeedZoneShopID+"/settings", []any{map[string]any{"id": "ssl", "value": "off"}, map[string]any{"id": "tls_1_3", "value": "bad"}}, 400, 1007)
	c.ok("GET", base+"ssl", nil, &one)
	if one["value"] != "strict" {
		t.Fatalf("failed bulk edit changed ssl: %v", one)
	}
	var res []map[string]any
	c.ok("PATCH", "/zones/"+SeedZoneShopID+"/settings", []any{map[string]any{"id": "ssl", "value": "full"}, map[string]any{"id": "brotli", "value": "off"}}, &res)
	if len(res) != 2 || res[0]["value"] != "full" {
		t.Fatalf("bulk edit: %v", res)
	}
}
