package plan

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

// AccumulationWindow is how far back a zone's destructive changes add to
// the risk of a new destructive change.
const AccumulationWindow = time.Hour

// prior is the destructive effect of a zone's recent changes.
type prior struct {
	changes int
	total   int
}

// recentDestructive sums the destructive severity of the zone's changes
// journaled in the last AccumulationWindow that were not undone (applied,
// applying or interrupted), except the plan skip.
func (e *Engine) recentDestructive(zoneID, skip string, changes map[string]*changeState, order []string) prior {
	var pr prior
	now := e.now()
	for _, id := range order {
		c := changes[id]
		if c.intent.Zone.ID != zoneID || c.intent.PlanID == skip || now.Sub(c.intent.Time) > AccumulationWindow || c.undone != "" {
			continue
		}
		if c.outcome != nil && c.outcome.Status != StatusApplied {
			continue
		}
		if d := e.planDestructive(c.intent.PlanID); d > 0 {
			pr.changes++
			pr.total += d
		}
	}
	return pr
}

func (e *Engine) planDestructive(planID string) int {
	b, err := e.readPlan(planID)
	if err != nil {
		return 0
	}
	var p struct {
		Destructive int `json:"destructive"`
	}
	_ = json.Unmarshal(b, &p)
	return p.Destructive
}

// decide is the one place effects become risk and the need for approval:
// the effects' severities, the size of the change, the zone's recent
// destructive changes (so that splitting a change does not lower what a
// person must approve), and the protected objects the executors name.
func (e *Engine) decide(z Zone, ops []Op, eff []Effect, pr prior) (Risk, ApprovalRequired) {
	r := Risk{Reasons: []string{}}
	var a ApprovalRequired
	total, destructive := sumSeverity(eff)
	r.Score = total
	for _, f := range eff {
		if f.Destructive() && len(r.Reasons) < 12 {
			r.Reasons = append(r.Reasons, "destructive: "+f.Object+" "+f.Text)
		}
	}
	seenO := map[string]bool{}
	counts := map[string]int{}
	for _, op := range ops {
		x := e.execs[op.Kind]
		_, reasons, overrides := x.Assess(z, op, e.cfg.Protected.Records)
		for _, o := range overrides {
			if !seenO[o] {
				seenO[o] = true
				a.Overrides = append(a.Overrides, o)
			}
		}
		// The executors' reasons say what the operation is; they explain,
		// the effects score.
		if len(r.Reasons) < 20 {
			r.Reasons = append(r.Reasons, reasons...)
		}
		counts[op.Kind]++
	}
	n := len(ops)
	if n > 0 {
		var parts []string
		for _, k := range opKinds(ops) {
			parts = append(parts, fmt.Sprintf("%d %s", counts[k], strings.ReplaceAll(k, "_", " ")+plural(counts[k])))
		}
		r.Reasons = append(r.Reasons, "blast radius: "+strings.Join(parts, ", ")+" in zone "+z.Name)
	}
	switch {
	case n > 200:
		r.Score += 30
	case n > 50:
		r.Score += 20
	case n > 10:
		r.Score += 10
	}
	if len(a.Overrides) > 0 {
		r.Score += 40
	}
	if destructive > 0 && pr.total > 0 {
		r.Score += pr.total
		r.Reasons = append(r.Reasons, fmt.Sprintf("accumulated: %d change(s) to zone %s in the last %s had destructive effects (severity %d); they count with this one",
			pr.changes, z.Name, AccumulationWindow, pr.total))
	}
	r.Score = min(r.Score, 100)
	sort.Strings(a.Overrides)
	if th := e.cfg.Approval.RiskThreshold; r.Score >= th {
		a.Required = true
		a.Reasons = append(a.Reasons, fmt.Sprintf("risk %d reaches approval.risk_threshold %d", r.Score, th))
	}
	if why := emergencyApproval(eff); why != "" {
		a.Required = true
		a.Reasons = append(a.Reasons, why)
	}
	if len(a.Overrides) > 0 {
		a.Required = true
		a.Reasons = append(a.Reasons, "touches protected objects; the approval must name the override(s): "+strings.Join(a.Overrides, ", "))
	}
	return r, a
}

// assessLive is the decision over live state s: effects, accumulated risk
// and approval, as Prepare and Apply both make it.
func (e *Engine) assessLive(effs []Effect, s *Snapshot, ops []Op, skipPlan string) (Risk, ApprovalRequired, int, error) {
	_, destructive := sumSeverity(effs)
	var pr prior
	if destructive > 0 {
		// From the journal index: the zone's changes of the window only.
		changes, order, _, err := e.journal.applyView("", "", s.Zone.ID, e.now().Add(-AccumulationWindow))
		if err != nil {
			return Risk{}, ApprovalRequired{}, 0, err
		}
		pr = e.recentDestructive(s.Zone.ID, skipPlan, changes, order)
	}
	r, a := e.decide(s.Zone, ops, effs, pr)
	return r, a, destructive, nil
}

// missing lists the items of want not in have.
func missing(want, have []string) []string {
	in := map[string]bool{}
	for _, h := range have {
		in[h] = true
	}
	var out []string
	for _, w := range want {
		if !in[w] {
			out = append(out, w)
		}
	}
	return out
}

// freeUndo reports whether a rollback of change target is the undo budgets
// always allow: the undo of a change that is not itself a rollback. A
// rollback of a rollback counts like any change.
func freeUndo(target string, changes map[string]*changeState) bool {
	if target == "" {
		return false
	}
	c := changes[target]
	return c != nil && c.intent.RollbackOf == ""
}

// recheck makes the plan's decision again over the live state (the same as
// the plan's, or the apply is refused before) under the configuration in
// force and with the zone's changes since: the stricter decision holds. A
// need for overrides the plan did not name is refused: the approval could
// not name them.
func (e *Engine) recheck(ctx context.Context, p *Plan, live *Snapshot) (ApprovalRequired, error) {
	need := p.Approval
	effs, err := e.effects(ctx, live, p.Ops)
	if err != nil {
		return need, err
	}
	effs = append(effs, emergencyEffects(p.Meta)...)
	_, now, _, err := e.assessLive(effs, live, p.Ops, p.ID)
	if err != nil {
		return need, err
	}
	if extra := missing(now.Overrides, p.Approval.Overrides); len(extra) > 0 {
		return need, errorf("at apply the plan touches protected objects it did not when it was made (%s, protected by the configuration in force); an approval of this plan cannot name them; make a new plan", strings.Join(extra, ", "))
	}
	if now.Required && !need.Required {
		need.Required = true
		need.Reasons = nil
		for _, r := range now.Reasons {
			need.Reasons = append(need.Reasons, "at apply: "+r)
		}
	}
	return need, nil
}

// recentTargetsOnce returns a function reading, once, the DNS targets
// (addresses, CNAME targets) the zone's changes of the last
// AccumulationWindow introduced.
func (e *Engine) recentTargetsOnce(zoneID string) func() map[string]bool {
	var out map[string]bool
	return func() map[string]bool {
		if out != nil {
			return out
		}
		out = map[string]bool{}
		if e.journal == nil {
			return out
		}
		es, err := e.journal.recentIntents(zoneID, e.now().Add(-AccumulationWindow))
		if err != nil {
			return out
		}
		now := e.now()
		for _, en := range es {
			if en.Type != EntryIntent || en.Zone.ID != zoneID || now.Sub(en.Time) > AccumulationWindow {
				continue
			}
			for _, op := range en.Ops {
				if op.Kind != KindDNS || isNull(op.After) {
					continue
				}
				if v, err := DecodeRecord(op.After); err == nil && (v.Type == "A" || v.Type == "AAAA" || v.Type == "CNAME") {
					out[strings.ToLower(v.Content)] = true
				}
			}
		}
		return out
	}
}
