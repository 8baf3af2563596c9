package rules

import "net/netip"

type vkind uint8

const (
	vMissing vkind = iota
	vBytes
	vInt
	vBool
	vIP
	vArrBytes
	vArrInt
	vArrArrBytes
	vMapArrBytes
	vMapArrInt
	vMapInt
)

// value is a runtime value; it is passed by value and never allocates.
type value struct {
	k   vkind
	s   string
	n   int64
	ip  netip.Addr
	ss  []string
	ns  []int64
	sss [][]string
	ms  map[string][]string
	mns map[string][]int64
	mn  map[string]int64
}

var missing = value{}

func bytesV(s string) value            { return value{k: vBytes, s: s} }
func intV(n int64) value               { return value{k: vInt, n: n} }
func ipV(a netip.Addr) value           { return value{k: vIP, ip: a} }
func strsV(ss []string) value          { return value{k: vArrBytes, ss: ss} }
func intsV(ns []int64) value           { return value{k: vArrInt, ns: ns} }
func mapV(m map[string][]string) value { return value{k: vMapArrBytes, ms: m} }

func boolV(b bool) value {
	if b {
		return value{k: vBool, n: 1}
	}
	return value{k: vBool}
}

// index applies one index access; absent keys and out-of-range indexes
// yield the missing value.
func (v value) index(ix Index) value {
	switch ix.Kind {
	case IndexKey:
		switch v.k {
		case vMapArrBytes:
			if a, ok := v.ms[ix.Key]; ok {
				return strsV(a)
			}
		case vMapArrInt:
			if a, ok := v.mns[ix.Key]; ok {
				return intsV(a)
			}
		case vMapInt:
			if n, ok := v.mn[ix.Key]; ok {
				return intV(n)
			}
		}
	case IndexElem:
		i := ix.Elem
		switch v.k {
		case vArrBytes:
			if i >= 0 && i < int64(len(v.ss)) {
				return bytesV(v.ss[i])
			}
		case vArrInt:
			if i >= 0 && i < int64(len(v.ns)) {
				return intV(v.ns[i])
			}
		case vArrArrBytes:
			if i >= 0 && i < int64(len(v.sss)) {
				return strsV(v.sss[i])
			}
		}
	}
	return missing
}

func (v value) indexAll(idx []Index) value {
	for _, ix := range idx {
		if v.k == vMissing {
			return v
		}
		v = v.index(ix)
	}
	return v
}

// length is the number of elements of an array or map, -1 otherwise.
func (v value) length() int {
	switch v.k {
	case vArrBytes:
		return len(v.ss)
	case vArrInt:
		return len(v.ns)
	case vArrArrBytes:
		return len(v.sss)
	case vMapArrBytes:
		return len(v.ms)
	case vMapArrInt:
		return len(v.mns)
	case vMapInt:
		return len(v.mn)
	}
	return -1
}

// valueOf converts a Go value stored in Request.Fields to a runtime value
// of type t; a mismatching Go type reads as the zero value of t.
func valueOf(t Type, x any) value {
	switch t {
	case TypeBytes:
		switch s := x.(type) {
		case string:
			return bytesV(s)
		case []byte:
			return bytesV(string(s))
		}
		return bytesV("")
	case TypeInt:
		switch n := x.(type) {
		case int64:
			return intV(n)
		case int:
			return intV(int64(n))
		case int32:
			return intV(int64(n))
		}
		return intV(0)
	case TypeBool:
		b, _ := x.(bool)
		return boolV(b)
	case TypeIP:
		a, _ := x.(netip.Addr)
		return ipV(a)
	case ArrayOf(TypeBytes):
		s, _ := x.([]string)
		return strsV(s)
	case ArrayOf(TypeInt):
		s, _ := x.([]int64)
		return intsV(s)
	case ArrayOf(ArrayOf(TypeBytes)):
		s, _ := x.([][]string)
		return value{k: vArrArrBytes, sss: s}
	case MapOf(ArrayOf(TypeBytes)):
		m, _ := x.(map[string][]string)
		return mapV(m)
	case MapOf(ArrayOf(TypeInt)):
		m, _ := x.(map[string][]int64)
		return value{k: vMapArrInt, mns: m}
	case MapOf(TypeInt):
		m, _ := x.(map[string]int64)
		return value{k: vMapInt, mn: m}
	}
	return missing
}

type getter func(r *Request) value

// structGetters maps fields backed by Request struct fields.
var structGetters = map[string]getter{
	"http.request.method":                   func(r *Request) value { return bytesV(r.Method) },
	"http.host":                             func(r *Request) value { return bytesV(r.Host) },
	"http.request.uri.path":                 func(r *Request) value { return bytesV(r.Path) },
	"http.request.uri.query":                func(r *Request) value { return bytesV(r.Query) },
	"http.request.uri":                      func(r *Request) value { return bytesV(r.URI) },
	"http.request.full_uri":                 func(r *Request) value { return bytesV(r.FullURI) },
	"http.request.uri.path.extension":       func(r *Request) value { return bytesV(r.Extension) },
	"http.request.version":                  func(r *Request) value { return bytesV(r.Version) },
	"raw.http.request.uri.path":             func(r *Request) value { return bytesV(r.RawPath) },
	"raw.http.request.uri.query":            func(r *Request) value { return bytesV(r.RawQuery) },
	"raw.http.request.uri":                  func(r *Request) value { return bytesV(r.RawURI) },
	"raw.http.request.full_uri":             func(r *Request) value { return bytesV(r.RawFullURI) },
	"raw.http.request.uri.path.extension":   func(r *Request) value { return bytesV(r.RawExtension) },
	"raw.http.request.uri.args":             func(r *Request) value { return mapV(r.RawArgs) },
	"raw.http.request.uri.args.names":       func(r *Request) value { return strsV(r.RawArgNames) },
	"raw.http.request.uri.args.values":      func(r *Request) value { return strsV(r.RawArgValues) },
	"http.request.headers":                  func(r *Request) value { return mapV(r.Headers) },
	"http.request.headers.names":            func(r *Request) value { return strsV(r.HeaderNames) },
	"http.request.headers.values":           func(r *Request) value { return strsV(r.HeaderValues) },
	"http.request.headers.truncated":        func(r *Request) value { return boolV(r.HeadersTrunc) },
	"http.cookie":                           func(r *Request) value { return bytesV(r.Cookie) },
	"http.request.cookies":                  func(r *Request) value { return mapV(r.Cookies) },
	"http.user_agent":                       func(r *Request) value { return bytesV(r.UserAgent) },
	"http.referer":                          func(r *Request) value { return bytesV(r.Referer) },
	"http.x_forwarded_for":                  func(r *Request) value { return bytesV(r.XFF) },
	"http.request.uri.args":                 func(r *Request) value { return mapV(r.Args) },
	"http.request.uri.args.names":           func(r *Request) value { return strsV(r.ArgNames) },
	"http.request.uri.args.values":          func(r *Request) value { return strsV(r.ArgValues) },
	"http.request.body.raw":                 func(r *Request) value { return bytesV(r.Body) },
	"http.request.body.size":                func(r *Request) value { return intV(r.BodySize) },
	"http.request.body.truncated":           func(r *Request) value { return boolV(r.BodyTruncated) },
	"http.request.body.mime":                func(r *Request) value { return bytesV(r.BodyMIME) },
	"http.request.body.form":                func(r *Request) value { return mapV(r.Form) },
	"http.request.body.form.names":          func(r *Request) value { return strsV(r.FormNames) },
	"http.request.body.form.values":         func(r *Request) value { return strsV(r.FormValues) },
	"ip.src":                                func(r *Request) value { return ipV(r.SrcIP) },
	"ip.src.asnum":                          func(r *Request) value { return intV(r.ASN) },
	"ip.geoip.asnum":                        func(r *Request) value { return intV(r.ASN) },
	"ip.src.country":                        func(r *Request) value { return bytesV(r.Country) },
	"ip.geoip.country":                      func(r *Request) value { return bytesV(r.Country) },
	"ip.src.continent":                      func(r *Request) value { return bytesV(r.Continent) },
	"ip.geoip.continent":                    func(r *Request) value { return bytesV(r.Continent) },
	"ip.src.city":                           func(r *Request) value { return bytesV(r.City) },
	"ip.src.region":                         func(r *Request) value { return bytesV(r.Region) },
	"ip.src.region_code":                    func(r *Request) value { return bytesV(r.RegionCode) },
	"ip.src.postal_code":                    func(r *Request) value { return bytesV(r.PostalCode) },
	"ip.src.metro_code":                     func(r *Request) value { return bytesV(r.MetroCode) },
	"ip.src.lat":                            func(r *Request) value { return bytesV(r.Lat) },
	"ip.src.lon":                            func(r *Request) value { return bytesV(r.Lon) },
	"ip.src.subdivision_1_iso_code":         func(r *Request) value { return bytesV(r.Subdivision1) },
	"ip.geoip.subdivision_1_iso_code":       func(r *Request) value { return bytesV(r.Subdivision1) },
	"ip.src.subdivision_2_iso_code":         func(r *Request) value { return bytesV(r.Subdivision2) },
	"ip.geoip.subdivision_2_iso_code":       func(r *Request) value { return bytesV(r.Subdivision2) },
	"ip.src.is_in_european_union":           func(r *Request) value { return boolV(r.InEU) },
	"ip.geoip.is_in_european_union":         func(r *Request) value { return boolV(r.InEU) },
	"http.request.timestamp.sec":            func(r *Request) value { return intV(r.Timestamp) },
	"http.request.timestamp.msec":           func(r *Request) value { return intV(r.TimestampMsec) },
	"ssl":                                   func(r *Request) value { return boolV(r.SSL) },
	"cf.tls_version":                        func(r *Request) value { return bytesV(r.TLSVersion) },
	"cf.tls_cipher":                         func(r *Request) value { return bytesV(r.TLSCipher) },
	"cf.edge.server_ip":                     func(r *Request) value { return ipV(r.EdgeServerIP) },
	"cf.edge.server_port":                   func(r *Request) value { return intV(r.EdgeServerPort) },
	"cf.bot_management.score":               func(r *Request) value { return intV(r.BotScore) },
	"cf.bot_management.verified_bot":        func(r *Request) value { return boolV(r.VerifiedBot) },
	"cf.client.bot":                         func(r *Request) value { return boolV(r.VerifiedBot) },
	"cf.bot_management.static_resource":     func(r *Request) value { return boolV(r.StaticResource) },
	"cf.bot_management.corporate_proxy":     func(r *Request) value { return boolV(r.CorporateProxy) },
	"cf.bot_management.js_detection.passed": func(r *Request) value { return boolV(r.JSDetectionPassed) },
	"cf.bot_management.ja3_hash":            func(r *Request) value { return bytesV(r.JA3) },
	"cf.bot_management.ja4":                 func(r *Request) value { return bytesV(r.JA4) },
	"cf.bot_management.detection_ids":       func(r *Request) value { return intsV(r.DetectionIDs) },
	"cf.verified_bot_category":              func(r *Request) value { return bytesV(r.VerifiedBotCategory) },
	"cf.threat_score":                       func(r *Request) value { return intV(0) },
	"cf.waf.score":                          func(r *Request) value { return intV(r.WAFScore) },
	"cf.waf.score.sqli":                     func(r *Request) value { return intV(r.WAFScoreSQLi) },
	"cf.waf.score.xss":                      func(r *Request) value { return intV(r.WAFScoreXSS) },
	"cf.waf.score.rce":                      func(r *Request) value { return intV(r.WAFScoreRCE) },
	"cf.waf.score.class":                    func(r *Request) value { return bytesV(r.WAFScoreClass) },
	"http.response.code":                    func(r *Request) value { return intV(r.ResponseCode) },
	"http.response.headers":                 func(r *Request) value { return mapV(r.ResponseHeaders) },
}

// getterFor returns the accessor for a field of the scheme.
func getterFor(fi *FieldInfo) getter {
	if g, ok := structGetters[fi.Name]; ok {
		return g
	}
	name, t := fi.Name, fi.Type
	return func(r *Request) value {
		x, ok := r.Fields[name]
		if !ok {
			return valueOf(t, nil)
		}
		return valueOf(t, x)
	}
}
