package plan

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// changeStatus is a change's status: its outcome; rolled_back once a
// rollback of it applied; applying while its zone lock is held; and
// interrupted when its intent has no outcome and nobody holds the lock (the
// process stopped between intent and outcome).
func (e *Engine) changeStatus(c *changeState) string {
	if c.undone != "" {
		return StatusRolledBack
	}
	if c.outcome != nil {
		return c.outcome.Status
	}
	e.flightMu.Lock()
	flying := e.inFlight[c.intent.ChangeID]
	e.flightMu.Unlock()
	if flying {
		return StatusApplying
	}
	unlock, free, err := e.tryLockZone(c.intent.Zone.ID)
	if err != nil || !free {
		return StatusApplying
	}
	unlock()
	return StatusInterrupted
}

// PlanInfo is a plan as change_list shows it.
type PlanInfo struct {
	PlanID    string    `json:"plan_id"`
	Zone      string    `json:"zone"`
	Tool      string    `json:"tool"`
	Action    string    `json:"action"`
	Status    string    `json:"status"`
	Ops       int       `json:"ops"`
	CreatedAt time.Time `json:"created_at"`
	ExpiresAt time.Time `json:"expires_at"`
	ChangeID  string    `json:"change_id,omitempty"`
	Reason    string    `json:"reason,omitempty"`
}

// Listing is change_list's view: newest first.
type Listing struct {
	Plans   []PlanInfo   `json:"plans"`
	Changes []ChangeInfo `json:"changes"`
}

// changeInfo describes an indexed change.
func (e *Engine) changeInfo(c *changeState) ChangeInfo {
	ci := ChangeInfo{ChangeID: c.intent.ChangeID, PlanID: c.intent.PlanID, Zone: c.intent.Zone.Name, Status: e.changeStatus(c),
		Ops: c.nops, StartedAt: c.intent.Time, RollbackOf: c.intent.RollbackOf, RolledBackBy: c.undone}
	if c.outcome != nil {
		ci.FinishedAt, ci.Reason = c.outcome.Time, c.outcome.Reason
	}
	if ci.Status == StatusInterrupted {
		ci.Reason = "the server stopped between the journal intent and the outcome; run change_rollback " + ci.ChangeID + " to undo whatever was applied"
	}
	return ci
}

// Change returns one change of the journal by id (nil when unknown).
func (e *Engine) Change(changeID string) (*ChangeInfo, error) {
	if err := e.init(); err != nil {
		return nil, err
	}
	var out *ChangeInfo
	err := e.journal.withIndex(func(ix *journalIndex) error {
		if c := ix.changes[changeID]; c != nil {
			ci := e.changeInfo(c)
			out = &ci
		}
		return nil
	})
	return out, err
}

// List returns up to limit plans and limit changes, newest first,
// optionally only those of one zone (by id) and one status.
func (e *Engine) List(zoneID, status string, limit int) (*Listing, error) {
	if err := e.init(); err != nil {
		return nil, err
	}
	out := &Listing{Plans: []PlanInfo{}, Changes: []ChangeInfo{}}
	// From the journal index, newest first, stopping at limit: the cost
	// follows limit, not the history (a status filter walks further back
	// until it has limit matches).
	byPlan := map[string]*changeState{}
	refused := map[string]Entry{}
	var planIDs []string
	// With a store: the zone's plan bodies, newest first (plans are few:
	// they are deleted after PlanRetention).
	var bodies [][]byte
	if e.st != nil {
		var err error
		if bodies, err = e.storedPlans(zoneID, "", 0); err != nil {
			return nil, err
		}
		for _, b := range bodies {
			var p struct {
				ID string `json:"id"`
			}
			_ = json.Unmarshal(b, &p)
			planIDs = append(planIDs, p.ID)
		}
	}
	err := e.journal.withIndex(func(ix *journalIndex) error {
		ids := ix.order
		if zoneID != "" {
			ids = ix.byZone[zoneID]
		}
		for i := len(ids) - 1; i >= 0 && len(out.Changes) < limit; i-- {
			ci := e.changeInfo(ix.changes[ids[i]])
			if status == "" || status == ci.Status {
				out.Changes = append(out.Changes, ci)
			}
		}
		// Plan statuses come from the index too (plans are few: their
		// bodies are swept after PlanRetention).
		if e.st == nil {
			planIDs = planFileIDs(filepath.Join(e.cfg.StateDir, "plans"))
		}
		for _, id := range planIDs {
			if cid, ok := ix.byPlan[id]; ok {
				c := *ix.changes[cid]
				byPlan[id] = &c
			}
			if r, ok := ix.refused[id]; ok {
				refused[id] = r
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(e.cfg.StateDir, "plans")
	var ents []os.DirEntry
	if e.st == nil {
		ents, err = os.ReadDir(dir)
		if err != nil && !os.IsNotExist(err) {
			return nil, err
		}
	}
	type fileInfo struct {
		name string
		mod  time.Time
	}
	var files []fileInfo
	for _, de := range ents {
		if !strings.HasSuffix(de.Name(), ".json") || strings.HasPrefix(de.Name(), ".") {
			continue
		}
		if fi, err := de.Info(); err == nil {
			files = append(files, fileInfo{de.Name(), fi.ModTime()})
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].mod.After(files[j].mod) })
	now := e.now()
	n := len(bodies)
	if e.st == nil {
		n = len(files)
	}
	for i := 0; i < n; i++ {
		if len(out.Plans) >= limit {
			break
		}
		var b []byte
		if e.st != nil {
			b = bodies[i]
		} else if b, err = os.ReadFile(filepath.Join(dir, files[i].name)); err != nil {
			continue
		}
		var p Plan
		if json.Unmarshal(b, &p) != nil {
			continue
		}
		if zoneID != "" && p.Zone.ID != zoneID {
			continue
		}
		pi := PlanInfo{PlanID: p.ID, Zone: p.Zone.Name, Tool: p.Tool, Action: p.Action, Ops: len(p.Ops), CreatedAt: p.CreatedAt, ExpiresAt: p.ExpiresAt}
		switch c, r := byPlan[p.ID], refused[p.ID]; {
		case c != nil:
			pi.Status, pi.ChangeID = e.changeStatus(c), c.intent.ChangeID
		case r.PlanID != "":
			pi.Status, pi.Reason = StatusRefused, r.Reason
		case now.After(p.ExpiresAt):
			pi.Status = StatusExpired
		default:
			pi.Status = StatusPending
		}
		if status == "" || status == pi.Status {
			out.Plans = append(out.Plans, pi)
		}
	}
	return out, nil
}

// planFileIDs lists the ids of the plan bodies in dir.
func planFileIDs(dir string) []string {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	ids := make([]string, 0, len(ents))
	for _, de := range ents {
		if n := de.Name(); strings.HasSuffix(n, ".json") && !strings.HasPrefix(n, ".") {
			ids = append(ids, strings.TrimSuffix(n, ".json"))
		}
	}
	return ids
}

// Rollback plans the undo of a change: the inverse operations, resolved
// against the live state (only what is needed to bring every object the
// change touched back to its state before it). The plan is applied with
// Apply like any other.
func (e *Engine) Rollback(ctx context.Context, changeID string, gate Gate) (*Prepared, error) {
	if err := e.init(); err != nil {
		return nil, err
	}
	var c *changeState
	if err := e.journal.withIndex(func(ix *journalIndex) error {
		if x := ix.changes[changeID]; x != nil {
			cp := *x
			c = &cp
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if c == nil {
		return nil, errorf("change %s is not in the journal; accepted: a change_id from change_apply or change_list (chg_…)", changeID)
	}
	st := e.changeStatus(c)
	switch st {
	case StatusApplied, StatusInterrupted:
	case StatusApplying:
		return nil, errorf("change %s is still being applied; wait for it to finish", changeID)
	default:
		return nil, errorf("change %s is %s; only applied or interrupted changes can be rolled back", changeID, st)
	}
	if !e.cfg.ZoneAllowed(c.intent.Zone.Name, c.intent.Zone.ID) {
		return nil, errorf("zone %s is not on the zones.allow list of the configuration", c.intent.Zone.Name)
	}
	if c.compacted {
		return nil, errorf("change %s finished more than %s ago and the journal keeps only its summary, not its operations; make a new plan that sets the objects as they should be", changeID, CompactAfter)
	}
	full, err := e.journal.intentAt(c)
	if err != nil {
		return nil, err
	}
	c.intent = full
	live, inFlight, err := e.rollbackState(ctx, c, st)
	if err != nil {
		return nil, errorf("reading the live state of %s failed: %v", c.intent.Zone.Name, err)
	}
	undo, err := e.undoOps(c.intent.Ops, live, nil)
	if err != nil {
		return nil, err
	}
	var notes []string
	if len(undo) == 0 {
		notes = append(notes, "nothing to undo: every object the change touched is already as it was before; applying this plan marks the change rolled back")
	}
	req := Request{Tool: "change_rollback", Action: "rollback", Ops: undo, Gate: gate, RollbackOf: changeID, Notes: notes, AllowEmpty: true}
	if inFlight {
		req.Meta = map[string]string{MetaInFlight: "possible"}
		req.Notes = append(req.Notes, "some operations of the interrupted change did not show applied; applying this plan checks again for late ones, and the change stays interrupted while anything it did remains")
	}
	return e.Prepare(ctx, live, req)
}
