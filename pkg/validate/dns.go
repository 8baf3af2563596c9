package validate

import (
	"encoding/json"
	"net/netip"
	"strconv"
	"strings"
)

// RecordTypes is the DNS record type allowlist, in display order.
var RecordTypes = []string{
	"A", "AAAA", "CAA", "CERT", "CNAME", "DNSKEY", "DS", "HTTPS", "LOC", "MX", "NAPTR",
	"NS", "OPENPGPKEY", "PTR", "SMIMEA", "SRV", "SSHFP", "SVCB", "TLSA", "TXT", "URI",
}

var recordTypeSet = func() map[string]bool {
	m := make(map[string]bool, len(RecordTypes))
	for _, t := range RecordTypes {
		m[t] = true
	}
	return m
}()

// CAATags are the CAA property tags accepted.
var CAATags = []string{"issue", "issuewild", "iodef"}

// RecordType checks a DNS record type against the allowlist (upper case).
func RecordType(field, t string) error {
	if recordTypeSet[t] {
		return nil
	}
	accepted := strings.Join(RecordTypes, ", ")
	if recordTypeSet[strings.ToUpper(t)] {
		return newErr(field, t, "must be upper case", accepted)
	}
	return newErr(field, t, "is not a supported record type", accepted)
}

// Proxiable reports whether records of type t can be proxied by Cloudflare.
func Proxiable(t string) bool { return t == "A" || t == "AAAA" || t == "CNAME" }

// NeedsPriority reports whether records of type t carry a priority.
func NeedsPriority(t string) bool { return t == "MX" || t == "URI" }

// nameKind selects which domain-name rules apply.
type nameKind int

const (
	kindHost   nameKind = iota // letters, digits, hyphens
	kindRecord                 // a record name: "@", "*." first label, underscores
	kindTarget                 // a record target: underscores allowed, no wildcard
)

// Hostname checks a host name (e.g. a tunnel ingress hostname): at most 255
// characters, dot-separated labels of 1–63 letters, digits and hyphens, not
// starting or ending with a hyphen; a "*." first label is allowed.
func Hostname(field, name string) error { return domainName(field, name, kindHost) }

// RecordName checks a DNS record name: like Hostname, but underscores are
// allowed (e.g. _dmarc, _sip._tcp), a "*." first label is allowed, and "@"
// stands for the zone apex.
func RecordName(field, name string) error { return domainName(field, name, kindRecord) }

// Target checks a host name that a record points at (CNAME, MX, NS, PTR, SRV
// targets): like RecordName without "@" or wildcards.
func Target(field, name string) error { return domainName(field, name, kindTarget) }

// HostTarget checks a record target that must be a host name: like Target,
// and not an IP address literal (a CNAME, MX, NS or SRV target names a
// host; its address belongs in an A or AAAA record).
func HostTarget(field, name string) error {
	if _, err := netip.ParseAddr(strings.Trim(strings.TrimSuffix(name, "."), "[]")); err == nil {
		return newErr(field, name, "is an IP address, not a host name", "a host name such as host.example.net (put addresses in A or AAAA records)")
	}
	return Target(field, name)
}

func domainName(field, name string, kind nameKind) error {
	var accepted string
	switch kind {
	case kindRecord:
		accepted = "\"@\" or a DNS name of dot-separated labels (1–63 letters, digits, hyphens or underscores), optionally starting with \"*.\", at most 255 characters"
	case kindTarget:
		accepted = "a DNS name of dot-separated labels (1–63 letters, digits, hyphens or underscores), at most 255 characters"
	case kindHost:
		accepted = "a host name of dot-separated labels (1–63 letters, digits or hyphens, no leading or trailing hyphen), optionally starting with \"*.\", at most 255 characters"
	}
	if name == "" {
		return &Error{Field: field, Problem: "is required", Accepted: accepted}
	}
	if len(name) > MaxNameLen {
		return &Error{Field: field, Value: "(" + strconv.Itoa(len(name)) + " characters)", Problem: "is too long", Accepted: accepted}
	}
	if kind == kindRecord && name == "@" {
		return nil
	}
	n := strings.TrimSuffix(name, ".")
	if n == "" {
		return newErr(field, name, "is not a valid name", accepted)
	}
	labels := strings.Split(n, ".")
	for i, l := range labels {
		if l == "*" && i == 0 && kind != kindTarget {
			continue
		}
		if problem := labelProblem(l, kind); problem != "" {
			return newErr(field, name, problem, accepted)
		}
	}
	return nil
}

func labelProblem(l string, kind nameKind) string {
	if l == "" {
		return "has an empty label"
	}
	if len(l) > 63 {
		return "has a label longer than 63 characters"
	}
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-':
			if i == 0 || i == len(l)-1 {
				return "has a label starting or ending with a hyphen"
			}
		case c == '_' && kind != kindHost:
		case c == '*':
			return "has a wildcard that is not the whole first label"
		default:
			return "contains the character " + strconv.QuoteRune(rune(c))
		}
	}
	return ""
}

// IPv4 checks an IPv4 address in dotted-quad form.
func IPv4(field, s string) error {
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is4() {
		return newErr(field, s, "is not an IPv4 address", "an IPv4 address such as 192.0.2.1")
	}
	return nil
}

// IPv6 checks an IPv6 address (no zone).
func IPv6(field, s string) error {
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is6() || a.Zone() != "" {
		return newErr(field, s, "is not an IPv6 address", "an IPv6 address such as 2001:db8::1")
	}
	return nil
}

// Content checks record content for record type typ: at most 2,048
// characters and the type's shape:
//
//	A      an IPv4 address
//	AAAA   an IPv6 address
//	CNAME, NS, PTR, MX   a DNS name (MX priority is a separate field)
//	SRV    "weight port target" or "priority weight port target"
//	CAA    `flags tag "value"` with tag issue, issuewild or iodef
//	HTTPS, SVCB   "priority target [params…]"
//	TXT and others: printable text
//
// typ must already have passed RecordType.
func Content(field, typ, content string) error {
	if err := MaxLen(field, content, MaxContentLen); err != nil {
		return err
	}
	if err := Required(field, content); err != nil {
		return &Error{Field: field, Problem: "is required", Accepted: contentAccepted(typ)}
	}
	switch typ {
	case "A":
		return IPv4(field, content)
	case "AAAA":
		return IPv6(field, content)
	case "CNAME", "NS", "PTR", "MX":
		if err := HostTarget(field, content); err != nil {
			e := err.(*Error)
			e.Accepted = contentAccepted(typ)
			return e
		}
		return nil
	case "SRV":
		return srvContent(field, content)
	case "CAA":
		return caaContent(field, content)
	case "HTTPS", "SVCB":
		return svcbContent(field, typ, content)
	}
	return printable(field, content)
}

func contentAccepted(typ string) string {
	switch typ {
	case "A":
		return "an IPv4 address such as 192.0.2.1"
	case "AAAA":
		return "an IPv6 address such as 2001:db8::1"
	case "CNAME":
		return "the host name the record points to, e.g. app.example.net"
	case "NS":
		return "a name server host name, e.g. ns1.example.net"
	case "PTR":
		return "a host name, e.g. host.example.com"
	case "MX":
		return "a mail server host name, e.g. mx1.example.com (priority goes in the priority field)"
	case "SRV":
		return `"weight port target" or "priority weight port target", numbers 0–65535, e.g. "5 5060 sip.example.com"`
	case "CAA":
		return `flags tag "value", flags 0–255, tag issue, issuewild or iodef, e.g. 0 issue "letsencrypt.org"`
	case "HTTPS", "SVCB":
		return `"priority target [params]", e.g. 1 . alpn="h3,h2"`
	}
	return "printable text of at most 2048 characters"
}

func srvContent(field, content string) error {
	f := strings.Fields(content)
	bad := newErr(field, content, "is not a valid SRV value", contentAccepted("SRV"))
	if len(f) != 3 && len(f) != 4 {
		return bad
	}
	for _, n := range f[:len(f)-1] {
		v, err := strconv.Atoi(n)
		if err != nil || v < 0 || v > 65535 {
			return bad
		}
	}
	if t := f[len(f)-1]; t != "." && HostTarget(field, t) != nil {
		return bad
	}
	return nil
}

func caaContent(field, content string) error {
	bad := newErr(field, content, "is not a valid CAA value", contentAccepted("CAA"))
	f := strings.SplitN(strings.TrimSpace(content), " ", 3)
	if len(f) != 3 {
		return bad
	}
	flags, err := strconv.Atoi(f[0])
	if err != nil || flags < 0 || flags > 255 {
		return bad
	}
	if Enum(field, f[1], CAATags...) != nil {
		return newErr(field, content, "has an unsupported CAA tag "+Quote(f[1]), contentAccepted("CAA"))
	}
	v := strings.TrimSpace(f[2])
	if strings.HasPrefix(v, `"`) && (len(v) < 2 || !strings.HasSuffix(v, `"`)) {
		return bad
	}
	return printable(field, v)
}

func svcbContent(field, typ, content string) error {
	bad := newErr(field, content, "is not a valid "+typ+" value", contentAccepted(typ))
	f := strings.Fields(content)
	if len(f) < 2 {
		return bad
	}
	p, err := strconv.Atoi(f[0])
	if err != nil || p < 0 || p > 65535 {
		return bad
	}
	if f[1] != "." && Target(field, f[1]) != nil {
		return bad
	}
	return printable(field, content)
}

// Record is the user-facing shape of a DNS record to create or update.
// Content may be empty when Data carries the structured form of a type such
// as SRV, CAA or LOC.
type Record struct {
	Type     string          `json:"type"`
	Name     string          `json:"name"`
	Content  string          `json:"content,omitempty"`
	TTL      int             `json:"ttl,omitempty"`
	Proxied  *bool           `json:"proxied,omitempty"`
	Priority *int            `json:"priority,omitempty"`
	Comment  string          `json:"comment,omitempty"`
	Data     json.RawMessage `json:"data,omitempty"`
}

// CheckRecord checks a whole record. prefix is the argument path of the
// record (e.g. "record"); field names are appended to it. A TTL of 0 means
// "not given" and is accepted (Cloudflare then uses automatic).
func CheckRecord(prefix string, r Record) error {
	p := func(f string) string {
		if prefix == "" {
			return f
		}
		return prefix + "." + f
	}
	if err := RecordType(p("type"), r.Type); err != nil {
		return err
	}
	if err := RecordName(p("name"), r.Name); err != nil {
		return err
	}
	if r.Type == "SRV" && r.Name != "@" {
		l := strings.Split(r.Name, ".")
		if len(l) < 2 || !strings.HasPrefix(l[0], "_") || !strings.HasPrefix(l[1], "_") {
			return newErr(p("name"), r.Name, "is not a valid SRV record name", "_service._proto.name, e.g. _sip._tcp.example.com")
		}
	}
	hasData := len(r.Data) > 0 && string(r.Data) != "null"
	if !(hasData && r.Content == "") {
		if err := Content(p("content"), r.Type, r.Content); err != nil {
			return err
		}
	}
	if hasData {
		if len(r.Data) > MaxContentLen*2 {
			return &Error{Field: p("data"), Value: "(" + strconv.Itoa(len(r.Data)) + " bytes)", Problem: "is too large", Accepted: "at most 4096 bytes of JSON"}
		}
		var obj map[string]json.RawMessage
		if json.Unmarshal(r.Data, &obj) != nil {
			return &Error{Field: p("data"), Problem: "is not a JSON object", Accepted: "an object with the structured fields of the record type"}
		}
		if err := recordData(p("data"), r.Type, r.Data); err != nil {
			return err
		}
	}
	if r.TTL != 0 {
		if err := TTL(p("ttl"), r.TTL); err != nil {
			return err
		}
	}
	if r.Proxied != nil && *r.Proxied && !Proxiable(r.Type) {
		return newErr(p("proxied"), r.Type, "records cannot be proxied", "proxied only for A, AAAA and CNAME records")
	}
	if r.Proxied != nil && *r.Proxied && r.TTL != 0 && r.TTL != AutoTTL {
		return numErr(p("ttl"), r.TTL, "cannot be set on a proxied record", "1 (automatic) when proxied is true")
	}
	if r.Priority != nil {
		if err := Priority(p("priority"), *r.Priority); err != nil {
			return err
		}
	} else if NeedsPriority(r.Type) {
		return &Error{Field: p("priority"), Problem: "is required for " + r.Type + " records", Accepted: "0–65535"}
	}
	return Comment(p("comment"), r.Comment)
}

// recordData checks the structured form of a record: every string in it is
// printable (no control or bidi formatting characters), and for CAA and SRV
// the fields have their shape.
func recordData(field, typ string, data json.RawMessage) error {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return &Error{Field: field, Problem: "is not valid JSON", Accepted: "an object with the structured fields of the record type"}
	}
	if err := walkStrings(field, v); err != nil {
		return err
	}
	obj, _ := v.(map[string]any)
	str := func(k string) (string, bool) { s, ok := obj[k].(string); return s, ok }
	num := func(k string, max float64) bool {
		n, ok := obj[k].(float64)
		return ok && n >= 0 && n <= max && n == float64(int(n))
	}
	switch typ {
	case "CAA":
		const acc = `{"flags": 0–255, "tag": "issue", "issuewild" or "iodef", "value": "letsencrypt.org"}`
		if _, ok := obj["flags"]; ok && !num("flags", 255) {
			return &Error{Field: field + ".flags", Problem: "is not a number 0–255", Accepted: acc}
		}
		tag, _ := str("tag")
		if Enum(field+".tag", tag, CAATags...) != nil {
			return newErr(field+".tag", tag, "is not a supported CAA tag", acc)
		}
		val, ok := str("value")
		if !ok || val == "" || strings.ContainsAny(val, `"\`) {
			return newErr(field+".value", val, "is not a CAA value", acc+"; the value without quotes or backslashes")
		}
	case "SRV":
		const acc = `{"priority": 0–65535, "weight": 0–65535, "port": 0–65535, "target": "sip.example.com"}`
		for _, k := range []string{"priority", "weight", "port"} {
			if _, ok := obj[k]; ok && !num(k, 65535) {
				return &Error{Field: field + "." + k, Problem: "is not a number 0–65535", Accepted: acc}
			}
		}
		t, ok := str("target")
		if !ok {
			return &Error{Field: field + ".target", Problem: "is required", Accepted: acc}
		}
		if t != "." {
			if err := HostTarget(field+".target", t); err != nil {
				return err
			}
		}
	}
	return nil
}

func walkStrings(field string, v any) error {
	switch x := v.(type) {
	case string:
		return printable(field, x)
	case map[string]any:
		for k, e := range x {
			if err := printable(field, k); err != nil {
				return err
			}
			if err := walkStrings(field+"."+k, e); err != nil {
				return err
			}
		}
	case []any:
		for i, e := range x {
			if err := walkStrings(field+"["+strconv.Itoa(i)+"]", e); err != nil {
				return err
			}
		}
	}
	return nil
}

// Tags checks record tags: each "name:value" or "name", printable, at most
// 255 characters.
func Tags(field string, tags []string) error {
	for i, t := range tags {
		f := field + "[" + strconv.Itoa(i) + "]"
		if err := MaxLen(f, t, 255); err != nil {
			return err
		}
		if err := printable(f, t); err != nil {
			return err
		}
	}
	return nil
}
