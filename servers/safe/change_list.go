package safe

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/validate"
)

const changeListDefault, changeListMax = 20, 200

var changeStatuses = []string{plan.StatusPending, plan.StatusApplied, plan.StatusRefused, plan.StatusRolledBack, plan.StatusInterrupted, plan.StatusApplying, plan.StatusExpired}

// ChangeListResult is change_list's result, newest first: one summary line
// per plan and per change, or full records with detail or id.
type ChangeListResult struct {
	Plans   any `json:"plans"`
	Changes any `json:"changes"`
}

// ChangeListArgs are change_list's arguments.
type ChangeListArgs struct {
	Zone   string `json:"zone,omitempty" jsonschema:"only this zone (name or 32-hex id)"`
	Status string `json:"status,omitempty" jsonschema:"only this status"`
	Limit  int    `json:"limit,omitempty" jsonschema:"1–200, default 20"`
	ID     string `json:"id,omitempty" jsonschema:"one plan_id or change_id: its full record"`
	Detail bool   `json:"detail,omitempty" jsonschema:"full records instead of summary lines"`
}

func changeList(d *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return mcpkit.NewTool("change_list",
		"Plans and changes, one line each, with status: pending, applied, refused, rolled_back, interrupted (change_rollback finishes it), expired.",
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
			if a.ID != "" {
				return changeByID(eng, a.ID)
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
			if a.Detail {
				return ChangeListResult{Plans: l.Plans, Changes: l.Changes}, nil
			}
			plans := make([]string, len(l.Plans))
			for i, p := range l.Plans {
				plans[i] = planLine(p)
			}
			changes := make([]string, len(l.Changes))
			for i, c := range l.Changes {
				changes[i] = changeLine(c)
			}
			return ChangeListResult{Plans: plans, Changes: changes}, nil
		})
}

// changeByID returns the full record of one plan or change.
func changeByID(eng *plan.Engine, id string) (ChangeListResult, error) {
	id = strings.TrimSpace(id)
	res := ChangeListResult{Plans: []plan.PlanInfo{}, Changes: []plan.ChangeInfo{}}
	if strings.HasPrefix(id, "chg_") {
		c, err := eng.Change(id)
		if err != nil {
			return ChangeListResult{}, toolErr("reading the journal", err)
		}
		if c != nil {
			res.Changes = []plan.ChangeInfo{*c}
			return res, nil
		}
	} else {
		l, err := eng.List("", "", changeListMax)
		if err != nil {
			return ChangeListResult{}, toolErr("reading the journal", err)
		}
		for _, p := range l.Plans {
			if p.PlanID == id || p.PlanID == plan.TokenPlanID(id) {
				res.Plans = []plan.PlanInfo{p}
				return res, nil
			}
		}
	}
	return ChangeListResult{}, mcpkit.Errorf("id %q is neither a known change_id (chg_…) nor a plan_id of the last %d plans; accepted: an id from a change_list line", id, changeListMax)
}

func stamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04Z") }

func opsWord(n int) string {
	if n == 1 {
		return "1 op"
	}
	return fmt.Sprintf("%d ops", n)
}

// planLine is one plan as a summary line.
func planLine(p plan.PlanInfo) string {
	s := fmt.Sprintf("%s %s %s %s/%s %s, created %s", p.PlanID, p.Status, p.Zone, p.Tool, p.Action, opsWord(p.Ops), stamp(p.CreatedAt))
	if p.ChangeID != "" {
		s += ", change " + p.ChangeID
	}
	return s
}

// changeLine is one change as a summary line.
func changeLine(c plan.ChangeInfo) string {
	s := fmt.Sprintf("%s %s %s %s, plan %s, started %s", c.ChangeID, c.Status, c.Zone, opsWord(c.Ops), c.PlanID, stamp(c.StartedAt))
	if c.RollbackOf != "" {
		s += ", rollback of " + c.RollbackOf
	}
	if c.RolledBackBy != "" {
		s += ", rolled back by " + c.RolledBackBy
	}
	return s
}
