package safe

import (
	"context"
	"errors"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// maxZonesScanned caps the zones an account-wide check (tunnel DNS) reads.
const maxZonesScanned = 200

// zoneArgHelp says what the zone argument accepts.
const zoneArgHelp = "a zone name such as example.com or its 32-hex id; zone_list shows the zones you may use"

// resolveZone turns a zone argument (a zone name or its 32-hex id) into a
// zone the token sees and the config's allowlist allows. A zone the token
// does not see and a zone the allowlist hides get the same answer, so the
// error does not tell which zones exist outside the allowlist.
func resolveZone(ctx context.Context, d *cli.Deps, ref string) (cfclient.Zone, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return cfclient.Zone{}, mcpkit.Errorf("zone is required: %s", zoneArgHelp)
	}
	notUsable := func() error {
		return mcpkit.Errorf("zone %q is not a zone this server may use (the token does not see it or the config's zones.allow leaves it out); pass %s", clipQuoted(ref, 80), zoneArgHelp)
	}
	var z cfclient.Zone
	switch {
	case zoneRefIsHexID(ref):
		var err error
		z, err = d.Client.GetZone(ctx, strings.ToLower(ref))
		if errors.Is(err, cfclient.ErrNotFound) || errors.Is(err, cfclient.ErrForbidden) {
			return z, notUsable()
		}
		if err != nil {
			return z, mcpkit.Errorf("looking up zone %s failed: %v", ref, err)
		}
	case zoneRefIsName(ref):
		page, err := d.Client.ListZones(ctx, cfclient.ZoneFilter{Name: strings.ToLower(strings.TrimSuffix(ref, "."))}, 2)
		if err != nil {
			return z, mcpkit.Errorf("looking up zone %s failed: %v", ref, err)
		}
		found := false
		for _, cand := range page.Items {
			if strings.EqualFold(cand.Name, strings.TrimSuffix(ref, ".")) {
				z, found = cand, true
			}
		}
		if !found {
			return z, notUsable()
		}
	default:
		return z, mcpkit.Errorf("zone %q is neither a zone name nor a 32-hex zone id; pass %s", clipQuoted(ref, 80), zoneArgHelp)
	}
	if !d.Config.ZoneAllowed(z.Name, z.ID) {
		return z, notUsable()
	}
	return z, nil
}

// visibleZones lists the zones the token sees (at most maxZonesScanned) and
// whether there are more.
func visibleZones(ctx context.Context, d *cli.Deps) ([]cfclient.Zone, bool, error) {
	page, err := d.Client.ListZones(ctx, cfclient.ZoneFilter{}, maxZonesScanned)
	if err != nil {
		return nil, false, err
	}
	return page.Items, page.Truncated, nil
}

// zoneOf returns the zone a hostname belongs to: the visible zone with the
// longest name that is the hostname or a parent of it.
func zoneOf(zones []cfclient.Zone, host string) (cfclient.Zone, bool) {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	var best cfclient.Zone
	for _, z := range zones {
		n := strings.ToLower(z.Name)
		if (host == n || strings.HasSuffix(host, "."+n)) && len(n) > len(best.Name) {
			best = z
		}
	}
	return best, best.ID != ""
}

func zoneRefIsHexID(s string) bool {
	if len(s) != 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// zoneRefIsName accepts a DNS name with at least two labels: letters, digits,
// hyphens and (for IDNs in A-label form) the xn-- prefix; an optional
// trailing dot.
func zoneRefIsName(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if len(s) == 0 || len(s) > 253 || !strings.Contains(s, ".") {
		return false
	}
	for _, label := range strings.Split(s, ".") {
		if len(label) == 0 || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// clipQuoted shortens s to at most n bytes (on a rune boundary) for quoting in a
// message.
func clipQuoted(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
