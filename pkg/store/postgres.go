package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"golang.org/x/mod/sumdb/tlog"
)

// Postgres is the shared store: several cfplane processes on one database.
type Postgres struct {
	pool *pgxpool.Pool
}

// migrations run in order at open, each once, under an advisory lock so
// replicas starting together do not race.
var migrations = []string{
	`CREATE TABLE cfplane_plans (
		id text PRIMARY KEY,
		zone text NOT NULL,
		body bytea NOT NULL,
		expires_at timestamptz NOT NULL,
		claimed_by text,
		claimed_at timestamptz
	)`,
	`CREATE TABLE cfplane_approvals (
		id text PRIMARY KEY,
		plan_id text NOT NULL,
		body bytea NOT NULL,
		used_at timestamptz
	)`,
	`CREATE TABLE cfplane_journal (
		seq bigserial PRIMARY KEY,
		change_id text NOT NULL,
		zone text NOT NULL,
		kind text NOT NULL,
		body bytea NOT NULL,
		at timestamptz NOT NULL
	)`,
	`CREATE TABLE cfplane_audit (
		seq bigserial PRIMARY KEY,
		body bytea NOT NULL,
		at timestamptz NOT NULL DEFAULT now()
	)`,
	`CREATE TABLE cfplane_budget_events (
		zone text NOT NULL,
		at timestamptz NOT NULL
	);
	CREATE INDEX cfplane_budget_events_zone_at ON cfplane_budget_events (zone, at)`,
	`ALTER TABLE cfplane_plans ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
	CREATE INDEX cfplane_plans_created ON cfplane_plans (created_at);
	CREATE INDEX cfplane_plans_zone_created ON cfplane_plans (zone, created_at);
	CREATE TABLE cfplane_secrets (name text PRIMARY KEY, value bytea NOT NULL);
	CREATE TABLE cfplane_health (id int PRIMARY KEY, at timestamptz NOT NULL)`,
	// The shared audit log: records, the tlog tree hashes they add and the
	// one signed head, whose row lock serialises appends. The earlier
	// table held unchained copies of each replica's file log; it is kept,
	// renamed, as it was.
	`ALTER TABLE cfplane_audit RENAME TO cfplane_audit_copies;
	CREATE TABLE cfplane_audit_log (
		seq bigint PRIMARY KEY CHECK (seq > 0),
		body bytea NOT NULL,
		at timestamptz NOT NULL DEFAULT now()
	);
	CREATE TABLE cfplane_audit_hashes (idx bigint PRIMARY KEY, hash bytea NOT NULL CHECK (length(hash) = 32));
	CREATE TABLE cfplane_audit_head (id int PRIMARY KEY CHECK (id = 1), size bigint NOT NULL, head bytea NOT NULL);
	INSERT INTO cfplane_audit_head (id, size, head) VALUES (1, 0, '')`,
}

const migrationLock = 0x6366706c616e65 // "cfplane"

// OpenPostgres connects and runs the migrations.
func OpenPostgres(ctx context.Context, url string) (*Postgres, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("state store URL %s: %v", redactURL(url), err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("state store migrations: %w", err)
	}
	return &Postgres{pool: pool}, nil
}

func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS cfplane_schema (version int NOT NULL)`); err != nil {
			return err
		}
		var v int
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM cfplane_schema`).Scan(&v); err != nil {
			return err
		}
		if v > len(migrations) {
			return fmt.Errorf("the database is at schema version %d, newer than this binary knows (%d); upgrade cfplane", v, len(migrations))
		}
		for i := v; i < len(migrations); i++ {
			if _, err := tx.Exec(ctx, migrations[i]); err != nil {
				return fmt.Errorf("migration %d: %w", i+1, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO cfplane_schema (version) VALUES ($1)`, i+1); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *Postgres) Close() error { s.pool.Close(); return nil }

// nonNil: pgx sends a nil slice as NULL; bodies are NOT NULL.
func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

func isUnique(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

func (s *Postgres) PutPlan(ctx context.Context, p Plan) error {
	if p.CreatedAt.IsZero() {
		p.CreatedAt = time.Now().UTC()
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO cfplane_plans (id, zone, body, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)`, p.ID, p.Zone, nonNil(p.Body), p.ExpiresAt, p.CreatedAt)
	if isUnique(err) {
		return ErrExists
	}
	return err
}

func (s *Postgres) GetPlan(ctx context.Context, id string) (Plan, error) {
	var p Plan
	var by *string
	err := s.pool.QueryRow(ctx, `SELECT id, zone, body, expires_at, created_at, claimed_by FROM cfplane_plans WHERE id = $1`, id).
		Scan(&p.ID, &p.Zone, &p.Body, &p.ExpiresAt, &p.CreatedAt, &by)
	if errors.Is(err, pgx.ErrNoRows) {
		return p, ErrNotFound
	}
	if by != nil {
		p.ClaimedBy = *by
	}
	return p, err
}

// ClaimPlan is one conditional UPDATE: the row lock makes exactly one
// concurrent caller see claimed_by IS NULL.
func (s *Postgres) ClaimPlan(ctx context.Context, id, by string) error {
	tag, err := s.pool.Exec(ctx, `UPDATE cfplane_plans SET claimed_by = $2, claimed_at = now() WHERE id = $1 AND claimed_by IS NULL`, id, by)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 1 {
		return nil
	}
	if _, err := s.GetPlan(ctx, id); err != nil {
		return err
	}
	return ErrClaimed
}

func (s *Postgres) ListPlans(ctx context.Context, zone, prefix string, limit int) ([]Plan, error) {
	if limit <= 0 {
		limit = 1 << 30
	}
	rows, err := s.pool.Query(ctx, `SELECT id, zone, body, expires_at, created_at, coalesce(claimed_by, '') FROM cfplane_plans
		WHERE ($1 = '' OR zone = $1) AND starts_with(id, $2) ORDER BY created_at DESC, id LIMIT $3`, zone, prefix, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Plan, error) {
		var p Plan
		err := r.Scan(&p.ID, &p.Zone, &p.Body, &p.ExpiresAt, &p.CreatedAt, &p.ClaimedBy)
		return p, err
	})
}

func (s *Postgres) DeletePlansBefore(ctx context.Context, t time.Time) (int, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM cfplane_plans WHERE created_at < $1`, t)
	return int(tag.RowsAffected()), err
}

// Secret inserts gen()'s value unless one is there and returns the stored
// one: replicas starting together all get the first.
func (s *Postgres) Secret(ctx context.Context, name string, gen func() ([]byte, error)) ([]byte, error) {
	var v []byte
	err := s.pool.QueryRow(ctx, `SELECT value FROM cfplane_secrets WHERE name = $1`, name).Scan(&v)
	if err == nil {
		return v, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return nil, err
	}
	nv, err := gen()
	if err != nil {
		return nil, err
	}
	if _, err := s.pool.Exec(ctx, `INSERT INTO cfplane_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, name, nonNil(nv)); err != nil {
		return nil, err
	}
	err = s.pool.QueryRow(ctx, `SELECT value FROM cfplane_secrets WHERE name = $1`, name).Scan(&v)
	return v, err
}

// Check writes one row (a read-only replica, a full disk or a lost
// connection fail it).
func (s *Postgres) Check(ctx context.Context) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO cfplane_health (id, at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET at = excluded.at`)
	return err
}

func (s *Postgres) PutApproval(ctx context.Context, a Approval) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO cfplane_approvals (id, plan_id, body) VALUES ($1, $2, $3)`, a.ID, a.PlanID, nonNil(a.Body))
	if isUnique(err) {
		return ErrExists
	}
	return err
}

func (s *Postgres) UseApproval(ctx context.Context, id string) (Approval, error) {
	a := Approval{ID: id, Used: true}
	err := s.pool.QueryRow(ctx, `UPDATE cfplane_approvals SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING plan_id, body`, id).Scan(&a.PlanID, &a.Body)
	if errors.Is(err, pgx.ErrNoRows) {
		var exists bool
		if err := s.pool.QueryRow(ctx, `SELECT true FROM cfplane_approvals WHERE id = $1`, id).Scan(&exists); errors.Is(err, pgx.ErrNoRows) {
			return Approval{}, ErrNotFound
		} else if err != nil {
			return Approval{}, err
		}
		return Approval{}, ErrUsed
	}
	return a, err
}

func (s *Postgres) AppendJournal(ctx context.Context, e Entry) (int64, error) {
	if e.At.IsZero() {
		e.At = time.Now().UTC()
	}
	var seq int64
	err := s.pool.QueryRow(ctx, `INSERT INTO cfplane_journal (change_id, zone, kind, body, at) VALUES ($1, $2, $3, $4, $5) RETURNING seq`,
		e.ChangeID, e.Zone, e.Kind, nonNil(e.Body), e.At).Scan(&seq)
	return seq, err
}

func (s *Postgres) Journal(ctx context.Context, after int64, limit int) ([]Entry, error) {
	if limit <= 0 {
		limit = 1 << 30
	}
	rows, err := s.pool.Query(ctx, `SELECT seq, change_id, zone, kind, body, at FROM cfplane_journal WHERE seq > $1 ORDER BY seq LIMIT $2`, after, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Entry, error) {
		var e Entry
		err := r.Scan(&e.Seq, &e.ChangeID, &e.Zone, &e.Kind, &e.Body, &e.At)
		return e, err
	})
}

func (s *Postgres) RewriteJournal(ctx context.Context, replace []Entry, remove []int64) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		for _, e := range replace {
			if _, err := tx.Exec(ctx, `UPDATE cfplane_journal SET kind = $2, body = $3 WHERE seq = $1`, e.Seq, e.Kind, nonNil(e.Body)); err != nil {
				return err
			}
		}
		if len(remove) > 0 {
			if _, err := tx.Exec(ctx, `DELETE FROM cfplane_journal WHERE seq = ANY($1)`, remove); err != nil {
				return err
			}
		}
		return nil
	})
}

// AppendAudit locks the head row (FOR UPDATE) for the transaction, so
// replicas append one at a time; the record, its tree hashes and the new
// head commit together.
func (s *Postgres) AppendAudit(ctx context.Context, add AuditAdd) (int64, error) {
	var seq int64
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var n int64
		var cur []byte
		if err := tx.QueryRow(ctx, `SELECT size, head FROM cfplane_audit_head WHERE id = 1 FOR UPDATE`).Scan(&n, &cur); err != nil {
			return fmt.Errorf("audit log head: %w", err)
		}
		if n == 0 {
			cur = nil
		}
		rec, hs, head, err := add(n, cur, pgHashes{ctx, tx})
		if err != nil {
			return err
		}
		seq = n + 1
		if _, err := tx.Exec(ctx, `INSERT INTO cfplane_audit_log (seq, body) VALUES ($1, $2)`, seq, nonNil(rec)); err != nil {
			return fmt.Errorf("audit record %d: %w", seq, err)
		}
		first := tlog.StoredHashCount(n)
		idx := make([]int64, len(hs))
		raw := make([][]byte, len(hs))
		for i := range hs {
			idx[i], raw[i] = first+int64(i), hs[i][:]
		}
		if _, err := tx.Exec(ctx, `INSERT INTO cfplane_audit_hashes (idx, hash) SELECT * FROM unnest($1::bigint[], $2::bytea[])`, idx, raw); err != nil {
			return fmt.Errorf("audit tree hashes: %w", err)
		}
		_, err = tx.Exec(ctx, `UPDATE cfplane_audit_head SET size = $1, head = $2 WHERE id = 1`, seq, nonNil(head))
		return err
	})
	if err != nil {
		return 0, err
	}
	return seq, nil
}

// pgHashes reads stored tree hashes inside a transaction.
type pgHashes struct {
	ctx context.Context
	tx  pgx.Tx
}

func (r pgHashes) ReadHashes(idx []int64) ([]tlog.Hash, error) {
	rows, err := r.tx.Query(r.ctx, `SELECT idx, hash FROM cfplane_audit_hashes WHERE idx = ANY($1)`, idx)
	if err != nil {
		return nil, err
	}
	got := map[int64][]byte{}
	var i int64
	var h []byte
	if _, err := pgx.ForEachRow(rows, []any{&i, &h}, func() error { got[i] = h; return nil }); err != nil {
		return nil, err
	}
	return pickHashes(idx, got)
}

func pickHashes(idx []int64, got map[int64][]byte) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(idx))
	for k, x := range idx {
		h, ok := got[x]
		if !ok || len(h) != tlog.HashSize {
			return nil, fmt.Errorf("audit tree hash %d is missing from the state store", x)
		}
		copy(out[k][:], h)
	}
	return out, nil
}

func (s *Postgres) Audit(ctx context.Context, after int64, limit int) ([]AuditRecord, error) {
	if limit <= 0 {
		limit = 1 << 30
	}
	rows, err := s.pool.Query(ctx, `SELECT seq, body, at FROM cfplane_audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`, after, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (AuditRecord, error) {
		var a AuditRecord
		err := r.Scan(&a.Seq, &a.Body, &a.At)
		return a, err
	})
}

func (s *Postgres) AuditHashes(ctx context.Context, from, to int64) ([]tlog.Hash, error) {
	rows, err := s.pool.Query(ctx, `SELECT idx, hash FROM cfplane_audit_hashes WHERE idx >= $1 AND idx < $2 ORDER BY idx`, from, to)
	if err != nil {
		return nil, err
	}
	out := make([]tlog.Hash, 0, max(0, to-from))
	var i int64
	var h []byte
	_, err = pgx.ForEachRow(rows, []any{&i, &h}, func() error {
		if i != from+int64(len(out)) || len(h) != tlog.HashSize {
			return fmt.Errorf("audit tree hash %d is missing or malformed in the state store", from+int64(len(out)))
		}
		out = append(out, tlog.Hash(h))
		return nil
	})
	return out, err
}

func (s *Postgres) AuditHead(ctx context.Context) (int64, []byte, error) {
	var n int64
	var head []byte
	err := s.pool.QueryRow(ctx, `SELECT size, head FROM cfplane_audit_head WHERE id = 1`).Scan(&n, &head)
	if n == 0 {
		head = nil
	}
	return n, head, err
}

// TakeBudget counts and inserts in one transaction under a per-zone
// transaction-scoped advisory lock, so concurrent replicas cannot both see
// room for the last apply.
func (s *Postgres) TakeBudget(ctx context.Context, zone string, now time.Time, window time.Duration, max int) (bool, error) {
	ok := false
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended('cfplane-budget:' || $1, 0))`, zone); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM cfplane_budget_events WHERE zone = $1 AND at <= $2`, zone, now.Add(-window)); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM cfplane_budget_events WHERE zone = $1 AND at > $2 AND at <= $3`, zone, now.Add(-window), now).Scan(&n); err != nil {
			return err
		}
		if n >= max {
			return nil
		}
		ok = true
		_, err := tx.Exec(ctx, `INSERT INTO cfplane_budget_events (zone, at) VALUES ($1, $2)`, zone, now)
		return err
	})
	return ok && err == nil, err
}

// TryLockZone is pg_try_advisory_lock on a connection kept until unlock.
func (s *Postgres) TryLockZone(ctx context.Context, zone string) (func() error, bool, error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, false, err
	}
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(hashtextextended('cfplane-zone:' || $1, 0))`, zone).Scan(&ok); err != nil {
		conn.Conn().Close(context.Background())
		conn.Release()
		return nil, false, err
	}
	if !ok {
		conn.Release()
		return nil, false, nil
	}
	return s.unlocker(conn, zone), true, nil
}

// LockZone holds a session advisory lock on a connection of its own (not
// one of the pool's: applies holding or waiting for zone locks must not
// starve the pool the journal writes need) until unlock closes it; if the
// process dies the session ends and PostgreSQL releases the lock.
func (s *Postgres) LockZone(ctx context.Context, zone string) (func() error, error) {
	conn, err := pgx.ConnectConfig(ctx, s.pool.Config().ConnConfig.Copy())
	if err != nil {
		return nil, fmt.Errorf("zone lock: %w", err)
	}
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(hashtextextended('cfplane-zone:' || $1, 0))`, zone); err != nil {
		conn.Close(context.Background())
		return nil, fmt.Errorf("zone %s is locked by another change: %w", zone, err)
	}
	var once sync.Once
	var uerr error
	return func() error {
		once.Do(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			// Ending the session releases the lock.
			uerr = conn.Close(ctx)
		})
		return uerr
	}, nil
}

func (s *Postgres) unlocker(conn *pgxpool.Conn, zone string) func() error {
	var once sync.Once
	var uerr error
	return func() error {
		once.Do(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_, uerr = conn.Exec(ctx, `SELECT pg_advisory_unlock(hashtextextended('cfplane-zone:' || $1, 0))`, zone)
			if uerr != nil {
				conn.Conn().Close(ctx)
			}
			conn.Release()
		})
		return uerr
	}
}
