package safe

import (
	"context"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
)

// ChangeRollbackArgs are change_rollback's arguments.
type ChangeRollbackArgs struct {
	ChangeID string `json:"change_id" jsonschema:"change_id from change_apply or change_list"`
}

// ChangeRollbackResult is the plan that undoes the change.
type ChangeRollbackResult struct {
	ChangeID string `json:"change_id"`
	Plan     any    `json:"plan"`
}

func changeRollback(_ *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return mcpkit.NewTool("change_rollback",
		"Plan the undo of an applied or interrupted change (the inverse operations against live state); apply it with change_apply.",
		mcpkit.PlanHints,
		func(ctx context.Context, a ChangeRollbackArgs) (ChangeRollbackResult, error) {
			if !changeIDOK(a.ChangeID) {
				return ChangeRollbackResult{}, mcpkit.Errorf("change_id %q is not a change id; accepted: chg_ followed by 16 hex digits, as change_apply and change_list return it", clipQuoted(a.ChangeID, 40))
			}
			p, err := eng.Rollback(ctx, a.ChangeID, gateOf(ctx))
			if err != nil {
				return ChangeRollbackResult{}, toolErr("planning the rollback", err)
			}
			return ChangeRollbackResult{ChangeID: a.ChangeID, Plan: planView(p)}, nil
		})
}

func changeIDOK(s string) bool {
	if len(s) != 20 || s[:4] != "chg_" {
		return false
	}
	for _, c := range s[4:] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
