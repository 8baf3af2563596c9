package plan

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/store"
)

// A files journal with an unfinished change is not migrated (nothing is
// copied); an empty folder says what is accepted.
func TestMigrateRefusesUnfinishedChange(t *testing.T) {
	dir := t.TempDir()
	st, err := store.OpenBolt(filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	if _, err := MigrateFiles(ctx, dir, st, nil); err == nil || !strings.Contains(err.Error(), "nothing to migrate") {
		t.Fatalf("empty folder: %v", err)
	}
	line, _ := json.Marshal(Entry{Type: EntryIntent, Time: time.Now().UTC(), ChangeID: "chg_open", PlanID: "p1", Zone: Zone{ID: "z1", Name: "example.com"}})
	if err := os.WriteFile(journalPath(dir), append(line, '\n'), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := MigrateFiles(ctx, dir, st, nil); err == nil || !strings.Contains(err.Error(), "unfinished change(s) (chg_open)") {
		t.Fatalf("unfinished change: %v", err)
	}
	if es, _ := st.Journal(ctx, 0, 0); len(es) != 0 {
		t.Errorf("%d entries were copied", len(es))
	}
}

// After `state migrate`, an engine on the store lists the files state's
// changes and rolls one back; the store's audit log holds the files log's
// records and the anchor, and verifies.
func TestMigratedChangeRollsBackOnTheStore(t *testing.T) {
	f := newFixture(t, nil)
	before := f.state()
	r := f.apply(f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: "migrated", Content: "192.0.2.48", TTL: 300})).Token)
	if r.Status != StatusApplied {
		t.Fatalf("%+v", r)
	}
	st, err := store.OpenBolt(filepath.Join(f.dir, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	rep, err := MigrateFiles(ctx, f.dir, st, nil)
	if err != nil || rep.Changes != 1 || rep.Copied != rep.JournalEntries || !rep.AnchorAdded || rep.AuditCopied != rep.AuditRecords || rep.AuditRecords == 0 {
		t.Fatalf("migrate: %+v %v", rep, err)
	}
	f.opts.Store = st
	e := f.fresh()
	l, err := e.List("", "", 10)
	if err != nil || len(l.Changes) != 1 || l.Changes[0].ChangeID != r.ChangeID {
		t.Fatalf("list on the store: %+v %v", l, err)
	}
	rb, err := e.Rollback(ctx, r.ChangeID, Gate{})
	if err != nil {
		t.Fatal(err)
	}
	f.e = e
	if r2 := f.apply(rb.Token); r2.Status != StatusApplied || f.state() != before {
		t.Fatalf("rollback on the store: %+v", r2)
	}
	if e.StoreKind() != "bolt" {
		t.Errorf("kind %s", e.StoreKind())
	}
	// Running again copies nothing.
	rep2, err := MigrateFiles(ctx, f.dir, st, nil)
	if err != nil || rep2.Copied != 0 || rep2.AuditCopied != 0 || rep2.AnchorAdded {
		t.Fatalf("second migrate: %+v %v", rep2, err)
	}
}
