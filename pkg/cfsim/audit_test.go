package cfsim

import (
	"testing"
	"time"
)

func TestAuditLogs(t *testing.T) {
	_, c := newTestSim(t)
	base := "/accounts/" + SeedAccountID + "/audit_logs"
	var logs []map[string]any
	e := c.ok("GET", base, nil, &logs)
	if len(logs) < 10 {
		t.Fatalf("seeded audit logs: %d", len(logs))
	}
	prev := ""
	for _, l := range logs { // newest first by default
		w := l["when"].(string)
		if prev != "" && w > prev {
			t.Fatalf("not newest first: %s after %s", w, prev)
		}
		prev = w
	}
	total := int(e.ResultInfo["total_count"].(float64))
	c.ok("GET", base+"?action.type=change_setting&zone.name="+SeedZoneShop, nil, &logs)
	if len(logs) != 2 {
		t.Fatalf("filtered: %v", logs)
	}
	since := fixedNow.Add(-7 * 24 * time.Hour).Format(time.RFC3339)
	c.ok("GET", base+"?since="+since+"&direction=asc", nil, &logs)
	for _, l := range logs {
		if l["when"].(string) < since {
			t.Fatalf("since filter: %v", l["when"])
		}
	}
	var page []map[string]any
	c.ok("GET", base+"?per_page=5&page=3", nil, &page)
	if len(page) != total-10 {
		t.Fatalf("page 3 of 5: %d of %d", len(page), total)
	}

	// Changes made through the API are audited.
	c.ok("PATCH", "/zones/"+SeedZoneShopID+"/settings/min_tls_version", map[string]any{"value": "1.2"}, nil)
	c.ok("GET", base+"?actor.email="+APIActorEmail, nil, &logs)
	if len(logs) != 1 || logs[0]["oldValue"] != "1.0" || logs[0]["newValue"] != "1.2" {
		t.Fatalf("API change not audited: %v", logs)
	}
	c.bad("GET", base+"?since=yesterday", nil, 400, 1004)
}

func TestAuditLogsV2(t *testing.T) {
	_, c := newTestSim(t)
	base := "/accounts/" + SeedAccountID + "/logs/audit?since=2025-12-01&before=2026-01-16"
	var all []map[string]any
	e := c.ok("GET", base+"&limit=1000", nil, &all)
	if len(all) < 10 || e.ResultInfo["cursor"] != nil {
		t.Fatalf("v2 logs: %d, %v", len(all), e.ResultInfo)
	}
	var got []map[string]any
	cursor, pages := "", 0
	for {
		path := base + "&limit=4"
		if cursor != "" {
			path += "&cursor=" + cursor
		}
		var page []map[string]any
		e := c.ok("GET", path, nil, &page)
		got = append(got, page...)
		pages++
		next, _ := e.ResultInfo["cursor"].(string)
		if next == "" || pages > 10 {
			break
		}
		cursor = next
	}
	if len(got) != len(all) || got[0]["id"] != all[0]["id"] {
		t.Fatalf("cursor paging: %d of %d", len(got), len(all))
	}
	var excl []map[string]any
	c.ok("GET", base+"&action_type.not=login&action_type.not=change_setting&limit=1000", nil, &excl)
	for _, l := range excl {
		if ty := l["action"].(map[string]any)["type"]; ty == "login" || ty == "change_setting" {
			t.Fatalf("excluded type returned: %v", ty)
		}
	}
	if len(excl) >= len(all) {
		t.Fatal(".not filter removed nothing")
	}
	c.ok("GET", base+"&zone_name="+SeedZoneShop, nil, &excl)
	if len(excl) != 2 || excl[0]["zone"].(map[string]any)["id"] != SeedZoneShopID {
		t.Fatalf("zone filter: %v", excl)
	}
	c.fail("GET", "/accounts/"+SeedAccountID+"/logs/audit?since=2025-12-01", nil, 400, 1004)
}
