package safe

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/untrusted"
)

// Limits of zone_analytics_query.
const (
	maxAnalyticsWindow     = 7 * 24 * time.Hour
	defaultAnalyticsWindow = 24 * time.Hour
	defaultAnalyticsLimit  = 10
	maxAnalyticsLimit      = 50
	// maxTrafficClasses bounds the (cache status × HTTP status) groups read
	// to compute traffic totals.
	maxTrafficClasses = 5000
	// maxAnalyticsValue bounds one value (a path, a user agent) in the result.
	maxAnalyticsValue = 512
)

// AnalyticsArgs are zone_analytics_query's arguments.
type AnalyticsArgs struct {
	Zone    string `json:"zone" jsonschema:"zone name or 32-hex id"`
	Kind    string `json:"kind" jsonschema:"traffic or security"`
	Since   string `json:"since,omitempty" jsonschema:"start of the window, RFC 3339"`
	Until   string `json:"until,omitempty" jsonschema:"end of the window, RFC 3339 (default now)"`
	Window  string `json:"window,omitempty" jsonschema:"window ending at until instead of since, e.g. 90m, 24h, 7d (default 24h)"`
	GroupBy string `json:"group_by,omitempty" jsonschema:"security: action (default), rule, country, asn, path, host, user_agent; traffic: country, path, host, status, user_agent"`
	Limit   int    `json:"limit,omitempty" jsonschema:"top-N groups, 1 to 50 (default 10)"`
}

// AnalyticsGroup is one group of the top N.
type AnalyticsGroup struct {
	// Key is the group's value: the action, rule id, country, ASN, path,
	// host, user agent or status. Paths, hosts and user agents are
	// untrusted.
	Key untrusted.Text `json:"key"`
	// Detail names the key: the rule's description or the ASN's name
	// (untrusted).
	Detail *untrusted.Text `json:"detail,omitempty"`
	// Source is the product that acted (security, group_by rule).
	Source string `json:"source,omitempty"`
	Count  int64  `json:"count"`
	Bytes  int64  `json:"bytes,omitempty"`
}

// TrafficTotals are the totals of a traffic query.
type TrafficTotals struct {
	Requests       int64 `json:"requests"`
	Bytes          int64 `json:"bytes"`
	CachedRequests int64 `json:"cached_requests"`
	CachedBytes    int64 `json:"cached_bytes"`
	// StatusClasses counts requests by edge response status class (2xx, …).
	StatusClasses map[string]int64 `json:"status_classes"`
}

// AnalyticsResult is zone_analytics_query's result.
type AnalyticsResult struct {
	Zone    string         `json:"zone"`
	Kind    string         `json:"kind"`
	Since   string         `json:"since"`
	Until   string         `json:"until"`
	Traffic *TrafficTotals `json:"traffic,omitempty"`
	GroupBy string         `json:"group_by,omitempty"`
	// Total is the number of requests (traffic) or security events in the
	// window; Other is the part of it outside the groups listed.
	Total  int64            `json:"total"`
	Groups []AnalyticsGroup `json:"groups"`
	Other  int64            `json:"other"`
	// Truncated: Cloudflare returned as many groups as asked, so the
	// totals may be incomplete.
	Truncated bool              `json:"truncated"`
	Untrusted untrusted.Summary `json:"untrusted"`
}

// analyticsDims maps a group_by value to the GraphQL dimensions read, the
// first being the key and the second (if any) its detail.
type analyticsDim struct {
	dims      []string
	untrusted bool // the key is third-party text
	source    bool // also read the "source" dimension
}

var securityGroups = map[string]analyticsDim{
	"action":     {dims: []string{"action"}},
	"rule":       {dims: []string{"ruleId", "description"}, source: true},
	"country":    {dims: []string{"clientCountryName"}},
	"asn":        {dims: []string{"clientAsn", "clientASNDescription"}},
	"path":       {dims: []string{"clientRequestPath"}, untrusted: true},
	"host":       {dims: []string{"clientRequestHTTPHost"}, untrusted: true},
	"user_agent": {dims: []string{"userAgent"}, untrusted: true},
}

var trafficGroups = map[string]analyticsDim{
	"country":    {dims: []string{"clientCountryName"}},
	"path":       {dims: []string{"clientRequestPath"}, untrusted: true},
	"host":       {dims: []string{"clientRequestHTTPHost"}, untrusted: true},
	"status":     {dims: []string{"edgeResponseStatus"}},
	"user_agent": {dims: []string{"userAgent"}, untrusted: true},
}

const (
	securityGroupList = "action, rule, country, asn, path, host, user_agent"
	trafficGroupList  = "country, path, host, status, user_agent"
)

// cachedStatuses are the cache statuses served from Cloudflare's cache.
var cachedStatuses = map[string]bool{"hit": true, "stale": true, "updating": true, "revalidated": true}

func zoneAnalyticsQuery(d *cli.Deps) mcpkit.Tool {
	return compactOutputSchema(mcpkit.NewTool("zone_analytics_query",
		"Zone analytics over at most 7 days: traffic (requests, bytes, cached, status classes) or security events, grouped and top-N.",
		mcpkit.ReadHints,
		func(ctx context.Context, a AnalyticsArgs) (AnalyticsResult, error) {
			return queryAnalytics(ctx, d, a, time.Now().UTC())
		}))
}

// analyticsWindow resolves since/until/window into a window of at most
// maxAnalyticsWindow.
func analyticsWindow(a AnalyticsArgs, now time.Time) (time.Time, time.Time, error) {
	until := now
	if a.Until != "" {
		t, err := time.Parse(time.RFC3339, a.Until)
		if err != nil {
			return time.Time{}, time.Time{}, mcpkit.Errorf("until %q is not an RFC 3339 time; accepted: e.g. 2026-11-21T08:00:00Z", clipQuoted(a.Until, 60))
		}
		until = t.UTC()
	}
	var since time.Time
	switch {
	case a.Since != "" && a.Window != "":
		return since, until, mcpkit.Errorf("give either since (with an optional until) or window, not both")
	case a.Since != "":
		t, err := time.Parse(time.RFC3339, a.Since)
		if err != nil {
			return since, until, mcpkit.Errorf("since %q is not an RFC 3339 time; accepted: e.g. 2026-11-20T08:00:00Z", clipQuoted(a.Since, 60))
		}
		since = t.UTC()
	default:
		w := defaultAnalyticsWindow
		if a.Window != "" {
			var err error
			w, err = parseWindow(a.Window)
			if err != nil {
				return since, until, err
			}
		}
		if w > maxAnalyticsWindow {
			return since, until, mcpkit.Errorf("window %s is longer than the 7 days (168h) accepted; ask for 7d or less", a.Window)
		}
		since = until.Add(-w)
	}
	if !since.Before(until) {
		return since, until, mcpkit.Errorf("since (%s) must be before until (%s)", since.Format(time.RFC3339), until.Format(time.RFC3339))
	}
	if w := until.Sub(since); w > maxAnalyticsWindow {
		return since, until, mcpkit.Errorf("the window from %s to %s is %s long; at most 7 days (168h) are accepted: narrow since/until", since.Format(time.RFC3339), until.Format(time.RFC3339), w)
	}
	return since, until, nil
}

// parseWindow reads a Go duration with an extra "d" (24h) unit: "90m",
// "24h", "7d", "1d12h".
func parseWindow(s string) (time.Duration, error) {
	bad := mcpkit.Errorf("window %q is not a duration; accepted: a positive length such as 90m, 24h, 7d or 1d12h, at most 7d", clipQuoted(s, 40))
	rest := s
	var days time.Duration
	if i := strings.IndexByte(rest, 'd'); i >= 0 {
		n, err := strconv.Atoi(rest[:i])
		if err != nil || n < 0 || n > 365 {
			return 0, bad
		}
		days = time.Duration(n) * 24 * time.Hour
		rest = rest[i+1:]
	}
	var w time.Duration
	if rest != "" {
		var err error
		if w, err = time.ParseDuration(rest); err != nil {
			return 0, bad
		}
	}
	if w+days <= 0 {
		return 0, bad
	}
	return w + days, nil
}

func queryAnalytics(ctx context.Context, d *cli.Deps, a AnalyticsArgs, now time.Time) (AnalyticsResult, error) {
	res := AnalyticsResult{Kind: a.Kind, Groups: []AnalyticsGroup{}}
	var groups map[string]analyticsDim
	var list, dataset string
	switch a.Kind {
	case "security":
		groups, list, dataset = securityGroups, securityGroupList, "firewallEventsAdaptiveGroups"
		if a.GroupBy == "" {
			a.GroupBy = "action"
		}
	case "traffic":
		groups, list, dataset = trafficGroups, trafficGroupList, "httpRequestsAdaptiveGroups"
	default:
		return res, mcpkit.Errorf("kind %q is not accepted; accepted: traffic, security", clipQuoted(a.Kind, 40))
	}
	dim, ok := groups[a.GroupBy]
	if a.GroupBy != "" && !ok {
		return res, mcpkit.Errorf("group_by %q is not accepted for kind %s; accepted: %s", clipQuoted(a.GroupBy, 40), a.Kind, list)
	}
	limit := a.Limit
	switch {
	case limit == 0:
		limit = defaultAnalyticsLimit
	case limit < 1 || limit > maxAnalyticsLimit:
		return res, mcpkit.Errorf("limit %d is out of range; accepted: 1 to %d (default %d)", a.Limit, maxAnalyticsLimit, defaultAnalyticsLimit)
	}
	since, until, err := analyticsWindow(a, now)
	if err != nil {
		return res, err
	}
	z, err := resolveZone(ctx, d, a.Zone)
	if err != nil {
		return res, err
	}
	res.Zone, res.Since, res.Until, res.GroupBy = z.Name, since.Format(time.RFC3339), until.Format(time.RFC3339), a.GroupBy

	// The query is built from fixed parts only; every value travels as a
	// variable. GraphQL refuses declared variables that are not used, so
	// each is declared with its use.
	decls := []string{"$zoneTag: string!", "$filter: Zone" + strings.ToUpper(dataset[:1]) + dataset[1:] + "Filter_InputObject!"}
	vars := map[string]any{
		"zoneTag": z.ID,
		"filter":  map[string]any{"datetime_geq": res.Since, "datetime_leq": res.Until},
	}
	if a.Kind == "traffic" {
		decls = append(decls, "$classes: uint64!")
		vars["classes"] = maxTrafficClasses
	}
	if ok {
		decls = append(decls, "$limit: uint64!")
		vars["limit"] = limit
	}
	var q strings.Builder
	fmt.Fprintf(&q, "query (%s) {\n  viewer {\n    zones(filter: {zoneTag: $zoneTag}) {\n", strings.Join(decls, ", "))
	if a.Kind == "traffic" {
		fmt.Fprintf(&q, "      classes: %s(limit: $classes, filter: $filter) { count sum { edgeResponseBytes } dimensions { cacheStatus edgeResponseStatus } }\n", dataset)
	} else {
		fmt.Fprintf(&q, "      total: %s(limit: 1, filter: $filter) { count }\n", dataset)
	}
	if ok {
		dims := dim.dims
		if dim.source {
			dims = append(append([]string(nil), dims...), "source")
		}
		sum := ""
		if a.Kind == "traffic" {
			sum = " sum { edgeResponseBytes }"
		}
		fmt.Fprintf(&q, "      top: %s(limit: $limit, filter: $filter, orderBy: [count_DESC]) { count%s dimensions { %s } }\n", dataset, sum, strings.Join(dims, " "))
	}
	q.WriteString("    }\n  }\n}")

	type row struct {
		Count int64 `json:"count"`
		Sum   struct {
			EdgeResponseBytes int64 `json:"edgeResponseBytes"`
		} `json:"sum"`
		Dimensions map[string]any `json:"dimensions"`
	}
	var out struct {
		Viewer struct {
			Zones []struct {
				Classes []row `json:"classes"`
				Total   []row `json:"total"`
				Top     []row `json:"top"`
			} `json:"zones"`
		} `json:"viewer"`
	}
	if err := d.Client.GraphQL(ctx, q.String(), vars, &out); err != nil {
		return res, mcpkit.Errorf("the analytics query failed: %v", err)
	}
	if len(out.Viewer.Zones) != 1 {
		return res, mcpkit.Errorf("the analytics query returned no data for zone %s", z.Name)
	}
	zd := out.Viewer.Zones[0]
	scan := untrusted.NewScan(0)
	if a.Kind == "traffic" {
		t := &TrafficTotals{StatusClasses: map[string]int64{}}
		for _, r := range zd.Classes {
			t.Requests += r.Count
			t.Bytes += r.Sum.EdgeResponseBytes
			if cachedStatuses[fmt.Sprint(r.Dimensions["cacheStatus"])] {
				t.CachedRequests += r.Count
				t.CachedBytes += r.Sum.EdgeResponseBytes
			}
			if st, err := strconv.Atoi(fmt.Sprint(r.Dimensions["edgeResponseStatus"])); err == nil && st >= 100 && st < 600 {
				t.StatusClasses[strconv.Itoa(st/100)+"xx"] += r.Count
			} else {
				t.StatusClasses["other"] += r.Count
			}
		}
		res.Traffic, res.Total = t, t.Requests
		res.Truncated = len(zd.Classes) >= maxTrafficClasses
	} else if len(zd.Total) > 0 {
		res.Total = zd.Total[0].Count
	}
	var listed int64
	for _, r := range zd.Top {
		g := AnalyticsGroup{Count: r.Count, Bytes: r.Sum.EdgeResponseBytes}
		key := dimString(r.Dimensions[dim.dims[0]])
		if dim.untrusted {
			g.Key = scan.Text(key)
			g.Key.Value = clipQuoted(g.Key.Value, maxAnalyticsValue)
		} else {
			g.Key = untrusted.Trusted(clipQuoted(key, maxAnalyticsValue))
		}
		if len(dim.dims) > 1 {
			if v := dimString(r.Dimensions[dim.dims[1]]); v != "" {
				detail := scan.Text(v)
				detail.Value = clipQuoted(detail.Value, maxAnalyticsValue)
				g.Detail = &detail
			}
		}
		if dim.source {
			g.Source = dimString(r.Dimensions["source"])
		}
		listed += r.Count
		res.Groups = append(res.Groups, g)
	}
	if res.Total > listed {
		res.Other = res.Total - listed
	}
	res.Untrusted = scan.Summary()
	return res, nil
}

func dimString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}
