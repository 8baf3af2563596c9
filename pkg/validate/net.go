package validate

import (
	"net/netip"
	"strings"
)

// CIDR checks an IPv4 or IPv6 prefix in canonical form (host bits zero),
// e.g. 192.0.2.0/24 or 2001:db8::/32.
func CIDR(field, s string) error {
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return newErr(field, s, "is not a CIDR", "an IP prefix such as 192.0.2.0/24 or 2001:db8::/32")
	}
	if p.Masked() != p {
		return newErr(field, s, "has host bits set", "the network address, here "+p.Masked().String())
	}
	return nil
}

// IPOrCIDR checks a single IP address or a canonical CIDR.
func IPOrCIDR(field, s string) error {
	if strings.Contains(s, "/") {
		return CIDR(field, s)
	}
	a, err := netip.ParseAddr(s)
	if err != nil || a.Zone() != "" {
		return newErr(field, s, "is not an IP address or CIDR", "an IP address or prefix such as 192.0.2.1 or 192.0.2.0/24")
	}
	return nil
}

// ListIP checks an item of a Cloudflare IP list: an IP address, an IPv4 CIDR
// from /8 to /32 or an IPv6 CIDR from /12 to /64.
func ListIP(field, s string) error {
	const accepted = "an IP address, an IPv4 CIDR /8–/32 or an IPv6 CIDR /12–/64"
	if err := IPOrCIDR(field, s); err != nil {
		e := err.(*Error)
		e.Accepted = accepted
		return e
	}
	if !strings.Contains(s, "/") {
		return nil
	}
	p := netip.MustParsePrefix(s)
	if p.Addr().Is4() && (p.Bits() < 8) || p.Addr().Is6() && (p.Bits() < 12 || p.Bits() > 64) {
		return newErr(field, s, "has a prefix length Cloudflare lists do not accept", accepted)
	}
	return nil
}
