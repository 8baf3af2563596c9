package safe

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/cfplane/cfplane/pkg/store/storetest"
	"github.com/rs/zerolog"
	bolt "go.etcd.io/bbolt"

	"github.com/cfplane/cfplane/pkg/audit"
	"github.com/cfplane/cfplane/pkg/store"
)

// pgTestSchema makes a schema of its own on the scratch PostgreSQL
// (CFPLANE_TEST_POSTGRES) and returns a URL using it and an admin
// connection; "" when no PostgreSQL is given.
func pgTestSchema(t *testing.T) (string, *pgx.Conn, string) {
	t.Helper()
	url := os.Getenv("CFPLANE_TEST_POSTGRES")
	if url == "" {
		t.Log("CFPLANE_TEST_POSTGRES is not set: only the embedded store is tested (.ci/run starts PostgreSQL and sets it)")
		return "", nil, ""
	}
	pg := storetest.Schema(t, url, "cfplane_safe")
	return pg.URL, pg.Admin, pg.Schema
}

// On a state store, the server's applies go to the store's one audit log;
// `audit verify --config` proves it (records, tree hashes, signed head,
// journal cross-check) and `audit checkpoint` prints its head; no audit
// file is written.
func TestAuditVerifyOnStateStore(t *testing.T) {
	settings := []string{"bolt"}
	if u, _, _ := pgTestSchema(t); u != "" {
		settings = append(settings, u)
	}
	for _, setting := range settings {
		kind := strings.SplitN(setting, ":", 2)[0]
		t.Run(kind, func(t *testing.T) {
			e := newEnv(t, writesOn+"state_store: "+setting+"\n", nil)
			var r applyOut
			e.call("change_apply", map[string]any{"plan_id": e.createPlan("st1").PlanID}, "", &r)
			e.apply(e.createPlan("st2").PlanID, "")
			cfgPath := writeConfig(t, e, "state_store: "+setting+"\n")
			saved := filepath.Join(t.TempDir(), "cp")
			os.WriteFile(saved, []byte(r.Checkpoint+"\n"), 0o600)
			code, out, stderr := runCLI(t, "audit", "verify", "--config", cfgPath, "--checkpoint", saved)
			if code != 0 || !strings.Contains(out, "audit log: 6 records from 1 replica(s)") || !strings.Contains(out, "journal: 2 outcome(s), each with its audit record") || !strings.Contains(out, "extends 2 checkpoint(s)") {
				t.Fatalf("verify: %d %s %s", code, out, stderr)
			}
			if _, err := os.Stat(filepath.Join(e.cfg.StateDir, "audit.jsonl")); err == nil {
				t.Error("an audit file was written beside the store")
			}
			code, out, stderr = runCLI(t, "audit", "checkpoint", "--config", cfgPath)
			if code != 0 || !strings.HasPrefix(out, "cfcp1.") || !strings.Contains(stderr, "verifier key: cfplane-audit+") {
				t.Fatalf("checkpoint: %d %s %s", code, out, stderr)
			}
			code, out, stderr = runCLI(t, "audit", "show", "--config", cfgPath)
			if code != 0 || !strings.Contains(out, "6 of 6 records shown") {
				t.Fatalf("show: %d %s %s", code, out, stderr)
			}
			if strings.Contains(out+stderr, "CanaryPw") {
				t.Fatal("a password was printed")
			}
		})
	}
}

// A record row changed in the store (bbolt and PostgreSQL) fails `audit
// verify` with a message naming the record.
func TestAuditVerifyStoreTamperedRow(t *testing.T) {
	ctx := context.Background()
	type target struct {
		kind, setting string
		st            func(t *testing.T) store.Store
		tamper        func(t *testing.T, seq int64)
	}
	dir := t.TempDir()
	boltPath := filepath.Join(dir, "state.db")
	targets := []target{{
		kind: "bolt", setting: "bolt",
		st: func(t *testing.T) store.Store {
			s, err := store.OpenBolt(boltPath)
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
		tamper: func(t *testing.T, seq int64) {
			db, err := bolt.Open(boltPath, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			err = db.Update(func(tx *bolt.Tx) error {
				b := tx.Bucket([]byte("auditlog"))
				k := binary.BigEndian.AppendUint64(nil, uint64(seq))
				v := append([]byte(nil), b.Get(k)...)
				return b.Put(k, bytes.Replace(v, []byte(`"outcome":"applied"`), []byte(`"outcome":"failed"`), 1))
			})
			if err != nil {
				t.Fatal(err)
			}
		},
	}}
	if u, admin, schema := pgTestSchema(t); u != "" {
		targets = append(targets, target{
			kind: "postgres", setting: u,
			st: func(t *testing.T) store.Store {
				s, err := store.OpenPostgres(ctx, u)
				if err != nil {
					t.Fatal(err)
				}
				return s
			},
			tamper: func(t *testing.T, seq int64) {
				if _, err := admin.Exec(ctx, "UPDATE "+schema+`.cfplane_audit_log SET body = convert_to(replace(convert_from(body, 'UTF8'), '"outcome":"applied"', '"outcome":"failed"'), 'UTF8') WHERE seq = $1`, seq); err != nil {
					t.Fatal(err)
				}
			},
		})
	}
	for _, tg := range targets {
		t.Run(tg.kind, func(t *testing.T) {
			st := tg.st(t)
			l := audit.OpenStore(st, "host-a/1")
			nop := zerolog.Nop()
			l.Logger = &nop
			for i := 0; i < 5; i++ {
				if _, _, err := l.Append(audit.Record{Server: "cloudflare_safe", Tool: "change_apply", Action: "apply", ChangeID: fmt.Sprintf("chg_%d", i), Outcome: "applied"}); err != nil {
					t.Fatal(err)
				}
			}
			st.Close()
			cfgPath := filepath.Join(t.TempDir(), "cfplane.yaml")
			os.WriteFile(cfgPath, []byte("state_dir: "+dir+"\nstate_store: "+tg.setting+"\n"), 0o600)
			if code, out, stderr := runCLI(t, "audit", "verify", "--config", cfgPath); code != 0 || !strings.Contains(out, "5 records from 1 replica(s) (host-a/1 5)") {
				t.Fatalf("intact: %d %s %s", code, out, stderr)
			}
			tg.tamper(t, 3)
			code, _, stderr := runCLI(t, "audit", "verify", "--config", cfgPath)
			if code != 1 || !strings.Contains(stderr, "NOT VERIFIED: record 3: its hash is not the one stored when it was appended: the record was altered after it was written") {
				t.Fatalf("tampered record 3: %d %s", code, stderr)
			}
			t.Logf("%s: %s", tg.kind, strings.TrimSpace(stderr))
		})
	}
}
