package plan

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim"
)

func tunnelFixture(t *testing.T) *fixture {
	f := newFixture(t, nil)
	f.opts.Executors = append(f.opts.Executors, &Tunnels{Client: f.c})
	f.e = f.fresh()
	return f
}

func (f *fixture) tunnelObj(s *Snapshot, id string) Object {
	f.t.Helper()
	o, ok := s.Get(KindTunnelConfig, id)
	if !ok {
		f.t.Fatalf("tunnel %s not read", id)
	}
	return o
}

// publishOps plans host on the healthy tunnel: the ingress rule and its
// proxied CNAME.
func (f *fixture) publishOps(s *Snapshot, host string) []Op {
	f.t.Helper()
	cur := f.tunnelObj(s, cfsim.SeedTunnelHealthyID)
	tc, err := DecodeTunnel(cur)
	if err != nil {
		f.t.Fatal(err)
	}
	next, err := tc.WithRoute(host, "http://localhost:9000", nil)
	if err != nil {
		f.t.Fatal(err)
	}
	top, err := UpdateTunnelOp(cur, next)
	if err != nil {
		f.t.Fatal(err)
	}
	dop, err := CreateRecordOp(mainZone.Name, RecordValue{Type: "CNAME", Name: host, Content: cfsim.SeedTunnelHealthyID + TunnelSuffix, TTL: 1, Proxied: true})
	if err != nil {
		f.t.Fatal(err)
	}
	return []Op{top, dop}
}

func TestTunnelWithRouteKeepsCatchAllLast(t *testing.T) {
	tc := TunnelConfig{TunnelID: "t", Config: map[string]any{}}
	for _, r := range []map[string]any{{"hostname": "a.example.com", "service": "http://a"}, {"service": "http_status:404"}} {
		h, _ := r["hostname"].(string)
		tc.Ingress = append(tc.Ingress, Ingress{Hostname: h, Service: r["service"].(string), Raw: r})
	}
	next, err := tc.WithRoute("B.example.com", "http://b", map[string]any{"noTLSVerify": true})
	if err != nil {
		t.Fatal(err)
	}
	if len(next.Ingress) != 3 || next.Ingress[1].Hostname != "b.example.com" || !next.CatchAllLast() || len(tc.Ingress) != 2 {
		t.Fatalf("insert before the catch-all: %+v", next.Ingress)
	}
	upd, _ := next.WithRoute("a.example.com", "http://a2", nil)
	if upd.Find("a.example.com") != 0 || upd.Ingress[0].Service != "http://a2" || len(upd.Ingress) != 3 {
		t.Fatalf("update in place: %+v", upd.Ingress)
	}
	gone := next.WithoutRoutes("a.example.com", "b.example.com")
	if len(gone.Ingress) != 1 || !gone.CatchAllLast() {
		t.Fatalf("unpublish keeps the catch-all: %+v", gone.Ingress)
	}
	noCatch := TunnelConfig{TunnelID: "t", Ingress: tc.Ingress[:1]}
	if _, err := noCatch.WithRoute("c.example.com", "http://c", nil); err == nil || !strings.Contains(err.Error(), "catch-all") {
		t.Fatalf("a config without catch-all must be refused: %v", err)
	}
}

func TestTunnelPublishApplyUndo(t *testing.T) {
	f := tunnelFixture(t)
	host := "svc." + cfsim.SeedZoneMain
	s := f.snap(KindDNS, KindTunnelConfig)
	before := f.tunnelObj(s, cfsim.SeedTunnelHealthyID)
	p, err := f.e.Prepare(f.ctx, s, Request{Tool: "tunnel_route_manage", Action: "publish", Ops: f.publishOps(s, host)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(p.Plan.Effects, "|"), "tunnel") {
		t.Fatalf("the plan must say what the ingress change does: %v", p.Plan.Effects)
	}
	res, err := f.e.Apply(f.ctx, p.Token, "", Gate{})
	if err != nil || res.Status != StatusApplied {
		t.Fatalf("apply: %+v %v", res, err)
	}
	if res.Readback.Checked != 2 || res.Readback.Matched != 2 {
		t.Fatalf("readback of both: %+v", res.Readback)
	}
	cfg, err := f.c.GetTunnelConfigRaw(f.ctx, cfsim.SeedTunnelHealthyID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(cfg.Config), host) || cfg.Version != 8 {
		t.Fatalf("config after publish: v%d %s", cfg.Version, cfg.Config)
	}
	// Fields cfplane does not model survive the PUT.
	if !strings.Contains(string(cfg.Config), "connectTimeout") {
		t.Fatalf("the PUT dropped config fields: %s", cfg.Config)
	}
	rb, err := f.e.Rollback(f.ctx, res.ChangeID, Gate{})
	if err != nil {
		t.Fatal(err)
	}
	// Taking a routed, proxied hostname away is destructive: a person
	// approves the undo.
	if !rb.Plan.Approval.Required || !strings.Contains(strings.Join(rb.Plan.Effects, "|"), "no longer routed") {
		t.Fatalf("undo effects: %v %+v", rb.Plan.Effects, rb.Plan.Approval)
	}
	ur, err := f.e.Apply(f.ctx, rb.Token, approvalFor(t, f, rb), Gate{})
	if err != nil || ur.Status != StatusApplied {
		t.Fatalf("undo: %+v %v", ur, err)
	}
	after := f.tunnelObj(f.snap(KindTunnelConfig), cfsim.SeedTunnelHealthyID)
	var a, b tunnelValue
	_ = json.Unmarshal(before.Value, &b)
	_ = json.Unmarshal(after.Value, &a)
	if string(a.Config) != string(b.Config) {
		t.Fatalf("undo must restore the ingress:\n%s\n%s", b.Config, a.Config)
	}
	for _, r := range f.records() {
		if r.Name == host {
			t.Fatalf("undo must remove the CNAME: %+v", r)
		}
	}
}

func TestTunnelStalePlanRefused(t *testing.T) {
	f := tunnelFixture(t)
	s := f.snap(KindDNS, KindTunnelConfig)
	p, err := f.e.Prepare(f.ctx, s, Request{Tool: "tunnel_route_manage", Action: "publish", Ops: f.publishOps(s, "svc."+cfsim.SeedZoneMain)})
	if err != nil {
		t.Fatal(err)
	}
	// Out of band: the same config PUT again. Content is unchanged but the
	// version moved: the plan is bound to the version it saw.
	cur, err := f.c.GetTunnelConfigRaw(f.ctx, cfsim.SeedTunnelHealthyID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.c.PutTunnelConfigRaw(f.ctx, cfsim.SeedTunnelHealthyID, cur.Config); err != nil {
		t.Fatal(err)
	}
	_, err = f.e.Apply(f.ctx, p.Token, "", Gate{})
	if err == nil || !strings.Contains(err.Error(), "live state changed") || !strings.Contains(err.Error(), "tunnel_config") {
		t.Fatalf("a stale plan must be refused: %v", err)
	}
	got, _ := f.c.GetTunnelConfigRaw(f.ctx, cfsim.SeedTunnelHealthyID)
	if strings.Contains(string(got.Config), "svc.") {
		t.Fatal("the refused plan changed the config")
	}
}

func TestTunnelInvariants(t *testing.T) {
	f := tunnelFixture(t)
	s := f.snap(KindDNS, KindTunnelConfig)
	failed := func(p *Prepared) string {
		var ids []string
		for _, r := range p.Plan.Invariants {
			if !r.OK {
				ids = append(ids, r.ID)
			}
		}
		return strings.Join(ids, ",")
	}
	// Ingress for a hostname without its CNAME (the DNS op is unrelated).
	ops := f.publishOps(s, "svc."+cfsim.SeedZoneMain)
	other, err := CreateRecordOp(mainZone.Name, RecordValue{Type: "A", Name: "other", Content: "192.0.2.9", TTL: 1})
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.e.Prepare(f.ctx, s, Request{Tool: "t", Action: "x", Ops: []Op{ops[0], other}})
	if err != nil {
		t.Fatal(err)
	}
	if got := failed(p); got != "tunnel_hostname_has_cname" {
		t.Fatalf("ingress without CNAME: failed %q", got)
	}
	// With its CNAME the same change holds (the seed's orphan hostname,
	// already without DNS, does not count against it).
	p, err = f.e.Prepare(f.ctx, s, Request{Tool: "t", Action: "x", Ops: ops})
	if err != nil {
		t.Fatal(err)
	}
	if got := failed(p); got != "" {
		t.Fatalf("publish: failed %q", got)
	}
	// A config whose catch-all is no longer last.
	cur := f.tunnelObj(s, cfsim.SeedTunnelHealthyID)
	tc, _ := DecodeTunnel(cur)
	bad := tc
	bad.Ingress = []Ingress{tc.Ingress[1], tc.Ingress[0]}
	op, err := UpdateTunnelOp(cur, bad)
	if err != nil {
		t.Fatal(err)
	}
	p, err = f.e.Prepare(f.ctx, s, Request{Tool: "t", Action: "x", Ops: []Op{op}})
	if err != nil {
		t.Fatal(err)
	}
	if got := failed(p); got != "tunnel_catch_all_last" || !strings.Contains(strings.Join(p.Plan.Effects, "|"), "no longer a catch-all") {
		t.Fatalf("catch-all moved: failed %q, effects %v", got, p.Plan.Effects)
	}
	if _, err := f.e.Apply(f.ctx, p.Token, approvalFor(t, f, p), Gate{}); err == nil || !strings.Contains(err.Error(), "tunnel_catch_all_last") {
		t.Fatalf("apply must refuse: %v", err)
	}
}

// A DNS-only plan that points a proxied CNAME at a tunnel that does not
// exist is held by tunnel_cname_target_exists: the engine reads the
// account's tunnels for it even though the plan touches none.
func TestDNSOnlyCNAMEToMissingTunnel(t *testing.T) {
	f := newFixture(t, nil)
	f.opts.Executors = append(f.opts.Executors, &Tunnels{Client: f.c}, &TunnelObjects{Client: f.c})
	f.e = f.fresh()
	s := f.snap(KindDNS)
	failed := func(content string) string {
		t.Helper()
		op, err := CreateRecordOp(mainZone.Name, RecordValue{Type: "CNAME", Name: "ghost", Content: content, TTL: 1, Proxied: true})
		if err != nil {
			t.Fatal(err)
		}
		p, err := f.e.Prepare(f.ctx, s, Request{Tool: "t", Action: "x", Ops: []Op{op}})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range p.Plan.Invariants {
			if !r.OK {
				ids = append(ids, r.ID)
			}
		}
		return strings.Join(ids, ",")
	}
	if got := failed("6d1a1c7e-0000-4000-8000-00000000dead" + TunnelSuffix); got != "tunnel_cname_target_exists" {
		t.Fatalf("CNAME to a missing tunnel: failed %q, want tunnel_cname_target_exists", got)
	}
	if got := failed(cfsim.SeedTunnelHealthyID + TunnelSuffix); got != "" {
		t.Fatalf("CNAME to an existing tunnel: failed %q", got)
	}
}
