package rules

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/netip"
	"net/url"
	"testing"
)

func baseRequest() *Request {
	r := &Request{
		Method:  "GET",
		Scheme:  "https",
		Host:    "www.Example.com",
		Path:    "/api/v1/Users.PHP",
		Query:   "a=1&b=two&b=2&q=%3Cscript%3E",
		Version: "HTTP/2",
		Headers: map[string][]string{
			"user-agent":    {"Mozilla/5.0 curl/8.0"},
			"accept":        {"application/json"},
			"x-multi":       {"one", "two"},
			"x-empty":       {},
			"cookie":        {"session=abc; theme=dark"},
			"authorization": {"YWRtaW46c2VjcmV0"},
			"x-csv":         {"groceries,electronics,diy"},
		},
		Body:          `{"company":"cloudflare","version":2,"nested":{"id":356},"arr":[123,"x"],"f":42.0}`,
		Form:          map[string][]string{"user": {"admin"}, "bio": {"hello%20world"}},
		SrcIP:         netip.MustParseAddr("192.0.2.10"),
		ASN:           13335,
		Country:       "GB",
		Continent:     "EU",
		BotScore:      20,
		DetectionIDs:  []int64{33554817, 7},
		WAFScore:      15,
		WAFScoreClass: "attack",
		TLSVersion:    "TLSv1.3",
		Timestamp:     1700000000,
		EdgeServerIP:  netip.MustParseAddr("2001:db8::5"),
		Fields: map[string]any{
			"cf.llm.prompt.custom_topic_categories":  map[string]int64{"competitors": 12},
			"http.request.body.multipart.names":      [][]string{{"username"}, {"picture"}, {}},
			"http.request.body.multipart.filenames":  [][]string{{}, {"photo.JPG"}},
			"cf.waf.content_scan.obj_sizes":          []int64{100, 600000},
			"http.request.jwt.claims.iat.sec":        map[string][]int64{"k": {1699999999}},
			"cf.random_seed":                         "0123456789abcdef",
			"cf.tls_client_auth.cert_verified":       true,
			"ip.src.city":                            42, // wrong Go type: reads as ""
			"cf.bot_management.verified_bot_unknown": "ignored",
		},
	}
	r.Prepare()
	return r
}

type evalCase struct {
	expr string
	want bool
}

func runEvalCases(t *testing.T, r *Request, lists ListResolver, cases []evalCase) {
	t.Helper()
	for _, c := range cases {
		p, err := Compile(c.expr, Options{})
		if err != nil {
			t.Errorf("%s: compile: %v", c.expr, err)
			continue
		}
		if got := p.Eval(r, lists); got != c.want {
			t.Errorf("%s = %v, want %v", c.expr, got, c.want)
		}
	}
}

func TestEvalComparisonOperators(t *testing.T) {
	runEvalCases(t, baseRequest(), nil, []evalCase{
		{`http.request.method eq "GET"`, true},
		{`http.request.method == "POST"`, false},
		{`http.request.method ne "POST"`, true},
		{`http.request.method != "GET"`, false},
		{`http.host eq "www.example.com"`, false}, // case-sensitive
		{`lower(http.host) eq "www.example.com"`, true},
		{`http.request.uri.path lt "/b"`, true},
		{`http.request.uri.path le "/api/v1/Users.PHP"`, true},
		{`http.request.uri.path gt "/api"`, true},
		{`http.request.uri.path ge "/z"`, false},
		{`ip.src.asnum lt 13336`, true},
		{`ip.src.asnum le 13335`, true},
		{`ip.src.asnum gt 13335`, false},
		{`ip.src.asnum ge 13335`, true},
		{`ip.src.asnum eq 0x3417`, true},
		{`ip.src gt 192.0.2.9`, true},
		{`ip.src lt 192.0.2.9`, false},
		{`ip.src le 192.0.2.10`, true},
		{`ip.src ge 2001:db8::1`, false},
		{`http.request.uri.path contains "v1/"`, true},
		{`http.request.uri.path contains "V1/"`, false},
		{`http.user_agent contains ""`, true},
		{`http.request.uri.path matches "^/api/v[0-9]+/"`, true},
		{`http.request.uri.path ~ "(?i)users\.php$"`, true},
		{`http.request.uri.path matches "users\.php$"`, false},
		{`http.request.uri.path matches r"\d"`, true},
		{`http.request.uri.path matches "\u0055sers"`, true},
		{`http.request.uri.path wildcard "/API/*"`, true}, // case-insensitive
		{`http.request.uri.path strict wildcard "/API/*"`, false},
		{`http.request.uri.path strict wildcard "/api/*/Users.PHP"`, true},
		{`http.request.uri.path wildcard "*.php"`, true},
		{`http.request.uri.path wildcard "/api"`, false},
		{`http.request.uri.path wildcard "/api/*"`, true},
		{`http.request.uri.path wildcard "*"`, true},
		{`http.request.uri.path wildcard "*v1*users*"`, true},
		{`http.request.uri.path wildcard "*v2*"`, false},
		{`http.request.method wildcard "get"`, true},
		{`http.request.method in {"GET" "HEAD"}`, true},
		{`http.request.method in {"POST" "PUT"}`, false},
		{`ip.src in {192.0.2.0/24}`, true},
		{`ip.src in {192.0.3.0/24 2001:db8::/32}`, false},
		{`ip.src in {192.0.2.1..192.0.2.10}`, true},
		{`ip.src in {192.0.2.11..192.0.2.20}`, false},
		{`ip.src in {192.0.2.10}`, true},
		{`ip.src in {::/0}`, false},
		{`ip.src in {0.0.0.0/0}`, true},
		{`cf.edge.server_ip in {2001:db8::/64}`, true},
		{`cf.edge.server_ip eq 2001:db8::5`, true},
		{`ip.src.asnum in {1..100 13000..14000}`, true},
		{`ip.src.asnum in {1 2 3}`, false},
		{`cf.bot_management.score & 4`, true},
		{`cf.bot_management.score & 3`, false},
		{`cf.bot_management.score bitwise_and 16`, true},
		{`ssl`, true},
		{`not ssl`, false},
		{`cf.client.bot`, false},
		{`true`, true},
		{`false`, false},
	})
}

func TestEvalLogicalOperators(t *testing.T) {
	runEvalCases(t, baseRequest(), nil, []evalCase{
		{`ssl and cf.client.bot`, false},
		{`ssl && not cf.client.bot`, true},
		{`ssl or cf.client.bot`, true},
		{`cf.client.bot || cf.client.bot`, false},
		{`ssl xor cf.client.bot`, true},
		{`ssl ^^ ssl`, false},
		{`not (ssl and cf.client.bot)`, true},
		{`cf.client.bot and ssl or ssl`, true},    // (false and true) or true
		{`cf.client.bot and (ssl or ssl)`, false}, // grouping changes the result
		{`ssl or cf.client.bot and cf.client.bot`, true},
		{`not cf.client.bot and cf.client.bot`, false}, // not binds tighter than and
		{`ssl xor ssl or ssl`, true},                   // xor binds tighter than or
		{`ssl xor (ssl or ssl)`, false},
	})
}

// Comparisons on missing values (absent keys, out-of-range indexes) are
// false, whatever the operator; not flips the comparison's result.
func TestEvalMissingValues(t *testing.T) {
	runEvalCases(t, baseRequest(), nil, []evalCase{
		{`http.request.headers["nope"][0] eq "x"`, false},
		{`http.request.headers["nope"][0] ne "x"`, false},
		{`not http.request.headers["nope"][0] eq "x"`, true},
		{`http.request.headers["x-multi"][5] ne "x"`, false},
		{`http.request.headers["x-multi"][1] eq "two"`, true},
		{`http.request.headers["nope"][0] contains ""`, false},
		{`http.request.headers["nope"][0] wildcard "*"`, false},
		{`http.request.headers["nope"][0] matches ".*"`, false},
		{`http.request.headers["nope"][0] in {"x"}`, false},
		{`len(http.request.headers["nope"]) ge 0`, false},
		{`not len(http.request.headers["nope"]) ge 0`, true},
		{`len(http.request.headers["x-multi"]) ge 0`, true},
		{`len(http.request.headers["x-empty"]) eq 0`, true},
		{`lower(http.request.headers["nope"][0]) eq ""`, false},
		{`concat("a", http.request.headers["nope"][0], "b") eq "ab"`, true},
		{`any(http.request.headers["nope"][*] eq "x")`, false},
		{`all(http.request.headers["nope"][*] eq "x")`, false},
		{`not all(http.request.headers["nope"][*] eq "x")`, true},
		{`all(http.request.headers["x-empty"][*] eq "x")`, true},
		{`any(http.request.headers["x-empty"][*] eq "x")`, false},
		{`cf.llm.prompt.custom_topic_categories["competitors"] lt 30`, true},
		{`cf.llm.prompt.custom_topic_categories["other"] lt 30`, false},
		{`http.request.jwt.claims.iat.sec["k"][0] eq 1699999999`, true},
		{`http.request.jwt.claims.iat.sec["none"][0] ne 1`, false},
		{`ip.src.city eq ""`, true},                // wrong Go type in Fields reads as zero value
		{`cf.tls_client_auth.cert_verified`, true}, // from Fields
		{`cf.tls_client_auth.cert_revoked`, false}, // absent from Fields: zero value
		{`lookup_json_string(http.request.body.raw, "nope") eq ""`, false},
		{`substring(http.request.headers["nope"][0], 0) eq ""`, false},
	})
}

func TestEvalArrays(t *testing.T) {
	runEvalCases(t, baseRequest(), nil, []evalCase{
		{`any(http.request.headers["x-multi"][*] eq "two")`, true},
		{`all(http.request.headers["x-multi"][*] eq "two")`, false},
		{`all(len(http.request.headers["x-multi"][*])[*] eq 3)`, true},
		{`all(not len(http.request.headers["x-multi"][*])[*] in {3 4})`, false},
		{`any(http.request.headers.names[*] eq "accept")`, true},
		{`any(upper(http.request.headers.names[*])[*] eq "ACCEPT")`, true},
		{`any(starts_with(http.request.headers.names[*], "x-"))`, true},
		{`any(ends_with(lower(http.request.uri.args.values[*])[*], "two"))`, true},
		{`any(http.request.uri.args["b"][*] eq "2")`, true},
		{`http.request.uri.args["b"][0] eq "two"`, true},
		{`any(http.request.uri.args.names[*] eq "q")`, true},
		{`any(url_decode(http.request.uri.args.values[*])[*] contains "<script")`, true},
		{`any(http.request.uri.args.values[*] contains "<script")`, false},
		{`any(http.request.headers[*][0] eq "application/json")`, true},
		{`all(http.request.headers[*][0] ne "zzz")`, false}, // x-empty has no [0]: missing is false
		{`any(cf.bot_management.detection_ids[*] eq 33554817)`, true},
		{`all(cf.bot_management.detection_ids[*] gt 5)`, true},
		{`any(cf.waf.content_scan.obj_sizes[*] gt 512000)`, true},
		{`any(http.request.body.multipart.names[*][0] eq "picture")`, true},
		{`all(http.request.body.multipart.names[*][0] ne "x")`, false},
		{`any(lower(http.request.body.multipart.filenames[*][0])[*] eq "photo.jpg")`, true},
		{`any(http.request.headers.names[*] eq "accept" or http.request.headers.names[*] eq "nope")`, true},
		{`all(http.request.headers.names[*] ne "accept" and http.request.headers.names[*] ne "nope")`, false},
		{`any(not http.request.headers.names[*] contains "-")`, true},
		{`len(http.request.headers.names) gt 5`, true},
		{`len(http.request.headers) eq 7`, true},
		{`concat(http.request.headers.names, http.request.uri.args.names)[0] eq "accept"`, true},
		{`http.request.headers.names[0] eq "accept"`, true},
		{`any(decode_base64(http.request.headers["authorization"][*])[*] eq "admin:secret")`, true},
		{`any(cf.llm.prompt.custom_topic_categories[*] lt 20)`, true},
		{`any(http.request.jwt.claims.iat.sec[*][0] gt 1)`, true},
		{`join(upper(http.request.headers["x-multi"][*]), "+") eq "ONE+TWO"`, true},
		{`len(lower(http.request.headers.names[*])) eq 7`, true},
		{`len(len(http.request.headers["x-multi"][*])) eq 2`, true},
		{`join(lower(http.request.headers["nope"][*]), ",") eq ""`, false},
		{`join(lower(http.request.headers["x-empty"][*]), ",") eq ""`, true},
		{`concat(lower(http.request.headers["x-multi"][*]), http.request.headers["accept"])[2] eq "application/json"`, true},
	})
}

func TestEvalFunctions(t *testing.T) {
	r := baseRequest()
	runEvalCases(t, r, nil, []evalCase{
		{`lower(http.request.uri.path) eq "/api/v1/users.php"`, true},
		{`upper(http.request.method) eq "GET"`, true},
		{`len(http.host) eq 15`, true},
		{`starts_with(http.request.uri.path, "/api")`, true},
		{`starts_with(http.request.uri.path, "/API")`, false},
		{`ends_with(http.request.uri.path, ".PHP")`, true},
		{`ends_with(http.request.uri.path, ".php")`, false},
		{`http.request.uri.path.extension eq "php"`, true},
		{`substring(http.request.uri.path, 1, 4) eq "api"`, true},
		{`substring(http.request.uri.path, -3) eq "PHP"`, true},
		{`substring(http.request.uri.path, 0, -4) eq "/api/v1/Users"`, true},
		{`substring(http.request.uri.path, 100) eq ""`, true},
		{`substring(http.request.uri.path, 5, 2) eq ""`, true},
		{`concat(http.request.method, " ", http.host) eq "GET www.Example.com"`, true},
		{`concat("String1", " ", "String", "2") eq "String1 String2"`, true},
		{`url_decode(http.request.uri.query) contains "<script>"`, true},
		{`url_decode(http.request.body.form["bio"][0]) eq "hello world"`, true},
		{`url_decode(http.request.uri.path) eq "/api/v1/Users.PHP"`, true},
		{`decode_base64(http.request.headers["authorization"][0]) eq "admin:secret"`, true},
		{`lookup_json_string(http.request.body.raw, "company") eq "cloudflare"`, true},
		{`lookup_json_integer(http.request.body.raw, "version") eq 2`, true},
		{`lookup_json_integer(http.request.body.raw, "nested", "id") eq 356`, true},
		{`lookup_json_integer(http.request.body.raw, "arr", 0) eq 123`, true},
		{`lookup_json_string(http.request.body.raw, "arr", 1) eq "x"`, true},
		{`lookup_json_integer(http.request.body.raw, "f") eq 42`, false}, // 42.0 is not a plain integer
		{`lookup_json_integer(http.request.body.raw, "company") eq 0`, false},
		{`cidr(ip.src, 24, 24) eq 192.0.2.0`, true},
		{`cidr(cf.edge.server_ip, 24, 16) eq 2001::`, true},
		{`cidr6(ip.src, 24) eq 192.0.2.10`, true},
		{`cidr6(cf.edge.server_ip, 32) eq 2001:db8::`, true},
		{`join(http.request.headers["x-multi"], ",") eq "one,two"`, true},
		{`remove_bytes(http.host, "\x2e\x77") eq "Examplecom"`, true},
		{`to_string(ip.src.asnum) eq "13335"`, true},
		{`to_string(ssl) eq "true"`, true},
		{`to_string(ip.src) eq "192.0.2.10"`, true},
		{`regex_replace(http.request.uri.path, "^/api/(v[0-9])/(.*)$", "/${2}/${1}") eq "/Users.PHP/v1"`, true},
		{`regex_replace(http.request.uri.path, "^/nomatch$", "/x") eq "/api/v1/Users.PHP"`, true},
		{`regex_replace(http.request.uri.path, "/", "$$") eq "$api/v1/Users.PHP"`, true},
		{`wildcard_replace(http.request.uri.path, "/API/*/*", "/${2}/${1}") eq "/Users.PHP/v1"`, true},
		{`wildcard_replace(http.request.uri.path, "/API/*", "/x", "s") eq "/api/v1/Users.PHP"`, true},
		{`split(http.request.headers["x-csv"][0], ",", 2)[1] eq "electronics,diy"`, true},
		{`split(http.request.headers["x-csv"][0], ",", 64)[2] eq "diy"`, true},
		{`remove_query_args(http.request.uri.query, "b") eq "a=1&q=%3Cscript%3E"`, true},
		{`len(sha256(http.host)) eq 32`, true},
		{`encode_base64(http.request.method) eq "R0VU"`, true},
		{`uuidv4(cf.random_seed) matches "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"`, true},
		{`bit_slice("ip", 0, 4) eq 4`, false}, // no packet data in HTTP requests
	})
}

func TestEvalLists(t *testing.T) {
	lists := &MapLists{
		IPs:       map[string][]netip.Prefix{"office": {netip.MustParsePrefix("192.0.2.0/28")}, "cf.open_proxies": {netip.MustParsePrefix("198.51.100.0/24")}},
		Hostnames: map[string][]string{"hosts": {"www.Example.com"}},
		ASNs:      map[string][]int64{"asns": {13335}},
	}
	r := baseRequest()
	runEvalCases(t, r, lists, []evalCase{
		{`ip.src in $office`, true},
		{`ip.src in $cf.open_proxies`, false},
		{`ip.src in $unknown`, false},
		{`http.host in $hosts`, true},
		{`ip.src.asnum in $asns`, true},
		{`not ip.src in $cf.open_proxies`, true},
	})
	// Without a resolver, list membership is false.
	runEvalCases(t, r, nil, []evalCase{{`ip.src in $office`, false}, {`not ip.src in $office`, true}})
}

func TestEvalTimedHMAC(t *testing.T) {
	key := "mysecretkey"
	msg := "/download/cat.jpg"
	ts := "1700000000"
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg + ts))
	mac := url.QueryEscape(base64.StdEncoding.EncodeToString(m.Sum(nil)))
	r := baseRequest()
	r.URI = msg + "?verify=" + ts + "-" + mac
	r.Timestamp = 1700000100
	src := `is_timed_hmac_valid_v0("mysecretkey", http.request.uri, 100000, http.request.timestamp.sec, 8)`
	if !MustCompile(src, Options{}).Eval(r, nil) {
		t.Fatalf("valid token rejected: %s", r.URI)
	}
	r.Timestamp = 1700000000 + 100001
	if MustCompile(src, Options{}).Eval(r, nil) {
		t.Fatal("expired token accepted")
	}
	r.Timestamp = 1700000100
	if MustCompile(`is_timed_hmac_valid_v0("otherkey", http.request.uri, 100000, http.request.timestamp.sec, 8)`, Options{}).Eval(r, nil) {
		t.Fatal("token accepted with the wrong key")
	}
	urlSafe := base64.RawURLEncoding.EncodeToString(m.Sum(nil))
	r.URI = msg + "?verify=" + ts + "-" + urlSafe
	if !MustCompile(`is_timed_hmac_valid_v0("mysecretkey", http.request.uri, 100000, http.request.timestamp.sec, 8, "s")`, Options{}).Eval(r, nil) {
		t.Fatal("URL-safe token rejected with flag s")
	}
}

func TestEvalNilRequestAndZeroRequest(t *testing.T) {
	p := MustCompile(`not ssl`, Options{})
	if p.Eval(nil, nil) {
		t.Fatal("nil request matched")
	}
	if !p.Eval(&Request{}, nil) {
		t.Fatal("zero request: not ssl should be true")
	}
	// An unset IP address is never in any set and never equal.
	for _, s := range []string{`ip.src in {0.0.0.0/0 ::/0}`, `ip.src eq 0.0.0.0`, `ip.src ne 1.2.3.4`} {
		if MustCompile(s, Options{}).Eval(&Request{}, nil) {
			t.Errorf("%s matched a request without an address", s)
		}
	}
}

func TestRequestPrepare(t *testing.T) {
	r := &Request{Method: "GET", Scheme: "https", Path: "/a/b.TXT", Query: "x=1&x=2&y",
		Headers: map[string][]string{"host": {"h.example"}, "user-agent": {"ua"}, "cookie": {"s%20id=1; t=2"}}}
	r.Prepare()
	checks := []struct {
		name      string
		got, want any
	}{
		{"Host", r.Host, "h.example"},
		{"URI", r.URI, "/a/b.TXT?x=1&x=2&y"},
		{"FullURI", r.FullURI, "https://h.example/a/b.TXT?x=1&x=2&y"},
		{"Extension", r.Extension, "txt"},
		{"SSL", r.SSL, true},
		{"UserAgent", r.UserAgent, "ua"},
		{"Args", fmt.Sprint(r.Args), "map[x:[1 2] y:[]]"},
		{"Cookies", fmt.Sprint(r.Cookies), "map[s id:[1] t:[2]]"},
		{"HeaderNames", fmt.Sprint(r.HeaderNames), "[cookie host user-agent]"},
		{"RawPath", r.RawPath, "/a/b.TXT"},
	}
	for _, c := range checks {
		if fmt.Sprint(c.got) != fmt.Sprint(c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	for path, ext := range map[string]string{"/foo": "", "/foo.mp3": "mp3", "/.mp3": "", "/.foo.mp3": "mp3", "/foo.tar.bz2": "bz2", "/foo.": "", "/foo.MP3": "mp3", "/a.b/c": ""} {
		if got := pathExtension(path); got != ext {
			t.Errorf("pathExtension(%q) = %q, want %q", path, got, ext)
		}
	}
}

func TestPrepareLowercasesHeaderKeys(t *testing.T) {
	r := &Request{Headers: map[string][]string{"User-Agent": {"a"}, "user-agent": {"b"}, "X-Token": {"t"}}}
	r.Prepare()
	if fmt.Sprint(r.Headers) != "map[user-agent:[a b] x-token:[t]]" {
		t.Errorf("Headers = %v", r.Headers)
	}
	if !MustCompile(`http.request.headers["x-token"][0] eq "t" and http.user_agent eq "a"`, Options{}).Eval(r, nil) {
		t.Error("lowercased header not found")
	}
}

func TestURLDecode(t *testing.T) {
	cases := []struct {
		in           string
		unicode, rec bool
		want         string
	}{
		{"John%20Doe", false, false, "John Doe"},
		{"John+Doe", false, false, "John Doe"},
		{"%2520", false, false, "%20"},
		{"%2520", false, true, " "},
		{"%u2601", true, false, "\xe2\x98\x81"},
		{"%u2601", false, false, "%u2601"},
		{"%zz%4", false, false, "%zz%4"},
		{"%E4%BD", false, false, "\xe4\xbd"},
	}
	for _, c := range cases {
		if got := urlDecode(c.in, c.unicode, c.rec); got != c.want {
			t.Errorf("urlDecode(%q, u=%v, r=%v) = %q, want %q", c.in, c.unicode, c.rec, got, c.want)
		}
	}
}

func TestWildcardMatching(t *testing.T) {
	cases := []struct {
		pat, s string
		strict bool
		want   bool
	}{
		{"*.example.com", "www.EXAMPLE.com", false, true},
		{"*.example.com", "www.EXAMPLE.com", true, false},
		{"a*a", "a", false, false},
		{"a*a", "aa", false, true},
		{"a*b*c", "abc", false, true},
		{"a*b*c", "acb", false, false},
		{`a\*b`, "a*b", false, true},
		{`a\*b`, "axb", false, false},
		{`a\\b`, `a\b`, false, true},
		{"", "", false, true},
		{"", "x", false, false},
	}
	for _, c := range cases {
		w, msg := compileWildcard(c.pat, c.strict)
		if msg != "" {
			t.Fatalf("%q: %s", c.pat, msg)
		}
		if got := w.match(c.s); got != c.want {
			t.Errorf("match(%q, %q, strict=%v) = %v, want %v", c.pat, c.s, c.strict, got, c.want)
		}
	}
	w, _ := compileWildcard("/apps/*/login/*", false)
	caps, ok := w.captures("/Apps/calendar/login/x/y")
	if !ok || fmt.Sprint(caps) != "[calendar x/y]" {
		t.Errorf("captures = %v, %v", caps, ok)
	}
}

// The wildcard examples of the operators documentation.
func TestEvalWildcardDocExamples(t *testing.T) {
	check := func(expr, uri string, want bool) {
		t.Helper()
		r := &Request{FullURI: uri}
		if got := MustCompile(expr, Options{}).Eval(r, nil); got != want {
			t.Errorf("%s on %s = %v, want %v", expr, uri, got, want)
		}
	}
	a := `http.request.full_uri wildcard "https://example.com/a/*"`
	for _, u := range []string{"https://example.com/a/", "https://example.com/a/page.html", "https://example.com/a/sub/folder/?name=value"} {
		check(a, u, true)
	}
	for _, u := range []string{"https://example.com/ab/", "https://example.com/b/page.html", "https://sub.example.com/a/"} {
		check(a, u, false)
	}
	b := `http.request.full_uri wildcard "*.example.com/*/page.html"`
	for _, u := range []string{"http://sub.example.com/folder/page.html", "https://admin.example.com/team/page.html", "https://admin.example.com/team/subteam/page.html"} {
		check(b, u, true)
	}
	for _, u := range []string{"https://example.com/ab/page.html", "https://sub.example.com/folder2/page.html?s=value", "https://sub.example.com/a/"} {
		check(b, u, false)
	}
	c := `http.request.full_uri wildcard "*.example.com/*" or http.request.full_uri wildcard "example.com/*"`
	for _, u := range []string{"https://admin.example.com/folder/team/app1/", "https://admin.example.com/folder/team/app1/?s=foobar"} {
		check(c, u, true)
	}
	// The documentation lists https://example.com/folder/list.htm as a match
	// of Example C, which contradicts its own rule that the entire value must
	// match ("https://" precedes "example.com/"); the documented rule wins.
	check(c, "https://example.com/folder/list.htm", false)
	check(c, "example.com/folder/list.htm", true)
	check(`http.request.full_uri wildcard "HTTPS://EXAMPLE.COM/A/*"`, "https://example.com/a/x", true)
	check(`http.request.full_uri strict wildcard "HTTPS://EXAMPLE.COM/A/*"`, "https://example.com/a/x", false)
}
