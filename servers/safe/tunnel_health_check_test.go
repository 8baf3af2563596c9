package safe

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
)

func TestTunnelHealthCheckSchema(t *testing.T) {
	def := tunnelHealthCheck(nil, nil).Def
	a := def.Annotations
	if !*a.ReadOnlyHint || *a.DestructiveHint || !*a.IdempotentHint || !*a.OpenWorldHint {
		t.Errorf("hints = %+v", a)
	}
	if strings.Contains(string(def.RawInputSchema), `"required"`) {
		t.Errorf("tunnel_health_check has no required arguments: %s", def.RawInputSchema)
	}
	if def.OutputSchema.Type != "object" || len(def.OutputSchema.Properties) == 0 {
		t.Errorf("output schema = %+v", def.OutputSchema)
	}
}

// callTunnels calls tunnel_health_check through an in-process client.
func callTunnels(t *testing.T, d *cli.Deps, args map[string]any) (TunnelHealthResult, string, bool) {
	t.Helper()
	res := clitest.Client(t, d, Name, Toolsets).MustCall("tunnel_health_check", args)
	text := mcpkittest.Text(res)
	if strings.Contains(text, clitest.Canary) {
		t.Fatal("the token appears in the result")
	}
	var out TunnelHealthResult
	if !res.IsError {
		mcpkittest.Decode(t, res, &out)
	}
	return out, text, res.IsError
}

// findingIDs lists the ids of the findings about tunnel ("" = findings
// about no tunnel).
func findingIDs(fs []TunnelFinding, tunnel string) []string {
	ids := []string{}
	for _, f := range fs {
		if f.Tunnel == tunnel {
			ids = append(ids, f.ID)
		}
	}
	return ids
}

func tunnelByID(t *testing.T, out TunnelHealthResult, id string) TunnelHealth {
	t.Helper()
	for _, h := range out.Tunnels {
		if h.ID == id {
			return h
		}
	}
	t.Fatalf("tunnel %s not in result %+v", id, out.Tunnels)
	return TunnelHealth{}
}

func TestTunnelHealthCheckSeed(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	out, text, isErr := callTunnels(t, d, map[string]any{})
	if isErr {
		t.Fatal(text)
	}
	if len(out.Tunnels) != 2 {
		t.Fatalf("tunnels = %d", len(out.Tunnels))
	}
	healthy := tunnelByID(t, out, cfsim.SeedTunnelHealthyID)
	if ids := findingIDs(out.Findings, cfsim.SeedTunnelHealthyID); len(ids) != 0 {
		t.Errorf("healthy tunnel has findings: %v", ids)
	}
	if len(healthy.Connectors) != 2 || healthy.Status != "healthy" || healthy.ConfigVersion == 0 {
		t.Errorf("healthy = %+v", healthy)
	}
	for _, c := range healthy.Connectors {
		if c.Connections != 2 || strings.Join(c.Colos, ",") != "ams01,fra08" || c.Version == "" || c.Age == "" || c.StartedAt == "" {
			t.Errorf("connector %+v", c)
		}
	}
	if len(healthy.Ingress) != 2 || healthy.Ingress[0].Hostname == nil || healthy.Ingress[0].Hostname.Value != "app.example.com" ||
		!healthy.Ingress[0].Hostname.Untrusted || healthy.Ingress[1].Hostname != nil || healthy.Ingress[1].Service != "http_status:404" {
		t.Errorf("ingress = %+v", healthy.Ingress)
	}
	tunnelByID(t, out, cfsim.SeedTunnelOrphanID)
	if got := strings.Join(findingIDs(out.Findings, cfsim.SeedTunnelOrphanID), ","); got != FindingDNSMissing+","+FindingSingleConnector+","+FindingOriginTLSNoVerify {
		t.Errorf("orphan findings = %s", got)
	}
	for _, f := range out.Findings {
		if f.ID == FindingDNSMissing && (f.Hostname == nil || f.Hostname.Value != cfsim.SeedOrphanHostname || f.Zone != "example.com" || f.Severity != "critical") {
			t.Errorf("dns finding = %+v", f)
		}
	}
	if len(out.Findings) != 3 || out.Truncated {
		t.Errorf("findings = %+v truncated %v", out.Findings, out.Truncated)
	}
	if out.Untrusted.Checked == 0 || out.Untrusted.Note == "" {
		t.Errorf("untrusted summary = %+v", out.Untrusted)
	}
}

func putIngress(t *testing.T, c *cfclient.Client, tunnelID string, rules ...cfclient.IngressRule) {
	t.Helper()
	body, err := json.Marshal(cfclient.TunnelConfigDetail{Ingress: rules})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.PutTunnelConfigRaw(context.Background(), tunnelID, body); err != nil {
		t.Fatal(err)
	}
}

func createRecord(t *testing.T, c *cfclient.Client, zoneID string, in cfclient.DNSRecordInput) cfclient.DNSRecord {
	t.Helper()
	r, err := c.CreateDNSRecord(context.Background(), zoneID, in)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestTunnelHealthCheckCases(t *testing.T) {
	off := false
	appRecordID := func(t *testing.T, c *cfclient.Client) string {
		p, err := c.ListDNSRecords(context.Background(), cfsim.SeedZoneMainID, cfclient.DNSFilter{Name: "app.example.com"}, 0)
		if err != nil || len(p.Items) != 1 {
			t.Fatalf("app record: %v %+v", err, p)
		}
		return p.Items[0].ID
	}
	cases := []struct {
		name    string
		cfg     *config.Config
		setup   func(t *testing.T, c *cfclient.Client)
		args    map[string]any
		tunnel  string   // tunnel whose findings are checked
		want    []string // its finding ids
		account []string // account-level finding ids
		errPart string
	}{
		{name: "by name", args: map[string]any{"tunnel": cfsim.SeedTunnelOrphanName}, tunnel: cfsim.SeedTunnelOrphanID,
			want: []string{FindingDNSMissing, FindingSingleConnector, FindingOriginTLSNoVerify}},
		{name: "by id in upper case", args: map[string]any{"tunnel": strings.ToUpper(cfsim.SeedTunnelHealthyID)}, tunnel: cfsim.SeedTunnelHealthyID},
		{name: "catch-all not last", tunnel: cfsim.SeedTunnelHealthyID, args: map[string]any{"tunnel": cfsim.SeedTunnelHealthyName},
			setup: func(t *testing.T, c *cfclient.Client) {
				putIngress(t, c, cfsim.SeedTunnelHealthyID, cfclient.IngressRule{Service: "http_status:404"},
					cfclient.IngressRule{Hostname: "app.example.com", Service: "http://localhost:8080"}, cfclient.IngressRule{Service: "http_status:404"})
			}, want: []string{FindingCatchAllNotLast}},
		{name: "CNAME not proxied", tunnel: cfsim.SeedTunnelHealthyID, args: map[string]any{"tunnel": cfsim.SeedTunnelHealthyName},
			setup: func(t *testing.T, c *cfclient.Client) {
				if _, err := c.EditDNSRecord(context.Background(), cfsim.SeedZoneMainID, appRecordID(t, c), cfclient.DNSRecordInput{Proxied: &off}); err != nil {
					t.Fatal(err)
				}
			}, want: []string{FindingDNSNotProxied}},
		{name: "hostname with an A record", tunnel: cfsim.SeedTunnelOrphanID, args: map[string]any{"tunnel": cfsim.SeedTunnelOrphanName},
			setup: func(t *testing.T, c *cfclient.Client) {
				createRecord(t, c, cfsim.SeedZoneMainID, cfclient.DNSRecordInput{Type: "A", Name: cfsim.SeedOrphanHostname, Content: "198.51.100.9", TTL: 300})
			}, want: []string{FindingSingleConnector, FindingDNSElsewhere, FindingOriginTLSNoVerify}},
		{name: "fixed orphan", tunnel: cfsim.SeedTunnelOrphanID, args: map[string]any{"tunnel": cfsim.SeedTunnelOrphanName},
			setup: func(t *testing.T, c *cfclient.Client) {
				on := true
				createRecord(t, c, cfsim.SeedZoneMainID, cfclient.DNSRecordInput{Type: "CNAME", Name: cfsim.SeedOrphanHostname, Content: cfsim.SeedTunnelOrphanID + ".cfargotunnel.com", Proxied: &on})
			}, want: []string{FindingSingleConnector, FindingOriginTLSNoVerify}},
		{name: "hostname outside the account's zones", tunnel: cfsim.SeedTunnelHealthyID, args: map[string]any{"tunnel": cfsim.SeedTunnelHealthyName},
			setup: func(t *testing.T, c *cfclient.Client) {
				putIngress(t, c, cfsim.SeedTunnelHealthyID, cfclient.IngressRule{Hostname: "app.example.com", Service: "http://localhost:8080"},
					cfclient.IngressRule{Hostname: "app.other.org", Service: "http://localhost:8081"}, cfclient.IngressRule{Service: "http_status:404"})
			}, want: []string{FindingHostnameNoZone}},
		{name: "zone outside the allowlist", cfg: mustConfig(t, "zones:\n  allow: [example.shop]\n"), tunnel: cfsim.SeedTunnelOrphanID,
			args: map[string]any{"tunnel": cfsim.SeedTunnelOrphanName}, want: []string{FindingSingleConnector, FindingOriginTLSNoVerify, FindingHostnameNotAllowed}},
		{name: "CNAME to a tunnel that does not exist", tunnel: cfsim.SeedTunnelHealthyID, args: map[string]any{},
			setup: func(t *testing.T, c *cfclient.Client) {
				on := true
				createRecord(t, c, cfsim.SeedZoneShopID, cfclient.DNSRecordInput{Type: "CNAME", Name: "ghost.example.shop", Content: "0c7a3d7e-0000-4000-8000-00000000dead.cfargotunnel.com", Proxied: &on})
			}, account: []string{FindingCNAMEMissingTunnel}},
		{name: "CNAME to a tunnel whose ingress lacks the name", tunnel: cfsim.SeedTunnelHealthyID, args: map[string]any{"tunnel": cfsim.SeedTunnelHealthyID},
			setup: func(t *testing.T, c *cfclient.Client) {
				on := true
				createRecord(t, c, cfsim.SeedZoneMainID, cfclient.DNSRecordInput{Type: "CNAME", Name: "extra.example.com", Content: cfsim.SeedTunnelHealthyID + ".cfargotunnel.com", Proxied: &on})
			}, account: []string{FindingCNAMENotInIngress}},
		{name: "origin shapes", tunnel: cfsim.SeedTunnelHealthyID, args: map[string]any{"tunnel": cfsim.SeedTunnelHealthyName},
			setup: func(t *testing.T, c *cfclient.Client) {
				on := true
				for _, h := range []string{"plain", "fixed"} {
					createRecord(t, c, cfsim.SeedZoneMainID, cfclient.DNSRecordInput{Type: "CNAME", Name: h + ".example.com", Content: cfsim.SeedTunnelHealthyID + ".cfargotunnel.com", Proxied: &on})
				}
				putIngress(t, c, cfsim.SeedTunnelHealthyID, cfclient.IngressRule{Hostname: "app.example.com", Service: "http://localhost:8080"},
					cfclient.IngressRule{Hostname: "plain.example.com", Service: "http://203.0.113.7:80"},
					cfclient.IngressRule{Hostname: "fixed.example.com", Service: "http_status:503"}, cfclient.IngressRule{Service: "http_status:404"})
			}, want: []string{FindingOriginPlainRemote, FindingOriginStatusOnly}},
		{name: "unknown tunnel", args: map[string]any{"tunnel": "nope"}, errPart: `no tunnel has the id or name "nope"; tunnels: legacy-admin, prod-app`},
		{name: "control characters", args: map[string]any{"tunnel": "a\nb"}, errPart: "tunnel must be a tunnel id (a UUID) or a tunnel name of at most 255 printable characters"},
		{name: "too long", args: map[string]any{"tunnel": strings.Repeat("a", 256)}, errPart: "at most 255 printable characters"},
		{name: "wrong type", args: map[string]any{"tunnel": 5}, errPart: "tunnel: got number, want string"},
		{name: "unknown argument", args: map[string]any{"zone": "example.com"}, errPart: "zone"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, _ := clitest.Deps(t, c.cfg)
			if c.setup != nil {
				c.setup(t, d.Client)
			}
			out, text, isErr := callTunnels(t, d, c.args)
			if c.errPart != "" {
				if !isErr || !strings.Contains(text, c.errPart) {
					t.Fatalf("want error containing %q, got %s", c.errPart, text)
				}
				return
			}
			if isErr {
				t.Fatal(text)
			}
			tunnelByID(t, out, c.tunnel)
			if got, want := strings.Join(findingIDs(out.Findings, c.tunnel), ","), strings.Join(c.want, ","); got != want {
				t.Errorf("tunnel findings = %s; want %s", got, want)
			}
			if got, want := strings.Join(findingIDs(out.Findings, ""), ","), strings.Join(c.account, ","); got != want {
				t.Errorf("account findings = %s; want %s", got, want)
			}
		})
	}
}

// TestTunnelHealthCheckAnswersTheSimulatorCannotGive covers shapes the
// simulator refuses to store: no connector, no catch-all, a locally managed
// tunnel.
func TestTunnelHealthCheckAnswersTheSimulatorCannotGive(t *testing.T) {
	cases := []struct {
		name, path, body string
		want             []string
	}{
		{name: "no connector", path: "/cfd_tunnel/" + cfsim.SeedTunnelHealthyID + "/connections", body: `{"success":true,"errors":[],"messages":[],"result":[]}`,
			want: []string{FindingNoConnector}},
		{name: "no catch-all", path: "/cfd_tunnel/" + cfsim.SeedTunnelHealthyID + "/configurations",
			body: `{"success":true,"errors":[],"messages":[],"result":{"tunnel_id":"` + cfsim.SeedTunnelHealthyID + `","version":3,"config":{"ingress":[{"hostname":"app.example.com","service":"http://localhost:8080"}]}}}`,
			want: []string{FindingCatchAllMissing}},
		{name: "locally managed", path: "/cfd_tunnel/" + cfsim.SeedTunnelHealthyID,
			body: `{"success":true,"errors":[],"messages":[],"result":{"id":"` + cfsim.SeedTunnelHealthyID + `","name":"prod-app","status":"healthy","remote_config":false}}`,
			want: []string{FindingConfigUnreadable}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, _ := interceptDeps(t, nil, func(r *http.Request) (int, string, bool) {
				if r.Method == "GET" && strings.HasSuffix(r.URL.Path, c.path) {
					return 200, c.body, true
				}
				if c.name == "locally managed" && r.Method == "GET" && strings.HasSuffix(r.URL.Path, "/cfd_tunnel") {
					return 200, `{"success":true,"errors":[],"messages":[],"result":[{"id":"` + cfsim.SeedTunnelHealthyID + `","name":"prod-app","status":"healthy","remote_config":false}],"result_info":{"page":1,"per_page":100,"count":1,"total_count":1}}`, true
				}
				return 0, "", false
			})
			out, text, isErr := callTunnels(t, d, map[string]any{"tunnel": cfsim.SeedTunnelHealthyName})
			if isErr {
				t.Fatal(text)
			}
			tunnelByID(t, out, cfsim.SeedTunnelHealthyID)
			if got := strings.Join(findingIDs(out.Findings, cfsim.SeedTunnelHealthyID), ","); got != strings.Join(c.want, ",") {
				t.Errorf("findings = %s; want %v", got, c.want)
			}
		})
	}
}

func TestTunnelHealthCheckAPIFailures(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"/accounts/*/cfd_tunnel", "listing tunnels failed"},
		{"/accounts/*/cfd_tunnel/*/connections", "listing connectors of tunnel"},
		{"/accounts/*/cfd_tunnel/*/configurations", "reading the configuration of tunnel"},
		{"/zones", "listing zones failed"},
		{"/zones/*/dns_records", "failed"},
	} {
		t.Run(c.path, func(t *testing.T) {
			d, sim := clitest.Deps(t, nil)
			if _, err := d.Client.AccountID(context.Background()); err != nil {
				t.Fatal(err)
			}
			sim.SetFault(cfsim.Fault{Method: "GET", Path: c.path, Kind: cfsim.FaultServerError, Status: 503})
			_, text, isErr := callTunnels(t, d, map[string]any{})
			if !isErr || !strings.Contains(text, c.want) {
				t.Errorf("got %s", text)
			}
		})
	}
}

func TestHumanAge(t *testing.T) {
	for d, want := range map[string]string{"0s": "0m", "42m": "42m", "5h12m": "5h12m", "76h": "3d4h", "-1m": "0m"} {
		dur, _ := time.ParseDuration(d)
		if got := humanAge(dur); got != want {
			t.Errorf("humanAge(%s) = %s; want %s", d, got, want)
		}
	}
}

// TestTunnelHealthCheckFindsATunnelBeyondTheListingCap: an account with
// more tunnels than one call lists still finds a tunnel asked for by id.
func TestTunnelHealthCheckFindsATunnelBeyondTheListingCap(t *testing.T) {
	var items []string
	for i := 0; i <= maxTunnelsChecked; i++ {
		items = append(items, fmt.Sprintf(`{"id":"00000000-0000-4000-8000-%012d","name":"t%d","status":"inactive"}`, i, i))
	}
	list := `{"success":true,"errors":[],"messages":[],"result":[` + strings.Join(items, ",") + `],"result_info":{"page":1,"per_page":100,"count":51,"total_count":51}}`
	d, sim := interceptDeps(t, nil, func(r *http.Request) (int, string, bool) {
		if r.Method == "GET" && strings.HasSuffix(r.URL.Path, "/cfd_tunnel") {
			return 200, list, true
		}
		return 0, "", false
	})
	out, text, isErr := callTunnels(t, d, map[string]any{"tunnel": cfsim.SeedTunnelHealthyID})
	if isErr {
		t.Fatal(text)
	}
	if len(out.Tunnels) != 1 || out.Tunnels[0].Name != cfsim.SeedTunnelHealthyName || !out.Truncated {
		t.Errorf("out = %+v", out)
	}
	_, text, isErr = callTunnels(t, d, map[string]any{"tunnel": "00000000-0000-4000-8000-999999999999"})
	if !isErr || !strings.Contains(text, "no tunnel has the id or name") {
		t.Errorf("unknown id beyond the cap: %s", text)
	}
	sim.SetFault(cfsim.Fault{Method: "GET", Path: "/accounts/*/cfd_tunnel/*", Kind: cfsim.FaultServerError, Status: 503})
	_, text, isErr = callTunnels(t, d, map[string]any{"tunnel": cfsim.SeedTunnelHealthyID})
	if !isErr || !strings.Contains(text, "reading tunnel "+cfsim.SeedTunnelHealthyID+" failed") {
		t.Errorf("failed read beyond the cap: %s", text)
	}
}

// TestReadToolsServedReadOnly: under --read-only the four read tools stay
// listed and answer, and the token never shows.
func TestReadToolsServedReadOnly(t *testing.T) {
	d, _ := snapDeps(t, nil)
	d.ReadOnly, d.Writes = true, false
	c := clitest.Client(t, d, Name, Toolsets)
	listed := map[string]bool{}
	for _, tl := range c.ListTools() {
		listed[tl.Name] = true
	}
	snap := c.MustCall("cf_snapshot", map[string]any{"zone": "example.com"})
	var s SnapshotResult
	mcpkittest.Decode(t, snap, &s)
	calls := map[string]map[string]any{
		"tunnel_health_check":  {},
		"zone_analytics_query": {"zone": "example.com", "kind": "security"},
		"cf_config_diff":       {"zone": "example.com", "snapshot_id": s.SnapshotID},
	}
	for name, args := range calls {
		if !listed[name] || !listed["cf_snapshot"] {
			t.Errorf("%s not listed in read-only mode", name)
		}
		res := c.MustCall(name, args)
		if text := mcpkittest.Text(res); res.IsError || strings.Contains(text, clitest.Canary) {
			t.Errorf("%s: %s", name, text)
		}
	}
}

func TestTunnelHealthCheckBoundsItsOutput(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	ctx := context.Background()
	var rules []cfclient.IngressRule
	for i := 0; i < maxIngressListed+10; i++ {
		rules = append(rules, cfclient.IngressRule{Hostname: fmt.Sprintf("h%02d.example.com", i), Service: "http://localhost:8080"})
	}
	putIngress(t, d.Client, cfsim.SeedTunnelHealthyID, append(rules, cfclient.IngressRule{Service: "http_status:404"})...)
	on := true
	for b := 0; b < 2; b++ {
		var batch cfclient.DNSBatch
		for i := 0; i < maxTunnelFindings/2+5; i++ {
			batch.Posts = append(batch.Posts, cfclient.DNSRecordInput{Type: "CNAME", Name: fmt.Sprintf("g%d-%03d.example.shop", b, i),
				Content: "0c7a3d7e-0000-4000-8000-00000000dead.cfargotunnel.com", Proxied: &on})
		}
		if _, err := d.Client.BatchDNSRecords(ctx, cfsim.SeedZoneShopID, batch); err != nil {
			t.Fatal(err)
		}
	}
	out, text, isErr := callTunnels(t, d, map[string]any{})
	if isErr {
		t.Fatal(text)
	}
	h := tunnelByID(t, out, cfsim.SeedTunnelHealthyID)
	if len(h.Ingress) != maxIngressListed || !h.IngressTruncated {
		t.Errorf("ingress listed %d, truncated %v", len(h.Ingress), h.IngressTruncated)
	}
	if len(out.Findings) != maxTunnelFindings || !out.Truncated {
		t.Fatalf("findings %d, truncated %v", len(out.Findings), out.Truncated)
	}
	if out.Findings[0].Severity != "critical" {
		t.Errorf("critical findings must come first: %+v", out.Findings[0])
	}
	for i := 1; i < len(out.Findings); i++ {
		if severityRank[out.Findings[i-1].Severity] > severityRank[out.Findings[i].Severity] {
			t.Fatalf("findings out of severity order at %d", i)
		}
	}
}

// Every published hostname gets its reachability (ingress ↔ DNS ↔ tunnel
// ↔ connector), and the tunnel its connection history: the API's activity
// times, and cfplane's changes from the journal.
func TestTunnelHealthReachabilityAndHistory(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	var out tunnelOut
	e.call("tunnel_route_manage", map[string]any{"action": "create", "zone": "example.com", "tunnel": "svc-h"}, "", &out)
	created := e.applyApproved(out.Plan)
	var got tunnelOut
	e.call("tunnel_route_manage", map[string]any{"action": "get", "tunnel": "svc-h"}, "", &got)
	id := got.Tunnels[0].ID
	pub := e.applyApproved(e.tunnelPlan(map[string]any{"action": "publish", "zone": "example.com", "tunnel": id, "hostnames": []string{"h1.example.com"}, "service": "http://localhost:9000"}))
	check := func() TunnelHealth {
		t.Helper()
		hc, text, isErr := callTunnels(t, e.d, map[string]any{"tunnel": id})
		if isErr {
			t.Fatal(text)
		}
		return tunnelByID(t, hc, id)
	}
	// No connector yet: the hostname is published but not reachable.
	h := check()
	if h.Ingress[0].Check != FindingNoConnector || h.History == nil || h.History.LastSeen != "" || h.History.ActiveSince != "" {
		t.Fatalf("before cloudflared runs: %+v %+v", h.Ingress, h.History)
	}
	conn, err := e.sim.Connect(e.sim.TunnelToken(id), "fra08", "198.51.100.3")
	if err != nil {
		t.Fatal(err)
	}
	h = check()
	if h.Ingress[0].Check != "ok" || h.Ingress[1].Check != "" || h.History.LastSeen != "now" || h.History.ActiveSince == "" || h.History.LastConnect == "" {
		t.Fatalf("connected: %+v %+v", h.Ingress, h.History)
	}
	var whats []string
	for _, c := range h.History.Changes {
		whats = append(whats, c.What+":"+c.Status)
	}
	if strings.Join(whats, ",") != "create:applied,config:applied" || h.History.Changes[0].ChangeID != created.ChangeID || h.History.Changes[1].ChangeID != pub.ChangeID {
		t.Fatalf("changes: %+v", h.History.Changes)
	}
	// cloudflared stops: last seen is when the last connection went.
	e.sim.Disconnect(id, conn)
	h = check()
	if h.History.LastDown == "" || h.History.LastSeen != h.History.LastDown || h.Ingress[0].Check != FindingNoConnector {
		t.Fatalf("disconnected: %+v %+v", h.Ingress, h.History)
	}
	// The CNAME removed out of band: the hostname's check names it.
	for _, r := range e.find(mainID, "CNAME", "h1.example.com") {
		if err := e.d.Client.DeleteDNSRecord(context.Background(), mainID, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	if h = check(); h.Ingress[0].Check != FindingDNSMissing {
		t.Fatalf("no CNAME: %+v", h.Ingress)
	}
}
