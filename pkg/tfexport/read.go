package tfexport

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/lazyre"
)

// Client is what an export reads; *cfclient.Client satisfies it.
type Client interface {
	AccountID(ctx context.Context) (string, error)
	EachDNSRecord(ctx context.Context, zoneID string, f cfclient.DNSFilter, max int, fn func(cfclient.DNSRecord) error) (int, bool, error)
	GetPhaseEntrypoint(ctx context.Context, zoneID, phase string) (cfclient.Ruleset, error)
	GetZoneSettings(ctx context.Context, zoneID string) ([]cfclient.ZoneSetting, error)
	ListIPLists(ctx context.Context) ([]cfclient.IPList, error)
	ListListItems(ctx context.Context, listID, search string, max int) (cfclient.Page[cfclient.ListItem], error)
	ListTunnels(ctx context.Context, max int) (cfclient.Page[cfclient.Tunnel], error)
	GetTunnelConfig(ctx context.Context, tunnelID string) (cfclient.TunnelConfig, error)
}

// Limits of a read.
const (
	MaxRecords   = 10000
	MaxListItems = 10000
	MaxTunnels   = 1000
)

// Phases are the zone ruleset phases exported.
var Phases = []string{cfclient.PhaseCustom, cfclient.PhaseRateLimit, cfclient.PhaseManaged}

// Live is what a zone's export holds.
type Live struct {
	ZoneID    string
	ZoneName  string
	AccountID string
	// Resources are the zone's objects and the account objects it uses
	// (lists its rules name, tunnels its records or ingress point at).
	Resources []Resource
	// Others are the account's other lists and tunnels: not exported, but
	// known, so that code managing them is not reported missing.
	Others []Resource
	// Notes say what could not be read (e.g. a tunnel's configuration).
	Notes []string
}

var listRefPattern = lazyre.New(`\$([A-Za-z0-9_]+)`)

// Read reads a zone and names its resources.
func Read(ctx context.Context, c Client, zone cfclient.Zone) (*Live, error) {
	l := &Live{ZoneID: zone.ID, ZoneName: zone.Name}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the account id failed: %v", err)
	}
	l.AccountID = acct
	var rs []Resource
	var cnames []string
	_, more, err := c.EachDNSRecord(ctx, zone.ID, cfclient.DNSFilter{}, MaxRecords, func(r cfclient.DNSRecord) error {
		rs = append(rs, dnsResource(r, zone.Name))
		if r.Type == "CNAME" {
			cnames = append(cnames, strings.ToLower(r.Content))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the DNS records of zone %s failed: %v", zone.Name, err)
	}
	if more {
		return nil, fmt.Errorf("zone %s has more than %d DNS records; an export is never partial", zone.Name, MaxRecords)
	}
	usedLists := map[string]bool{}
	for _, phase := range Phases {
		set, err := c.GetPhaseEntrypoint(ctx, zone.ID, phase)
		if errors.Is(err, cfclient.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("reading the %s ruleset of zone %s failed: %v", phase, zone.Name, err)
		}
		for _, r := range set.Rules {
			for _, m := range listRefPattern.FindAllStringSubmatch(r.Expression, -1) {
				usedLists[m[1]] = true
			}
		}
		rs = append(rs, rulesetResource(set, phase))
	}
	settings, err := c.GetZoneSettings(ctx, zone.ID)
	if err != nil {
		return nil, fmt.Errorf("reading the settings of zone %s failed: %v", zone.Name, err)
	}
	for _, s := range settings {
		if !s.Editable {
			continue
		}
		rs = append(rs, Resource{Type: TypeSetting, ID: s.ID, Scope: "zone", ImportPath: s.ID, Key: s.ID, Label: s.ID,
			Attrs: map[string]any{"zone_id": Ref("var.zone_id"), "setting_id": s.ID, "value": decode(s.Value)}})
	}
	lists, err := c.ListIPLists(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the account's lists failed: %v", err)
	}
	for _, li := range lists {
		if !usedLists[li.Name] {
			l.Others = append(l.Others, listResource(li, nil))
			continue
		}
		page, err := c.ListListItems(ctx, li.ID, "", MaxListItems)
		if err != nil {
			return nil, fmt.Errorf("reading the items of list %s failed: %v", li.Name, err)
		}
		if page.Truncated {
			return nil, fmt.Errorf("list %s has more than %d items; an export is never partial", li.Name, MaxListItems)
		}
		rs = append(rs, listResource(li, page.Items))
	}
	tunnels, err := c.ListTunnels(ctx, MaxTunnels)
	if err != nil {
		return nil, fmt.Errorf("reading the account's tunnels failed: %v", err)
	}
	for _, t := range tunnels.Items {
		if t.DeletedAt != "" {
			continue
		}
		tr := Resource{Type: TypeTunnel, ID: t.ID, Scope: "account", ImportPath: t.ID, Key: t.Name, Label: "tunnel " + t.Name,
			Attrs: map[string]any{"account_id": Ref("var.account_id"), "name": t.Name}}
		tr.base = nameOf(t.Name)
		if t.RemoteConfig {
			tr.Attrs["config_src"] = "cloudflare"
		} else {
			tr.Attrs["config_src"] = "local"
		}
		used := false
		for _, c := range cnames {
			if c == strings.ToLower(t.ID)+".cfargotunnel.com" {
				used = true
			}
		}
		var cfg *Resource
		if t.RemoteConfig {
			tc, err := c.GetTunnelConfig(ctx, t.ID)
			if err == nil {
				cr := tunnelConfigResource(t, tc)
				cfg = &cr
				for _, in := range tc.Config.Ingress {
					h := strings.ToLower(in.Hostname)
					if h != "" && (h == zone.Name || strings.HasSuffix(h, "."+zone.Name)) {
						used = true
					}
				}
			} else if used {
				l.Notes = append(l.Notes, fmt.Sprintf("the configuration of tunnel %s could not be read: %v", t.Name, err))
			}
		}
		if !used {
			l.Others = append(l.Others, tr)
			continue
		}
		rs = append(rs, tr)
		if cfg != nil {
			rs = append(rs, *cfg)
		}
	}
	AssignNames(rs)
	// Configurations point at their tunnel by reference.
	byID := map[string]string{}
	for _, r := range rs {
		if r.Type == TypeTunnel {
			byID[r.ID] = r.Address()
		}
	}
	for i := range rs {
		if rs[i].Type == TypeTunnelConfig {
			rs[i].Attrs["tunnel_id"] = Ref(byID[rs[i].ID] + ".id")
		}
	}
	l.Resources = rs
	return l, nil
}

func nameOf(s string) string {
	if s == "" {
		return ""
	}
	return strings.Map(func(r rune) rune {
		if r == '*' {
			return 'w'
		}
		return r
	}, s)
}

func dnsResource(r cfclient.DNSRecord, zone string) Resource {
	a := map[string]any{"zone_id": Ref("var.zone_id"), "name": strings.ToLower(r.Name), "type": r.Type, "ttl": r.TTL, "proxied": r.Proxied}
	data := decode(r.Data)
	if m, ok := data.(map[string]any); ok && len(m) > 0 {
		a["data"] = m
	} else {
		a["content"] = r.Content
	}
	if r.Priority != nil {
		a["priority"] = *r.Priority
	}
	if r.Comment != "" {
		a["comment"] = r.Comment
	}
	if len(r.Tags) > 0 {
		tags := make([]any, 0, len(r.Tags))
		s := append([]string(nil), r.Tags...)
		sort.Strings(s)
		for _, t := range s {
			tags = append(tags, t)
		}
		a["tags"] = tags
	}
	if m, ok := decode(r.Settings).(map[string]any); ok && len(prune(m).(map[string]any)) > 0 {
		a["settings"] = prune(m)
	}
	rel := relName(r.Name, zone)
	if strings.HasPrefix(rel, "*") {
		rel = "wildcard" + strings.TrimPrefix(rel, "*")
	}
	content := r.Content
	if _, ok := a["data"]; ok {
		content = canon(a["data"])
	}
	key := r.Type + " " + strings.ToLower(r.Name) + " " + content
	return Resource{Type: TypeDNS, ID: r.ID, Scope: "zone", ImportPath: r.ID, Key: key, Label: r.Type + " " + r.Name,
		Attrs: a, base: strings.ToLower(r.Type) + "_" + rel}
}

func rulesetResource(set cfclient.Ruleset, phase string) Resource {
	name := set.Name
	if name == "" {
		name = "default"
	}
	a := map[string]any{"zone_id": Ref("var.zone_id"), "name": name, "kind": "zone", "phase": phase}
	if set.Description != "" {
		a["description"] = set.Description
	}
	rules := []any{}
	var ids []string
	for _, r := range set.Rules {
		ids = append(ids, r.ID)
		m := map[string]any{"expression": r.Expression, "action": r.Action, "enabled": r.Enabled == nil || *r.Enabled}
		if r.Ref != "" {
			m["ref"] = r.Ref
		}
		if r.Description != "" {
			m["description"] = r.Description
		}
		for k, raw := range map[string]json.RawMessage{"action_parameters": r.ActionParameters, "ratelimit": r.RateLimit,
			"logging": r.Logging, "exposed_credential_check": r.ExposedCredentialCheck} {
			if v := prune(decode(raw)); v != nil {
				if mm, ok := v.(map[string]any); !ok || len(mm) > 0 {
					m[k] = v
				}
			}
		}
		if ap, ok := m["action_parameters"].(map[string]any); ok {
			delete(ap, "version") // a managed ruleset's version is computed
			if len(ap) == 0 {
				delete(m, "action_parameters")
			}
		}
		rules = append(rules, m)
	}
	a["rules"] = rules
	base := phaseNames[phase]
	if base == "" {
		base = phase
	}
	return Resource{Type: TypeRuleset, ID: set.ID, Scope: "zones", ImportPath: set.ID, Key: phase, Label: phase,
		Attrs: a, SubIDs: ids, base: base}
}

func listResource(li cfclient.IPList, items []cfclient.ListItem) Resource {
	a := map[string]any{"account_id": Ref("var.account_id"), "name": li.Name, "kind": li.Kind}
	if li.Description != "" {
		a["description"] = li.Description
	}
	if items != nil {
		var out []any
		for _, it := range items {
			m := map[string]any{}
			switch {
			case it.IP != "":
				m["ip"] = it.IP
			case it.ASN != nil:
				m["asn"] = *it.ASN
			case len(it.Hostname) > 0:
				m["hostname"] = prune(decode(it.Hostname))
			case len(it.Redirect) > 0:
				m["redirect"] = prune(decode(it.Redirect))
			}
			if it.Comment != "" {
				m["comment"] = it.Comment
			}
			out = append(out, m)
		}
		sort.Slice(out, func(i, j int) bool { return canon(out[i]) < canon(out[j]) })
		if out == nil {
			out = []any{}
		}
		a["items"] = out
	}
	return Resource{Type: TypeList, ID: li.ID, Scope: "account", ImportPath: li.ID, Key: li.Name, Label: "list " + li.Name,
		Attrs: a, base: li.Name}
}

func tunnelConfigResource(t cfclient.Tunnel, tc cfclient.TunnelConfig) Resource {
	var ingress []any
	for _, in := range tc.Config.Ingress {
		m := map[string]any{"service": in.Service}
		if in.Hostname != "" {
			m["hostname"] = in.Hostname
		}
		if in.Path != "" {
			m["path"] = in.Path
		}
		if or := snakeKeys(prune(decode(in.OriginRequest))); or != nil {
			m["origin_request"] = or
		}
		ingress = append(ingress, m)
	}
	cfg := map[string]any{"ingress": ingress}
	if or := snakeKeys(prune(decode(tc.Config.OriginRequest))); or != nil {
		cfg["origin_request"] = or
	}
	a := map[string]any{"account_id": Ref("var.account_id"), "config": cfg}
	return Resource{Type: TypeTunnelConfig, ID: t.ID, Scope: "account", ImportPath: t.ID, Key: t.Name,
		Label: "tunnel config " + t.Name, Attrs: a, base: nameOf(t.Name)}
}

// decode turns raw JSON into a JSON-shaped value with json.Number numbers.
func decode(raw json.RawMessage) any {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return nil
	}
	return v
}

// prune drops nulls and empty objects from a JSON-shaped value.
func prune(v any) any {
	switch t := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, x := range t {
			if p := prune(x); p != nil {
				if m, ok := p.(map[string]any); ok && len(m) == 0 {
					continue
				}
				out[k] = p
			}
		}
		return out
	case []any:
		out := make([]any, 0, len(t))
		for _, x := range t {
			if p := prune(x); p != nil {
				out = append(out, p)
			}
		}
		return out
	}
	return v
}

// snakeKeys renames cloudflared's camelCase origin request keys to the
// provider's snake_case (noTLSVerify → no_tls_verify).
func snakeKeys(v any) any {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	if len(m) == 0 {
		return nil
	}
	out := map[string]any{}
	for k, x := range m {
		if sub, ok := x.(map[string]any); ok {
			x = snakeKeys(sub)
		}
		out[snake(k)] = x
	}
	return out
}

func snake(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if unicode.IsUpper(r) {
			prevLower := i > 0 && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1]))
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if i > 0 && (prevLower || (nextLower && unicode.IsUpper(rs[i-1]))) {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
