package rules

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Plan is a Cloudflare plan level. PlanUnknown disables plan checks.
type Plan uint8

// Plans in ascending order.
const (
	PlanUnknown Plan = iota
	PlanFree
	PlanPro
	PlanBusiness
	PlanEnterprise
)

// ParsePlan accepts free, pro, business, enterprise (case-insensitive) and
// the empty string (PlanUnknown).
func ParsePlan(s string) (Plan, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return PlanUnknown, nil
	case "free":
		return PlanFree, nil
	case "pro":
		return PlanPro, nil
	case "business", "biz":
		return PlanBusiness, nil
	case "enterprise", "ent":
		return PlanEnterprise, nil
	}
	return PlanUnknown, fmt.Errorf("unknown plan %q: accepted values are free, pro, business, enterprise", s)
}

func (p Plan) String() string {
	switch p {
	case PlanFree:
		return "free"
	case PlanPro:
		return "pro"
	case PlanBusiness:
		return "business"
	case PlanEnterprise:
		return "enterprise"
	}
	return ""
}

// planLabel renders "a Pro, Business or Enterprise plan" style text.
func planLabel(p Plan) string {
	switch p {
	case PlanPro:
		return "a Pro, Business or Enterprise plan"
	case PlanBusiness:
		return "a Business or Enterprise plan"
	case PlanEnterprise:
		return "an Enterprise plan"
	}
	return "any plan"
}

// Phases known to the Ruleset Engine (ruleset-engine/reference/phases-list).
var knownPhases = []string{
	"ddos_l7",
	"http_config_settings",
	"http_custom_errors",
	"http_log_custom_fields",
	"http_ratelimit",
	"http_request_api_gateway_late",
	"http_request_cache_settings",
	"http_request_cloud_connector",
	"http_request_dynamic_redirect",
	"http_request_firewall_custom",
	"http_request_firewall_managed",
	"http_request_late_transform",
	"http_request_origin",
	"http_request_redirect",
	"http_request_sanitize",
	"http_request_sbfm",
	"http_request_snippets",
	"http_request_transform",
	"http_response_compression",
	"http_response_firewall_managed",
	"http_response_headers_transform",
	"magic_transit",
}

// KnownPhases returns the phase names accepted in Options.Phase.
func KnownPhases() []string { return append([]string(nil), knownPhases...) }

func isKnownPhase(p string) bool {
	i := sort.SearchStrings(knownPhases, p)
	return i < len(knownPhases) && knownPhases[i] == p
}

// Phase groups used by the availability tables.
var (
	responsePhases  = []string{"http_response_headers_transform", "http_response_compression", "http_custom_errors", "http_response_firewall_managed", "http_log_custom_fields", "http_ratelimit"}
	transformPhases = []string{"http_request_transform", "http_request_late_transform", "http_response_headers_transform"}
	customErrors    = []string{"http_response_headers_transform", "http_custom_errors"}
)

func joinPhases(groups ...[]string) []string {
	var out []string
	seen := map[string]bool{}
	for _, g := range groups {
		for _, p := range g {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.Strings(out)
	return out
}

// FieldInfo describes one field of the scheme.
type FieldInfo struct {
	Name string
	Type Type
	// Plan is the lowest plan on which the field is usable (PlanUnknown: all plans).
	Plan Plan
	// AddOn marks fields that also need a paid add-on (Bot Management, API Shield, …).
	AddOn bool
	// Phases lists the phases where the field is available; nil means every
	// request phase (response phases included).
	Phases []string
	// ResponseOnly marks http.response.* style fields; in http_ratelimit they
	// are only valid in counting expressions.
	ResponseOnly bool
	// Deprecated explains the deprecation and names the replacement.
	Deprecated string
	// Replacement is the field to use instead, when there is one.
	Replacement string
}

type fieldSpec struct {
	name, typ string
	plan      Plan
	addOn     bool
	avail     string // "", "response", "transform", "errors"
}

var fieldSpecs = []fieldSpec{
	// Request: URI and headers.
	{"http.cookie", "String", 0, false, ""},
	{"http.host", "String", 0, false, ""},
	{"http.referer", "String", 0, false, ""},
	{"http.request.full_uri", "String", 0, false, ""},
	{"http.request.method", "String", 0, false, ""},
	{"http.request.cookies", "Map<Array<String>>", PlanPro, false, ""},
	{"http.request.timestamp.sec", "Integer", 0, false, ""},
	{"http.request.timestamp.msec", "Integer", 0, false, ""},
	{"http.request.uri", "String", 0, false, ""},
	{"http.request.uri.path", "String", 0, false, ""},
	{"http.request.uri.path.extension", "String", 0, false, ""},
	{"http.request.uri.query", "String", 0, false, ""},
	{"http.request.uri.args", "Map<Array<String>>", 0, false, ""},
	{"http.request.uri.args.names", "Array<String>", 0, false, ""},
	{"http.request.uri.args.values", "Array<String>", 0, false, ""},
	{"http.user_agent", "String", 0, false, ""},
	{"http.request.version", "String", 0, false, ""},
	{"http.x_forwarded_for", "String", 0, false, ""},
	{"http.request.headers", "Map<Array<String>>", 0, false, ""},
	{"http.request.headers.names", "Array<String>", 0, false, ""},
	{"http.request.headers.values", "Array<String>", 0, false, ""},
	{"http.request.headers.truncated", "Boolean", 0, false, ""},
	{"http.request.accepted_languages", "Array<String>", 0, false, "transform"},
	// Raw fields.
	{"raw.http.request.full_uri", "String", 0, false, ""},
	{"raw.http.request.uri", "String", 0, false, ""},
	{"raw.http.request.uri.path", "String", 0, false, ""},
	{"raw.http.request.uri.path.extension", "String", 0, false, ""},
	{"raw.http.request.uri.query", "String", 0, false, ""},
	{"raw.http.request.uri.args", "Map<Array<String>>", 0, false, ""},
	{"raw.http.request.uri.args.names", "Array<String>", 0, false, ""},
	{"raw.http.request.uri.args.values", "Array<String>", 0, false, ""},
	// Body.
	{"http.request.body.raw", "String", PlanEnterprise, false, ""},
	{"http.request.body.truncated", "Boolean", PlanEnterprise, false, ""},
	{"http.request.body.size", "Integer", PlanEnterprise, false, ""},
	{"http.request.body.form", "Map<Array<String>>", PlanEnterprise, false, ""},
	{"http.request.body.form.names", "Array<String>", PlanEnterprise, false, ""},
	{"http.request.body.form.values", "Array<String>", PlanEnterprise, false, ""},
	{"http.request.body.mime", "String", 0, false, ""},
	{"http.request.body.multipart", "Map<Array<String>>", PlanEnterprise, false, ""},
	{"http.request.body.multipart.names", "Array<Array<String>>", PlanEnterprise, false, ""},
	{"http.request.body.multipart.values", "Array<String>", PlanEnterprise, false, ""},
	{"http.request.body.multipart.content_types", "Array<Array<String>>", PlanEnterprise, false, ""},
	{"http.request.body.multipart.content_dispositions", "Array<Array<String>>", PlanEnterprise, false, ""},
	{"http.request.body.multipart.content_transfer_encodings", "Array<Array<String>>", PlanEnterprise, false, ""},
	{"http.request.body.multipart.filenames", "Array<Array<String>>", PlanEnterprise, false, ""},
	// Source IP and geolocation.
	{"ip.src", "IP", 0, false, ""},
	{"ip.src.lat", "String", 0, false, ""},
	{"ip.src.lon", "String", 0, false, ""},
	{"ip.src.city", "String", 0, false, ""},
	{"ip.src.postal_code", "String", 0, false, ""},
	{"ip.src.metro_code", "String", 0, false, ""},
	{"ip.src.region", "String", 0, false, ""},
	{"ip.src.region_code", "String", 0, false, ""},
	{"ip.src.timezone.name", "String", 0, false, "transform"},
	{"ip.src.asnum", "Integer", 0, false, ""},
	{"ip.src.continent", "String", 0, false, ""},
	{"ip.src.country", "String", 0, false, ""},
	{"ip.src.subdivision_1_iso_code", "String", PlanBusiness, false, ""},
	{"ip.src.subdivision_2_iso_code", "String", PlanBusiness, false, ""},
	{"ip.src.is_in_european_union", "Boolean", PlanBusiness, false, ""},
	// Deprecated geolocation fields (same values as ip.src.*).
	{"ip.geoip.asnum", "Integer", 0, false, ""},
	{"ip.geoip.continent", "String", 0, false, ""},
	{"ip.geoip.country", "String", 0, false, ""},
	{"ip.geoip.subdivision_1_iso_code", "String", PlanBusiness, false, ""},
	{"ip.geoip.subdivision_2_iso_code", "String", PlanBusiness, false, ""},
	{"ip.geoip.is_in_european_union", "Boolean", PlanBusiness, false, ""},
	// TLS and edge.
	{"ssl", "Boolean", 0, false, ""},
	{"cf.tls_cipher", "String", 0, false, ""},
	{"cf.tls_version", "String", 0, false, ""},
	{"cf.tls_client_extensions_sha1", "String", 0, false, ""},
	{"cf.tls_client_extensions_sha1_le", "String", 0, false, ""},
	{"cf.tls_ciphers_sha1", "String", 0, false, ""},
	{"cf.tls_client_hello_length", "Integer", 0, false, ""},
	{"cf.tls_client_random", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_revoked", "Boolean", 0, false, ""},
	{"cf.tls_client_auth.cert_verified", "Boolean", 0, false, ""},
	{"cf.tls_client_auth.cert_presented", "Boolean", 0, false, ""},
	{"cf.tls_client_auth.cert_issuer_dn", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_subject_dn", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_issuer_dn_rfc2253", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_subject_dn_rfc2253", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_issuer_dn_legacy", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_subject_dn_legacy", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_serial", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_issuer_serial", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_fingerprint_sha256", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_fingerprint_sha1", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_not_before", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_not_after", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_ski", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_issuer_ski", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_rfc9440", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_rfc9440_too_large", "Boolean", 0, false, ""},
	{"cf.tls_client_auth.cert_chain_rfc9440", "String", 0, false, ""},
	{"cf.tls_client_auth.cert_chain_rfc9440_too_large", "Boolean", 0, false, ""},
	{"cf.edge.server_ip", "IP", 0, false, ""},
	{"cf.edge.server_port", "Integer", 0, false, ""},
	{"cf.edge.client_tcp", "Boolean", 0, false, ""},
	{"cf.edge.l4.delivery_rate", "Integer", 0, false, ""},
	{"cf.hostname.metadata", "String", 0, false, ""},
	{"cf.random_seed", "Bytes", 0, false, "transform"},
	{"cf.ray_id", "String", 0, false, ""},
	{"cf.worker.upstream_zone", "String", 0, false, ""},
	{"cf.timings.client_tcp_rtt_msec", "Integer", 0, false, ""},
	{"cf.timings.client_quic_rtt_msec", "Integer", 0, false, ""},
	{"cf.timings.edge_msec", "Integer", 0, false, ""},
	{"cf.timings.origin_ttfb_msec", "Integer", 0, false, ""},
	{"cf.timings.worker_msec", "Integer", 0, false, ""},
	{"cf.zone.name", "String", 0, false, ""},
	{"cf.zone.plan", "String", 0, false, ""},
	// Bots.
	{"cf.client.bot", "Boolean", 0, false, ""},
	{"cf.verified_bot_category", "String", 0, false, ""},
	{"cf.bot_management.verified_bot", "Boolean", PlanEnterprise, true, ""},
	{"cf.bot_management.score", "Integer", PlanEnterprise, true, ""},
	{"cf.bot_management.static_resource", "Boolean", PlanEnterprise, true, ""},
	{"cf.bot_management.ja3_hash", "String", PlanEnterprise, true, ""},
	{"cf.bot_management.ja4", "String", PlanEnterprise, true, ""},
	{"cf.bot_management.js_detection.passed", "Boolean", PlanEnterprise, true, ""},
	{"cf.bot_management.detection_ids", "Array<Integer>", PlanEnterprise, true, ""},
	{"cf.bot_management.corporate_proxy", "Boolean", PlanEnterprise, true, ""},
	{"cf.bot_management.signed_agent", "Boolean", PlanEnterprise, true, ""},
	// Security intelligence.
	{"cf.threat_score", "Integer", 0, false, ""},
	{"cf.waf.score", "Integer", PlanEnterprise, false, ""},
	{"cf.waf.score.sqli", "Integer", PlanEnterprise, false, ""},
	{"cf.waf.score.xss", "Integer", PlanEnterprise, false, ""},
	{"cf.waf.score.rce", "Integer", PlanEnterprise, false, ""},
	{"cf.waf.score.class", "String", PlanBusiness, false, ""},
	{"cf.waf.auth_detected", "Boolean", PlanEnterprise, false, ""},
	{"cf.waf.credential_check.password_leaked", "Boolean", 0, false, ""},
	{"cf.waf.credential_check.username_leaked", "Boolean", PlanEnterprise, false, ""},
	{"cf.waf.credential_check.username_and_password_leaked", "Boolean", PlanPro, false, ""},
	{"cf.waf.credential_check.username_password_similar", "Boolean", PlanEnterprise, false, ""},
	{"cf.waf.content_scan.has_obj", "Boolean", PlanEnterprise, true, ""},
	{"cf.waf.content_scan.has_malicious_obj", "Boolean", PlanEnterprise, true, ""},
	{"cf.waf.content_scan.num_malicious_obj", "Integer", PlanEnterprise, true, ""},
	{"cf.waf.content_scan.has_failed", "Boolean", PlanEnterprise, true, ""},
	{"cf.waf.content_scan.num_obj", "Integer", PlanEnterprise, true, ""},
	{"cf.waf.content_scan.obj_sizes", "Array<Integer>", PlanEnterprise, true, ""},
	{"cf.waf.content_scan.obj_types", "Array<String>", PlanEnterprise, true, ""},
	{"cf.waf.content_scan.obj_results", "Array<String>", PlanEnterprise, true, ""},
	{"cf.llm.prompt.detected", "Boolean", PlanEnterprise, false, ""},
	{"cf.llm.prompt.pii_detected", "Boolean", PlanEnterprise, false, ""},
	{"cf.llm.prompt.pii_categories", "Array<String>", PlanEnterprise, false, ""},
	{"cf.llm.prompt.unsafe_topic_detected", "Boolean", PlanEnterprise, false, ""},
	{"cf.llm.prompt.unsafe_topic_categories", "Array<String>", PlanEnterprise, false, ""},
	{"cf.llm.prompt.injection_score", "Integer", PlanEnterprise, false, ""},
	{"cf.llm.prompt.token_count", "Integer", PlanEnterprise, false, ""},
	{"cf.llm.prompt.custom_topic_categories", "Map<Integer>", PlanEnterprise, false, ""},
	// API Shield.
	{"cf.api_gateway.auth_id_present", "Boolean", PlanEnterprise, true, ""},
	{"cf.api_gateway.request_violates_schema", "Boolean", 0, false, ""},
	{"cf.api_gateway.fallthrough_detected", "Boolean", 0, false, ""},
	{"cf.schema_validation.learned.violated", "Boolean", 0, false, ""},
	{"cf.schema_validation.uploaded.violated", "Boolean", 0, false, ""},
	{"http.request.jwt.claims.aud", "Map<Array<String>>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.aud.names", "Array<String>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.aud.values", "Array<String>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.exp.sec", "Map<Array<Integer>>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.exp.sec.names", "Array<String>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.exp.sec.values", "Array<Integer>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.iat.sec", "Map<Array<Integer>>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.iat.sec.names", "Array<String>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.iat.sec.values", "Array<Integer>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.iss", "Map<Array<String>>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.iss.names", "Array<String>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.iss.values", "Array<String>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.jti", "Map<Array<String>>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.jti.names", "Array<String>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.jti.values", "Array<String>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.nbf.sec", "Map<Array<Integer>>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.nbf.sec.names", "Array<String>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.nbf.sec.values", "Array<Integer>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.sub", "Map<Array<String>>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.sub.names", "Array<String>", PlanEnterprise, true, ""},
	{"http.request.jwt.claims.sub.values", "Array<String>", PlanEnterprise, true, ""},
	// Response.
	{"http.response.code", "Integer", 0, false, "response"},
	{"http.response.headers", "Map<Array<String>>", 0, false, "response"},
	{"http.response.headers.names", "Array<String>", 0, false, "response"},
	{"http.response.headers.values", "Array<String>", 0, false, "response"},
	{"http.response.headers.truncated", "Boolean", 0, false, "response"},
	{"http.response.content_type.media_type", "String", 0, false, "response"},
	{"raw.http.response.headers", "Map<Array<String>>", 0, false, "response"},
	{"raw.http.response.headers.names", "Array<String>", 0, false, "response"},
	{"raw.http.response.headers.values", "Array<String>", 0, false, "response"},
	{"cf.response.1xxx_code", "Integer", 0, false, "errors"},
	{"cf.response.error_type", "String", 0, false, "errors"},
}

// fieldIndex is the scheme's fields by name, and their names sorted.
type fieldIndex struct {
	table map[string]*FieldInfo
	names []string
}

// fields is built on first use, not at package initialisation: binaries
// that link the package without checking an expression before they serve
// (every server at start-up) do not pay for it.
var fields = sync.OnceValue(func() fieldIndex {
	fieldTable := make(map[string]*FieldInfo, len(fieldSpecs))
	fieldNames := make([]string, 0, len(fieldSpecs))
	for _, s := range fieldSpecs {
		fi := &FieldInfo{Name: s.name, Type: parseTypeName(s.typ), Plan: s.plan, AddOn: s.addOn}
		switch s.avail {
		case "response":
			fi.Phases = responsePhases
			fi.ResponseOnly = true
		case "transform":
			fi.Phases = transformPhases
		case "errors":
			fi.Phases = customErrors
			fi.ResponseOnly = true
		}
		if rest, ok := strings.CutPrefix(s.name, "ip.geoip."); ok {
			fi.Replacement = "ip.src." + rest
			if rest == "asnum" {
				fi.Replacement = "ip.src.asnum"
			}
			fi.Deprecated = s.name + " is deprecated; use " + fi.Replacement + " (same value)"
		}
		if s.name == "cf.threat_score" {
			fi.Deprecated = "cf.threat_score is always 0 now; use cf.waf.score or bot management fields instead"
		}
		if _, dup := fieldTable[s.name]; dup {
			panic("rules: duplicate field " + s.name)
		}
		fieldTable[s.name] = fi
		fieldNames = append(fieldNames, s.name)
	}
	sort.Strings(fieldNames)
	return fieldIndex{table: fieldTable, names: fieldNames}
})

// LookupField returns the field named name, or nil.
func LookupField(name string) *FieldInfo { return fields().table[name] }

// Fields returns every field of the scheme, sorted by name.
func Fields() []*FieldInfo {
	fx := fields()
	out := make([]*FieldInfo, 0, len(fx.names))
	for _, n := range fx.names {
		out = append(out, fx.table[n])
	}
	return out
}

// ArgKind says whether a function parameter takes a field (or a function
// result), a literal, or both.
type ArgKind uint8

// Argument kinds.
const (
	ArgField ArgKind = iota + 1
	ArgLiteral
	ArgBoth
)

// Param is one function parameter.
type Param struct {
	Name string
	// Types lists the accepted types; empty means the function checks the
	// argument itself (any, all, concat, len, to_string).
	Types    []Type
	Kind     ArgKind
	Optional bool
	// Variadic: the parameter may repeat (lookup_json_* keys, remove_query_args).
	Variadic bool
}

// FunctionInfo describes one function of the scheme.
type FunctionInfo struct {
	Name      string
	Signature string
	Params    []Param
	// Returns is the return type; TypeInvalid means it depends on the arguments.
	Returns Type
	// Phases lists where the function is available; nil means everywhere.
	Phases []string
	Plan   Plan
	// Once marks functions allowed once per expression (regex_replace, wildcard_replace).
	Once bool
	// Builds marks functions that build new strings when evaluated (allocation).
	Builds bool
}

var (
	bytesT = []Type{TypeBytes}
	intT   = []Type{TypeInt}
	ipT    = []Type{TypeIP}
)

// functionTable is the scheme's functions by name, built on first use.
var functionTable = sync.OnceValue(func() map[string]*FunctionInfo {
	fns := []*FunctionInfo{
		{Name: "any", Signature: "any(Array<Boolean>): Boolean", Params: []Param{{Name: "values", Kind: ArgField}}, Returns: TypeBool},
		{Name: "all", Signature: "all(Array<Boolean>): Boolean", Params: []Param{{Name: "values", Kind: ArgField}}, Returns: TypeBool},
		{Name: "cidr", Signature: "cidr(address IP address, ipv4_network_bits Integer, ipv6_network_bits Integer): IP address",
			Params:  []Param{{Name: "address", Types: ipT, Kind: ArgField}, {Name: "ipv4_network_bits", Types: intT, Kind: ArgLiteral}, {Name: "ipv6_network_bits", Types: intT, Kind: ArgLiteral}},
			Returns: TypeIP, Phases: []string{"http_ratelimit", "http_request_firewall_custom"}},
		{Name: "cidr6", Signature: "cidr6(address IP address, ipv6_network_bits Integer): IP address",
			Params:  []Param{{Name: "address", Types: ipT, Kind: ArgField}, {Name: "ipv6_network_bits", Types: intT, Kind: ArgLiteral}},
			Returns: TypeIP, Phases: []string{"http_ratelimit", "http_request_firewall_custom"}},
		{Name: "concat", Signature: "concat(String | Bytes | Array, ...): String | Array", Params: []Param{{Name: "value", Kind: ArgBoth, Variadic: true}}, Builds: true},
		{Name: "decode_base64", Signature: "decode_base64(source String): String", Params: []Param{{Name: "source", Types: bytesT, Kind: ArgField}},
			Returns: TypeBytes, Phases: joinPhases(transformPhases, []string{"http_request_firewall_custom", "http_ratelimit"}), Builds: true},
		{Name: "encode_base64", Signature: "encode_base64(source String, flags String optional): String", Params: []Param{{Name: "source", Types: bytesT, Kind: ArgField}, {Name: "flags", Types: bytesT, Kind: ArgLiteral, Optional: true}},
			Returns: TypeBytes, Phases: transformPhases, Builds: true},
		{Name: "ends_with", Signature: "ends_with(source String, substring String): Boolean", Params: []Param{{Name: "source", Types: bytesT, Kind: ArgField}, {Name: "substring", Types: bytesT, Kind: ArgBoth}}, Returns: TypeBool},
		{Name: "join", Signature: "join(items Array<String>, separator String): String", Params: []Param{{Name: "items", Types: []Type{ArrayOf(TypeBytes)}, Kind: ArgField}, {Name: "separator", Types: bytesT, Kind: ArgLiteral}},
			Returns: TypeBytes, Phases: joinPhases(transformPhases, []string{"http_request_firewall_custom", "http_custom_errors"}), Builds: true},
		{Name: "len", Signature: "len(String | Bytes | Array): Integer", Params: []Param{{Name: "value", Kind: ArgField}}, Returns: TypeInt},
		{Name: "lookup_json_integer", Signature: "lookup_json_integer(field String, key String | Integer, key String | Integer optional, ...): Integer",
			Params: []Param{{Name: "field", Types: bytesT, Kind: ArgField}, {Name: "key", Types: []Type{TypeBytes, TypeInt}, Kind: ArgLiteral, Variadic: true}}, Returns: TypeInt},
		{Name: "lookup_json_string", Signature: "lookup_json_string(field String, key String | Integer, key String | Integer optional, ...): String",
			Params: []Param{{Name: "field", Types: bytesT, Kind: ArgField}, {Name: "key", Types: []Type{TypeBytes, TypeInt}, Kind: ArgLiteral, Variadic: true}}, Returns: TypeBytes},
		{Name: "lower", Signature: "lower(String): String", Params: []Param{{Name: "value", Types: bytesT, Kind: ArgField}}, Returns: TypeBytes, Builds: true},
		{Name: "upper", Signature: "upper(String): String", Params: []Param{{Name: "value", Types: bytesT, Kind: ArgField}}, Returns: TypeBytes, Builds: true},
		{Name: "regex_replace", Signature: "regex_replace(source String, regular_expression String, replacement String): String",
			Params:  []Param{{Name: "source", Types: bytesT, Kind: ArgField}, {Name: "regular_expression", Types: bytesT, Kind: ArgLiteral}, {Name: "replacement", Types: bytesT, Kind: ArgLiteral}},
			Returns: TypeBytes, Phases: joinPhases(transformPhases, []string{"http_request_dynamic_redirect"}), Once: true, Builds: true},
		{Name: "remove_bytes", Signature: "remove_bytes(Bytes, Bytes): Bytes", Params: []Param{{Name: "source", Types: bytesT, Kind: ArgField}, {Name: "bytes", Types: bytesT, Kind: ArgLiteral}}, Returns: TypeBytes, Builds: true},
		{Name: "remove_query_args", Signature: "remove_query_args(field String, query_param1 String, query_param2 String, ...): String",
			Params:  []Param{{Name: "field", Types: bytesT, Kind: ArgField}, {Name: "query_param", Types: bytesT, Kind: ArgLiteral, Variadic: true}},
			Returns: TypeBytes, Phases: transformPhases, Builds: true},
		{Name: "sha256", Signature: "sha256(source String): Bytes", Params: []Param{{Name: "source", Types: bytesT, Kind: ArgField}}, Returns: TypeBytes, Phases: transformPhases, Builds: true},
		{Name: "split", Signature: "split(input String, separator String, limit Integer): Array<String>",
			Params:  []Param{{Name: "input", Types: bytesT, Kind: ArgField}, {Name: "separator", Types: bytesT, Kind: ArgLiteral}, {Name: "limit", Types: intT, Kind: ArgLiteral}},
			Returns: ArrayOf(TypeBytes), Phases: customErrors, Builds: true},
		{Name: "starts_with", Signature: "starts_with(source String, substring String): Boolean", Params: []Param{{Name: "source", Types: bytesT, Kind: ArgField}, {Name: "substring", Types: bytesT, Kind: ArgBoth}}, Returns: TypeBool},
		{Name: "substring", Signature: "substring(field String | Bytes, start Integer, end Integer optional): String",
			Params: []Param{{Name: "field", Types: bytesT, Kind: ArgField}, {Name: "start", Types: intT, Kind: ArgLiteral}, {Name: "end", Types: intT, Kind: ArgLiteral, Optional: true}}, Returns: TypeBytes},
		{Name: "to_string", Signature: "to_string(Integer | Boolean | IP address): String", Params: []Param{{Name: "value", Types: []Type{TypeInt, TypeBool, TypeIP}, Kind: ArgField}},
			Returns: TypeBytes, Phases: joinPhases(transformPhases, []string{"http_request_dynamic_redirect"}), Builds: true},
		{Name: "url_decode", Signature: "url_decode(source String, options String optional): String", Params: []Param{{Name: "source", Types: bytesT, Kind: ArgField}, {Name: "options", Types: bytesT, Kind: ArgLiteral, Optional: true}}, Returns: TypeBytes, Builds: true},
		{Name: "uuidv4", Signature: "uuidv4(source Bytes): String", Params: []Param{{Name: "source", Types: bytesT, Kind: ArgField}}, Returns: TypeBytes, Phases: transformPhases, Builds: true},
		{Name: "wildcard_replace", Signature: "wildcard_replace(source Bytes, wildcard_pattern Bytes, replacement Bytes, flags Bytes optional): String",
			Params:  []Param{{Name: "source", Types: bytesT, Kind: ArgField}, {Name: "wildcard_pattern", Types: bytesT, Kind: ArgLiteral}, {Name: "replacement", Types: bytesT, Kind: ArgLiteral}, {Name: "flags", Types: bytesT, Kind: ArgLiteral, Optional: true}},
			Returns: TypeBytes, Phases: []string{"http_request_dynamic_redirect", "http_request_late_transform", "http_request_transform"}, Once: true, Builds: true},
		{Name: "bit_slice", Signature: "bit_slice(protocol String, offset_start Number, offset_end Number): Number",
			Params:  []Param{{Name: "protocol", Types: bytesT, Kind: ArgLiteral}, {Name: "offset_start", Types: intT, Kind: ArgLiteral}, {Name: "offset_end", Types: intT, Kind: ArgLiteral}},
			Returns: TypeInt, Phases: []string{"magic_transit"}},
		{Name: "is_timed_hmac_valid_v0", Signature: "is_timed_hmac_valid_v0(key String literal, messageMAC String, ttl Integer literal, currentTimestamp Integer, lengthOfSeparator Integer literal optional, flags String literal optional): Boolean",
			Params: []Param{{Name: "key", Types: bytesT, Kind: ArgLiteral}, {Name: "messageMAC", Types: bytesT, Kind: ArgField}, {Name: "ttl", Types: intT, Kind: ArgLiteral},
				{Name: "currentTimestamp", Types: intT, Kind: ArgField}, {Name: "lengthOfSeparator", Types: intT, Kind: ArgLiteral, Optional: true}, {Name: "flags", Types: bytesT, Kind: ArgLiteral, Optional: true}},
			Returns: TypeBool, Plan: PlanPro},
	}
	table := make(map[string]*FunctionInfo, len(fns))
	for _, f := range fns {
		table[f.Name] = f
	}
	return table
})

// LookupFunction returns the function named name, or nil.
func LookupFunction(name string) *FunctionInfo { return functionTable()[name] }

// Functions returns every function of the scheme, sorted by name.
func Functions() []*FunctionInfo {
	table := functionTable()
	out := make([]*FunctionInfo, 0, len(table))
	for _, f := range table {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func phaseAllowed(phases []string, phase string) bool {
	if phases == nil || phase == "" {
		return true
	}
	for _, p := range phases {
		if p == phase {
			return true
		}
	}
	return false
}

// suggest returns the candidate closest to name by edit distance, or "".
func suggest(name string, candidates []string) string {
	// A candidate that contains all of name's segments in order is the best
	// guess (http.request.path -> http.request.uri.path); prefer the shortest.
	segs := strings.Split(name, ".")
	sub := ""
	if len(segs) > 1 {
		for _, c := range candidates {
			if c != name && isSegmentSubsequence(segs, strings.Split(c, ".")) && (sub == "" || len(c) < len(sub)) {
				sub = c
			}
		}
	}
	if sub != "" {
		return sub
	}
	best, bestD := "", 1<<30
	limit := len(name)/3 + 2
	for _, c := range candidates {
		d := levenshtein(name, c, bestD)
		if d < bestD || (d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	if bestD <= limit {
		return best
	}
	return ""
}

func isSegmentSubsequence(segs, of []string) bool {
	j := 0
	for _, s := range of {
		if j < len(segs) && segs[j] == s {
			j++
		}
	}
	return j == len(segs)
}

func levenshtein(a, b string, maxD int) int {
	if a == b {
		return 0
	}
	la, lb := len(a), len(b)
	if d := la - lb; d > maxD || -d > maxD {
		return maxD + 1
	}
	prev := make([]int, lb+1)
	cur := make([]int, lb+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > maxD {
			return maxD + 1
		}
		prev, cur = cur, prev
	}
	return prev[lb]
}
