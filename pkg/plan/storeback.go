package plan

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/store"
)

// Where the engine keeps its state. Without a store (state_store empty or
// "files") everything is a file in state_dir: plans/<id>.json, the journal
// (journal.jsonl, folded incrementally by journalIndex) and flock(2) zone
// locks. With a store (state_store "bolt" or a postgres:// URL, or
// CFPLANE_STATE_STORE) plans, approvals, the journal, budgets, the
// plan-signing key and zone locks go through pkg/store, so replicas on one
// PostgreSQL database share them, and so is the audit log (one signed
// tlog in the store for every replica, see pkg/audit).

// storeTimeout bounds one store call that has no caller context.
const storeTimeout = 30 * time.Second

func sctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), storeTimeout)
}

// openStore opens the store the configuration names; nil for files.
func (e *Engine) openStore() error {
	if e.st != nil {
		return nil
	}
	setting := e.cfg.Store()
	if setting == "" || setting == "files" {
		return nil
	}
	if err := config.CheckStateStore(setting); err != nil {
		return fmt.Errorf("%s / state_store: %v", config.StateStoreEnv, err)
	}
	key := setting + "\x00" + filepath.Clean(e.cfg.StateDir)
	openMu.Lock()
	defer openMu.Unlock()
	if st := opened[key]; st != nil {
		e.st = st
		return nil
	}
	ctx, cancel := sctx()
	defer cancel()
	st, err := store.Open(ctx, setting, e.cfg.StateDir)
	if err != nil {
		return fmt.Errorf("the state store (%s) cannot be opened: %s", store.Redact(setting), redactSecret(err.Error(), setting))
	}
	opened[key] = st
	e.st = st
	if _, err := os.Stat(journalPath(e.cfg.StateDir)); err == nil {
		lg := e.logger
		if lg == nil {
			l := zerolog.New(os.Stderr).With().Timestamp().Logger()
			lg = &l
		}
		lg.Warn().Str("state_dir", e.cfg.StateDir).Str("state_store", StoreKindOf(st)).
			Msg("the state folder holds a journal of the files state, which the state store does not read: unless it was copied, its changes are not listed here; copy it with `cloudflare_safe state migrate --config FILE` (unfinished changes first: run with state_store unset to finish or roll them back)")
	}
	return nil
}

// OpenStateStore opens the state store cfg names for a command (audit
// verify, state migrate): nil for the files state. A store this process
// already opened for an engine is shared (bbolt's file is opened once per
// process). Errors never repeat the URL's password. Call done when
// finished.
func OpenStateStore(ctx context.Context, cfg *config.Config) (st store.Store, done func(), err error) {
	setting := cfg.Store()
	if setting == "" || setting == "files" {
		return nil, func() {}, nil
	}
	if err := config.CheckStateStore(setting); err != nil {
		return nil, nil, fmt.Errorf("%s / state_store: %v", config.StateStoreEnv, err)
	}
	openMu.Lock()
	shared := opened[setting+"\x00"+filepath.Clean(cfg.StateDir)]
	openMu.Unlock()
	if shared != nil {
		return shared, func() {}, nil
	}
	st, err = store.Open(ctx, setting, cfg.StateDir)
	if err != nil {
		return nil, nil, fmt.Errorf("the state store (%s) cannot be opened: %s", store.Redact(setting), redactSecret(err.Error(), setting))
	}
	return st, func() { _ = st.Close() }, nil
}

// The stores a process opened, shared by its engines (a server builds more
// than one; bbolt's file is opened once per process) and kept open for the
// life of the process.
var (
	openMu sync.Mutex
	opened = map[string]store.Store{}
)

// redactSecret removes a URL's password from a message, whatever the
// driver put in it.
func redactSecret(msg, url string) string {
	if i := strings.Index(url, "://"); i >= 0 {
		rest := url[i+3:]
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			if _, pw, ok := strings.Cut(rest[:at], ":"); ok && pw != "" {
				msg = strings.ReplaceAll(msg, pw, "…")
			}
		}
	}
	if i := strings.Index(url, "password="); i >= 0 {
		pw := url[i+len("password="):]
		if j := strings.IndexAny(pw, "& "); j >= 0 {
			pw = pw[:j]
		}
		if pw != "" {
			msg = strings.ReplaceAll(msg, pw, "…")
		}
	}
	return msg
}

// StoreKind says where the state lives: "files", "bolt" or "postgres".
func (e *Engine) StoreKind() string { return StoreKindOf(e.st) }

// StoreKindOf names a store: "files" for nil, "bolt", "postgres".
func StoreKindOf(st store.Store) string {
	switch st.(type) {
	case nil:
		return "files"
	case *store.Postgres:
		return "postgres"
	case *store.Bolt:
		return "bolt"
	}
	return "store"
}

// CheckStore writes to the state store and says why it cannot (for
// /healthz); nil for the files state (the state folder check covers it).
func (e *Engine) CheckStore() error {
	if err := e.init(); err != nil {
		return err
	}
	if e.st == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := e.st.Check(ctx); err != nil {
		return fmt.Errorf("the state store (%s) cannot be written: %s", e.StoreKind(), redactSecret(err.Error(), e.cfg.Store()))
	}
	return nil
}

// planKey is the plan-signing key: $CFPLANE_PLAN_KEY, else the store's
// (made once and shared by every replica), else state_dir/plan.key.
func (e *Engine) planKey() ([]byte, error) {
	if e.st == nil || strings.TrimSpace(os.Getenv(PlanKeyEnv)) != "" {
		return loadPlanKey(e.cfg.StateDir)
	}
	ctx, cancel := sctx()
	defer cancel()
	k, err := e.st.Secret(ctx, "plan-key", func() ([]byte, error) {
		var raw [32]byte
		if _, err := rand.Read(raw[:]); err != nil {
			return nil, err
		}
		return []byte(hex.EncodeToString(raw[:])), nil
	})
	if err != nil {
		return nil, fmt.Errorf("plan-signing key from the state store: %w", err)
	}
	return checkKeyFile("the state store's plan-key", k)
}

// ---- plans ----

func (e *Engine) putPlan(p *Plan, body []byte) error {
	if e.st == nil {
		return writeFileAtomic(e.planPath(p.ID), body)
	}
	ctx, cancel := sctx()
	defer cancel()
	return e.st.PutPlan(ctx, store.Plan{ID: p.ID, Zone: p.Zone.ID, Body: body, ExpiresAt: p.ExpiresAt, CreatedAt: p.CreatedAt})
}

// readPlan returns a stored plan body; os.ErrNotExist when unknown.
func (e *Engine) readPlan(id string) ([]byte, error) {
	if e.st == nil {
		return os.ReadFile(e.planPath(id))
	}
	ctx, cancel := sctx()
	defer cancel()
	p, err := e.st.GetPlan(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, os.ErrNotExist
	}
	return p.Body, err
}

// planWhere names where plan bodies live, for messages.
func (e *Engine) planWhere() string {
	if e.st == nil {
		return filepath.Join(e.cfg.StateDir, "plans")
	}
	return "the " + e.StoreKind() + " state store"
}

// storedPlans returns the plan bodies, newest first, of one zone ("" for
// all) whose id starts with prefix; with a store at most limit (0: all).
func (e *Engine) storedPlans(zoneID, prefix string, limit int) ([][]byte, error) {
	ctx, cancel := sctx()
	defer cancel()
	ps, err := e.st.ListPlans(ctx, zoneID, prefix, limit)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(ps))
	for i, p := range ps {
		out[i] = p.Body
	}
	return out, nil
}

func (e *Engine) sweepStore(now time.Time) {
	ctx, cancel := sctx()
	defer cancel()
	_, _ = e.st.DeletePlansBefore(ctx, now.Add(-PlanRetention))
}

// ---- zone locks ----

// lockZone takes the zone's apply lock: a flock(2) on the files state, a
// PostgreSQL advisory lock (released by the database if this process dies)
// on PostgreSQL.
func (e *Engine) lockZone(ctx context.Context, zoneID string) (func(), error) {
	if e.st == nil {
		return lockFile(e.zoneLock(zoneID))
	}
	u, err := e.st.LockZone(ctx, zoneID)
	if err != nil {
		return nil, err
	}
	return func() { _ = u() }, nil
}

func (e *Engine) tryLockZone(zoneID string) (func(), bool, error) {
	if e.st == nil {
		return tryLock(e.zoneLock(zoneID))
	}
	ctx, cancel := sctx()
	defer cancel()
	u, ok, err := e.st.TryLockZone(ctx, zoneID)
	if err != nil || !ok {
		return nil, ok, err
	}
	return func() { _ = u() }, true, nil
}

// ---- claims, approvals and budgets (store only) ----

// replicaName names this process in claims.
func replicaName() string {
	h, _ := os.Hostname()
	return fmt.Sprintf("%s/%d", h, os.Getpid())
}

// claimedElsewhere says, before waiting for the zone lock, that another
// replica claimed the plan and the journal does not show it finished.
func (e *Engine) claimedElsewhere(planID string) string {
	if e.st == nil {
		return ""
	}
	ctx, cancel := sctx()
	defer cancel()
	p, err := e.st.GetPlan(ctx, planID)
	if err != nil || p.ClaimedBy == "" {
		return ""
	}
	return p.ClaimedBy
}

// changeOfPlan returns the change that applied plan planID (nil: none).
func (e *Engine) changeOfPlan(planID string) (*changeState, error) {
	var out *changeState
	err := e.journal.withIndex(func(ix *journalIndex) error {
		if id, ok := ix.byPlan[planID]; ok {
			c := *ix.changes[id]
			out = &c
		}
		return nil
	})
	return out, err
}

// takeBudget takes one apply from the zone's hourly budget, counted in a
// database transaction across replicas; "" when taken, else the refusal.
// Files: the zone lock serialises the journal count (budgetRefusal).
func (e *Engine) takeBudget(p *Plan) (string, error) {
	if e.st == nil {
		return "", nil
	}
	ctx, cancel := sctx()
	defer cancel()
	max := e.cfg.Budgets.MaxAppliesPerZonePerHour
	ok, err := e.st.TakeBudget(ctx, p.Zone.ID, e.now().UTC(), time.Hour, max)
	if err != nil {
		return "", fmt.Errorf("counting the zone's budget in the state store (nothing was changed): %w", err)
	}
	if !ok {
		return fmt.Sprintf("zone %s had %d applies in the last hour across all replicas; budgets.max_applies_per_zone_per_hour allows %d", p.Zone.Name, max, max), nil
	}
	return "", nil
}

// claim marks the plan as applied by this change, once across replicas,
// and records the approval's one use. Files: the zone lock and the journal
// give both.
func (e *Engine) claim(p *Plan, changeID, approvalID string) error {
	if e.st == nil {
		return nil
	}
	ctx, cancel := sctx()
	defer cancel()
	switch err := e.st.ClaimPlan(ctx, p.ID, replicaName()+" "+changeID); {
	case errors.Is(err, store.ErrClaimed):
		return errorf("plan %s is already being applied or was applied (claimed by another replica); a plan is applied once; see change_list, or make a new plan", p.ID)
	case err != nil:
		return fmt.Errorf("claiming plan %s in the state store (nothing was changed): %w", p.ID, err)
	}
	if approvalID != "" {
		if err := e.st.PutApproval(ctx, store.Approval{ID: approvalID, PlanID: p.ID}); err != nil && !errors.Is(err, store.ErrExists) {
			return fmt.Errorf("recording the approval (nothing was changed): %w", err)
		}
		switch _, err := e.st.UseApproval(ctx, approvalID); {
		case errors.Is(err, store.ErrUsed):
			return errorf("refused: approval %s was already used; an approval is used once; ask for a new one", approvalID)
		case err != nil:
			return fmt.Errorf("recording the approval's use (nothing was changed): %w", err)
		}
	}
	return nil
}

// ---- audit ----

// The audit log lives in the store too (audit.OpenStore): one signed tlog
// for every replica, appended under the store's lock on its head.

// AuditStore is the state store holding the audit log; nil when the log is
// the file AuditPath.
func (e *Engine) AuditStore() (store.Store, error) {
	if err := e.init(); err != nil {
		return nil, err
	}
	return e.st, nil
}

// StoreJournalOutcomes returns the outcome of every change journaled in a
// state store (for audit verify's cross-check).
func StoreJournalOutcomes(ctx context.Context, st store.Store) ([]JournalOutcome, error) {
	var out []JournalOutcome
	for after := int64(0); ; {
		es, err := st.Journal(ctx, after, 1000)
		if err != nil {
			return nil, err
		}
		for _, se := range es {
			after = se.Seq
			if se.Kind != EntryOutcome {
				continue
			}
			var en Entry
			if err := json.Unmarshal(se.Body, &en); err != nil {
				return nil, fmt.Errorf("journal entry %d in the state store is not valid JSON: %v", se.Seq, err)
			}
			out = append(out, JournalOutcome{ChangeID: en.ChangeID, PlanID: en.PlanID, Status: en.Status, Time: en.Time})
		}
		if len(es) < 1000 {
			return out, nil
		}
	}
}

// ---- journal ----

func (j *journal) storeAppend(e Entry, line []byte) error {
	ctx, cancel := sctx()
	defer cancel()
	_, err := j.st.AppendJournal(ctx, store.Entry{ChangeID: e.ChangeID, Zone: e.Zone.ID, Kind: e.Type, Body: line, At: e.Time})
	if err != nil {
		return fmt.Errorf("write journal: %w", err)
	}
	return nil
}

// storeRefresh folds the entries appended since the last call (ix.size
// holds the last sequence number folded).
func (j *journal) storeRefresh() error {
	if j.ix == nil || j.refold.Swap(false) {
		j.ix = newJournalIndex()
	}
	ctx, cancel := sctx()
	defer cancel()
	for {
		es, err := j.st.Journal(ctx, j.ix.size, 1000)
		if err != nil {
			return err
		}
		for _, se := range es {
			var e Entry
			j.decoded++
			if json.Unmarshal(se.Body, &e) == nil {
				j.ix.add(e, se.Seq)
			}
			j.ix.size = se.Seq
		}
		if len(es) < 1000 {
			return nil
		}
	}
}

func (j *journal) storeIntentAt(c *changeState) (Entry, error) {
	ctx, cancel := sctx()
	defer cancel()
	es, err := j.st.Journal(ctx, c.off-1, 1)
	if err != nil {
		return Entry{}, err
	}
	var e Entry
	if len(es) == 1 && es[0].Seq == c.off && es[0].Kind == EntryCompacted && es[0].ChangeID == c.intent.ChangeID {
		// Another replica compacted it after this one folded it: fold
		// again from the start at the next read.
		j.refold.Store(true)
		return Entry{}, fmt.Errorf("change %s was compacted: the journal keeps only its summary", c.intent.ChangeID)
	}
	if len(es) != 1 || es[0].Seq != c.off || json.Unmarshal(es[0].Body, &e) != nil || e.ChangeID != c.intent.ChangeID || e.Type != EntryIntent {
		return Entry{}, fmt.Errorf("the journal changed under change %s; try again", c.intent.ChangeID)
	}
	return e, nil
}

// storeCompact compacts the store's journal as compactLocked does the file:
// the intent of each change closed before cutoff becomes its summary (same
// sequence number), its outcome and old refusals are deleted, in one
// transaction. Replicas compacting at once write the same rows. This
// replica folds again from the start; another notices when it reads a
// compacted change's intent.
func (j *journal) storeCompact(cutoff time.Time) (int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	var es []Entry
	var seqs []int64
	for after := int64(0); ; {
		page, err := j.st.Journal(ctx, after, 1000)
		if err != nil {
			return 0, err
		}
		for _, se := range page {
			after = se.Seq
			var e Entry
			if json.Unmarshal(se.Body, &e) != nil {
				continue
			}
			es, seqs = append(es, e), append(seqs, se.Seq)
		}
		if len(page) < 1000 {
			break
		}
	}
	repl, drop, n := planCompaction(es, cutoff)
	if n == 0 && len(drop) == 0 {
		return 0, nil
	}
	var replace []store.Entry
	for i, e := range repl {
		line, err := json.Marshal(e)
		if err != nil {
			return 0, err
		}
		replace = append(replace, store.Entry{Seq: seqs[i], Kind: e.Type, Body: line})
	}
	var remove []int64
	for i := range drop {
		remove = append(remove, seqs[i])
	}
	if err := j.st.RewriteJournal(ctx, replace, remove); err != nil {
		return 0, fmt.Errorf("compacting the journal in the state store (nothing was changed): %w", err)
	}
	j.mu.Lock()
	j.ix = nil
	j.mu.Unlock()
	return n, nil
}
