package safe

import (
	"strings"
	"testing"
)

func TestChangeRollbackSchema(t *testing.T) {
	def := changeRollback(nil, nil).Def
	if a := def.Annotations; *a.ReadOnlyHint || *a.DestructiveHint || !*a.OpenWorldHint {
		t.Errorf("hints = %+v", a)
	}
	if !strings.Contains(string(def.RawInputSchema), `"required":["change_id"]`) {
		t.Errorf("schema: %s", def.RawInputSchema)
	}
}

func TestChangeRollback(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	before := e.state(mainID)
	id := e.find(mainID, "A", "vpn.example.com")[0].ID
	r := e.apply(e.planDNS(map[string]any{"zone": "example.com", "action": "delete", "record_id": id}).PlanID, "")
	var rb struct {
		ChangeID string `json:"change_id"`
		Plan     *planOut
	}
	e.call("change_rollback", map[string]any{"change_id": r.ChangeID}, "", &rb)
	if rb.Plan.RollbackOf != r.ChangeID || len(rb.Plan.Diff) != 1 || rb.Plan.Diff[0].Action != "create" {
		t.Fatalf("rollback plan: %+v", rb.Plan)
	}
	if rr := e.apply(rb.Plan.PlanID, ""); rr.Status != "applied" {
		t.Fatalf("%+v", rr)
	}
	if e.state(mainID) != before {
		t.Fatal("the rollback did not restore the record")
	}
	e.call("change_rollback", map[string]any{"change_id": r.ChangeID}, "is rolled_back; only applied or interrupted changes can be rolled back", nil)
	e.call("change_rollback", map[string]any{"change_id": "chg_0000000000000000"}, "is not in the journal", nil)
	e.call("change_rollback", map[string]any{"change_id": "42"}, "is not a change id; accepted: chg_", nil)
}
