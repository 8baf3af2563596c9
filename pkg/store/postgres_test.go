package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/store/storetest"
	"github.com/jackc/pgx/v5/pgconn"
)

func TestPostgresURLPoolSize(t *testing.T) {
	cfg, size, err := parsePostgresURL("postgres://u@db.internal/cfplane?sslmode=disable&search_path=s1&pool_max_conns=2")
	if err != nil {
		t.Fatal(err)
	}
	if size != 2 {
		t.Errorf("pool_max_conns=2 gave a pool of %d", size)
	}
	// The server is sent search_path, not the pool's setting (it would
	// refuse an unknown parameter).
	if _, ok := cfg.RuntimeParams["pool_max_conns"]; ok || cfg.RuntimeParams["search_path"] != "s1" {
		t.Errorf("session settings: %v", cfg.RuntimeParams)
	}
	if _, size, err := parsePostgresURL("postgres://u@db.internal/cfplane"); err != nil || size != max(4, runtime.NumCPU()) {
		t.Errorf("the default pool: %d %v", size, err)
	}
	for _, bad := range []string{"0", "-3", "four", "2147483648", ""} {
		url := "postgres://u:secretpw@127.0.0.1:1/db?pool_max_conns=" + bad
		_, err := OpenPostgres(context.Background(), url)
		if err == nil || !strings.Contains(err.Error(), "pool_max_conns") || !strings.Contains(err.Error(), "at least 1") || strings.Contains(err.Error(), "secretpw") {
			t.Errorf("pool_max_conns=%s: %v", bad, err)
		}
	}
	// pgxpool's other settings are named, not sent to the server.
	_, err = OpenPostgres(context.Background(), "postgres://u:secretpw@127.0.0.1:1/db?pool_min_conns=1")
	if err == nil || !strings.Contains(err.Error(), "pool_min_conns is not a setting") || strings.Contains(err.Error(), "secretpw") {
		t.Errorf("pool_min_conns: %v", err)
	}
}

// pgOpen opens the store on a schema of its own with extra URL parameters.
func pgOpen(t *testing.T, extra string) (*Postgres, storetest.PG) {
	t.Helper()
	url := os.Getenv(PostgresEnv)
	if url == "" {
		t.Skipf("%s is not set", PostgresEnv)
	}
	pg := storetest.Schema(t, url, "cfplane_pg")
	s, err := OpenPostgres(context.Background(), pg.URL+extra)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, pg
}

// backendPID is the server process of the connection the pool lends next.
func backendPID(t *testing.T, s *Postgres) int32 {
	t.Helper()
	var pid int32
	err := s.conn(context.Background(), func(c *pgconn.PgConn) error {
		r, err := queryRow(context.Background(), c, `SELECT pg_backend_pid()`)
		if err != nil {
			return err
		}
		pid = r.int4(0)
		return r.err
	})
	if err != nil {
		t.Fatal(err)
	}
	return pid
}

// pool_max_conns bounds the connections one store opens.
func TestPostgresPoolMaxConns(t *testing.T) {
	app := fmt.Sprintf("cfplane_pool_%d", time.Now().UnixNano())
	s, pg := pgOpen(t, "&pool_max_conns=2&application_name="+app)
	if s.pool.size() != 2 {
		t.Fatalf("pool of %d", s.pool.size())
	}
	ctx := context.Background()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	most := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			var n int
			if err := pg.Admin.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE application_name = $1`, app).Scan(&n); err != nil {
				t.Error(err)
				return
			}
			most = max(most, n)
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	var work sync.WaitGroup
	for i := 0; i < 12; i++ {
		work.Add(1)
		go func(i int) {
			defer work.Done()
			for j := 0; j < 5; j++ {
				if _, err := s.AppendJournal(ctx, Entry{ChangeID: fmt.Sprintf("c%d-%d", i, j), Zone: "z", Kind: "applied"}); err != nil {
					t.Error(err)
				}
				_ = s.conn(ctx, func(c *pgconn.PgConn) error { _, err := exec(ctx, c, `SELECT pg_sleep(0.005)`); return err })
			}
		}(i)
	}
	work.Wait()
	close(stop)
	wg.Wait()
	if most < 1 || most > 2 {
		t.Errorf("%d connections at once with pool_max_conns=2", most)
	}
	if all, err := s.Journal(ctx, 0, 0); err != nil || len(all) != 60 {
		t.Errorf("journal: %d entries %v", len(all), err)
	}
}

// A connection broken mid-query is not lent again; a connection the
// server ended while idle is found by the ping and replaced.
func TestPostgresBrokenConnectionIsNotReused(t *testing.T) {
	s, pg := pgOpen(t, "&pool_max_conns=1")
	ctx := context.Background()
	first := backendPID(t, s)
	if again := backendPID(t, s); again != first {
		t.Fatalf("an idle connection was not reused: %d then %d", first, again)
	}
	short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	err := s.conn(short, func(c *pgconn.PgConn) error { _, err := exec(short, c, `SELECT pg_sleep(10)`); return err })
	if err == nil {
		t.Fatal("a query past its context's deadline succeeded")
	}
	second := backendPID(t, s)
	if second == first {
		t.Errorf("the connection broken mid-query (%d) was lent again", first)
	}

	// Ended by the server while idle.
	s.pool.pingAfter = -1
	if _, err := pg.Admin.Exec(ctx, `SELECT pg_terminate_backend($1)`, second); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		var gone bool
		if err := pg.Admin.QueryRow(ctx, `SELECT NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $1)`, second).Scan(&gone); err != nil {
			t.Fatal(err)
		}
		if gone || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := s.Check(ctx); err != nil {
		t.Fatalf("after the server ended an idle connection: %v", err)
	}
	if third := backendPID(t, s); third == second {
		t.Errorf("the ended connection %d was lent again", second)
	}
}

// tx commits, rolls back on an error and on a panic, and leaves the
// connection usable.
func TestPostgresTransactions(t *testing.T) {
	s, _ := pgOpen(t, "&pool_max_conns=1")
	ctx := context.Background()
	pid := backendPID(t, s)
	put := func(name string) func(c *pgconn.PgConn) error {
		return func(c *pgconn.PgConn) error {
			_, err := exec(ctx, c, `INSERT INTO cfplane_secrets (name, value) VALUES ($1, $2)`, textParam(name), byteaParam([]byte("v")))
			return err
		}
	}
	stored := func(name string) bool {
		v, err := s.Secret(ctx, name, func() ([]byte, error) { return []byte("new"), nil })
		if err != nil {
			t.Fatal(err)
		}
		return string(v) == "v"
	}
	if err := s.tx(ctx, put("committed")); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	if err := s.tx(ctx, func(c *pgconn.PgConn) error { _ = put("failed")(c); return boom }); !errors.Is(err, boom) {
		t.Errorf("a failing transaction returned %v", err)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the panic was swallowed")
			}
		}()
		_ = s.tx(ctx, func(c *pgconn.PgConn) error { _ = put("panicked")(c); panic("boom") })
	}()
	if !stored("committed") || stored("failed") || stored("panicked") {
		t.Error("commit or rollback went wrong")
	}
	// The one connection came back rolled back, not closed.
	short, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := s.Check(short); err != nil {
		t.Fatal(err)
	}
	if again := backendPID(t, s); again != pid {
		t.Errorf("the connection was replaced (%d, then %d)", pid, again)
	}
	// A statement that failed inside the transaction: the error, not a commit.
	err := s.tx(ctx, func(c *pgconn.PgConn) error {
		_, err := exec(ctx, c, `SELECT 1/0`)
		return err
	})
	var pe *pgconn.PgError
	if !errors.As(err, &pe) || pe.Code != "22012" {
		t.Errorf("division by zero in a transaction: %v", err)
	}
	if err := s.tx(ctx, func(c *pgconn.PgConn) error { _, _ = exec(ctx, c, `SELECT 1/0`); return nil }); !errors.Is(err, errCommitRollback) {
		t.Errorf("committing a failed transaction: %v", err)
	}
	if err := s.Check(short); err != nil {
		t.Fatal(err)
	}
}

// Values round-trip exactly: times to the microsecond, in UTC; an empty or
// nil body is empty; an unclaimed plan has no claimer. Rows written by SQL
// read the same as rows the store wrote.
func TestPostgresValues(t *testing.T) {
	s, pg := pgOpen(t, "")
	ctx := context.Background()
	cet := time.FixedZone("CET", 3600)
	exp := time.Date(2031, 5, 6, 7, 8, 9, 123_456_789, cet)
	created := time.Date(1999, 12, 31, 23, 59, 59, 999_999_999, time.UTC)
	if err := s.PutPlan(ctx, Plan{ID: "p", Zone: "", Body: nil, ExpiresAt: exp, CreatedAt: created}); err != nil {
		t.Fatal(err)
	}
	p, err := s.GetPlan(ctx, "p")
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2031, 5, 6, 6, 8, 9, 123_456_000, time.UTC); p.ExpiresAt != want {
		t.Errorf("expires %v, want %v", p.ExpiresAt, want)
	}
	if want := time.Date(1999, 12, 31, 23, 59, 59, 999_999_000, time.UTC); p.CreatedAt != want {
		t.Errorf("created %v, want %v", p.CreatedAt, want)
	}
	if p.Body == nil || len(p.Body) != 0 || p.Zone != "" || p.ClaimedBy != "" {
		t.Errorf("plan %+v", p)
	}
	// An empty zone is '' (not NULL): the plan is listed under zone "".
	if ps, err := s.ListPlans(ctx, "", "", 0); err != nil || len(ps) != 1 || ps[0].CreatedAt != p.CreatedAt {
		t.Errorf("list: %+v %v", ps, err)
	}
	if ps, err := s.ListPlans(ctx, "zz", "", 0); err != nil || ps == nil || len(ps) != 0 {
		t.Errorf("an empty list: %#v %v", ps, err)
	}

	// Written by SQL.
	if _, err := pg.Admin.Exec(ctx, `INSERT INTO `+pg.Schema+`.cfplane_plans (id, zone, body, expires_at, created_at, claimed_by)
		VALUES ('q', 'z', '\x00ff', '2024-05-06 07:08:09.000001+02', '0001-01-01 00:00:00+00', '')`); err != nil {
		t.Fatal(err)
	}
	q, err := s.GetPlan(ctx, "q")
	if err != nil {
		t.Fatal(err)
	}
	if q.ExpiresAt != time.Date(2024, 5, 6, 5, 8, 9, 1000, time.UTC) || !q.CreatedAt.IsZero() || string(q.Body) != "\x00\xff" || q.ClaimedBy != "" {
		t.Errorf("a plan written by SQL: %+v", q)
	}
	if err := s.ClaimPlan(ctx, "q", "r1"); !errors.Is(err, ErrClaimed) {
		t.Errorf("claimed by '' counts as claimed: %v", err)
	}

	at := time.Date(2030, 1, 2, 3, 4, 5, 6_789, cet)
	seq, err := s.AppendJournal(ctx, Entry{ChangeID: "c", Zone: "z", Kind: "k", Body: []byte{}, At: at})
	if err != nil {
		t.Fatal(err)
	}
	es, err := s.Journal(ctx, seq-1, 1)
	if err != nil || len(es) != 1 || es[0].At != at.UTC().Truncate(time.Microsecond) || es[0].Body == nil {
		t.Errorf("journal %+v %v", es, err)
	}
	if err := s.RewriteJournal(ctx, nil, []int64{seq}); err != nil {
		t.Fatal(err)
	}
	if es, _ := s.Journal(ctx, 0, 0); len(es) != 0 {
		t.Errorf("removed entry still there: %+v", es)
	}
	var stored time.Time
	if err := pg.Admin.QueryRow(ctx, `SELECT created_at FROM `+pg.Schema+`.cfplane_plans WHERE id = 'p'`).Scan(&stored); err != nil || !stored.Equal(created.Truncate(time.Microsecond)) {
		t.Errorf("the server holds %v %v", stored, err)
	}
}
