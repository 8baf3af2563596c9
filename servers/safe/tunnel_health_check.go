package safe

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/untrusted"
)

// Caps of tunnel_health_check.
const (
	maxTunnelsChecked   = 50  // tunnels examined in one call
	maxIngressHostnames = 100 // ingress hostnames whose DNS is looked up, across tunnels
	maxTunnelCNAMEs     = 500 // CNAMEs to *.cfargotunnel.com read across zones
	maxIngressListed    = 50  // ingress rules listed per tunnel (all are checked)
	maxTunnelFindings   = 200 // findings listed
)

const tunnelDomain = ".cfargotunnel.com"

// Finding ids of tunnel_health_check. They are stable: scripts may match them.
const (
	FindingNoConnector        = "tunnel.no_connector"
	FindingSingleConnector    = "tunnel.single_connector"
	FindingConfigUnreadable   = "tunnel.config_unreadable"
	FindingCatchAllMissing    = "ingress.catch_all_missing"
	FindingCatchAllNotLast    = "ingress.catch_all_not_last"
	FindingDNSMissing         = "ingress.dns_missing"
	FindingDNSNotProxied      = "ingress.dns_not_proxied"
	FindingDNSElsewhere       = "ingress.dns_points_elsewhere"
	FindingHostnameNoZone     = "ingress.hostname_outside_zones"
	FindingHostnameNotAllowed = "ingress.zone_not_allowed"
	FindingCNAMEMissingTunnel = "dns.cname_to_missing_tunnel"
	FindingCNAMENotInIngress  = "dns.cname_not_in_ingress"
	FindingOriginTLSNoVerify  = "origin.tls_unverified"
	FindingOriginStatusOnly   = "origin.status_only"
	FindingOriginPlainRemote  = "origin.plain_http_remote"
)

// TunnelHealthArgs are tunnel_health_check's arguments.
type TunnelHealthArgs struct {
	Tunnel string `json:"tunnel,omitempty"`
}

// TunnelFinding is one problem found, with a stable id.
type TunnelFinding struct {
	ID string `json:"id"`
	// Severity is critical, warning or info.
	Severity string `json:"severity"`
	// Tunnel is the id of the tunnel concerned, when there is one.
	Tunnel string `json:"tunnel,omitempty"`
	// Hostname is the ingress or DNS name concerned (untrusted text).
	Hostname *untrusted.Text `json:"hostname,omitempty"`
	Zone     string          `json:"zone,omitempty"`
	Message  string          `json:"message"`
}

// TunnelConnector is one cloudflared instance.
type TunnelConnector struct {
	ID          string   `json:"id"`
	Version     string   `json:"version"`
	Colos       []string `json:"colos"`
	Connections int      `json:"connections"`
	StartedAt   string   `json:"started_at,omitempty"`
	Age         string   `json:"age,omitempty"`
}

// TunnelIngress is one ingress rule.
type TunnelIngress struct {
	Hostname *untrusted.Text `json:"hostname,omitempty"`
	Path     string          `json:"path,omitempty"`
	Service  string          `json:"service"`
	// Check is the hostname's reachability: "ok" (ingress, proxied CNAME
	// to this tunnel and a connector all there, the service an origin),
	// "unchecked" (its zone is not visible or allowed), or the id of the
	// finding that breaks it.
	Check string `json:"check,omitempty"`
}

// TunnelHistory is a tunnel's connection history (from the API) and the
// changes cfplane made to it (from the journal, newest last).
type TunnelHistory struct {
	// ActiveSince is when the tunnel last went from no connection to one.
	ActiveSince string `json:"active_since,omitempty"`
	// LastDown is when it last lost its last connection.
	LastDown string `json:"last_down,omitempty"`
	// LastConnect is the newest connector start or connection.
	LastConnect string `json:"last_connect,omitempty"`
	// LastSeen is now when connected, else LastDown.
	LastSeen string         `json:"last_seen,omitempty"`
	Changes  []TunnelChange `json:"changes,omitempty"`
}

// TunnelChange is one change cfplane made: what (create, rotate, delete,
// config), the change id (change_list, change_rollback) and its status.
type TunnelChange struct {
	At       string `json:"at"`
	ChangeID string `json:"change_id"`
	What     string `json:"what"`
	Status   string `json:"status"`
}

// maxTunnelChanges bounds the journal changes listed per tunnel.
const maxTunnelChanges = 5

// TunnelHealth is the health of one tunnel.
type TunnelHealth struct {
	ID         string            `json:"id"`
	Name       string            `json:"name"`
	Status     string            `json:"status"`
	Connectors []TunnelConnector `json:"connectors"`
	// ConfigVersion is the remote configuration's version; 0 when the
	// tunnel is managed locally (its ingress is not visible).
	ConfigVersion int             `json:"config_version"`
	Ingress       []TunnelIngress `json:"ingress"`
	// IngressTruncated: the tunnel has more ingress rules than are listed
	// (all of them were checked).
	IngressTruncated bool           `json:"ingress_truncated,omitempty"`
	History          *TunnelHistory `json:"history,omitempty"`
}

// TunnelHealthResult is tunnel_health_check's result.
type TunnelHealthResult struct {
	Tunnels []TunnelHealth `json:"tunnels"`
	// Findings of every tunnel checked, and of DNS records pointing at
	// tunnels.
	Findings []TunnelFinding `json:"findings"`
	// Truncated: more tunnels, zones or records existed than one call checks.
	Truncated bool              `json:"truncated"`
	Untrusted untrusted.Summary `json:"untrusted"`
}

func tunnelHealthCheck(d *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return topLevelOutputSchema(compactOutputSchema(mcpkit.NewTool("tunnel_health_check",
		"Tunnel health; ingress/DNS/tunnel consistency findings.",
		mcpkit.ReadHints,
		func(ctx context.Context, a TunnelHealthArgs) (TunnelHealthResult, error) {
			return checkTunnels(ctx, d, eng, a, time.Now())
		})))
}

func checkTunnels(ctx context.Context, d *cli.Deps, eng *plan.Engine, a TunnelHealthArgs, now time.Time) (TunnelHealthResult, error) {
	res := TunnelHealthResult{Tunnels: []TunnelHealth{}, Findings: []TunnelFinding{}}
	want := strings.TrimSpace(a.Tunnel)
	if len(want) > 255 || strings.ContainsFunc(want, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return res, mcpkit.Errorf("tunnel must be a tunnel id (a UUID) or a tunnel name of at most 255 printable characters; leave it empty to check every tunnel")
	}
	page, err := d.Client.ListTunnels(ctx, maxTunnelsChecked)
	if err != nil {
		return res, mcpkit.Errorf("listing tunnels failed: %v", err)
	}
	res.Truncated = page.Truncated
	exists := map[string]bool{}
	var selected []cfclient.Tunnel
	for _, t := range page.Items {
		exists[strings.ToLower(t.ID)] = true
		if want == "" || strings.EqualFold(t.ID, want) || t.Name == want {
			selected = append(selected, t)
		}
	}
	if want != "" && len(selected) == 0 && page.Truncated && tunnelIDShape(want) {
		// The account has more tunnels than one call lists: ask for this one.
		t, err := d.Client.GetTunnel(ctx, strings.ToLower(want))
		if err == nil {
			selected = append(selected, t)
			exists[strings.ToLower(t.ID)] = true
		} else if !errors.Is(err, cfclient.ErrNotFound) {
			return res, mcpkit.Errorf("reading tunnel %s failed: %v", want, err)
		}
	}
	if want != "" && len(selected) == 0 {
		names := make([]string, 0, len(page.Items))
		for _, t := range page.Items {
			names = append(names, t.Name)
		}
		sort.Strings(names)
		if len(names) > 20 {
			names = append(names[:20], "…")
		}
		return res, mcpkit.Errorf("no tunnel has the id or name %q; tunnels: %s", clipQuoted(want, 80), strings.Join(names, ", "))
	}
	zones, zonesTruncated, err := visibleZones(ctx, d)
	if err != nil {
		return res, mcpkit.Errorf("listing zones failed: %v", err)
	}
	res.Truncated = res.Truncated || zonesTruncated
	scan := untrusted.NewScan(0)
	hostBudget := maxIngressHostnames
	// The journal is cfplane's own record; a server without one (or a
	// store it cannot read) shows the API's history only.
	var changes map[string][]plan.TunnelChange
	if eng != nil {
		changes, _ = eng.TunnelChanges()
	}
	ingressOf := map[string]map[string]bool{} // tunnel id → ingress hostnames (lower case)
	for _, t := range selected {
		h, fs, hosts, err := checkTunnel(ctx, d, t, zones, now, scan, &hostBudget)
		if err != nil {
			return res, err
		}
		h.History = tunnelHistory(t, h.History, append(changes["name:"+t.Name], changes[t.ID]...))
		res.Findings = append(res.Findings, fs...)
		if hosts != nil {
			ingressOf[strings.ToLower(t.ID)] = hosts
		}
		res.Tunnels = append(res.Tunnels, h)
	}
	if hostBudget < 0 {
		res.Truncated = true
	}
	// DNS records that point at tunnels: at a tunnel that does not exist, or
	// at a tunnel whose ingress does not route the name.
	cnames := 0
	for _, z := range zones {
		if !d.Config.ZoneAllowed(z.Name, z.ID) {
			continue
		}
		_, more, err := d.Client.EachDNSRecord(ctx, z.ID, cfclient.DNSFilter{Type: "CNAME"}, maxTunnelCNAMEs, func(r cfclient.DNSRecord) error {
			target := strings.ToLower(strings.TrimSuffix(r.Content, "."))
			if !strings.HasSuffix(target, tunnelDomain) {
				return nil
			}
			cnames++
			if cnames > maxTunnelCNAMEs {
				return errStopScan
			}
			id := strings.TrimSuffix(target, tunnelDomain)
			host := scan.Text(r.Name)
			switch {
			case !exists[id] && !page.Truncated && (want == "" || strings.EqualFold(id, want)):
				res.Findings = append(res.Findings, TunnelFinding{ID: FindingCNAMEMissingTunnel, Severity: "warning", Hostname: &host, Zone: z.Name,
					Message: fmt.Sprintf("CNAME points at tunnel %s, which does not exist in this account: the name serves an error; delete the record or point it at a live tunnel", id)})
			case ingressOf[id] != nil && !ingressOf[id][strings.ToLower(r.Name)] && !wildcardCovers(ingressOf[id], r.Name):
				res.Findings = append(res.Findings, TunnelFinding{ID: FindingCNAMENotInIngress, Severity: "warning", Hostname: &host, Zone: z.Name,
					Message: fmt.Sprintf("CNAME points at tunnel %s, but no ingress rule of that tunnel names this hostname: requests reach the catch-all rule", id)})
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStopScan) {
			return res, mcpkit.Errorf("listing DNS records of zone %s failed: %v", z.Name, err)
		}
		if more || errors.Is(err, errStopScan) {
			res.Truncated = true
		}
		if cnames > maxTunnelCNAMEs {
			break
		}
	}
	sort.SliceStable(res.Findings, func(i, j int) bool {
		return severityRank[res.Findings[i].Severity] < severityRank[res.Findings[j].Severity]
	})
	if len(res.Findings) > maxTunnelFindings {
		res.Findings, res.Truncated = res.Findings[:maxTunnelFindings], true
	}
	res.Untrusted = scan.Summary()
	return res, nil
}

var errStopScan = errors.New("stop scan")

// severityRank orders findings: critical first.
var severityRank = map[string]int{"critical": 0, "warning": 1, "info": 2}

// tunnelIDShape reports whether s looks like a tunnel id (a UUID).
func tunnelIDShape(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
				return false
			}
		}
	}
	return true
}

// wildcardCovers reports whether an ingress wildcard ("*.example.com")
// routes host.
func wildcardCovers(hosts map[string]bool, host string) bool {
	host = strings.ToLower(host)
	if i := strings.IndexByte(host, '.'); i > 0 {
		return hosts["*"+host[i:]]
	}
	return false
}

// checkTunnel reads one tunnel's connectors and configuration and checks
// its ingress hostnames' DNS. It returns the ingress hostnames (nil when the
// configuration is not visible).
func checkTunnel(ctx context.Context, d *cli.Deps, t cfclient.Tunnel, zones []cfclient.Zone, now time.Time, scan *untrusted.Scan, hostBudget *int) (TunnelHealth, []TunnelFinding, map[string]bool, error) {
	h := TunnelHealth{ID: t.ID, Name: t.Name, Status: t.Status, Connectors: []TunnelConnector{}, Ingress: []TunnelIngress{}}
	var fs []TunnelFinding
	add := func(f TunnelFinding) {
		f.Tunnel = t.ID
		fs = append(fs, f)
	}
	clients, err := d.Client.ListTunnelConnections(ctx, t.ID)
	if err != nil {
		return h, nil, nil, mcpkit.Errorf("listing connectors of tunnel %s failed: %v", t.Name, err)
	}
	active := 0
	hist := &TunnelHistory{}
	h.History = hist
	for _, c := range clients {
		hist.LastConnect = newest(hist.LastConnect, c.RunAt)
		for _, cn := range c.Connections {
			hist.LastConnect = newest(hist.LastConnect, cn.OpenedAt)
		}
		tc := TunnelConnector{ID: c.ID, Version: c.Version, Colos: []string{}, Connections: len(c.Connections), StartedAt: c.RunAt}
		for _, cn := range c.Connections {
			if !containsString(tc.Colos, cn.ColoName) && cn.ColoName != "" {
				tc.Colos = append(tc.Colos, cn.ColoName)
			}
		}
		sort.Strings(tc.Colos)
		if at, err := time.Parse(time.RFC3339, c.RunAt); err == nil {
			tc.Age = humanAge(now.Sub(at))
		}
		if len(c.Connections) > 0 {
			active++
		}
		h.Connectors = append(h.Connectors, tc)
	}
	switch active {
	case 0:
		add(TunnelFinding{ID: FindingNoConnector, Severity: "critical",
			Message: "no connector is connected: every hostname routed to this tunnel fails; start cloudflared for it or remove its routes"})
	case 1:
		add(TunnelFinding{ID: FindingSingleConnector, Severity: "warning",
			Message: "only one connector is connected: a restart or host failure takes the tunnel down; run a second cloudflared replica"})
	}
	if !t.RemoteConfig {
		add(TunnelFinding{ID: FindingConfigUnreadable, Severity: "info",
			Message: "the tunnel is configured locally (config.yml on the connector host): its ingress rules are not visible through the API and were not checked"})
		return h, fs, nil, nil
	}
	cfg, err := d.Client.GetTunnelConfig(ctx, t.ID)
	if err != nil {
		return h, nil, nil, mcpkit.Errorf("reading the configuration of tunnel %s failed: %v", t.Name, err)
	}
	h.ConfigVersion = cfg.Version
	hosts := map[string]bool{}
	ing := cfg.Config.Ingress
	catchAll := -1
	for i, r := range ing {
		rule := TunnelIngress{Path: r.Path, Service: r.Service}
		if r.Hostname != "" {
			txt := scan.Text(r.Hostname)
			rule.Hostname = &txt
			hosts[strings.ToLower(r.Hostname)] = true
		}
		if r.Hostname == "" && r.Path == "" && catchAll < 0 {
			catchAll = i
		}
		if len(h.Ingress) < maxIngressListed {
			h.Ingress = append(h.Ingress, rule)
		} else {
			h.IngressTruncated = true
		}
	}
	switch {
	case catchAll < 0:
		add(TunnelFinding{ID: FindingCatchAllMissing, Severity: "warning",
			Message: "the last ingress rule is not a catch-all (no hostname, no path): cloudflared refuses such a configuration; end the rules with one such as {service: http_status:404}"})
	case catchAll != len(ing)-1:
		add(TunnelFinding{ID: FindingCatchAllNotLast, Severity: "warning",
			Message: fmt.Sprintf("ingress rule %d matches everything but is not last: the %d rule(s) after it never match; move it to the end", catchAll+1, len(ing)-1-catchAll)})
	}
	seen := map[string]string{} // hostname → its check
	for _, r := range ing {
		name := strings.ToLower(strings.TrimSuffix(r.Hostname, "."))
		if name == "" {
			continue
		}
		if _, dup := seen[name]; dup {
			continue
		}
		seen[name] = ""
		*hostBudget--
		if *hostBudget < 0 {
			break
		}
		f, err := checkIngressDNS(ctx, d, t, name, zones)
		if err != nil {
			return h, fs, hosts, err
		}
		check := "ok"
		if f != nil {
			txt := scan.Text(r.Hostname)
			f.Hostname = &txt
			add(*f)
			check = f.ID
			if f.Severity == "info" {
				check = "unchecked"
			}
		}
		for _, of := range originFindings(r, cfg.Config.OriginRequest) {
			txt := scan.Text(r.Hostname)
			of.Hostname = &txt
			add(of)
			if check == "ok" && of.ID == FindingOriginStatusOnly {
				check = of.ID
			}
		}
		if check == "ok" && active == 0 {
			check = FindingNoConnector
		}
		seen[name] = check
	}
	for i := range h.Ingress {
		if hn := h.Ingress[i].Hostname; hn != nil {
			h.Ingress[i].Check = seen[strings.ToLower(strings.TrimSuffix(ing[i].Hostname, "."))]
		}
	}
	return h, fs, hosts, nil
}

// originFindings checks the shape of a hostname's origin service: TLS
// verification turned off, a fixed status instead of an origin, plain
// HTTP to an origin that is not on the connector's host or network.
func originFindings(r cfclient.IngressRule, defaults json.RawMessage) []TunnelFinding {
	var out []TunnelFinding
	svc := r.Service
	if strings.HasPrefix(svc, "http_status:") || svc == "hello_world" {
		return append(out, TunnelFinding{ID: FindingOriginStatusOnly, Severity: "info",
			Message: "the hostname is routed to " + svc + ", not to an origin: it answers a fixed response"})
	}
	u, err := url.Parse(svc)
	if err != nil {
		return nil
	}
	noVerify := func(raw json.RawMessage) (bool, bool) {
		var o struct {
			NoTLSVerify *bool `json:"noTLSVerify"`
		}
		if json.Unmarshal(raw, &o) != nil || o.NoTLSVerify == nil {
			return false, false
		}
		return *o.NoTLSVerify, true
	}
	off, set := noVerify(r.OriginRequest)
	if !set {
		off, _ = noVerify(defaults)
	}
	if u.Scheme == "https" && off {
		out = append(out, TunnelFinding{ID: FindingOriginTLSNoVerify, Severity: "warning",
			Message: "noTLSVerify is on for " + svc + ": cloudflared accepts any certificate from the origin; give it the origin's CA (caPool) or originServerName"})
	}
	if u.Scheme == "http" && !nearOrigin(u.Hostname()) {
		out = append(out, TunnelFinding{ID: FindingOriginPlainRemote, Severity: "warning",
			Message: "the service " + svc + " is plain HTTP to a host that is neither local nor on a private network: traffic leaves the connector's network unencrypted; use https"})
	}
	return out
}

// nearOrigin reports whether host is the connector's own host or on a
// private network (plain HTTP to it stays local).
func nearOrigin(host string) bool {
	if host == "localhost" || !strings.Contains(host, ".") && net.ParseIP(host) == nil {
		return true // localhost or a single-label name (a container, a host on the LAN)
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast()
	}
	return strings.HasSuffix(host, ".local") || strings.HasSuffix(host, ".internal") || strings.HasSuffix(host, ".svc.cluster.local")
}

// tunnelHistory completes h (the connectors' newest start) with the API's
// activity timestamps and cfplane's changes.
func tunnelHistory(t cfclient.Tunnel, h *TunnelHistory, changes []plan.TunnelChange) *TunnelHistory {
	if h == nil {
		h = &TunnelHistory{}
	}
	h.ActiveSince, h.LastDown = t.ConnsActiveAt, t.ConnsInactiveAt
	switch t.Status {
	case "healthy", "degraded":
		h.LastSeen = "now"
	default:
		h.LastSeen = t.ConnsInactiveAt
	}
	sort.SliceStable(changes, func(i, j int) bool { return changes[i].Time.Before(changes[j].Time) })
	if len(changes) > maxTunnelChanges {
		changes = changes[len(changes)-maxTunnelChanges:]
	}
	for _, c := range changes {
		h.Changes = append(h.Changes, TunnelChange{At: c.Time.UTC().Format(time.RFC3339), ChangeID: c.ChangeID, What: c.What, Status: c.Status})
	}
	return h
}

// newest returns the later of two RFC 3339 timestamps ("" loses).
func newest(a, b string) string {
	ta, errA := time.Parse(time.RFC3339, a)
	tb, errB := time.Parse(time.RFC3339, b)
	switch {
	case errB != nil:
		return a
	case errA != nil || tb.After(ta):
		return b
	}
	return a
}

// checkIngressDNS checks that an ingress hostname has a proxied CNAME to the
// tunnel in the zone it belongs to.
func checkIngressDNS(ctx context.Context, d *cli.Deps, t cfclient.Tunnel, host string, zones []cfclient.Zone) (*TunnelFinding, error) {
	z, ok := zoneOf(zones, strings.TrimPrefix(host, "*."))
	if !ok {
		return &TunnelFinding{ID: FindingHostnameNoZone, Severity: "info",
			Message: "the hostname is in no zone this token sees: its DNS was not checked"}, nil
	}
	if !d.Config.ZoneAllowed(z.Name, z.ID) {
		return &TunnelFinding{ID: FindingHostnameNotAllowed, Severity: "info", Zone: z.Name,
			Message: "the hostname's zone is not on the config's zones.allow: its DNS was not checked"}, nil
	}
	page, err := d.Client.ListDNSRecords(ctx, z.ID, cfclient.DNSFilter{Name: host}, 20)
	if err != nil {
		return nil, mcpkit.Errorf("listing DNS records for an ingress hostname of tunnel %s in zone %s failed: %v", t.Name, z.Name, err)
	}
	want := strings.ToLower(t.ID) + tunnelDomain
	var others []string
	for _, r := range page.Items {
		if !strings.EqualFold(strings.TrimSuffix(r.Name, "."), host) {
			continue
		}
		if r.Type == "CNAME" && strings.EqualFold(strings.TrimSuffix(r.Content, "."), want) {
			if r.Proxied {
				return nil, nil
			}
			return &TunnelFinding{ID: FindingDNSNotProxied, Severity: "critical", Zone: z.Name,
				Message: "the CNAME to " + want + " is not proxied: tunnel hostnames only work proxied; turn proxying on"}, nil
		}
		others = append(others, r.Type)
	}
	if len(others) == 0 {
		return &TunnelFinding{ID: FindingDNSMissing, Severity: "critical", Zone: z.Name,
			Message: "no DNS record exists for this ingress hostname: it does not resolve; create a proxied CNAME to " + want + " or remove the ingress rule"}, nil
	}
	sort.Strings(others)
	return &TunnelFinding{ID: FindingDNSElsewhere, Severity: "warning", Zone: z.Name,
		Message: fmt.Sprintf("the hostname has %s record(s) but no proxied CNAME to %s: traffic does not reach this tunnel", strings.Join(others, ", "), want)}, nil
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// humanAge formats a duration as days, hours and minutes ("3d4h", "5h12m",
// "42m").
func humanAge(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	days := int(d / (24 * time.Hour))
	hours := int(d%(24*time.Hour)) / int(time.Hour)
	mins := int(d%time.Hour) / int(time.Minute)
	switch {
	case days > 0:
		return fmt.Sprintf("%dd%dh", days, hours)
	case hours > 0:
		return fmt.Sprintf("%dh%dm", hours, mins)
	}
	return fmt.Sprintf("%dm", mins)
}
