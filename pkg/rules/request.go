package rules

import (
	"net/netip"
	"net/url"
	"sort"
	"strings"
)

// Request is the value an expression is evaluated against. Fields a rule
// does not use may stay empty. Header, cookie, argument and form map keys
// follow Cloudflare's conventions: header names lowercase, the rest as sent.
//
// Fields of the scheme that have no struct field here are read from Fields
// by name; the value's Go type must match the field type (string for
// String, int64 or int for Integer, bool, netip.Addr, []string, []int64,
// [][]string, map[string][]string, map[string][]int64, map[string]int64).
// A value of another type reads as the zero value of the field's type.
//
// Call Prepare once after filling the struct to derive the fields computed
// from others (URI, full URI, raw fields, names/values arrays, extension).
type Request struct {
	Method    string // uppercase, e.g. "GET"
	Scheme    string // "http" or "https"; used by Prepare for FullURI and SSL
	Host      string
	Path      string // http.request.uri.path (normalised)
	Query     string // without "?"
	URI       string // path?query
	FullURI   string
	Extension string // http.request.uri.path.extension (lowercase, no dot)
	Version   string // e.g. "HTTP/1.1"

	RawPath, RawQuery, RawURI, RawFullURI, RawExtension string
	RawArgs                                             map[string][]string
	RawArgNames, RawArgValues                           []string

	Headers      map[string][]string // keys lowercase
	HeaderNames  []string
	HeaderValues []string
	HeadersTrunc bool
	Cookie       string              // http.cookie
	Cookies      map[string][]string // http.request.cookies
	UserAgent    string
	Referer      string
	XFF          string
	Args         map[string][]string // http.request.uri.args
	ArgNames     []string
	ArgValues    []string

	Body          string
	BodySize      int64
	BodyTruncated bool
	BodyMIME      string
	Form          map[string][]string
	FormNames     []string
	FormValues    []string

	SrcIP          netip.Addr
	ASN            int64
	Country        string
	Continent      string
	City           string
	Region         string
	RegionCode     string
	PostalCode     string
	MetroCode      string
	Lat, Lon       string
	Subdivision1   string
	Subdivision2   string
	InEU           bool
	Timestamp      int64 // seconds
	TimestampMsec  int64
	SSL            bool
	TLSVersion     string
	TLSCipher      string
	EdgeServerIP   netip.Addr
	EdgeServerPort int64

	BotScore            int64
	VerifiedBot         bool // cf.bot_management.verified_bot and cf.client.bot
	StaticResource      bool
	CorporateProxy      bool
	JSDetectionPassed   bool
	JA3, JA4            string
	DetectionIDs        []int64
	VerifiedBotCategory string

	WAFScore, WAFScoreSQLi, WAFScoreXSS, WAFScoreRCE int64
	WAFScoreClass                                    string

	ResponseCode    int64
	ResponseHeaders map[string][]string

	// Fields holds values for every other field, by field name.
	Fields map[string]any
}

// Prepare lowercases header map keys and derives the computed fields from
// the primary ones when they are empty: URI, FullURI, Extension, raw.*
// copies, header/argument/form names and values, Args from Query, Cookies
// from the cookie header, UserAgent/Referer/XFF/Cookie/Host from Headers,
// and SSL from Scheme.
func (r *Request) Prepare() {
	r.Headers = lowerKeys(r.Headers)
	r.ResponseHeaders = lowerKeys(r.ResponseHeaders)
	if r.Headers != nil {
		first := func(k string) string {
			if v := r.Headers[k]; len(v) > 0 {
				return v[0]
			}
			return ""
		}
		if r.UserAgent == "" {
			r.UserAgent = first("user-agent")
		}
		if r.Referer == "" {
			r.Referer = first("referer")
		}
		if r.XFF == "" {
			r.XFF = first("x-forwarded-for")
		}
		if r.Cookie == "" {
			r.Cookie = strings.Join(r.Headers["cookie"], "; ")
		}
		if r.Host == "" {
			r.Host = first("host")
		}
		if r.HeaderNames == nil {
			r.HeaderNames, r.HeaderValues = namesValues(r.Headers)
		}
	}
	if r.Cookies == nil && r.Cookie != "" {
		r.Cookies = map[string][]string{}
		for _, part := range strings.Split(r.Cookie, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
			if k == "" {
				continue
			}
			if dk, err := url.QueryUnescape(k); err == nil {
				k = dk
			}
			r.Cookies[k] = append(r.Cookies[k], v)
		}
	}
	if r.Args == nil && r.Query != "" {
		r.Args = map[string][]string{}
		for _, part := range strings.Split(r.Query, "&") {
			if part == "" {
				continue
			}
			k, v, _ := strings.Cut(part, "=")
			r.Args[k] = append(r.Args[k], v)
		}
	}
	if r.ArgNames == nil && r.Args != nil {
		r.ArgNames, r.ArgValues = namesValues(r.Args)
	}
	if r.FormNames == nil && r.Form != nil {
		r.FormNames, r.FormValues = namesValues(r.Form)
	}
	if r.URI == "" && r.Path != "" {
		r.URI = r.Path
		if r.Query != "" {
			r.URI += "?" + r.Query
		}
	}
	if r.Scheme == "" && r.SSL {
		r.Scheme = "https"
	}
	if r.Scheme == "https" {
		r.SSL = true
	}
	if r.FullURI == "" && r.Host != "" && r.URI != "" {
		sch := r.Scheme
		if sch == "" {
			sch = "http"
		}
		r.FullURI = sch + "://" + r.Host + r.URI
	}
	if r.Extension == "" {
		r.Extension = pathExtension(r.Path)
	}
	if r.RawPath == "" {
		r.RawPath = r.Path
	}
	if r.RawQuery == "" {
		r.RawQuery = r.Query
	}
	if r.RawURI == "" {
		r.RawURI = r.URI
	}
	if r.RawFullURI == "" {
		r.RawFullURI = r.FullURI
	}
	if r.RawExtension == "" {
		r.RawExtension = pathExtension(r.RawPath)
	}
	if r.RawArgs == nil {
		r.RawArgs, r.RawArgNames, r.RawArgValues = r.Args, r.ArgNames, r.ArgValues
	}
	if r.BodySize == 0 {
		r.BodySize = int64(len(r.Body))
	}
}

// lowerKeys returns m with lowercase keys (header maps are keyed by
// lowercase names); values of keys that differ only in case are merged.
func lowerKeys(m map[string][]string) map[string][]string {
	for k := range m {
		if k != asciiLower(k) {
			out := make(map[string][]string, len(m))
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				lk := asciiLower(k)
				out[lk] = append(out[lk], m[k]...)
			}
			return out
		}
	}
	return m
}

func namesValues(m map[string][]string) (names, values []string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range m[k] {
			names = append(names, k)
			values = append(values, v)
		}
	}
	return names, values
}

// pathExtension implements http.request.uri.path.extension.
func pathExtension(p string) string {
	seg := p[strings.LastIndexByte(p, '/')+1:]
	i := strings.LastIndexByte(seg, '.')
	if i <= 0 {
		return ""
	}
	return asciiLower(seg[i+1:])
}
