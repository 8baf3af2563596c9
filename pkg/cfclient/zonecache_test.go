package cfclient

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfsim"
)

// TestZoneLookupCached: a zone looked up by name is fetched once within
// the TTL; a 404 on that zone drops the entry; after the TTL it is fetched
// again. API calls are counted.
func TestZoneLookupCached(t *testing.T) {
	gone := false
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		switch {
		case r.Path == "/client/v4/zones":
			ok(w, []any{zoneJSON(0)}, map[string]any{"page": 1, "per_page": 50, "count": 1, "total_count": 1, "total_pages": 1})
		case strings.HasPrefix(r.Path, "/client/v4/zones/") && gone:
			fail(w, 404, 1001, "Invalid zone identifier")
		default:
			ok(w, zoneJSON(0), nil)
		}
	})
	c, _ := f.client(t, nil)
	now := time.Unix(1_800_000_000, 0)
	c.zoneCache.now = func() time.Time { return now }
	ctx := context.Background()
	lookups := func() int {
		n := 0
		for _, r := range f.requests() {
			if r.Path == "/client/v4/zones" {
				n++
			}
		}
		return n
	}
	for i := 0; i < 5; i++ {
		p := must(c.ListZones(ctx, ZoneFilter{Name: "z0.example"}, 2)).ok(t)
		if len(p.Items) != 1 || p.Items[0].Name != "z0.example" {
			t.Fatalf("lookup %d: %+v", i, p)
		}
		p.Items[0].Name = "mutated" // callers cannot alter the cache
	}
	if n := lookups(); n != 1 {
		t.Fatalf("5 lookups by name made %d API calls, want 1", n)
	}
	// A listing without a name is never cached.
	must(c.ListZones(ctx, ZoneFilter{}, 0)).ok(t)
	must(c.ListZones(ctx, ZoneFilter{}, 0)).ok(t)
	if n := lookups(); n != 3 {
		t.Fatalf("unfiltered listings: %d calls, want 3", n)
	}
	// A 404 on the zone invalidates it.
	gone = true
	id := zoneJSON(0)["id"].(string)
	if _, err := c.GetZone(ctx, id); err == nil {
		t.Fatal("want 404")
	}
	must(c.ListZones(ctx, ZoneFilter{Name: "z0.example"}, 2)).ok(t)
	if n := lookups(); n != 4 {
		t.Fatalf("after a 404: %d calls, want 4", n)
	}
	// The TTL bounds the entry's life.
	now = now.Add(DefaultZoneCacheTTL + time.Second)
	must(c.ListZones(ctx, ZoneFilter{Name: "z0.example"}, 2)).ok(t)
	if n := lookups(); n != 5 {
		t.Fatalf("after the TTL: %d calls, want 5", n)
	}
	// Disabled with a negative TTL.
	c2, _ := f.client(t, func(cfg *Config) { cfg.ZoneCacheTTL = -1 })
	must(c2.ListZones(ctx, ZoneFilter{Name: "z0.example"}, 2)).ok(t)
	must(c2.ListZones(ctx, ZoneFilter{Name: "z0.example"}, 2)).ok(t)
	if n := lookups(); n != 7 {
		t.Fatalf("cache off: %d calls, want 7", n)
	}
}

// TestInProcessSandboxNotThrottled: 300 requests to the embedded simulator
// never wait on the client's own rate limiter (it used to wait ~272 ms a
// request after the burst of 100); a loopback sandbox over HTTP keeps it.
func TestInProcessSandboxNotThrottled(t *testing.T) {
	sim := cfsim.New(cfsim.Options{})
	c, err := New(Config{Token: testToken, BaseURL: "http://127.0.0.1" + cfsim.BasePath, Sandbox: true,
		HTTPClient: &http.Client{Transport: sim.Transport()}})
	if err != nil {
		t.Fatal(err)
	}
	if c.do.limiter != nil {
		t.Fatal("in-process sandbox has a client-side rate limiter")
	}
	var slept []time.Duration
	c.do.sleep = func(ctx context.Context, d time.Duration) error { slept = append(slept, d); return nil }
	for i := 0; i < 300; i++ {
		if _, err := c.GetZone(context.Background(), cfsim.SeedZoneMainID); err != nil {
			t.Fatal(err)
		}
	}
	if len(slept) != 0 {
		t.Fatalf("in-process sandbox waited %d times", len(slept))
	}
	f := newFake(t, func(w http.ResponseWriter, r *recorded) { ok(w, zoneJSON(0), nil) })
	lc, _ := f.client(t, nil)
	if lc.do.limiter == nil {
		t.Fatal("a sandbox over HTTP lost its rate limiter")
	}
}

// TestRuleAndRecordKeepUnknownFields: fields cfclient does not model
// survive a decode and encode, beside the modelled ones.
func TestRuleAndRecordKeepUnknownFields(t *testing.T) {
	in := `{"id":"r1","action":"log","expression":"true","exposed_credential_check":{"username_expression":"u","password_expression":"p"},"future_field":{"x":[1,2]},"version":"3"}`
	var r Rule
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	if string(r.ExposedCredentialCheck) != `{"username_expression":"u","password_expression":"p"}` || string(r.Extra["future_field"]) != `{"x":[1,2]}` || len(r.Extra) != 1 {
		t.Fatalf("decoded %+v", r)
	}
	out, err := json.Marshal(ruleBody{Rule: r, Position: &RulePosition{Index: 2}})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	_ = json.Unmarshal(out, &m)
	if m["future_field"] == nil || m["exposed_credential_check"] == nil || m["position"] == nil || m["action"] != "log" {
		t.Fatalf("encoded %s", out)
	}
	var rec DNSRecord
	if err := json.Unmarshal([]byte(`{"id":"x","type":"HTTPS","name":"a.example.com","ttl":1,"proxied":false,"data":{"priority":1,"target":".","value":"alpn=h2"},"settings":{"ipv4_only":true},"meta":{"read_only":true},"private_routing":true}`), &rec); err != nil {
		t.Fatal(err)
	}
	if !rec.ReadOnly() || string(rec.Extra["private_routing"]) != "true" || string(rec.Settings) != `{"ipv4_only":true}` {
		t.Fatalf("record %+v", rec)
	}
	b, _ := json.Marshal(DNSBatchRecord{ID: "x", DNSRecordInput: DNSRecordInput{Type: "A", Settings: rec.Settings, Extra: rec.Extra}})
	if !strings.Contains(string(b), `"private_routing":true`) || !strings.Contains(string(b), `"settings":{"ipv4_only":true}`) || !strings.HasPrefix(string(b), `{"id":"x"`) {
		t.Fatalf("batch record %s", b)
	}
}
