package tfexport

import (
	"strings"

	"github.com/cfplane/cfplane/pkg/policy"
)

// planTunnel adds a tunnel (cloudflare_zero_trust_tunnel_cloudflared) or a
// tunnel configuration (…_config) of a Terraform plan to the invariants'
// pre and post states, in the shapes cfplane's own plans give them: the
// tunnel's id among tunnel_ids, the configuration's ingress as a tunnel.
// A CI plan lists only the tunnels it manages, so tunnels_known stays
// false: a CNAME to a tunnel the plan does not know is not blamed, one to
// a tunnel the plan deletes is.
func planTunnel(in *policy.Input, typ string, before, after map[string]any, deleted bool) {
	switch typ {
	case TypeTunnel:
		if id, _ := before["id"].(string); id != "" {
			in.Pre.TunnelIDs = append(in.Pre.TunnelIDs, strings.ToLower(id))
		}
		if id, _ := after["id"].(string); id != "" && !deleted {
			in.Post.TunnelIDs = append(in.Post.TunnelIDs, strings.ToLower(id))
		}
	case TypeTunnelConfig:
		if t, ok := planTunnelConfig(before); ok {
			in.Pre.Tunnels = append(in.Pre.Tunnels, t)
		}
		if t, ok := planTunnelConfig(after); ok && !deleted {
			in.Post.Tunnels = append(in.Post.Tunnels, t)
		}
	}
}

func planTunnelConfig(m map[string]any) (policy.Tunnel, bool) {
	if m == nil {
		return policy.Tunnel{}, false
	}
	id, _ := m["tunnel_id"].(string)
	t := policy.Tunnel{ID: strings.ToLower(id), Hostnames: []string{}}
	cfg, _ := m["config"].(map[string]any)
	rules, _ := cfg["ingress"].([]any)
	catchAlls, lastIsCatchAll := 0, false
	for i, x := range rules {
		r, _ := x.(map[string]any)
		h, _ := r["hostname"].(string)
		p, _ := r["path"].(string)
		if h == "" && p == "" {
			catchAlls++
			lastIsCatchAll = i == len(rules)-1
		}
		if h != "" {
			t.Hostnames = append(t.Hostnames, strings.ToLower(h))
		}
	}
	t.CatchAllLast = lastIsCatchAll && catchAlls == 1
	return t, true
}
