package cfsim

import (
	"time"
)

// seed builds the demo account. Everything is deterministic: IDs derive from
// names and timestamps from seedEpoch() or the simulator clock at New.
func seed(s *Sim) {
	cfNS := []string{"ada.ns.cloudflare.com", "bob.ns.cloudflare.com"}
	main := &zone{ID: SeedZoneMainID, Name: SeedZoneMain, Status: "active", Plan: "business",
		CreatedOn: seedEpoch(), ActivatedOn: seedEpoch().Add(2 * time.Hour), NameServers: cfNS,
		OriginalNS: []string{"ns1.registrar-dns.example.net", "ns2.registrar-dns.example.net"}}
	shop := &zone{ID: SeedZoneShopID, Name: SeedZoneShop, Status: "active", Plan: "pro",
		CreatedOn: seedEpoch().Add(24 * time.Hour), ActivatedOn: seedEpoch().Add(26 * time.Hour),
		NameServers: []string{"carl.ns.cloudflare.com", "dina.ns.cloudflare.com"},
		OriginalNS:  []string{"ns1.shophost.example.net", "ns2.shophost.example.net"}}
	dev := &zone{ID: SeedZoneDevID, Name: SeedZoneDev, Status: "pending", Plan: "free",
		CreatedOn: seedEpoch().Add(72 * time.Hour), NameServers: []string{"eric.ns.cloudflare.com", "fay.ns.cloudflare.com"},
		OriginalNS: []string{"ns1.registrar-dns.example.net", "ns2.registrar-dns.example.net"}}
	s.st.zones = []*zone{main, shop, dev}

	type r = record
	prio := func(p int) *int { return &p }
	add := func(z *zone, recs ...r) {
		for i := range recs {
			rec := recs[i]
			rec.Name = normName(rec.Name, z.Name)
			if rec.TTL == 0 {
				rec.TTL = 1
			}
			if err := validateRecord(&rec, z); err != nil {
				panic("cfsim seed: " + rec.Name + " " + rec.Type + ": " + err.Error())
			}
			rec.ID = HexID("record/" + z.Name + "/" + rec.Type + "/" + rec.Name + "/" + rec.Content)
			rec.CreatedOn = z.CreatedOn.Add(time.Duration(i) * time.Minute)
			rec.ModifiedOn = rec.CreatedOn
			z.records = append(z.records, &rec)
		}
	}
	add(main,
		r{Type: "A", Name: "@", Content: "203.0.113.10", Proxied: true},
		r{Type: "A", Name: "@", Content: "203.0.113.11", Proxied: true},
		r{Type: "AAAA", Name: "@", Content: "2001:db8:10::10", Proxied: true},
		r{Type: "CNAME", Name: "www", Content: "example.com", Proxied: true},
		r{Type: "A", Name: "api", Content: "203.0.113.20", Proxied: true, Comment: "public API"},
		r{Type: "AAAA", Name: "api", Content: "2001:db8:10::20", Proxied: true},
		r{Type: "A", Name: "origin", Content: "198.51.100.7", TTL: 300, Comment: "origin server, do not proxy"},
		r{Type: "A", Name: "direct", Content: "198.51.100.7", TTL: 300, Comment: "bypass for debugging"},
		r{Type: "A", Name: "ftp", Content: "198.51.100.7", TTL: 3600},
		r{Type: "A", Name: "mail", Content: "198.51.100.25", TTL: 3600},
		r{Type: "A", Name: "vpn", Content: "198.51.100.60", TTL: 300},
		r{Type: "A", Name: "staging", Content: "203.0.113.50", TTL: 300, Tags: []string{"env:staging"}},
		r{Type: "A", Name: "sip", Content: "198.51.100.40", TTL: 3600},
		r{Type: "CNAME", Name: "app", Content: SeedTunnelHealthyID + ".cfargotunnel.com", Proxied: true, Comment: "tunnel prod-app"},
		r{Type: "CNAME", Name: "status", Content: "statuspage.example.net", TTL: 3600},
		r{Type: "CNAME", Name: "legacy", Content: "legacy-app.azurewebsites.net", TTL: 3600, Comment: "old app, decommissioned?"},
		r{Type: "CNAME", Name: "docs", Content: "example-docs.pages.dev", Proxied: true},
		r{Type: "CNAME", Name: "em123", Content: "u123.wl.sendgrid.net", TTL: 3600},
		r{Type: "MX", Name: "@", Content: "mail.example.com", Priority: prio(10), TTL: 3600},
		r{Type: "MX", Name: "@", Content: "mx2.mailhost.example.net", Priority: prio(20), TTL: 3600},
		r{Type: "TXT", Name: "@", Content: `"v=spf1 ip4:198.51.100.25 include:_spf.mailhost.example.net ~all"`, TTL: 3600},
		r{Type: "TXT", Name: "_dmarc", Content: `"v=DMARC1; p=none; rua=mailto:dmarc@example.com"`, TTL: 3600},
		r{Type: "TXT", Name: "@", Content: `"google-site-verification=Xq3k1b2c3d4e5f6g7h8i9j0kLmNoPqRsTuVwXyZ"`, TTL: 3600},
		r{Type: "TXT", Name: "selector1._domainkey", Content: `"v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC3demo"`, TTL: 3600},
		r{Type: "CAA", Name: "@", Data: map[string]any{"flags": 0, "tag": "issue", "value": "letsencrypt.org"}, TTL: 3600},
		r{Type: "CAA", Name: "@", Data: map[string]any{"flags": 0, "tag": "issue", "value": "pki.goog"}, TTL: 3600},
		r{Type: "CAA", Name: "@", Data: map[string]any{"flags": 0, "tag": "iodef", "value": "mailto:security@example.com"}, TTL: 3600},
		r{Type: "SRV", Name: "_sip._tcp", Data: map[string]any{"priority": 10, "weight": 5, "port": 5060, "target": "sip.example.com"}, TTL: 3600},
		r{Type: "NS", Name: "internal", Content: "ns1.internal-dns.example.net", TTL: 86400},
		r{Type: "NS", Name: "internal", Content: "ns2.internal-dns.example.net", TTL: 86400},
	)
	add(shop,
		r{Type: "A", Name: "@", Content: "203.0.113.80", Proxied: true},
		r{Type: "AAAA", Name: "@", Content: "2001:db8:80::80", Proxied: true},
		r{Type: "CNAME", Name: "www", Content: "example.shop", Proxied: true},
		r{Type: "A", Name: "origin-shop", Content: "198.51.100.80", TTL: 300},
		r{Type: "A", Name: "admin", Content: "198.51.100.81", TTL: 300, Comment: "shop admin panel"},
		r{Type: "A", Name: "db", Content: "198.51.100.82", TTL: 300},
		r{Type: "CNAME", Name: "cdn", Content: "example.shop", Proxied: true},
		r{Type: "CNAME", Name: "checkout", Content: "checkout.payments.example.net", Proxied: true},
		r{Type: "MX", Name: "@", Content: "mx1.mailhost.example.net", Priority: prio(10), TTL: 3600},
		r{Type: "TXT", Name: "@", Content: `"v=spf1 +all"`, TTL: 3600},
		r{Type: "TXT", Name: "_acme-challenge", Content: `"Nn8cWq9p0r1s2t3u4v5w6x7y8z9A0B1C2D3E4F5G6H"`, TTL: 120},
		r{Type: "CAA", Name: "@", Data: map[string]any{"flags": 0, "tag": "issuewild", "value": ";"}, TTL: 3600},
	)
	add(dev,
		r{Type: "A", Name: "@", Content: "203.0.113.120", Proxied: true},
		r{Type: "CNAME", Name: "www", Content: "example.dev", Proxied: true},
		r{Type: "A", Name: "ci", Content: "198.51.100.120", TTL: 300},
		r{Type: "A", Name: "*.preview", Content: "198.51.100.121", TTL: 300},
		r{Type: "TXT", Name: "@", Content: `"v=spf1 -all"`, TTL: 3600},
		r{Type: "TXT", Name: "_dmarc", Content: `"v=DMARC1; p=reject"`, TTL: 3600},
	)
	seedMore(s)
}

func seedMore(s *Sim) {
	seedRulesets(s)
	seedLists(s)
	seedTunnels(s)
	seedSettings(s)
	seedAuditLogs(s)
	seedAnalytics(s)
}
