package plan

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/store/storetest"
	"github.com/rs/zerolog"

	"github.com/cfplane/cfplane/pkg/audit"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/store"
)

// testPostgresEnv is the scratch PostgreSQL the store tests use (.ci/run
// and scripts/postgres-test.sh set it).
const testPostgresEnv = "CFPLANE_TEST_POSTGRES"

// pgSchemaURL makes a schema of its own on the scratch database and returns
// a URL whose connections use it (dropped at the end of the test).
func pgSchemaURL(t testing.TB) string {
	t.Helper()
	url := os.Getenv(testPostgresEnv)
	if url == "" {
		t.Skipf("%s is not set: the PostgreSQL state store is not tested here (.ci/run starts PostgreSQL and sets it; or export %s=$(scripts/postgres-test.sh start))", testPostgresEnv, testPostgresEnv)
	}
	return storetest.Schema(t, url, "cfplane_plan").URL
}

// replicas returns, per store kind, two engines on one shared state (for
// PostgreSQL two connection pools, as two processes would have; bbolt
// serves one process, so both engines share its handle).
func replicas(t *testing.T, mod func(*config.Config)) map[string][2]*fixture {
	out := map[string][2]*fixture{}
	kinds := []string{"bolt"}
	if os.Getenv(testPostgresEnv) != "" {
		kinds = append(kinds, "postgres")
	} else {
		t.Logf("%s is not set: only the embedded store is tested", testPostgresEnv)
	}
	for _, kind := range kinds {
		f := newFixture(t, mod)
		var s1, s2 store.Store
		switch kind {
		case "bolt":
			b, err := store.OpenBolt(filepath.Join(f.dir, "state.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { b.Close() })
			s1, s2 = b, b
		case "postgres":
			url := pgSchemaURL(t)
			for _, s := range []*store.Store{&s1, &s2} {
				p, err := store.OpenPostgres(context.Background(), url)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { p.Close() })
				*s = p
			}
		}
		f.opts.Store = s1
		f.e = f.fresh()
		g := *f
		g.opts.Store = s2
		// The second replica has a state folder of its own (its audit log).
		g.opts.Config = &config.Config{}
		*g.opts.Config = *f.cfg
		g.opts.Config.StateDir = t.TempDir()
		g.cfg, g.dir = g.opts.Config, g.opts.Config.StateDir
		g.e = g.fresh()
		out[kind] = [2]*fixture{f, &g}
	}
	return out
}

// A plan made on one replica applies on the other; the change rolls back
// from the first; neither writes plan files or a journal file.
func TestStoreReplicasShareState(t *testing.T) {
	for kind, r := range replicas(t, nil) {
		t.Run(kind, func(t *testing.T) {
			a, b := r[0], r[1]
			before := a.state()
			p := a.prepare(a.snap(), a.createOp(RecordValue{Type: "A", Name: "shared-" + kind, Content: "192.0.2.40", TTL: 300}))
			res := b.apply(p.Token)
			if res.Status != StatusApplied {
				t.Fatalf("apply on B: %+v", res)
			}
			// B lists the plan as applied; A lists the change.
			lb, err := b.e.List("", "", 10)
			if err != nil || len(lb.Plans) == 0 || lb.Plans[0].PlanID != p.Plan.ID || lb.Plans[0].Status != StatusApplied {
				t.Fatalf("B's list: %+v %v", lb, err)
			}
			ci, err := a.e.Change(res.ChangeID)
			if err != nil || ci == nil || ci.Status != StatusApplied {
				t.Fatalf("A sees the change: %+v %v", ci, err)
			}
			rb, err := a.e.Rollback(a.ctx, res.ChangeID, Gate{})
			if err != nil {
				t.Fatal(err)
			}
			if r2 := a.apply(rb.Token); r2.Status != StatusApplied || a.state() != before {
				t.Fatalf("rollback on A: %+v", r2)
			}
			if ci, _ := b.e.Change(res.ChangeID); ci == nil || ci.Status != StatusRolledBack {
				t.Errorf("B sees the rollback: %+v", ci)
			}
			// A short plan id resolves on the other replica.
			p2 := b.prepare(b.snap(), b.createOp(RecordValue{Type: "TXT", Name: "short-" + kind, Content: "x", TTL: 300}))
			if tok, err := a.e.ResolvePlan(p2.Plan.ID[:12]); err != nil || tok != p2.Token {
				t.Errorf("short id on the other replica: %v", err)
			}
			// Both replicas append to the one audit log in the store: it
			// verifies (records, tree hashes, signed head) and holds the
			// two applies (B's, then A's rollback); no audit file is
			// written. Every journaled outcome has its record.
			st, err := b.e.AuditStore()
			if err != nil || st == nil {
				t.Fatalf("audit store: %v", err)
			}
			ctx := context.Background()
			vkey, err := audit.StoreVerifierKey(ctx, st)
			if err != nil {
				t.Fatal(err)
			}
			v, err := audit.VerifyStore(ctx, st, vkey)
			if err != nil {
				t.Fatal(err)
			}
			outcomes := map[string]bool{}
			for _, r := range v.Records {
				if r.Action == "apply" {
					outcomes[r.ChangeID+" "+r.Outcome] = true
				}
			}
			if !outcomes[res.ChangeID+" applied"] || len(outcomes) != 2 {
				t.Errorf("audit records of the two applies (B's, then A's rollback): %v", outcomes)
			}
			if kind == "postgres" && len(v.Replicas) < 1 {
				t.Errorf("replicas: %v", v.Replicas)
			}
			outs, err := StoreJournalOutcomes(ctx, st)
			if err != nil || len(outs) != 2 {
				t.Fatalf("journal outcomes: %+v %v", outs, err)
			}
			for _, o := range outs {
				if !outcomes[o.ChangeID+" "+o.Status] {
					t.Errorf("journaled outcome %s %s has no audit record", o.ChangeID, o.Status)
				}
			}
			for _, f := range []*fixture{a, b} {
				if _, err := os.Stat(f.e.AuditPath()); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("an audit file was written in %s: %v", f.dir, err)
				}
			}
			for _, f := range []*fixture{a, b} {
				if _, err := os.Stat(filepath.Join(f.dir, "journal.jsonl")); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("a journal file was written in %s: %v", f.dir, err)
				}
				if ents, _ := os.ReadDir(filepath.Join(f.dir, "plans")); len(ents) > 0 {
					t.Errorf("plan files were written in %s", f.dir)
				}
			}
		})
	}
}

// The same plan applied on both replicas at once applies once; the other
// call says it was already applied or is being applied.
func TestStoreSamePlanAppliesOnce(t *testing.T) {
	for kind, r := range replicas(t, nil) {
		t.Run(kind, func(t *testing.T) {
			a, b := r[0], r[1]
			for round := 0; round < 3; round++ {
				p := a.prepare(a.snap(), a.createOp(RecordValue{Type: "TXT", Name: fmt.Sprintf("once-%d", round), Content: "x", TTL: 300}))
				var wg sync.WaitGroup
				res := make([]*Result, 2)
				errs := make([]error, 2)
				for i, f := range []*fixture{a, b} {
					wg.Add(1)
					go func() {
						defer wg.Done()
						res[i], errs[i] = f.e.Apply(f.ctx, p.Token, "", Gate{})
					}()
				}
				wg.Wait()
				applied := 0
				for i := range res {
					switch {
					case errs[i] == nil && res[i].Status == StatusApplied:
						applied++
					case errs[i] != nil && (strings.Contains(errs[i].Error(), "already applied") || strings.Contains(errs[i].Error(), "being applied")):
					default:
						t.Errorf("replica %d: %+v %v", i, res[i], errs[i])
					}
				}
				if applied != 1 {
					t.Fatalf("round %d: %d applies, want 1 (%v)", round, applied, errs)
				}
				if n := len(a.find("TXT", fmt.Sprintf("once-%d.example.com", round))); n != 1 {
					t.Fatalf("round %d: %d records", round, n)
				}
			}
		})
	}
}

// budgets.max_applies_per_zone_per_hour holds across replicas.
func TestStoreBudgetAcrossReplicas(t *testing.T) {
	for kind, r := range replicas(t, func(c *config.Config) { c.Budgets.MaxAppliesPerZonePerHour = 3 }) {
		t.Run(kind, func(t *testing.T) {
			a, b := r[0], r[1]
			var toks []string
			for i := 0; i < 6; i++ {
				toks = append(toks, a.prepare(a.snap(), a.createOp(RecordValue{Type: "TXT", Name: fmt.Sprintf("budget-%d", i), Content: "x", TTL: 300})).Token)
			}
			var wg sync.WaitGroup
			var mu sync.Mutex
			applied, refused := 0, 0
			for i, tok := range toks {
				f := a
				if i%2 == 1 {
					f = b
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					res, err := f.e.Apply(f.ctx, tok, "", Gate{})
					mu.Lock()
					defer mu.Unlock()
					switch {
					case err == nil && res.Status == StatusApplied:
						applied++
					case err != nil && strings.Contains(err.Error(), "max_applies_per_zone_per_hour"):
						refused++
					default:
						t.Errorf("%+v %v", res, err)
					}
				}()
			}
			wg.Wait()
			if applied != 3 || refused != 3 {
				t.Fatalf("applied %d, refused %d; want 3 and 3", applied, refused)
			}
		})
	}
}

// A replica that stops between the intent and the outcome leaves the
// change interrupted for the other, which rolls it back.
func TestStoreInterruptedRollsBackOnOtherReplica(t *testing.T) {
	for kind, r := range replicas(t, nil) {
		t.Run(kind, func(t *testing.T) {
			a, b := r[0], r[1]
			before := a.state()
			a.e.Hooks.AfterExecute = func(string) error { return errors.New("process killed") }
			p := a.prepare(a.snap(), a.createOp(RecordValue{Type: "A", Name: "crash-" + kind, Content: "192.0.2.41", TTL: 300}))
			if _, err := a.e.Apply(a.ctx, p.Token, "", Gate{}); !errors.Is(err, ErrStopped) {
				t.Fatalf("stopped apply: %v", err)
			}
			l, err := b.e.List("", StatusInterrupted, 10)
			if err != nil || len(l.Changes) != 1 {
				t.Fatalf("B's interrupted changes: %+v %v", l, err)
			}
			if _, err := b.e.Apply(b.ctx, p.Token, "", Gate{}); err == nil || !strings.Contains(err.Error(), "already applied") {
				t.Errorf("re-applying the interrupted plan on B: %v", err)
			}
			rb, err := b.e.Rollback(b.ctx, l.Changes[0].ChangeID, Gate{})
			if err != nil {
				t.Fatal(err)
			}
			if res := b.apply(rb.Token); res.Status != StatusApplied || b.state() != before {
				t.Fatalf("rollback on B: %+v", res)
			}
		})
	}
}

// The journal index folds only what was appended since the last call on
// the store too.
func TestStoreJournalIndexReadsOnlyNew(t *testing.T) {
	for kind, r := range replicas(t, func(c *config.Config) { c.Budgets.MaxAppliesPerZonePerHour = 100 }) {
		t.Run(kind, func(t *testing.T) {
			a, b := r[0], r[1]
			for i := 0; i < 5; i++ {
				a.apply(a.prepare(a.snap(), a.createOp(RecordValue{Type: "TXT", Name: fmt.Sprintf("ix-%d", i), Content: "x", TTL: 300})).Token)
			}
			if _, err := b.e.List("", "", 50); err != nil {
				t.Fatal(err)
			}
			d0 := b.e.journal.decoded
			a.apply(a.prepare(a.snap(), a.createOp(RecordValue{Type: "TXT", Name: "ix-last", Content: "x", TTL: 300})).Token)
			l, err := b.e.List("", "", 50)
			if err != nil || len(l.Changes) != 6 {
				t.Fatalf("list: %d %v", len(l.Changes), err)
			}
			if got := b.e.journal.decoded - d0; got != 2 {
				t.Errorf("B decoded %d entries for one new change, want 2 (intent and outcome)", got)
			}
		})
	}
}

// state_store and CFPLANE_STATE_STORE select the store; a bad setting and
// an unreachable database say what is wrong without the password.
func TestStateStoreSetting(t *testing.T) {
	const canary = "CanaryPw-7f3a9c"
	for _, v := range []string{
		"postgres://cfplane:" + canary + "@127.0.0.1:1/db?connect_timeout=2",
		"postgres://127.0.0.1:1/db?user=u&password=" + canary + "&connect_timeout=2",
		"mysql://u:" + canary + "@127.0.0.1/db",
	} {
		f := newFixture(t, nil)
		t.Setenv(config.StateStoreEnv, v)
		_, err := f.fresh().List("", "", 1)
		if err == nil || strings.Contains(err.Error(), canary) {
			t.Errorf("%s: %v", v[:10], err)
		}
		if !strings.Contains(err.Error(), "state store") && !strings.Contains(err.Error(), "accepted") {
			t.Errorf("the message does not say what failed: %v", err)
		}
	}
	t.Setenv(config.StateStoreEnv, "")
	if _, err := config.Parse("c.yaml", []byte("state_store: mysql://u:"+canary+"@h/db\n")); err == nil || strings.Contains(err.Error(), canary) || !strings.Contains(err.Error(), "accepted") {
		t.Errorf("config: %v", err)
	}
	// bolt: one file in the state folder, no journal file.
	f := newFixture(t, func(c *config.Config) { c.StateStore = "bolt" })
	if f.e.StoreKind() != "files" { // not opened until first use
		t.Errorf("kind before use: %s", f.e.StoreKind())
	}
	res := f.apply(f.prepare(f.snap(), f.createOp(RecordValue{Type: "TXT", Name: "bolt", Content: "x", TTL: 300})).Token)
	if res.Status != StatusApplied || f.e.StoreKind() != "bolt" {
		t.Fatalf("%+v %s", res, f.e.StoreKind())
	}
	if _, err := os.Stat(filepath.Join(f.dir, "state.db")); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat(filepath.Join(f.dir, "journal.jsonl")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("journal file: %v", err)
	}
	if err := f.e.CheckStore(); err != nil {
		t.Errorf("check: %v", err)
	}
	// A state folder with a files journal, then a store: a warning says the
	// old changes are not read and how to reach them.
	g := newFixture(t, nil)
	g.apply(g.prepare(g.snap(), g.createOp(RecordValue{Type: "TXT", Name: "files", Content: "x", TTL: 300})).Token)
	var logs bytes.Buffer
	lg := zerolog.New(&logs)
	g.opts.Logger = &lg
	g.cfg.StateStore = "bolt"
	if l, err := g.fresh().List("", "", 10); err != nil || len(l.Changes) != 0 {
		t.Fatalf("bolt over a files state: %+v %v", l, err)
	}
	if !strings.Contains(logs.String(), "run with state_store unset") || !strings.Contains(logs.String(), "state migrate") {
		t.Errorf("no warning about the files state: %s", logs.String())
	}
}

// /healthz's check fails once the store cannot be written.
func TestStoreCheckFailsWhenClosed(t *testing.T) {
	f := newFixture(t, nil)
	b, err := store.OpenBolt(filepath.Join(f.dir, "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	f.opts.Store = b
	e := f.fresh()
	if err := e.CheckStore(); err != nil {
		t.Fatal(err)
	}
	b.Close()
	if err := e.CheckStore(); err == nil || !strings.Contains(err.Error(), "cannot be written") {
		t.Errorf("closed store: %v", err)
	}
	if url := os.Getenv(testPostgresEnv); url != "" {
		p, err := store.OpenPostgres(context.Background(), pgSchemaURL(t))
		if err != nil {
			t.Fatal(err)
		}
		f.opts.Store = p
		e := f.fresh()
		if err := e.CheckStore(); err != nil {
			t.Fatal(err)
		}
		p.Close()
		if err := e.CheckStore(); err == nil {
			t.Error("a closed PostgreSQL pool is ready")
		}
	}
}

// BenchmarkStoreJournalGrowth is BenchmarkJournalGrowth on the stores:
// change_list (limit 50) and change_apply with 10 and 10,000 past changes
// in the store's journal (the index folds only what is new).
func BenchmarkStoreJournalGrowth(b *testing.B) {
	kinds := []string{"bolt"}
	if os.Getenv(testPostgresEnv) != "" {
		kinds = append(kinds, "postgres")
	}
	op, err := CreateRecordOp("history.example", RecordValue{Type: "TXT", Name: "seed", Content: strings.Repeat("v", 120), TTL: 300})
	if err != nil {
		b.Fatal(err)
	}
	zone := Zone{ID: "0123456789abcdef0123456789abcdef", Name: "history.example"}
	for _, kind := range kinds {
		for _, n := range []int{10, 10000} {
			setup := func(b *testing.B) *fixture {
				f := newFixture(b, func(c *cfgT) { c.Budgets.MaxAppliesPerZonePerHour = 1 << 30 })
				var st store.Store
				if kind == "bolt" {
					bs, err := store.OpenBolt(filepath.Join(f.dir, "state.db"))
					if err != nil {
						b.Fatal(err)
					}
					b.Cleanup(func() { bs.Close() })
					st = bs
				} else {
					// Seeding commits without waiting for the disk (the
					// measured calls use the same connection settings).
					ps, err := store.OpenPostgres(context.Background(), pgSchemaURL(b)+"&synchronous_commit=off")
					if err != nil {
						b.Fatal(err)
					}
					b.Cleanup(func() { ps.Close() })
					st = ps
				}
				at := time.Now().Add(-48 * time.Hour)
				for i := 0; i < n; i++ {
					id, plan := fmt.Sprintf("chg_seed%06d", i), fmt.Sprintf("pln_seed%06d", i)
					for _, e := range []Entry{
						{Type: EntryIntent, Time: at, ChangeID: id, PlanID: plan, Zone: zone, Ops: []Op{op}, Inverse: []Op{op}},
						{Type: EntryOutcome, Time: at.Add(time.Second), ChangeID: id, PlanID: plan, Zone: zone, Status: StatusApplied},
					} {
						line, _ := json.Marshal(e)
						if _, err := st.AppendJournal(context.Background(), store.Entry{ChangeID: id, Zone: zone.ID, Kind: e.Type, Body: line, At: e.Time}); err != nil {
							b.Fatal(err)
						}
					}
				}
				f.opts.Store = st
				f.e = f.fresh()
				if _, err := f.e.List("", "", 1); err != nil { // the process's first fold
					b.Fatal(err)
				}
				return f
			}
			b.Run(fmt.Sprintf("%s/list/changes=%d", kind, n), func(b *testing.B) {
				f := setup(b)
				for b.Loop() {
					if _, err := f.e.List("", "", 50); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(fmt.Sprintf("%s/apply/changes=%d", kind, n), func(b *testing.B) {
				f := setup(b)
				i := 0
				for b.Loop() {
					b.StopTimer()
					i++
					p := f.prepare(f.snap(), f.createOp(RecordValue{Type: "TXT", Name: fmt.Sprintf("g%d", i), Content: "x", TTL: 300}))
					b.StartTimer()
					if r, err := f.e.Apply(f.ctx, p.Token, "", Gate{}); err != nil || r.Status != StatusApplied {
						b.Fatalf("%+v %v", r, err)
					}
				}
			})
		}
	}
}

// Journal compaction on a store: a closed change becomes its summary (same
// place in the journal), its outcome row goes; both replicas list it,
// neither can roll it back (the other notices the compaction when it reads
// the intent); a recent change is untouched.
func TestStoreJournalCompaction(t *testing.T) {
	for kind, r := range replicas(t, nil) {
		t.Run(kind, func(t *testing.T) {
			a, b := r[0], r[1]
			old := a.apply(a.prepare(a.snap(), a.createOp(RecordValue{Type: "A", Name: "old-" + kind, Content: "192.0.2.46", TTL: 300})).Token)
			if _, err := b.e.List("", "", 10); err != nil { // B folds the full intent
				t.Fatal(err)
			}
			cut := time.Now()
			recent := b.apply(b.prepare(b.snap(), b.createOp(RecordValue{Type: "A", Name: "new-" + kind, Content: "192.0.2.47", TTL: 300})).Token)
			n, err := a.e.CompactJournal(time.Since(cut))
			if err != nil || n != 1 {
				t.Fatalf("compacted %d, %v; want 1", n, err)
			}
			st, _ := a.e.AuditStore()
			es, _ := st.Journal(context.Background(), 0, 0)
			kinds := map[string]int{}
			for _, e := range es {
				if e.ChangeID == old.ChangeID {
					kinds[e.Kind]++
				}
			}
			if kinds[EntryCompacted] != 1 || len(kinds) != 1 {
				t.Fatalf("rows of the compacted change: %v", kinds)
			}
			for _, e := range []*Engine{a.e, b.e} {
				l, err := e.List("", "", 10)
				if err != nil || len(l.Changes) != 2 || l.Changes[1].ChangeID != old.ChangeID || l.Changes[1].Status != StatusApplied || l.Changes[1].Ops != 1 {
					t.Fatalf("list after compaction: %+v %v", l.Changes, err)
				}
			}
			for _, e := range []*Engine{a.e, b.e} {
				if _, err := e.Rollback(a.ctx, old.ChangeID, Gate{}); err == nil || !strings.Contains(err.Error(), "keeps only its summary") {
					t.Fatalf("rollback of a compacted change: %v", err)
				}
			}
			if _, err := b.e.Rollback(b.ctx, old.ChangeID, Gate{}); err == nil || !strings.Contains(err.Error(), "keeps only its summary") {
				t.Fatalf("second rollback on B (refolded): %v", err)
			}
			if _, err := a.e.Rollback(a.ctx, recent.ChangeID, Gate{}); err != nil {
				t.Fatalf("rollback of the recent change: %v", err)
			}
			if n, err := b.e.CompactJournal(time.Since(cut)); err != nil || n != 0 {
				t.Fatalf("second compaction: %d %v", n, err)
			}
		})
	}
}
