package cfclient

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestGraphQL(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		switch r.n {
		case 1:
			fail(w, 503, 1, "busy") // retried: queries are read-only
		case 2:
			_, _ = w.Write([]byte(`{"data":{"viewer":{"zones":[{"httpRequestsAdaptiveGroups":[{"count":42}]}]}},"errors":null}`))
		case 3:
			_, _ = w.Write([]byte(`{"data":null,"errors":[{"message":"unknown field \"bogus\"","path":["viewer"]}]}`))
		default:
			_, _ = w.Write([]byte(`{"data":null}`))
		}
	})
	c, _ := f.client(t, nil)
	var out struct {
		Viewer struct {
			Zones []struct {
				Groups []struct {
					Count int `json:"count"`
				} `json:"httpRequestsAdaptiveGroups"`
			} `json:"zones"`
		} `json:"viewer"`
	}
	vars := map[string]any{"zoneTag": zoneID, "limit": 10}
	if err := c.GraphQL(context.Background(), "query Q($zoneTag: string) { viewer { zones { httpRequestsAdaptiveGroups { count } } } }", vars, &out); err != nil {
		t.Fatal(err)
	}
	if out.Viewer.Zones[0].Groups[0].Count != 42 {
		t.Fatalf("decoded %+v", out)
	}
	reqs := f.requests()
	last := reqs[1]
	if last.Method != http.MethodPost || last.Path != "/client/v4/graphql" || last.Auth != "Bearer "+testToken {
		t.Fatalf("request %s %s auth=%q", last.Method, last.Path, last.Auth)
	}
	var sent struct {
		Query     string         `json:"query"`
		Variables map[string]any `json:"variables"`
	}
	if err := json.Unmarshal(last.Body, &sent); err != nil || !strings.HasPrefix(sent.Query, "query Q") || sent.Variables["zoneTag"] != zoneID {
		t.Fatalf("body %s", last.Body)
	}
	err := c.GraphQL(context.Background(), "{ viewer { bogus } }", nil, &out)
	if !errors.Is(err, ErrValidation) || !strings.Contains(err.Error(), `unknown field "bogus"`) {
		t.Fatalf("GraphQL errors: %v", err)
	}
	if err := c.GraphQL(context.Background(), "{ viewer { zones { x } } }", nil, &out); !errors.Is(err, ErrAPI) {
		t.Fatalf("no data: %v", err)
	}
	if err := c.GraphQL(context.Background(), "  ", nil, &out); !errors.Is(err, ErrValidation) {
		t.Fatalf("empty query: %v", err)
	}
}

func TestListAuditLogs(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		q, _ := url.ParseQuery(r.Query)
		entry := func(id string) map[string]any {
			return map[string]any{"id": id, "when": "2026-11-20T10:00:00Z", "action": map[string]any{"type": "rec_add", "result": true},
				"actor": map[string]any{"email": "ops@example.com", "type": "user"}, "owner": map[string]any{"id": acctID},
				"resource": map[string]any{"type": "DNS_record", "id": "r1"}}
		}
		if q.Get("page") == "1" {
			ok(w, []any{entry("a"), entry("b")}, map[string]any{"page": 1, "per_page": 2, "total_pages": 2, "total_count": 3})
			return
		}
		ok(w, []any{entry("c")}, map[string]any{"page": 2, "per_page": 2, "total_pages": 2, "total_count": 3})
	})
	c, _ := f.client(t, nil)
	p, err := c.ListAuditLogs(context.Background(), AuditFilter{Since: "2026-11-19T00:00:00Z", Before: "2026-11-21T00:00:00Z",
		ActionType: "rec_add", ActorEmail: "ops@example.com", ZoneName: "example.com"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Items) != 3 || p.Items[0].Action.Type != "rec_add" || p.Items[0].Actor.Email != "ops@example.com" || p.Total != 3 {
		t.Fatalf("audit page %+v", p)
	}
	r := f.requests()[0]
	if r.Path != "/client/v4/accounts/"+acctID+"/audit_logs" {
		t.Fatalf("path %s", r.Path)
	}
	q, _ := url.ParseQuery(r.Query)
	for k, v := range map[string]string{"since": "2026-11-19T00:00:00Z", "before": "2026-11-21T00:00:00Z", "action.type": "rec_add",
		"actor.email": "ops@example.com", "zone.name": "example.com", "direction": "desc", "per_page": "100"} {
		if q.Get(k) != v {
			t.Errorf("query %s = %q, want %q (%s)", k, q.Get(k), v, r.Query)
		}
	}
}

func TestAccountDiscovery(t *testing.T) {
	// Explicit account: no discovery request.
	f := newFake(t, func(w http.ResponseWriter, r *recorded) { ok(w, []any{}, nil) })
	c, _ := f.client(t, nil)
	if id, err := c.AccountID(context.Background()); err != nil || id != acctID || len(f.requests()) != 0 {
		t.Fatalf("explicit account: %q %v %d requests", id, err, len(f.requests()))
	}
	other := zoneJSON(1)
	other["account"] = map[string]any{"id": strings.Repeat("b", 32)}
	cases := []struct {
		name  string
		zones []any
		want  string
	}{
		{"one account", []any{zoneJSON(0), zoneJSON(1)}, acctID},
		{"two accounts", []any{zoneJSON(0), other}, ""},
		{"no zones", []any{}, ""},
	}
	for _, cs := range cases {
		g := newFake(t, func(w http.ResponseWriter, r *recorded) {
			ok(w, cs.zones, map[string]any{"page": 1, "per_page": 50, "total_pages": 1})
		})
		c, _ := g.client(t, func(c *Config) { c.AccountID = "" })
		id, err := c.AccountID(context.Background())
		if cs.want == "" {
			if !errors.Is(err, ErrConfig) {
				t.Errorf("%s: want ErrConfig, got %q %v", cs.name, id, err)
			}
			continue
		}
		if err != nil || id != cs.want {
			t.Errorf("%s: %q %v", cs.name, id, err)
		}
		// Cached: no second discovery.
		n := len(g.requests())
		_, _ = c.AccountID(context.Background())
		if len(g.requests()) != n {
			t.Errorf("%s: account id not cached", cs.name)
		}
	}
}

// TestBadIDsNeverSent checks that every method refuses a malformed id
// before any request, so an id can never rewrite the request path.
func TestBadIDsNeverSent(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) { ok(w, map[string]any{}, nil) })
	c, _ := f.client(t, nil)
	ctx := context.Background()
	bad := "../../accounts"
	good := zoneID
	calls := map[string]func() error{
		"GetZone":               func() error { _, err := c.GetZone(ctx, bad); return err },
		"ListDNSRecords":        func() error { _, err := c.ListDNSRecords(ctx, bad, DNSFilter{}, 0); return err },
		"EachDNSRecord":         func() error { _, _, err := c.EachDNSRecord(ctx, bad, DNSFilter{}, 0, nil); return err },
		"ListDNSRecordsPage":    func() error { _, _, err := c.ListDNSRecordsPage(ctx, bad, DNSFilter{}, 1, 1); return err },
		"GetDNSRecord":          func() error { _, err := c.GetDNSRecord(ctx, good, bad); return err },
		"CreateDNSRecord":       func() error { _, err := c.CreateDNSRecord(ctx, bad, DNSRecordInput{}); return err },
		"UpdateDNSRecord":       func() error { _, err := c.UpdateDNSRecord(ctx, good, bad, DNSRecordInput{}); return err },
		"EditDNSRecord":         func() error { _, err := c.EditDNSRecord(ctx, bad, good, DNSRecordInput{}); return err },
		"DeleteDNSRecord":       func() error { return c.DeleteDNSRecord(ctx, good, bad) },
		"BatchDNSRecords":       func() error { _, err := c.BatchDNSRecords(ctx, bad, DNSBatch{}); return err },
		"ExportDNSRecords":      func() error { _, err := c.ExportDNSRecords(ctx, bad); return err },
		"ImportDNSRecords":      func() error { _, err := c.ImportDNSRecords(ctx, bad, "", false); return err },
		"ListRulesets":          func() error { _, err := c.ListRulesets(ctx, bad); return err },
		"GetRuleset":            func() error { _, err := c.GetRuleset(ctx, good, bad); return err },
		"GetPhaseEntrypoint":    func() error { _, err := c.GetPhaseEntrypoint(ctx, good, "../x"); return err },
		"UpdatePhaseEntrypoint": func() error { _, err := c.UpdatePhaseEntrypoint(ctx, good, "", RulesetUpdate{}); return err },
		"CreateRule":            func() error { _, err := c.CreateRule(ctx, good, bad, Rule{}, nil); return err },
		"UpdateRule":            func() error { _, err := c.UpdateRule(ctx, good, good, bad, Rule{}, nil); return err },
		"DeleteRule":            func() error { _, err := c.DeleteRule(ctx, bad, good, good); return err },
		"GetIPList":             func() error { _, err := c.GetIPList(ctx, bad); return err },
		"ListListItems":         func() error { _, err := c.ListListItems(ctx, bad, "", 0); return err },
		"AddListItems":          func() error { _, err := c.AddListItems(ctx, bad, []ListItem{{IP: "192.0.2.1"}}); return err },
		"ReplaceListItems":      func() error { _, err := c.ReplaceListItems(ctx, bad, nil); return err },
		"DeleteListItems":       func() error { _, err := c.DeleteListItems(ctx, bad, []string{"x"}); return err },
		"GetBulkOperation":      func() error { _, err := c.GetBulkOperation(ctx, bad); return err },
		"GetTunnel":             func() error { _, err := c.GetTunnel(ctx, bad); return err },
		"ListTunnelConnections": func() error { _, err := c.ListTunnelConnections(ctx, bad); return err },
		"GetTunnelConfig":       func() error { _, err := c.GetTunnelConfig(ctx, bad); return err },
		"PutTunnelConfigRaw":    func() error { _, err := c.PutTunnelConfigRaw(ctx, bad, json.RawMessage(`{}`)); return err },
		"GetZoneSettings":       func() error { _, err := c.GetZoneSettings(ctx, bad); return err },
		"GetZoneSetting":        func() error { _, err := c.GetZoneSetting(ctx, good, "ssl/../x"); return err },
		"EditZoneSetting":       func() error { _, err := c.EditZoneSetting(ctx, bad, "ssl", "x"); return err },
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, ErrValidation) {
			t.Errorf("%s: want ErrValidation, got %v", name, err)
		}
	}
	if n := len(f.requests()); n != 0 {
		t.Fatalf("%d requests were sent for malformed ids", n)
	}
}

func TestRequestBodies(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		switch {
		case strings.HasSuffix(r.Path, "/items"):
			ok(w, map[string]any{"operation_id": "4da8780eeb215e6cb7f48dd981c4ea02"}, nil)
		case strings.Contains(r.Path, "/rules"):
			ok(w, map[string]any{"id": strings.Repeat("c", 32), "rules": []any{}}, nil)
		default:
			ok(w, map[string]any{"id": "x"}, nil)
		}
	})
	c, _ := f.client(t, nil)
	ctx := context.Background()
	prio := 10
	_, _ = c.CreateDNSRecord(ctx, zoneID, DNSRecordInput{Type: "MX", Name: "example.com", Content: "mx.example.com", TTL: 3600, Priority: &prio})
	_, _ = c.EditDNSRecord(ctx, zoneID, zoneID, DNSRecordInput{Comment: ptr("")})
	_, _ = c.CreateRule(ctx, zoneID, zoneID, Rule{ID: "ignored", Action: "block", Expression: "true"}, &RulePosition{Before: strings.Repeat("d", 32)})
	_, _ = c.DeleteListItems(ctx, zoneID, []string{"i1", "i2"})
	_, _ = c.PutTunnelConfigRaw(ctx, "6dd4e806-79e3-5be5-a75a-b2399196c0b6", json.RawMessage(`{"ingress":[{"service":"http_status:404"}]}`))
	_, _ = c.EditZoneSetting(ctx, zoneID, "ssl", "strict")
	want := []struct{ method, pathSuffix, body string }{
		{"POST", "/dns_records", `{"type":"MX","name":"example.com","content":"mx.example.com","ttl":3600,"priority":10}`},
		{"PATCH", "/dns_records/" + zoneID, `{"comment":""}`},
		{"POST", "/rules", `{"action":"block","expression":"true","position":{"before":"` + strings.Repeat("d", 32) + `"}}`},
		{"DELETE", "/items", `{"items":[{"id":"i1"},{"id":"i2"}]}`},
		{"PUT", "/configurations", `{"config":{"ingress":[{"service":"http_status:404"}]}}`},
		{"PATCH", "/settings/ssl", `{"value":"strict"}`},
	}
	reqs := f.requests()
	if len(reqs) != len(want) {
		t.Fatalf("%d requests, want %d", len(reqs), len(want))
	}
	for i, w := range want {
		r := reqs[i]
		if r.Method != w.method || !strings.HasSuffix(r.Path, w.pathSuffix) || strings.TrimSpace(string(r.Body)) != w.body {
			t.Errorf("request %d: %s %s %s\nwant %s …%s %s", i, r.Method, r.Path, r.Body, w.method, w.pathSuffix, w.body)
		}
		if ct := r.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("request %d: Content-Type %q", i, ct)
		}
	}
}

func TestBatchShape(t *testing.T) {
	b, err := json.Marshal(DNSBatch{
		Deletes: []DNSBatchID{{ID: "a"}},
		Patches: []DNSBatchRecord{{ID: "b", DNSRecordInput: DNSRecordInput{TTL: 300}}, {ID: "c"}},
	})
	if err != nil || string(b) != `{"deletes":[{"id":"a"}],"patches":[{"id":"b","ttl":300},{"id":"c"}]}` {
		t.Fatalf("batch JSON %s %v", b, err)
	}
	c, _ := New(Config{Token: "t"})
	big := DNSBatch{Deletes: make([]DNSBatchID, MaxBatchOps+1)}
	if _, err := c.BatchDNSRecords(context.Background(), zoneID, big); !errors.Is(err, ErrValidation) {
		t.Fatalf("oversized batch: %v", err)
	}
}

func TestListItemsLimits(t *testing.T) {
	c, _ := New(Config{Token: "t", AccountID: acctID})
	ctx := context.Background()
	if _, err := c.AddListItems(ctx, zoneID, nil); !errors.Is(err, ErrValidation) {
		t.Fatalf("empty add: %v", err)
	}
	if _, err := c.ReplaceListItems(ctx, zoneID, make([]ListItem, MaxListItemsPerRequest+1)); !errors.Is(err, ErrValidation) {
		t.Fatalf("oversized replace: %v", err)
	}
	if _, err := c.DeleteListItems(ctx, zoneID, nil); !errors.Is(err, ErrValidation) {
		t.Fatalf("empty delete: %v", err)
	}
}

func TestZoneSettingStringValue(t *testing.T) {
	if (ZoneSetting{Value: json.RawMessage(`"strict"`)}).StringValue() != "strict" {
		t.Fatal("string value")
	}
	if (ZoneSetting{Value: json.RawMessage(`{"enabled":true}`)}).StringValue() != "" {
		t.Fatal("object value must give empty string")
	}
}
