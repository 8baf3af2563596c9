package plan

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cfplane/cfplane/pkg/store"
)

// Journal entry types.
const (
	// EntryIntent is written (and synced) before a change touches anything:
	// the operations and their inverse.
	EntryIntent = "intent"
	// EntryOutcome closes an intent.
	EntryOutcome = "outcome"
	// EntryRefused records a change_apply that was refused before any intent.
	EntryRefused = "refused"
	// EntryCompacted replaces the intent and outcome of a change closed
	// long ago (see compact): its summary without the operation bodies.
	EntryCompacted = "compacted"
)

// Change statuses.
const (
	StatusPending     = "pending"
	StatusApplying    = "applying"
	StatusApplied     = "applied"
	StatusRefused     = "refused"
	StatusRolledBack  = "rolled_back"
	StatusInterrupted = "interrupted"
	StatusExpired     = "expired"
)

// Entry is one line of the write-ahead journal (JSONL).
type Entry struct {
	Type       string    `json:"type"`
	Time       time.Time `json:"time"`
	ChangeID   string    `json:"change_id,omitempty"`
	PlanID     string    `json:"plan_id"`
	PlanDigest string    `json:"plan_digest,omitempty"`
	Zone       Zone      `json:"zone"`
	RollbackOf string    `json:"rollback_of,omitempty"`
	Ops        []Op      `json:"ops,omitempty"`
	// Inverse are the operations that undo Ops, in the order to run them.
	// A create's inverse names the object by identity (its id is only known
	// once it exists).
	Inverse []Op   `json:"inverse,omitempty"`
	Status  string `json:"status,omitempty"`
	Reason  string `json:"reason,omitempty"`
	// Incomplete marks the outcome of a rollback that applied but left
	// some of what the interrupted change did: it does not undo it.
	Incomplete bool `json:"incomplete,omitempty"`
	// Finished and NOps are set on compacted entries only: when the
	// outcome was written and how many operations the intent had.
	Finished time.Time `json:"finished,omitzero"`
	NOps     int       `json:"n_ops,omitempty"`
	// Touched (compacted entries only) names the existing objects the
	// operations touched (by id), without their bodies: drift attribution
	// outlives compaction.
	Touched []OpRef `json:"touched,omitempty"`
}

type journal struct {
	path string
	// st, when set, holds the journal instead of path (see storeback.go).
	st store.Store
	// mu guards ix, the journal folded so far (see index).
	mu sync.Mutex
	ix *journalIndex
	// refold: another replica compacted the store's journal; fold it
	// again from the start.
	refold atomic.Bool
	// decoded counts the lines the index has decoded (tests check that a
	// call decodes only what was appended since the last).
	decoded int
}

func (j *journal) append(e Entry) error {
	if e.Time.IsZero() {
		e.Time = time.Now().UTC()
	}
	line, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if j.st != nil {
		return j.storeAppend(e, line)
	}
	unlock, err := lockFile(j.path + ".lock")
	if err != nil {
		return err
	}
	defer unlock()
	f, err := os.OpenFile(j.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("open journal: %w", err)
	}
	defer f.Close()
	// A line torn by a crash is skipped by readers; start on a fresh line.
	if st, err := f.Stat(); err == nil && st.Size() > 0 {
		if last, err := lastByte(j.path, st.Size()); err == nil && last != '\n' {
			line = append([]byte{'\n'}, line...)
		}
	}
	if _, err := f.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("write journal: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync journal: %w", err)
	}
	if st, err := f.Stat(); err == nil && st.Size() > CompactAtBytes {
		// Best effort: the entry is written; a failed compaction leaves the
		// journal as it was.
		_, _ = j.compactLocked(time.Now().Add(-CompactAfter))
	}
	return nil
}

func lastByte(path string, size int64) (byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var b [1]byte
	_, err = f.ReadAt(b[:], size-1)
	return b[0], err
}

// entries reads the whole journal; unreadable lines (a write torn by a
// crash) are skipped.
func (j *journal) entries() ([]Entry, error) {
	f, err := os.Open(j.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for sc.Scan() {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var e Entry
		if json.Unmarshal(b, &e) != nil {
			continue
		}
		out = append(out, e)
	}
	return out, sc.Err()
}

// ChangeInfo is a change as change_list shows it.
type ChangeInfo struct {
	ChangeID   string    `json:"change_id"`
	PlanID     string    `json:"plan_id"`
	Zone       string    `json:"zone"`
	Status     string    `json:"status"`
	Ops        int       `json:"ops"`
	StartedAt  time.Time `json:"started_at"`
	FinishedAt time.Time `json:"finished_at,omitzero"`
	Reason     string    `json:"reason,omitempty"`
	RollbackOf string    `json:"rollback_of,omitempty"`
	// RolledBackBy is the change that undid this one.
	RolledBackBy string `json:"rolled_back_by,omitempty"`
}

// changeState folds the journal into the state of every change.
type changeState struct {
	intent  Entry
	outcome *Entry
	undone  string
	// In the index: the intent's operation count and where its line starts
	// (the index keeps no operation bodies; intentOps reads them back), and
	// whether compaction dropped the bodies.
	nops      int
	off       int64
	compacted bool
}

func foldJournal(es []Entry) (map[string]*changeState, []string, map[string]Entry) {
	changes := map[string]*changeState{}
	var order []string
	refused := map[string]Entry{} // by plan id, the last refusal
	for _, e := range es {
		switch e.Type {
		case EntryIntent:
			if _, dup := changes[e.ChangeID]; !dup {
				order = append(order, e.ChangeID)
			}
			changes[e.ChangeID] = &changeState{intent: e}
		case EntryOutcome:
			if c := changes[e.ChangeID]; c != nil {
				e := e
				c.outcome = &e
			}
		case EntryRefused:
			refused[e.PlanID] = e
		case EntryCompacted:
			if _, dup := changes[e.ChangeID]; !dup {
				order = append(order, e.ChangeID)
			}
			changes[e.ChangeID] = compactedState(e)
		}
	}
	for _, id := range order {
		c := changes[id]
		if c.outcome != nil && c.outcome.Status == StatusApplied && c.intent.RollbackOf != "" && !c.outcome.Incomplete {
			if o := changes[c.intent.RollbackOf]; o != nil {
				o.undone = id
			}
		}
	}
	return changes, order, refused
}

func journalPath(stateDir string) string { return filepath.Join(stateDir, "journal.jsonl") }

func compactedState(e Entry) *changeState {
	in := e
	in.Type, in.Status, in.Reason, in.Finished, in.NOps, in.Incomplete = EntryIntent, "", "", time.Time{}, 0, false
	out := &Entry{Type: EntryOutcome, Time: e.Finished, ChangeID: e.ChangeID, PlanID: e.PlanID, Zone: e.Zone, Status: e.Status, Reason: e.Reason, Incomplete: e.Incomplete}
	return &changeState{intent: in, outcome: out, nops: e.NOps, compacted: true}
}

// journalIndex is the journal folded into the state of every change, kept
// up to date by reading only what was appended since the last call, so
// apply, list and the budget checks cost the same however long the history.
// It holds no operation bodies (a change's are read back from its intent's
// offset when a rollback needs them).
type journalIndex struct {
	fi      os.FileInfo // identity of the file folded (compaction replaces it)
	size    int64       // bytes folded: up to the end of the last whole line
	changes map[string]*changeState
	order   []string
	refused map[string]Entry  // by plan id, the last refusal
	byPlan  map[string]string // plan id → change id
	// byZone lists each zone's change ids in journal order.
	byZone map[string][]string
	// tunnels lists the ids of changes that touch a tunnel or its
	// configuration, in journal order: the tunnel health check reads only
	// their operations, however long the rest of the history.
	tunnels []string
}

func newJournalIndex() *journalIndex {
	return &journalIndex{changes: map[string]*changeState{}, refused: map[string]Entry{}, byPlan: map[string]string{}, byZone: map[string][]string{}}
}

// add folds one entry that starts at offset off.
func (ix *journalIndex) add(e Entry, off int64) {
	switch e.Type {
	case EntryIntent, EntryCompacted:
		var c *changeState
		if e.Type == EntryCompacted {
			c = compactedState(e)
		} else {
			c = &changeState{intent: e, nops: len(e.Ops), off: off}
			c.intent.Ops, c.intent.Inverse = nil, nil
		}
		if _, dup := ix.changes[e.ChangeID]; !dup {
			ix.order = append(ix.order, e.ChangeID)
			ix.byZone[e.Zone.ID] = append(ix.byZone[e.Zone.ID], e.ChangeID)
			if touchesTunnel(e) {
				ix.tunnels = append(ix.tunnels, e.ChangeID)
			}
		}
		ix.changes[e.ChangeID] = c
		ix.byPlan[e.PlanID] = e.ChangeID
		ix.markUndone(c)
	case EntryOutcome:
		if c := ix.changes[e.ChangeID]; c != nil {
			e := e
			e.Ops, e.Inverse = nil, nil
			c.outcome = &e
			ix.markUndone(c)
		}
	case EntryRefused:
		ix.refused[e.PlanID] = e
	}
}

// touchesTunnel: the intent's operations (a compacted entry's kept
// references) include a tunnel or a tunnel configuration.
func touchesTunnel(e Entry) bool {
	for _, o := range e.Ops {
		if o.Kind == KindTunnel || o.Kind == KindTunnelConfig {
			return true
		}
	}
	for _, o := range e.Touched {
		if o.Kind == KindTunnel || o.Kind == KindTunnelConfig {
			return true
		}
	}
	return false
}

func (ix *journalIndex) markUndone(c *changeState) {
	if c.outcome != nil && c.outcome.Status == StatusApplied && c.intent.RollbackOf != "" && !c.outcome.Incomplete {
		if o := ix.changes[c.intent.RollbackOf]; o != nil {
			o.undone = c.intent.ChangeID
		}
	}
}

// zoneSince returns the ids of zone's changes whose intent is at or after
// t, in journal order (walking back from the newest).
func (ix *journalIndex) zoneSince(zoneID string, t time.Time) []string {
	ids := ix.byZone[zoneID]
	i := len(ids)
	for i > 0 && !ix.changes[ids[i-1]].intent.Time.Before(t) {
		i--
	}
	return ids[i:]
}

// withIndex brings the index up to date and runs f with it (under j.mu: f
// must not keep the index).
func (j *journal) withIndex(f func(ix *journalIndex) error) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if err := j.refresh(); err != nil {
		return err
	}
	return f(j.ix)
}

// refresh folds what was appended since the last call; it starts over when
// the file was replaced (compaction, by this process or another) or shrank.
func (j *journal) refresh() error {
	if j.st != nil {
		return j.storeRefresh()
	}
	fi, err := os.Stat(j.path)
	if errors.Is(err, os.ErrNotExist) {
		j.ix = newJournalIndex()
		return nil
	}
	if err != nil {
		return err
	}
	if j.ix == nil || j.ix.fi == nil || !os.SameFile(j.ix.fi, fi) || fi.Size() < j.ix.size {
		j.ix = newJournalIndex()
	}
	j.ix.fi = fi
	if fi.Size() == j.ix.size {
		return nil
	}
	f, err := os.Open(j.path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReaderSize(io.NewSectionReader(f, j.ix.size, fi.Size()-j.ix.size), 64<<10)
	off := j.ix.size
	for {
		line, err := r.ReadBytes('\n')
		if err != nil {
			// A line without its newline is still being written (or was
			// torn by a crash): fold it once it is complete.
			break
		}
		if b := bytes.TrimSpace(line); len(b) > 0 {
			var e Entry
			j.decoded++
			if json.Unmarshal(b, &e) == nil {
				j.ix.add(e, off)
			}
		}
		off += int64(len(line))
	}
	j.ix.size = off
	return nil
}

// intentOps reads back the full intent entry of an indexed change.
func (j *journal) intentAt(c *changeState) (Entry, error) {
	if c.compacted {
		return Entry{}, fmt.Errorf("change %s was compacted: the journal keeps only its summary", c.intent.ChangeID)
	}
	if j.st != nil {
		return j.storeIntentAt(c)
	}
	f, err := os.Open(j.path)
	if err != nil {
		return Entry{}, err
	}
	defer f.Close()
	r := bufio.NewReader(io.NewSectionReader(f, c.off, 1<<62))
	line, err := r.ReadBytes('\n')
	if err != nil && len(line) == 0 {
		return Entry{}, err
	}
	var e Entry
	if err := json.Unmarshal(bytes.TrimSpace(line), &e); err != nil || e.ChangeID != c.intent.ChangeID || e.Type != EntryIntent {
		return Entry{}, fmt.Errorf("the journal changed under change %s; try again", c.intent.ChangeID)
	}
	return e, nil
}

// CompactAfter is how long a closed change keeps its operation bodies in
// the journal (what change_rollback needs); compaction replaces older ones
// with one summary line. CompactAtBytes is the journal size at which an
// append compacts.
var (
	CompactAfter   = 30 * 24 * time.Hour
	CompactAtBytes = int64(64 << 20)
)

// compact rewrites the journal: every change closed (outcome written)
// before cutoff becomes one EntryCompacted line at its intent's place (no
// operation bodies, no separate outcome); refusals before cutoff and before
// the plan retention are dropped; everything else is kept as it was. The
// new file replaces the old atomically; readers notice and re-fold.
// Callers hold the journal lock file.
func (j *journal) compactLocked(cutoff time.Time) (int, error) {
	es, err := j.entries()
	if err != nil {
		return 0, err
	}
	repl, drop, n := planCompaction(es, cutoff)
	var buf bytes.Buffer
	for i, e := range es {
		if drop[i] {
			continue
		}
		out := e
		if r, ok := repl[i]; ok {
			out = r
		}
		line, err := json.Marshal(out)
		if err != nil {
			return 0, err
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	if n == 0 {
		return 0, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(j.path), ".journal-*.tmp")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return 0, err
	}
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return 0, err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return 0, err
	}
	if err := tmp.Close(); err != nil {
		return 0, err
	}
	if err := os.Rename(tmp.Name(), j.path); err != nil {
		return 0, err
	}
	if d, err := os.Open(filepath.Dir(j.path)); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return n, nil
}

// planCompaction says, by position in es, which entries compaction
// replaces (a change closed before cutoff: its intent becomes one
// EntryCompacted summary) and which it drops (that change's outcome;
// refusals older than cutoff and the plan retention), and how many changes
// it compacts.
func planCompaction(es []Entry, cutoff time.Time) (map[int]Entry, map[int]bool, int) {
	changes, _, _ := foldJournal(es)
	done := map[string]bool{}
	repl, drop := map[int]Entry{}, map[int]bool{}
	n := 0
	for i, e := range es {
		switch e.Type {
		case EntryIntent:
			c := changes[e.ChangeID]
			if c == nil || c.outcome == nil || !c.outcome.Time.Before(cutoff) {
				break
			}
			repl[i] = Entry{Type: EntryCompacted, Time: e.Time, ChangeID: e.ChangeID, PlanID: e.PlanID, PlanDigest: e.PlanDigest, Zone: e.Zone,
				RollbackOf: e.RollbackOf, Status: c.outcome.Status, Reason: c.outcome.Reason, Incomplete: c.outcome.Incomplete, Finished: c.outcome.Time, NOps: len(e.Ops),
				Touched: compactRefs(e.Ops)}
			done[e.ChangeID] = true
			n++
		case EntryOutcome:
			if done[e.ChangeID] {
				drop[i] = true
			}
		case EntryRefused:
			if e.Time.Before(cutoff) && e.Time.Before(time.Now().Add(-PlanRetention)) {
				drop[i] = true
			}
		}
	}
	return repl, drop, n
}

// compact takes the journal lock and compacts changes closed before cutoff.
func (j *journal) compact(cutoff time.Time) (int, error) {
	if j.st != nil {
		return j.storeCompact(cutoff)
	}
	unlock, err := lockFile(j.path + ".lock")
	if err != nil {
		return 0, err
	}
	defer unlock()
	return j.compactLocked(cutoff)
}

// CompactJournal replaces every change closed more than olderThan ago by a
// one-line summary (change_list still shows it; change_rollback can no
// longer undo it). It returns how many changes were compacted.
func (e *Engine) CompactJournal(olderThan time.Duration) (int, error) {
	if err := e.init(); err != nil {
		return 0, err
	}
	return e.journal.compact(e.now().Add(-olderThan))
}

// applyView returns, for Apply, copies of the zone's changes since t (and
// their order), the changes those roll back (for the undo budget), the
// change rolled back by the plan (rollbackOf, with its operations read back:
// verifyUndone checks them) and the change that already applied plan
// planID, if any.
func (j *journal) applyView(planID, rollbackOf, zoneID string, t time.Time) (map[string]*changeState, []string, *changeState, error) {
	changes := map[string]*changeState{}
	var order []string
	var dup *changeState
	err := j.withIndex(func(ix *journalIndex) error {
		if id, ok := ix.byPlan[planID]; ok {
			c := *ix.changes[id]
			dup = &c
		}
		order = append(order, ix.zoneSince(zoneID, t)...)
		add := func(id string) {
			if x := ix.changes[id]; x != nil && changes[id] == nil {
				c := *x
				changes[id] = &c
			}
		}
		for _, id := range order {
			add(id)
			add(ix.changes[id].intent.RollbackOf)
		}
		add(rollbackOf)
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	if c := changes[rollbackOf]; c != nil && !c.compacted {
		full, err := j.intentAt(c)
		if err != nil {
			return nil, nil, nil, err
		}
		c.intent = full
	}
	return changes, order, dup, nil
}

// recentIntents returns the zone's intents since t, in journal order, with
// their operations read back (the index keeps none).
func (j *journal) recentIntents(zoneID string, t time.Time) ([]Entry, error) {
	var cs []*changeState
	err := j.withIndex(func(ix *journalIndex) error {
		for _, id := range ix.zoneSince(zoneID, t) {
			c := *ix.changes[id]
			cs = append(cs, &c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]Entry, 0, len(cs))
	for _, c := range cs {
		if c.compacted {
			continue
		}
		e, err := j.intentAt(c)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}
