package audit

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/store/storetest"
	"github.com/rs/zerolog"
	bolt "go.etcd.io/bbolt"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/cfplane/cfplane/pkg/store"
)

const postgresEnv = "CFPLANE_TEST_POSTGRES"

// storeBackend is one state store kind for the store-log tests: two handles
// on one state (two pools on PostgreSQL, as two replicas have; bbolt's one
// handle twice), and a way to run SQL-ish tampering on the stored rows.
type storeBackend struct {
	kind string
	a, b store.Store
	// tamper rewrites record seq's stored body with f (reopening bbolt).
	tamper func(t *testing.T, seq int64, f func([]byte) []byte)
	// tamperHash overwrites stored tree hash idx.
	tamperHash func(t *testing.T, idx int64)
}

func storeBackends(t *testing.T) []*storeBackend {
	t.Helper()
	var out []*storeBackend
	{
		path := filepath.Join(t.TempDir(), "state.db")
		sb := &storeBackend{kind: "bolt"}
		open := func() {
			s, err := store.OpenBolt(path)
			if err != nil {
				t.Fatal(err)
			}
			sb.a, sb.b = s, s
		}
		open()
		t.Cleanup(func() { sb.a.Close() })
		raw := func(t *testing.T, f func(tx *bolt.Tx) error) {
			sb.a.Close()
			db, err := bolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Update(f); err != nil {
				t.Fatal(err)
			}
			db.Close()
			open()
		}
		sb.tamper = func(t *testing.T, seq int64, f func([]byte) []byte) {
			raw(t, func(tx *bolt.Tx) error {
				b := tx.Bucket([]byte("auditlog"))
				k := binary.BigEndian.AppendUint64(nil, uint64(seq))
				v := b.Get(k)
				nv := append(append([]byte(nil), v[:8]...), f(append([]byte(nil), v[8:]...))...)
				return b.Put(k, nv)
			})
		}
		sb.tamperHash = func(t *testing.T, idx int64) {
			raw(t, func(tx *bolt.Tx) error {
				return tx.Bucket([]byte("audithashes")).Put(binary.BigEndian.AppendUint64(nil, uint64(idx)), bytes.Repeat([]byte{7}, 32))
			})
		}
		out = append(out, sb)
	}
	url := os.Getenv(postgresEnv)
	if url == "" {
		t.Logf("%s is not set: the PostgreSQL store is not tested here (.ci/run starts PostgreSQL and sets it)", postgresEnv)
		return out
	}
	ctx := context.Background()
	pg := storetest.Schema(t, url, "cfplane_audit")
	admin, schema := pg.Admin, pg.Schema
	u := pg.URL
	sb := &storeBackend{kind: "postgres"}
	for _, p := range []*store.Store{&sb.a, &sb.b} {
		s, err := store.OpenPostgres(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		*p = s
	}
	sb.tamper = func(t *testing.T, seq int64, f func([]byte) []byte) {
		var body []byte
		if err := admin.QueryRow(ctx, "SELECT body FROM "+schema+".cfplane_audit_log WHERE seq = $1", seq).Scan(&body); err != nil {
			t.Fatal(err)
		}
		if _, err := admin.Exec(ctx, "UPDATE "+schema+".cfplane_audit_log SET body = $2 WHERE seq = $1", seq, f(body)); err != nil {
			t.Fatal(err)
		}
	}
	sb.tamperHash = func(t *testing.T, idx int64) {
		if _, err := admin.Exec(ctx, "UPDATE "+schema+".cfplane_audit_hashes SET hash = $2 WHERE idx = $1", idx, bytes.Repeat([]byte{7}, 32)); err != nil {
			t.Fatal(err)
		}
	}
	return append(out, sb)
}

func quiet(l *Log) *Log {
	nop := zerolog.Nop()
	l.Logger = &nop
	return l
}

func appendN(t *testing.T, l *Log, n int, outcome string) []string {
	t.Helper()
	var cps []string
	for i := 0; i < n; i++ {
		_, cp, err := l.Append(Record{Server: "cloudflare_safe", Tool: "change_apply", Zone: "example.com", Action: "apply", Outcome: outcome, Details: map[string]string{"i": fmt.Sprint(i)}})
		if err != nil {
			t.Fatal(err)
		}
		cps = append(cps, cp)
	}
	return cps
}

// Two replicas append at once to the one log in the store: it verifies
// (records, stored hashes, signed head), counts each replica's records,
// and extends every checkpoint either replica returned.
func TestStoreLogSharedByReplicas(t *testing.T) {
	ctx := context.Background()
	for _, sb := range storeBackends(t) {
		t.Run(sb.kind, func(t *testing.T) {
			la := quiet(OpenStore(sb.a, "host-a/1"))
			lb := quiet(OpenStore(sb.b, "host-b/2"))
			ka, err := la.VerifierKey()
			if err != nil {
				t.Fatal(err)
			}
			if kb, _ := lb.VerifierKey(); kb != ka {
				t.Fatalf("the replicas sign with different keys: %s / %s", ka, kb)
			}
			var mu sync.Mutex
			var cps []string
			var wg sync.WaitGroup
			for _, l := range []*Log{la, lb} {
				for g := 0; g < 3; g++ {
					wg.Add(1)
					go func() {
						defer wg.Done()
						c := appendN(t, l, 10, "applied")
						mu.Lock()
						cps = append(cps, c...)
						mu.Unlock()
					}()
				}
			}
			wg.Wait()
			var given [][]byte
			for _, c := range cps {
				given = append(given, []byte(c))
			}
			v, err := VerifyStore(ctx, sb.a, ka, given...)
			if err != nil {
				t.Fatal(err)
			}
			if v.Summary.Records != 60 || v.Replicas["host-a/1"] != 30 || v.Replicas["host-b/2"] != 30 || v.Checkpoints != 61 {
				t.Fatalf("summary: %+v", v.Summary)
			}
			for i, r := range v.Records {
				if r.Seq != uint64(i+1) {
					t.Fatalf("record %d has seq %d", i+1, r.Seq)
				}
			}
			head, n, err := StoreHead(ctx, sb.b)
			if err != nil || n != 60 || !strings.HasPrefix(head, "cfcp1.") {
				t.Fatalf("head: %q %d %v", head, n, err)
			}
			// Another key does not verify the head.
			tl := newLog(t)
			tl.add(t, 1)
			if _, err := VerifyStore(ctx, sb.a, tl.vkey(t)); err == nil || !strings.Contains(err.Error(), "signature does not verify") {
				t.Errorf("wrong key: %v", err)
			}
		})
	}
}

// Changing one record row is caught and the record named; so is a stored
// hash changed, a row deleted, and a checkpoint kept elsewhere that the
// rewritten log no longer extends. An append after the hashes were altered
// is refused.
func TestStoreLogTamperingNamesTheRecord(t *testing.T) {
	ctx := context.Background()
	for _, sb := range storeBackends(t) {
		t.Run(sb.kind, func(t *testing.T) {
			l := quiet(OpenStore(sb.a, "host-a/1"))
			cps := appendN(t, l, 9, "applied")
			vkey, _ := l.VerifierKey()
			if _, err := VerifyStore(ctx, sb.a, vkey); err != nil {
				t.Fatal(err)
			}
			// Still canonical JSON with the right seq: only the stored
			// hash tells.
			sb.tamper(t, 4, func(b []byte) []byte {
				return bytes.Replace(b, []byte(`"outcome":"applied"`), []byte(`"outcome":"refused"`), 1)
			})
			_, err := VerifyStore(ctx, sb.a, vkey)
			if err == nil || !strings.Contains(err.Error(), "record 4:") || !strings.Contains(err.Error(), "altered") {
				t.Fatalf("altered record 4: %v", err)
			}
			sb.tamper(t, 4, func(b []byte) []byte {
				return bytes.Replace(b, []byte(`"outcome":"refused"`), []byte(`"outcome":"applied"`), 1)
			})
			if _, err := VerifyStore(ctx, sb.a, vkey); err != nil {
				t.Fatalf("restored: %v", err)
			}
			// Not canonical: named too.
			sb.tamper(t, 7, func(b []byte) []byte { return bytes.Replace(b, []byte(`{"seq"`), []byte(`{ "seq"`), 1) })
			if _, err := VerifyStore(ctx, sb.a, vkey); err == nil || !strings.Contains(err.Error(), "record 7:") {
				t.Fatalf("non-canonical record 7: %v", err)
			}
			sb.tamper(t, 7, func(b []byte) []byte { return bytes.Replace(b, []byte(`{ "seq"`), []byte(`{"seq"`), 1) })
			// A record's seq changed to another's.
			sb.tamper(t, 2, func(b []byte) []byte { return bytes.Replace(b, []byte(`{"seq":2,`), []byte(`{"seq":3,`), 1) })
			if _, err := VerifyStore(ctx, sb.a, vkey); err == nil || !strings.Contains(err.Error(), "record 2:") || !strings.Contains(err.Error(), "sequence number 3 where 2") {
				t.Fatalf("seq moved: %v", err)
			}
			sb.tamper(t, 2, func(b []byte) []byte { return bytes.Replace(b, []byte(`{"seq":3,`), []byte(`{"seq":2,`), 1) })
			if _, err := VerifyStore(ctx, sb.a, vkey, []byte(cps[8])); err != nil {
				t.Fatalf("restored: %v", err)
			}
			// An interior stored hash altered: verify says so, and the
			// next append refuses (the tree no longer gives the head).
			idx := tlog.StoredHashIndex(3, 0) // the node over records 1–8, which the next append reads
			sb.tamperHash(t, idx)
			l = quiet(OpenStore(sb.a, "host-a/1"))
			if _, err := VerifyStore(ctx, sb.a, vkey); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("stored tree hash %d", idx)) {
				t.Fatalf("altered tree hash: %v", err)
			}
			if _, _, err := l.Append(Record{Tool: "t", Outcome: "x"}); err == nil || !strings.Contains(err.Error(), "does not match its signed head") {
				t.Fatalf("append over altered hashes: %v", err)
			}
			if n, _, _ := sb.a.AuditHead(ctx); n != 9 {
				t.Errorf("the refused append moved the head to %d", n)
			}
		})
	}
}

// Secrets never reach the store's records: the log's redactor runs on
// every string before the record is written (the canary is nowhere in the
// stored rows).
func TestStoreLogRedactsSecrets(t *testing.T) {
	const canary = "CanaryTok-91c2e7"
	ctx := context.Background()
	for _, sb := range storeBackends(t) {
		t.Run(sb.kind, func(t *testing.T) {
			l := quiet(OpenStore(sb.a, "host/1"))
			l.Redact = func(s string) string { return strings.ReplaceAll(s, canary, "[redacted]") }
			rec, _, err := l.Append(Record{Tool: "t", Reason: "token " + canary, Outcome: "x", Approvers: []Approver{{Principal: canary}}, Details: map[string]string{"k": canary}})
			if err != nil {
				t.Fatal(err)
			}
			rs, err := sb.a.Audit(ctx, 0, 0)
			if err != nil || len(rs) != 1 {
				t.Fatal(rs, err)
			}
			if bytes.Contains(rs[0].Body, []byte(canary)) || strings.Contains(fmt.Sprint(rec), canary) {
				t.Fatalf("the canary was stored: %s", rs[0].Body)
			}
		})
	}
}

// An append reads O(log n) stored hashes, not the log: its cost at 10k
// records is close to its cost at 10. Logged for the report.
func TestStoreLogAppendCost(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, sb := range storeBackends(t) {
		t.Run(sb.kind, func(t *testing.T) {
			l := quiet(OpenStore(sb.a, "host/1"))
			timeN := func(n int) time.Duration {
				start := time.Now()
				appendN(t, l, n, "applied")
				return time.Since(start) / time.Duration(n)
			}
			grow := 500
			if os.Getenv("CFPLANE_AUDIT_COST_10K") != "" {
				grow = 10000
			}
			first := timeN(10)
			timeN(grow - 20)
			last := timeN(10)
			t.Logf("%s: per append %v at 0–10 records, %v at %d–%d records", sb.kind, first, last, grow-10, grow)
			if last > 5*first+5*time.Millisecond {
				t.Errorf("append cost grew with the log: %v → %v", first, last)
			}
			vkey, _ := l.VerifierKey()
			start := time.Now()
			if v, err := VerifyStore(context.Background(), sb.a, vkey); err != nil || v.Summary.Records != grow {
				t.Fatalf("verify: %v", err)
			}
			t.Logf("%s: VerifyStore of %d records: %v", sb.kind, grow, time.Since(start).Round(time.Millisecond))
		})
	}
}
