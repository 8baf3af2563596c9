package safe

import (
	"errors"
	"strings"
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
	e.call("change_list", map[string]any{"detail": true}, "", &out)
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
	e.call("change_list", map[string]any{"status": "applied", "limit": 1, "detail": true}, "", &out)
	if len(out.Changes) != 1 || len(out.Plans) != 1 || out.Plans[0].Status != "applied" {
		t.Errorf("filtered: %+v", out)
	}
	e.call("change_list", map[string]any{"zone": "example.shop", "detail": true}, "", &out)
	if len(out.Changes) != 0 || len(out.Plans) != 0 {
		t.Errorf("zone filter: %+v", out)
	}
	e.call("change_list", map[string]any{"status": "done"}, `status: "done" is not a valid value; accepted: pending, applied`, nil)
	e.call("change_list", map[string]any{"limit": 0.5}, "limit", nil)
	e.call("change_list", map[string]any{"limit": 500}, "limit: 500", nil)
}

func TestCrashShowsInterruptedAndRollbackFinishes(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	before := e.state(mainID)
	id := e.find(mainID, "A", "staging.example.com")[0].ID
	p := e.planDNS(map[string]any{"zone": "example.com", "action": "delete", "record_id": id})
	engineHooks = plan.Hooks{AfterExecute: func(string) error { return errors.New("process killed") }}
	crashed := clientFor(t, e)
	engineHooks = plan.Hooks{}
	if _, err := crashed.Call("change_apply", map[string]any{"plan_id": p.PlanID}); err == nil {
		t.Fatal("the stopped apply reported success")
	}
	if len(e.find(mainID, "A", "staging.example.com")) != 0 {
		t.Fatal("the delete did not run before the stop")
	}
	e.cl = clientFor(t, e) // the restarted server
	var out struct{ Changes []plan.ChangeInfo }
	e.call("change_list", map[string]any{"status": "interrupted", "detail": true}, "", &out)
	if len(out.Changes) != 1 {
		t.Fatalf("changes: %+v", out.Changes)
	}
	var rb struct{ Plan *planOut }
	e.call("change_rollback", map[string]any{"change_id": out.Changes[0].ChangeID}, "", &rb)
	if r := e.apply(rb.Plan.PlanID, ""); r.Status != "applied" {
		t.Fatalf("%+v", r)
	}
	if e.state(mainID) != before {
		t.Fatal("the rollback did not restore the record")
	}
	e.call("change_list", map[string]any{"status": "rolled_back", "detail": true}, "", &out)
	if len(out.Changes) != 1 {
		t.Fatalf("after rollback: %+v", out.Changes)
	}
}

// change_list is compact by default: one summary line per plan and change;
// the full record of one comes by id.
func TestChangeListCompactLinesAndDetailByID(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	applied := e.apply(e.createPlan("done").PlanID, "")
	pending := e.createPlan("pend")
	var lines struct {
		Plans   []string
		Changes []string
	}
	e.call("change_list", map[string]any{}, "", &lines)
	if len(lines.Changes) != 1 || !strings.HasPrefix(lines.Changes[0], applied.ChangeID+" applied example.com 1 op, plan ") {
		t.Fatalf("change lines: %q", lines.Changes)
	}
	if len(lines.Plans) != 2 || !strings.Contains(strings.Join(lines.Plans, "\n"), plan.TokenPlanID(pending.PlanID)+" pending example.com") {
		t.Fatalf("plan lines: %q", lines.Plans)
	}
	var one struct {
		Plans   []plan.PlanInfo
		Changes []plan.ChangeInfo
	}
	e.call("change_list", map[string]any{"id": applied.ChangeID}, "", &one)
	if len(one.Changes) != 1 || one.Changes[0].ChangeID != applied.ChangeID || one.Changes[0].Ops != 1 || one.Changes[0].FinishedAt.IsZero() {
		t.Fatalf("change by id: %+v", one)
	}
	e.call("change_list", map[string]any{"id": pending.PlanID}, "", &one)
	if len(one.Plans) != 1 || one.Plans[0].Status != "pending" {
		t.Fatalf("plan by id: %+v", one)
	}
	e.call("change_list", map[string]any{"id": "chg_nope"}, "neither a known change_id", nil)
}
