package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/store/storetest"
	"golang.org/x/mod/sumdb/tlog"
)

// PostgresEnv names a PostgreSQL URL the contract tests may use (a scratch
// database: the tests create and drop a schema of their own). .ci/run sets
// it after starting PostgreSQL on loopback.
const PostgresEnv = "CFPLANE_TEST_POSTGRES"

// backend opens two handles on the same state: for PostgreSQL two pools
// (two replicas); for the embedded store the same handle twice (one
// process by design).
type backend struct {
	name string
	open func(t *testing.T) (Store, Store)
}

func backends(t *testing.T) []backend {
	bs := []backend{{"bolt", func(t *testing.T) (Store, Store) {
		s, err := OpenBolt(filepath.Join(t.TempDir(), "state.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s, s
	}}}
	url := os.Getenv(PostgresEnv)
	if url == "" {
		t.Logf("%s is not set: the PostgreSQL store is not tested here (.ci/run starts PostgreSQL and sets it)", PostgresEnv)
		return bs
	}
	return append(bs, backend{"postgres", func(t *testing.T) (Store, Store) {
		ctx := context.Background()
		u := storetest.Schema(t, url, "cfplane_test").URL
		a, err := OpenPostgres(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		b, err := OpenPostgres(ctx, u) // a second replica; migrations already ran
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { a.Close(); b.Close() })
		return a, b
	}})
}

func TestContract(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			t.Run("plans", func(t *testing.T) { testPlans(t, b) })
			t.Run("approvals", func(t *testing.T) { testApprovals(t, b) })
			t.Run("journal and audit", func(t *testing.T) { testLogs(t, b) })
			t.Run("budgets", func(t *testing.T) { testBudgets(t, b) })
			t.Run("zone locks", func(t *testing.T) { testLocks(t, b) })
			t.Run("zone lock free once unlocked", func(t *testing.T) { testUnlockFrees(t, b) })
			t.Run("plan listing", func(t *testing.T) { testPlanList(t, b) })
			t.Run("secrets and check", func(t *testing.T) { testSecrets(t, b) })
		})
	}
}

func testPlans(t *testing.T, b backend) {
	ctx := context.Background()
	s1, s2 := b.open(t)
	exp := time.Now().Add(time.Hour).UTC().Truncate(time.Microsecond)
	if err := s1.PutPlan(ctx, Plan{ID: "p1", Zone: "example.com", Body: []byte(`{"ops":1}`), ExpiresAt: exp}); err != nil {
		t.Fatal(err)
	}
	if err := s2.PutPlan(ctx, Plan{ID: "p1", Zone: "x", Body: []byte("{}"), ExpiresAt: exp}); !errors.Is(err, ErrExists) {
		t.Errorf("duplicate id: %v", err)
	}
	p, err := s2.GetPlan(ctx, "p1") // made on one replica, read on the other
	if err != nil || p.Zone != "example.com" || string(p.Body) != `{"ops":1}` || !p.ExpiresAt.Equal(exp) {
		t.Errorf("get: %+v %v", p, err)
	}
	if _, err := s1.GetPlan(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown plan: %v", err)
	}
	// The same plan applied on both at once: exactly one claim wins.
	var wins atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := s1
			if i%2 == 1 {
				s = s2
			}
			switch err := s.ClaimPlan(ctx, "p1", fmt.Sprintf("replica-%d", i)); {
			case err == nil:
				wins.Add(1)
			case !errors.Is(err, ErrClaimed):
				t.Errorf("claim: %v", err)
			}
		}(i)
	}
	wg.Wait()
	if wins.Load() != 1 {
		t.Errorf("%d claims won, want exactly 1", wins.Load())
	}
	if p, _ := s1.GetPlan(ctx, "p1"); p.ClaimedBy == "" {
		t.Error("the claim is not recorded")
	}
	if err := s1.ClaimPlan(ctx, "nope", "r"); !errors.Is(err, ErrNotFound) {
		t.Errorf("claiming an unknown plan: %v", err)
	}
}

func testApprovals(t *testing.T, b backend) {
	ctx := context.Background()
	s1, s2 := b.open(t)
	if err := s1.PutApproval(ctx, Approval{ID: "a1", PlanID: "p1", Body: []byte("sig")}); err != nil {
		t.Fatal(err)
	}
	if err := s1.PutApproval(ctx, Approval{ID: "a1", PlanID: "p2"}); !errors.Is(err, ErrExists) {
		t.Errorf("duplicate approval: %v", err)
	}
	var used atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(s Store) {
			defer wg.Done()
			a, err := s.UseApproval(ctx, "a1")
			switch {
			case err == nil:
				used.Add(1)
				if a.PlanID != "p1" || string(a.Body) != "sig" {
					t.Errorf("approval %+v", a)
				}
			case !errors.Is(err, ErrUsed):
				t.Errorf("use: %v", err)
			}
		}(map[bool]Store{true: s1, false: s2}[i%2 == 0])
	}
	wg.Wait()
	if used.Load() != 1 {
		t.Errorf("the approval was used %d times", used.Load())
	}
	if _, err := s2.UseApproval(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown approval: %v", err)
	}
}

func testLogs(t *testing.T, b backend) {
	ctx := context.Background()
	s1, s2 := b.open(t)
	var last int64
	for i := 0; i < 5; i++ {
		s := s1
		if i%2 == 1 {
			s = s2
		}
		seq, err := s.AppendJournal(ctx, Entry{ChangeID: fmt.Sprintf("c%d", i), Zone: "example.com", Kind: "applied", Body: []byte{byte(i)}})
		if err != nil {
			t.Fatal(err)
		}
		if seq <= last {
			t.Errorf("sequence %d after %d", seq, last)
		}
		last = seq
	}
	all, err := s1.Journal(ctx, 0, 0)
	if err != nil || len(all) != 5 || all[0].ChangeID != "c0" || all[4].ChangeID != "c4" {
		t.Fatalf("journal: %+v %v", all, err)
	}
	tail, err := s2.Journal(ctx, all[2].Seq, 10)
	if err != nil || len(tail) != 2 || tail[0].ChangeID != "c3" {
		t.Errorf("journal after %d: %+v %v", all[2].Seq, tail, err)
	}
	page, _ := s2.Journal(ctx, 0, 2)
	if len(page) != 2 {
		t.Errorf("limit: %d entries", len(page))
	}
	// Compaction: one entry rewritten, one removed, sequence numbers kept.
	if err := s2.RewriteJournal(ctx, []Entry{{Seq: all[1].Seq, Kind: "compacted", Body: []byte("short")}, {Seq: 1 << 40, Kind: "x"}}, []int64{all[3].Seq}); err != nil {
		t.Fatal(err)
	}
	after, err := s1.Journal(ctx, 0, 0)
	if err != nil || len(after) != 4 || after[1].Seq != all[1].Seq || after[1].Kind != "compacted" || string(after[1].Body) != "short" ||
		after[1].ChangeID != "c1" || after[3].ChangeID != "c4" {
		t.Fatalf("after the rewrite: %+v %v", after, err)
	}
	if seq, _ := s1.AppendJournal(ctx, Entry{ChangeID: "c5", Zone: "z", Kind: "applied"}); seq <= all[4].Seq {
		t.Errorf("a sequence number after the rewrite went back: %d", seq)
	}
	testAuditLog(t, s1, s2)
}

// auditAdd is an AuditAdd that makes record "r<seq>" and a head naming
// the tree size and root.
func auditAdd(record func(n int64) string) AuditAdd {
	return func(n int64, head []byte, hr tlog.HashReader) ([]byte, []tlog.Hash, []byte, error) {
		if want := fmt.Sprintf("head %d", n); (n == 0 && head != nil) || (n > 0 && string(head) != want) {
			return nil, nil, nil, fmt.Errorf("append after %d records was given head %q", n, head)
		}
		rec := []byte(record(n))
		hs, err := tlog.StoredHashes(n, rec, hr)
		if err != nil {
			return nil, nil, nil, err
		}
		return rec, hs, []byte(fmt.Sprintf("head %d", n+1)), nil
	}
}

// testAuditLog: appends from both handles (two replicas on PostgreSQL),
// some at once, make one log whose stored tree hashes are those tlog
// computes from the records, with the head of the last append.
func testAuditLog(t *testing.T, s1, s2 Store) {
	ctx := context.Background()
	if n, head, err := s1.AuditHead(ctx); err != nil || n != 0 || head != nil {
		t.Fatalf("empty head: %d %q %v", n, head, err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := 0; i < 40; i++ {
		s := s1
		if i%2 == 1 {
			s = s2
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.AppendAudit(ctx, auditAdd(func(n int64) string { return fmt.Sprintf("r%d", n+1) }))
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	recs, err := s2.Audit(ctx, 0, 0)
	if err != nil || len(recs) != 40 || recs[0].At.IsZero() {
		t.Fatalf("audit: %d records %v", len(recs), err)
	}
	var mem []tlog.Hash
	rd := tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			out[i] = mem[x]
		}
		return out, nil
	})
	for i, r := range recs {
		if r.Seq != int64(i+1) || string(r.Body) != fmt.Sprintf("r%d", i+1) {
			t.Fatalf("record %d: seq %d body %q (appends were not serialised)", i+1, r.Seq, r.Body)
		}
		hs, err := tlog.StoredHashes(int64(i), r.Body, rd)
		if err != nil {
			t.Fatal(err)
		}
		mem = append(mem, hs...)
	}
	stored, err := s1.AuditHashes(ctx, 0, tlog.StoredHashCount(40))
	if err != nil || len(stored) != len(mem) {
		t.Fatalf("stored hashes: %d of %d, %v", len(stored), len(mem), err)
	}
	for i := range mem {
		if stored[i] != mem[i] {
			t.Fatalf("stored hash %d differs from the one computed from the records", i)
		}
	}
	if n, head, err := s1.AuditHead(ctx); err != nil || n != 40 || string(head) != "head 40" {
		t.Errorf("head: %d %q %v", n, head, err)
	}
	if page, _ := s1.Audit(ctx, 38, 0); len(page) != 2 || page[0].Seq != 39 {
		t.Errorf("audit after 38: %+v", page)
	}
	if page, _ := s1.Audit(ctx, 0, 5); len(page) != 5 {
		t.Errorf("limit: %d records", len(page))
	}
	// A failing add writes nothing.
	boom := errors.New("boom")
	if _, err := s1.AppendAudit(ctx, func(int64, []byte, tlog.HashReader) ([]byte, []tlog.Hash, []byte, error) { return nil, nil, nil, boom }); !errors.Is(err, boom) {
		t.Errorf("failing add: %v", err)
	}
	if n, _, _ := s2.AuditHead(ctx); n != 40 {
		t.Errorf("a failed append moved the head to %d", n)
	}
	if recs, _ := s2.Audit(ctx, 40, 0); len(recs) != 0 {
		t.Errorf("a failed append left %d records", len(recs))
	}
}

func testBudgets(t *testing.T, b backend) {
	ctx := context.Background()
	s1, s2 := b.open(t)
	now := time.Now().UTC().Truncate(time.Microsecond)
	var taken atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := s1
			if i%2 == 1 {
				s = s2
			}
			ok, err := s.TakeBudget(ctx, "example.com", now, time.Hour, 5)
			if err != nil {
				t.Errorf("take: %v", err)
			}
			if ok {
				taken.Add(1)
			}
		}(i)
	}
	wg.Wait()
	if taken.Load() != 5 {
		t.Errorf("%d applies within a budget of 5", taken.Load())
	}
	if ok, _ := s1.TakeBudget(ctx, "other.example", now, time.Hour, 5); !ok {
		t.Error("budgets are per zone")
	}
	// An hour later the window has room again.
	if ok, _ := s2.TakeBudget(ctx, "example.com", now.Add(time.Hour+time.Second), time.Hour, 5); !ok {
		t.Error("the window did not move")
	}
}

func testLocks(t *testing.T, b backend) {
	ctx := context.Background()
	s1, s2 := b.open(t)
	unlock, err := s1.LockZone(ctx, "example.com")
	if err != nil {
		t.Fatal(err)
	}
	// Another zone is independent.
	u2, err := s2.LockZone(ctx, "other.example")
	if err != nil {
		t.Fatal(err)
	}
	_ = u2()
	// The held zone: the other replica waits, and gives up with its context.
	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if _, err := s2.LockZone(short, "example.com"); err == nil {
		t.Fatal("two holders of one zone lock")
	}
	got := make(chan func() error, 1)
	go func() {
		u, err := s2.LockZone(ctx, "example.com")
		if err != nil {
			t.Error(err)
			close(got)
			return
		}
		got <- u
	}()
	select {
	case <-got:
		t.Fatal("the lock was taken while held")
	case <-time.After(100 * time.Millisecond):
	}
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
	select {
	case u := <-got:
		if u != nil {
			_ = u()
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the waiter never got the lock after unlock")
	}
}

// A zone lock is free for the other replica as soon as unlock returns:
// another replica that finds it held takes the change for one in progress.
func testUnlockFrees(t *testing.T, b backend) {
	ctx := context.Background()
	s1, s2 := b.open(t)
	for i := 0; i < 40; i++ {
		unlock, err := s1.LockZone(ctx, "example.com")
		if err != nil {
			t.Fatal(err)
		}
		if err := unlock(); err != nil {
			t.Fatal(err)
		}
		u, ok, err := s2.TryLockZone(ctx, "example.com")
		if err != nil || !ok {
			t.Fatalf("round %d: the other replica found the zone locked after unlock returned (%v, %v)", i, ok, err)
		}
		if err := u(); err != nil {
			t.Fatal(err)
		}
	}
}

func testPlanList(t *testing.T, b backend) {
	ctx := context.Background()
	s1, s2 := b.open(t)
	base := time.Now().Add(-time.Hour).UTC().Truncate(time.Microsecond)
	for i, z := range []string{"z1", "z2", "z1", "z1"} {
		if err := s1.PutPlan(ctx, Plan{ID: fmt.Sprintf("ab%02d", i), Zone: z, Body: []byte("{}"), ExpiresAt: base.Add(2 * time.Hour), CreatedAt: base.Add(time.Duration(i) * time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	_ = s1.PutPlan(ctx, Plan{ID: "cd00", Zone: "z1", Body: []byte("{}"), ExpiresAt: base.Add(2 * time.Hour), CreatedAt: base.Add(10 * time.Minute)})
	ids := func(ps []Plan) string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return strings.Join(out, ",")
	}
	if ps, err := s2.ListPlans(ctx, "z1", "", 3); err != nil || ids(ps) != "cd00,ab03,ab02" {
		t.Errorf("newest three of z1: %s %v", ids(ps), err)
	}
	if ps, err := s2.ListPlans(ctx, "", "ab", 0); err != nil || ids(ps) != "ab03,ab02,ab01,ab00" {
		t.Errorf("prefix ab: %s %v", ids(ps), err)
	}
	if n, err := s2.DeletePlansBefore(ctx, base.Add(90*time.Second)); err != nil || n != 2 {
		t.Errorf("delete before: %d %v", n, err)
	}
	if ps, _ := s1.ListPlans(ctx, "", "", 0); ids(ps) != "cd00,ab03,ab02" {
		t.Errorf("after delete: %s", ids(ps))
	}
}

func testSecrets(t *testing.T, b backend) {
	ctx := context.Background()
	s1, s2 := b.open(t)
	k1, err := s1.Secret(ctx, "plan-key", func() ([]byte, error) { return []byte("first"), nil })
	if err != nil || string(k1) != "first" {
		t.Fatalf("secret: %q %v", k1, err)
	}
	k2, err := s2.Secret(ctx, "plan-key", func() ([]byte, error) { return []byte("second"), nil })
	if err != nil || string(k2) != "first" {
		t.Errorf("the other replica got %q %v, want the stored one", k2, err)
	}
	if err := s2.Check(ctx); err != nil {
		t.Errorf("check: %v", err)
	}
	u, ok, err := s1.TryLockZone(ctx, "z")
	if err != nil || !ok {
		t.Fatalf("try lock a free zone: %v %v", ok, err)
	}
	if _, ok, err := s2.TryLockZone(ctx, "z"); err != nil || ok {
		t.Errorf("try lock a held zone: %v %v", ok, err)
	}
	_ = u()
	u, ok, err = s2.TryLockZone(ctx, "z")
	if err != nil || !ok {
		t.Errorf("try lock after unlock: %v %v", ok, err)
	} else {
		_ = u()
	}
}

// Zone locks held (or waited for) by more applies than the pool has
// connections do not starve the other calls.
func TestPostgresLocksDoNotStarveThePool(t *testing.T) {
	url := os.Getenv(PostgresEnv)
	if url == "" {
		t.Skipf("%s is not set", PostgresEnv)
	}
	var pg backend
	for _, b := range backends(t) {
		if b.name == "postgres" {
			pg = b
		}
	}
	s1, _ := pg.open(t)
	p := s1.(*Postgres)
	max := p.pool.size()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for i := 0; i < max+2; i++ {
		u, err := s1.LockZone(ctx, fmt.Sprintf("zone-%d", i))
		if err != nil {
			t.Fatal(err)
		}
		defer u()
	}
	short, cancel2 := context.WithTimeout(ctx, 3*time.Second)
	defer cancel2()
	if _, err := s1.AppendJournal(short, Entry{ChangeID: "c", Zone: "zone-0", Kind: "intent", Body: []byte("{}")}); err != nil {
		t.Fatalf("with %d zone locks held (pool of %d): %v", max+2, max, err)
	}
}

func TestOpenSetting(t *testing.T) {
	if _, err := Open(context.Background(), "postgres://127.0.0.1:1/db?user=u&password=secretpw&x=1&connect_timeout=2", t.TempDir()); err == nil || strings.Contains(err.Error(), "secretpw") {
		t.Errorf("unreachable database: %v", err)
	}
	if _, err := Open(context.Background(), "mysql://u:secretpw@h/db", t.TempDir()); err == nil || strings.Contains(err.Error(), "secretpw") || !strings.Contains(err.Error(), "accepted") {
		t.Errorf("bad setting: %v", err)
	}
	s, err := Open(context.Background(), "", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}
