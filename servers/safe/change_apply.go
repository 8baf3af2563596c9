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
	PlanID   string `json:"plan_id" jsonschema:"plan_id of a plan, or its short id"`
	Approval string `json:"approval,omitempty" jsonschema:"approval text a person made with cloudflare_safe approve (statement and SSH signature), when the plan needs approval"`
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
	Approvers  any    `json:"approvers,omitempty" jsonschema:"who approved: principal and SSH key fingerprint"`
	Receipt    string `json:"layer0_receipt,omitempty"`
	Checkpoint string `json:"audit_checkpoint,omitempty" jsonschema:"signed audit-log checkpoint after this change"`
	AuditError string `json:"audit_error,omitempty"`
}

func changeApply(_ *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return mcpkit.NewTool("change_apply",
		"Apply a plan: re-checks live state, invariants, budgets, approval; executes, reads back; any failure is undone.",
		mcpkit.Hints{ReadOnly: false, Destructive: true, Idempotent: false, OpenWorld: true},
		func(ctx context.Context, a ChangeApplyArgs) (ChangeApplyResult, error) {
			if strings.TrimSpace(a.PlanID) == "" {
				return ChangeApplyResult{}, mcpkit.Errorf("plan_id is required: the plan_id a dns_record_manage, zone_settings_manage, waf_rule_configure or change_rollback plan returned")
			}
			tok, err := eng.ResolvePlan(a.PlanID)
			if err != nil {
				return ChangeApplyResult{}, toolErr("applying the plan", err)
			}
			r, err := eng.Apply(ctx, tok, a.Approval, gateOf(ctx))
			if errors.Is(err, plan.ErrStopped) {
				return ChangeApplyResult{}, mcpkit.Internal(err)
			}
			if err != nil {
				return ChangeApplyResult{}, toolErr("applying the plan", err)
			}
			return ChangeApplyResult{ChangeID: r.ChangeID, Status: r.Status, Zone: r.Zone.Name, Reason: r.Reason, Ops: r.Ops,
				Readback: r.Readback, RollbackOf: r.RollbackOf, ApprovalID: r.ApprovalID, Receipt: r.ReceiptID,
				Checkpoint: r.Checkpoint, AuditError: r.AuditError, Approvers: approversOf(r.Approvers)}, nil
		})
}

func approversOf(as []plan.Approver) any {
	if len(as) == 0 {
		return nil
	}
	return as
}
