package cfsim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/netip"
	"sort"
	"strconv"
	"strings"
	"time"
)

type record struct {
	ID       string
	Type     string
	Name     string
	Content  string
	Proxied  bool
	TTL      int
	Priority *int
	Data     map[string]any
	Comment  string
	Tags     []string
	Settings map[string]any
	// ReadOnly marks a record another Cloudflare product manages (Email
	// Routing's MX and SPF records): shown as meta.read_only and locked,
	// refused by PUT, PATCH, DELETE and batches.
	ReadOnly   bool
	CreatedOn  time.Time
	ModifiedOn time.Time
}

func (r *record) clone() *record {
	c := *r
	c.Tags = append([]string(nil), r.Tags...)
	if r.Priority != nil {
		p := *r.Priority
		c.Priority = &p
	}
	c.Data = cloneMap(r.Data)
	c.Settings = cloneMap(r.Settings)
	return &c
}

func cloneMap(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	b, _ := json.Marshal(m)
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return out
}

// supportedType reports whether the simulator stores records of type t.
func supportedType(t string) bool {
	switch t {
	case "A", "AAAA", "CAA", "CNAME", "HTTPS", "MX", "NS", "PTR", "SRV", "SVCB", "TXT":
		return true
	}
	return false
}

// dataTypes are the record types whose value lives in data.
func dataType(t string) bool { return t == "CAA" || t == "SRV" || t == "HTTPS" || t == "SVCB" }

func proxiable(t string) bool { return t == "A" || t == "AAAA" || t == "CNAME" }

// recordJSON is a record as the API shows it.
type recordJSON struct {
	ID         string         `json:"id"`
	ZoneID     string         `json:"zone_id"`
	ZoneName   string         `json:"zone_name"`
	Name       string         `json:"name"`
	Type       string         `json:"type"`
	Content    string         `json:"content"`
	Proxiable  bool           `json:"proxiable"`
	Proxied    bool           `json:"proxied"`
	TTL        int            `json:"ttl"`
	Locked     bool           `json:"locked"`
	Meta       recordMeta     `json:"meta"`
	Comment    string         `json:"comment,omitempty"`
	Tags       []string       `json:"tags"`
	Settings   map[string]any `json:"settings"`
	Priority   *int           `json:"priority,omitempty"`
	Data       map[string]any `json:"data,omitempty"`
	CreatedOn  string         `json:"created_on"`
	ModifiedOn string         `json:"modified_on"`
}

type recordMeta struct {
	AutoAdded           bool   `json:"auto_added"`
	ManagedByApps       bool   `json:"managed_by_apps"`
	ManagedByArgoTunnel bool   `json:"managed_by_argo_tunnel"`
	ReadOnly            bool   `json:"read_only,omitempty"`
	Source              string `json:"source"`
}

func (rec *record) json(z *zone) recordJSON {
	out := recordJSON{
		ID: rec.ID, ZoneID: z.ID, ZoneName: z.Name, Name: rec.Name, Type: rec.Type, Content: rec.Content,
		Proxiable: proxiable(rec.Type), Proxied: rec.Proxied, TTL: rec.TTL,
		Meta:    recordMeta{Source: "primary", ReadOnly: rec.ReadOnly},
		Locked:  rec.ReadOnly,
		Comment: rec.Comment, Tags: append([]string{}, rec.Tags...), Settings: rec.Settings,
		Priority: rec.Priority, Data: rec.Data,
		CreatedOn: ts(rec.CreatedOn), ModifiedOn: ts(rec.ModifiedOn),
	}
	if out.Settings == nil {
		out.Settings = map[string]any{}
	}
	return out
}

// dnsInvalid is the real API's answer to a record that fails validation:
// code 1004 with the specific reason in error_chain.
func dnsInvalid(code int, format string, args ...any) *httpError {
	return &httpError{status: 400, errs: []apiError{{
		Code: 1004, Message: "DNS Validation Error",
		ErrorChain: []apiError{{Code: code, Message: fmt.Sprintf(format, args...)}},
	}}}
}

// errReadOnly answers a change to a record with meta.read_only. The code is
// the simulator's own: no public source documents the API's.
func errReadOnly(rec *record) *httpError {
	return errf(400, 81040, "Record %s is read only (meta.read_only): another Cloudflare product manages it; change it there (e.g. unlock Email Routing's records first).", rec.ID)
}

// SetRecordReadOnly marks a record read-only (or not), as Email Routing
// does with the MX and SPF records it adds.
func (s *Sim) SetRecordReadOnly(zoneID, recordID string, readOnly bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	z := s.st.zoneByID(zoneID)
	if z == nil {
		return fmt.Errorf("no zone %s", zoneID)
	}
	i := findRecord(z.records, recordID)
	if i < 0 {
		return fmt.Errorf("no record %s in zone %s", recordID, zoneID)
	}
	z.records[i].ReadOnly = readOnly
	return nil
}

func errRecordMissing() *httpError { return errf(404, 81044, "Record does not exist.") }

func (s *Sim) dnsRoutes(route func(string, handlerFunc)) {
	route("GET /zones/{zone_id}/dns_records", s.dnsList)
	route("POST /zones/{zone_id}/dns_records", s.dnsCreate)
	route("GET /zones/{zone_id}/dns_records/export", s.dnsExport)
	route("POST /zones/{zone_id}/dns_records/import", s.dnsImport)
	route("POST /zones/{zone_id}/dns_records/batch", s.dnsBatch)
	route("GET /zones/{zone_id}/dns_records/{record_id}", s.dnsGet)
	route("PUT /zones/{zone_id}/dns_records/{record_id}", s.dnsPut)
	route("PATCH /zones/{zone_id}/dns_records/{record_id}", s.dnsPatch)
	route("DELETE /zones/{zone_id}/dns_records/{record_id}", s.dnsDelete)
}

// normName turns a record name as sent (relative, "@", trailing dot, any case)
// into the fully-qualified lower-case form the API stores.
func normName(name, zoneName string) string {
	n := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(name)), ".")
	if n == "" || n == "@" {
		return zoneName
	}
	if n == zoneName || strings.HasSuffix(n, "."+zoneName) {
		return n
	}
	return n + "." + zoneName
}

func validHostname(h string) bool {
	h = strings.TrimSuffix(h, ".")
	if h == "" || len(h) > 253 {
		return false
	}
	for _, l := range strings.Split(h, ".") {
		if l == "" || len(l) > 63 {
			return false
		}
		for i, c := range l {
			ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || (c == '*' && i == 0 && len(l) == 1)
			if !ok {
				return false
			}
		}
		if strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return false
		}
	}
	return true
}

func numField(v any) (float64, bool) {
	switch x := v.(type) {
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case float64:
		return x, true
	case int:
		return float64(x), true
	case string:
		f, err := strconv.ParseFloat(x, 64)
		return f, err == nil
	}
	return 0, false
}

// applyRecordInput builds a record from a request body. For POST and PUT base
// is a fresh record; for PATCH it is a copy of the stored one.
func applyRecordInput(rec *record, in map[string]any, z *zone, full bool) error {
	str := func(k string) (string, bool, error) {
		v, ok := in[k]
		if !ok || v == nil {
			return "", false, nil
		}
		sv, isStr := v.(string)
		if !isStr {
			return "", true, dnsInvalid(9000, "%s must be a string", k)
		}
		return sv, true, nil
	}
	if t, ok, err := str("type"); err != nil {
		return err
	} else if ok {
		rec.Type = strings.ToUpper(t)
	}
	if n, ok, err := str("name"); err != nil {
		return err
	} else if ok {
		rec.Name = normName(n, z.Name)
	}
	if c, ok, err := str("content"); err != nil {
		return err
	} else if ok {
		rec.Content = c
	}
	if v, ok := in["proxied"]; ok && v != nil {
		b, isBool := v.(bool)
		if !isBool {
			return dnsInvalid(9003, "proxied must be a boolean")
		}
		rec.Proxied = b
	}
	if v, ok := in["ttl"]; ok && v != nil {
		f, isNum := numField(v)
		if !isNum || f != float64(int(f)) {
			return dnsInvalid(9021, "Invalid TTL. Must be between 60 and 86400 seconds, or 1 for Automatic.")
		}
		rec.TTL = int(f)
	} else if full {
		rec.TTL = 1
	}
	if v, ok := in["priority"]; ok && v != nil {
		f, isNum := numField(v)
		if !isNum || f < 0 || f > 65535 || f != float64(int(f)) {
			return dnsInvalid(9100, "Priority must be an integer between 0 and 65535.")
		}
		p := int(f)
		rec.Priority = &p
	}
	if c, ok, err := str("comment"); err != nil {
		return err
	} else if ok {
		if len(c) > 500 {
			return dnsInvalid(9022, "Comment is too long: at most 500 characters.")
		}
		rec.Comment = c
	}
	if v, ok := in["tags"]; ok && v != nil {
		arr, isArr := v.([]any)
		if !isArr {
			return dnsInvalid(9023, "tags must be an array of strings")
		}
		rec.Tags = rec.Tags[:0]
		for _, t := range arr {
			ts, isStr := t.(string)
			if !isStr {
				return dnsInvalid(9023, "tags must be an array of strings")
			}
			rec.Tags = append(rec.Tags, ts)
		}
	}
	if v, ok := in["settings"]; ok && v != nil {
		m, isMap := v.(map[string]any)
		if !isMap {
			return dnsInvalid(9024, "settings must be an object")
		}
		for k, sv := range m {
			if k != "flatten_cname" && k != "ipv4_only" && k != "ipv6_only" {
				return dnsInvalid(9024, "unknown record setting %q; accepted: flatten_cname, ipv4_only, ipv6_only", k)
			}
			if _, isBool := sv.(bool); !isBool {
				return dnsInvalid(9024, "settings.%s must be a boolean", k)
			}
		}
		rec.Settings = cloneMap(m)
	}
	if v, ok := in["data"]; ok && v != nil {
		m, isMap := v.(map[string]any)
		if !isMap {
			return dnsInvalid(9025, "data must be an object")
		}
		rec.Data = cloneMap(m)
	}
	return validateRecord(rec, z)
}

func validateRecord(rec *record, z *zone) error {
	if rec.Type == "" {
		return dnsInvalid(9020, "Invalid DNS record type")
	}
	if !supportedType(rec.Type) {
		return dnsInvalid(9020, "Invalid DNS record type %q: the simulator accepts A, AAAA, CAA, CNAME, MX, NS, PTR, SRV, TXT", rec.Type)
	}
	if rec.Name == "" {
		return dnsInvalid(9000, "DNS name is invalid.")
	}
	if len(rec.Name) > 255 || !validHostname(rec.Name) {
		return dnsInvalid(9000, "DNS name is invalid.")
	}
	if rec.TTL != 1 && (rec.TTL < 60 || rec.TTL > 86400) {
		return dnsInvalid(9021, "Invalid TTL. Must be between 60 and 86400 seconds, or 1 for Automatic.")
	}
	if rec.Proxied && !proxiable(rec.Type) {
		return dnsInvalid(9004, "This record type cannot be proxied.")
	}
	if rec.Proxied {
		rec.TTL = 1
	}
	// Fields another type used (a PATCH may change the type) do not carry over.
	if rec.Type != "MX" && rec.Type != "SRV" {
		rec.Priority = nil
	}
	if !dataType(rec.Type) {
		rec.Data = nil
	}
	if rec.Settings["flatten_cname"] == true && rec.Type != "CNAME" {
		return dnsInvalid(9024, "settings.flatten_cname applies to CNAME records only")
	}
	if rec.Settings["ipv4_only"] == true && rec.Settings["ipv6_only"] == true {
		return dnsInvalid(9024, "settings.ipv4_only and settings.ipv6_only cannot both be true")
	}
	switch rec.Type {
	case "A":
		a, err := netip.ParseAddr(rec.Content)
		if err != nil || !a.Is4() {
			return dnsInvalid(9005, "Content for A record must be a valid IPv4 address.")
		}
	case "AAAA":
		a, err := netip.ParseAddr(rec.Content)
		if err != nil || !a.Is6() || a.Is4In6() {
			return dnsInvalid(9006, "Content for AAAA record must be a valid IPv6 address.")
		}
		rec.Content = a.String()
	case "CNAME", "NS", "PTR":
		rec.Content = strings.TrimSuffix(strings.ToLower(rec.Content), ".")
		if !validHostname(rec.Content) {
			return dnsInvalid(9007, "Content for %s record is invalid. Must be a valid hostname.", rec.Type)
		}
		if rec.Type == "CNAME" && rec.Content == rec.Name {
			return dnsInvalid(9039, "CNAME content cannot reference itself.")
		}
	case "MX":
		rec.Content = strings.TrimSuffix(strings.ToLower(rec.Content), ".")
		if !validHostname(rec.Content) {
			return dnsInvalid(9101, "Content for MX record must be a hostname.")
		}
		if rec.Priority == nil {
			return dnsInvalid(9100, "MX records require a priority between 0 and 65535.")
		}
	case "TXT":
		if rec.Content == "" {
			return dnsInvalid(9008, "Content for TXT record is required.")
		}
		if len(rec.Content) > 2048 {
			return dnsInvalid(9009, "Content for TXT record is too long: at most 2048 characters.")
		}
	case "CAA":
		if rec.Data == nil {
			return dnsInvalid(9041, "CAA records require data with flags, tag and value.")
		}
		flags, ok := numField(rec.Data["flags"])
		if rec.Data["flags"] == nil {
			flags, ok = 0, true
		}
		tag, _ := rec.Data["tag"].(string)
		val, _ := rec.Data["value"].(string)
		if !ok || flags < 0 || flags > 255 {
			return dnsInvalid(9041, "CAA flags must be between 0 and 255.")
		}
		if tag != "issue" && tag != "issuewild" && tag != "iodef" {
			return dnsInvalid(9041, "CAA tag must be one of issue, issuewild, iodef.")
		}
		if val == "" {
			return dnsInvalid(9041, "CAA value is required.")
		}
		rec.Data = map[string]any{"flags": int(flags), "tag": tag, "value": val}
		rec.Content = fmt.Sprintf("%d %s \"%s\"", int(flags), tag, val)
	case "SRV":
		labels := strings.Split(rec.Name, ".")
		if len(labels) < 3 || !strings.HasPrefix(labels[0], "_") || !strings.HasPrefix(labels[1], "_") {
			return dnsInvalid(9016, "SRV record name must be _service._proto.name.")
		}
		if rec.Data == nil {
			return dnsInvalid(9016, "SRV records require data with priority, weight, port and target.")
		}
		get := func(k string, max float64) (int, error) {
			f, ok := numField(rec.Data[k])
			if !ok || f < 0 || f > max || f != float64(int(f)) {
				return 0, dnsInvalid(9016, "SRV %s must be an integer between 0 and %d.", k, int(max))
			}
			return int(f), nil
		}
		prio, err := get("priority", 65535)
		if err != nil {
			if rec.Priority == nil {
				return err
			}
			prio = *rec.Priority
		}
		weight, err := get("weight", 65535)
		if err != nil {
			return err
		}
		port, err := get("port", 65535)
		if err != nil {
			return err
		}
		target, _ := rec.Data["target"].(string)
		target = strings.TrimSuffix(strings.ToLower(target), ".")
		if !validHostname(target) && target != "" {
			return dnsInvalid(9016, "SRV target must be a hostname.")
		}
		if target == "" {
			target = "."
		}
		rec.Priority = &prio
		rec.Data = map[string]any{"priority": prio, "weight": weight, "port": port, "target": target}
		rec.Content = fmt.Sprintf("%d %d %s", weight, port, target)
	case "HTTPS", "SVCB":
		if rec.Data == nil {
			return dnsInvalid(9016, "%s records require data with priority, target and value.", rec.Type)
		}
		prio, ok := numField(rec.Data["priority"])
		if !ok || prio < 0 || prio > 65535 || prio != float64(int(prio)) {
			return dnsInvalid(9016, "%s priority must be an integer between 0 and 65535.", rec.Type)
		}
		target, _ := rec.Data["target"].(string)
		target = strings.TrimSuffix(strings.ToLower(target), ".")
		if target != "" && !validHostname(target) {
			return dnsInvalid(9016, "%s target must be a hostname or \".\".", rec.Type)
		}
		if target == "" {
			target = "."
		}
		value, isStr := rec.Data["value"].(string)
		if rec.Data["value"] != nil && !isStr {
			return dnsInvalid(9016, "%s value must be a string of SvcParams such as alpn=\"h3,h2\".", rec.Type)
		}
		rec.Data = map[string]any{"priority": int(prio), "target": target, "value": value}
		rec.Content = strings.TrimSpace(fmt.Sprintf("%d %s %s", int(prio), target, value))
	}
	return nil
}

// conflict reports the real API's answer when rec cannot coexist with the
// other records of the zone (others excludes rec itself).
func conflict(rec *record, others []*record) error {
	for _, o := range others {
		if o.ID == rec.ID || o.Name != rec.Name {
			continue
		}
		if o.Type == rec.Type && strings.EqualFold(o.Content, rec.Content) &&
			(rec.Type != "MX" || eqPrio(o.Priority, rec.Priority)) {
			return errf(400, 81057, "Record already exists.")
		}
		if rec.Type == "CNAME" && o.Type != "CNAME" {
			return errf(400, 81053, "An A, AAAA, or CNAME record with that host already exists.")
		}
		if rec.Type == "CNAME" && o.Type == "CNAME" {
			return errf(400, 81053, "An A, AAAA, or CNAME record with that host already exists.")
		}
		if rec.Type != "CNAME" && o.Type == "CNAME" {
			return errf(400, 81054, "A CNAME record with that host already exists.")
		}
	}
	return nil
}

func eqPrio(a, b *int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func findRecord(recs []*record, id string) int {
	for i, r := range recs {
		if r.ID == id {
			return i
		}
	}
	return -1
}

// ---- handlers ----

type strFilter struct{ exact, contains, starts, ends string }

func parseStrFilter(q map[string][]string, key string) (strFilter, bool) {
	get := func(k string) string {
		if v := q[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	f := strFilter{exact: get(key), contains: get(key + ".contains"), starts: get(key + ".startswith"), ends: get(key + ".endswith")}
	if e := get(key + ".exact"); e != "" {
		f.exact = e
	}
	return f, f != strFilter{}
}

func (f strFilter) match(v string) bool {
	lv := strings.ToLower(v)
	if f.exact != "" && lv != strings.ToLower(strings.TrimSuffix(f.exact, ".")) {
		return false
	}
	if f.contains != "" && !strings.Contains(lv, strings.ToLower(f.contains)) {
		return false
	}
	if f.starts != "" && !strings.HasPrefix(lv, strings.ToLower(f.starts)) {
		return false
	}
	if f.ends != "" && !strings.HasSuffix(lv, strings.ToLower(f.ends)) {
		return false
	}
	return true
}

func (s *Sim) dnsList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	var preds []func(*record) bool
	if t := q.Get("type"); t != "" {
		t = strings.ToUpper(t)
		if !supportedType(t) && t != "HTTPS" && t != "SVCB" && t != "DS" && t != "DNSKEY" && t != "LOC" && t != "NAPTR" && t != "CERT" && t != "SMIMEA" && t != "SSHFP" && t != "TLSA" && t != "URI" {
			return dnsInvalid(9020, "Invalid DNS record type %q", t)
		}
		preds = append(preds, func(rec *record) bool { return rec.Type == t })
	}
	if f, ok := parseStrFilter(q, "name"); ok {
		preds = append(preds, func(rec *record) bool { return f.match(rec.Name) })
	}
	if f, ok := parseStrFilter(q, "content"); ok {
		preds = append(preds, func(rec *record) bool { return f.match(rec.Content) })
	}
	if f, ok := parseStrFilter(q, "comment"); ok {
		preds = append(preds, func(rec *record) bool { return f.match(rec.Comment) })
	}
	if q.Has("comment.present") {
		preds = append(preds, func(rec *record) bool { return rec.Comment != "" })
	}
	if q.Has("comment.absent") {
		preds = append(preds, func(rec *record) bool { return rec.Comment == "" })
	}
	if tp := tagPreds(q); len(tp) > 0 {
		if q.Get("tag_match") == "any" {
			preds = append(preds, func(rec *record) bool {
				for _, p := range tp {
					if p(rec) {
						return true
					}
				}
				return false
			})
		} else {
			preds = append(preds, tp...)
		}
	}
	if p := q.Get("proxied"); p != "" {
		want, err := strconv.ParseBool(p)
		if err != nil {
			return errf(400, 1004, "proxied must be true or false")
		}
		preds = append(preds, func(rec *record) bool { return rec.Proxied == want })
	}
	if sq := strings.ToLower(q.Get("search")); sq != "" {
		preds = append(preds, func(rec *record) bool {
			return strings.Contains(strings.ToLower(rec.Name), sq) || strings.Contains(strings.ToLower(rec.Content), sq) || strings.Contains(strings.ToLower(rec.Comment), sq)
		})
	}
	matchAny := q.Get("match") == "any"
	order := q.Get("order")
	switch order {
	case "", "type", "name", "content", "ttl", "proxied":
	default:
		return errf(400, 1004, "order must be one of type, name, content, ttl, proxied")
	}
	desc := q.Get("direction") == "desc"

	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	var recs []*record
	for _, rec := range z.records {
		ok := !matchAny || len(preds) == 0
		for _, p := range preds {
			if matchAny {
				if p(rec) {
					ok = true
					break
				}
			} else if !p(rec) {
				ok = false
				break
			}
		}
		if ok {
			recs = append(recs, rec)
		}
	}
	key := func(rec *record) string {
		switch order {
		case "name":
			return rec.Name + "\x00" + rec.Type + "\x00" + rec.Content
		case "content":
			return rec.Content + "\x00" + rec.Type + "\x00" + rec.Name
		case "ttl":
			return fmt.Sprintf("%06d\x00%s\x00%s", rec.TTL, rec.Type, rec.Name)
		case "proxied":
			return fmt.Sprintf("%t\x00%s\x00%s", rec.Proxied, rec.Type, rec.Name)
		}
		return rec.Type + "\x00" + rec.Name + "\x00" + rec.Content
	}
	keys := make(map[*record]string, len(recs))
	for _, rec := range recs {
		keys[rec] = key(rec)
	}
	sort.SliceStable(recs, func(i, j int) bool {
		if desc {
			return keys[recs[i]] > keys[recs[j]]
		}
		return keys[recs[i]] < keys[recs[j]]
	})
	page, info, err := paginate(recs, r, 100, 5000)
	if err != nil {
		return err
	}
	out := make([]recordJSON, 0, len(page))
	for _, rec := range page {
		out = append(out, rec.json(z))
	}
	writeList(w, out, info)
	return nil
}

func (s *Sim) dnsGet(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	i := findRecord(z.records, r.PathValue("record_id"))
	if i < 0 {
		return errRecordMissing()
	}
	writeOK(w, z.records[i].json(z))
	return nil
}

// createRecord validates and appends a new record to recs. Caller holds s.mu.
func (s *Sim) createRecord(z *zone, recs []*record, in map[string]any) (*record, []*record, error) {
	now := s.Now()
	rec := &record{CreatedOn: now, ModifiedOn: now}
	if err := applyRecordInput(rec, in, z, true); err != nil {
		return nil, recs, err
	}
	if rec.Content == "" && !dataType(rec.Type) {
		return nil, recs, dnsInvalid(9008, "Content for %s record is required.", rec.Type)
	}
	if err := conflict(rec, recs); err != nil {
		return nil, recs, err
	}
	rec.ID = s.newID("dns")
	return rec, append(recs, rec), nil
}

func (s *Sim) replaceRecord(z *zone, recs []*record, id string, in map[string]any, patch bool) (*record, error) {
	i := findRecord(recs, id)
	if i < 0 {
		return nil, errRecordMissing()
	}
	old := recs[i]
	if old.ReadOnly {
		return nil, errReadOnly(old)
	}
	var rec *record
	if patch {
		rec = old.clone()
	} else {
		rec = &record{}
	}
	if err := applyRecordInput(rec, in, z, !patch); err != nil {
		return nil, err
	}
	if rec.Content == "" && !dataType(rec.Type) {
		return nil, dnsInvalid(9008, "Content for %s record is required.", rec.Type)
	}
	rec.ID, rec.CreatedOn, rec.ModifiedOn = old.ID, old.CreatedOn, s.Now()
	if err := conflict(rec, recs); err != nil {
		return nil, err
	}
	recs[i] = rec
	return rec, nil
}

func (s *Sim) dnsCreate(w http.ResponseWriter, r *http.Request) error {
	var in map[string]any
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	rec, recs, err := s.createRecord(z, z.records, in)
	if err != nil {
		return err
	}
	z.records = recs
	s.audit("add", "DNS_record", rec.ID, z.Name, recMeta(rec), "", "")
	writeOK(w, rec.json(z))
	return nil
}

func (s *Sim) dnsPut(w http.ResponseWriter, r *http.Request) error   { return s.dnsReplace(w, r, false) }
func (s *Sim) dnsPatch(w http.ResponseWriter, r *http.Request) error { return s.dnsReplace(w, r, true) }

func (s *Sim) dnsReplace(w http.ResponseWriter, r *http.Request, patch bool) error {
	var in map[string]any
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	recs := append([]*record(nil), z.records...)
	rec, err := s.replaceRecord(z, recs, r.PathValue("record_id"), in, patch)
	if err != nil {
		return err
	}
	z.records = recs
	s.audit("update", "DNS_record", rec.ID, z.Name, recMeta(rec), "", "")
	writeOK(w, rec.json(z))
	return nil
}

func (s *Sim) dnsDelete(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	id := r.PathValue("record_id")
	i := findRecord(z.records, id)
	if i < 0 {
		return errRecordMissing()
	}
	if z.records[i].ReadOnly {
		return errReadOnly(z.records[i])
	}
	s.audit("delete", "DNS_record", id, z.Name, recMeta(z.records[i]), "", "")
	z.records = append(z.records[:i:i], z.records[i+1:]...)
	writeOK(w, map[string]any{"id": id})
	return nil
}

// dnsBatch applies deletes, then patches, then puts, then posts — the real
// API's order — all or nothing: any failing operation leaves the zone unchanged.
func (s *Sim) dnsBatch(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Deletes []map[string]any `json:"deletes"`
		Patches []map[string]any `json:"patches"`
		Puts    []map[string]any `json:"puts"`
		Posts   []map[string]any `json:"posts"`
	}
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	total := len(in.Deletes) + len(in.Patches) + len(in.Puts) + len(in.Posts)
	if total == 0 {
		return errf(400, 1004, "DNS Validation Error: batch contains no operations")
	}
	if total > 200 {
		return errf(400, 1004, "DNS Validation Error: a batch holds at most 200 operations")
	}
	interruptAfter := -1
	if v, ok := r.Context().Value(partialBatchKey{}).(int); ok {
		interruptAfter = max(v, 0)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	work := make([]*record, len(z.records))
	copy(work, z.records)
	res := map[string][]recordJSON{"deletes": {}, "patches": {}, "puts": {}, "posts": {}}
	done := 0
	interrupted := func() bool {
		if interruptAfter >= 0 && done >= interruptAfter {
			z.records = work // the operations before the interruption stay applied
			return true
		}
		return false
	}
	opErr := func(kind string, i int, err error) error {
		he, ok := err.(*httpError)
		if !ok {
			return err
		}
		out := &httpError{status: he.status}
		for _, e := range he.errs {
			e.Message = fmt.Sprintf("%s[%d]: %s", kind, i, e.Message)
			out.errs = append(out.errs, e)
		}
		return out
	}
	idOf := func(m map[string]any) string { s, _ := m["id"].(string); return s }
	for i, d := range in.Deletes {
		if interrupted() {
			return batchInterrupted(done, total)
		}
		j := findRecord(work, idOf(d))
		if j < 0 {
			return opErr("deletes", i, errRecordMissing())
		}
		if work[j].ReadOnly {
			return opErr("deletes", i, errReadOnly(work[j]))
		}
		res["deletes"] = append(res["deletes"], work[j].json(z))
		work = append(work[:j:j], work[j+1:]...)
		done++
	}
	for _, kind := range []string{"patches", "puts"} {
		ops := in.Patches
		if kind == "puts" {
			ops = in.Puts
		}
		for i, p := range ops {
			if interrupted() {
				return batchInterrupted(done, total)
			}
			body := make(map[string]any, len(p))
			for k, v := range p {
				if k != "id" {
					body[k] = v
				}
			}
			rec, err := s.replaceRecord(z, work, idOf(p), body, kind == "patches")
			if err != nil {
				return opErr(kind, i, err)
			}
			res[kind] = append(res[kind], rec.json(z))
			done++
		}
	}
	for i, p := range in.Posts {
		if interrupted() {
			return batchInterrupted(done, total)
		}
		rec, recs, err := s.createRecord(z, work, p)
		if err != nil {
			return opErr("posts", i, err)
		}
		work = recs
		res["posts"] = append(res["posts"], rec.json(z))
		done++
	}
	z.records = work
	s.audit("batch", "DNS_records", z.ID, z.Name, map[string]any{"deletes": len(in.Deletes), "patches": len(in.Patches), "puts": len(in.Puts), "posts": len(in.Posts)}, "", "")
	writeOK(w, res)
	return nil
}

func batchInterrupted(done, total int) error {
	return errf(500, 1002, "Internal error: batch interrupted after %d of %d operations", done, total)
}

func recMeta(rec *record) map[string]any {
	return map[string]any{"name": rec.Name, "type": rec.Type, "content": rec.Content, "proxied": rec.Proxied}
}

// tagPreds reads the tag filters: tag.exact=name:value, tag.present=name,
// tag.absent=name, tag.contains/startswith/endswith=name:part (on the value).
func tagPreds(q map[string][]string) []func(*record) bool {
	var out []func(*record) bool
	get := func(k string) string {
		if v := q[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	anyTag := func(rec *record, f func(name, value string) bool) bool {
		for _, t := range rec.Tags {
			n, v, _ := strings.Cut(t, ":")
			if f(n, v) {
				return true
			}
		}
		return false
	}
	if x := get("tag.exact"); x != "" {
		out = append(out, func(rec *record) bool {
			return anyTag(rec, func(n, v string) bool { return n+":"+v == x || n == x && v == "" })
		})
	}
	if x := get("tag.present"); x != "" {
		out = append(out, func(rec *record) bool { return anyTag(rec, func(n, _ string) bool { return n == x }) })
	}
	if x := get("tag.absent"); x != "" {
		out = append(out, func(rec *record) bool { return !anyTag(rec, func(n, _ string) bool { return n == x }) })
	}
	for op, f := range map[string]func(string, string) bool{"contains": strings.Contains, "startswith": strings.HasPrefix, "endswith": strings.HasSuffix} {
		if x := get("tag." + op); x != "" {
			name, part, _ := strings.Cut(x, ":")
			out = append(out, func(rec *record) bool { return anyTag(rec, func(n, v string) bool { return n == name && f(v, part) }) })
		}
	}
	return out
}
