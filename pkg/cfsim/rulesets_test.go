package cfsim

import (
	"regexp"
	"testing"
)

type rulesetJSON struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Kind        string           `json:"kind"`
	Phase       string           `json:"phase"`
	Version     string           `json:"version"`
	LastUpdated string           `json:"last_updated"`
	Rules       []map[string]any `json:"rules"`
}

var hex32 = regexp.MustCompile(`^[0-9a-f]{32}$`)

func TestRulesetsListGetAndManagedDeployment(t *testing.T) {
	_, c := newTestSim(t)
	var list []rulesetJSON
	c.ok("GET", "/zones/"+SeedZoneMainID+"/rulesets", nil, &list)
	kinds := map[string]int{}
	for _, rs := range list {
		kinds[rs.Kind]++
		if rs.Rules != nil {
			t.Fatalf("list must not include rules: %s", rs.ID)
		}
	}
	if kinds["zone"] != 3 || kinds["managed"] != 2 {
		t.Fatalf("zone rulesets: %v", kinds)
	}
	var managed rulesetJSON
	c.ok("GET", "/zones/"+SeedZoneMainID+"/rulesets/phases/http_request_firewall_managed/entrypoint", nil, &managed)
	deployed := map[any]bool{}
	for _, r := range managed.Rules {
		deployed[r["action_parameters"].(map[string]any)["id"]] = true
	}
	if !deployed[ManagedRulesetCloudflareID] || !deployed[ManagedRulesetOWASPID] {
		t.Fatalf("managed rulesets not deployed on %s: %v", SeedZoneMain, deployed)
	}
	// Not deployed on the shop zone.
	c.fail("GET", "/zones/"+SeedZoneShopID+"/rulesets/phases/http_request_firewall_managed/entrypoint", nil, 404, 10003)
	var owasp rulesetJSON
	c.ok("GET", "/zones/"+SeedZoneShopID+"/rulesets/"+ManagedRulesetOWASPID, nil, &owasp)
	if owasp.Kind != "managed" || len(owasp.Rules) == 0 {
		t.Fatalf("managed ruleset get: %+v", owasp)
	}
	var custom rulesetJSON
	c.ok("GET", "/zones/"+SeedZoneMainID+"/rulesets/phases/http_request_firewall_custom/entrypoint", nil, &custom)
	byID := map[string]map[string]any{}
	for _, r := range custom.Rules {
		byID[r["id"].(string)] = r
	}
	if byID[SeedRuleLogOnlyID]["action"] != "log" || byID[SeedRuleSpoofableSkipID]["action"] != "skip" || byID[SeedRuleThreatScoreID] == nil || byID[SeedRuleShadowedID] == nil {
		t.Fatalf("seeded weaknesses missing: %v", byID)
	}
	var rl rulesetJSON
	c.ok("GET", "/zones/"+SeedZoneMainID+"/rulesets/phases/http_ratelimit/entrypoint", nil, &rl)
	if len(rl.Rules) != 1 || rl.Rules[0]["ratelimit"] == nil {
		t.Fatalf("rate limit rule: %+v", rl.Rules)
	}
	var acct []rulesetJSON
	c.ok("GET", "/accounts/"+SeedAccountID+"/rulesets", nil, &acct)
	if len(acct) != 2 {
		t.Fatalf("account rulesets: %+v", acct)
	}
}

func TestEntrypointPutAndRuleLifecycle(t *testing.T) {
	_, c := newTestSim(t)
	ep := "/zones/" + SeedZoneShopID + "/rulesets/phases/http_request_firewall_custom/entrypoint"
	var before rulesetJSON
	c.ok("GET", ep, nil, &before)
	keep := before.Rules[0]["id"].(string)

	// PUT as the SDK's PhaseUpdateParams marshals it: the full rule list.
	var put rulesetJSON
	c.ok("PUT", ep, map[string]any{"rules": []any{
		map[string]any{"id": keep, "action": "managed_challenge", "expression": `(http.request.uri.path eq "/wp-login.php")`, "description": "Challenge WordPress login", "enabled": true},
		map[string]any{"action": "block", "expression": `(ip.src in $blocked_ips)`, "description": "Block listed IPs", "enabled": true},
	}}, &put)
	if len(put.Rules) != 2 || put.Rules[0]["id"] != keep || put.Rules[0]["version"] != "1" || !hex32.MatchString(put.Rules[1]["id"].(string)) {
		t.Fatalf("put: %+v", put.Rules)
	}
	if put.Version == before.Version || put.LastUpdated != ts(fixedNow) {
		t.Fatalf("ruleset version/last_updated not bumped: %s → %s, %s", before.Version, put.Version, put.LastUpdated)
	}
	newID := put.Rules[1]["id"].(string)

	// Create a rule at the top (position.index as the SDK sends it).
	rules := "/zones/" + SeedZoneShopID + "/rulesets/" + put.ID + "/rules"
	var created rulesetJSON
	c.ok("POST", rules, map[string]any{"action": "log", "expression": `(http.request.uri.path eq "/debug")`, "description": "watch debug", "enabled": true, "position": map[string]any{"index": 1}}, &created)
	if len(created.Rules) != 3 || created.Rules[0]["description"] != "watch debug" || created.Version != "3" {
		t.Fatalf("create: v%s %+v", created.Version, created.Rules)
	}
	top := created.Rules[0]["id"].(string)

	// Edit: the rule version increments, the others stay.
	var edited rulesetJSON
	c.ok("PATCH", rules+"/"+newID, map[string]any{"action": "managed_challenge", "expression": `(ip.src in $blocked_ips)`, "enabled": false}, &edited)
	if edited.Rules[2]["version"] != "2" || edited.Rules[2]["enabled"] != false || edited.Rules[2]["action"] != "managed_challenge" || edited.Rules[0]["version"] != "1" {
		t.Fatalf("edit: %+v", edited.Rules)
	}
	var deleted rulesetJSON
	c.ok("DELETE", rules+"/"+top, nil, &deleted)
	if len(deleted.Rules) != 2 || deleted.Version != "5" {
		t.Fatalf("delete: v%s %+v", deleted.Version, deleted.Rules)
	}
	c.fail("DELETE", rules+"/"+top, nil, 404, 10003)

	// Validation: bad action for the phase, unbalanced expression, managed rulesets are read-only.
	c.fail("POST", rules, map[string]any{"action": "execute", "expression": "true", "action_parameters": map[string]any{"id": ManagedRulesetOWASPID}}, 400, 20200)
	c.fail("POST", rules, map[string]any{"action": "block", "expression": `(http.host eq "x"`}, 400, 20200)
	c.fail("POST", "/zones/"+SeedZoneShopID+"/rulesets/"+ManagedRulesetOWASPID+"/rules", map[string]any{"action": "block", "expression": "true"}, 403, 20200)
}

func TestManagedAndRatelimitEntrypoints(t *testing.T) {
	_, c := newTestSim(t)
	// Deploy the managed ruleset on the shop zone: PUT creates the entry point.
	ep := "/zones/" + SeedZoneShopID + "/rulesets/phases/http_request_firewall_managed/entrypoint"
	var rs rulesetJSON
	c.ok("PUT", ep, map[string]any{"rules": []any{map[string]any{"action": "execute", "expression": "true", "action_parameters": map[string]any{"id": ManagedRulesetCloudflareID}}}}, &rs)
	if rs.Kind != "zone" || rs.Phase != "http_request_firewall_managed" || len(rs.Rules) != 1 {
		t.Fatalf("managed deploy: %+v", rs)
	}
	c.ok("GET", ep, nil, &rs)
	c.fail("PUT", ep, map[string]any{"rules": []any{map[string]any{"action": "execute", "expression": "true", "action_parameters": map[string]any{"id": HexID("no such ruleset")}}}}, 400, 20200)

	rl := "/zones/" + SeedZoneShopID + "/rulesets/phases/http_ratelimit/entrypoint"
	c.ok("PUT", rl, map[string]any{"rules": []any{map[string]any{"action": "block", "expression": `(http.request.uri.path eq "/checkout")`,
		"ratelimit": map[string]any{"characteristics": []any{"cf.colo.id", "ip.src"}, "period": 60, "requests_per_period": 50, "mitigation_timeout": 60}}}}, &rs)
	if rs.Rules[0]["ratelimit"] == nil {
		t.Fatalf("ratelimit lost: %+v", rs.Rules)
	}
	c.fail("PUT", rl, map[string]any{"rules": []any{map[string]any{"action": "block", "expression": "true",
		"ratelimit": map[string]any{"characteristics": []any{"ip.src"}, "period": 61, "requests_per_period": 5}}}}, 400, 20200)
	c.fail("PUT", rl, map[string]any{"rules": []any{map[string]any{"action": "block", "expression": "true"}}}, 400, 20200)
}
