package safe

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/plan"
)

func TestTunnelRouteManageSchema(t *testing.T) {
	def := tunnelRouteManage(nil, nil).Def
	if a := def.Annotations; a.ReadOnlyHint == nil || a.DestructiveHint == nil || a.IdempotentHint == nil || a.OpenWorldHint == nil ||
		*a.ReadOnlyHint || *a.DestructiveHint || !*a.OpenWorldHint {
		t.Errorf("hints = %+v", a)
	}
	if rd := tunnelRouteRead(nil, nil).Def.Annotations; !*rd.ReadOnlyHint {
		t.Errorf("read-only variant hints = %+v", rd)
	}
	if !strings.Contains(string(def.RawInputSchema), `"required":["action"]`) {
		t.Errorf("schema: %s", def.RawInputSchema)
	}
}

type tunnelOut struct {
	Action  string
	Tunnels []TunnelView
	Plan    *planOut
	Note    string
}

func (e *env) tunnelPlan(args map[string]any) *planOut {
	e.t.Helper()
	var out tunnelOut
	e.call("tunnel_route_manage", args, "", &out)
	if out.Plan == nil {
		e.t.Fatalf("no plan: %+v", out)
	}
	return out.Plan
}

func (e *env) ingress(id string) []plan.Ingress {
	e.t.Helper()
	objs, err := (&plan.Tunnels{Client: e.d.Client}).Read(context.Background(), "")
	if err != nil {
		e.t.Fatal(err)
	}
	for _, o := range objs {
		if o.ID == id {
			tc, err := plan.DecodeTunnel(o)
			if err != nil {
				e.t.Fatal(err)
			}
			return tc.Ingress
		}
	}
	e.t.Fatalf("tunnel %s not found", id)
	return nil
}

func hosts(rules []plan.Ingress) string {
	var h []string
	for _, r := range rules {
		if r.CatchAll() {
			h = append(h, "*"+r.Service)
		} else {
			h = append(h, r.Hostname+"="+r.Service)
		}
	}
	return strings.Join(h, ",")
}

func TestTunnelRouteReads(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	var out tunnelOut
	e.call("tunnel_route_manage", map[string]any{"action": "list"}, "", &out)
	if len(out.Tunnels) != 2 || !strings.Contains(out.Note, "cloudflare_safe tunnel token") {
		t.Fatalf("list: %+v", out)
	}
	e.call("tunnel_route_manage", map[string]any{"action": "get", "tunnel": cfsim.SeedTunnelHealthyName}, "", &out)
	if len(out.Tunnels) != 1 || out.Tunnels[0].Version != 7 || len(out.Tunnels[0].Routes) != 2 {
		t.Fatalf("get: %+v", out)
	}
	e.call("tunnel_route_manage", map[string]any{"action": "get", "tunnel": "nope"}, "no remotely managed tunnel", nil)
	d, _ := snapDeps(t, nil)
	d.ReadOnly, d.Writes = true, false
	ro := &env{t: t, d: d, cl: clitest.Client(t, d, Name, Toolsets)}
	ro.call("tunnel_route_manage", map[string]any{"action": "list"}, "", nil)
	ro.call("tunnel_route_manage", map[string]any{"action": "publish", "zone": "example.com"}, "this server is read-only", nil)
}

// The flow: publish → plan shows ingress and DNS with their effects
// → apply (readback of both) → unpublish → rollback restores it.
func TestTunnelPublishUnpublishRollback(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	host := "svc." + cfsim.SeedZoneMain
	id := cfsim.SeedTunnelHealthyID
	before := hosts(e.ingress(id))
	p := e.tunnelPlan(map[string]any{"action": "publish", "zone": "example.com", "tunnel": cfsim.SeedTunnelHealthyName,
		"hostnames": []string{host}, "service": "http://localhost:9000", "origin": map[string]any{"connectTimeout": 10}})
	if len(p.Diff) != 2 || p.Diff[0].Action != "update" || !strings.HasPrefix(p.Diff[0].Object, "tunnel_config") ||
		p.Diff[1].Action != "create" || !strings.Contains(string(p.Diff[1].After), id+".cfargotunnel.com") || !strings.Contains(string(p.Diff[1].After), `"proxied":true`) {
		t.Fatalf("publish plan: %+v", p.Diff)
	}
	var pv struct {
		Plan struct{ Effects []string }
	}
	e.call("tunnel_route_manage", map[string]any{"action": "publish", "zone": "example.com", "tunnel": id, "hostnames": []string{"svc2." + cfsim.SeedZoneMain}, "service": "http://localhost:9001"}, "", &pv)
	if !strings.Contains(strings.Join(pv.Plan.Effects, "|"), "routed through tunnel prod-app") {
		t.Fatalf("effects: %v", pv.Plan.Effects)
	}
	r := e.applyApproved(p)
	if r.Status != "applied" || r.Readback.Checked != 2 || r.Readback.Matched != 2 {
		t.Fatalf("apply: %+v", r)
	}
	got := hosts(e.ingress(id))
	if !strings.HasPrefix(got, "app.example.com=http://localhost:8080,"+host+"=http://localhost:9000,*http_status:404") {
		t.Fatalf("ingress after publish (catch-all last): %s", got)
	}
	c := e.find(mainID, "CNAME", host)
	if len(c) != 1 || c[0].Content != id+".cfargotunnel.com" || !c[0].Proxied {
		t.Fatalf("cname: %+v", c)
	}
	// The health check sees ingress, DNS and tunnel consistent for it.
	hc, text, isErr := callTunnels(t, e.d, map[string]any{"tunnel": id})
	if isErr {
		t.Fatal(text)
	}
	for _, f := range hc.Findings {
		if f.Hostname != nil && f.Hostname.Value == host {
			t.Fatalf("health finding for the published host: %+v", f)
		}
	}
	if !strings.Contains(text, host) {
		t.Fatalf("the health check does not list %s: %s", host, text)
	}
	// Publishing again changes nothing.
	e.call("tunnel_route_manage", map[string]any{"action": "publish", "zone": "example.com", "tunnel": id, "hostnames": []string{host}, "service": "http://localhost:9000", "origin": map[string]any{"connectTimeout": 10}}, "nothing to change", nil)
	// Update the service in place.
	up := e.tunnelPlan(map[string]any{"action": "update", "zone": "example.com", "tunnel": id, "hostnames": []string{host}, "service": "https://localhost:9443"})
	if len(up.Diff) != 1 {
		t.Fatalf("update plan: %+v", up.Diff)
	}
	if r := e.applyApproved(up); r.Status != "applied" {
		t.Fatalf("update apply: %+v", r)
	}
	if got := hosts(e.ingress(id)); !strings.Contains(got, host+"=https://localhost:9443") {
		t.Fatalf("after update: %s", got)
	}
	afterPublish := hosts(e.ingress(id))

	un := e.tunnelPlan(map[string]any{"action": "unpublish", "zone": "example.com", "hostnames": []string{host}})
	if len(un.Diff) != 2 || un.Diff[1].Action != "delete" {
		t.Fatalf("unpublish plan: %+v", un.Diff)
	}
	ur := e.applyApproved(un)
	if ur.Status != "applied" || hosts(e.ingress(id)) != before || len(e.find(mainID, "CNAME", host)) != 0 {
		t.Fatalf("unpublish: %+v %s", ur, hosts(e.ingress(id)))
	}
	var rb struct{ Plan *planOut }
	e.call("change_rollback", map[string]any{"change_id": ur.ChangeID}, "", &rb)
	if rr := e.applyApproved(rb.Plan); rr.Status != "applied" {
		t.Fatalf("rollback: %+v", rr)
	}
	if hosts(e.ingress(id)) != afterPublish || len(e.find(mainID, "CNAME", host)) != 1 {
		t.Fatalf("rollback must restore both: %s", hosts(e.ingress(id)))
	}
}

func TestTunnelEmergencyUnpublish(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	id := cfsim.SeedTunnelHealthyID
	for _, h := range []string{"e1", "e2"} {
		e.applyApproved(e.tunnelPlan(map[string]any{"action": "publish", "zone": "example.com", "tunnel": id, "hostnames": []string{h + ".example.com"}, "service": "http://localhost:9000"}))
	}
	p := e.tunnelPlan(map[string]any{"action": "emergency_unpublish", "zone": "example.com", "hostnames": []string{"e1.example.com", "e2.example.com"}})
	if len(p.Diff) != 3 || !strings.Contains(strings.Join(p.Notes, "|"), "emergency") {
		t.Fatalf("one tunnel update and two CNAME deletes: %+v", p)
	}
	if r := e.applyApproved(p); r.Status != "applied" {
		t.Fatalf("%+v", r)
	}
	if got := hosts(e.ingress(id)); strings.Contains(got, "e1.") || strings.Contains(got, "e2.") || !strings.HasSuffix(got, "*http_status:404") {
		t.Fatalf("after emergency unpublish: %s", got)
	}
	if len(e.find(mainID, "CNAME", "e1.example.com"))+len(e.find(mainID, "CNAME", "e2.example.com")) != 0 {
		t.Fatal("CNAMEs left")
	}
}

func TestTunnelRouteRejections(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	id := cfsim.SeedTunnelHealthyID
	pub := func(extra map[string]any) map[string]any {
		a := map[string]any{"action": "publish", "zone": "example.com", "tunnel": id, "hostnames": []string{"svc.example.com"}, "service": "http://localhost:9000"}
		for k, v := range extra {
			a[k] = v
		}
		return a
	}
	e.call("tunnel_route_manage", pub(map[string]any{"hostnames": []string{"svc.example.shop"}}), "is outside zone example.com", nil)
	e.call("tunnel_route_manage", pub(map[string]any{"tunnel": "no-such-tunnel"}), "no remotely managed tunnel", nil)
	e.call("tunnel_route_manage", pub(map[string]any{"service": "ftp://x"}), "is not one cloudflared routes", nil)
	e.call("tunnel_route_manage", pub(map[string]any{"service": ""}), "service is required", nil)
	e.call("tunnel_route_manage", pub(map[string]any{"origin": map[string]any{"evil": 1}}), "unknown settings evil", nil)
	e.call("tunnel_route_manage", pub(map[string]any{"hostnames": []string{"origin.example.com"}}), "has a A record", nil)
	e.call("tunnel_route_manage", pub(map[string]any{"tunnel": cfsim.SeedTunnelOrphanID, "hostnames": []string{"app.example.com"}}), "already routed by tunnel prod-app", nil)
	e.call("tunnel_route_manage", pub(map[string]any{"action": "update"}), "is not routed by tunnel", nil)
	e.call("tunnel_route_manage", pub(map[string]any{"zone": ""}), "needs zone", nil)
	e.call("tunnel_route_manage", map[string]any{"action": "unpublish", "zone": "example.com", "hostnames": []string{"nothing.example.com"}}, "neither routed by a tunnel", nil)
	// A catch-all before the end shadows every later rule: the config is
	// refused rather than made worse.
	putIngress(t, e.d.Client, id, cfclient.IngressRule{Hostname: "app.example.com", Service: "http://localhost:8080"},
		cfclient.IngressRule{Service: "http://localhost:1"}, cfclient.IngressRule{Service: "http_status:404"})
	e.call("tunnel_route_manage", pub(nil), "has no single catch-all rule last", nil)
}

// A plan made before an out-of-band configuration change is refused, even
// when the change kept the same content (the version moved).
func TestTunnelStalePlanRefused(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	id := cfsim.SeedTunnelHealthyID
	p := e.tunnelPlan(map[string]any{"action": "publish", "zone": "example.com", "tunnel": id, "hostnames": []string{"svc.example.com"}, "service": "http://localhost:9000"})
	ctx := context.Background()
	cur, err := e.d.Client.GetTunnelConfigRaw(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.d.Client.PutTunnelConfigRaw(ctx, id, cur.Config); err != nil {
		t.Fatal(err)
	}
	e.call("change_apply", map[string]any{"plan_id": p.PlanID, "approval": e.approval(p)}, "the live state changed since the plan was made", nil)
	if len(e.find(mainID, "CNAME", "svc.example.com")) != 0 {
		t.Fatal("a refused plan created the CNAME")
	}
}

// The tunnel token never reaches the model: no result of the tool carries it.
func TestTunnelTokenNeverShown(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	tok := e.sim.TunnelToken(cfsim.SeedTunnelHealthyID)
	if tok == "" {
		t.Fatal("no token in the simulator")
	}
	for _, args := range []map[string]any{
		{"action": "list"}, {"action": "get", "tunnel": cfsim.SeedTunnelHealthyID},
		{"action": "publish", "zone": "example.com", "tunnel": cfsim.SeedTunnelHealthyID, "hostnames": []string{"svc.example.com"}, "service": "http://localhost:9000"},
	} {
		res := e.call("tunnel_route_manage", args, "", nil)
		if strings.Contains(fmtResult(res), tok) {
			t.Fatalf("%v leaked the tunnel token", args)
		}
	}
	// Nor any file the server writes (plans, journal, audit).
	p := e.tunnelPlan(map[string]any{"action": "publish", "zone": "example.com", "tunnel": cfsim.SeedTunnelHealthyID, "hostnames": []string{"svc.example.com"}, "service": "http://localhost:9000"})
	e.applyApproved(p)
	_ = filepath.WalkDir(e.cfg.StateDir, func(path string, de fs.DirEntry, err error) error {
		if err == nil && !de.IsDir() {
			if b, _ := os.ReadFile(path); strings.Contains(string(b), tok) {
				t.Errorf("%s holds the tunnel token", path)
			}
		}
		return nil
	})
	// A person gets it from the command line.
	code, out, stderr := runCLI(t, "tunnel", "token", cfsim.SeedTunnelHealthyName, "--sandbox")
	if code != 0 || !strings.Contains(out, "token: "+tok) || strings.Contains(stderr, tok) {
		t.Fatalf("tunnel token: %d %q %q", code, out, stderr)
	}
	if code, _, stderr := runCLI(t, "tunnel", "token", "no-such-tunnel", "--sandbox"); code != 1 || !strings.Contains(stderr, "no tunnel") {
		t.Fatalf("unknown tunnel: %d %s", code, stderr)
	}
}

// create makes a remotely managed tunnel as a plan; its undo deletes it.
// rotate gives it a new token as a plan: the old token stops connecting.
// Neither result, nor any state file, carries a token.
func TestTunnelCreateRotate(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	var out tunnelOut
	e.call("tunnel_route_manage", map[string]any{"action": "create", "zone": "example.com", "tunnel": "svc-new"}, "", &out)
	if out.Plan == nil || len(out.Plan.Diff) != 1 || out.Plan.Diff[0].Action != "create" || !strings.Contains(string(out.Plan.Diff[0].After), `"config_src":"cloudflare"`) ||
		!strings.Contains(out.Note, "cloudflare_safe tunnel token svc-new") {
		t.Fatalf("create plan: %+v", out)
	}
	r := e.applyApproved(out.Plan)
	if r.Status != "applied" || r.Readback.Matched != 1 {
		t.Fatalf("create apply: %+v", r)
	}
	var got tunnelOut
	e.call("tunnel_route_manage", map[string]any{"action": "get", "tunnel": "svc-new"}, "", &got)
	if len(got.Tunnels) != 1 || len(got.Tunnels[0].Routes) != 1 || got.Tunnels[0].Routes[0].Service != "http_status:404" {
		t.Fatalf("the new tunnel is remotely managed, catch-all only: %+v", got)
	}
	id := got.Tunnels[0].ID
	e.call("tunnel_route_manage", map[string]any{"action": "create", "zone": "example.com", "tunnel": "svc-new"}, "a tunnel named \"svc-new\" exists", nil)
	e.call("tunnel_route_manage", map[string]any{"action": "create", "zone": "example.com", "tunnel": "bad name!"}, "create needs tunnel: the new tunnel's name", nil)
	e.call("tunnel_route_manage", map[string]any{"action": "rotate", "zone": "example.com", "tunnel": "nope"}, "rotate needs tunnel: the id or name of an existing tunnel", nil)

	old := e.sim.TunnelToken(id)
	if _, err := e.sim.Connect(old, "fra08", "198.51.100.7"); err != nil {
		t.Fatal(err)
	}
	var rot tunnelOut
	res := e.call("tunnel_route_manage", map[string]any{"action": "rotate", "zone": "example.com", "tunnel": "svc-new"}, "", &rot)
	if rot.Plan == nil || len(rot.Plan.Diff) != 1 || rot.Plan.Diff[0].Action != "update" || !strings.Contains(rot.Note, "cloudflare_safe tunnel token svc-new") ||
		!strings.Contains(fmtResult(res), "old one no longer starts cloudflared") {
		t.Fatalf("rotate plan: %+v %s", rot, fmtResult(res))
	}
	rr := e.applyApproved(rot.Plan)
	if rr.Status != "applied" {
		t.Fatalf("rotate apply: %+v", rr)
	}
	fresh := e.sim.TunnelToken(id)
	if fresh == old {
		t.Fatal("the token did not change")
	}
	if _, err := e.sim.Connect(old, "ams01", "198.51.100.7"); err == nil {
		t.Fatal("the old token still connects")
	}
	for _, res := range []string{fmtResult(e.call("tunnel_route_manage", map[string]any{"action": "list"}, "", nil))} {
		if strings.Contains(res, old) || strings.Contains(res, fresh) {
			t.Fatal("a result carries a token")
		}
	}
	_ = filepath.WalkDir(e.cfg.StateDir, func(path string, de fs.DirEntry, err error) error {
		if err == nil && !de.IsDir() {
			if b, _ := os.ReadFile(path); strings.Contains(string(b), old) || strings.Contains(string(b), fresh) {
				t.Errorf("%s holds a tunnel token", path)
			}
		}
		return nil
	})
	// The undo of a rotation has nothing to restore (the old secret is gone).
	e.call("change_rollback", map[string]any{"change_id": rr.ChangeID}, "", nil)

	// Undo of the create deletes the tunnel (after its connector stopped).
	for _, c := range e.conns(id) {
		e.sim.Disconnect(id, c)
	}
	rb := e.rollback(r.ChangeID)
	if res := e.applyApproved(rb); res.Status != "applied" {
		t.Fatalf("undo create: %+v", res)
	}
	e.call("tunnel_route_manage", map[string]any{"action": "get", "tunnel": "svc-new"}, "no remotely managed tunnel", nil)
}

func (e *env) conns(id string) []string {
	e.t.Helper()
	cs, err := e.d.Client.ListTunnelConnections(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

// An emergency unpublish always needs a person, and approval.emergency
// says who: its principals, with its own quorum (here 1 of bob, where
// required_signers asks 2 for every other plan). Anyone else's signature
// does not count for it.
func TestTunnelEmergencyApproval(t *testing.T) {
	bobKey, bobSigners := newApprover(t, "bob@example.com")
	e := newEnv(t, writesOn+"approval:\n  risk_threshold: 100\n  required_signers: [{signers: 2, min_risk: 1}]\n  emergency: {principals: [bob@example.com]}\n", nil)
	all, _ := os.ReadFile(e.cfg.Approval.AllowedSigners)
	bob, _ := os.ReadFile(bobSigners)
	os.WriteFile(e.cfg.Approval.AllowedSigners, append(append(all, '\n'), bob...), 0o644)
	cfgPath := writeConfig(t, e, "approval:\n  allowed_signers: "+e.cfg.Approval.AllowedSigners+"\n  risk_threshold: 100\n  required_signers: [{signers: 2, min_risk: 1}]\n  emergency: {principals: [bob@example.com]}\n")
	id := cfsim.SeedTunnelHealthyID
	for _, h := range []string{"e1", "e2"} {
		p := e.tunnelPlan(map[string]any{"action": "publish", "zone": "example.com", "tunnel": id, "hostnames": []string{h + ".example.com"}, "service": "http://localhost:9000"})
		if r := e.apply(p.PlanID, ""); r.Status != "applied" {
			t.Fatalf("publish: %+v", r)
		}
	}
	var out struct {
		Plan *planOut
	}
	res := e.call("tunnel_route_manage", map[string]any{"action": "emergency_unpublish", "zone": "example.com", "hostnames": []string{"e1.example.com", "e2.example.com"}}, "", &out)
	p := out.Plan
	if !p.ApprovalRequired || !strings.Contains(strings.Join(p.ApprovalReasons, "|"), "an emergency change is always approved by a person") ||
		!strings.Contains(strings.Join(p.Risk.Reasons, "|"), "break-glass") {
		t.Fatalf("emergency plan: %+v %s", p, fmtResult(res))
	}
	sign := func(key string) string {
		code, o, stderr := runCLI(t, "approve", p.PlanID, "--key", key, "--config", cfgPath)
		if code != 0 && !strings.Contains(stderr, "would refuse") {
			t.Fatalf("approve: %d %s", code, stderr)
		}
		return approvalCode(t, o)
	}
	e.call("change_apply", map[string]any{"plan_id": p.PlanID, "approval": sign(e.key)}, "alice@example.com is not in approval.emergency.principals", nil)
	var r applyOut
	e.call("change_apply", map[string]any{"plan_id": p.PlanID, "approval": sign(bobKey)}, "", &r)
	if r.Status != "applied" || len(r.Approvers) != 1 || r.Approvers[0].Principal != "bob@example.com" {
		t.Fatalf("emergency apply: %+v", r)
	}
	// The ordinary rule (2 signers at risk ≥ 1) would have refused bob
	// alone; the undo is no emergency and follows the ordinary rules.
	if rb := e.rollback(r.ChangeID); rb.ApprovalRequired {
		t.Fatalf("the undo of an emergency is an ordinary plan: %+v", rb)
	}
}

// The undo of a create does not delete a tunnel the zone's CNAMEs still
// point at: it would leave them answering errors.
func TestTunnelUndoCreateKeepsRoutedTunnel(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	var out tunnelOut
	e.call("tunnel_route_manage", map[string]any{"action": "create", "zone": "example.com", "tunnel": "svc-r"}, "", &out)
	created := e.applyApproved(out.Plan)
	e.applyApproved(e.tunnelPlan(map[string]any{"action": "publish", "zone": "example.com", "tunnel": "svc-r", "hostnames": []string{"r1.example.com"}, "service": "http://localhost:9000"}))
	r := e.applyApproved(e.rollback(created.ChangeID))
	if r.Status != "rolled_back" || !strings.Contains(r.Reason, "CNAMEs still point at it (r1.example.com)") {
		t.Fatalf("undo of a routed tunnel's create: %+v", r)
	}
	e.call("tunnel_route_manage", map[string]any{"action": "get", "tunnel": "svc-r"}, "", nil)
}
