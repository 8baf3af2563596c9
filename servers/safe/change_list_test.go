package safe

import (
	"testing"

	"github.com/cfplane/cfplane/pkg/plan"
)

func TestChangeListSchema(t *testing.T) {
	def := changeList(nil, nil).Def
	if a := def.Annotations; !*a.ReadOnlyHint || *a.DestructiveHint || !*a.IdempotentHint {
		t.Errorf("hints = %+v", a)
	}
}

func TestChangeList(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	pending := e.createPlan("pend")
	applied := e.apply(e.createPlan("done").PlanID, "")
	refusedPlan := e.createPlan("ref")
	e.apply(e.createPlan("ref").PlanID, "") // the same record: the first plan is now stale
	e.call("change_apply", map[string]any{"plan_id": refusedPlan.PlanID}, "now exists", nil)
	var out struct {
		Plans   []plan.PlanInfo
		Changes []plan.ChangeInfo
	}
	e.call("change_list", map[string]any{}, "", &out)
	status := map[string]string{}
	for _, p := range out.Plans {
		status[p.PlanID] = p.Status
	}
	if status[plan.TokenPlanID(pending.PlanID)] != "pending" || status[plan.TokenPlanID(refusedPlan.PlanID)] != "refused" {
		t.Errorf("plan statuses: %v", status)
	}
	found := false
	for _, c := range out.Changes {
		if c.ChangeID == applied.ChangeID && c.Status == "applied" && c.Zone == "example.com" {
			found = true
		}
	}
	if !found || len(out.Changes) != 2 {
		t.Errorf("changes: %+v", out.Changes)
	}
	e.call("change_list", map[string]any{"status": "applied", "limit": 1}, "", &out)
	if len(out.Changes) != 1 || len(out.Plans) != 1 || out.Plans[0].Status != "applied" {
		t.Errorf("filtered: %+v", out)
	}
	e.call("change_list", map[string]any{"zone": "example.shop"}, "", &out)
	if len(out.Changes) != 0 || len(out.Plans) != 0 {
		t.Errorf("zone filter: %+v", out)
	}
	e.call("change_list", map[string]any{"status": "done"}, `status: "done" is not a valid value; accepted: pending, applied`, nil)
	e.call("change_list", map[string]any{"limit": 0.5}, "limit", nil)
	e.call("change_list", map[string]any{"limit": 500}, "limit: 500", nil)
}
