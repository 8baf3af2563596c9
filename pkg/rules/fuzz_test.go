package rules

import (
	"net/netip"
	"strings"
	"testing"
)

// FuzzParse: parsing never panics; whatever parses prints canonically,
// re-parses to an Equal tree, and the canonical form is a fixed point.
// Checking, compiling and evaluating parsed input never panic either.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`http.host eq "example.com"`,
		`any(lower(http.request.headers.names[*])[*] == "x") and not ip.src in {10.0.0.0/8 2001:db8::/32}`,
		`http.request.uri.path matches r#"^/a"b[\]]"#`,
		`(ssl or cf.client.bot) xor http.request.method in {"GET" "HEAD"}`,
		`cf.edge.server_port in {80..443} && ip.src.asnum & 1`,
		`lookup_json_integer(http.request.body.raw, "a", 0) ge -5`,
		`http.request.uri.path wildcard "/a\\*b*"`,
		`ip.src in $cf.open_proxies or http.user_agent eq "\x41\101"`,
	} {
		f.Add(s)
	}
	req := baseRequest()
	f.Fuzz(func(t *testing.T, src string) {
		n, err := Parse(src)
		rep := CheckExpression(src, Options{})
		for _, e := range rep.Errors {
			if e.Line < 1 || e.Column < 1 || e.Message == "" || e.Hint == "" {
				t.Fatalf("error without position, message or hint: %+v", e)
			}
		}
		if err != nil {
			if rep.Valid {
				t.Fatalf("Parse failed (%v) but CheckExpression is valid", err)
			}
			if l, ok := err.(ErrorList); !ok || len(l) != 1 || l[0].Line < 1 || l[0].Column < 1 || l[0].Message == "" {
				t.Fatalf("bad parse error %#v", err)
			}
			return
		}
		canon := Print(n)
		n2, err := Parse(canon)
		if err != nil {
			t.Fatalf("canonical form %q of %q does not parse: %v", canon, src, err)
		}
		if !Equal(n, n2) {
			t.Fatalf("round trip changed the tree:\n src   %q\n canon %q\n again %q", src, canon, Print(n2))
		}
		if again := Print(n2); again != canon {
			t.Fatalf("canonical form is not a fixed point: %q -> %q", canon, again)
		}
		if rep.Valid {
			if rep.Canonical != canon {
				t.Fatalf("report canonical %q != Print %q", rep.Canonical, canon)
			}
			p, err := Compile(src, Options{})
			if err != nil {
				t.Fatalf("valid report but Compile fails: %v", err)
			}
			p.Eval(req, nil)
			p.Eval(&Request{}, nil)
			Analyze(n)
			if contains, decided := Contains(n, n); decided && !contains {
				t.Fatalf("Contains(x, x) decided false for %q", canon)
			}
		}
	})
}

// fuzzPrograms exercise every operator and function on fuzzed requests.
var fuzzPrograms = []string{
	`http.request.method in {"GET" "POST"} and http.host wildcard "*.example.com" or http.request.uri.path strict wildcard "/a*"`,
	`http.request.uri.path matches "(?i)^/api/[a-z]+$" xor http.user_agent contains "curl"`,
	`ip.src in {10.0.0.0/8 192.0.2.1..192.0.2.9 2001:db8::/32} or ip.src ge 192.0.2.0 or ip.src.asnum in {1..100} or ip.src.asnum & 7`,
	`any(lower(http.request.headers.names[*])[*] eq "x-a") or all(http.request.headers[*][0] ne "") or any(http.request.headers["x-a"][*] contains "b")`,
	`any(url_decode(http.request.uri.args.values[*], "ur")[*] contains "<") or any(decode_base64(http.request.headers["a"][*])[*] eq "b")`,
	`len(http.request.body.raw) gt 3 and lookup_json_string(http.request.body.raw, "a", 0) eq "b" or lookup_json_integer(http.request.body.raw, 1, "x") lt 0`,
	`substring(http.host, -3, 100) eq "com" or substring(http.host, 5) eq "" or concat(http.host, http.request.uri.path) eq "x"`,
	`cidr(ip.src, 8, 32) eq 10.0.0.0 or cidr6(ip.src, 1) eq :: or to_string(ip.src) eq "1" or to_string(cf.bot_management.score) eq "1"`,
	`regex_replace(http.request.uri.path, "^/(a*)(b?)", "${2}$$${1}") eq "x"`,
	`wildcard_replace(http.request.uri.path, "/*/*", "/${2}/${1}/${3}") eq "/"`,
	`split(http.host, ".", 3)[1] eq "x" or join(http.request.headers.names, ",") eq "" or remove_bytes(http.host, "ab") eq ""`,
	`remove_query_args(http.request.uri.query, "a", "b") eq "" or len(sha256(http.host)) eq 32 or encode_base64(http.host, "u") eq ""`,
	`uuidv4(http.host) ne "" or is_timed_hmac_valid_v0("k", http.request.uri, 10, http.request.timestamp.sec, 3, "s")`,
	`ends_with(http.request.uri.path, ".php") and starts_with(http.host, http.referer) or len(http.request.uri.args["q"]) ge 0`,
	`any(http.request.body.multipart.names[*][0] eq "f") or any(cf.bot_management.detection_ids[*] eq 1) or http.request.uri.path.extension eq "php"`,
	`any(cf.waf.content_scan.obj_sizes[*] gt 1) or any(cf.llm.prompt.custom_topic_categories[*] lt 3) or any(http.request.jwt.claims.iat.sec[*][0] gt 1)`,
	`cf.tls_client_auth.cert_verified and cf.edge.l4.delivery_rate gt 5 or len(join(lower(http.request.headers.names[*]), ",")) gt 2`,
}

// FuzzEval: evaluating any request value never panics.
func FuzzEval(f *testing.F) {
	f.Add("GET", "www.example.com", "/api/a.php", "a=1&b=%3C", "x-a", "YQ==", []byte{192, 0, 2, 1}, int64(13335), `{"a":["b"]}`, int64(1700000000), "/a-1700000000-"+strings.Repeat("A", 44), uint8(0))
	f.Add("", "", "", "", "", "", []byte{}, int64(-1), "", int64(0), "", uint8(1))
	f.Add("POST", "\xff\xfe", "%zz%u12", "&&==", "\x00", "%", []byte{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, int64(1<<62), `[{"x":-9223372036854775808}]`, int64(-5), "x", uint8(7))
	progs := make([]*Program, len(fuzzPrograms))
	for i, s := range fuzzPrograms {
		progs[i] = MustCompile(s, Options{})
	}
	lists := &MapLists{IPs: map[string][]netip.Prefix{"l": {netip.MustParsePrefix("10.0.0.0/8")}}}
	listProg := MustCompile(`ip.src in $l or http.host in $h or ip.src.asnum in $a`, Options{})
	// Values of every Go type a Fields entry might hold, right or wrong.
	anyValues := []any{nil, "s", int64(1), 2, true, netip.MustParseAddr("::1"), []string{"a"}, []int64{1}, [][]string{{"a"}, nil},
		map[string][]string{"k": nil}, map[string]int64{"k": 1}, map[string][]int64{"k": {1}}, []byte("b"), 3.5, struct{}{}}
	f.Fuzz(func(t *testing.T, method, host, path, query, hname, hval string, ip []byte, asn int64, body string, ts int64, uri string, kind uint8) {
		addr, _ := netip.AddrFromSlice(ip)
		r := &Request{Method: method, Host: host, Path: path, Query: query, URI: uri, SrcIP: addr, ASN: asn, Body: body,
			Timestamp: ts, BotScore: asn % 100, Referer: hval,
			Headers: map[string][]string{hname: {hval, hname}, "a": {hval}},
			Fields: map[string]any{
				"http.request.body.multipart.names": [][]string{{hval}, {}},
				"cf.random_seed":                    hval,
			}}
		for i, name := range []string{"http.request.body.multipart.names", "cf.waf.content_scan.obj_sizes", "cf.llm.prompt.custom_topic_categories",
			"http.request.jwt.claims.iat.sec", "cf.random_seed", "cf.tls_client_auth.cert_verified", "cf.edge.l4.delivery_rate"} {
			if kind&(1<<(i%8)) != 0 {
				r.Fields[name] = anyValues[(int(kind)+i)%len(anyValues)]
			}
		}
		r.Prepare()
		for _, p := range progs {
			p.Eval(r, nil)
		}
		listProg.Eval(r, lists)
		listProg.Eval(r, nil)
	})
}
