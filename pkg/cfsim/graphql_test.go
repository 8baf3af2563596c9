package cfsim

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"
)

type gqlResp struct {
	Data   map[string]any `json:"data"`
	Errors []gqlError     `json:"errors"`
}

func gql(t *testing.T, c client, query string, vars map[string]any) gqlResp {
	t.Helper()
	code, _, raw := c.call("POST", "/graphql", map[string]any{"query": query, "variables": vars})
	if code != 200 {
		t.Fatalf("graphql status %d: %s", code, raw)
	}
	var r gqlResp
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("graphql body: %v\n%s", err, raw)
	}
	return r
}

func zoneData(t *testing.T, r gqlResp, dataset string) []any {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("graphql errors: %+v", r.Errors)
	}
	zones := r.Data["viewer"].(map[string]any)["zones"].([]any)
	if len(zones) != 1 {
		t.Fatalf("zones: %v", zones)
	}
	return zones[0].(map[string]any)[dataset].([]any)
}

const fwQuery = `query FirewallEvents($zoneTag: string, $since: Time!, $until: Time!, $limit: uint64 = 50) {
  viewer {
    zones(filter: { zoneTag: $zoneTag }) {
      firewallEventsAdaptive(
        filter: { datetime_geq: $since, datetime_leq: $until, action: "log" }
        limit: $limit
        orderBy: [datetime_DESC]
      ) {
        action
        clientIP
        ruleId
        ts: datetime
        userAgent
      }
    }
  }
}`

func TestGraphQLFirewallEvents(t *testing.T) {
	_, c := newTestSim(t)
	since := fixedNow.Add(-24 * time.Hour).Format(time.RFC3339)
	until := fixedNow.Format(time.RFC3339)
	r := gql(t, c, fwQuery, map[string]any{"zoneTag": SeedZoneMainID, "since": since, "until": until})
	events := zoneData(t, r, "firewallEventsAdaptive")
	if len(events) == 0 || len(events) > 50 {
		t.Fatalf("want log-only events, got %d", len(events))
	}
	prev := "9999"
	for _, e := range events {
		m := e.(map[string]any)
		if m["action"] != "log" || m["ruleId"] != SeedRuleLogOnlyID || !strings.Contains(m["userAgent"].(string), "sqlmap") {
			t.Fatalf("event: %v", m)
		}
		ts := m["ts"].(string) // alias
		if ts > prev || ts < since {
			t.Fatalf("order/range: %s after %s", ts, prev)
		}
		prev = ts
	}
	// Limit and a narrower window.
	r = gql(t, c, fwQuery, map[string]any{"zoneTag": SeedZoneMainID, "since": fixedNow.Add(-time.Hour).Format(time.RFC3339), "until": until, "limit": 2})
	if n := len(zoneData(t, r, "firewallEventsAdaptive")); n > 2 {
		t.Fatalf("limit: %d", n)
	}
}

func TestGraphQLGroups(t *testing.T) {
	_, c := newTestSim(t)
	q := `{
  viewer {
    zones(filter: {zoneTag: "` + SeedZoneMainID + `"}) {
      top: firewallEventsAdaptiveGroups(limit: 3, filter: {action_in: ["block", "managed_challenge"]}, orderBy: [count_DESC]) {
        count
        dimensions { action ruleId source }
      }
    }
  }
}`
	groups := zoneData(t, gql(t, c, q, nil), "top")
	if len(groups) != 3 {
		t.Fatalf("groups: %v", groups)
	}
	prev := 1 << 30
	for _, g := range groups {
		m := g.(map[string]any)
		n := int(m["count"].(float64))
		act := m["dimensions"].(map[string]any)["action"]
		if n > prev || (act != "block" && act != "managed_challenge") {
			t.Fatalf("group: %v", m)
		}
		prev = n
	}

	hq := `query($z: string!, $since: Time!) { viewer { zones(filter: {zoneTag: $z}) {
  httpRequestsAdaptiveGroups(limit: 100, filter: {datetime_geq: $since, edgeResponseStatus_geq: 400}, orderBy: [sum_edgeResponseBytes_DESC]) {
    count
    sum { edgeResponseBytes visits }
    dimensions { edgeResponseStatus clientRequestHTTPHost datetimeHour }
  } } } }`
	rows := zoneData(t, gql(t, c, hq, map[string]any{"z": SeedZoneMainID, "since": fixedNow.Add(-3 * time.Hour).Format(time.RFC3339)}), "httpRequestsAdaptiveGroups")
	if len(rows) == 0 {
		t.Fatal("no error traffic")
	}
	prevBytes := 1e18
	hours := map[any]bool{}
	for _, row := range rows {
		m := row.(map[string]any)
		d := m["dimensions"].(map[string]any)
		b := m["sum"].(map[string]any)["edgeResponseBytes"].(float64)
		if d["edgeResponseStatus"].(float64) < 400 || b > prevBytes || m["count"].(float64) <= 0 {
			t.Fatalf("row: %v", m)
		}
		prevBytes = b
		hours[d["datetimeHour"]] = true
	}
	if len(hours) < 3 || len(hours) > 4 {
		t.Fatalf("3-hour window gave hours %v", hours)
	}
	// The shop zone sees its own traffic only.
	rows = zoneData(t, gql(t, c, hq, map[string]any{"z": SeedZoneShopID, "since": fixedNow.Add(-24 * time.Hour).Format(time.RFC3339)}), "httpRequestsAdaptiveGroups")
	for _, row := range rows {
		if h := row.(map[string]any)["dimensions"].(map[string]any)["clientRequestHTTPHost"]; h != "example.shop" {
			t.Fatalf("shop zone leaked %v", h)
		}
	}
}

func TestGraphQLErrors(t *testing.T) {
	_, c := newTestSim(t)
	for name, tc := range map[string]struct{ query, want string }{
		"unknown dataset": {`{ viewer { zones(filter: {zoneTag: "` + SeedZoneMainID + `"}) { nosuchDataset(limit: 1) { count } } } }`, `unknown field "nosuchDataset"`},
		"missing limit":   {`{ viewer { zones(filter: {zoneTag: "` + SeedZoneMainID + `"}) { firewallEventsAdaptive { action } } } }`, "needs a limit"},
		"bad filter":      {`{ viewer { zones(filter: {zoneTag: "` + SeedZoneMainID + `"}) { firewallEventsAdaptive(limit: 1, filter: {colour: "red"}) { action } } } }`, `unknown filter field "colour"`},
		"unknown zone":    {`{ viewer { zones(filter: {zoneTag: "` + HexID("x") + `"}) { firewallEventsAdaptive(limit: 1) { action } } } }`, "does not exist"},
		"syntax":          {`{ viewer { zones(filter: {zoneTag: "x"}) { `, "expected"},
		"mutation":        {`mutation { x }`, "read-only"},
		"missing var":     {`query($since: Time!) { viewer { zones(filter: {zoneTag: "x"}) { zoneTag } } }`, "$since"},
	} {
		r := gql(t, c, tc.query, nil)
		if r.Data != nil || len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, tc.want) {
			t.Errorf("%s: want error containing %q, got %+v", name, tc.want, r)
		}
	}
	r := gql(t, c, `{ viewer { zones(filter: {zoneTag: "`+SeedZoneMainID+`"}) { nosuchDataset(limit: 1) { count } } } }`, nil)
	if p := r.Errors[0].Path; len(p) != 4 || p[3] != "nosuchDataset" {
		t.Errorf("error path: %v", p)
	}
}

func TestAnalyticsFollowClock(t *testing.T) {
	later := fixedNow.Add(1000 * time.Hour)
	s := New(Options{Now: func() time.Time { return later }})
	c := client{t: t, h: wrap(t, s.Handler())}
	r := gql(t, c, fwQuery, map[string]any{"zoneTag": SeedZoneMainID, "since": later.Add(-24 * time.Hour).Format(time.RFC3339), "until": later.Format(time.RFC3339)})
	if len(zoneData(t, r, "firewallEventsAdaptive")) == 0 {
		t.Fatal("seeded events are not relative to Options.Now")
	}
}

// The analytics seed is built on the first query but ends at the clock's time
// at New, like every other seeded object.
func TestAnalyticsSeedEndsAtNew(t *testing.T) {
	var mu sync.Mutex
	now := fixedNow
	s := New(Options{Now: func() time.Time { mu.Lock(); defer mu.Unlock(); return now }})
	mu.Lock()
	now = now.Add(48 * time.Hour)
	mu.Unlock()
	c := client{t: t, h: wrap(t, s.Handler())}
	in := gql(t, c, fwQuery, map[string]any{"zoneTag": SeedZoneMainID, "since": fixedNow.Add(-24 * time.Hour).Format(time.RFC3339), "until": fixedNow.Format(time.RFC3339)})
	after := gql(t, c, fwQuery, map[string]any{"zoneTag": SeedZoneMainID, "since": fixedNow.Add(time.Second).Format(time.RFC3339), "until": now.Format(time.RFC3339)})
	if len(zoneData(t, in, "firewallEventsAdaptive")) == 0 || len(zoneData(t, after, "firewallEventsAdaptive")) != 0 {
		t.Fatal("analytics seed does not end at the clock time of New")
	}
}
