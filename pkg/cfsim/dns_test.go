package cfsim

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func newTestSim(t testing.TB) (*Sim, client) {
	s := New(Options{Now: func() time.Time { return fixedNow }})
	return s, client{t: t, h: wrap(t, s.Handler())}
}

func TestZonesListFiltersAndGet(t *testing.T) {
	_, c := newTestSim(t)
	var zones []map[string]any
	e := c.ok("GET", "/zones", nil, &zones)
	if len(zones) != 3 || e.ResultInfo["total_count"].(float64) != 3 {
		t.Fatalf("want 3 zones, got %d (%v)", len(zones), e.ResultInfo)
	}
	c.ok("GET", "/zones?name=example.shop", nil, &zones)
	if len(zones) != 1 || zones[0]["id"] != SeedZoneShopID {
		t.Fatalf("name filter: %v", zones)
	}
	c.ok("GET", "/zones?name=ends_with:.dev", nil, &zones)
	if len(zones) != 1 || zones[0]["name"] != SeedZoneDev {
		t.Fatalf("ends_with filter: %v", zones)
	}
	c.ok("GET", "/zones?status=active", nil, &zones)
	if len(zones) != 2 {
		t.Fatalf("status filter: want 2 active, got %d", len(zones))
	}
	var z map[string]any
	c.ok("GET", "/zones/"+SeedZoneMainID, nil, &z)
	if z["name"] != SeedZoneMain {
		t.Fatalf("zone get: %v", z["name"])
	}
	c.fail("GET", "/zones/"+HexID("nope"), nil, 404, 1001)
	c.fail("GET", "/zones/not-an-id", nil, 400, 7003)
	c.fail("GET", "/nothing/here", nil, 400, 7000)
}

func TestAuthRequired(t *testing.T) {
	s := New(Options{Tokens: []string{"good"}})
	h := wrap(t, s.Handler())
	for _, tc := range []struct{ name, authz string }{{"missing", ""}, {"wrong", "Bearer bad"}, {"not bearer", "Basic Zm9v"}} {
		req := httptestRequest("GET", "/zones", tc.authz)
		rec := serve(h, req)
		if rec.Code != 401 || !strings.Contains(rec.Body.String(), `"code":10000`) {
			t.Errorf("%s: status %d body %s", tc.name, rec.Code, rec.Body)
		}
	}
	rec := serve(h, httptestRequest("GET", "/zones", "Bearer good"))
	if rec.Code != 200 {
		t.Fatalf("good token: %d %s", rec.Code, rec.Body)
	}
	rec = serve(h, httptestRequest("GET", "/user/tokens/verify", "Bearer good"))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"status":"active"`) {
		t.Fatalf("verify: %d %s", rec.Code, rec.Body)
	}
	rec = serve(h, httptestRequest("GET", "/user/tokens/verify", "Bearer "+RevokedToken))
	if rec.Code != 401 {
		t.Fatalf("verify revoked: %d %s", rec.Code, rec.Body)
	}
}

func TestDNSCreateListGetUpdateDelete(t *testing.T) {
	_, c := newTestSim(t)
	base := "/zones/" + SeedZoneShopID + "/dns_records"
	var created dnsRec
	c.ok("POST", base, map[string]any{"name": "new", "type": "A", "content": "192.0.2.55", "ttl": 300, "proxied": false, "comment": "added"}, &created)
	if created.Name != "new.example.shop" || created.TTL != 300 || len(created.ID) != 32 {
		t.Fatalf("created: %+v", created)
	}
	var list []dnsRec
	c.ok("GET", base+"?name.exact=new.example.shop&type=A", nil, &list)
	if len(list) != 1 || list[0].ID != created.ID {
		t.Fatalf("list after create: %+v", list)
	}
	var got dnsRec
	c.ok("GET", base+"/"+created.ID, nil, &got)
	if got.Content != "192.0.2.55" || got.Comment != "added" {
		t.Fatalf("get: %+v", got)
	}
	// PATCH keeps fields not sent.
	c.ok("PATCH", base+"/"+created.ID, map[string]any{"type": "A", "content": "192.0.2.56"}, &got)
	if got.Content != "192.0.2.56" || got.TTL != 300 || got.Comment != "added" {
		t.Fatalf("patch: %+v", got)
	}
	// PUT replaces: fields not sent take defaults.
	got = dnsRec{}
	c.ok("PUT", base+"/"+created.ID, map[string]any{"name": "new.example.shop", "type": "A", "content": "192.0.2.57", "proxied": true}, &got)
	if got.Content != "192.0.2.57" || got.TTL != 1 || !got.Proxied || got.Comment != "" {
		t.Fatalf("put: %+v", got)
	}
	// A PATCH that changes the type drops the old type's fields.
	var mx dnsRec
	c.ok("POST", base, map[string]any{"name": "mx-then-a", "type": "MX", "content": "mx.example.net", "priority": 5}, &mx)
	var asA dnsRec
	c.ok("PATCH", base+"/"+mx.ID, map[string]any{"type": "A", "content": "192.0.2.60"}, &asA)
	if asA.Type != "A" || asA.Priority != nil {
		t.Fatalf("type change kept priority: %+v", asA)
	}
	var del map[string]string
	c.ok("DELETE", base+"/"+created.ID, nil, &del)
	if del["id"] != created.ID {
		t.Fatalf("delete result: %v", del)
	}
	c.fail("GET", base+"/"+created.ID, nil, 404, 81044)
	c.ok("GET", base+"?name.exact=new.example.shop", nil, &list)
	if len(list) != 0 {
		t.Fatalf("list after delete: %+v", list)
	}
}

func TestDNSDuplicateAndValidation(t *testing.T) {
	_, c := newTestSim(t)
	base := "/zones/" + SeedZoneMainID + "/dns_records"
	c.fail("POST", base, map[string]any{"name": "origin", "type": "A", "content": "198.51.100.7", "ttl": 300}, 400, 81057)
	e := c.fail("POST", base, map[string]any{"name": "bad", "type": "A", "content": "not-an-ip", "ttl": 1}, 400, 1004)
	if len(e.Errors[0].ErrorChain) == 0 || !strings.Contains(e.Errors[0].ErrorChain[0].Message, "IPv4") {
		t.Fatalf("1004 without reason: %+v", e.Errors)
	}
	c.fail("POST", base, map[string]any{"name": "bad", "type": "AAAA", "content": "192.0.2.1"}, 400, 1004)
	c.bad("POST", base, map[string]any{"name": "bad", "type": "A", "content": "192.0.2.1", "ttl": 5}, 400, 1004)
	c.fail("POST", base, map[string]any{"name": "bad", "type": "MX", "content": "mx.example.com"}, 400, 1004)
	c.fail("POST", base, map[string]any{"name": "bad", "type": "TXT", "content": "x", "proxied": true}, 400, 1004)
	c.fail("POST", base, map[string]any{"name": "www", "type": "A", "content": "192.0.2.1"}, 400, 81054)
	c.fail("POST", base, map[string]any{"name": "api", "type": "CNAME", "content": "example.net"}, 400, 81053)
	c.bad("POST", base, `{"name":`, 400, 6007)
}

func TestDNSListFiltersAndPagination(t *testing.T) {
	_, c := newTestSim(t)
	base := "/zones/" + SeedZoneMainID + "/dns_records"
	var all []dnsRec
	e := c.ok("GET", base+"?per_page=100", nil, &all)
	total := int(e.ResultInfo["total_count"].(float64))
	if total < 24 || len(all) != total {
		t.Fatalf("want dozens of records, got %d (%v)", len(all), e.ResultInfo)
	}
	seen := map[string]bool{}
	pages := 0
	for page := 1; ; page++ {
		var got []dnsRec
		e := c.ok("GET", fmt.Sprintf("%s?per_page=10&page=%d", base, page), nil, &got)
		if len(got) == 0 {
			if int(e.ResultInfo["page"].(float64)) != page {
				t.Fatalf("empty page reports page %v", e.ResultInfo["page"])
			}
			break
		}
		pages++
		if e.ResultInfo["per_page"].(float64) != 10 || int(e.ResultInfo["total_pages"].(float64)) != (total+9)/10 || int(e.ResultInfo["count"].(float64)) != len(got) {
			t.Fatalf("result_info: %v", e.ResultInfo)
		}
		for _, r := range got {
			if seen[r.ID] {
				t.Fatalf("record %s on two pages", r.ID)
			}
			seen[r.ID] = true
		}
	}
	if len(seen) != total || pages != (total+9)/10 {
		t.Fatalf("paged %d records over %d pages, want %d", len(seen), pages, total)
	}
	var mx []dnsRec
	c.ok("GET", base+"?type=MX", nil, &mx)
	if len(mx) != 2 || mx[0].Priority == nil {
		t.Fatalf("type filter: %+v", mx)
	}
	var unproxied []dnsRec
	c.ok("GET", base+"?proxied=false&type=A", nil, &unproxied)
	for _, r := range unproxied {
		if r.Proxied || r.Type != "A" {
			t.Fatalf("proxied filter: %+v", r)
		}
	}
	if len(unproxied) < 3 {
		t.Fatalf("want exposed origins, got %d unproxied A records", len(unproxied))
	}
	var byContent []dnsRec
	c.ok("GET", base+"?content.exact=198.51.100.7", nil, &byContent)
	if len(byContent) != 3 {
		t.Fatalf("content filter: %+v", byContent)
	}
	var tagged []dnsRec
	c.ok("GET", base+"?tag.exact=env:staging", nil, &tagged)
	if len(tagged) != 1 || tagged[0].Name != "staging.example.com" {
		t.Fatalf("tag filter: %+v", tagged)
	}
	c.ok("GET", base+"?tag.present=env&tag.absent=env", nil, &tagged)
	if len(tagged) != 0 {
		t.Fatalf("present and absent: %+v", tagged)
	}
	c.ok("GET", base+"?tag.present=env&tag.absent=env&tag_match=any", nil, &tagged)
	if len(tagged) != total {
		t.Fatalf("tag_match=any: %d of %d", len(tagged), total)
	}
	c.ok("GET", base+"?name=www.example.com", nil, &byContent)
	if len(byContent) != 1 || byContent[0].Type != "CNAME" {
		t.Fatalf("name filter: %+v", byContent)
	}
}

func TestDNSBatchOrderAndAtomicity(t *testing.T) {
	_, c := newTestSim(t)
	base := "/zones/" + SeedZoneShopID + "/dns_records"
	var before []dnsRec
	c.ok("GET", base, nil, &before)
	byName := map[string]dnsRec{}
	for _, r := range before {
		byName[r.Name+"/"+r.Type] = r
	}
	db := byName["db.example.shop/A"]
	admin := byName["admin.example.shop/A"]
	origin := byName["origin-shop.example.shop/A"]

	// A failing post (duplicate of a record the batch itself does not remove)
	// rolls back the delete and patch before it.
	body := map[string]any{
		"deletes": []any{map[string]any{"id": db.ID}},
		"patches": []any{map[string]any{"id": admin.ID, "proxied": true}},
		"posts":   []any{map[string]any{"name": "origin-shop", "type": "A", "content": "198.51.100.80", "ttl": 300}},
	}
	e := c.fail("POST", base+"/batch", body, 400, 81057)
	if !strings.Contains(e.Errors[0].Message, "posts[0]") {
		t.Fatalf("error does not name the failing operation: %+v", e.Errors)
	}
	var after []dnsRec
	c.ok("GET", base, nil, &after)
	if len(after) != len(before) {
		t.Fatalf("failed batch changed the zone: %d → %d records", len(before), len(after))
	}
	var adminNow dnsRec
	c.ok("GET", base+"/"+admin.ID, nil, &adminNow)
	if adminNow.Proxied {
		t.Fatal("failed batch left its patch applied")
	}

	// Deletes run before posts: re-creating a deleted record in the same batch works.
	var res map[string][]dnsRec
	body = map[string]any{
		"deletes": []any{map[string]any{"id": origin.ID}},
		"posts":   []any{map[string]any{"name": "origin-shop", "type": "A", "content": "198.51.100.80", "ttl": 120}, map[string]any{"name": "new", "type": "TXT", "content": "\"hello\""}},
		"puts":    []any{map[string]any{"id": db.ID, "name": "db", "type": "A", "content": "198.51.100.90", "ttl": 300}},
		"patches": []any{map[string]any{"id": admin.ID, "proxied": true}},
	}
	c.ok("POST", base+"/batch", body, &res)
	if len(res["deletes"]) != 1 || res["deletes"][0].ID != origin.ID || len(res["posts"]) != 2 || len(res["puts"]) != 1 || len(res["patches"]) != 1 {
		t.Fatalf("batch result: %+v", res)
	}
	if !res["patches"][0].Proxied || res["puts"][0].Content != "198.51.100.90" || res["posts"][0].TTL != 120 {
		t.Fatalf("batch applied wrongly: %+v", res)
	}
	c.ok("GET", base, nil, &after)
	if len(after) != len(before)+1 {
		t.Fatalf("after batch: %d records, want %d", len(after), len(before)+1)
	}
	// Patches run before posts: a patch cannot see a record posted in the same batch.
	c.fail("POST", base+"/batch", map[string]any{"patches": []any{map[string]any{"id": HexID("not there"), "ttl": 60}}}, 404, 81044)
}

func TestDNSExportImport(t *testing.T) {
	_, c := newTestSim(t)
	code, _, raw := c.call("GET", "/zones/"+SeedZoneMainID+"/dns_records/export", nil)
	text := string(raw)
	if code != 200 || !strings.Contains(text, "SOA") || !strings.Contains(text, "www.example.com.\t1\tIN\tCNAME\texample.com. ; cf_tags=cf-proxied:true") {
		t.Fatalf("export: %d\n%s", code, text)
	}
	if !strings.Contains(text, "example.com.\t3600\tIN\tMX\t10 mail.example.com.") {
		t.Fatalf("export lacks MX:\n%s", text)
	}
	// Import the export into the empty-ish dev zone: everything not yet there is added.
	mp, ctype := multipartForm(t, map[string]string{"file": strings.ReplaceAll(text, "example.com.", "example.dev."), "proxied": "false"})
	var res map[string]float64
	c.ok("POST", "/zones/"+SeedZoneDevID+"/dns_records/import", rawBody{mp, ctype}, &res)
	if res["total_records_parsed"] < 25 || res["recs_added"] < 20 || res["recs_added"] > res["total_records_parsed"] {
		t.Fatalf("import result: %v", res)
	}
	var mx []dnsRec
	c.ok("GET", "/zones/"+SeedZoneDevID+"/dns_records?type=MX", nil, &mx)
	if len(mx) != 2 {
		t.Fatalf("imported MX: %+v", mx)
	}
	var www []dnsRec
	c.ok("GET", "/zones/"+SeedZoneDevID+"/dns_records?name.exact=api.example.dev&type=A", nil, &www)
	if len(www) != 1 || !www[0].Proxied {
		t.Fatalf("cf-proxied tag not honoured: %+v", www)
	}
	// Re-import adds nothing.
	c.ok("POST", "/zones/"+SeedZoneDevID+"/dns_records/import", rawBody{mp, ctype}, &res)
	if res["recs_added"] != 0 {
		t.Fatalf("re-import added %v", res["recs_added"])
	}
	bad, ctype := multipartForm(t, map[string]string{"file": "x.example.dev. 300 IN A 999.1.1.1\n"})
	c.fail("POST", "/zones/"+SeedZoneDevID+"/dns_records/import", rawBody{bad, ctype}, 400, 1004)
}
