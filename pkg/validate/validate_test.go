package validate

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func ptr[T any](v T) *T { return &v }

// check runs err through the common assertions: nil when ok, else an *Error
// whose message names the field and contains want.
func check(t *testing.T, err error, ok bool, field, want string) {
	t.Helper()
	if ok {
		if err != nil {
			t.Fatalf("unexpected rejection: %v", err)
		}
		return
	}
	if err == nil {
		t.Fatalf("want rejection containing %q, got nil", want)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("want *Error, got %T", err)
	}
	if e.Field != field {
		t.Fatalf("Field = %q, want %q (%v)", e.Field, field, err)
	}
	if e.Accepted == "" || e.Problem == "" {
		t.Fatalf("rejection must say what was wrong and what is accepted: %+v", e)
	}
	if !strings.Contains(err.Error(), want) {
		t.Fatalf("message %q does not contain %q", err.Error(), want)
	}
}

func TestErrorMessage(t *testing.T) {
	if got := TTL("ttl", 5).Error(); got != "ttl: 5 is out of range; accepted: 1 (automatic) or 60–86400" {
		t.Fatalf("got %q", got)
	}
	e := &Error{Problem: "is required"}
	if e.Error() != "is required" {
		t.Fatalf("got %q", e.Error())
	}
}

func TestQuoteTruncates(t *testing.T) {
	long := strings.Repeat("é", 100)
	q := Quote(long)
	if !strings.HasSuffix(q, "…") || strings.Count(q, "é") != MaxValueShown {
		t.Fatalf("Quote = %q", q)
	}
	if Quote("a\nb") != `"a\nb"` {
		t.Fatalf("Quote must escape, got %s", Quote("a\nb"))
	}
	err := Content("content", "A", strings.Repeat("9", 300))
	if len(err.Error()) > 400 {
		t.Fatalf("long values must be truncated in messages: %d chars", len(err.Error()))
	}
}

func TestID(t *testing.T) {
	cases := []struct {
		in string
		ok bool
	}{
		{"023e105f4ecef8ad9ca31a8372d0c353", true},
		{"023E105F4ECEF8AD9CA31A8372D0C353", false},
		{"023e105f4ecef8ad9ca31a8372d0c35", false},
		{"023e105f4ecef8ad9ca31a8372d0c3533", false},
		{"023e105f4ecef8ad9ca31a8372d0c35g", false},
		{"", false},
		{"example.com", false},
	}
	for _, c := range cases {
		check(t, ID("zone_id", c.in), c.ok, "zone_id", "32 lower-case hexadecimal")
		if IsID(c.in) != c.ok {
			t.Errorf("IsID(%q) = %v", c.in, !c.ok)
		}
	}
}

func TestTTLPriorityRange(t *testing.T) {
	for _, c := range []struct {
		v  int
		ok bool
	}{{1, true}, {60, true}, {300, true}, {86400, true}, {0, false}, {2, false}, {59, false}, {86401, false}, {-1, false}} {
		check(t, TTL("ttl", c.v), c.ok, "ttl", "accepted: 1 (automatic) or 60–86400")
	}
	for _, c := range []struct {
		v  int
		ok bool
	}{{0, true}, {10, true}, {65535, true}, {-1, false}, {65536, false}} {
		check(t, Priority("priority", c.v), c.ok, "priority", "accepted: 0–65535")
	}
	check(t, Range("n", 5, 1, 4), false, "n", "5 is out of range; accepted: 1–4")
}

func TestStrings(t *testing.T) {
	check(t, MaxLen("f", "abc", 3), true, "", "")
	check(t, MaxLen("f", "abcd", 3), false, "f", "(4 characters) is too long; accepted: at most 3 characters")
	check(t, MaxLen("f", "ééé", 3), true, "", "") // characters, not bytes
	check(t, Required("f", " "), false, "f", "is required")
	check(t, Required("f", "x"), true, "", "")
	check(t, Enum("action", "block", "block", "log"), true, "", "")
	check(t, Enum("action", "Block", "block", "log"), false, "action", `"Block" is not a valid value; accepted: block, log`)
	check(t, Comment("comment", strings.Repeat("c", 500)), true, "", "")
	check(t, Comment("comment", strings.Repeat("c", 501)), false, "comment", "at most 500")
	check(t, Comment("comment", "tab\tok"), true, "", "")
	check(t, Comment("comment", "bell\a"), false, "comment", "control character")
	check(t, Comment("comment", "bad\xff"), false, "comment", "UTF-8")
	check(t, Description("description", strings.Repeat("d", 501)), false, "description", "at most 500")
	check(t, Description("description", "Block bad bots"), true, "", "")
	check(t, Expression("expression", `http.host eq "example.com"`), true, "", "")
	check(t, Expression("expression", strings.Repeat("a", 4096)), true, "", "")
	check(t, Expression("expression", strings.Repeat("a", 4097)), false, "expression", "at most 4096")
	check(t, Expression("expression", ""), false, "expression", "is required")
}

func TestRecordType(t *testing.T) {
	for _, ty := range []string{"A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV", "CAA", "PTR", "HTTPS", "SVCB", "TLSA", "URI"} {
		check(t, RecordType("type", ty), true, "", "")
	}
	check(t, RecordType("type", "a"), false, "type", "must be upper case")
	check(t, RecordType("type", "SPF"), false, "type", "is not a supported record type; accepted: A, AAAA,")
	check(t, RecordType("type", ""), false, "type", "not a supported")
	if !Proxiable("CNAME") || Proxiable("MX") || !NeedsPriority("MX") || NeedsPriority("A") {
		t.Fatal("Proxiable/NeedsPriority")
	}
}

func TestNames(t *testing.T) {
	long63 := strings.Repeat("a", 63)
	type tc struct {
		in   string
		ok   bool
		want string
	}
	record := []tc{
		{"example.com", true, ""},
		{"www.example.com.", true, ""},
		{"@", true, ""},
		{"*.example.com", true, ""},
		{"_dmarc.example.com", true, ""},
		{"_sip._tcp.example.com", true, ""},
		{"a-b.example.com", true, ""},
		{long63 + ".com", true, ""},
		{strings.Repeat("a.", 127) + "a", true, ""}, // 255
		{strings.Repeat("a.", 128), false, "too long"},
		{"", false, "is required"},
		{".", false, "not a valid name"},
		{"www..example.com", false, "empty label"},
		{"a" + long63 + ".com", false, "longer than 63"},
		{"-a.example.com", false, "hyphen"},
		{"a-.example.com", false, "hyphen"},
		{"www.*.example.com", false, "wildcard"},
		{"*a.example.com", false, "wildcard"},
		{"exa mple.com", false, `character ' '`},
		{"ex/ample.com", false, `character '/'`},
	}
	for _, c := range record {
		t.Run("record/"+c.in, func(t *testing.T) { check(t, RecordName("name", c.in), c.ok, "name", c.want) })
	}
	host := []tc{
		{"app.example.com", true, ""},
		{"*.example.com", true, ""},
		{"_dmarc.example.com", false, `character '_'`},
		{"@", false, `character '@'`},
	}
	for _, c := range host {
		t.Run("host/"+c.in, func(t *testing.T) { check(t, Hostname("hostname", c.in), c.ok, "hostname", c.want) })
	}
	target := []tc{
		{"s1._domainkey.sendgrid.net", true, ""},
		{"*.example.com", false, "wildcard"},
		{"@", false, `character '@'`},
	}
	for _, c := range target {
		t.Run("target/"+c.in, func(t *testing.T) { check(t, Target("content", c.in), c.ok, "content", c.want) })
	}
}

func TestContent(t *testing.T) {
	cases := []struct {
		typ, in string
		ok      bool
		want    string
	}{
		{"A", "192.0.2.1", true, ""},
		{"A", "2001:db8::1", false, "is not an IPv4 address; accepted: an IPv4 address"},
		{"A", "192.0.2.256", false, "IPv4"},
		{"A", "", false, "is required"},
		{"AAAA", "2001:db8::1", true, ""},
		{"AAAA", "::ffff:192.0.2.1", true, ""},
		{"AAAA", "192.0.2.1", false, "is not an IPv6 address"},
		{"AAAA", "fe80::1%eth0", false, "IPv6"},
		{"CNAME", "target.example.net", true, ""},
		{"CNAME", "not a host", false, "the host name the record points to"},
		{"MX", "mx1.example.com", true, ""},
		{"MX", "10 mx1.example.com", false, "priority goes in the priority field"},
		{"NS", "ns1.example.net", true, ""},
		{"PTR", "host.example.com", true, ""},
		{"SRV", "5 5060 sip.example.com", true, ""},
		{"SRV", "10 5 5060 sip.example.com", true, ""},
		{"SRV", "0 0 .", true, ""},
		{"SRV", "5 70000 sip.example.com", false, "is not a valid SRV value"},
		{"SRV", "5 sip.example.com", false, "SRV"},
		{"SRV", "a b sip.example.com", false, "SRV"},
		{"SRV", "5 5060 bad/host", false, "SRV"},
		{"CAA", `0 issue "letsencrypt.org"`, true, ""},
		{"CAA", `128 issuewild ";"`, true, ""},
		{"CAA", `0 iodef "mailto:sec@example.com"`, true, ""},
		{"CAA", `0 issuemail "x"`, false, `unsupported CAA tag "issuemail"`},
		{"CAA", `256 issue "x"`, false, "not a valid CAA value"},
		{"CAA", `0 issue`, false, "CAA"},
		{"CAA", `0 issue "unterminated`, false, "CAA"},
		{"HTTPS", `1 . alpn="h3,h2"`, true, ""},
		{"SVCB", `0 svc.example.net`, true, ""},
		{"HTTPS", `x .`, false, "is not a valid HTTPS value"},
		{"HTTPS", `1`, false, "HTTPS"},
		{"HTTPS", `1 bad/target`, false, "HTTPS"},
		{"TXT", "v=spf1 include:_spf.example.com ~all", true, ""},
		{"TXT", strings.Repeat("t", 2048), true, ""},
		{"TXT", strings.Repeat("t", 2049), false, "at most 2048"},
		{"TXT", "nul\x00", false, "control character"},
	}
	for _, c := range cases {
		t.Run(c.typ+"/"+c.in, func(t *testing.T) { check(t, Content("content", c.typ, c.in), c.ok, "content", c.want) })
	}
}

func TestCheckRecord(t *testing.T) {
	good := Record{Type: "A", Name: "www.example.com", Content: "192.0.2.1", TTL: 1, Proxied: ptr(true), Comment: "web"}
	check(t, CheckRecord("record", good), true, "", "")
	cases := []struct {
		name  string
		mod   func(*Record)
		ok    bool
		field string
		want  string
	}{
		{"bad type", func(r *Record) { r.Type = "XX" }, false, "record.type", "not a supported"},
		{"bad name", func(r *Record) { r.Name = "a..b" }, false, "record.name", "empty label"},
		{"bad content", func(r *Record) { r.Content = "nope" }, false, "record.content", "IPv4"},
		{"ttl 0 means default", func(r *Record) { r.TTL = 0 }, true, "", ""},
		{"bad ttl", func(r *Record) { r.Proxied = nil; r.TTL = 30 }, false, "record.ttl", "out of range"},
		{"proxied ttl", func(r *Record) { r.TTL = 300 }, false, "record.ttl", "cannot be set on a proxied record"},
		{"proxied txt", func(r *Record) { r.Type = "TXT"; r.Content = "x" }, false, "record.proxied", "proxied only for A, AAAA and CNAME"},
		{"mx needs priority", func(r *Record) { r.Type = "MX"; r.Proxied = nil; r.Content = "mx.example.com" }, false, "record.priority", "required for MX"},
		{"mx priority", func(r *Record) { r.Type = "MX"; r.Proxied = nil; r.Content = "mx.example.com"; r.Priority = ptr(10) }, true, "", ""},
		{"bad priority", func(r *Record) { r.Priority = ptr(70000) }, false, "record.priority", "0–65535"},
		{"long comment", func(r *Record) { r.Comment = strings.Repeat("x", 501) }, false, "record.comment", "at most 500"},
		{"srv name", func(r *Record) { r.Type = "SRV"; r.Proxied = nil; r.Content = "5 5060 sip.example.com" }, false, "record.name", "_service._proto.name"},
		{"srv ok", func(r *Record) {
			r.Type = "SRV"
			r.Proxied = nil
			r.Name = "_sip._tcp.example.com"
			r.Content = "5 5060 sip.example.com"
		}, true, "", ""},
		{"data instead of content", func(r *Record) {
			r.Type = "CAA"
			r.Proxied = nil
			r.Content = ""
			r.Data = json.RawMessage(`{"flags":0,"tag":"issue","value":"letsencrypt.org"}`)
		}, true, "", ""},
		{"data not object", func(r *Record) {
			r.Type = "CAA"
			r.Proxied = nil
			r.Content = ""
			r.Data = json.RawMessage(`[1]`)
		}, false, "record.data", "not a JSON object"},
		{"data too large", func(r *Record) {
			r.Type = "CAA"
			r.Proxied = nil
			r.Content = ""
			r.Data = json.RawMessage(`{"v":"` + strings.Repeat("x", 5000) + `"}`)
		}, false, "record.data", "too large"},
		{"no content no data", func(r *Record) { r.Content = "" }, false, "record.content", "is required"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := good
			c.mod(&r)
			check(t, CheckRecord("record", r), c.ok, c.field, c.want)
		})
	}
	check(t, CheckRecord("", Record{Type: "A", Name: "@", Content: "x"}), false, "content", "IPv4")
}

func TestNet(t *testing.T) {
	check(t, CIDR("cidr", "192.0.2.0/24"), true, "", "")
	check(t, CIDR("cidr", "2001:db8::/32"), true, "", "")
	check(t, CIDR("cidr", "192.0.2.1/24"), false, "cidr", "has host bits set; accepted: the network address, here 192.0.2.0/24")
	check(t, CIDR("cidr", "192.0.2.0"), false, "cidr", "is not a CIDR")
	check(t, IPOrCIDR("ip", "192.0.2.7"), true, "", "")
	check(t, IPOrCIDR("ip", "10.0.0.0/8"), true, "", "")
	check(t, IPOrCIDR("ip", "fe80::1%eth0"), false, "ip", "not an IP address or CIDR")
	check(t, IPOrCIDR("ip", "host"), false, "ip", "not an IP address or CIDR")
	check(t, ListIP("ip", "10.0.0.0/8"), true, "", "")
	check(t, ListIP("ip", "2001:db8::/64"), true, "", "")
	check(t, ListIP("ip", "10.0.0.0/7"), false, "ip", "prefix length")
	check(t, ListIP("ip", "2001:db8::/11"), false, "ip", "IPv6 CIDR /12–/64")
	check(t, ListIP("ip", "2001:db8::/96"), false, "ip", "prefix length")
	check(t, ListIP("ip", "nope"), false, "ip", "an IP address, an IPv4 CIDR /8–/32")
	check(t, IPv4("ip", "1.2.3.4"), true, "", "")
	check(t, IPv6("ip", "::1"), true, "", "")
}

func TestEnums(t *testing.T) {
	check(t, Phase("phase", "http_ratelimit"), true, "", "")
	check(t, Phase("phase", "http_request_sanitize"), false, "phase", "http_request_firewall_custom, http_ratelimit")
	check(t, RuleAction("action", "managed_challenge"), true, "", "")
	check(t, RuleAction("action", "allow"), false, "action", "block, challenge")
	check(t, ZoneSetting("setting", "ssl", "strict"), true, "", "")
	check(t, ZoneSetting("setting", "ssl", ""), true, "", "")
	check(t, ZoneSetting("setting", "ssl", "on"), false, "setting.value", "off, flexible, full, strict")
	check(t, ZoneSetting("setting", "min_tls_version", "1.4"), false, "setting.value", "1.0, 1.1, 1.2, 1.3")
	check(t, ZoneSetting("setting", "waf", "on"), false, "setting", "is not a zone setting cfplane manages; accepted: ssl, min_tls_version")
	for _, id := range ZoneSettingIDs {
		if _, ok := ZoneSettings[id]; !ok {
			t.Errorf("ZoneSettingIDs has %q without values", id)
		}
	}
	if len(ZoneSettingIDs) != len(ZoneSettings) {
		t.Error("ZoneSettingIDs and ZoneSettings disagree")
	}
}

type args struct {
	Zone   string `json:"zone"`
	TTL    int    `json:"ttl"`
	Nested struct {
		On bool `json:"on"`
	} `json:"nested"`
}

func TestDecodeStrict(t *testing.T) {
	var a args
	check(t, DecodeStrict([]byte(`{"zone":"example.com","ttl":300,"nested":{"on":true}}`), &a), true, "", "")
	if a.Zone != "example.com" || a.TTL != 300 || !a.Nested.On {
		t.Fatalf("decoded %+v", a)
	}
	cases := []struct {
		in, field, want string
	}{
		{`{"zone":"x","extra":1}`, "extra", "is not a known field; accepted: only the documented fields"},
		{`{"nested":{"on":true,"off":false}}`, "off", "is not a known field"},
		{`{"ttl":"300"}`, "ttl", "(string) has the wrong type; accepted: a value of type number"},
		{`{"nested":[]}`, "nested", "accepted: a value of type object"},
		{`{"nested":{"on":1}}`, "nested.on", "type boolean"},
		{`{"zone":"x"} {}`, "(document)", "has data after the JSON value"},
		{`{"zone":`, "(document)", "empty or truncated"},
		{``, "(document)", "empty or truncated"},
		{`{"zone" "x"}`, "(document)", "is not valid JSON at byte"},
		{`[1]`, "(document)", "wrong type"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			var a args
			check(t, DecodeStrict([]byte(c.in), &a), false, c.field, c.want)
		})
	}
	big := make([]byte, MaxJSONBytes+1)
	check(t, DecodeStrict(big, &a), false, "(document)", "too large")
	var s []string
	check(t, DecodeStrict([]byte(`["a"]`), &s), true, "", "")
	var m map[string]string
	check(t, DecodeStrict([]byte(`{"a":1}`), &m), false, "(document)", "wrong type; accepted: a value of type string")
}

func FuzzRecordName(f *testing.F) {
	for _, s := range []string{"example.com", "@", "*.example.com", "_dmarc.example.com", "a..b", "-a.com", strings.Repeat("a.", 130), "é.com", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fn := range []func(string, string) error{RecordName, Hostname, Target} {
			err := fn("name", s)
			if err == nil {
				if len(s) > MaxNameLen || s == "" {
					t.Fatalf("accepted invalid length %d", len(s))
				}
				if s != "@" && strings.ContainsAny(s, " /\\\x00") {
					t.Fatalf("accepted %q", s)
				}
				continue
			}
			var e *Error
			if !errors.As(err, &e) || e.Field != "name" || e.Accepted == "" {
				t.Fatalf("bad rejection %#v", err)
			}
			if len(e.Value) > 4*MaxValueShown+16 {
				t.Fatalf("Value not truncated: %d bytes", len(e.Value))
			}
		}
	})
}

func FuzzContent(f *testing.F) {
	seeds := [][2]string{
		{"A", "192.0.2.1"}, {"AAAA", "2001:db8::1"}, {"CNAME", "x.example.com"}, {"MX", "mx.example.com"},
		{"SRV", "1 2 3 t.example.com"}, {"CAA", `0 issue "ca.example"`}, {"HTTPS", "1 . alpn=h2"}, {"TXT", "hello"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, typ, content string) {
		if RecordType("type", typ) != nil {
			return
		}
		err := Content("content", typ, content)
		if err == nil {
			if len([]rune(content)) > MaxContentLen || strings.TrimSpace(content) == "" {
				t.Fatalf("accepted %q", content)
			}
			return
		}
		var e *Error
		if !errors.As(err, &e) || e.Accepted == "" || e.Problem == "" {
			t.Fatalf("bad rejection %#v", err)
		}
	})
}

func FuzzDecodeStrict(f *testing.F) {
	for _, s := range []string{`{"zone":"x"}`, `{"x":1}`, `{"ttl":"a"}`, `[`, `{} {}`, `null`, `{"nested":{"on":true}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var a args
		err := DecodeStrict(data, &a)
		if err == nil {
			// Anything accepted must re-decode strictly from its own encoding.
			b, _ := json.Marshal(a)
			var again args
			if DecodeStrict(b, &again) != nil || again != a {
				t.Fatalf("round trip failed for %q", data)
			}
			return
		}
		var e *Error
		if !errors.As(err, &e) || e.Problem == "" {
			t.Fatalf("bad rejection %#v", err)
		}
	})
}

func TestZoneRef(t *testing.T) {
	for _, s := range []string{"example.com", "example.co.uk", "023e105f4ecef8ad9ca31a8372d0c353", "example.com."} {
		check(t, ZoneRef("zone", s), true, "", "")
	}
	for _, s := range []string{"*.example.com", "localhost", "exa mple.com", "_dmarc.example.com", "023E105F4ECEF8AD9CA31A8372D0C353"} {
		check(t, ZoneRef("zone", s), false, "zone", "is neither a zone name nor a zone ID; accepted: a zone name such as example.com")
	}
	check(t, ZoneRef("zone", ""), false, "zone", "is required")
}
