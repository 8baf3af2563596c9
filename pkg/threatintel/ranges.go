package threatintel

import (
	"net/netip"
	"sync"

	"go4.org/netipx"
)

// Reserved address space that must never reach a block list (Team Cymru
// bogons, RFC 6890 special-purpose registries). Documentation ranges are
// kept apart: real feeds never list them, but examples and tests use them.
var bogonPrefixes = []string{
	"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
	"192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
	"::/128", "::1/128", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64", "fc00::/7", "fe80::/10", "ff00::/8",
}

var documentationPrefixes = []string{
	"192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32",
}

// Cloudflare's own ranges (https://www.cloudflare.com/ips-v4 and ips-v6):
// blocking them blocks Cloudflare's edge, Workers and health checks.
var cloudflarePrefixes = []string{
	"173.245.48.0/20", "103.21.244.0/22", "103.22.200.0/22", "103.31.4.0/22", "141.101.64.0/18",
	"108.162.192.0/18", "190.93.240.0/20", "188.114.96.0/20", "197.234.240.0/22", "198.41.128.0/17",
	"162.158.0.0/15", "104.16.0.0/13", "104.24.0.0/14", "172.64.0.0/13", "131.0.72.0/22",
	"2400:cb00::/32", "2606:4700::/32", "2803:f800::/32", "2405:b500::/32", "2405:8100::/32",
	"2a06:98c0::/29", "2c0f:f248::/32",
}

var (
	setsOnce                     sync.Once
	bogonSet, bogonDocSet, cfSet *netipx.IPSet
)

func buildSets() {
	mk := func(lists ...[]string) *netipx.IPSet {
		var b netipx.IPSetBuilder
		for _, l := range lists {
			for _, p := range l {
				b.AddPrefix(netip.MustParsePrefix(p))
			}
		}
		s, _ := b.IPSet()
		return s
	}
	bogonSet = mk(bogonPrefixes)
	bogonDocSet = mk(bogonPrefixes, documentationPrefixes)
	cfSet = mk(cloudflarePrefixes)
}

// Bogons returns the reserved address space; with documentation it also
// holds the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
// 203.0.113.0/24, 2001:db8::/32).
func Bogons(documentation bool) *netipx.IPSet {
	setsOnce.Do(buildSets)
	if documentation {
		return bogonDocSet
	}
	return bogonSet
}

// CloudflareRanges returns Cloudflare's published IP ranges.
func CloudflareRanges() *netipx.IPSet {
	setsOnce.Do(buildSets)
	return cfSet
}

// OverlapsBogon reports whether a prefix overlaps reserved space (without
// documentation ranges).
func OverlapsBogon(p netip.Prefix) bool {
	return Bogons(false).OverlapsPrefix(p.Masked())
}
