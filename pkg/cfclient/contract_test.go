package cfclient

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cfsim/contract"
)

// simClient starts the simulator behind the OpenAPI contract checker on
// 127.0.0.1 and returns a sandbox client for it. The account id is left to
// discovery so that path is exercised too.
func simClient(t *testing.T) (*Client, *contract.Checker, *cfsim.Sim) {
	t.Helper()
	sim := cfsim.New(cfsim.Options{})
	chk := contract.Wrap(t, sim.Handler())
	srv := httptest.NewServer(chk)
	t.Cleanup(srv.Close)
	c, err := New(Config{Token: testToken, BaseURL: srv.URL + cfsim.BasePath, Sandbox: true, MaxRetries: -1})
	if err != nil {
		t.Fatal(err)
	}
	return c, chk, sim
}

// must(f()).ok(t) returns f's value or fails the test with its error.
func must[T any](v T, err error) result[T] { return result[T]{v, err} }

type result[T any] struct {
	v   T
	err error
}

func (r result[T]) ok(t *testing.T) T {
	t.Helper()
	if r.err != nil {
		t.Fatal(r.err)
	}
	return r.v
}

func TestContractZonesAndToken(t *testing.T) {
	c, chk, _ := simClient(t)
	ctx := context.Background()

	ts := must(c.VerifyToken(ctx)).ok(t)
	if !ts.Active() {
		t.Fatalf("token status %+v", ts)
	}
	zs := must(c.ListZones(ctx, ZoneFilter{}, 0)).ok(t)
	names := map[string]string{}
	for _, z := range zs.Items {
		names[z.Name] = z.ID
	}
	if names[cfsim.SeedZoneMain] != cfsim.SeedZoneMainID || names[cfsim.SeedZoneShop] != cfsim.SeedZoneShopID || zs.Truncated {
		t.Fatalf("zones = %+v", zs)
	}
	one := must(c.ListZones(ctx, ZoneFilter{Name: cfsim.SeedZoneShop}, 0)).ok(t)
	if len(one.Items) != 1 || one.Items[0].ID != cfsim.SeedZoneShopID {
		t.Fatalf("name filter: %+v", one.Items)
	}
	z := must(c.GetZone(ctx, cfsim.SeedZoneMainID)).ok(t)
	if z.Name != cfsim.SeedZoneMain || z.Account.ID != cfsim.SeedAccountID || z.Status != "active" || len(z.NameServers) == 0 {
		t.Fatalf("zone = %+v", z)
	}
	if _, err := c.GetZone(ctx, strings.Repeat("0", 32)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing zone: %v", err)
	}
	if acct := must(c.AccountID(ctx)).ok(t); acct != cfsim.SeedAccountID {
		t.Fatalf("discovered account %q", acct)
	}
	chk.RequireCovered(t, "zones-get", "zones-0-get", "user-api-tokens-verify-token")
}

func TestContractDNS(t *testing.T) {
	c, chk, _ := simClient(t)
	ctx := context.Background()
	zone := cfsim.SeedZoneMainID

	all := must(c.ListDNSRecords(ctx, zone, DNSFilter{}, 0)).ok(t)
	if len(all.Items) < 20 || all.Truncated || all.Total != len(all.Items) {
		t.Fatalf("records: %d total %d truncated %v", len(all.Items), all.Total, all.Truncated)
	}
	capped := must(c.ListDNSRecords(ctx, zone, DNSFilter{}, 5)).ok(t)
	if len(capped.Items) != 5 || !capped.Truncated {
		t.Fatalf("capped: %d truncated %v", len(capped.Items), capped.Truncated)
	}
	mx := must(c.ListDNSRecords(ctx, zone, DNSFilter{Type: "MX"}, 0)).ok(t)
	if len(mx.Items) != 2 || mx.Items[0].Priority == nil {
		t.Fatalf("MX filter: %+v", mx.Items)
	}
	www := must(c.ListDNSRecords(ctx, zone, DNSFilter{Name: "www." + cfsim.SeedZoneMain}, 0)).ok(t)
	if len(www.Items) != 1 || www.Items[0].Type != "CNAME" || !www.Items[0].Proxied {
		t.Fatalf("name filter: %+v", www.Items)
	}
	origin := must(c.ListDNSRecords(ctx, zone, DNSFilter{Content: "198.51.100.7", Proxied: ptr(false)}, 0)).ok(t)
	if len(origin.Items) != 3 {
		t.Fatalf("content+proxied filter: %d records", len(origin.Items))
	}
	page, info := func() ([]DNSRecord, PageInfo) {
		p, i, err := c.ListDNSRecordsPage(ctx, zone, DNSFilter{}, 2, 10)
		if err != nil {
			t.Fatal(err)
		}
		return p, i
	}()
	if len(page) != 10 || info.Page != 2 || info.TotalCount != len(all.Items) {
		t.Fatalf("page 2: %d records, %+v", len(page), info)
	}
	var streamed int
	n, truncated, err := c.EachDNSRecord(ctx, zone, DNSFilter{}, 0, func(DNSRecord) error { streamed++; return nil })
	if err != nil || n != len(all.Items) || streamed != n || truncated {
		t.Fatalf("stream: n=%d streamed=%d truncated=%v err=%v", n, streamed, truncated, err)
	}
	stop := errors.New("stop")
	if _, _, err := c.EachDNSRecord(ctx, zone, DNSFilter{}, 0, func(DNSRecord) error { return stop }); !errors.Is(err, stop) {
		t.Fatalf("callback error not returned: %v", err)
	}

	// Create, read, overwrite, edit, conflict, delete.
	created := must(c.CreateDNSRecord(ctx, zone, DNSRecordInput{Type: "A", Name: "cfclient-test." + cfsim.SeedZoneMain,
		Content: "192.0.2.10", TTL: 300, Comment: ptr("made by the contract test")})).ok(t)
	if created.ID == "" || created.Content != "192.0.2.10" || created.TTL != 300 || created.Comment != "made by the contract test" {
		t.Fatalf("created %+v", created)
	}
	if _, err := c.CreateDNSRecord(ctx, zone, DNSRecordInput{Type: "A", Name: "cfclient-test." + cfsim.SeedZoneMain, Content: "192.0.2.10", TTL: 300}); !errors.Is(err, ErrConflict) {
		t.Fatalf("duplicate create: %v", err)
	}
	got := must(c.GetDNSRecord(ctx, zone, created.ID)).ok(t)
	if got.Name != "cfclient-test."+cfsim.SeedZoneMain || got.Type != "A" {
		t.Fatalf("get %+v", got)
	}
	put := must(c.UpdateDNSRecord(ctx, zone, created.ID, DNSRecordInput{Type: "A", Name: "cfclient-test." + cfsim.SeedZoneMain, Content: "192.0.2.11", TTL: 600})).ok(t)
	if put.Content != "192.0.2.11" || put.TTL != 600 || put.Comment != "" {
		t.Fatalf("put %+v", put)
	}
	patched := must(c.EditDNSRecord(ctx, zone, created.ID, DNSRecordInput{Comment: ptr("patched")})).ok(t)
	if patched.Content != "192.0.2.11" || patched.Comment != "patched" {
		t.Fatalf("patch %+v", patched)
	}
	if _, err := c.CreateDNSRecord(ctx, zone, DNSRecordInput{Type: "A", Name: "bad." + cfsim.SeedZoneMain, Content: "not-an-ip", TTL: 1}); !errors.Is(err, ErrValidation) {
		t.Fatalf("invalid record: %v", err)
	}
	if err := c.DeleteDNSRecord(ctx, zone, created.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := c.GetDNSRecord(ctx, zone, created.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after delete: %v", err)
	}

	// Batch: two posts, then a patch and a delete of them.
	br := must(c.BatchDNSRecords(ctx, zone, DNSBatch{Posts: []DNSRecordInput{
		{Type: "TXT", Name: "batch1." + cfsim.SeedZoneMain, Content: `"one"`, TTL: 300},
		{Type: "TXT", Name: "batch2." + cfsim.SeedZoneMain, Content: `"two"`, TTL: 300},
	}})).ok(t)
	if len(br.Posts) != 2 || br.Posts[0].ID == "" {
		t.Fatalf("batch posts %+v", br)
	}
	br2 := must(c.BatchDNSRecords(ctx, zone, DNSBatch{
		Deletes: []DNSBatchID{{ID: br.Posts[0].ID}},
		Patches: []DNSBatchRecord{{ID: br.Posts[1].ID, DNSRecordInput: DNSRecordInput{Content: `"two-b"`}}},
	})).ok(t)
	if len(br2.Deletes) != 1 || len(br2.Patches) != 1 || br2.Patches[0].Content != `"two-b"` {
		t.Fatalf("batch 2 %+v", br2)
	}
	if _, err := c.BatchDNSRecords(ctx, zone, DNSBatch{}); !errors.Is(err, ErrValidation) {
		t.Fatalf("empty batch: %v", err)
	}

	// Export then import into the empty-ish dev zone.
	bind := must(c.ExportDNSRecords(ctx, zone)).ok(t)
	if !strings.Contains(bind, "www."+cfsim.SeedZoneMain+".") || !strings.Contains(bind, "IN\tMX") && !strings.Contains(bind, "IN MX") {
		t.Fatalf("export:\n%s", bind)
	}
	imp := must(c.ImportDNSRecords(ctx, cfsim.SeedZoneDevID,
		"imported.example.dev. 300 IN A 192.0.2.77\nimported.example.dev. 300 IN TXT \"hello\"\n", false)).ok(t)
	if imp.RecsAdded != 2 || imp.TotalRecs != 2 {
		t.Fatalf("import %+v", imp)
	}
	devA := must(c.ListDNSRecords(ctx, cfsim.SeedZoneDevID, DNSFilter{Name: "imported.example.dev"}, 0)).ok(t)
	if len(devA.Items) != 2 {
		t.Fatalf("imported records: %+v", devA.Items)
	}

	chk.RequireCovered(t,
		"dns-records-for-a-zone-list-dns-records",
		"dns-records-for-a-zone-create-dns-record",
		"dns-records-for-a-zone-dns-record-details",
		"dns-records-for-a-zone-update-dns-record",
		"dns-records-for-a-zone-patch-dns-record",
		"dns-records-for-a-zone-delete-dns-record",
		"dns-records-for-a-zone-export-dns-records",
		"dns-records-for-a-zone-import-dns-records",
		"dns-records-for-a-zone-batch-dns-records",
	)
}

func ptr[T any](v T) *T { return &v }

func TestContractRulesets(t *testing.T) {
	c, chk, _ := simClient(t)
	ctx := context.Background()
	zone := cfsim.SeedZoneMainID

	list := must(c.ListRulesets(ctx, zone)).ok(t)
	phases := map[string]string{}
	for _, rs := range list {
		phases[rs.Phase] = rs.ID
	}
	if phases[PhaseCustom] != cfsim.SeedMainCustomRulesetID || phases[PhaseRateLimit] != cfsim.SeedMainRatelimitRulesetID {
		t.Fatalf("rulesets %+v", list)
	}
	custom := must(c.GetPhaseEntrypoint(ctx, zone, PhaseCustom)).ok(t)
	if custom.ID != cfsim.SeedMainCustomRulesetID || len(custom.Rules) == 0 {
		t.Fatalf("entrypoint %+v", custom)
	}
	var bad *Rule
	for i := range custom.Rules {
		if custom.Rules[i].ID == cfsim.SeedRuleBadBotID {
			bad = &custom.Rules[i]
		}
	}
	if bad == nil || bad.Action == "" || bad.Expression == "" {
		t.Fatalf("seeded rule missing: %+v", custom.Rules)
	}
	byID := must(c.GetRuleset(ctx, zone, cfsim.SeedMainCustomRulesetID)).ok(t)
	if len(byID.Rules) != len(custom.Rules) {
		t.Fatalf("GetRuleset rules %d vs %d", len(byID.Rules), len(custom.Rules))
	}
	rl := must(c.GetPhaseEntrypoint(ctx, zone, PhaseRateLimit)).ok(t)
	if len(rl.Rules) == 0 || len(rl.Rules[0].RateLimit) == 0 {
		t.Fatalf("rate limit rule without ratelimit: %+v", rl.Rules)
	}
	if _, err := c.GetPhaseEntrypoint(ctx, cfsim.SeedZoneDevID, PhaseCustom); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing entrypoint: %v", err)
	}

	n := len(custom.Rules)
	after := must(c.CreateRule(ctx, zone, custom.ID, Rule{Action: "block", Expression: `(ip.src eq 192.0.2.1)`, Description: "contract test", Enabled: ptr(true)}, nil)).ok(t)
	if len(after.Rules) != n+1 || after.Rules[n].Description != "contract test" || after.Rules[n].ID == "" {
		t.Fatalf("create rule: %+v", after.Rules)
	}
	newID := after.Rules[n].ID
	first := must(c.CreateRule(ctx, zone, custom.ID, Rule{Action: "log", Expression: `(http.host eq "x.example.com")`, Description: "first"}, &RulePosition{Index: 1})).ok(t)
	if first.Rules[0].Description != "first" {
		t.Fatalf("positioned create: %+v", first.Rules[0])
	}
	upd := must(c.UpdateRule(ctx, zone, custom.ID, newID, Rule{Action: "managed_challenge", Expression: `(ip.src eq 192.0.2.2)`, Description: "contract test 2", Enabled: ptr(false)}, nil)).ok(t)
	var found bool
	for _, r := range upd.Rules {
		if r.ID == newID {
			found = r.Action == "managed_challenge" && r.Enabled != nil && !*r.Enabled && r.Description == "contract test 2"
		}
	}
	if !found {
		t.Fatalf("update rule: %+v", upd.Rules)
	}
	del := must(c.DeleteRule(ctx, zone, custom.ID, newID)).ok(t)
	for _, r := range del.Rules {
		if r.ID == newID {
			t.Fatal("rule still there after delete")
		}
	}
	// Replace the dev zone's custom phase.
	put := must(c.UpdatePhaseEntrypoint(ctx, cfsim.SeedZoneDevID, PhaseCustom, RulesetUpdate{
		Rules: []Rule{{Action: "block", Expression: `(http.request.uri.path eq "/wp-login.php")`, Description: "no wp", Enabled: ptr(true)}},
	})).ok(t)
	if put.Phase != PhaseCustom || len(put.Rules) != 1 || put.Rules[0].ID == "" {
		t.Fatalf("put entrypoint %+v", put)
	}
	again := must(c.GetPhaseEntrypoint(ctx, cfsim.SeedZoneDevID, PhaseCustom)).ok(t)
	if again.ID != put.ID || len(again.Rules) != 1 {
		t.Fatalf("readback %+v", again)
	}
	chk.RequireCovered(t, "listZoneRulesets", "getZoneRuleset", "getZoneEntrypointRuleset", "updateZoneEntrypointRuleset",
		"createZoneRulesetRule", "updateZoneRulesetRule", "deleteZoneRulesetRule")
}

func TestContractLists(t *testing.T) {
	c, chk, _ := simClient(t)
	ctx := context.Background()

	lists := must(c.ListIPLists(ctx)).ok(t)
	ids := map[string]IPList{}
	for _, l := range lists {
		ids[l.ID] = l
	}
	office, ok := ids[cfsim.SeedListOfficeID]
	if !ok || office.Kind != "ip" || office.NumItems == 0 {
		t.Fatalf("lists %+v", lists)
	}
	got := must(c.GetIPList(ctx, cfsim.SeedListOfficeID)).ok(t)
	if got.Name != office.Name {
		t.Fatalf("get list %+v", got)
	}
	items := must(c.ListListItems(ctx, cfsim.SeedListOfficeID, "", 0)).ok(t)
	if len(items.Items) != office.NumItems || items.Items[0].IP == "" {
		t.Fatalf("items %+v (num_items %d)", items.Items, office.NumItems)
	}
	nl := must(c.CreateIPList(ctx, "contract_test", "ip", "made by the contract test")).ok(t)
	if nl.ID == "" || nl.Kind != "ip" || nl.NumItems != 0 {
		t.Fatalf("create list %+v", nl)
	}
	op := must(c.AddListItems(ctx, nl.ID, []ListItem{{IP: "192.0.2.1", Comment: "one"}, {IP: "198.51.100.0/24"}})).ok(t)
	if op == "" {
		t.Fatal("no operation id")
	}
	st := must(c.GetBulkOperation(ctx, op)).ok(t)
	if st.ID != op || st.Status == "" {
		t.Fatalf("bulk op %+v", st)
	}
	now := must(c.ListListItems(ctx, nl.ID, "", 0)).ok(t)
	if len(now.Items) != 2 {
		t.Fatalf("after add: %+v", now.Items)
	}
	capped := must(c.ListListItems(ctx, nl.ID, "", 1)).ok(t)
	if len(capped.Items) != 1 || !capped.Truncated {
		t.Fatalf("cap: %+v", capped)
	}
	must(c.ReplaceListItems(ctx, nl.ID, []ListItem{{IP: "203.0.113.9"}})).ok(t)
	now = must(c.ListListItems(ctx, nl.ID, "", 0)).ok(t)
	if len(now.Items) != 1 || now.Items[0].IP != "203.0.113.9" {
		t.Fatalf("after replace: %+v", now.Items)
	}
	must(c.DeleteListItems(ctx, nl.ID, []string{now.Items[0].ID})).ok(t)
	now = must(c.ListListItems(ctx, nl.ID, "", 0)).ok(t)
	if len(now.Items) != 0 {
		t.Fatalf("after delete: %+v", now.Items)
	}
	if _, err := c.AddListItems(ctx, nl.ID, nil); !errors.Is(err, ErrValidation) {
		t.Fatalf("empty add: %v", err)
	}
	chk.RequireCovered(t, "lists-get-lists", "lists-get-a-list", "lists-create-a-list", "lists-get-list-items",
		"lists-create-list-items", "lists-update-all-list-items", "lists-delete-list-items", "lists-get-bulk-operation-status")
}

func TestContractTunnels(t *testing.T) {
	c, chk, _ := simClient(t)
	ctx := context.Background()

	ts := must(c.ListTunnels(ctx, 0)).ok(t)
	byID := map[string]Tunnel{}
	for _, tn := range ts.Items {
		byID[tn.ID] = tn
	}
	if byID[cfsim.SeedTunnelHealthyID].Name != cfsim.SeedTunnelHealthyName || byID[cfsim.SeedTunnelOrphanID].Name != cfsim.SeedTunnelOrphanName {
		t.Fatalf("tunnels %+v", ts.Items)
	}
	tn := must(c.GetTunnel(ctx, cfsim.SeedTunnelHealthyID)).ok(t)
	if tn.Status != "healthy" {
		t.Fatalf("tunnel %+v", tn)
	}
	conns := must(c.ListTunnelConnections(ctx, cfsim.SeedTunnelHealthyID)).ok(t)
	if len(conns) == 0 || len(conns[0].Connections) == 0 || conns[0].Connections[0].ColoName == "" {
		t.Fatalf("connections %+v", conns)
	}
	cfg := must(c.GetTunnelConfig(ctx, cfsim.SeedTunnelOrphanID)).ok(t)
	var orphan bool
	for _, r := range cfg.Config.Ingress {
		orphan = orphan || r.Hostname == cfsim.SeedOrphanHostname
	}
	if !orphan {
		t.Fatalf("config %+v", cfg)
	}
	newCfg := TunnelConfigDetail{Ingress: []IngressRule{
		{Hostname: "app.example.com", Service: "http://localhost:8080"},
		{Service: "http_status:404"},
	}}
	body, _ := json.Marshal(newCfg)
	put := must(c.PutTunnelConfigRaw(ctx, cfsim.SeedTunnelHealthyID, body)).ok(t)
	var putCfg TunnelConfigDetail
	if err := json.Unmarshal(put.Config, &putCfg); err != nil || put.Version <= 0 || len(putCfg.Ingress) != 2 || putCfg.Ingress[1].Service != "http_status:404" {
		t.Fatalf("put config %+v (%v)", put, err)
	}
	back := must(c.GetTunnelConfig(ctx, cfsim.SeedTunnelHealthyID)).ok(t)
	if back.Version != put.Version || back.Config.Ingress[0].Hostname != "app.example.com" {
		t.Fatalf("readback %+v", back)
	}
	if _, err := c.GetTunnel(ctx, "00000000-0000-0000-0000-000000000000"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing tunnel: %v", err)
	}
	created := must(c.CreateTunnel(ctx, "svc-contract", "cloudflare")).ok(t)
	if created.ID == "" || !created.RemoteConfig {
		t.Fatalf("created %+v", created)
	}
	tok := must(c.TunnelToken(ctx, created.ID)).ok(t)
	if len(tok) < 40 {
		t.Fatalf("token too short: %d bytes", len(tok))
	}
	chk.RequireCovered(t, "cloudflare-tunnel-list-cloudflare-tunnels", "cloudflare-tunnel-get-a-cloudflare-tunnel",
		"cloudflare-tunnel-list-cloudflare-tunnel-connections", "cloudflare-tunnel-configuration-get-configuration",
		"cloudflare-tunnel-configuration-put-configuration", "cloudflare-tunnel-create-a-cloudflare-tunnel",
		"cloudflare-tunnel-get-a-cloudflare-tunnel-token")
}

func TestContractSettings(t *testing.T) {
	c, chk, _ := simClient(t)
	ctx := context.Background()
	zone := cfsim.SeedZoneShopID

	all := must(c.GetZoneSettings(ctx, zone)).ok(t)
	vals := map[string]string{}
	for _, s := range all {
		vals[s.ID] = s.StringValue()
	}
	if vals["ssl"] != "flexible" || vals["min_tls_version"] != "1.0" {
		t.Fatalf("settings %v", vals)
	}
	ssl := must(c.GetZoneSetting(ctx, zone, "ssl")).ok(t)
	if ssl.StringValue() != "flexible" {
		t.Fatalf("ssl %+v", ssl)
	}
	ed := must(c.EditZoneSetting(ctx, zone, "ssl", "strict")).ok(t)
	if ed.StringValue() != "strict" {
		t.Fatalf("edit %+v", ed)
	}
	if got := must(c.GetZoneSetting(ctx, zone, "ssl")).ok(t); got.StringValue() != "strict" {
		t.Fatalf("readback %+v", got)
	}
	if _, err := c.EditZoneSetting(ctx, zone, "ssl", "bogus"); !errors.Is(err, ErrValidation) {
		t.Fatalf("bad value: %v", err)
	}
	raw := must(c.EditZoneSetting(ctx, zone, "min_tls_version", json.RawMessage(`"1.2"`))).ok(t)
	if raw.StringValue() != "1.2" {
		t.Fatalf("raw value %+v", raw)
	}
	chk.RequireCovered(t, "zone-settings-get-all-zone-settings", "zone-settings-get-single-setting", "zone-settings-edit-single-setting")
}

// TestSandboxInProcessTransport uses the simulator through an injected
// RoundTripper, as the embedded sandbox does: no socket at all.
func TestSandboxInProcessTransport(t *testing.T) {
	sim := cfsim.New(cfsim.Options{})
	c, err := New(Config{Token: testToken, BaseURL: "http://127.0.0.1" + cfsim.BasePath, Sandbox: true,
		HTTPClient: &http.Client{Transport: sim.Transport()}})
	if err != nil {
		t.Fatal(err)
	}
	z := must(c.GetZone(context.Background(), cfsim.SeedZoneMainID)).ok(t)
	if z.Name != cfsim.SeedZoneMain {
		t.Fatalf("zone %+v", z)
	}
	if acct := must(c.AccountID(context.Background())).ok(t); acct != cfsim.SeedAccountID {
		t.Fatalf("account %q", acct)
	}
}

func TestContractAuditLogs(t *testing.T) {
	c, chk, _ := simClient(t)
	ctx := context.Background()

	seeded := must(c.ListAuditLogs(ctx, AuditFilter{}, 0)).ok(t)
	if len(seeded.Items) == 0 || seeded.Items[0].When == "" || seeded.Items[0].Action.Type == "" {
		t.Fatalf("seeded audit logs %+v", seeded.Items)
	}
	for i := 1; i < len(seeded.Items); i++ {
		if seeded.Items[i].When > seeded.Items[i-1].When {
			t.Fatalf("not newest first at %d: %s after %s", i, seeded.Items[i].When, seeded.Items[i-1].When)
		}
	}
	capped := must(c.ListAuditLogs(ctx, AuditFilter{}, 1)).ok(t)
	if len(capped.Items) != 1 || capped.Truncated != (len(seeded.Items) > 1) {
		t.Fatalf("cap 1: %d items truncated=%v", len(capped.Items), capped.Truncated)
	}
	// A change made through the API shows up, attributed to the token.
	must(c.CreateDNSRecord(ctx, cfsim.SeedZoneMainID, DNSRecordInput{Type: "A", Name: "audited." + cfsim.SeedZoneMain, Content: "192.0.2.99", TTL: 300})).ok(t)
	mine := must(c.ListAuditLogs(ctx, AuditFilter{ActorEmail: cfsim.APIActorEmail}, 0)).ok(t)
	if len(mine.Items) != 1 || mine.Items[0].Actor.Email != cfsim.APIActorEmail || mine.Items[0].Resource.ID == "" {
		t.Fatalf("API change in audit log: %+v", mine.Items)
	}
	none := must(c.ListAuditLogs(ctx, AuditFilter{Since: "2999-01-01T00:00:00Z"}, 0)).ok(t)
	if len(none.Items) != 0 || none.Truncated {
		t.Fatalf("future since: %+v", none)
	}
	chk.RequireCovered(t, "audit-logs-get-account-audit-logs")
}

func TestContractGraphQL(t *testing.T) {
	c, chk, sim := simClient(t)
	ctx := context.Background()
	const q = `query Events($zoneTag: string, $since: Time!, $until: Time!, $limit: uint64 = 50) {
  viewer {
    zones(filter: { zoneTag: $zoneTag }) {
      firewallEventsAdaptive(filter: { datetime_geq: $since, datetime_leq: $until, action: "log" }, limit: $limit, orderBy: [datetime_DESC]) {
        action
        ruleId
        datetime
      }
    }
  }
}`
	var out struct {
		Viewer struct {
			Zones []struct {
				Events []struct {
					Action   string `json:"action"`
					RuleID   string `json:"ruleId"`
					Datetime string `json:"datetime"`
				} `json:"firewallEventsAdaptive"`
			} `json:"zones"`
		} `json:"viewer"`
	}
	now := sim.Now()
	vars := map[string]any{"zoneTag": cfsim.SeedZoneMainID, "since": now.Add(-24 * time.Hour).Format(time.RFC3339),
		"until": now.Format(time.RFC3339), "limit": 5}
	if err := c.GraphQL(ctx, q, vars, &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Viewer.Zones) != 1 {
		t.Fatalf("zones %+v", out.Viewer.Zones)
	}
	ev := out.Viewer.Zones[0].Events
	if len(ev) == 0 || len(ev) > 5 {
		t.Fatalf("want 1–5 events, got %d", len(ev))
	}
	for _, e := range ev {
		if e.Action != "log" || e.RuleID != cfsim.SeedRuleLogOnlyID || e.Datetime == "" {
			t.Fatalf("event %+v", e)
		}
	}
	err := c.GraphQL(ctx, `{ viewer { zones(filter: {zoneTag: "x"}) { noSuchDataset { count } } } }`, nil, &out)
	if !errors.Is(err, ErrValidation) {
		t.Fatalf("unknown dataset: %v", err)
	}
	chk.RequireCovered(t, "graphql")
}
