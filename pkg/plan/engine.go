package plan

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/renameio/v2"
	"github.com/rs/zerolog"

	"github.com/cfplane/cfplane/pkg/audit"
	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/policy"
	"github.com/cfplane/cfplane/pkg/store"
)

// Executor reads, changes and describes the objects of one resource kind.
type Executor interface {
	// Kind names the objects, e.g. "dns_record".
	Kind() string
	// Read returns every live object of this kind in the zone.
	Read(ctx context.Context, zoneID string) ([]Object, error)
	// Execute applies ops (all of this kind), stopping at the first failure.
	Execute(ctx context.Context, zoneID string, ops []Op) error
	// Object builds the object a value describes.
	Object(id string, value json.RawMessage) (Object, error)
	// Assess scores an op's risk (0–100), says why, and lists the
	// protected-object patterns it touches.
	Assess(zone Zone, op Op, protected []string) (score int, reasons, overrides []string)
	// Policy adds objects to the state invariants are evaluated over.
	Policy(objs []Object, st *policy.State)
}

// Error is a refusal or a bad request: its message says what was wrong and
// what to do. Tools show it to the caller as a tool error.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

func errorf(format string, args ...any) error { return &Error{Msg: fmt.Sprintf(format, args...)} }

// ErrStopped is returned when a hook stopped an apply, as a crash would.
var ErrStopped = errors.New("apply stopped by a hook")

// Hooks let tests stop an apply at a step, as a crash would: when a hook
// returns an error, Apply returns at once and writes nothing more.
type Hooks struct {
	AfterIntent  func(changeID string) error
	AfterExecute func(changeID string) error
}

// Gate is the Layer0 decision for the call that makes or applies a plan.
type Gate struct {
	Review    bool
	ReceiptID string
	Reason    string
}

// Options configures an Engine.
type Options struct {
	Config    *config.Config
	Policy    *policy.Set
	Executors []Executor
	// Server names the server in audit records.
	Server string
	// Redact is applied to every audit record string.
	Redact func(string) string
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Logger receives audit checkpoints and repairs (stderr when nil).
	Logger *zerolog.Logger
	// Recovery times crash recovery's waits (zero: the defaults).
	Recovery RecoveryTiming
	// Account reads account-wide state (every zone's rules, the lists'
	// reference counts) for effects that cross zones; nil: not checked.
	Account AccountReader
	// Store holds the state instead of state_dir's files; nil: the one
	// the configuration's state_store (or CFPLANE_STATE_STORE) names, if
	// any, opened on first use.
	Store store.Store
}

// Engine makes, applies and undoes plans. It touches the disk only on
// first use, so building one costs nothing.
type Engine struct {
	cfg    *config.Config
	pol    *policy.Set
	execs  map[string]Executor
	server string
	redact func(string) string
	now    func() time.Time
	logger *zerolog.Logger
	acct   AccountReader
	Hooks  Hooks
	// Recovery times the waits of crash recovery (zero: the defaults).
	Recovery RecoveryTiming

	initMu  sync.Mutex
	st      store.Store
	ready   bool
	key     []byte
	audit   *audit.Log
	journal *journal

	flightMu sync.Mutex
	inFlight map[string]bool

	sweepMu   sync.Mutex
	lastSweep time.Time
}

// PlanRetention is how long a plan's body is kept after it was made (plans
// live at most 24 hours); older bodies are removed as new plans are made.
const PlanRetention = 48 * time.Hour

// sweepPlans removes plan bodies older than PlanRetention, at most every
// ten minutes.
func (e *Engine) sweepPlans() {
	e.sweepMu.Lock()
	now := e.now()
	if now.Sub(e.lastSweep) < 10*time.Minute {
		e.sweepMu.Unlock()
		return
	}
	e.lastSweep = now
	e.sweepMu.Unlock()
	if e.st != nil {
		e.sweepStore(now)
		return
	}
	dir := filepath.Join(e.cfg.StateDir, "plans")
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, de := range ents {
		if fi, err := de.Info(); err == nil && !fi.IsDir() && now.Sub(fi.ModTime()) > PlanRetention {
			_ = os.Remove(filepath.Join(dir, de.Name()))
		}
	}
}

// New returns an engine. Policy may be nil for the shipped defaults,
// compiled on first use (keeping start-up fast).
func New(o Options) (*Engine, error) {
	if o.Config == nil {
		o.Config = config.Default()
	}
	e := &Engine{cfg: o.Config, pol: o.Policy, execs: map[string]Executor{}, server: o.Server, redact: o.Redact, now: o.Now, logger: o.Logger, inFlight: map[string]bool{}, acct: o.Account, Recovery: o.Recovery, st: o.Store}
	if e.now == nil {
		e.now = time.Now
	}
	if e.server == "" {
		e.server = "cloudflare_safe"
	}
	for _, x := range o.Executors {
		e.execs[x.Kind()] = x
	}
	return e, nil
}

// StateDir is where plans, the journal and the audit log live.
func (e *Engine) StateDir() string { return e.cfg.StateDir }

// AuditLog returns the engine's audit log (opening the state folder).
func (e *Engine) AuditLog() (*audit.Log, error) {
	if err := e.init(); err != nil {
		return nil, err
	}
	return e.audit, nil
}

// AuditPath is the audit log file (of the files state; with a state store
// the log is in the store, see AuditStore).
func (e *Engine) AuditPath() string { return filepath.Join(e.cfg.StateDir, "audit.jsonl") }

// JournalPath is the journal file.
func (e *Engine) JournalPath() string { return journalPath(e.cfg.StateDir) }

func (e *Engine) init() error {
	e.initMu.Lock()
	defer e.initMu.Unlock()
	if e.ready {
		return nil
	}
	if e.pol == nil {
		pol, err := policy.Compile(nil)
		if err != nil {
			return err
		}
		e.pol = pol
	}
	dir := e.cfg.StateDir
	for _, d := range []string{dir, filepath.Join(dir, "plans"), filepath.Join(dir, "locks")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return fmt.Errorf("state folder: %w", err)
		}
	}
	if err := e.openStore(); err != nil {
		return err
	}
	key, err := e.planKey()
	if err != nil {
		return err
	}
	var lg *audit.Log
	if e.st != nil {
		lg = audit.OpenStore(e.st, replicaName())
	} else if lg, err = audit.Open(e.AuditPath()); err != nil {
		return err
	}
	lg.Redact, lg.Logger = e.redact, e.logger
	e.key, e.audit, e.journal, e.ready = key, lg, &journal{path: journalPath(dir), st: e.st}, true
	return nil
}

// ---- snapshots ----

// Snapshot is the live state of some kinds of objects in a zone.
type Snapshot struct {
	Zone Zone
	objs map[string][]Object
	byID map[string]map[string]int
	byIy map[string]map[string][]int
}

func newSnapshot(z Zone) *Snapshot {
	return &Snapshot{Zone: z, objs: map[string][]Object{}, byID: map[string]map[string]int{}, byIy: map[string]map[string][]int{}}
}

func (s *Snapshot) set(kind string, objs []Object) {
	s.objs[kind] = objs
	ids := make(map[string]int, len(objs))
	iy := make(map[string][]int, len(objs))
	for i, o := range objs {
		ids[o.ID] = i
		iy[o.Identity] = append(iy[o.Identity], i)
	}
	s.byID[kind], s.byIy[kind] = ids, iy
}

// Objects returns the objects of a kind.
func (s *Snapshot) Objects(kind string) []Object { return s.objs[kind] }

// Get returns the object of a kind with an id.
func (s *Snapshot) Get(kind, id string) (Object, bool) {
	i, ok := s.byID[kind][id]
	if !ok {
		return Object{}, false
	}
	return s.objs[kind][i], true
}

// ByIdentity returns the objects of a kind with an identity.
func (s *Snapshot) ByIdentity(kind, identity string) []Object {
	var out []Object
	for _, i := range s.byIy[kind][identity] {
		out = append(out, s.objs[kind][i])
	}
	return out
}

// readAttempts bounds the engine's own retries of reads (reads are safe to
// repeat; writes never are retried blindly).
const readAttempts = 3

func retryableRead(err error) bool {
	return errors.Is(err, cfclient.ErrRateLimited) || errors.Is(err, cfclient.ErrUnavailable) || errors.Is(err, cfclient.ErrTimeout)
}

// Read returns the live state of the given kinds in a zone.
func (e *Engine) Read(ctx context.Context, z Zone, kinds ...string) (*Snapshot, error) {
	s := newSnapshot(z)
	for _, k := range kinds {
		x, ok := e.execs[k]
		if !ok {
			return nil, fmt.Errorf("no executor for %s", k)
		}
		var objs []Object
		var err error
		for attempt := 0; attempt < readAttempts; attempt++ {
			if objs, err = x.Read(ctx, z.ID); err == nil || !retryableRead(err) || ctx.Err() != nil {
				break
			}
			select {
			case <-ctx.Done():
			case <-time.After(time.Duration(attempt+1) * 50 * time.Millisecond):
			}
		}
		if err != nil {
			return nil, err
		}
		s.set(k, objs)
	}
	return s, nil
}

func opKinds(ops []Op) []string {
	var kinds []string
	seen := map[string]bool{}
	for _, op := range ops {
		if !seen[op.Kind] {
			seen[op.Kind] = true
			kinds = append(kinds, op.Kind)
		}
	}
	sort.Strings(kinds)
	return kinds
}

// ---- planning ----

// Request is what a tool asks the engine to plan.
type Request struct {
	Tool   string
	Action string
	// Ops carry Kind, Action, Object, ID (update, delete), Identity
	// (create), Before and After.
	Ops        []Op
	Gate       Gate
	RollbackOf string
	Notes      []string
	// AllowEmpty lets a plan have no ops (a rollback with nothing to undo).
	AllowEmpty bool
	// Meta is stored with the plan.
	Meta map[string]string
}

// Prepared is a stored plan and its token.
type Prepared struct {
	Plan   *Plan
	Token  string
	Digest string
}

func fpKey(op Op) string {
	if op.Action == ActionCreate {
		return op.Kind + "/absent/" + op.Identity
	}
	return op.Kind + "/" + op.ID
}

func fingerprintOf(s *Snapshot, op Op) (string, error) {
	key := fpKey(op)
	if op.Action == ActionCreate {
		var vals []json.RawMessage
		for _, o := range s.ByIdentity(op.Kind, op.Identity) {
			vals = append(vals, o.Value)
		}
		b, _ := json.Marshal(vals)
		return hashState(key, b), nil
	}
	o, ok := s.Get(op.Kind, op.ID)
	if !ok {
		return "", fmt.Errorf("%s %s does not exist", op.Kind, op.ID)
	}
	return hashState(key, o.Value), nil
}

// postState applies ops to the snapshot's objects of their kinds.
func postState(s *Snapshot, ops []Op, execs map[string]Executor) (map[string][]Object, error) {
	out := map[string][]Object{}
	drop := map[string]bool{}
	repl := map[string]json.RawMessage{}
	for _, op := range ops {
		switch op.Action {
		case ActionDelete:
			drop[op.Kind+"/"+op.ID] = true
		case ActionUpdate:
			repl[op.Kind+"/"+op.ID] = op.After
		}
	}
	for _, k := range opKinds(ops) {
		x := execs[k]
		for _, o := range s.Objects(k) {
			key := k + "/" + o.ID
			if drop[key] {
				continue
			}
			if v, ok := repl[key]; ok {
				n, err := x.Object(o.ID, v)
				if err != nil {
					return nil, err
				}
				o = n
			}
			out[k] = append(out[k], o)
		}
		for _, op := range ops {
			if op.Kind == k && op.Action == ActionCreate {
				n, err := x.Object("", op.After)
				if err != nil {
					return nil, err
				}
				out[k] = append(out[k], n)
			}
		}
	}
	return out, nil
}

func (e *Engine) invariants(ctx context.Context, s *Snapshot, ops []Op) ([]policy.Result, error) {
	if err := e.init(); err != nil {
		return nil, err
	}
	tunnels := e.tunnelsForCNAMEs(ctx, s, ops)
	post, err := postState(s, ops, e.execs)
	if err != nil {
		return nil, err
	}
	in := policy.Input{Zone: s.Zone.Name}
	ch := &policy.State{}
	var removed policy.State
	for _, k := range opKinds(ops) {
		x := e.execs[k]
		x.Policy(s.Objects(k), &in.Pre)
		x.Policy(post[k], &in.Post)
		if zs, ok := x.(ZoneStater); ok {
			zs.ZoneState(s.Zone, &in.Pre)
			zs.ZoneState(s.Zone, &in.Post)
		}
		var changed, gone []Object
		for _, op := range ops {
			if op.Kind != k {
				continue
			}
			switch op.Action {
			case ActionCreate, ActionUpdate:
				o, err := x.Object(op.ID, op.After)
				if err != nil {
					return nil, err
				}
				changed = append(changed, o)
				if op.Action == ActionUpdate {
					// A rename or retype removes what was there: the
					// invariants see it as a delete plus a create.
					if b, err := x.Object(op.ID, op.Before); err == nil && b.Slot != o.Slot {
						gone = append(gone, b)
					}
				}
			case ActionDelete:
				o, err := x.Object(op.ID, op.Before)
				if err != nil {
					return nil, err
				}
				gone = append(gone, o)
			}
		}
		x.Policy(changed, ch)
		x.Policy(gone, &removed)
	}
	if tunnels != nil {
		tunnels.Policy(s.Objects(KindTunnel), &in.Pre)
		tunnels.Policy(s.Objects(KindTunnel), &in.Post)
	}
	in.Changes = policy.Changes{Records: ch.Records, Removed: removed.Records, Settings: ch.Settings, Rules: ch.Rules}
	return e.pol.Check(in), nil
}

// Prepare checks, scores, stores and signs a plan of req.Ops over the live
// state s. Nothing changes in the zone.
func (e *Engine) Prepare(ctx context.Context, s *Snapshot, req Request) (*Prepared, error) {
	if err := e.init(); err != nil {
		return nil, err
	}
	if e.cfg.Layer0.Strict && req.Gate.ReceiptID == "" {
		return nil, errorf("refused: layer0.strict is set and this call carries no Layer0 receipt; plans are made only for calls the Layer0 gate has classified")
	}
	if len(req.Ops) == 0 && !req.AllowEmpty {
		return nil, errorf("nothing to change: the live state already matches the request")
	}
	if max := e.cfg.Budgets.MaxOpsPerPlan; len(req.Ops) > max {
		return nil, errorf("the plan would have %d operations; budgets.max_ops_per_plan allows %d; split the change into smaller plans", len(req.Ops), max)
	}
	p := &Plan{Version: 1, Zone: s.Zone, Tool: req.Tool, Action: req.Action, Ops: req.Ops, RollbackOf: req.RollbackOf,
		ReceiptID: req.Gate.ReceiptID, Notes: req.Notes, Meta: req.Meta}
	if p.Ops == nil {
		p.Ops = []Op{}
	}
	seen := map[string]bool{}
	for _, op := range req.Ops {
		if _, ok := e.execs[op.Kind]; !ok {
			return nil, fmt.Errorf("no executor for %s", op.Kind)
		}
		key := fpKey(op)
		if seen[key] {
			return nil, errorf("the plan touches %s twice; accepted: one operation per object", op.Object)
		}
		seen[key] = true
		if r, ok := e.execs[op.Kind].(OpRefuser); ok {
			if err := r.RefuseOp(op); err != nil {
				return nil, errorf("refused: %v", err)
			}
		}
		h, err := fingerprintOf(s, op)
		if err != nil {
			return nil, errorf("%s: %v", op.Object, err)
		}
		if op.Action == ActionCreate && len(s.ByIdentity(op.Kind, op.Identity)) > 0 {
			return nil, errorf("%s already exists (id %s); nothing to create", op.Object, s.ByIdentity(op.Kind, op.Identity)[0].ID)
		}
		p.Fingerprints = append(p.Fingerprints, Fingerprint{Object: key, SHA256: h})
	}
	if p.Fingerprints == nil {
		p.Fingerprints = []Fingerprint{}
	}
	inv, err := e.invariants(ctx, s, req.Ops)
	if err != nil {
		return nil, err
	}
	p.Invariants = inv
	effs, err := e.effects(ctx, s, req.Ops)
	if err != nil {
		return nil, err
	}
	effs = append(effs, emergencyEffects(req.Meta)...)
	p.Risk, p.Approval, p.Destructive, err = e.assessLive(effs, s, req.Ops, "")
	if err != nil {
		return nil, err
	}
	p.Effects = EffectLines(effs, 12)
	if bad := failedIDs(inv); len(bad) > 0 && req.RollbackOf != "" {
		// An undo restores a state the zone had; it is not refused for
		// failing an invariant, but a person must approve it.
		p.Approval.Required = true
		p.Approval.Reasons = append(p.Approval.Reasons, "the undo restores a state that fails invariants "+strings.Join(bad, ", "))
	}
	if req.Gate.Review {
		why := "Layer0 asked for review"
		if req.Gate.Reason != "" {
			why += " (" + req.Gate.Reason + ")"
		}
		if req.Gate.ReceiptID != "" {
			why += "; receipt " + req.Gate.ReceiptID
		}
		p.Approval.Required = true
		p.Approval.Reasons = append(p.Approval.Reasons, why)
	}
	id, err := newPlanID()
	if err != nil {
		return nil, err
	}
	now := e.now().UTC().Truncate(time.Second)
	p.ID, p.CreatedAt, p.ExpiresAt = id, now, now.Add(e.cfg.PlanTTL())
	body, err := p.body()
	if err != nil {
		return nil, err
	}
	digest := digestOf(body)
	if err := e.putPlan(p, body); err != nil {
		return nil, err
	}
	e.sweepPlans()
	dg, _ := hexBytes(digest)
	tok, err := sign(e.key, tokenClaims{ID: id, Expires: p.ExpiresAt, Digest: dg})
	if err != nil {
		return nil, err
	}
	e.auditRec(audit.Record{Tool: req.Tool, Zone: s.Zone.Name, Action: "plan:" + req.Action, PlanID: id, PlanDigest: digest,
		ReceiptID: req.Gate.ReceiptID, Outcome: "planned", Details: map[string]string{"ops": strconv.Itoa(len(req.Ops)), "risk": strconv.Itoa(p.Risk.Score)}})
	return &Prepared{Plan: p, Token: tok, Digest: digest}, nil
}

func hexBytes(s string) ([]byte, error) { return hex.DecodeString(s) }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func (e *Engine) planPath(id string) string {
	return filepath.Join(e.cfg.StateDir, "plans", id+".json")
}

// writeFileAtomic replaces path with b (mode 0600): a reader sees the old
// file or the new one, never a part.
func writeFileAtomic(path string, b []byte) error {
	return renameio.WriteFile(path, b, 0o600)
}

// Load verifies a plan token and returns the stored plan and its digest:
// the signature, the expiry and the stored body's digest must all check.
func (e *Engine) Load(tok string) (*Plan, string, error) {
	if err := e.init(); err != nil {
		return nil, "", err
	}
	c, err := parseToken(e.key, tok)
	if err != nil {
		return nil, "", err
	}
	if now := e.now(); now.After(c.Expires) {
		return nil, "", tokenErr("plan %s expired at %s (plans live %s, approval.plan_ttl); make a new plan", c.ID, c.Expires.Format(time.RFC3339), e.cfg.PlanTTL())
	}
	body, err := e.readPlan(c.ID)
	if errors.Is(err, os.ErrNotExist) {
		return nil, "", tokenErr("plan %s is not known to this server: its body is not in %s; replicas must share state_dir or one state_store; make a new plan", c.ID, e.planWhere())
	}
	if err != nil {
		return nil, "", err
	}
	digest := digestOf(body)
	if want, _ := hexBytes(digest); !bytes.Equal(want[:digestLen], c.Digest) {
		return nil, "", tokenErr("plan %s was altered on disk after it was signed (its digest no longer matches the plan_id); make a new plan", c.ID)
	}
	var p Plan
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, "", fmt.Errorf("plan %s: %w", c.ID, err)
	}
	return &p, digest, nil
}
