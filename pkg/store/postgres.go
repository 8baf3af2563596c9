package store

// The PostgreSQL store talks to the server through pgx's low-level layer,
// pgconn (connections, the wire protocol, authentication, TLS), with a
// small pool of its own (pgpool.go) and the few value encodings it needs
// (pgvalue.go), rather than through pgx's pool and type system: linking
// those (pgtype's codecs with some 380 interface tables, the initialisers
// of pgx, pgxpool and puddle) costs every cloudflare_safe process about
// 1.2 MB of resident memory at start, even when the state is in the
// embedded store and PostgreSQL is never used.

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"golang.org/x/mod/sumdb/tlog"
)

// Postgres is the shared store: several cfplane processes on one database.
type Postgres struct {
	pool *connPool[*pgconn.PgConn]
	cfg  *pgconn.Config // for the zone locks' own connections
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

// poolMaxConnsParam sets how many connections each process's pool opens at
// most; without it, the greater of 4 and the number of CPUs (pgxpool's
// setting and default, so existing URLs keep their meaning).
const poolMaxConnsParam = "pool_max_conns"

// pgxOnlyParams were pool and statement-cache settings of pgx and pgxpool;
// they mean nothing to this store and the server would refuse them as
// session settings, so the URL parser names them instead.
var pgxOnlyParams = []string{
	"pool_min_conns", "pool_min_idle_conns", "pool_max_conn_lifetime", "pool_max_conn_idle_time",
	"pool_health_check_period", "pool_max_conn_lifetime_jitter", "pool_ping_timeout",
	"statement_cache_capacity", "description_cache_capacity", "default_query_exec_mode",
}

// parsePostgresURL reads a libpq URL; the pool's size comes out of it
// (pool_max_conns), every other query parameter libpq does not know is a
// session setting (search_path=…).
func parsePostgresURL(url string) (*pgconn.Config, int, error) {
	cfg, err := pgconn.ParseConfig(url)
	if err != nil {
		return nil, 0, err
	}
	for _, k := range pgxOnlyParams {
		if _, ok := cfg.RuntimeParams[k]; ok {
			return nil, 0, fmt.Errorf("%s is not a setting of the state store's connection pool (it takes %s only)", k, poolMaxConnsParam)
		}
	}
	size := max(4, runtime.NumCPU())
	if v, ok := cfg.RuntimeParams[poolMaxConnsParam]; ok {
		delete(cfg.RuntimeParams, poolMaxConnsParam)
		n, err := strconv.ParseInt(v, 10, 32)
		if err != nil || n < 1 {
			return nil, 0, fmt.Errorf("%s=%q: want a whole number of connections, at least 1", poolMaxConnsParam, v)
		}
		size = int(n)
	}
	return cfg, size, nil
}

// OpenPostgres connects and runs the migrations.
func OpenPostgres(ctx context.Context, url string) (*Postgres, error) {
	cfg, size, err := parsePostgresURL(url)
	if err != nil {
		return nil, fmt.Errorf("state store URL %s: %v", redactURL(url), err)
	}
	s := &Postgres{cfg: cfg, pool: newConnPool(size, func(ctx context.Context) (*pgconn.PgConn, error) {
		return pgconn.ConnectConfig(ctx, cfg.Copy())
	})}
	if err := s.migrate(ctx); err != nil {
		s.pool.close()
		return nil, fmt.Errorf("state store migrations: %w", err)
	}
	return s, nil
}

func (s *Postgres) migrate(ctx context.Context) error {
	return s.tx(ctx, func(c *pgconn.PgConn) error {
		if _, err := exec(ctx, c, `SELECT pg_advisory_xact_lock($1)`, int8Param(migrationLock)); err != nil {
			return err
		}
		if err := execScript(ctx, c, `CREATE TABLE IF NOT EXISTS cfplane_schema (version int NOT NULL)`); err != nil {
			return err
		}
		r, err := queryRow(ctx, c, `SELECT coalesce(max(version), 0) FROM cfplane_schema`)
		if err != nil {
			return err
		}
		v := int(r.int4(0))
		if r.err != nil {
			return r.err
		}
		if v > len(migrations) {
			return fmt.Errorf("the database is at schema version %d, newer than this binary knows (%d); upgrade cfplane", v, len(migrations))
		}
		for i := v; i < len(migrations); i++ {
			if err := execScript(ctx, c, migrations[i]); err != nil {
				return fmt.Errorf("migration %d: %w", i+1, err)
			}
			if _, err := exec(ctx, c, `INSERT INTO cfplane_schema (version) VALUES ($1)`, int4Param(int32(i+1))); err != nil {
				return err
			}
		}
		return nil
	})
}

// Close closes the connections, waiting for those in use to come back.
func (s *Postgres) Close() error { s.pool.close(); return nil }

// ---- queries ----

// binaryFormat asks for every parameter or result column in binary.
var binaryFormat = []int16{1}

// query runs one statement and reads all its rows.
func query(ctx context.Context, c *pgconn.PgConn, sql string, args ...param) (*pgconn.Result, error) {
	vals := make([][]byte, len(args))
	oids := make([]uint32, len(args))
	for i, a := range args {
		vals[i], oids[i] = a.val, a.oid
	}
	var formats []int16
	if len(args) > 0 {
		formats = binaryFormat
	}
	res := c.ExecParams(ctx, sql, vals, oids, formats, binaryFormat).Read()
	return res, res.Err
}

// exec runs one statement and returns its command tag.
func exec(ctx context.Context, c *pgconn.PgConn, sql string, args ...param) (pgconn.CommandTag, error) {
	res, err := query(ctx, c, sql, args...)
	if err != nil {
		return pgconn.CommandTag{}, err
	}
	return res.CommandTag, nil
}

// queryRow runs one statement and returns its first row (errNoRows when
// there is none).
func queryRow(ctx context.Context, c *pgconn.PgConn, sql string, args ...param) (*row, error) {
	res, err := query(ctx, c, sql, args...)
	if err != nil {
		return nil, err
	}
	if len(res.Rows) == 0 {
		return nil, errNoRows
	}
	return &row{vals: res.Rows[0]}, nil
}

// execScript runs statements without parameters, several separated by
// semicolons (the migrations), in the simple query protocol.
func execScript(ctx context.Context, c *pgconn.PgConn, sql string) error {
	_, err := c.Exec(ctx, sql).ReadAll()
	return err
}

// conn runs f on a connection of the pool.
func (s *Postgres) conn(ctx context.Context, f func(c *pgconn.PgConn) error) error {
	pc, err := s.pool.get(ctx)
	if err != nil {
		return err
	}
	defer s.pool.put(pc)
	return f(pc.conn)
}

// errCommitRollback: COMMIT found the transaction failed and rolled it
// back.
var errCommitRollback = errors.New("commit unexpectedly resulted in rollback")

// tx runs f in a transaction on one connection: committed when f returns
// nil, rolled back when it returns an error or panics. A connection whose
// rollback failed is still inside the transaction, so the pool closes it
// (which ends the transaction) instead of keeping it.
func (s *Postgres) tx(ctx context.Context, f func(c *pgconn.PgConn) error) error {
	return s.conn(ctx, func(c *pgconn.PgConn) error {
		if err := execScript(ctx, c, "begin"); err != nil {
			return err
		}
		done := false
		defer func() {
			if !done {
				_ = execScript(ctx, c, "rollback")
			}
		}()
		if err := f(c); err != nil {
			return err
		}
		done = true
		res, err := c.Exec(ctx, "commit").ReadAll()
		if err != nil {
			return err
		}
		if len(res) == 1 && res[0].CommandTag.String() == "ROLLBACK" {
			return errCommitRollback
		}
		return nil
	})
}

// nonNil: a nil slice is sent as NULL; bodies are NOT NULL.
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
	err := s.conn(ctx, func(c *pgconn.PgConn) error {
		_, err := exec(ctx, c, `INSERT INTO cfplane_plans (id, zone, body, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)`,
			textParam(p.ID), textParam(p.Zone), byteaParam(nonNil(p.Body)), timeParam(p.ExpiresAt), timeParam(p.CreatedAt))
		return err
	})
	if isUnique(err) {
		return ErrExists
	}
	return err
}

func (s *Postgres) GetPlan(ctx context.Context, id string) (Plan, error) {
	var p Plan
	err := s.conn(ctx, func(c *pgconn.PgConn) error {
		r, err := queryRow(ctx, c, `SELECT id, zone, body, expires_at, created_at, claimed_by FROM cfplane_plans WHERE id = $1`, textParam(id))
		if err != nil {
			return err
		}
		p = Plan{ID: r.text(0), Zone: r.text(1), Body: r.bytes(2), ExpiresAt: r.time(3), CreatedAt: r.time(4)}
		if by := r.nullText(5); by != nil {
			p.ClaimedBy = *by
		}
		return r.err
	})
	if errors.Is(err, errNoRows) {
		return p, ErrNotFound
	}
	return p, err
}

// ClaimPlan is one conditional UPDATE: the row lock makes exactly one
// concurrent caller see claimed_by IS NULL.
func (s *Postgres) ClaimPlan(ctx context.Context, id, by string) error {
	var tag pgconn.CommandTag
	err := s.conn(ctx, func(c *pgconn.PgConn) (err error) {
		tag, err = exec(ctx, c, `UPDATE cfplane_plans SET claimed_by = $2, claimed_at = now() WHERE id = $1 AND claimed_by IS NULL`, textParam(id), textParam(by))
		return err
	})
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
	return queryRows(ctx, s, `SELECT id, zone, body, expires_at, created_at, coalesce(claimed_by, '') FROM cfplane_plans
		WHERE ($1 = '' OR zone = $1) AND starts_with(id, $2) ORDER BY created_at DESC, id LIMIT $3`,
		func(r *row) Plan {
			return Plan{ID: r.text(0), Zone: r.text(1), Body: r.bytes(2), ExpiresAt: r.time(3), CreatedAt: r.time(4), ClaimedBy: r.text(5)}
		}, textParam(zone), textParam(prefix), int8Param(int64(limit)))
}

// queryRows runs a query on a connection of the pool and decodes each row
// of its result with scan; the first value that does not decode ends it
// with that error.
func queryRows[T any](ctx context.Context, s *Postgres, sql string, scan func(*row) T, args ...param) ([]T, error) {
	var res *pgconn.Result
	err := s.conn(ctx, func(c *pgconn.PgConn) (err error) {
		res, err = query(ctx, c, sql, args...)
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(res.Rows))
	for _, vals := range res.Rows {
		r := row{vals: vals}
		v := scan(&r)
		if r.err != nil {
			return nil, r.err
		}
		out = append(out, v)
	}
	return out, nil
}

func (s *Postgres) DeletePlansBefore(ctx context.Context, t time.Time) (int, error) {
	var tag pgconn.CommandTag
	err := s.conn(ctx, func(c *pgconn.PgConn) (err error) {
		tag, err = exec(ctx, c, `DELETE FROM cfplane_plans WHERE created_at < $1`, timeParam(t))
		return err
	})
	return int(tag.RowsAffected()), err
}

// Secret inserts gen()'s value unless one is there and returns the stored
// one: replicas starting together all get the first.
func (s *Postgres) Secret(ctx context.Context, name string, gen func() ([]byte, error)) ([]byte, error) {
	get := func() ([]byte, error) {
		var v []byte
		err := s.conn(ctx, func(c *pgconn.PgConn) error {
			r, err := queryRow(ctx, c, `SELECT value FROM cfplane_secrets WHERE name = $1`, textParam(name))
			if err != nil {
				return err
			}
			v = r.bytes(0)
			return r.err
		})
		return v, err
	}
	v, err := get()
	if err == nil {
		return v, nil
	}
	if !errors.Is(err, errNoRows) {
		return nil, err
	}
	nv, err := gen()
	if err != nil {
		return nil, err
	}
	err = s.conn(ctx, func(c *pgconn.PgConn) error {
		_, err := exec(ctx, c, `INSERT INTO cfplane_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, textParam(name), byteaParam(nonNil(nv)))
		return err
	})
	if err != nil {
		return nil, err
	}
	return get()
}

// Check writes one row (a read-only replica, a full disk or a lost
// connection fail it).
func (s *Postgres) Check(ctx context.Context) error {
	return s.conn(ctx, func(c *pgconn.PgConn) error {
		_, err := exec(ctx, c, `INSERT INTO cfplane_health (id, at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET at = excluded.at`)
		return err
	})
}

func (s *Postgres) PutApproval(ctx context.Context, a Approval) error {
	err := s.conn(ctx, func(c *pgconn.PgConn) error {
		_, err := exec(ctx, c, `INSERT INTO cfplane_approvals (id, plan_id, body) VALUES ($1, $2, $3)`, textParam(a.ID), textParam(a.PlanID), byteaParam(nonNil(a.Body)))
		return err
	})
	if isUnique(err) {
		return ErrExists
	}
	return err
}

func (s *Postgres) UseApproval(ctx context.Context, id string) (Approval, error) {
	a := Approval{ID: id, Used: true}
	err := s.conn(ctx, func(c *pgconn.PgConn) error {
		r, err := queryRow(ctx, c, `UPDATE cfplane_approvals SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING plan_id, body`, textParam(id))
		if errors.Is(err, errNoRows) {
			if _, err := queryRow(ctx, c, `SELECT true FROM cfplane_approvals WHERE id = $1`, textParam(id)); errors.Is(err, errNoRows) {
				return ErrNotFound
			} else if err != nil {
				return err
			}
			return ErrUsed
		}
		if err != nil {
			return err
		}
		a.PlanID, a.Body = r.text(0), r.bytes(1)
		return r.err
	})
	if errors.Is(err, ErrNotFound) || errors.Is(err, ErrUsed) {
		return Approval{}, err
	}
	return a, err
}

func (s *Postgres) AppendJournal(ctx context.Context, e Entry) (int64, error) {
	if e.At.IsZero() {
		e.At = time.Now().UTC()
	}
	var seq int64
	err := s.conn(ctx, func(c *pgconn.PgConn) error {
		r, err := queryRow(ctx, c, `INSERT INTO cfplane_journal (change_id, zone, kind, body, at) VALUES ($1, $2, $3, $4, $5) RETURNING seq`,
			textParam(e.ChangeID), textParam(e.Zone), textParam(e.Kind), byteaParam(nonNil(e.Body)), timeParam(e.At))
		if err != nil {
			return err
		}
		seq = r.int8(0)
		return r.err
	})
	return seq, err
}

func (s *Postgres) Journal(ctx context.Context, after int64, limit int) ([]Entry, error) {
	if limit <= 0 {
		limit = 1 << 30
	}
	return queryRows(ctx, s, `SELECT seq, change_id, zone, kind, body, at FROM cfplane_journal WHERE seq > $1 ORDER BY seq LIMIT $2`,
		func(r *row) Entry {
			return Entry{Seq: r.int8(0), ChangeID: r.text(1), Zone: r.text(2), Kind: r.text(3), Body: r.bytes(4), At: r.time(5)}
		}, int8Param(after), int8Param(int64(limit)))
}

func (s *Postgres) RewriteJournal(ctx context.Context, replace []Entry, remove []int64) error {
	return s.tx(ctx, func(c *pgconn.PgConn) error {
		for _, e := range replace {
			if _, err := exec(ctx, c, `UPDATE cfplane_journal SET kind = $2, body = $3 WHERE seq = $1`, int8Param(e.Seq), textParam(e.Kind), byteaParam(nonNil(e.Body))); err != nil {
				return err
			}
		}
		if len(remove) > 0 {
			if _, err := exec(ctx, c, `DELETE FROM cfplane_journal WHERE seq = ANY($1)`, int8ArrayParam(remove)); err != nil {
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
	err := s.tx(ctx, func(c *pgconn.PgConn) error {
		r, err := queryRow(ctx, c, `SELECT size, head FROM cfplane_audit_head WHERE id = 1 FOR UPDATE`)
		if err != nil {
			return fmt.Errorf("audit log head: %w", err)
		}
		n, cur := r.int8(0), r.bytes(1)
		if r.err != nil {
			return fmt.Errorf("audit log head: %w", r.err)
		}
		if n == 0 {
			cur = nil
		}
		rec, hs, head, err := add(n, cur, pgHashes{ctx, c})
		if err != nil {
			return err
		}
		seq = n + 1
		if _, err := exec(ctx, c, `INSERT INTO cfplane_audit_log (seq, body) VALUES ($1, $2)`, int8Param(seq), byteaParam(nonNil(rec))); err != nil {
			return fmt.Errorf("audit record %d: %w", seq, err)
		}
		first := tlog.StoredHashCount(n)
		idx := make([]int64, len(hs))
		raw := make([][]byte, len(hs))
		for i := range hs {
			idx[i], raw[i] = first+int64(i), hs[i][:]
		}
		if _, err := exec(ctx, c, `INSERT INTO cfplane_audit_hashes (idx, hash) SELECT * FROM unnest($1::bigint[], $2::bytea[])`, int8ArrayParam(idx), byteaArrayParam(raw)); err != nil {
			return fmt.Errorf("audit tree hashes: %w", err)
		}
		_, err = exec(ctx, c, `UPDATE cfplane_audit_head SET size = $1, head = $2 WHERE id = 1`, int8Param(seq), byteaParam(nonNil(head)))
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
	c   *pgconn.PgConn
}

func (h pgHashes) ReadHashes(idx []int64) ([]tlog.Hash, error) {
	res, err := query(h.ctx, h.c, `SELECT idx, hash FROM cfplane_audit_hashes WHERE idx = ANY($1)`, int8ArrayParam(idx))
	if err != nil {
		return nil, err
	}
	got := make(map[int64][]byte, len(res.Rows))
	for _, vals := range res.Rows {
		r := row{vals: vals}
		i, hash := r.int8(0), r.bytes(1)
		if r.err != nil {
			return nil, r.err
		}
		got[i] = hash
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
	var res *pgconn.Result
	err := s.conn(ctx, func(c *pgconn.PgConn) (err error) {
		res, err = query(ctx, c, `SELECT seq, body, at FROM cfplane_audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`, int8Param(after), int8Param(int64(limit)))
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make([]AuditRecord, 0, len(res.Rows))
	for _, vals := range res.Rows {
		r := row{vals: vals}
		out = append(out, AuditRecord{Seq: r.int8(0), Body: r.bytes(1), At: r.time(2)})
		if r.err != nil {
			return nil, r.err
		}
	}
	return out, nil
}

func (s *Postgres) AuditHashes(ctx context.Context, from, to int64) ([]tlog.Hash, error) {
	var res *pgconn.Result
	err := s.conn(ctx, func(c *pgconn.PgConn) (err error) {
		res, err = query(ctx, c, `SELECT idx, hash FROM cfplane_audit_hashes WHERE idx >= $1 AND idx < $2 ORDER BY idx`, int8Param(from), int8Param(to))
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make([]tlog.Hash, 0, max(0, to-from))
	for _, vals := range res.Rows {
		r := row{vals: vals}
		i, h := r.int8(0), r.bytes(1)
		if r.err != nil || i != from+int64(len(out)) || len(h) != tlog.HashSize {
			return out, fmt.Errorf("audit tree hash %d is missing or malformed in the state store", from+int64(len(out)))
		}
		out = append(out, tlog.Hash(h))
	}
	return out, nil
}

func (s *Postgres) AuditHead(ctx context.Context) (int64, []byte, error) {
	var n int64
	var head []byte
	err := s.conn(ctx, func(c *pgconn.PgConn) error {
		r, err := queryRow(ctx, c, `SELECT size, head FROM cfplane_audit_head WHERE id = 1`)
		if err != nil {
			return err
		}
		n, head = r.int8(0), r.bytes(1)
		return r.err
	})
	if n == 0 || err != nil {
		n, head = 0, nil
	}
	return n, head, err
}

// TakeBudget counts and inserts in one transaction under a per-zone
// transaction-scoped advisory lock, so concurrent replicas cannot both see
// room for the last apply.
func (s *Postgres) TakeBudget(ctx context.Context, zone string, now time.Time, window time.Duration, max int) (bool, error) {
	ok := false
	err := s.tx(ctx, func(c *pgconn.PgConn) error {
		if _, err := exec(ctx, c, `SELECT pg_advisory_xact_lock(hashtextextended('cfplane-budget:' || $1, 0))`, textParam(zone)); err != nil {
			return err
		}
		if _, err := exec(ctx, c, `DELETE FROM cfplane_budget_events WHERE zone = $1 AND at <= $2`, textParam(zone), timeParam(now.Add(-window))); err != nil {
			return err
		}
		r, err := queryRow(ctx, c, `SELECT count(*) FROM cfplane_budget_events WHERE zone = $1 AND at > $2 AND at <= $3`, textParam(zone), timeParam(now.Add(-window)), timeParam(now))
		if err != nil {
			return err
		}
		n := r.int8(0)
		if r.err != nil {
			return r.err
		}
		if n >= int64(max) {
			return nil
		}
		ok = true
		_, err = exec(ctx, c, `INSERT INTO cfplane_budget_events (zone, at) VALUES ($1, $2)`, textParam(zone), timeParam(now))
		return err
	})
	return ok && err == nil, err
}

// zoneLockKey is the advisory lock key of a zone's apply lock.
const zoneLockKey = `hashtextextended('cfplane-zone:' || $1, 0)`

// TryLockZone is pg_try_advisory_lock on a connection of the pool, kept
// out of the pool until unlock.
func (s *Postgres) TryLockZone(ctx context.Context, zone string) (func() error, bool, error) {
	pc, err := s.pool.get(ctx)
	if err != nil {
		return nil, false, err
	}
	r, err := queryRow(ctx, pc.conn, `SELECT pg_try_advisory_lock(`+zoneLockKey+`)`, textParam(zone))
	var ok bool
	if err == nil {
		ok = r.boolean(0)
		err = r.err
	}
	if err != nil {
		closeConn(pc.conn)
		s.pool.put(pc)
		return nil, false, err
	}
	if !ok {
		s.pool.put(pc)
		return nil, false, nil
	}
	var once sync.Once
	var uerr error
	return func() error {
		once.Do(func() {
			if uerr = advisoryUnlock(pc.conn, zone); uerr != nil {
				// The lock may still be held: ending the session
				// releases it.
				closeConn(pc.conn)
			}
			s.pool.put(pc)
		})
		return uerr
	}, true, nil
}

// LockZone holds a session advisory lock on a connection of its own (not
// one of the pool's: applies holding or waiting for zone locks must not
// starve the pool the journal writes need) until unlock releases it and
// closes the connection; if the process dies the session ends and
// PostgreSQL releases the lock. Unlock releases the lock explicitly: the
// server ends a closed session a moment after the client has gone, and
// until then another replica would find the zone still locked.
func (s *Postgres) LockZone(ctx context.Context, zone string) (func() error, error) {
	conn, err := pgconn.ConnectConfig(ctx, s.cfg.Copy())
	if err != nil {
		return nil, fmt.Errorf("zone lock: %w", err)
	}
	if _, err := exec(ctx, conn, `SELECT pg_advisory_lock(`+zoneLockKey+`)`, textParam(zone)); err != nil {
		conn.Close(context.Background())
		return nil, fmt.Errorf("zone %s is locked by another change: %w", zone, err)
	}
	var once sync.Once
	var uerr error
	return func() error {
		once.Do(func() {
			uerr = advisoryUnlock(conn, zone)
			// If the unlock failed, ending the session releases the lock.
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if cerr := conn.Close(ctx); uerr == nil {
				uerr = cerr
			}
		})
		return uerr
	}, nil
}

// advisoryUnlock releases zone's advisory lock held by c's session,
// waiting at most five seconds.
func advisoryUnlock(c *pgconn.PgConn, zone string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := exec(ctx, c, `SELECT pg_advisory_unlock(`+zoneLockKey+`)`, textParam(zone))
	return err
}
