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
