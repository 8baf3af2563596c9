package plan

import (
	"encoding/json"
	"net/netip"
	"sort"
	"strconv"
	"strings"

	"github.com/cfplane/cfplane/pkg/policy"
)

// dnsEffects judges DNS ops by what each touched name resolves to, per
// type, before and after: a rename or retype is a name or type that loses
// its records and another that gains them.
//
// recent lists the targets the zone's recent changes introduced: they do
// not count as the zone's own addresses (else moving one record to an
// address would make the next move look like a move within the zone).
func dnsEffects(s *Snapshot, ops []Op, recent func() map[string]bool) []Effect {
	zone := strings.ToLower(s.Zone.Name)
	touched := map[string]bool{}
	changedID := map[string]bool{}
	var after []RecordValue
	for _, op := range ops {
		if !isNull(op.Before) {
			if v, err := DecodeRecord(op.Before); err == nil {
				touched[v.Name] = true
			}
		}
		if op.ID != "" {
			changedID[op.ID] = true
		}
		if !isNull(op.After) {
			if v, err := DecodeRecord(op.After); err == nil {
				touched[v.Name] = true
				after = append(after, v)
			}
		}
	}
	// The zone's own addresses (/24, /48) and CNAME targets, and the
	// touched names' records before and after.
	own := map[netip.Prefix]bool{}
	targets := map[string]bool{}
	pre := map[string][]RecordValue{}
	post := map[string][]RecordValue{}
	for _, o := range s.Objects(KindDNS) {
		typ, name, _ := strings.Cut(o.Slot, " ")
		isAddr := typ == "A" || typ == "AAAA" || typ == "CNAME"
		if !touched[name] && !isAddr {
			continue
		}
		v, err := DecodeRecord(o.Value)
		if err != nil {
			continue
		}
		switch typ {
		case "A", "AAAA":
			if p, ok := netOf(v.Content); ok {
				own[p] = true
			}
		case "CNAME":
			targets[strings.ToLower(v.Content)] = true
		}
		if touched[name] {
			pre[name] = append(pre[name], v)
			if !changedID[o.ID] {
				post[name] = append(post[name], v)
			}
		}
	}
	for _, v := range after {
		post[v.Name] = append(post[v.Name], v)
	}
	names := make([]string, 0, len(touched))
	for n := range touched {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []Effect
	lazyOwn := func() (map[netip.Prefix]bool, map[string]bool) {
		rec := recent()
		if len(rec) == 0 {
			return own, targets
		}
		own2 := map[netip.Prefix]bool{}
		targets2 := map[string]bool{}
		for _, o := range s.Objects(KindDNS) {
			typ, _, _ := strings.Cut(o.Slot, " ")
			if typ != "A" && typ != "AAAA" && typ != "CNAME" {
				continue
			}
			v, err := DecodeRecord(o.Value)
			if err != nil || rec[strings.ToLower(v.Content)] {
				continue
			}
			if typ == "CNAME" {
				targets2[strings.ToLower(v.Content)] = true
			} else if p, ok := netOf(v.Content); ok {
				own2[p] = true
			}
		}
		return own2, targets2
	}
	for _, n := range names {
		out = append(out, nameEffects(zone, n, pre[n], post[n], lazyOwn)...)
	}
	return out
}

func isNull(raw json.RawMessage) bool { return len(raw) == 0 || string(raw) == "null" }

func netOf(s string) (netip.Prefix, bool) {
	a, err := netip.ParseAddr(strings.TrimSpace(s))
	if err != nil {
		return netip.Prefix{}, false
	}
	a = a.Unmap()
	bits := 24
	if a.Is6() {
		bits = 48
	}
	p, _ := a.Prefix(bits)
	return p, true
}

type rrset struct {
	vals    map[string]RecordValue // by normalised content (+ priority)
	proxied bool
}

func setOf(recs []RecordValue, types ...string) rrset {
	rs := rrset{vals: map[string]RecordValue{}}
	for _, r := range recs {
		for _, t := range types {
			if r.Type == t {
				k := strings.ToLower(r.Content)
				if r.Type == "MX" && r.Priority != nil {
					k += " " + strconv.Itoa(*r.Priority)
				}
				rs.vals[k] = r
				rs.proxied = rs.proxied || r.Proxied
			}
		}
	}
	return rs
}

// added lists what b has and a has not.
func (b rrset) minus(a rrset) []string {
	var out []string
	for k := range b.vals {
		if _, ok := a.vals[k]; !ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func short(list []string) string {
	if len(list) > 3 {
		return strings.Join(list[:3], ", ") + ", …"
	}
	return strings.Join(list, ", ")
}

func nameEffects(zone, name string, pre, post []RecordValue, owned func() (map[netip.Prefix]bool, map[string]bool)) []Effect {
	var out []Effect
	add := func(class, text string) { out = append(out, Effect{Class: class, Object: name, Text: text}) }
	key := name == zone || name == "www."+zone

	// Resolution: A, AAAA and CNAME together.
	b, a := setOf(pre, "A", "AAAA", "CNAME"), setOf(post, "A", "AAAA", "CNAME")
	gone, came := b.minus(a), a.minus(b)
	k := key || b.proxied
	switch {
	case len(b.vals) > 0 && len(a.vals) == 0:
		c := "dns.stops_resolving"
		if k {
			c += "_key"
		}
		add(c, "stops resolving (had "+short(b.minus(rrset{}))+")")
	case len(b.vals) > 0 && len(came) > 0:
		var outside []string
		own, targets := owned()
		for _, t := range came {
			if !ownTarget(zone, a.vals[t], own, targets) {
				outside = append(outside, t)
			}
		}
		if len(outside) > 0 {
			c := "dns.resolves_elsewhere"
			if k {
				c += "_key"
			}
			add(c, "resolves elsewhere: "+short(outside)+" (outside the zone's own addresses and targets)")
		} else {
			add("dns.changed", "targets change within the zone's own addresses")
		}
	case len(b.vals) > 0 && len(gone) > 0:
		add("dns.fewer_targets", "keeps resolving without "+short(gone))
	case len(b.vals) == 0 && len(a.vals) > 0:
		add("dns.added", "resolves to "+short(a.minus(rrset{})))
	}
	if b.proxied && len(a.vals) > 0 && !a.proxied {
		add("dns.unproxied", "no longer proxied: the origin's address becomes public")
	}

	for _, rt := range []struct{ typ, changed, added, what string }{
		{"NS", "dns.delegation", "dns.delegation_new", "delegation"},
		{"MX", "dns.mail_routing", "dns.mail_routing_new", "mail routing"},
		{"CAA", "dns.caa_issuance", "dns.caa_new", "CAA issuance"},
	} {
		b, a := setOf(pre, rt.typ), setOf(post, rt.typ)
		gone, came := b.minus(a), a.minus(b)
		switch {
		case len(gone) == 0 && len(came) == 0:
		case len(b.vals) > 0 && len(gone) > 0:
			txt := rt.what + " changes: loses " + short(gone)
			if len(came) > 0 {
				txt += ", gains " + short(came)
			}
			add(rt.changed, txt)
		case len(came) > 0:
			add(rt.added, rt.what+" gains "+short(came))
		}
	}

	// Mail authentication text.
	for _, p := range []string{"v=spf1", "v=dmarc1", "v=dkim1"} {
		bt, at := txtWith(pre, p), txtWith(post, p)
		if bt == "" && at != "" {
			add("dns.mail_auth_new", strings.ToUpper(strings.TrimPrefix(p, "v="))+" text added")
		} else if bt != at {
			add("dns.mail_auth", strings.ToUpper(strings.TrimPrefix(p, "v="))+" text changes")
		}
	}
	if len(out) == 0 && !sameRecords(pre, post) {
		if len(pre) == 0 {
			add("dns.added", "new records")
		} else if sameBut(pre, post) {
			add("dns.metadata", "ttl, comment or tags change")
		} else {
			add("dns.changed", "record content changes")
		}
	}
	return out
}

// ownTarget: an address in a /24 (/48) the zone already uses, or a CNAME
// to the zone itself or to a target the zone already uses.
func ownTarget(zone string, v RecordValue, own map[netip.Prefix]bool, targets map[string]bool) bool {
	if v.Type == "CNAME" {
		t := strings.ToLower(v.Content)
		return t == zone || strings.HasSuffix(t, "."+zone) || targets[t]
	}
	p, ok := netOf(v.Content)
	return ok && own[p]
}

func txtWith(recs []RecordValue, prefix string) string {
	var out []string
	for _, r := range recs {
		if r.Type != "TXT" {
			continue
		}
		if t := policy.TXTText("TXT", r.Content); strings.HasPrefix(strings.ToLower(t), prefix) {
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

func recKey(r RecordValue, meta bool) string {
	k := r.Type + "\x00" + strings.ToLower(r.Content) + "\x00" + string(r.Data)
	if r.Priority != nil {
		k += "\x00" + strconv.Itoa(*r.Priority)
	}
	if meta {
		k += "\x00" + strconv.Itoa(r.TTL) + "\x00" + r.Comment + "\x00" + strings.Join(r.Tags, ",") + strconv.FormatBool(r.Proxied)
	}
	return k
}

func multiset(recs []RecordValue, meta bool) string {
	ks := make([]string, len(recs))
	for i, r := range recs {
		ks[i] = recKey(r, meta)
	}
	sort.Strings(ks)
	return strings.Join(ks, "\n")
}

func sameRecords(a, b []RecordValue) bool { return multiset(a, true) == multiset(b, true) }

// sameBut: equal except ttl, comment, tags and proxied.
func sameBut(a, b []RecordValue) bool { return multiset(a, false) == multiset(b, false) }
