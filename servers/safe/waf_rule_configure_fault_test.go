package safe

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/audit"
	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/plan"
)

// TestWAFApplyFaults injects a fault at each step of an apply (the re-read,
// each write endpoint, the bulk operation poll) and checks that the result is
// applied-and-verified or fully rolled back, and that rules and lists the
// plan does not touch are unchanged either way.
func TestWAFApplyFaults(t *testing.T) {
	const (
		rules   = "/zones/*/rulesets/*/rules"
		rule    = "/zones/*/rulesets/*/rules/*"
		entry   = "/zones/*/rulesets/phases/*/entrypoint"
		items   = "/accounts/*/rules/lists/*/items"
		bulk    = "/accounts/*/rules/lists/bulk_operations/*"
		applied = "applied"
		rolled  = "rolled_back"
	)
	createCustom := map[string]any{"zone": "example.com", "action": "create", "kind": "custom", "position": 3,
		"rule": map[string]any{"action": "block", "expression": `(http.request.uri.path eq "/f")`, "description": "fault-desc-7731"}}
	updateCustom := map[string]any{"zone": "example.com", "action": "update", "kind": "custom", "rule_id": cfsim.SeedRuleLogOnlyID,
		"rule": map[string]any{"action": "block"}}
	deleteCustom := map[string]any{"zone": "example.com", "action": "delete", "kind": "custom", "rule_id": cfsim.SeedRuleThreatScoreID}
	reorderCustom := map[string]any{"zone": "example.com", "action": "reorder", "kind": "custom", "rule_id": cfsim.SeedRuleShadowedID, "position": 2}
	createRL := map[string]any{"zone": "example.com", "action": "create", "kind": "rate_limit",
		"rule": map[string]any{"action": "block", "expression": `(http.request.uri.path eq "/api")`, "ratelimit": loginRL}}
	overrideOWASP := map[string]any{"zone": "example.com", "action": "update", "kind": "managed", "managed": map[string]any{"ruleset": "owasp", "threshold": "low"}}
	deployShop := map[string]any{"zone": "example.shop", "action": "create", "kind": "managed", "managed": map[string]any{"ruleset": "owasp"}}
	addItems := map[string]any{"zone": "example.com", "action": "update", "kind": "ip_list", "list_id": cfsim.SeedListBlockedID, "mode": "add", "items": []any{"198.51.100.50"}}
	replaceItems := map[string]any{"zone": "example.com", "action": "update", "kind": "ip_list", "list_id": cfsim.SeedListBlockedID, "mode": "replace", "items": []any{"198.51.100.51"}}
	cases := []struct {
		name  string
		args  map[string]any
		fault cfsim.Fault
		want  string
	}{
		{"custom create: re-read 503 once", createCustom, cfsim.Fault{Method: "GET", Path: entry, Kind: cfsim.FaultServerError, Status: 503, Count: 1}, applied},
		{"custom create: re-read truncated", createCustom, cfsim.Fault{Method: "GET", Path: entry, Kind: cfsim.FaultTruncate, Count: 1}, applied},
		{"custom create: POST 429", createCustom, cfsim.Fault{Method: "POST", Path: rules, Kind: cfsim.FaultRateLimit, Count: 1}, rolled},
		{"custom create: POST 500", createCustom, cfsim.Fault{Method: "POST", Path: rules, Kind: cfsim.FaultServerError, Status: 500, Count: 1}, rolled},
		{"custom create: POST truncated (applied, answer lost)", createCustom, cfsim.Fault{Method: "POST", Path: rules, Kind: cfsim.FaultTruncate, Count: 1}, applied},
		{"custom update: PATCH 429", updateCustom, cfsim.Fault{Method: "PATCH", Path: rule, Kind: cfsim.FaultRateLimit, Count: 1}, rolled},
		{"custom update: PATCH 502", updateCustom, cfsim.Fault{Method: "PATCH", Path: rule, Kind: cfsim.FaultServerError, Status: 502, Count: 1}, rolled},
		{"custom update: PATCH truncated", updateCustom, cfsim.Fault{Method: "PATCH", Path: rule, Kind: cfsim.FaultTruncate, Count: 1}, applied},
		{"custom delete: DELETE 503", deleteCustom, cfsim.Fault{Method: "DELETE", Path: rule, Kind: cfsim.FaultServerError, Status: 503, Count: 1}, rolled},
		{"custom delete: DELETE truncated", deleteCustom, cfsim.Fault{Method: "DELETE", Path: rule, Kind: cfsim.FaultTruncate, Count: 1}, applied},
		{"custom reorder: PATCH 500", reorderCustom, cfsim.Fault{Method: "PATCH", Path: rule, Kind: cfsim.FaultServerError, Status: 500, Count: 1}, rolled},
		{"rate limit create: POST 500", createRL, cfsim.Fault{Method: "POST", Path: rules, Kind: cfsim.FaultServerError, Status: 500, Count: 1}, rolled},
		{"rate limit create: POST truncated", createRL, cfsim.Fault{Method: "POST", Path: rules, Kind: cfsim.FaultTruncate, Count: 1}, applied},
		{"managed override: PATCH 500", overrideOWASP, cfsim.Fault{Method: "PATCH", Path: rule, Kind: cfsim.FaultServerError, Status: 500, Count: 1}, rolled},
		{"managed override: PATCH 429", overrideOWASP, cfsim.Fault{Method: "PATCH", Path: rule, Kind: cfsim.FaultRateLimit, Count: 1}, rolled},
		{"managed deploy: PUT entry point 500", deployShop, cfsim.Fault{Method: "PUT", Path: entry, Kind: cfsim.FaultServerError, Status: 500, Count: 1}, rolled},
		{"managed deploy: PUT entry point truncated", deployShop, cfsim.Fault{Method: "PUT", Path: entry, Kind: cfsim.FaultTruncate, Count: 1}, applied},
		{"ip list add: POST items 500", addItems, cfsim.Fault{Method: "POST", Path: items, Kind: cfsim.FaultServerError, Status: 500, Count: 1}, rolled},
		{"ip list add: POST items 429", addItems, cfsim.Fault{Method: "POST", Path: items, Kind: cfsim.FaultRateLimit, Count: 1}, rolled},
		{"ip list add: POST items truncated", addItems, cfsim.Fault{Method: "POST", Path: items, Kind: cfsim.FaultTruncate, Count: 1}, ""},
		{"ip list add: bulk poll 503 twice", addItems, cfsim.Fault{Method: "GET", Path: bulk, Kind: cfsim.FaultServerError, Status: 503, Count: 2}, applied},
		{"ip list replace: PUT items 500", replaceItems, cfsim.Fault{Method: "PUT", Path: items, Kind: cfsim.FaultServerError, Status: 500, Count: 1}, rolled},
		{"ip list replace: bulk poll truncated", replaceItems, cfsim.Fault{Method: "GET", Path: bulk, Kind: cfsim.FaultTruncate, Count: 1}, applied},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t, writesOn, nil)
			zoneID := mainID
			if c.args["zone"] == "example.shop" {
				zoneID = cfsim.SeedZoneShopID
			}
			phases := []string{cfclient.PhaseCustom, cfclient.PhaseRateLimit, cfclient.PhaseManaged}
			beforeRules := map[string][]cfclient.Rule{}
			for _, ph := range phases {
				beforeRules[ph] = e.phaseRulesOrNone(zoneID, ph)
			}
			beforeBlocked, beforeOffice := e.listItems(cfsim.SeedListBlockedID), e.listItems(cfsim.SeedListOfficeID)
			p := e.planWAF(c.args)
			e.sim.SetFault(c.fault)
			r := e.applyApproved(p)
			e.sim.ClearFaults()
			if c.want != "" && r.Status != c.want {
				t.Fatalf("status %s (%s), want %s", r.Status, r.Reason, c.want)
			}
			if r.Status != applied && r.Status != rolled {
				t.Fatalf("status %s: %s", r.Status, r.Reason)
			}
			if strings.Contains(r.Reason, "interrupted") {
				t.Fatalf("reason: %s", r.Reason)
			}
			var st struct {
				Changes []struct {
					ChangeID string `json:"change_id"`
					Status   string
				}
			}
			e.call("change_list", map[string]any{"detail": true}, "", &st)
			if len(st.Changes) != 1 || st.Changes[0].ChangeID != r.ChangeID || st.Changes[0].Status != r.Status {
				t.Fatalf("journal: %+v", st.Changes)
			}
			logb, err := os.ReadFile(e.engineAudit())
			if err != nil {
				t.Fatal(err)
			}
			if _, err := audit.VerifyFile(e.engineAudit()); err != nil || strings.Contains(string(logb), "fault-desc-7731") || strings.Contains(string(logb), "198.51.100.5") {
				t.Fatalf("audit log: %v (it must verify and hold no rule or item content)", err)
			}
			if c.args["kind"] == "ip_list" {
				if strings.Join(e.listItems(cfsim.SeedListOfficeID), ",") != strings.Join(beforeOffice, ",") {
					t.Fatal("an untouched list changed")
				}
				got := e.listItems(cfsim.SeedListBlockedID)
				if r.Status == rolled && strings.Join(got, ",") != strings.Join(beforeBlocked, ",") {
					t.Fatalf("rolled back but the items differ: %v", got)
				}
				if r.Status == applied && strings.Join(got, ",") == strings.Join(beforeBlocked, ",") {
					t.Fatalf("applied but the items did not change")
				}
				return
			}
			for _, ph := range phases {
				after := e.phaseRulesOrNone(zoneID, ph)
				before := beforeRules[ph]
				touched := ""
				if ph == phaseOfKind(c.args["kind"].(string)) {
					switch id, ok := c.args["rule_id"].(string); {
					case ok:
						touched = refOf(t, before, id)
					case c.args["action"] == "update": // the OWASP execute rule
						touched = before[1].Ref
					default:
						for _, a := range after {
							if strings.HasPrefix(a.Ref, "cfplane_") {
								touched = a.Ref
							}
						}
					}
				}
				if r.Status == rolled {
					sameValues(t, before, after)
				}
				untouchedSame(t, before, after, touched)
				if r.Status == applied && touched == "" && ph == phaseOfKind(c.args["kind"].(string)) {
					// a create that applied must be found by its ref
					t.Fatalf("applied, but no touched rule found in %s", ph)
				}
			}
		})
	}
}

func phaseOfKind(k string) string {
	switch k {
	case "rate_limit":
		return cfclient.PhaseRateLimit
	case "managed":
		return cfclient.PhaseManaged
	}
	return cfclient.PhaseCustom
}

// phaseRulesOrNone is the rules of a phase, none when it has no entry point.
func (e *env) phaseRulesOrNone(zoneID, phase string) []cfclient.Rule {
	e.t.Helper()
	if phase == cfclient.PhaseRateLimit && zoneID == cfsim.SeedZoneShopID || phase == cfclient.PhaseManaged && zoneID == cfsim.SeedZoneShopID {
		rs, err := e.d.Client.GetPhaseEntrypoint(context.Background(), zoneID, phase)
		if err != nil {
			return nil
		}
		return rs.Rules
	}
	return e.phaseRules(zoneID, phase)
}

// TestWAFReadbackFaults fails the readback after the rule was written: a
// failure the engine's read retries absorb ends applied; one that outlasts
// them ends rolled back, with the rule gone and the others unchanged.
func TestWAFReadbackFaults(t *testing.T) {
	for _, c := range []struct {
		count int
		want  string
	}{{1, "applied"}, {3, "rolled_back"}} {
		t.Run(c.want, func(t *testing.T) {
			var sim *cfsim.Sim
			engineHooks = plan.Hooks{AfterExecute: func(string) error {
				sim.SetFault(cfsim.Fault{Method: "GET", Path: "/zones/*/rulesets/phases/*/entrypoint", Kind: cfsim.FaultServerError, Status: 503, Count: c.count})
				return nil
			}}
			t.Cleanup(func() { engineHooks = plan.Hooks{} })
			e := newEnv(t, writesOn, nil)
			sim = e.sim
			before := e.phaseRules(mainID, cfclient.PhaseCustom)
			p := e.planWAF(map[string]any{"zone": "example.com", "action": "create", "kind": "custom",
				"rule": map[string]any{"action": "block", "expression": `(http.request.uri.path eq "/rb")`}})
			r := e.applyApproved(p)
			if r.Status != c.want {
				t.Fatalf("%+v", r)
			}
			after := e.phaseRules(mainID, cfclient.PhaseCustom)
			if c.want == "rolled_back" {
				if !strings.Contains(r.Reason, "the readback failed") {
					t.Fatalf("reason: %s", r.Reason)
				}
				sameValues(t, before, after)
			}
			untouchedSame(t, before, after, after[len(after)-1].Ref)
		})
	}
}

func (e *env) engineAudit() string { return filepath.Join(e.cfg.StateDir, "audit.jsonl") }

// TestWAFCrashThenRollback stops the server between executing a rule
// change and its readback: the restarted server shows the change
// interrupted, and change_rollback brings the rules back.
func TestWAFCrashThenRollback(t *testing.T) {
	for _, args := range []map[string]any{
		{"zone": "example.com", "action": "create", "kind": "custom", "position": 1, "rule": map[string]any{"action": "block", "expression": `(http.request.uri.path eq "/crash")`}},
		{"zone": "example.com", "action": "delete", "kind": "custom", "rule_id": cfsim.SeedRuleBadBotID},
		{"zone": "example.com", "action": "update", "kind": "ip_list", "list_id": cfsim.SeedListBlockedID, "mode": "replace", "items": []any{"192.0.2.1"}},
	} {
		t.Run(args["action"].(string)+" "+args["kind"].(string), func(t *testing.T) {
			e := newEnv(t, writesOn, nil)
			before := e.phaseRules(mainID, cfclient.PhaseCustom)
			items := e.listItems(cfsim.SeedListBlockedID)
			p := e.planWAF(args)
			engineHooks = plan.Hooks{AfterExecute: func(string) error { return errors.New("process killed") }}
			crashed := clientFor(t, e)
			engineHooks = plan.Hooks{}
			if _, err := crashed.Call("change_apply", map[string]any{"plan_id": p.PlanID, "approval": e.approval(p)}); err == nil {
				t.Fatal("the stopped apply reported success")
			}
			e.cl = clientFor(t, e)
			var out struct{ Changes []plan.ChangeInfo }
			e.call("change_list", map[string]any{"status": "interrupted", "detail": true}, "", &out)
			if len(out.Changes) != 1 {
				t.Fatalf("changes: %+v", out.Changes)
			}
			if r := e.applyApproved(e.rollback(out.Changes[0].ChangeID)); r.Status != "applied" {
				t.Fatalf("%+v", r)
			}
			after := e.phaseRules(mainID, cfclient.PhaseCustom)
			sameValues(t, before, after)
			if strings.Join(e.listItems(cfsim.SeedListBlockedID), ",") != strings.Join(items, ",") {
				t.Fatal("the list items were not restored")
			}
		})
	}
}
