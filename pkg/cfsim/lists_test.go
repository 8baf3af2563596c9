package cfsim

import (
	"testing"
)

type listItemJSON struct {
	ID      string `json:"id"`
	IP      string `json:"ip"`
	Comment string `json:"comment"`
}

func TestIPListsAndItems(t *testing.T) {
	_, c := newTestSim(t)
	acct := "/accounts/" + SeedAccountID + "/rules/lists"
	var lists []map[string]any
	c.ok("GET", acct, nil, &lists)
	if len(lists) != 2 {
		t.Fatalf("seeded lists: %v", lists)
	}
	var l map[string]any
	c.ok("POST", acct, map[string]any{"name": "partner_ips", "kind": "ip", "description": "partners"}, &l)
	id, _ := l["id"].(string)
	if !hex32.MatchString(id) || l["num_items"].(float64) != 0 {
		t.Fatalf("create list: %v", l)
	}
	c.fail("POST", acct, map[string]any{"name": "partner_ips", "kind": "ip"}, 400, 10001)
	c.bad("POST", acct, map[string]any{"name": "Bad Name", "kind": "ip"}, 400, 10001)

	// Add items (the SDK marshals ListItemNewParams as a bare array).
	items := acct + "/" + id + "/items"
	var op map[string]string
	var body []any
	for i := 0; i < 30; i++ {
		body = append(body, map[string]any{"ip": "192.0.2." + itoa(i), "comment": "p" + itoa(i)})
	}
	c.ok("POST", items, body, &op)
	opID := op["operation_id"]
	if !hex32.MatchString(opID) {
		t.Fatalf("operation_id: %v", op)
	}
	var status map[string]string
	c.ok("GET", "/accounts/"+SeedAccountID+"/rules/lists/bulk_operations/"+opID, nil, &status)
	if status["status"] != "completed" || status["completed"] == "" || status["id"] != opID {
		t.Fatalf("bulk op: %v", status)
	}
	c.fail("POST", items, []any{map[string]any{"ip": "not-an-ip"}}, 400, 10001)
	c.fail("POST", items, []any{map[string]any{"ip": "10.0.0.0/4"}}, 400, 10001)

	// Cursor paging: result_info.cursors.after until it is absent.
	var all []listItemJSON
	cursor := ""
	for pages := 0; ; pages++ {
		if pages > 5 {
			t.Fatal("cursor paging does not end")
		}
		path := items + "?per_page=12"
		if cursor != "" {
			path += "&cursor=" + cursor
		}
		var page []listItemJSON
		e := c.ok("GET", path, nil, &page)
		all = append(all, page...)
		cur, _ := e.ResultInfo["cursors"].(map[string]any)
		after, _ := cur["after"].(string)
		if after == "" {
			break
		}
		cursor = after
	}
	if len(all) != 30 || all[29].IP != "192.0.2.29" {
		t.Fatalf("paged items: %d", len(all))
	}
	c.ok("GET", acct+"/"+id, nil, &l)
	if l["num_items"].(float64) != 30 {
		t.Fatalf("num_items: %v", l["num_items"])
	}

	// Delete two items by id.
	c.ok("DELETE", items, map[string]any{"items": []any{map[string]any{"id": all[0].ID}, map[string]any{"id": all[1].ID}}}, &op)
	c.ok("GET", acct+"/"+id, nil, &l)
	if l["num_items"].(float64) != 28 {
		t.Fatalf("after delete: %v", l["num_items"])
	}
	c.fail("DELETE", items, nil, 400, 10001)

	// Replace all items.
	c.ok("PUT", items, []any{map[string]any{"ip": "198.51.100.0/24", "comment": "only"}}, &op)
	var page []listItemJSON
	c.ok("GET", items, nil, &page)
	if len(page) != 1 || page[0].IP != "198.51.100.0/24" || page[0].Comment != "only" {
		t.Fatalf("after replace: %+v", page)
	}
	c.fail("GET", acct+"/"+HexID("no list")+"/items", nil, 404, 10001)

	var item listItemJSON
	c.ok("GET", items+"/"+page[0].ID, nil, &item)
	if item.IP != "198.51.100.0/24" {
		t.Fatalf("item get: %+v", item)
	}
	c.fail("GET", items+"/"+HexID("no item"), nil, 404, 10001)
	c.ok("PUT", acct+"/"+id, map[string]any{"description": "new words"}, &l)
	if l["description"] != "new words" || l["name"] != "partner_ips" {
		t.Fatalf("update: %v", l)
	}
	// A list a rule refers to cannot be deleted; an unreferenced one can.
	c.fail("DELETE", acct+"/"+SeedListBlockedID, nil, 400, 10001)
	c.ok("PUT", "/zones/"+SeedZoneShopID+"/rulesets/phases/http_request_firewall_custom/entrypoint", map[string]any{"rules": []any{
		map[string]any{"action": "block", "expression": "(ip.src in $partner_ips)"}}}, nil)
	c.fail("DELETE", acct+"/"+id, nil, 400, 10001)
	c.ok("PUT", "/zones/"+SeedZoneShopID+"/rulesets/phases/http_request_firewall_custom/entrypoint", map[string]any{"rules": []any{}}, nil)
	c.ok("DELETE", acct+"/"+id, nil, nil)
	c.fail("GET", acct+"/"+id, nil, 404, 10001)
}

func itoa(i int) string {
	const d = "0123456789"
	if i < 10 {
		return d[i : i+1]
	}
	return itoa(i/10) + d[i%10:i%10+1]
}
