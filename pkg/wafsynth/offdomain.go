package wafsynth

import (
	"fmt"
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
)

// Remote file inclusion by an off-domain URL: a parameter value that is a
// URL whose host is neither the zone's name nor a name under it (CRS
// 931130). The Rules language cannot compare a value with http.host and
// has no look-around, so the synthesiser, which knows the zone's name,
// writes the complement itself (offDomainPattern).

// authorityEnd are the bytes that end a URL authority.
const authorityEnd = `/?#\\\s\x01`

// offDomainPattern returns the pattern of a URL at the start of a value
// (values joined with, led and ended by \x01) whose authority — host and
// port — is neither zone nor ends with "."+zone. A port makes the
// authority differ, as CRS treats it; user info ("zone@evil") counts as
// different too, which the lfi class flags anyway.
//
// The authority a is off the zone iff it is shorter than the zone and not
// empty, or some byte at distance k from its end differs from the k-th
// last byte of "."+zone (k = 1 … len(zone)+1): a string that long that
// ends with "."+zone has no such byte, and the zone itself is one byte too
// short to differ at distance len(zone)+1.
func offDomainPattern(zone string) string {
	x := "." + zone
	var alts []string
	for k := 1; k <= len(x); k++ {
		alt := `[^` + regexByte(x[len(x)-k]) + authorityEnd + `]`
		if k > 1 {
			alt += fmt.Sprintf(`[^%s]{%d}`, authorityEnd, k-1)
		}
		alts = append(alts, alt)
	}
	return `(?i)\x01\s*(?:https?|ftps?)://(?:[^` + authorityEnd + `]*(?:` + strings.Join(alts, "|") + `)` +
		fmt.Sprintf(`|[^%s]{1,%d}`, authorityEnd, len(zone)-1) + `)[` + authorityEnd + `]`
}

// regexByte writes a host byte (letters, digits, '.', '-') for use inside
// a character class.
func regexByte(c byte) string {
	if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
		return string(c)
	}
	return `\` + string(c)
}

// zoneName normalises the zone's name: lowercase, no trailing dot; a name
// with a wildcard or other bytes is an error.
func zoneName(z string) (string, error) {
	z = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(z)), ".")
	if len(z) < 2 || len(z) > 253 {
		return "", fmt.Errorf("zone name %q is not a host name (2–253 characters)", z)
	}
	for i := 0; i < len(z); i++ {
		if c := z[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return "", fmt.Errorf("zone name %q is not a host name (letters, digits, '.', '-'; no wildcard)", z)
		}
	}
	return z, nil
}

// offDomainTerm is the remote-file-inclusion term of the lfi class for a
// zone: a query argument value (url-decoded, or decoded from base64) or,
// on Enterprise, a form value that is an http/https/ftp URL to a host
// outside the zone. "" when the zone is not known or its name makes the
// term too long.
func offDomainTerm(plan rules.Plan, zone string) string {
	if zone == "" {
		return ""
	}
	src := `concat("\x01", join(url_decode(http.request.uri.args.values[*], "ur"), "\x01"), "\x01", join(decode_base64(url_decode(http.request.uri.args.values[*])[*]), "\x01")`
	if plan == rules.PlanEnterprise || plan == rules.PlanUnknown {
		src += `, "\x01", join(url_decode(http.request.body.form.values[*], "ur"), "\x01")`
	}
	t := src + `, "\x01") matches ` + rawString(offDomainPattern(zone))
	if len(t) > rules.MaxExpressionLength {
		return ""
	}
	return t
}
