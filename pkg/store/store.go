// Package store is one interface for the state cfplane shares between
// replicas: plans, approvals, the change journal, the audit log, apply
// budgets and per-zone locks. Two implementations pass the same contract
// tests: Bolt (embedded, one process, a bbolt file in the state folder) and
// Postgres (pgx's pgconn; several processes on one database, migrations at
// open, zone locks are PostgreSQL advisory locks, budgets are counted in a
// transaction).
//
// pkg/plan uses a Store when the configuration's state_store (or
// CFPLANE_STATE_STORE) names one; without it pkg/plan keeps its files in
// the state folder.
package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/mod/sumdb/tlog"
)

// Sentinel errors every implementation returns.
var (
	ErrNotFound = errors.New("not found")
	ErrExists   = errors.New("already exists")
	// ErrClaimed: the plan was already claimed for applying.
	ErrClaimed = errors.New("already claimed")
	// ErrUsed: the approval was already used.
	ErrUsed = errors.New("already used")
)

// Plan is a stored plan; Body is the caller's encoding.
type Plan struct {
	ID        string
	Zone      string
	Body      []byte
	ExpiresAt time.Time
	// CreatedAt orders ListPlans (newest first); the zero time is now.
	CreatedAt time.Time
	// ClaimedBy is set once a replica claimed the plan for applying.
	ClaimedBy string
}

// Approval is a stored approval of one plan.
type Approval struct {
	ID     string
	PlanID string
	Body   []byte
	Used   bool
}

// Entry is one journal entry; Seq is assigned by the store, increasing.
type Entry struct {
	Seq      int64
	ChangeID string
	Zone     string
	Kind     string
	Body     []byte
	At       time.Time
}

// AuditRecord is one audit-log record; Seq is assigned by the store.
type AuditRecord struct {
	Seq  int64
	Body []byte
	At   time.Time
}

// AuditAdd makes the next audit record inside AppendAudit's transaction:
// given n records, the signed head of their tree (nil when n is 0) and
// their stored tree hashes, the record n+1, the tree hashes it adds and
// the signed head after it.
type AuditAdd func(n int64, head []byte, hashes tlog.HashReader) (record []byte, added []tlog.Hash, newHead []byte, err error)

// Store is the shared state.
type Store interface {
	// PutPlan stores a new plan (ErrExists when the id is taken).
	PutPlan(ctx context.Context, p Plan) error
	// GetPlan returns a plan or ErrNotFound.
	GetPlan(ctx context.Context, id string) (Plan, error)
	// ClaimPlan marks a plan as being applied by `by`. Exactly one caller
	// across all replicas succeeds; the others get ErrClaimed.
	ClaimPlan(ctx context.Context, id, by string) error
	// ListPlans returns up to limit plans, newest first, of one zone (by
	// id; "" for every zone) and whose id starts with prefix ("" for all).
	ListPlans(ctx context.Context, zone, prefix string, limit int) ([]Plan, error)
	// DeletePlansBefore removes plans created before t and says how many.
	DeletePlansBefore(ctx context.Context, t time.Time) (int, error)
	// PutApproval stores an approval (ErrExists when the id is taken).
	PutApproval(ctx context.Context, a Approval) error
	// UseApproval marks an approval used and returns it; a second use gets
	// ErrUsed, an unknown id ErrNotFound.
	UseApproval(ctx context.Context, id string) (Approval, error)
	// AppendJournal appends an entry and returns its sequence number.
	AppendJournal(ctx context.Context, e Entry) (int64, error)
	// Journal returns up to limit entries with Seq > after, in order.
	Journal(ctx context.Context, after int64, limit int) ([]Entry, error)
	// RewriteJournal replaces the kind and body of the entries in replace
	// (by Seq) and deletes the entries in remove, in one transaction
	// (journal compaction). Sequence numbers do not change; unknown ones
	// are skipped.
	RewriteJournal(ctx context.Context, replace []Entry, remove []int64) error
	// AppendAudit appends one record to the audit log every replica
	// shares, serialised across replicas (a row lock on the log's head on
	// PostgreSQL, bbolt's single writer). add runs inside the write
	// transaction with the number of records n, their signed head and a
	// reader of the stored tree hashes; it returns the record (sequence number n+1), the tree
	// hashes the record adds (tlog.StoredHashes) and the signed head of the
	// tree of n+1 records. The three are written together or not at all.
	AppendAudit(ctx context.Context, add AuditAdd) (int64, error)
	// Audit returns up to limit audit records with Seq > after, in order.
	Audit(ctx context.Context, after int64, limit int) ([]AuditRecord, error)
	// AuditHashes returns the stored tree hashes with index in [from, to).
	AuditHashes(ctx context.Context, from, to int64) ([]tlog.Hash, error)
	// AuditHead returns the number of audit records the signed head covers
	// and the head (0 and nil before the first record).
	AuditHead(ctx context.Context) (int64, []byte, error)
	// TakeBudget records one apply on zone at now when fewer than max were
	// recorded in (now-window, now], atomically across replicas, and says
	// whether it did.
	TakeBudget(ctx context.Context, zone string, now time.Time, window time.Duration, max int) (bool, error)
	// TryLockZone takes the zone's lock only if it is free (ok false when
	// another holder has it).
	TryLockZone(ctx context.Context, zone string) (unlock func() error, ok bool, err error)
	// Secret returns the named secret, storing gen() first when there is
	// none (every replica gets the one that was stored first).
	Secret(ctx context.Context, name string, gen func() ([]byte, error)) ([]byte, error)
	// Check writes to the store and says why it cannot (the readiness
	// probe).
	Check(ctx context.Context) error
	// LockZone takes the zone's exclusive lock, waiting until it is free or
	// ctx ends. unlock releases it.
	LockZone(ctx context.Context, zone string) (unlock func() error, err error)
	Close() error
}

// StoreEnv selects the store when the configuration does not.
const StoreEnv = "CFPLANE_STATE_STORE"

// Open opens the store a setting names: "" or "bolt" for the embedded store
// in stateDir, or a postgres:// (postgresql://) URL.
func Open(ctx context.Context, setting, stateDir string) (Store, error) {
	switch {
	case setting == "" || setting == "bolt":
		return OpenBolt(filepath.Join(stateDir, "state.db"))
	case strings.HasPrefix(setting, "postgres://") || strings.HasPrefix(setting, "postgresql://"):
		return OpenPostgres(ctx, setting)
	}
	return nil, fmt.Errorf("state store %q is not accepted; accepted: bolt (embedded, the default) or a postgres://USER@HOST/DB URL", Redact(setting))
}

// Redact hides a URL's password (and user) for messages.
func Redact(s string) string { return redactURL(s) }

func redactURL(s string) string {
	if i := strings.Index(s, "password="); i >= 0 {
		j := strings.IndexAny(s[i:], "& ")
		if j < 0 {
			j = len(s) - i
		}
		s = s[:i] + "password=…" + s[i+j:]
	}
	if i := strings.Index(s, "@"); i >= 0 {
		if j := strings.Index(s, "://"); j >= 0 && j < i {
			return s[:j+3] + "…" + s[i:]
		}
	}
	return s
}
