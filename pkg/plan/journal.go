package plan

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
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
}

type journal struct {
	path string
}

func (j *journal) append(e Entry) error {
	if e.Time.IsZero() {
		e.Time = time.Now().UTC()
	}
	line, err := json.Marshal(e)
	if err != nil {
		return err
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
