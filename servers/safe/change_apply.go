package safe

import (
	"context"
	"errors"
	"strings"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
)

// ChangeApplyArgs are change_apply's arguments.
type ChangeApplyArgs struct {
	PlanID   string `json:"plan_id" jsonschema:"plan_id of a plan"`
	Approval string `json:"approval,omitempty" jsonschema:"code from cloudflare_safe approve, when the plan needs approval"`
}

// ChangeApplyResult is change_apply's result.
type ChangeApplyResult struct {
	ChangeID   string `json:"change_id"`
	Status     string `json:"status" jsonschema:"applied, rolled_back or interrupted"`
	Zone       string `json:"zone"`
	Reason     string `json:"reason,omitempty"`
	Ops        int    `json:"ops"`
	Readback   any    `json:"readback"`
	RollbackOf string `json:"rollback_of,omitempty"`
	ApprovalID string `json:"approval_id,omitempty"`
	Receipt    string `json:"layer0_receipt,omitempty"`
}

func changeApply(_ *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return mcpkit.NewTool("change_apply",
		"Apply a plan: re-checks live state, invariants, budgets, approval; executes, reads back; any failure is undone.",
		mcpkit.Hints{ReadOnly: false, Destructive: true, Idempotent: false, OpenWorld: true},
		func(ctx context.Context, a ChangeApplyArgs) (ChangeApplyResult, error) {
			if strings.TrimSpace(a.PlanID) == "" {
				return ChangeApplyResult{}, mcpkit.Errorf("plan_id is required: the plan_id a dns_record_manage, zone_settings_manage, waf_rule_configure or change_rollback plan returned")
			}
			r, err := eng.Apply(ctx, a.PlanID, a.Approval, gateOf(ctx))
			if errors.Is(err, plan.ErrStopped) {
				return ChangeApplyResult{}, mcpkit.Internal(err)
			}
			if err != nil {
				return ChangeApplyResult{}, toolErr("applying the plan", err)
			}
			return ChangeApplyResult{ChangeID: r.ChangeID, Status: r.Status, Zone: r.Zone.Name, Reason: r.Reason, Ops: r.Ops,
				Readback: r.Readback, RollbackOf: r.RollbackOf, ApprovalID: r.ApprovalID, Receipt: r.ReceiptID}, nil
		})
}
