package plan

import (
	"encoding/json"
	"os"
	"testing"
	"time"
)

// Drift attribution lists the objects each change touched through
// ZoneTouches; compaction drops operation bodies but must keep those names.
func TestZoneTouchesSurviveCompaction(t *testing.T) {
	f := newFixture(t, nil)
	if _, err := f.e.List("", "", 10); err != nil { // creates the state folder
		t.Fatal(err)
	}
	zone := Zone{ID: "0123456789abcdef0123456789abcdef", Name: "history.example"}
	old := time.Now().Add(-60 * 24 * time.Hour)
	op := Op{Kind: KindDNS, Action: ActionUpdate, Object: "A www.history.example", ID: "rec_0001", Before: json.RawMessage(`{}`), After: json.RawMessage(`{}`)}
	var lines []byte
	for _, e := range []Entry{
		{Type: EntryIntent, Time: old, ChangeID: "chg_old", PlanID: "pln_old", Zone: zone, Ops: []Op{op}, Inverse: []Op{op}},
		{Type: EntryOutcome, Time: old.Add(time.Second), ChangeID: "chg_old", PlanID: "pln_old", Zone: zone, Status: StatusApplied},
		{Type: EntryIntent, Time: time.Now(), ChangeID: "chg_new", PlanID: "pln_new", Zone: zone, Ops: []Op{{Kind: KindSetting, Action: ActionUpdate, Object: "min_tls_version", ID: "min_tls_version"}}},
		{Type: EntryIntent, Time: time.Now(), ChangeID: "chg_other", PlanID: "pln_other", Zone: Zone{ID: "ffffffffffffffffffffffffffffffff"}, Ops: []Op{op}},
	} {
		b, _ := json.Marshal(e)
		lines = append(append(lines, b...), '\n')
	}
	if err := os.WriteFile(f.e.JournalPath(), lines, 0o600); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		ts, err := f.e.ZoneTouches(zone.ID)
		if err != nil || len(ts) != 2 {
			t.Fatalf("%s: %d changes, %v; want the zone's 2", when, len(ts), err)
		}
		if ts[0].ChangeID != "chg_old" || ts[0].Status != StatusApplied || len(ts[0].Ops) != 1 || ts[0].Ops[0].ID != "rec_0001" || ts[0].Ops[0].Object != op.Object {
			t.Fatalf("%s: old change %+v", when, ts[0])
		}
		if ts[1].ChangeID != "chg_new" || ts[1].Status != "" || len(ts[1].Ops) != 1 || ts[1].Ops[0].ID != "min_tls_version" {
			t.Fatalf("%s: open change %+v", when, ts[1])
		}
	}
	check("before compaction")
	if n, err := f.e.CompactJournal(CompactAfter); err != nil || n != 1 {
		t.Fatalf("compacted %d, %v; want 1", n, err)
	}
	check("after compaction")
}
