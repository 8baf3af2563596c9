// Package tfexport turns the live state of a Cloudflare zone into
// Terraform (provider v5) HCL with stable, content-derived resource names
// and import blocks, and compares live state with Terraform code or state
// (drift).
package tfexport

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/tfhcl"
)

// Resource types exported.
const (
	TypeDNS          = "cloudflare_dns_record"
	TypeRuleset      = "cloudflare_ruleset"
	TypeSetting      = "cloudflare_zone_setting"
	TypeList         = "cloudflare_list"
	TypeTunnel       = "cloudflare_zero_trust_tunnel_cloudflared"
	TypeTunnelConfig = "cloudflare_zero_trust_tunnel_cloudflared_config"
)

// Ref is an attribute value written as a reference (var.zone_id or
// cloudflare_x.name.id) rather than a literal.
type Ref string

// Resource is one live object as Terraform sees it.
type Resource struct {
	Type string `json:"type"`
	Name string `json:"name"`
	// ID is the object's Cloudflare id (a setting's id is its name).
	ID string `json:"id"`
	// Scope is "zone" or "account": which variable the import id starts with.
	Scope string `json:"-"`
	// ImportPath follows the scope variable in the import id.
	ImportPath string `json:"-"`
	// Key is the natural key matching code to live without ids.
	Key string `json:"key"`
	// Label is a short readable description.
	Label string `json:"label"`
	// Attrs are the managed attributes, JSON-shaped (Ref for references).
	Attrs map[string]any `json:"-"`
	// SubIDs are ids of parts (a ruleset's rule ids), for attribution.
	SubIDs []string `json:"-"`

	base string // name before collision handling
}

// Address is type.name.
func (r Resource) Address() string { return r.Type + "." + r.Name }

// attrOrder is the order attributes are written in; others follow sorted.
var attrOrder = []string{"zone_id", "account_id", "tunnel_id", "setting_id", "name", "type", "kind", "phase", "description",
	"content", "data", "priority", "ttl", "proxied", "comment", "tags", "settings", "value", "config_src", "config", "source", "items", "rules"}

// managed lists the attributes compared for drift per type.
var managed = map[string][]string{
	TypeDNS:          {"name", "type", "content", "data", "priority", "ttl", "proxied", "comment", "tags", "settings"},
	TypeRuleset:      {"name", "kind", "phase", "description", "rules"},
	TypeSetting:      {"setting_id", "value"},
	TypeList:         {"name", "kind", "description", "items"},
	TypeTunnel:       {"name", "config_src"},
	TypeTunnelConfig: {"config"},
}

// phaseNames are readable names of the exported ruleset phases.
var phaseNames = map[string]string{
	"http_request_firewall_custom":  "waf_custom",
	"http_ratelimit":                "rate_limit",
	"http_request_firewall_managed": "waf_managed",
}

func shortHash(s string, n int) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])[:n]
}

// AssignNames gives every resource a unique name within its type, derived
// only from content: a base name from what the object is (e.g. a_www);
// resources sharing a base each get a suffix hashed from their natural
// key. The result does not depend on the order of rs.
func AssignNames(rs []Resource) {
	groups := map[string][]int{}
	for i := range rs {
		if rs[i].base == "" {
			rs[i].base = rs[i].Label
		}
		rs[i].base = tfhcl.Name(rs[i].base)
		groups[rs[i].Type+"\x00"+rs[i].base] = append(groups[rs[i].Type+"\x00"+rs[i].base], i)
	}
	used := map[string]bool{}
	// Unique bases first, so a suffixed name never takes a plain one.
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if g := groups[k]; len(g) == 1 {
			rs[g[0]].Name = rs[g[0]].base
			used[rs[g[0]].Type+"."+rs[g[0]].Name] = true
		}
	}
	for _, k := range keys {
		g := groups[k]
		if len(g) == 1 {
			continue
		}
		sort.Slice(g, func(a, b int) bool { return rs[g[a]].Key+rs[g[a]].ID < rs[g[b]].Key+rs[g[b]].ID })
		for _, i := range g {
			seed := rs[i].Key
			for n := 6; ; n += 2 {
				if n > 64 { // identical natural keys: the id separates them
					seed, n = rs[i].Key+"\x00"+rs[i].ID, 6
				}
				name := rs[i].base + "_" + shortHash(seed, n)
				if !used[rs[i].Type+"."+name] {
					rs[i].Name = name
					used[rs[i].Type+"."+name] = true
					break
				}
			}
		}
	}
	sort.Slice(rs, func(a, b int) bool {
		if rs[a].Type != rs[b].Type {
			return rs[a].Type < rs[b].Type
		}
		return rs[a].Name < rs[b].Name
	})
}

// canon is the canonical JSON of a JSON-shaped value.
func canon(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// relName is a DNS name relative to the zone ("apex" for the zone itself).
func relName(name, zone string) string {
	name = strings.TrimSuffix(strings.ToLower(name), ".")
	zone = strings.ToLower(zone)
	switch {
	case name == zone:
		return "apex"
	case strings.HasSuffix(name, "."+zone):
		return strings.TrimSuffix(name, "."+zone)
	}
	return name
}
