package rules

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"net/netip"
	"reflect"
	"strings"
	"testing"
)

func mustParse(t testing.TB, s string) Node {
	t.Helper()
	n, err := Parse(s)
	if err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	return n
}

func TestContainsTable(t *testing.T) {
	cases := []struct {
		a, b              string
		contains, decided bool
	}{
		// IP/CIDR sets.
		{`ip.src in {10.0.0.0/8}`, `ip.src in {10.1.0.0/16}`, true, true},
		{`ip.src in {10.0.0.0/8}`, `ip.src eq 10.2.3.4`, true, true},
		{`ip.src in {10.1.0.0/16}`, `ip.src in {10.0.0.0/8}`, false, true},
		{`ip.src in {10.0.0.0/8 192.0.2.0/24}`, `ip.src in {192.0.2.1..192.0.2.9 10.9.9.9}`, true, true},
		{`ip.src in {0.0.0.0/0 ::/0}`, `http.host eq "x"`, true, true},
		{`ip.src in {2001:db8::/32}`, `ip.src in {2001:db8:1::/48}`, true, true},
		{`ip.src in {2001:db8::/32}`, `ip.src in {10.0.0.0/8}`, false, true},
		{`not ip.src in {10.0.0.0/16}`, `not ip.src in {10.0.0.0/8}`, true, true},
		{`not ip.src in {10.0.0.0/8}`, `ip.src in {192.0.2.0/24}`, true, true},
		{`not ip.src in {10.0.0.0/8}`, `ip.src in {10.0.0.0/24}`, false, true},
		// Equality and prefixes on paths and hosts.
		{`http.request.uri.path eq "/a"`, `http.request.uri.path eq "/a"`, true, true},
		{`http.request.uri.path eq "/a"`, `http.request.uri.path eq "/b"`, false, true},
		{`starts_with(http.request.uri.path, "/api/")`, `http.request.uri.path eq "/api/users"`, true, true},
		{`starts_with(http.request.uri.path, "/api/")`, `starts_with(http.request.uri.path, "/api/v1/")`, true, true},
		{`starts_with(http.request.uri.path, "/api/v1/")`, `starts_with(http.request.uri.path, "/api/")`, false, true},
		{`http.request.uri.path wildcard "/api/*"`, `starts_with(http.request.uri.path, "/API/v1")`, true, true},
		{`http.request.uri.path strict wildcard "/api/*"`, `http.request.uri.path wildcard "/api/v1*"`, false, true},
		{`ends_with(http.host, ".example.com")`, `http.host in {"a.example.com" "b.example.com"}`, true, true},
		{`http.host wildcard "*.example.com"`, `http.host eq "WWW.EXAMPLE.COM"`, true, true},
		{`ends_with(http.host, ".example.com")`, `http.host eq "example.com"`, false, true},
		// Method sets.
		{`http.request.method in {"GET" "HEAD" "POST"}`, `http.request.method in {"GET" "HEAD"}`, true, true},
		{`http.request.method in {"GET" "HEAD"}`, `http.request.method in {"GET" "POST"}`, false, true},
		{`not http.request.method in {"POST"}`, `http.request.method eq "GET"`, true, true},
		// Conjunctions and disjunctions.
		{`http.host eq "a.com"`, `http.host eq "a.com" and starts_with(http.request.uri.path, "/x")`, true, true},
		{`http.host eq "a.com" and starts_with(http.request.uri.path, "/x")`, `http.host eq "a.com"`, false, true},
		{`http.host eq "a.com" or http.host eq "b.com"`, `http.host eq "b.com" and ip.src in {10.0.0.0/8}`, true, true},
		{`ip.src in {10.0.0.0/8} and http.request.method eq "POST"`, `http.request.method eq "POST" and ip.src eq 10.0.0.1 and http.host eq "x"`, true, true},
		{`ip.src.asnum in {1..1000}`, `ip.src.asnum in {5 6 7}`, true, true},
		{`cf.waf.score lt 20`, `cf.waf.score lt 10`, true, true},
		{`cf.waf.score lt 10`, `cf.waf.score lt 20`, false, true},
		// Identical opaque conditions.
		{`http.user_agent matches "curl" or ssl`, `http.user_agent matches "curl"`, true, true},
		{`any(http.request.headers.names[*] eq "x")`, `any(http.request.headers.names[*] eq "x") and ssl`, true, true},
		// Undecidable here.
		{`http.user_agent matches "curl"`, `http.user_agent contains "curl"`, false, false},
		{`any(http.request.headers.names[*] eq "x")`, `ssl`, false, false},
		// Constants.
		{`true`, `http.host eq "x"`, true, true},
		{`http.host eq "x"`, `false`, true, true},
	}
	for _, c := range cases {
		got, decided := Contains(mustParse(t, c.a), mustParse(t, c.b))
		if got != c.contains || decided != c.decided {
			t.Errorf("Contains(%s, %s) = (%v, %v), want (%v, %v)", c.a, c.b, got, decided, c.contains, c.decided)
		}
	}
}

func TestConstValue(t *testing.T) {
	cases := []struct {
		expr         string
		value, known bool
	}{
		{`true`, true, true},
		{`not true`, false, true},
		{`ssl or not ssl`, true, true},
		{`ssl and not ssl`, false, true},
		{`ssl xor ssl`, false, true},
		{`http.host eq "a" or not http.host eq "a"`, true, true},
		{`cf.threat_score gt 0`, false, true},
		{`cf.threat_score eq 0`, true, true},
		{`cf.threat_score ge 10 and ssl`, false, true},
		{`ip.src in {0.0.0.0/0 ::/0}`, true, true},
		{`ip.src in {0.0.0.0/0}`, false, false},
		{`http.host in {}`, false, true},
		{`http.request.uri.path wildcard "*"`, true, true},
		{`http.user_agent contains ""`, true, true},
		{`len(http.host) ge 0`, true, true},
		{`len(http.host) lt 0`, false, true},
		{`len(http.request.headers["x"]) ge 0`, false, false},
		{`http.host eq "a" and http.host eq "b"`, false, true},
		{`http.host in {"a" "b"} and not http.host in {"a" "b"}`, false, true},
		{`http.host in {"a" "b"} and http.host ne "a"`, false, false},
		{`http.host in {"a" "b"} and not http.host eq "a"`, false, false},
		{`(http.host eq "a" and http.host eq "b") or (cf.waf.score lt 5 and cf.waf.score gt 10)`, false, true},
		{`cf.waf.score lt 5 and cf.waf.score gt 3`, false, false},
		{`ip.src eq 10.0.0.1 and not ip.src in {10.0.0.0/8}`, false, true},
		{`not http.host eq "a" or not http.host eq "b"`, true, true},
		{`ssl and http.host eq "a" and http.host eq "b"`, false, true},
		{`ssl`, false, false},
		{`http.host eq "a"`, false, false},
	}
	for _, c := range cases {
		v, known := ConstValue(mustParse(t, c.expr))
		if v != c.value || known != c.known {
			t.Errorf("ConstValue(%s) = (%v, %v), want (%v, %v)", c.expr, v, known, c.value, c.known)
		}
	}
}

func TestAnalyze(t *testing.T) {
	n := mustParse(t, `any(lower(http.request.headers.names[*])[*] eq "x") and ip.src in $cf.vpn and http.user_agent matches "a" and http.host wildcard "*.x" or ip.src in $office and lower(http.host) eq "y"`)
	a := Analyze(n)
	if want := []string{"http.host", "http.request.headers.names", "http.user_agent", "ip.src"}; !reflect.DeepEqual(a.Fields, want) {
		t.Errorf("Fields = %v, want %v", a.Fields, want)
	}
	if want := []string{"any", "lower"}; !reflect.DeepEqual(a.Functions, want) {
		t.Errorf("Functions = %v, want %v", a.Functions, want)
	}
	if want := []string{"cf.vpn", "office"}; !reflect.DeepEqual(a.Lists, want) {
		t.Errorf("Lists = %v, want %v", a.Lists, want)
	}
	if a.AlwaysTrue || a.AlwaysFalse {
		t.Error("expression is not constant")
	}
	c := a.Cost
	if c.RegexCount != 1 || c.Wildcards != 1 || c.ListLookups != 2 || c.ArrayScans != 1 || c.Comparisons != 7 || c.FunctionCalls != 3 {
		t.Errorf("cost = %+v", c)
	}
	if c.Score != 7+2*3+3+2*2+5+10 {
		t.Errorf("score = %d", c.Score)
	}
	if a := Analyze(mustParse(t, `cf.threat_score gt 5`)); !a.AlwaysFalse {
		t.Error("cf.threat_score gt 5 should be always false")
	}
}

func TestCheckExpressionReportJSON(t *testing.T) {
	rep := CheckExpression(`http.request.path eq "/x"`, Options{Phase: "http_request_firewall_custom", Plan: PlanFree})
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"valid", "canonical", "errors", "warnings", "fields", "functions", "cost"} {
		if _, ok := m[k]; !ok {
			t.Errorf("report JSON lacks %q: %s", k, b)
		}
	}
	if m["valid"] != false || m["canonical"] != "" {
		t.Errorf("invalid report: %s", b)
	}
	errs := m["errors"].([]any)
	e := errs[0].(map[string]any)
	if e["line"] != 1.0 || e["column"] != 1.0 || !strings.Contains(e["message"].(string), "did you mean http.request.uri.path?") || e["hint"] == "" {
		t.Errorf("error = %v", e)
	}

	ok := CheckExpression(`http.host == "a"  and  ssl`, Options{})
	b, _ = json.Marshal(ok)
	want := `{"valid":true,"canonical":"http.host eq \"a\" and ssl","errors":[],"warnings":[],"fields":["http.host","ssl"],"functions":[],"cost":{"length":26,"length_limit":4096,"canonical_length":24,"regex_count":0,"regex_limit":64,"comparisons":2,"function_calls":0,"wildcards":0,"list_lookups":0,"array_scans":0,"score":2}}`
	if string(b) != want {
		t.Errorf("report\n got  %s\n want %s", b, want)
	}

	// Parse errors still yield non-null arrays.
	b, _ = json.Marshal(CheckExpression(`(`, Options{}))
	if !strings.Contains(string(b), `"fields":[]`) || !strings.Contains(string(b), `"warnings":[]`) {
		t.Errorf("parse-error report: %s", b)
	}
}

func TestWarnings(t *testing.T) {
	cases := map[string]string{
		`ip.geoip.country eq "GB"`:                     "ip.geoip.country is deprecated; use ip.src.country",
		`cf.threat_score gt 10`:                        "cf.threat_score is always 0",
		`http.request.method eq "get"`:                 `"get" never matches`,
		`http.request.uri.path eq "admin"`:             "starts with /",
		`http.request.uri.path.extension eq ".php"`:    "lowercase without the dot",
		`ip.src.country eq "gb"`:                       "never matches",
		`http.request.headers["User-Agent"][0] eq "x"`: "header names are lowercase",
		`ip.src gt 10.0.0.0`:                           "the documentation lists gt for strings and numbers only",
	}
	for expr, want := range cases {
		ch, err := Check(expr, Options{})
		if err != nil {
			t.Errorf("%s: %v", expr, err)
			continue
		}
		if len(ch.Warnings) == 0 || !strings.Contains(ch.Warnings.Error(), want) {
			t.Errorf("%s: warnings %v, want %q", expr, ch.Warnings, want)
		}
	}
	ch, _ := Check(`http.request.method eq "GET" and ip.src.country eq "GB"`, Options{})
	if len(ch.Warnings) != 0 {
		t.Errorf("unexpected warnings %v", ch.Warnings)
	}
}

func TestLimits(t *testing.T) {
	// 16 KB: refused before parsing (the input is not even a valid expression).
	big := strings.Repeat("(", MaxInputBytes+1)
	_, err := Parse(big)
	if err == nil || !strings.Contains(err.Error(), "inputs over 16 KB (16,384 bytes) are refused before parsing") || !strings.HasPrefix(err.Error(), "1:1:") {
		t.Errorf("16 KB: %v", err)
	}
	// 4,096 characters.
	var parts []string
	for i := 0; len(strings.Join(parts, " or ")) <= MaxExpressionLength; i++ {
		parts = append(parts, fmt.Sprintf(`http.host eq "host-%04d.example.com"`, i))
	}
	long := strings.Join(parts, " or ")
	_, err = Check(long, Options{})
	want := fmt.Sprintf("expression is %s characters, the limit is 4,096", thousands(len(long)))
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("length: %v, want %q", err, want)
	}
	if el := err.(ErrorList); el[0].Column != MaxExpressionLength+1 {
		t.Errorf("length error column %d, want %d", el[0].Column, MaxExpressionLength+1)
	}
	// Exactly 4,096 characters is fine.
	exact := `http.host eq "` + strings.Repeat("a", MaxExpressionLength-len(`http.host eq ""`)) + `"`
	if _, err := Check(exact, Options{}); err != nil {
		t.Errorf("4,096 characters rejected: %v", err)
	}
	// Characters, not bytes.
	multi := `http.host eq "` + strings.Repeat("é", MaxExpressionLength-len(`http.host eq ""`)) + `"`
	if _, err := Check(multi, Options{}); err != nil {
		t.Errorf("4,096 characters of UTF-8 rejected: %v", err)
	}
	// Regex count.
	var res []string
	for i := 0; i <= MaxRegexPerExpression; i++ {
		res = append(res, fmt.Sprintf(`http.host matches "^a%d"`, i))
	}
	_, err = Check(strings.Join(res, " or "), Options{})
	if err == nil || !strings.Contains(err.Error(), "expression uses 65 regular expressions, the limit is 64") {
		t.Errorf("regex count: %v", err)
	}
	if _, err := Check(strings.Join(res[:3], " or "), Options{MaxRegex: 2}); err == nil || !strings.Contains(err.Error(), "uses 3 regular expressions, the limit is 2") {
		t.Errorf("MaxRegex option: %v", err)
	}
	// Nesting depth.
	deep := strings.Repeat("(", MaxNestingDepth+1) + "ssl" + strings.Repeat(")", MaxNestingDepth+1)
	if _, err := Parse(deep); err == nil || !strings.Contains(err.Error(), "nests deeper than 128 levels") {
		t.Errorf("depth: %v", err)
	}
	ok := strings.Repeat("(", MaxNestingDepth) + "ssl" + strings.Repeat(")", MaxNestingDepth)
	if _, err := Parse(ok); err != nil {
		t.Errorf("depth 128 rejected: %v", err)
	}
	if _, err := Parse(strings.Repeat("not ", MaxNestingDepth+1) + "ssl"); err == nil {
		t.Error("deep not chain accepted")
	}
}

func TestSchemeCatalogue(t *testing.T) {
	if n := len(Fields()); n < 170 {
		t.Errorf("scheme has %d fields, want the full catalogue (≥ 170)", n)
	}
	for _, name := range []string{"any", "all", "concat", "ends_with", "starts_with", "len", "lower", "upper", "lookup_json_string", "lookup_json_integer",
		"regex_replace", "wildcard_replace", "remove_bytes", "to_string", "url_decode", "uuidv4", "cidr", "cidr6", "bit_slice", "decode_base64",
		"join", "split", "substring", "remove_query_args", "is_timed_hmac_valid_v0", "encode_base64", "sha256"} {
		f := LookupFunction(name)
		if f == nil || f.Signature == "" || !strings.HasPrefix(f.Signature, name+"(") {
			t.Errorf("function %s missing or without signature", name)
		}
	}
	checks := map[string]Type{
		"http.request.headers":                  MapOf(ArrayOf(TypeBytes)),
		"http.request.body.multipart.names":     ArrayOf(ArrayOf(TypeBytes)),
		"ip.src":                                TypeIP,
		"ssl":                                   TypeBool,
		"cf.response.1xxx_code":                 TypeInt,
		"cf.llm.prompt.custom_topic_categories": MapOf(TypeInt),
		"http.request.jwt.claims.exp.sec":       MapOf(ArrayOf(TypeInt)),
	}
	for name, typ := range checks {
		if f := LookupField(name); f == nil || f.Type != typ {
			t.Errorf("field %s: %+v, want type %s", name, f, typ)
		}
	}
	if f := LookupField("ip.geoip.country"); f.Replacement != "ip.src.country" {
		t.Errorf("ip.geoip.country replacement = %q", f.Replacement)
	}
	if f := LookupField("http.response.code"); !f.ResponseOnly || phaseAllowed(f.Phases, "http_request_firewall_custom") {
		t.Errorf("http.response.code availability: %+v", f)
	}
	if f := LookupField("cf.bot_management.score"); f.Plan != PlanEnterprise || !f.AddOn {
		t.Errorf("bot score plan: %+v", f)
	}
	if ArrayOf(MapOf(TypeIP)).String() != "Array<Map<IP address>>" {
		t.Error(ArrayOf(MapOf(TypeIP)).String())
	}
	if _, err := ParsePlan("gold"); err == nil || !strings.Contains(err.Error(), "free, pro, business, enterprise") {
		t.Errorf("ParsePlan: %v", err)
	}
	if len(KnownPhases()) == 0 || !isKnownPhase("http_request_firewall_custom") || isKnownPhase("x") {
		t.Error("phases")
	}
}

// ---------------------------------------------------------------------------
// Property test: if Contains(A, B) is decided true, every random request
// matching B matches A.

var (
	propMethods = []string{"GET", "POST", "PUT", "HEAD", "DELETE"}
	propHosts   = []string{"a.example.com", "b.example.com", "example.com", "WWW.EXAMPLE.COM", "other.net"}
	propPaths   = []string{"/", "/api", "/api/", "/api/v1/users", "/API/v1", "/admin", "/admin/x", "/static/a.css"}
	propIPs     = []string{"10.0.0.1", "10.1.2.3", "10.255.0.1", "192.0.2.5", "192.0.2.200", "198.51.100.7", "2001:db8::1", "2001:db8:1::9", "203.0.113.1"}
	propScores  = []int64{1, 9, 10, 19, 20, 50, 99}
)

func randomCondition(rng *rand.Rand) string {
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	switch rng.Intn(9) {
	case 0:
		return fmt.Sprintf(`http.request.method eq %q`, pick(propMethods))
	case 1:
		return fmt.Sprintf(`http.request.method in {%q %q}`, pick(propMethods), pick(propMethods))
	case 2:
		return fmt.Sprintf(`http.host eq %q`, pick(propHosts))
	case 3:
		return fmt.Sprintf(`ends_with(http.host, %q)`, pick([]string{".example.com", "example.com", ".net"}))
	case 4:
		return fmt.Sprintf(`starts_with(http.request.uri.path, %q)`, pick([]string{"/", "/api", "/api/", "/admin", "/API"}))
	case 5:
		return fmt.Sprintf(`http.request.uri.path wildcard %q`, pick([]string{"/api*", "/admin/*", "*.css", "/API/*"}))
	case 6:
		return fmt.Sprintf(`ip.src in {%s}`, pick([]string{"10.0.0.0/8", "10.0.0.0/16", "192.0.2.0/24", "2001:db8::/32", "192.0.2.0..192.0.2.100", "10.0.0.0/8 192.0.2.0/25"}))
	case 7:
		return fmt.Sprintf(`cf.waf.score %s %d`, pick([]string{"lt", "le", "gt", "ge", "eq"}), propScores[rng.Intn(len(propScores))])
	default:
		return fmt.Sprintf(`http.request.uri.path eq %q`, pick(propPaths))
	}
}

func randomExpr(rng *rand.Rand, depth int) string {
	if depth == 0 || rng.Intn(3) == 0 {
		c := randomCondition(rng)
		if rng.Intn(5) == 0 {
			return "not " + c
		}
		return c
	}
	op := []string{"and", "or", "and", "xor"}[rng.Intn(4)]
	return "(" + randomExpr(rng, depth-1) + " " + op + " " + randomExpr(rng, depth-1) + ")"
}

func randomRequest(rng *rand.Rand) *Request {
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	r := &Request{Method: pick(propMethods), Host: pick(propHosts), Path: pick(propPaths),
		SrcIP: netip.MustParseAddr(pick(propIPs)), WAFScore: propScores[rng.Intn(len(propScores))]}
	r.Prepare()
	return r
}

func TestContainsProperty(t *testing.T) {
	rng := rand.New(rand.NewSource(20261121))
	const pairs, requests = 1500, 400
	reqs := make([]*Request, requests)
	for i := range reqs {
		reqs[i] = randomRequest(rng)
	}
	decidedTrue, decidedFalse := 0, 0
	for i := 0; i < pairs; i++ {
		as := randomExpr(rng, 2)
		bs := as
		switch rng.Intn(3) {
		case 0:
			bs = "(" + as + ") and " + randomCondition(rng)
		case 1:
			bs = randomExpr(rng, 2)
		default:
			bs = randomCondition(rng)
		}
		a, b := mustParse(t, as), mustParse(t, bs)
		contains, decided := Contains(a, b)
		if !decided {
			continue
		}
		pa, pb := MustCompile(as, Options{}), MustCompile(bs, Options{})
		if contains {
			decidedTrue++
			for _, r := range reqs {
				if pb.Eval(r, nil) && !pa.Eval(r, nil) {
					t.Fatalf("Contains(%s, %s) = true, but request %+v matches B and not A", as, bs, r)
				}
			}
		} else {
			decidedFalse++
		}
	}
	if decidedTrue < 100 || decidedFalse < 100 {
		t.Errorf("property test exercised too few decided pairs: %d true, %d false", decidedTrue, decidedFalse)
	}
	t.Logf("decided true: %d, decided false: %d of %d pairs", decidedTrue, decidedFalse, pairs)
}

// Property: when ConstValue decides an expression, every random request
// evaluates to that value.
func TestConstValueProperty(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	reqs := make([]*Request, 300)
	for i := range reqs {
		reqs[i] = randomRequest(rng)
	}
	decided := 0
	for i := 0; i < 3000; i++ {
		src := randomExpr(rng, 3)
		v, known := ConstValue(mustParse(t, src))
		if !known {
			continue
		}
		decided++
		p := MustCompile(src, Options{})
		for _, r := range reqs {
			if p.Eval(r, nil) != v {
				t.Fatalf("ConstValue(%s) = %v, but a request evaluates to %v: %+v", src, v, !v, r)
			}
		}
	}
	if decided < 20 {
		t.Errorf("only %d constant expressions exercised", decided)
	}
	t.Logf("%d constant expressions checked", decided)
}
