package cfsim

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"
)

// Analytics rows: one map per firewall event or per sampled HTTP request
// group. datetime is a time.Time; "_weight" (HTTP samples) is how many
// requests the row stands for.
type fwEvent map[string]any
type httpSample map[string]any

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path,omitempty"`
	Extensions map[string]any `json:"extensions,omitempty"`
}

func (e *gqlError) Error() string { return e.Message }

func gqlErrf(path []any, code, format string, args ...any) *gqlError {
	return &gqlError{Message: fmt.Sprintf(format, args...), Path: append([]any(nil), path...), Extensions: map[string]any{"code": code}}
}

type dataset struct {
	groups bool
	fields map[string]bool // scalar fields (events) or dimensions (groups)
	sums   map[string]bool
	rows   func(s *Sim, zoneID string) []map[string]any
}

var timeDims = []string{"datetimeMinute", "datetimeFiveMinutes", "datetimeFifteenMinutes", "datetimeHour", "date"}

var fwFields = []string{"action", "clientAsn", "clientASNDescription", "clientCountryName", "clientIP", "clientRequestHTTPHost",
	"clientRequestHTTPMethodName", "clientRequestHTTPProtocol", "clientRequestPath", "clientRequestQuery", "clientRequestScheme",
	"datetime", "description", "edgeColoName", "edgeResponseStatus", "kind", "matchIndex", "originResponseStatus", "rayName",
	"ruleId", "rulesetId", "source", "userAgent"}

var httpDims = []string{"datetime", "cacheStatus", "clientAsn", "clientCountryName", "clientIP", "clientRequestHTTPHost",
	"clientRequestHTTPMethodName", "clientRequestPath", "clientRequestQuery", "clientRequestScheme", "edgeResponseStatus", "requestSource",
	"securityAction", "securitySource", "userAgent"}

func set(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, x := range l {
			m[x] = true
		}
	}
	return m
}

var (
	datasetsOnce sync.Once
	datasetTable map[string]*dataset
)

// datasetNamed returns the analytics dataset a zone field names, or nil.
// The table is built on first use.
func datasetNamed(name string) *dataset {
	datasetsOnce.Do(func() { datasetTable = newDatasets() })
	return datasetTable[name]
}

func newDatasets() map[string]*dataset {
	return map[string]*dataset{
		"firewallEventsAdaptive":       {fields: set(fwFields), rows: fwRows},
		"firewallEventsAdaptiveGroups": {groups: true, fields: set(fwFields, timeDims), rows: fwRows},
		"httpRequestsAdaptiveGroups": {groups: true, fields: set(httpDims, timeDims),
			sums: set([]string{"edgeResponseBytes", "visits", "edgeTimeToFirstByteMs"}), rows: func(s *Sim, z string) []map[string]any {
				var out []map[string]any
				for _, e := range s.st.httpGroups {
					if e["zoneTag"] == z {
						out = append(out, e)
					}
				}
				return out
			}},
	}
}

func fwRows(s *Sim, z string) []map[string]any {
	var out []map[string]any
	for _, e := range s.st.fwEvents {
		if e["zoneTag"] == z {
			out = append(out, e)
		}
	}
	return out
}

// derived returns a row's value for a field, computing the time buckets.
func derived(row map[string]any, f string) any {
	t, _ := row["datetime"].(time.Time)
	switch f {
	case "datetimeMinute":
		return t.Truncate(time.Minute)
	case "datetimeFiveMinutes":
		return t.Truncate(5 * time.Minute)
	case "datetimeFifteenMinutes":
		return t.Truncate(15 * time.Minute)
	case "datetimeHour":
		return t.Truncate(time.Hour)
	case "date":
		return t.Format("2006-01-02")
	}
	return row[f]
}

func outValue(v any) any {
	if t, ok := v.(time.Time); ok {
		return t.UTC().Format(time.RFC3339)
	}
	return v
}

func (s *Sim) graphql(w http.ResponseWriter, r *http.Request) error {
	var req struct {
		Query         string         `json:"query"`
		Variables     map[string]any `json:"variables"`
		OperationName string         `json:"operationName"`
	}
	if err := decodeBody(r, &req); err != nil {
		writeJSON(w, 400, map[string]any{"data": nil, "errors": []*gqlError{gqlErrf(nil, "BAD_REQUEST", "request body must be JSON {\"query\", \"variables\"}")}})
		return nil
	}
	data, gerr := s.execGraphQL(req.Query, req.Variables)
	if gerr != nil {
		writeJSON(w, 200, map[string]any{"data": nil, "errors": []*gqlError{gerr}})
		return nil
	}
	writeJSON(w, 200, map[string]any{"data": data, "errors": nil})
	return nil
}

func (s *Sim) execGraphQL(query string, vars map[string]any) (map[string]any, *gqlError) {
	if strings.TrimSpace(query) == "" {
		return nil, gqlErrf(nil, "BAD_REQUEST", "query is required")
	}
	doc, err := parseGraphQL(query)
	if err != nil {
		return nil, gqlErrf(nil, "GRAPHQL_PARSE_FAILED", "%v", err)
	}
	resolved := map[string]any{}
	for _, d := range doc.Vars {
		v, ok := vars[d.Name]
		if !ok || v == nil {
			if d.Default != nil {
				dv, _ := d.Default.resolve(nil)
				v, ok = dv, true
			}
		}
		if (!ok || v == nil) && strings.HasSuffix(d.Type, "!") {
			return nil, gqlErrf(nil, "GRAPHQL_VALIDATION_FAILED", "variable $%s of type %s was not provided", d.Name, d.Type)
		}
		resolved[d.Name] = v
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ensureAnalytics()
	out := map[string]any{}
	for _, f := range doc.Sel {
		switch f.Name {
		case "viewer":
			v, err := s.gqlViewer(f, resolved)
			if err != nil {
				return nil, err
			}
			out[f.key()] = v
		case "__typename":
			out[f.key()] = "Query"
		default:
			return nil, gqlErrf([]any{f.key()}, "GRAPHQL_VALIDATION_FAILED", "unknown field %q on type \"Query\"", f.Name)
		}
	}
	return out, nil
}

func argValue(f *gqlField, name string, vars map[string]any) (any, bool, error) {
	v, ok := f.Args[name]
	if !ok {
		return nil, false, nil
	}
	x, err := v.resolve(vars)
	return x, true, err
}

func (s *Sim) gqlViewer(f *gqlField, vars map[string]any) (map[string]any, *gqlError) {
	out := map[string]any{}
	path := []any{f.key()}
	for _, sf := range f.Sel {
		p := append(path, sf.key())
		switch sf.Name {
		case "zones":
			zones, err := s.gqlZones(sf, vars, p)
			if err != nil {
				return nil, err
			}
			out[sf.key()] = zones
		case "__typename":
			out[sf.key()] = "viewer"
		case "accounts":
			return nil, gqlErrf(p, "GRAPHQL_VALIDATION_FAILED", "viewer.accounts is not served by the simulator; query viewer.zones")
		default:
			return nil, gqlErrf(p, "GRAPHQL_VALIDATION_FAILED", "unknown field %q on type \"viewer\"", sf.Name)
		}
	}
	return out, nil
}

func (s *Sim) gqlZones(f *gqlField, vars map[string]any, path []any) ([]any, *gqlError) {
	fv, _, err := argValue(f, "filter", vars)
	if err != nil {
		return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "%v", err)
	}
	filter, _ := fv.(map[string]any)
	var tags []string
	if t, ok := filter["zoneTag"].(string); ok {
		tags = append(tags, t)
	}
	if in, ok := filter["zoneTag_in"].([]any); ok {
		for _, t := range in {
			if ts, ok := t.(string); ok {
				tags = append(tags, ts)
			}
		}
	}
	for k := range filter {
		if k != "zoneTag" && k != "zoneTag_in" {
			return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "unknown filter field %q on zones (use zoneTag or zoneTag_in)", k)
		}
	}
	if len(tags) == 0 {
		return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "zones needs filter: {zoneTag: …} or {zoneTag_in: […]}")
	}
	var out []any
	for i, tag := range tags {
		z := s.st.zoneByID(tag)
		zp := append(append([]any(nil), path...), i)
		if z == nil {
			return nil, gqlErrf(zp, "authz", "zone %q does not exist or is not accessible with this token", tag)
		}
		obj := map[string]any{}
		for _, df := range f.Sel {
			dp := append(append([]any(nil), zp...), df.key())
			switch df.Name {
			case "zoneTag":
				obj[df.key()] = z.ID
			case "__typename":
				obj[df.key()] = "zone"
			default:
				ds := datasetNamed(df.Name)
				if ds == nil {
					return nil, gqlErrf(dp, "GRAPHQL_VALIDATION_FAILED", "unknown field %q on type \"zone\"; the simulator serves httpRequestsAdaptiveGroups, firewallEventsAdaptive and firewallEventsAdaptiveGroups", df.Name)
				}
				res, gerr := s.gqlDataset(ds, df, z.ID, vars, dp)
				if gerr != nil {
					return nil, gerr
				}
				obj[df.key()] = res
			}
		}
		out = append(out, obj)
	}
	return out, nil
}

// compare orders two field values: times, numbers, then strings.
func compare(a, b any) (int, bool) {
	switch x := a.(type) {
	case time.Time:
		var y time.Time
		switch v := b.(type) {
		case time.Time:
			y = v
		case string:
			t, err := time.Parse(time.RFC3339Nano, v)
			if err != nil {
				return 0, false
			}
			y = t
		default:
			return 0, false
		}
		return x.Compare(y), true
	case int, int64, float64:
		xf, _ := numField(x)
		yf, ok := numField(b)
		if !ok {
			return 0, false
		}
		switch {
		case xf < yf:
			return -1, true
		case xf > yf:
			return 1, true
		}
		return 0, true
	case string:
		y, ok := b.(string)
		if !ok {
			return 0, false
		}
		return strings.Compare(x, y), true
	}
	return 0, false
}

func likeMatch(pattern, s string) bool {
	// SQL LIKE with % wildcards, as the analytics API's _like filters.
	parts := strings.Split(pattern, "%")
	if len(parts) == 1 {
		return s == pattern
	}
	if !strings.HasPrefix(s, parts[0]) {
		return false
	}
	s = s[len(parts[0]):]
	for i := 1; i < len(parts)-1; i++ {
		j := strings.Index(s, parts[i])
		if j < 0 {
			return false
		}
		s = s[j+len(parts[i]):]
	}
	return strings.HasSuffix(s, parts[len(parts)-1])
}

var filterOps = []string{"_geq", "_gt", "_leq", "_lt", "_neq", "_notin", "_in", "_notlike", "_like"}

// buildFilter turns a dataset filter object into a predicate.
func buildFilter(ds *dataset, filter map[string]any, zoneID string, path []any) (func(map[string]any) bool, *gqlError) {
	var preds []func(map[string]any) bool
	for k, v := range filter {
		switch k {
		case "AND", "OR":
			list, ok := v.([]any)
			if !ok {
				return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "%s takes a list of filters", k)
			}
			var subs []func(map[string]any) bool
			for _, item := range list {
				m, ok := item.(map[string]any)
				if !ok {
					return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "%s takes a list of filters", k)
				}
				p, err := buildFilter(ds, m, zoneID, path)
				if err != nil {
					return nil, err
				}
				subs = append(subs, p)
			}
			or := k == "OR"
			preds = append(preds, func(row map[string]any) bool {
				for _, p := range subs {
					if p(row) == or {
						return or
					}
				}
				return !or || len(subs) == 0
			})
			continue
		case "zoneTag":
			if v != zoneID {
				preds = append(preds, func(map[string]any) bool { return false })
			}
			continue
		}
		field, op := k, ""
		for _, o := range filterOps {
			if strings.HasSuffix(k, o) {
				field, op = strings.TrimSuffix(k, o), o
				break
			}
		}
		if !ds.fields[field] {
			return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "unknown filter field %q", k)
		}
		want := v
		if s, ok := want.(string); ok && (field == "datetime" || strings.HasPrefix(field, "datetime")) {
			t, err := time.Parse(time.RFC3339Nano, s)
			if err != nil {
				return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "%s: %q is not an RFC 3339 time", k, s)
			}
			want = t
		}
		if list, ok := want.([]any); ok && (op == "_in" || op == "_notin") {
			in := op == "_in"
			preds = append(preds, func(row map[string]any) bool {
				got := derived(row, field)
				for _, x := range list {
					if c, ok := compare(got, x); ok && c == 0 {
						return in
					}
				}
				return !in
			})
			continue
		} else if op == "_in" || op == "_notin" {
			return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "%s takes a list", k)
		}
		o := op
		preds = append(preds, func(row map[string]any) bool {
			got := derived(row, field)
			if o == "_like" || o == "_notlike" {
				gs, _ := got.(string)
				ws, _ := want.(string)
				return likeMatch(ws, gs) == (o == "_like")
			}
			c, ok := compare(got, want)
			if !ok {
				return false
			}
			switch o {
			case "":
				return c == 0
			case "_neq":
				return c != 0
			case "_gt":
				return c > 0
			case "_geq":
				return c >= 0
			case "_lt":
				return c < 0
			case "_leq":
				return c <= 0
			}
			return false
		})
	}
	return func(row map[string]any) bool {
		for _, p := range preds {
			if !p(row) {
				return false
			}
		}
		return true
	}, nil
}

type orderKey struct {
	key  string
	desc bool
}

func (s *Sim) gqlDataset(ds *dataset, f *gqlField, zoneID string, vars map[string]any, path []any) ([]any, *gqlError) {
	for a := range f.Args {
		if a != "filter" && a != "limit" && a != "orderBy" {
			return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "unknown argument %q on %s", a, f.Name)
		}
	}
	lv, hasLimit, err := argValue(f, "limit", vars)
	if err != nil {
		return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "%v", err)
	}
	if !hasLimit {
		return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "%s needs a limit (1 to 10000)", f.Name)
	}
	limf, ok := numField(lv)
	if !ok || limf < 1 || limf > 10000 || limf != float64(int(limf)) {
		return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "limit must be an integer from 1 to 10000")
	}
	limit := int(limf)
	fv, _, err := argValue(f, "filter", vars)
	if err != nil {
		return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "%v", err)
	}
	filter := map[string]any{}
	if fv != nil {
		m, ok := fv.(map[string]any)
		if !ok {
			return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "filter must be an object")
		}
		filter = m
	}
	pred, gerr := buildFilter(ds, filter, zoneID, path)
	if gerr != nil {
		return nil, gerr
	}
	var order []orderKey
	ov, _, err := argValue(f, "orderBy", vars)
	if err != nil {
		return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "%v", err)
	}
	var olist []any
	switch x := ov.(type) {
	case nil:
	case string:
		olist = []any{x}
	case []any:
		olist = x
	default:
		return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "orderBy must be a list of FIELD_ASC / FIELD_DESC")
	}
	for _, o := range olist {
		str, _ := o.(string)
		k, dir, ok := cutLast(str, "_")
		if !ok || (dir != "ASC" && dir != "DESC") {
			return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "orderBy value %q must end in _ASC or _DESC", str)
		}
		order = append(order, orderKey{k, dir == "DESC"})
	}

	var rows []map[string]any
	for _, row := range ds.rows(s, zoneID) {
		if pred(row) {
			rows = append(rows, row)
		}
	}
	if !ds.groups {
		for _, sf := range f.Sel {
			if !ds.fields[sf.Name] && sf.Name != "__typename" {
				return nil, gqlErrf(append(path, sf.key()), "GRAPHQL_VALIDATION_FAILED", "unknown field %q on %s", sf.Name, f.Name)
			}
		}
		for _, o := range order {
			if !ds.fields[o.key] {
				return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "cannot order %s by %q", f.Name, o.key)
			}
		}
		sortRows(rows, order, func(row map[string]any, k string) any { return derived(row, k) })
		out := []any{}
		for i, row := range rows {
			if i == limit {
				break
			}
			obj := map[string]any{}
			for _, sf := range f.Sel {
				if sf.Name == "__typename" {
					obj[sf.key()] = f.Name
					continue
				}
				obj[sf.key()] = outValue(derived(row, sf.Name))
			}
			out = append(out, obj)
		}
		return out, nil
	}
	return groupRows(ds, f, rows, order, limit, path)
}

func cutLast(s, sep string) (string, string, bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

func sortRows(rows []map[string]any, order []orderKey, get func(map[string]any, string) any) {
	sort.SliceStable(rows, func(i, j int) bool {
		for _, o := range order {
			c, _ := compare(get(rows[i], o.key), get(rows[j], o.key))
			if c == 0 {
				continue
			}
			return (c < 0) != o.desc
		}
		return false
	})
}

func weight(row map[string]any) float64 {
	if w, ok := numField(row["_weight"]); ok {
		return w
	}
	return 1
}

func groupRows(ds *dataset, f *gqlField, rows []map[string]any, order []orderKey, limit int, path []any) ([]any, *gqlError) {
	var dims, sums []*gqlField
	var dimKey, sumKey string
	var countKey []string
	var avgKey string
	for _, sf := range f.Sel {
		switch sf.Name {
		case "dimensions":
			dimKey, dims = sf.key(), sf.Sel
			for _, d := range dims {
				if !ds.fields[d.Name] {
					return nil, gqlErrf(append(path, sf.key(), d.key()), "GRAPHQL_VALIDATION_FAILED", "unknown dimension %q on %s", d.Name, f.Name)
				}
			}
		case "sum":
			if ds.sums == nil {
				return nil, gqlErrf(append(path, sf.key()), "GRAPHQL_VALIDATION_FAILED", "%s has no sum fields", f.Name)
			}
			sumKey, sums = sf.key(), sf.Sel
			for _, m := range sums {
				if !ds.sums[m.Name] {
					return nil, gqlErrf(append(path, sf.key(), m.key()), "GRAPHQL_VALIDATION_FAILED", "unknown sum field %q on %s", m.Name, f.Name)
				}
			}
		case "count":
			countKey = append(countKey, sf.key())
		case "avg":
			avgKey = sf.key()
			for _, m := range sf.Sel {
				if m.Name != "sampleInterval" {
					return nil, gqlErrf(append(path, sf.key(), m.key()), "GRAPHQL_VALIDATION_FAILED", "unknown avg field %q (the simulator serves sampleInterval)", m.Name)
				}
			}
		case "__typename":
		default:
			return nil, gqlErrf(append(path, sf.key()), "GRAPHQL_VALIDATION_FAILED", "unknown field %q on %s (use dimensions, count, sum, avg)", sf.Name, f.Name)
		}
	}
	type group struct {
		dims  map[string]any
		count float64
		sums  map[string]float64
	}
	var groups []*group
	idx := map[string]*group{}
	for _, row := range rows {
		var kb strings.Builder
		dv := map[string]any{}
		for _, d := range dims {
			v := derived(row, d.Name)
			dv[d.Name] = v
			fmt.Fprintf(&kb, "%v\x00", outValue(v))
		}
		g := idx[kb.String()]
		if g == nil {
			g = &group{dims: dv, sums: map[string]float64{}}
			idx[kb.String()] = g
			groups = append(groups, g)
		}
		w := weight(row)
		g.count += w
		for _, m := range sums {
			x, _ := numField(row[m.Name])
			g.sums[m.Name] += x
		}
	}
	get := func(g *group, k string) any {
		switch {
		case k == "count":
			return g.count
		case strings.HasPrefix(k, "sum_"):
			return g.sums[strings.TrimPrefix(k, "sum_")]
		}
		return g.dims[k]
	}
	for _, o := range order {
		ok := o.key == "count" || ds.fields[o.key] || (strings.HasPrefix(o.key, "sum_") && ds.sums[strings.TrimPrefix(o.key, "sum_")])
		if !ok {
			return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "cannot order %s by %q", f.Name, o.key)
		}
		if ds.fields[o.key] {
			found := false
			for _, d := range dims {
				found = found || d.Name == o.key
			}
			if !found {
				return nil, gqlErrf(path, "GRAPHQL_VALIDATION_FAILED", "orderBy %s_… needs %s among the requested dimensions", o.key, o.key)
			}
		}
	}
	sort.SliceStable(groups, func(i, j int) bool {
		for _, o := range order {
			c, _ := compare(get(groups[i], o.key), get(groups[j], o.key))
			if c == 0 {
				continue
			}
			return (c < 0) != o.desc
		}
		return false
	})
	out := []any{}
	for i, g := range groups {
		if i == limit {
			break
		}
		obj := map[string]any{}
		for _, k := range countKey {
			obj[k] = int64(g.count)
		}
		if dimKey != "" {
			d := map[string]any{}
			for _, df := range dims {
				d[df.key()] = outValue(g.dims[df.Name])
			}
			obj[dimKey] = d
		}
		if sumKey != "" {
			sm := map[string]any{}
			for _, m := range sums {
				sm[m.key()] = int64(g.sums[m.Name])
			}
			obj[sumKey] = sm
		}
		if avgKey != "" {
			obj[avgKey] = map[string]any{"sampleInterval": 1}
		}
		out = append(out, obj)
	}
	return out, nil
}
