package safe

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/lazyre"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/validate"
)

var (
	tunnelReadActions  = []string{"list", "get"}
	tunnelWriteActions = []string{"publish", "update", "unpublish", "emergency_unpublish", "create", "rotate"}
)

// maxEmergencyHosts bounds the hostnames one emergency_unpublish takes.
const maxEmergencyHosts = 50

// TunnelRouteArgs are tunnel_route_manage's arguments.
type TunnelRouteArgs struct {
	Action        string         `json:"action"`
	Tunnel        string         `json:"tunnel,omitempty"`
	Zone          string         `json:"zone,omitempty"`
	Hostnames     []string       `json:"hostnames,omitempty"`
	Service       string         `json:"service,omitempty"`
	OriginRequest map[string]any `json:"origin,omitempty"`
	// Hostname is the one hostname of publish, update and unpublish.
	Hostname string `json:"-"`
}

// TunnelRouteView is one ingress rule.
type TunnelRouteView struct {
	Hostname string `json:"hostname,omitempty"`
	Path     string `json:"path,omitempty"`
	Service  string `json:"service"`
}

// TunnelView is one remotely managed tunnel and its routes.
type TunnelView struct {
	ID      string            `json:"id"`
	Name    string            `json:"name"`
	Version int               `json:"config_version"`
	Routes  []TunnelRouteView `json:"routes"`
}

// TunnelRouteResult is tunnel_route_manage's result.
type TunnelRouteResult struct {
	Action  string `json:"action"`
	Tunnels any    `json:"tunnels,omitempty"`
	Plan    any    `json:"plan,omitempty"`
	// Note says where a person gets the tunnel token; the token itself is
	// never part of a result.
	Note string `json:"note,omitempty"`
}

const tunnelTokenHint = "the tunnel token is a credential and is never shown here; a person runs `cloudflare_safe tunnel token TUNNEL` to print it"

func tunnelRouteManage(d *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return mcpkit.NewTool("tunnel_route_manage",
		"Cloudflare Tunnels: list, get; publish, update, unpublish, emergency_unpublish routes (ingress+CNAME); create, rotate (token) a tunnel. Writes return a plan",
		mcpkit.PlanHints,
		func(ctx context.Context, a TunnelRouteArgs) (TunnelRouteResult, error) {
			return tunnelRoutes(ctx, d, eng, a, true)
		})
}

func tunnelRouteRead(d *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return mcpkit.NewTool("tunnel_route_manage",
		"Routes of remotely managed Cloudflare Tunnels (read-only server): list, get.",
		mcpkit.ReadHints,
		func(ctx context.Context, a TunnelRouteArgs) (TunnelRouteResult, error) {
			return tunnelRoutes(ctx, d, eng, a, false)
		})
}

func tunnelRoutes(ctx context.Context, d *cli.Deps, eng *plan.Engine, a TunnelRouteArgs, writes bool) (TunnelRouteResult, error) {
	accepted := tunnelReadActions
	if writes {
		accepted = append(append([]string(nil), tunnelReadActions...), tunnelWriteActions...)
	}
	if err := validate.Enum("action", a.Action, accepted...); err != nil {
		if !writes && contains(tunnelWriteActions, a.Action) {
			return TunnelRouteResult{}, mcpkit.Errorf("action %q changes tunnels and this server is read-only (writes disabled or --read-only); accepted: %s", a.Action, strings.Join(accepted, ", "))
		}
		return TunnelRouteResult{}, mcpkit.Errorf("%v", err)
	}
	res := TunnelRouteResult{Action: a.Action}
	switch a.Action {
	case "list", "get":
		if a.Action == "get" && a.Tunnel == "" {
			return res, mcpkit.Errorf("get needs tunnel (id or name); list shows them")
		}
		objs, err := (&plan.Tunnels{Client: d.Client}).Read(ctx, "")
		if err != nil {
			return res, toolErr(a.Action, err)
		}
		var views []TunnelView
		for _, o := range objs {
			tc, err := plan.DecodeTunnel(o)
			if err != nil {
				continue
			}
			if a.Tunnel != "" && a.Tunnel != tc.TunnelID && a.Tunnel != tc.Name {
				continue
			}
			views = append(views, tunnelView(tc))
		}
		res.Tunnels = views
		if a.Tunnel != "" && len(views) == 0 {
			return res, mcpkit.Errorf("no remotely managed tunnel %q; list shows the tunnels (ids and names)", a.Tunnel)
		}
		res.Note = tunnelTokenHint
		return res, nil
	}
	if a.Zone == "" {
		return res, mcpkit.Errorf("%s needs zone (name or id: the zone of the hostnames; for create and rotate, the zone whose change lock and audit the plan takes)", a.Action)
	}
	z, err := zoneFor(ctx, d, a.Zone)
	if err != nil {
		return res, err
	}
	if a.Action == "create" || a.Action == "rotate" {
		return tunnelAdmin(ctx, eng, z, a)
	}
	s, err := eng.Read(ctx, z, plan.KindDNS, plan.KindTunnelConfig)
	if err != nil {
		return res, toolErr(a.Action, err)
	}
	if a.Action != "emergency_unpublish" {
		if len(a.Hostnames) != 1 {
			return res, mcpkit.Errorf("%s takes one hostname in hostnames (got %d)", a.Action, len(a.Hostnames))
		}
		a.Hostname = a.Hostnames[0]
	}
	var ops []plan.Op
	var notes []string
	switch a.Action {
	case "publish", "update":
		ops, notes, err = tunnelPublishOps(s, a)
	case "unpublish":
		ops, notes, err = tunnelUnpublishOps(s, a.Tunnel, []string{a.Hostname})
	case "emergency_unpublish":
		if len(a.Hostnames) == 0 || len(a.Hostnames) > maxEmergencyHosts {
			return res, mcpkit.Errorf("emergency_unpublish needs hostnames (1–%d)", maxEmergencyHosts)
		}
		ops, notes, err = tunnelUnpublishOps(s, a.Tunnel, a.Hostnames)
		notes = append(notes, "emergency: every listed hostname leaves ingress and DNS in one apply")
	}
	if err != nil {
		return res, err
	}
	var meta map[string]string
	if a.Action == "emergency_unpublish" {
		meta = map[string]string{plan.MetaEmergency: "unpublish"}
	}
	p, err := eng.Prepare(ctx, s, plan.Request{Tool: "tunnel_route_manage", Action: a.Action, Ops: ops, Gate: gateOf(ctx), Notes: notes, Meta: meta})
	if err != nil {
		return res, toolErr(a.Action, err)
	}
	res.Plan = planView(p)
	return res, nil
}

func tunnelView(tc plan.TunnelConfig) TunnelView {
	v := TunnelView{ID: tc.TunnelID, Name: tc.Name, Version: tc.Version, Routes: []TunnelRouteView{}}
	for _, r := range tc.Ingress {
		v.Routes = append(v.Routes, TunnelRouteView{Hostname: r.Hostname, Path: r.Path, Service: r.Service})
	}
	return v
}

// hostInZone is the lower-case hostname when it is the zone or a name in
// it; a tunnel hostname is always given in full.
func hostInZone(zone, host string) (string, error) {
	h := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(host)), ".")
	zone = strings.ToLower(zone)
	if h == "" {
		return "", mcpkit.Errorf("hostname is empty; accepted: a full hostname in zone %s", zone)
	}
	if h != zone && !strings.HasSuffix(h, "."+zone) {
		return "", mcpkit.Errorf("hostname %q is outside zone %s; accepted: %s or a name ending in .%s", host, zone, zone, zone)
	}
	if strings.Contains(h, "*") {
		return "", mcpkit.Errorf("hostname %q is a wildcard; accepted: one concrete hostname", host)
	}
	return h, nil
}

// checkService accepts what cloudflared routes to: a URL of a known scheme
// with a host, http_status:CODE or hello_world.
func checkService(svc string) error {
	switch {
	case svc == "":
		return mcpkit.Errorf("service is required; accepted: a URL such as http://localhost:8080, https://10.0.0.5:8443, tcp://host:port, http_status:404 or hello_world")
	case svc == "hello_world":
		return nil
	case strings.HasPrefix(svc, "http_status:"):
		if n, err := strconv.Atoi(strings.TrimPrefix(svc, "http_status:")); err != nil || n < 100 || n > 599 {
			return mcpkit.Errorf("service %q: http_status needs a code 100–599", svc)
		}
		return nil
	}
	u, err := url.Parse(svc)
	if err != nil || u.Host == "" {
		return mcpkit.Errorf("service %q is not a URL with a host; accepted: http://localhost:8080, https://10.0.0.5:8443, tcp://host:port, http_status:404 or hello_world", svc)
	}
	switch u.Scheme {
	case "http", "https", "tcp", "ssh", "rdp", "smb", "unix", "unix+tls":
		return nil
	}
	return mcpkit.Errorf("service %q: scheme %q is not one cloudflared routes; accepted: http, https, tcp, ssh, rdp, smb, unix", svc, u.Scheme)
}

// originKeys are the originRequest settings a route may set.
var originKeys = map[string]bool{"connectTimeout": true, "tlsTimeout": true, "noTLSVerify": true, "originServerName": true,
	"httpHostHeader": true, "disableChunkedEncoding": true, "http2Origin": true, "keepAliveTimeout": true, "noHappyEyeballs": true,
	"caPool": true, "access": true, "matchSNItoHost": true}

func checkOrigin(o map[string]any) error {
	var bad []string
	for k := range o {
		if !originKeys[k] {
			bad = append(bad, k)
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		keys := make([]string, 0, len(originKeys))
		for k := range originKeys {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return mcpkit.Errorf("origin: unknown settings %s; accepted: %s", strings.Join(bad, ", "), strings.Join(keys, ", "))
	}
	return nil
}

// findTunnel picks a remotely managed tunnel by id or name.
func findTunnel(s *plan.Snapshot, ref string) (plan.Object, plan.TunnelConfig, error) {
	if ref == "" {
		return plan.Object{}, plan.TunnelConfig{}, mcpkit.Errorf("tunnel is required (id or name); list shows the tunnels")
	}
	for _, o := range s.Objects(plan.KindTunnelConfig) {
		tc, err := plan.DecodeTunnel(o)
		if err != nil {
			continue
		}
		if o.ID == ref || tc.Name == ref {
			return o, tc, nil
		}
	}
	return plan.Object{}, plan.TunnelConfig{}, mcpkit.Errorf("no remotely managed tunnel %q (config_src cloudflare); list shows the tunnels (ids and names)", ref)
}

// routedBy returns the tunnels whose ingress routes host.
func routedBy(s *plan.Snapshot, host string) []plan.TunnelConfig {
	var out []plan.TunnelConfig
	for _, o := range s.Objects(plan.KindTunnelConfig) {
		if tc, err := plan.DecodeTunnel(o); err == nil && tc.Find(host) >= 0 {
			out = append(out, tc)
		}
	}
	return out
}

// recordsAt returns the live DNS records named host.
func recordsAt(s *plan.Snapshot, host string) []plan.Object {
	var out []plan.Object
	for _, o := range s.Objects(plan.KindDNS) {
		if _, name, _ := strings.Cut(o.Slot, " "); name == host {
			out = append(out, o)
		}
	}
	return out
}

func tunnelPublishOps(s *plan.Snapshot, a TunnelRouteArgs) ([]plan.Op, []string, error) {
	host, err := hostInZone(s.Zone.Name, a.Hostname)
	if err != nil {
		return nil, nil, err
	}
	if err := checkService(a.Service); err != nil {
		return nil, nil, err
	}
	if err := checkOrigin(a.OriginRequest); err != nil {
		return nil, nil, err
	}
	cur, tc, err := findTunnel(s, a.Tunnel)
	if err != nil {
		return nil, nil, err
	}
	for _, other := range routedBy(s, host) {
		if other.TunnelID != tc.TunnelID {
			return nil, nil, mcpkit.Errorf("%s is already routed by tunnel %s (%s); unpublish it there first", host, other.Name, other.TunnelID)
		}
	}
	exists := tc.Find(host) >= 0
	if a.Action == "update" && !exists {
		return nil, nil, mcpkit.Errorf("%s is not routed by tunnel %s; publish it first", host, tc.Name)
	}
	next, err := tc.WithRoute(host, a.Service, a.OriginRequest)
	if err != nil {
		return nil, nil, mcpkit.Errorf("%v", err)
	}
	var ops []plan.Op
	top, err := plan.UpdateTunnelOp(cur, next)
	if err != nil {
		return nil, nil, err
	}
	if string(top.Before) != string(top.After) {
		ops = append(ops, top)
	}
	target := tc.TunnelID + plan.TunnelSuffix
	want := plan.RecordValue{Type: "CNAME", Name: host, Content: target, TTL: 1, Proxied: true, Comment: "tunnel " + tc.Name}
	var cname *plan.Object
	for _, o := range recordsAt(s, host) {
		o := o
		if strings.HasPrefix(o.Slot, "CNAME ") {
			cname = &o
			continue
		}
		return nil, nil, mcpkit.Errorf("%s has a %s record; a tunnel hostname needs its name to itself (a proxied CNAME to %s); remove the other records first", host, strings.SplitN(o.Slot, " ", 2)[0], target)
	}
	switch {
	case cname == nil:
		op, err := plan.CreateRecordOp(s.Zone.Name, want)
		if err != nil {
			return nil, nil, err
		}
		ops = append(ops, op)
	default:
		v, err := plan.DecodeRecord(cname.Value)
		if err != nil {
			return nil, nil, err
		}
		if !strings.EqualFold(v.Content, target) || !v.Proxied {
			want.Comment = v.Comment
			op, err := plan.UpdateRecordOp(s.Zone.Name, *cname, want)
			if err != nil {
				return nil, nil, err
			}
			ops = append(ops, op)
		}
	}
	return ops, []string{tunnelTokenHint}, nil
}

func tunnelUnpublishOps(s *plan.Snapshot, tunnelRef string, hosts []string) ([]plan.Op, []string, error) {
	byTunnel := map[string][]string{}
	var order []string
	var notes []string
	var dnsOps []plan.Op
	seen := map[string]bool{}
	for _, h := range hosts {
		host, err := hostInZone(s.Zone.Name, h)
		if err != nil {
			return nil, nil, err
		}
		if seen[host] {
			continue
		}
		seen[host] = true
		routers := routedBy(s, host)
		if tunnelRef != "" {
			_, tc, err := findTunnel(s, tunnelRef)
			if err != nil {
				return nil, nil, err
			}
			routers = nil
			if tc.Find(host) >= 0 {
				routers = []plan.TunnelConfig{tc}
			}
		}
		targets := map[string]bool{}
		for _, tc := range routers {
			if byTunnel[tc.TunnelID] == nil {
				order = append(order, tc.TunnelID)
			}
			byTunnel[tc.TunnelID] = append(byTunnel[tc.TunnelID], host)
			targets[tc.TunnelID+plan.TunnelSuffix] = true
		}
		removed := false
		for _, o := range recordsAt(s, host) {
			v, err := plan.DecodeRecord(o.Value)
			if err != nil || v.Type != "CNAME" {
				continue
			}
			c := strings.ToLower(strings.TrimSuffix(v.Content, "."))
			if targets[c] || (tunnelRef == "" && strings.HasSuffix(c, plan.TunnelSuffix)) {
				dnsOps = append(dnsOps, plan.DeleteRecordOp(o))
				removed = true
			}
		}
		if len(routers) == 0 && !removed {
			return nil, nil, mcpkit.Errorf("%s is neither routed by a tunnel nor a CNAME to one; list shows the routes", host)
		}
		if !removed {
			notes = append(notes, host+" had no CNAME to its tunnel; only the ingress rule goes")
		}
	}
	var ops []plan.Op
	for _, id := range order {
		cur, tc, err := findTunnel(s, id)
		if err != nil {
			return nil, nil, err
		}
		op, err := plan.UpdateTunnelOp(cur, tc.WithoutRoutes(byTunnel[id]...))
		if err != nil {
			return nil, nil, fmt.Errorf("tunnel %s: %w", tc.Name, err)
		}
		ops = append(ops, op)
	}
	return append(ops, dnsOps...), notes, nil
}

// tunnelNameRE is what cfplane accepts as a new tunnel's name.
var tunnelNameRE = lazyre.New(`^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$`)

// tunnelAdmin plans creating a tunnel (config_src cloudflare) or rotating
// its token. Neither result carries the token: the note says where a
// person gets it.
func tunnelAdmin(ctx context.Context, eng *plan.Engine, z plan.Zone, a TunnelRouteArgs) (TunnelRouteResult, error) {
	res := TunnelRouteResult{Action: a.Action}
	s, err := eng.Read(ctx, z, plan.KindTunnel)
	if err != nil {
		return res, toolErr(a.Action, err)
	}
	var op plan.Op
	var note string
	switch a.Action {
	case "create":
		if !tunnelNameRE.MatchString(a.Tunnel) {
			return res, mcpkit.Errorf("create needs tunnel: the new tunnel's name; accepted: 1–63 letters, digits, '.', '_', '-', starting with a letter or digit")
		}
		if len(s.ByIdentity(plan.KindTunnel, "tunnel "+a.Tunnel)) > 0 {
			return res, mcpkit.Errorf("a tunnel named %q exists; list shows the tunnels; accepted: a new name", a.Tunnel)
		}
		op = plan.CreateTunnelOp(a.Tunnel)
		note = "after the apply, a person runs `cloudflare_safe tunnel token " + a.Tunnel + "` for the token cloudflared runs with (it is never shown here); publish adds routes; rollback deletes the tunnel"
	case "rotate":
		var cur *plan.Object
		for _, o := range s.Objects(plan.KindTunnel) {
			o := o
			if a.Tunnel != "" && (o.ID == a.Tunnel || o.Identity == "tunnel "+a.Tunnel) {
				cur = &o
			}
		}
		if cur == nil {
			return res, mcpkit.Errorf("rotate needs tunnel: the id or name of an existing tunnel; list shows them")
		}
		op = plan.RotateTunnelOp(*cur)
		name := strings.TrimPrefix(cur.Identity, "tunnel ")
		note = "the apply gives tunnel " + name + " a new secret: the old token no longer starts cloudflared; running connectors keep their connections until they restart. A person runs `cloudflare_safe tunnel token " + name + "` for the new token and restarts every cloudflared with it. A rotation is not undone"
	}
	p, err := eng.Prepare(ctx, s, plan.Request{Tool: "tunnel_route_manage", Action: a.Action, Ops: []plan.Op{op}, Gate: gateOf(ctx), Notes: []string{note}})
	if err != nil {
		return res, toolErr(a.Action, err)
	}
	res.Plan = planView(p)
	res.Note = note
	return res, nil
}
