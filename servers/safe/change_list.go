package safe

import (
	"context"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/validate"
)

const changeListDefault, changeListMax = 50, 200

var changeStatuses = []string{plan.StatusPending, plan.StatusApplied, plan.StatusRefused, plan.StatusRolledBack, plan.StatusInterrupted, plan.StatusApplying, plan.StatusExpired}

// ChangeListResult is change_list's result, newest first.
type ChangeListResult struct {
	Plans   any `json:"plans"`
	Changes any `json:"changes"`
	// Text is one line per plan and change.
	Text []string `json:"text"`
}

// ChangeListArgs are change_list's arguments.
type ChangeListArgs struct {
	Zone   string `json:"zone,omitempty" jsonschema:"only this zone (name or 32-hex id)"`
	Status string `json:"status,omitempty" jsonschema:"only this status"`
	Limit  int    `json:"limit,omitempty" jsonschema:"1–200, default 50"`
}

func changeList(d *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return mcpkit.NewTool("change_list",
		"Plans and changes with status: pending, applied, refused, rolled_back, interrupted (change_rollback finishes it), expired.",
		mcpkit.LocalReadHints,
		func(ctx context.Context, a ChangeListArgs) (ChangeListResult, error) {
			if a.Status != "" {
				if err := validate.Enum("status", a.Status, changeStatuses...); err != nil {
					return ChangeListResult{}, mcpkit.Errorf("%v", err)
				}
			}
			limit := changeListDefault
			if a.Limit != 0 {
				if err := validate.Range("limit", a.Limit, 1, changeListMax); err != nil {
					return ChangeListResult{}, mcpkit.Errorf("%v", err)
				}
				limit = a.Limit
			}
			zoneID := ""
			if a.Zone != "" {
				z, err := zoneFor(ctx, d, a.Zone)
				if err != nil {
					return ChangeListResult{}, err
				}
				zoneID = z.ID
			}
			l, err := eng.List(zoneID, a.Status, limit)
			if err != nil {
				return ChangeListResult{}, toolErr("reading the journal", err)
			}
			return ChangeListResult{Plans: l.Plans, Changes: l.Changes, Text: listingText(l)}, nil
		})
}
