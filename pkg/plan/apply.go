package plan

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/audit"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/policy"
)

// Readback is what the engine found when it read the touched objects again.
type Readback struct {
	Checked    int      `json:"checked"`
	Matched    int      `json:"matched"`
	Mismatches []string `json:"mismatches,omitempty"`
	// ServerAdded are fields the API returned that the plan did not set
	// and that are not known server defaults; they do not roll back.
	ServerAdded []string `json:"server_added,omitempty"`
}

// Result is the outcome of change_apply.
type Result struct {
	ChangeID   string   `json:"change_id"`
	PlanID     string   `json:"plan_id"`
	Zone       Zone     `json:"zone"`
	Status     string   `json:"status"`
	Reason     string   `json:"reason,omitempty"`
	Ops        int      `json:"ops"`
	Readback   Readback `json:"readback"`
	RollbackOf string   `json:"rollback_of,omitempty"`
	ApprovalID string   `json:"approval_id,omitempty"`
	// Approvers are the people whose signatures approved the plan.
	Approvers  []Approver `json:"approvers,omitempty"`
	ReceiptID  string     `json:"layer0_receipt,omitempty"`
	DurationMS int64      `json:"duration_ms"`
	// Checkpoint is the signed audit-log head after the outcome record.
	Checkpoint string `json:"audit_checkpoint,omitempty"`
	// AuditError says when the outcome record could not be written.
	AuditError string `json:"audit_error,omitempty"`
}

// FinishTimeout bounds executing, reading back and undoing a change once
// its intent is journaled.
const FinishTimeout = 5 * time.Minute

func newChangeID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return "chg_" + hex.EncodeToString(b[:])
}

func (e *Engine) auditRec(r audit.Record) {
	_, _ = e.auditAppend(r)
}

// auditAppend appends r and returns the signed checkpoint of the log after
// it.
func (e *Engine) auditAppend(r audit.Record) (string, error) {
	if e.audit == nil {
		return "", errors.New("the audit log is not open")
	}
	r.Server = e.server
	_, cp, err := e.audit.Append(r)
	return cp, err
}

func auditApprovers(as []Approver) []audit.Approver {
	var out []audit.Approver
	for _, a := range as {
		out = append(out, audit.Approver{Principal: a.Principal, Key: a.Fingerprint})
	}
	return out
}

func (e *Engine) zoneLock(zoneID string) string {
	return filepath.Join(e.cfg.StateDir, "locks", "zone-"+zoneID+".lock")
}

// refuse journals and audits a refusal and returns it as an *Error.
func (e *Engine) refuse(p *Plan, digest, category, msg string, gate Gate, start time.Time) error {
	_ = e.journal.append(Entry{Type: EntryRefused, Time: e.now().UTC(), PlanID: p.ID, PlanDigest: digest, Zone: p.Zone, Reason: msg})
	e.auditRec(audit.Record{Tool: "change_apply", Zone: p.Zone.Name, Action: "apply", PlanID: p.ID, PlanDigest: digest,
		ReceiptID: firstNonEmpty(gate.ReceiptID, p.ReceiptID), Outcome: StatusRefused, Reason: category, DurationMS: time.Since(start).Milliseconds()})
	return &Error{Msg: "refused: " + msg}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// Apply verifies and executes a plan. Refusals come back as *Error (or
// *TokenError) and change nothing; once execution starts, the result is
// applied-and-verified, rolled_back, or — when even the undo failed —
// interrupted (change_rollback finishes it).
func (e *Engine) Apply(ctx context.Context, tok, approval string, gate Gate) (*Result, error) {
	start := time.Now()
	p, digest, err := e.Load(tok)
	if err != nil {
		return nil, err
	}
	if !e.cfg.ZoneAllowed(p.Zone.Name, p.Zone.ID) {
		return nil, e.refuse(p, digest, "zone_not_allowed", fmt.Sprintf("zone %s is not on the zones.allow list of the configuration", p.Zone.Name), gate, start)
	}
	// Another replica claimed the plan and is applying it: say so now
	// rather than wait for its zone lock.
	if by := e.claimedElsewhere(p.ID); by != "" {
		if c, _ := e.changeOfPlan(p.ID); c != nil {
			return nil, errorf("plan %s was already applied as change %s (%s); a plan is applied once; make a new plan", p.ID, c.intent.ChangeID, e.changeStatus(c))
		}
		return nil, errorf("plan %s is being applied by another replica (%s); a plan is applied once; see change_list for its outcome", p.ID, by)
	}
	// One apply per zone at a time, across replicas sharing the state
	// folder or the state store; everything from here to the outcome
	// happens under the lock.
	unlock, err := e.lockZone(ctx, p.Zone.ID)
	if err != nil {
		return nil, err
	}
	defer unlock()
	// The journal index answers from what it folded before (only new lines
	// are read): the cost does not grow with the history. Budgets see the
	// zone's changes of the last day.
	changes, order, c, err := e.journal.applyView(p.ID, p.RollbackOf, p.Zone.ID, e.now().Add(-24*time.Hour))
	if err != nil {
		return nil, err
	}
	if c != nil {
		st := StatusInterrupted
		if c.outcome != nil {
			st = c.outcome.Status
		}
		if c.undone != "" {
			st = StatusRolledBack
		}
		return nil, errorf("plan %s was already applied as change %s (%s); a plan is applied once; make a new plan", p.ID, c.intent.ChangeID, st)
	}

	if e.cfg.Layer0.Strict && p.ReceiptID == "" && gate.ReceiptID == "" {
		return nil, e.refuse(p, digest, "layer0_strict", "layer0.strict is set and neither the plan nor this call carries a Layer0 receipt", gate, start)
	}
	kinds := opKinds(p.Ops)
	live, err := e.Read(ctx, p.Zone, kinds...)
	if err != nil {
		return nil, errorf("reading the live state of %s failed, nothing was changed: %v", p.Zone.Name, err)
	}
	if moved := e.compare(p, live); len(moved) > 0 {
		return nil, e.refuse(p, digest, "live_state_changed", "the live state changed since the plan was made: "+strings.Join(moved, "; ")+"; make a new plan", gate, start)
	}
	inv, err := e.invariants(ctx, live, p.Ops)
	if err != nil {
		return nil, err
	}
	if bad := failedIDs(inv); len(bad) > 0 && p.RollbackOf == "" {
		return nil, e.refuse(p, digest, "invariant_failed:"+strings.Join(bad, ","), "invariants do not hold: "+strings.Join(bad, ", ")+" (see the plan's invariants); change the request", gate, start)
	}
	if !freeUndo(p.RollbackOf, changes) {
		if msg := e.budgetRefusal(p, changes, order); msg != "" {
			return nil, e.refuse(p, digest, "budget", msg, gate, start)
		}
	}
	if max := e.cfg.Budgets.MaxOpsPerPlan; len(p.Ops) > max {
		return nil, e.refuse(p, digest, "budget", fmt.Sprintf("the plan has %d operations; budgets.max_ops_per_plan allows %d", len(p.Ops), max), gate, start)
	}
	// The decision is made again over the live state, under the
	// configuration in force now and the zone's recent changes; the
	// stricter of the two decisions holds.
	need, err := e.recheck(ctx, p, live)
	if err != nil {
		var pe *Error
		if errors.As(err, &pe) {
			return nil, e.refuse(p, digest, "recheck", strings.TrimPrefix(pe.Msg, "refused: "), gate, start)
		}
		return nil, errorf("re-checking the plan's effects failed, nothing was changed: %v", err)
	}
	var approvalID string
	var approvers []Approver
	if need.Required || gate.Review {
		switch {
		case strings.TrimSpace(approval) == "":
			why := strings.Join(need.Reasons, "; ")
			if gate.Review && !need.Required {
				why = "Layer0 asked for review of this apply"
			}
			return nil, e.refuse(p, digest, "approval_missing", "this plan needs an approval ("+why+"); a person whose key is in approval.allowed_signers runs `cloudflare_safe approve "+p.ID+overrideFlags(p.Approval.Overrides)+"` and passes the printed approval text as approval", gate, start)
		default:
			got, aerr := checkApproval(e.cfg, p, digest, approval, e.now())
			if aerr != nil {
				return nil, e.refuse(p, digest, "approval_rejected", "the approval is not accepted: "+aerr.Error()+"; accepted: the text `cloudflare_safe approve "+p.ID+"` printed (a statement naming this plan's digest, signed by keys in approval.allowed_signers)", gate, start)
			}
			approvers = got
		}
		approvalID = ApprovalID(approval)
	}
	// Across replicas on one store: the budget is counted in a database
	// transaction, the plan claimed once, the approval used once.
	changeID := newChangeID()
	if !freeUndo(p.RollbackOf, changes) {
		if msg, err := e.takeBudget(p); err != nil {
			return nil, err
		} else if msg != "" {
			return nil, e.refuse(p, digest, "budget", msg, gate, start)
		}
	}
	if err := e.claim(p, changeID, approvalID); err != nil {
		return nil, err
	}
	// The change does not run unaudited: the audit record of the start must
	// be written first.
	if _, err := e.auditAppend(audit.Record{Tool: "change_apply", Zone: p.Zone.Name, Action: "apply_start", PlanID: p.ID, PlanDigest: digest,
		ReceiptID: firstNonEmpty(gate.ReceiptID, p.ReceiptID), ApprovalID: approvalID, Approvers: auditApprovers(approvers), Outcome: "started"}); err != nil {
		return nil, errorf("refused: the audit log cannot be written (%v); nothing was changed; the change runs only audited — check the state folder's disk and run `cloudflare_safe audit verify`", err)
	}

	// Write-ahead: intent and inverse before anything changes.
	inverse := symbolicInverse(p.Ops)
	if err := e.journal.append(Entry{Type: EntryIntent, Time: e.now().UTC(), ChangeID: changeID, PlanID: p.ID, PlanDigest: digest,
		Zone: p.Zone, RollbackOf: p.RollbackOf, Ops: p.Ops, Inverse: inverse}); err != nil {
		return nil, fmt.Errorf("journal the intent (nothing was changed): %w", err)
	}
	e.flightMu.Lock()
	e.inFlight[changeID] = true
	e.flightMu.Unlock()
	defer func() {
		e.flightMu.Lock()
		delete(e.inFlight, changeID)
		e.flightMu.Unlock()
	}()
	if h := e.Hooks.AfterIntent; h != nil {
		if err := h(changeID); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrStopped, err)
		}
	}

	// Once the intent is journaled the change runs to an outcome even if
	// the caller goes away: a cancelled call must not leave it half done.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), FinishTimeout)
	defer cancel()
	res := &Result{ChangeID: changeID, PlanID: p.ID, Zone: p.Zone, Ops: len(p.Ops), RollbackOf: p.RollbackOf,
		ApprovalID: approvalID, Approvers: approvers, ReceiptID: firstNonEmpty(gate.ReceiptID, p.ReceiptID)}
	execErr := e.execute(ctx, p.Zone, p.Ops)
	if h := e.Hooks.AfterExecute; h != nil {
		if err := h(changeID); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrStopped, err)
		}
	}
	after, rerr := e.Read(ctx, p.Zone, kinds...)
	var mismatches []string
	if rerr == nil {
		var added []string
		mismatches, added = verifyApplied(p.Ops, after)
		res.Readback = Readback{Checked: len(p.Ops), Matched: len(p.Ops) - len(mismatches), Mismatches: capList(mismatches, 20),
			ServerAdded: capList(added, 20)}
	}
	switch {
	case rerr == nil && len(mismatches) == 0:
		res.Status = StatusApplied
		if execErr != nil {
			res.Reason = "the API reported an error (" + execErr.Error() + ") but the readback shows every operation applied"
		}
	default:
		why := ""
		switch {
		case execErr != nil:
			why = "executing failed: " + execErr.Error()
		case rerr != nil:
			why = "the readback failed: " + rerr.Error()
		default:
			why = "the readback differs from the plan: " + strings.Join(capList(mismatches, 5), "; ")
		}
		if err := e.restore(ctx, p.Zone, p.Ops, kinds, live); err != nil {
			res.Status = StatusInterrupted
			res.Reason = why + "; undoing it failed too (" + err.Error() + "); run change_rollback " + changeID + " to finish the undo"
		} else {
			res.Status = StatusRolledBack
			res.Reason = why + "; every operation was undone and the readback confirms the state before the change"
		}
	}
	incomplete := false
	if res.Status == StatusApplied && p.RollbackOf != "" {
		incomplete = e.verifyUndone(ctx, p, changes, res)
	}
	res.DurationMS = time.Since(start).Milliseconds()
	if err := e.journal.append(Entry{Type: EntryOutcome, Time: e.now().UTC(), ChangeID: changeID, PlanID: p.ID, Zone: p.Zone,
		RollbackOf: p.RollbackOf, Status: res.Status, Reason: res.Reason, Incomplete: incomplete}); err != nil {
		return nil, fmt.Errorf("journal the outcome (%s): %w", res.Status, err)
	}
	auditReason := ""
	if res.Status != StatusApplied {
		auditReason = "failed_and_undone"
		if res.Status == StatusInterrupted {
			auditReason = "undo_incomplete"
		}
	}
	cp, aerr := e.auditAppend(audit.Record{Tool: "change_apply", Zone: p.Zone.Name, Action: "apply", PlanID: p.ID, PlanDigest: digest, ChangeID: changeID,
		ReceiptID: res.ReceiptID, ApprovalID: approvalID, Approvers: auditApprovers(approvers), Outcome: res.Status, Reason: auditReason, DurationMS: res.DurationMS,
		Details: map[string]string{"ops": strconv.Itoa(len(p.Ops)), "rollback_of": p.RollbackOf, "readback_sha256": readbackDigest(after, p.Ops)}})
	res.Checkpoint = cp
	if aerr != nil {
		res.AuditError = "the outcome could not be written to the audit log (" + aerr.Error() + "); the journal holds it and `cloudflare_safe audit verify` reports the gap"
	}
	return res, nil
}

func capList(s []string, n int) []string {
	if len(s) <= n {
		return s
	}
	return append(append([]string(nil), s[:n]...), fmt.Sprintf("and %d more", len(s)-n))
}

func overrideFlags(o []string) string {
	var b strings.Builder
	for _, x := range o {
		b.WriteString(" --override " + strconv.Quote(x))
	}
	return b.String()
}

func failedIDs(rs []policy.Result) []string {
	var out []string
	for _, r := range rs {
		if !r.OK {
			out = append(out, r.ID)
		}
	}
	return out
}

// readbackDigest hashes the values read back for the touched objects (the
// audit log keeps hashes, never content).
func readbackDigest(s *Snapshot, ops []Op) string {
	if s == nil {
		return ""
	}
	var parts [][]byte
	for _, op := range ops {
		switch op.Action {
		case ActionCreate:
			for _, o := range s.ByIdentity(op.Kind, op.Identity) {
				parts = append(parts, o.Value)
			}
		default:
			if o, ok := s.Get(op.Kind, op.ID); ok {
				parts = append(parts, o.Value)
			}
		}
	}
	return digestOf(bytes.Join(parts, []byte{'\n'}))
}

func (e *Engine) execute(ctx context.Context, z Zone, ops []Op) error {
	for _, k := range opKinds(ops) {
		var mine []Op
		for _, op := range ops {
			if op.Kind == k {
				mine = append(mine, op)
			}
		}
		if err := e.execs[k].Execute(ctx, z.ID, mine); err != nil {
			return err
		}
	}
	return nil
}

// compare re-fingerprints the plan's objects over live state and says what
// moved.
func (e *Engine) compare(p *Plan, live *Snapshot) []string {
	want := map[string]string{}
	for _, f := range p.Fingerprints {
		want[f.Object] = f.SHA256
	}
	var moved []string
	for _, op := range p.Ops {
		h, err := fingerprintOf(live, op)
		name := op.Object
		if op.ID != "" && !strings.Contains(name, op.ID) {
			name += " (id " + op.ID + ")"
		}
		switch {
		case err != nil && op.Action != ActionCreate:
			moved = append(moved, name+" no longer exists")
		case h != want[fpKey(op)]:
			switch op.Action {
			case ActionCreate:
				ids := []string{}
				for _, o := range live.ByIdentity(op.Kind, op.Identity) {
					ids = append(ids, o.ID)
				}
				moved = append(moved, op.Object+" now exists (id "+strings.Join(ids, ", ")+")")
			default:
				moved = append(moved, name+" was modified")
			}
		}
	}
	return capList(moved, 10)
}

// verifyApplied compares the live state with the plan's expected state:
// every field an op set must read back equal (see readbackDiff); fields
// the server added come back in added, which does not fail the apply.
func verifyApplied(ops []Op, s *Snapshot) (bad, added []string) {
	check := func(op Op, got Object, what string) {
		d, a := readbackDiff(op.Kind, op.After, got.Value)
		if len(d) > 0 {
			bad = append(bad, op.Object+" "+what+": "+strings.Join(capList(d, 5), ", "))
		}
		for _, f := range a {
			added = append(added, op.Object+": "+f)
		}
	}
	for _, op := range ops {
		switch op.Action {
		case ActionCreate:
			m := s.ByIdentity(op.Kind, op.Identity)
			switch {
			case len(m) == 0:
				bad = append(bad, op.Object+" was not created")
			case len(m) > 1:
				bad = append(bad, fmt.Sprintf("%s exists %d times", op.Object, len(m)))
			default:
				check(op, m[0], "was created with other values than planned")
			}
		case ActionUpdate:
			o, ok := s.Get(op.Kind, op.ID)
			if !ok {
				bad = append(bad, op.Object+" is gone")
			} else {
				check(op, o, "differs from the planned value")
			}
		case ActionDelete:
			if _, ok := s.Get(op.Kind, op.ID); ok {
				bad = append(bad, op.Object+" still exists")
			}
		}
	}
	return bad, added
}

// createdBy returns the live objects a create op made: those with its
// identity and, when the state before is known, objects new since then in
// the same slot (content altered by someone else meanwhile).
func createdBy(op Op, live, pre *Snapshot, slot string) []Object {
	out := live.ByIdentity(op.Kind, op.Identity)
	if pre == nil || slot == "" {
		return out
	}
	have := map[string]bool{}
	for _, o := range out {
		have[o.ID] = true
	}
	for _, o := range live.Objects(op.Kind) {
		if _, existed := pre.Get(op.Kind, o.ID); !existed && o.Slot == slot && !have[o.ID] {
			out = append(out, o)
		}
	}
	return out
}

// slotFor is the slot of the object a create makes (DNS: type and name).
func slotFor(op Op) string {
	if op.Kind != KindDNS {
		return op.Identity
	}
	v, err := DecodeRecord(op.After)
	if err != nil {
		return ""
	}
	return v.Type + " " + v.Name
}

// verifyRestored checks that the touched objects are back as before.
func verifyRestored(ops []Op, s, pre *Snapshot) []string {
	var bad []string
	for _, op := range ops {
		switch op.Action {
		case ActionCreate:
			if m := createdBy(op, s, pre, slotFor(op)); len(m) > 0 {
				bad = append(bad, op.Object+" still exists")
			}
		case ActionUpdate:
			o, ok := s.Get(op.Kind, op.ID)
			if !ok || !sameValue(op.Kind, op.Before, o.Value) {
				bad = append(bad, op.Object+" is not back to its value before the change")
			}
		case ActionDelete:
			found := false
			for _, o := range s.ByIdentity(op.Kind, op.Identity) {
				if sameValue(op.Kind, op.Before, o.Value) {
					found = true
				}
			}
			if !found {
				bad = append(bad, op.Object+" was not restored")
			}
		}
	}
	return bad
}

// symbolicInverse is the undo of ops as journaled before execution: a
// create's inverse names the object by identity.
func symbolicInverse(ops []Op) []Op {
	out := make([]Op, 0, len(ops))
	for i := len(ops) - 1; i >= 0; i-- {
		op := ops[i]
		inv := Op{Kind: op.Kind, Object: op.Object, ID: op.ID, Identity: op.Identity, Before: op.After, After: op.Before}
		switch op.Action {
		case ActionCreate:
			inv.Action = ActionDelete
		case ActionDelete:
			inv.Action, inv.ID = ActionCreate, ""
		default:
			inv.Action = ActionUpdate
		}
		out = append(out, inv)
	}
	return out
}

// undoOps resolves the undo of ops against live state: only what is needed
// to bring every touched object back to its state before ops, so running it
// twice, or after a partial failure, is safe.
func (e *Engine) undoOps(ops []Op, live, pre *Snapshot) ([]Op, error) {
	var out []Op
	seen := map[string]bool{}
	add := func(op Op) {
		k := op.Kind + "/" + op.Action + "/" + op.ID + "/" + op.Identity
		if !seen[k] {
			seen[k] = true
			out = append(out, op)
		}
	}
	for i := len(ops) - 1; i >= 0; i-- {
		op := ops[i]
		x := e.execs[op.Kind]
		switch op.Action {
		case ActionCreate:
			for _, o := range createdBy(op, live, pre, slotFor(op)) {
				add(Op{Kind: op.Kind, Action: ActionDelete, Object: o.Label, ID: o.ID, Identity: o.Identity, Before: o.Value, After: json.RawMessage("null")})
			}
		case ActionUpdate:
			o, ok := live.Get(op.Kind, op.ID)
			if !ok {
				if op.Kind == KindSetting {
					continue
				}
				if len(live.ByIdentity(op.Kind, mustIdentity(x, op.Before))) == 0 {
					add(Op{Kind: op.Kind, Action: ActionCreate, Object: op.Object, Identity: mustIdentity(x, op.Before), Before: json.RawMessage("null"), After: op.Before})
				}
				continue
			}
			if !sameValue(op.Kind, op.Before, o.Value) {
				add(Op{Kind: op.Kind, Action: ActionUpdate, Object: o.Label, ID: o.ID, Identity: o.Identity, Before: o.Value, After: op.Before})
			}
		case ActionDelete:
			if _, still := live.Get(op.Kind, op.ID); still {
				continue
			}
			restored := false
			for _, o := range live.ByIdentity(op.Kind, op.Identity) {
				if sameValue(op.Kind, op.Before, o.Value) {
					restored = true
				}
			}
			if !restored {
				add(Op{Kind: op.Kind, Action: ActionCreate, Object: op.Object, Identity: op.Identity, Before: json.RawMessage("null"), After: op.Before})
			}
		}
	}
	// Deletes before updates before creates, as the batch runs them.
	rank := map[string]int{ActionDelete: 0, ActionUpdate: 1, ActionCreate: 2}
	sort.SliceStable(out, func(i, j int) bool { return rank[out[i].Action] < rank[out[j].Action] })
	return out, nil
}

func mustIdentity(x Executor, v json.RawMessage) string {
	o, err := x.Object("", v)
	if err != nil {
		return ""
	}
	return o.Identity
}

// restore undoes ops after a failed apply and verifies the result; it tries
// twice, reading the live state afresh each time.
func (e *Engine) restore(ctx context.Context, z Zone, ops []Op, kinds []string, pre *Snapshot) error {
	var last error
	for attempt := 0; attempt < 2; attempt++ {
		live, err := e.Read(ctx, z, kinds...)
		if err != nil {
			last = fmt.Errorf("reading the live state: %w", err)
			continue
		}
		undo, err := e.undoOps(ops, live, pre)
		if err != nil {
			return err
		}
		if len(undo) == 0 {
			if bad := verifyRestored(ops, live, pre); len(bad) > 0 {
				return errors.New(strings.Join(capList(bad, 5), "; "))
			}
			return nil
		}
		if err := e.execute(ctx, z, undo); err != nil {
			last = err
		}
		check, err := e.Read(ctx, z, kinds...)
		if err != nil {
			last = fmt.Errorf("reading the state back after the undo: %w", err)
			continue
		}
		if bad := verifyRestored(ops, check, pre); len(bad) == 0 {
			return nil
		} else if last == nil {
			last = errors.New(strings.Join(capList(bad, 5), "; "))
		}
	}
	return last
}

// ---- budgets ----

func (e *Engine) budgetRefusal(p *Plan, changes map[string]*changeState, order []string) string {
	now := e.now().UTC()
	if msg := windowRefusal(e.cfg.Budgets.ChangeWindows, now); msg != "" {
		return msg
	}
	max := e.cfg.Budgets.MaxAppliesPerZonePerHour
	var recent []time.Time
	for _, id := range order {
		c := changes[id]
		if c.intent.Zone.ID == p.Zone.ID && !freeUndo(c.intent.RollbackOf, changes) && now.Sub(c.intent.Time) < time.Hour {
			recent = append(recent, c.intent.Time)
		}
	}
	if len(recent) >= max {
		sort.Slice(recent, func(i, j int) bool { return recent[i].Before(recent[j]) })
		again := recent[len(recent)-max].Add(time.Hour)
		return fmt.Sprintf("zone %s had %d applies in the last hour; budgets.max_applies_per_zone_per_hour allows %d; allowed again at %s", p.Zone.Name, len(recent), max, again.Format(time.RFC3339))
	}
	return ""
}

var weekdayNames = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

func hhmm(s string) int {
	h, _ := strconv.Atoi(s[:2])
	m, _ := strconv.Atoi(s[3:])
	return h*60 + m
}

func windowAllows(w config.ChangeWindow, t time.Time) bool {
	day := func(d time.Weekday) bool {
		if len(w.Days) == 0 {
			return true
		}
		for _, x := range w.Days {
			if strings.EqualFold(x, weekdayNames[d]) {
				return true
			}
		}
		return false
	}
	m := t.Hour()*60 + t.Minute()
	s, en := hhmm(w.Start), hhmm(w.End)
	if s < en {
		return day(t.Weekday()) && m >= s && m < en
	}
	// The window wraps midnight: its evening part belongs to the start day.
	return (day(t.Weekday()) && m >= s) || (day(t.Add(-24*time.Hour).Weekday()) && m < en)
}

// windowRefusal says why now is outside every change window and when the
// next one opens; "" when allowed (or when no windows are configured).
func windowRefusal(ws []config.ChangeWindow, now time.Time) string {
	if len(ws) == 0 {
		return ""
	}
	for _, w := range ws {
		if windowAllows(w, now) {
			return ""
		}
	}
	next := time.Time{}
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	for d := 0; d <= 8 && next.IsZero(); d++ {
		base := day.AddDate(0, 0, d)
		for _, w := range ws {
			c := base.Add(time.Duration(hhmm(w.Start)) * time.Minute)
			if c.After(now) && windowAllows(w, c) && (next.IsZero() || c.Before(next)) {
				next = c
			}
		}
	}
	var desc []string
	for _, w := range ws {
		days := "every day"
		if len(w.Days) > 0 {
			days = strings.Join(w.Days, ",")
		}
		desc = append(desc, fmt.Sprintf("%s %s–%s UTC", days, w.Start, w.End))
	}
	msg := "now (" + now.Format(time.RFC3339) + ") is outside the change windows (" + strings.Join(desc, "; ") + ")"
	if !next.IsZero() {
		msg += "; allowed again at " + next.Format(time.RFC3339)
	}
	return msg
}
