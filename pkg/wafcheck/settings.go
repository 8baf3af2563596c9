package wafcheck

import (
	"encoding/json"
	"fmt"
	"net/netip"
	"strings"
)

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

type hsts struct {
	STS *struct {
		Enabled           bool `json:"enabled"`
		MaxAge            int  `json:"max_age"`
		IncludeSubdomains bool `json:"include_subdomains"`
	} `json:"strict_transport_security"`
}

func (e *env) hsts() (hsts, bool) {
	raw, ok := e.s.Settings["security_header"]
	if !ok {
		return hsts{}, false
	}
	var h hsts
	if json.Unmarshal(raw, &h) != nil || h.STS == nil {
		return hsts{}, false
	}
	return h, true
}

// settingCheck builds a check over one zone setting: bad returns the
// severity (or "" when the value is fine).
func settingCheck(id, title, setting, why, fix string, controls []string, bad func(v string) string) *Check {
	c := &Check{ID: id, Title: title, Severity: SevMedium, Why: why, Remediation: fix, Controls: ctl(controls), needs: []string{needSettings}}
	c.run = func(e *env, c *Check) []Finding {
		v, ok := e.s.Setting(setting)
		if !ok {
			return nil
		}
		sev := bad(v)
		if sev == "" {
			return nil
		}
		f := e.settingFinding(c, setting, v, setting+" is "+v)
		f.Severity = sev
		return []Finding{f}
	}
	return c
}

func settingChecks() []*Check {
	return []*Check{
		settingCheck("ssl-not-strict", "SSL/TLS mode is not Full (strict)", "ssl",
			"Off and Flexible send traffic to the origin in clear text; Full does not verify the origin certificate, so the origin connection can be intercepted.",
			"Install a valid (or Cloudflare Origin CA) certificate on the origin and set SSL/TLS to Full (strict).",
			tlsControls, func(v string) string {
				switch v {
				case "off", "flexible":
					return SevHigh
				case "full":
					return SevMedium
				}
				return ""
			}),
		settingCheck("tls-min-version-old", "Minimum TLS version below 1.2", "min_tls_version",
			"TLS 1.0 and 1.1 are deprecated (RFC 8996) and not acceptable as strong cryptography under PCI DSS 4.2.1.",
			"Set the minimum TLS version to 1.2.", tlsControls, func(v string) string {
				if v == "1.0" || v == "1.1" {
					return SevHigh
				}
				return ""
			}),
		settingCheck("tls13-off", "TLS 1.3 disabled", "tls_1_3",
			"TLS 1.3 removes legacy cipher suites and downgrade paths.", "Enable TLS 1.3.", tlsControls, func(v string) string {
				if v == "off" {
					return SevLow
				}
				return ""
			}),
		settingCheck("always-use-https-off", "Always Use HTTPS disabled", "always_use_https",
			"Plain HTTP requests are served instead of being redirected, exposing sessions and credentials on the network.",
			"Enable Always Use HTTPS.", tlsControls, func(v string) string {
				if v == "off" {
					return SevMedium
				}
				return ""
			}),
		settingCheck("https-rewrites-off", "Automatic HTTPS Rewrites disabled", "automatic_https_rewrites",
			"Mixed content (http:// links on HTTPS pages) stays in place and weakens transport security.",
			"Enable Automatic HTTPS Rewrites.", []string{cA02}, func(v string) string {
				if v == "off" {
					return SevLow
				}
				return ""
			}),
		settingCheck("security-level-off", "Security level off", "security_level",
			"With the security level off or essentially off, IP reputation challenges no longer run.",
			"Set the security level to medium (the default) or higher.", []string{cA05, cSC7, cSC5}, func(v string) string {
				if v == "off" || v == "essentially_off" {
					return SevMedium
				}
				return ""
			}),
		settingCheck("security-level-under-attack", "Under Attack mode left on", "security_level",
			"Under Attack mode challenges every visitor; left on, it breaks API clients and hides real incidents.",
			"Use Under Attack mode only during an attack; return to medium afterwards.", []string{cA05}, func(v string) string {
				if v == "under_attack" {
					return SevLow
				}
				return ""
			}),
		settingCheck("browser-check-off", "Browser Integrity Check disabled", "browser_check",
			"Browser Integrity Check stops requests with headers typical of abusive clients and spam bots.",
			"Enable Browser Integrity Check (skip it for API paths with a skip rule on products [\"bic\"] if needed).",
			[]string{cA05, cSC7}, func(v string) string {
				if v == "off" {
					return SevLow
				}
				return ""
			}),
		{ID: "hsts-disabled", Title: "HSTS disabled", Severity: SevMedium,
			Why:         "Without HSTS a browser's first request can be downgraded to HTTP (SSL stripping).",
			Remediation: "Enable HSTS with max-age of at least 6 months (15552000) once HTTPS works everywhere.",
			Controls:    ctl(tlsControls, []string{cASVS4HST, cASVS5HST}), needs: []string{needSettings},
			run: func(e *env, c *Check) []Finding {
				h, ok := e.hsts()
				if !ok || h.STS.Enabled {
					return nil
				}
				return []Finding{e.settingFinding(c, "security_header", "strict_transport_security.enabled=false", "HSTS is off")}
			}},
		{ID: "hsts-weak", Title: "HSTS max-age short or subdomains not included", Severity: SevLow,
			Why:         "A short max-age lets the protection lapse between visits; without includeSubDomains cookies scoped to the parent domain can leak over HTTP.",
			Remediation: "Set max-age to at least 15552000 (6 months) and include subdomains.",
			Controls:    ctl([]string{cASVS4HST, cASVS5HST, cA02}), needs: []string{needSettings},
			run: func(e *env, c *Check) []Finding {
				h, ok := e.hsts()
				if !ok || !h.STS.Enabled {
					return nil
				}
				if h.STS.MaxAge >= 15552000 && h.STS.IncludeSubdomains {
					return nil
				}
				v := fmt.Sprintf("max_age=%d include_subdomains=%v", h.STS.MaxAge, h.STS.IncludeSubdomains)
				return []Finding{e.settingFinding(c, "security_header", v, v)}
			}},
	}
}

// Non-HTTP host labels: unproxied records for these are expected.
var nonWebLabels = []string{"mail", "smtp", "imap", "pop", "pop3", "mx", "ftp", "sftp", "vpn", "sip", "ns", "ns1", "ns2", "autodiscover", "em", "_"}

var originHints = []string{"origin", "direct", "admin", "db", "staging", "dev", "backend", "internal"}

func dnsChecks() []*Check {
	return []*Check{
		{ID: "dns-origin-exposed", Title: "Unproxied DNS record exposes an origin", Severity: SevHigh,
			Why:         "An unproxied record that points at a proxied site's origin (or names it) lets attackers reach the origin directly and bypass the WAF.",
			Remediation: "Proxy the record, or delete it; then allow only Cloudflare's IP ranges (or Authenticated Origin Pulls / a tunnel) at the origin.",
			Controls:    ctl([]string{cPCI642, cSC7, cA05}), needs: []string{needDNS},
			run: func(e *env, c *Check) []Finding { return runDNS(e, c, true) }},
		{ID: "dns-unproxied-host", Title: "Web host not proxied", Severity: SevLow,
			Why:         "Traffic to an unproxied A/AAAA/CNAME record never passes the WAF.",
			Remediation: "Proxy the record if it serves HTTP; otherwise document why it is DNS-only.",
			Controls:    ctl([]string{cPCI642, cSC7}), needs: []string{needDNS},
			run: func(e *env, c *Check) []Finding { return runDNS(e, c, false) }},
	}
}

func runDNS(e *env, c *Check, exposed bool) []Finding {
	proxiedIPs := map[netip.Addr]bool{}
	proxiedNets := map[netip.Prefix]bool{}
	for _, r := range e.s.DNS {
		if r.Proxied && (r.Type == "A" || r.Type == "AAAA") {
			if a, err := netip.ParseAddr(r.Content); err == nil {
				proxiedIPs[a] = true
				bits := 24
				if a.Is6() {
					bits = 64
				}
				p, _ := a.Prefix(bits)
				proxiedNets[p] = true
			}
		}
	}
	var out []Finding
	for _, r := range e.s.DNS {
		if r.Proxied || (r.Type != "A" && r.Type != "AAAA" && r.Type != "CNAME") {
			continue
		}
		label := strings.ToLower(strings.SplitN(r.Name, ".", 2)[0])
		reason := ""
		if a, err := netip.ParseAddr(r.Content); err == nil {
			bits := 24
			if a.Is6() {
				bits = 64
			}
			p, _ := a.Prefix(bits)
			switch {
			case proxiedIPs[a]:
				reason = "same address as a proxied record"
			case proxiedNets[p]:
				reason = "same network as a proxied record (" + p.String() + ")"
			}
		}
		if reason == "" {
			for _, h := range originHints {
				if strings.Contains(label, h) {
					reason = "name suggests a backend (" + h + ")"
					break
				}
			}
		}
		nonWeb := false
		for _, l := range nonWebLabels {
			if label == l || strings.HasPrefix(label, l) && l == "_" || strings.HasPrefix(label, "em") && l == "em" && len(label) > 2 && label[2] >= '0' && label[2] <= '9' {
				nonWeb = true
			}
			if label == l {
				nonWeb = true
			}
		}
		f := e.finding(c, nil, "")
		f.RuleID = "dns:" + r.Name + "/" + r.Type
		f.Evidence["setting"] = "dns_record " + r.Name
		f.Evidence["value"] = r.Type + " " + r.Content
		switch {
		case exposed && reason != "":
			f.Evidence["detail"] = r.Name + " (" + r.Type + " " + r.Content + ") is DNS-only: " + reason
			out = append(out, f)
		case !exposed && reason == "" && !nonWeb:
			f.Evidence["detail"] = r.Name + " (" + r.Type + " " + r.Content + ") is DNS-only"
			out = append(out, f)
		}
	}
	return out
}
