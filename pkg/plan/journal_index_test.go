package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// seedJournal appends n closed changes (intent with an operation body, and
// an applied outcome) on another zone, at at.
func seedJournal(t testing.TB, path string, n int, at time.Time) {
	t.Helper()
	var buf bytes.Buffer
	op, err := CreateRecordOp("history.example", RecordValue{Type: "TXT", Name: "seed", Content: strings.Repeat("v", 120), TTL: 300})
	if err != nil {
		t.Fatal(err)
	}
	zone := Zone{ID: "0123456789abcdef0123456789abcdef", Name: "history.example"}
	for i := 0; i < n; i++ {
		id, plan := fmt.Sprintf("chg_seed%06d", i), fmt.Sprintf("pln_seed%06d", i)
		for _, e := range []Entry{
			{Type: EntryIntent, Time: at, ChangeID: id, PlanID: plan, Zone: zone, Ops: []Op{op}, Inverse: []Op{op}},
			{Type: EntryOutcome, Time: at.Add(time.Second), ChangeID: id, PlanID: plan, Zone: zone, Status: StatusApplied},
		} {
			b, _ := json.Marshal(e)
			buf.Write(append(b, '\n'))
		}
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(buf.Bytes()); err != nil {
		t.Fatal(err)
	}
}

// The index decodes only what was appended since the last call: list and
// apply do not re-read the history.
func TestJournalIndexReadsOnlyNewLines(t *testing.T) {
	f := newFixture(t, nil)
	if _, err := f.e.List("", "", 10); err != nil { // creates the state folder
		t.Fatal(err)
	}
	seedJournal(t, f.e.JournalPath(), 1000, time.Now().Add(-48*time.Hour))
	if _, err := f.e.List("", "", 10); err != nil {
		t.Fatal(err)
	}
	if got := f.e.journal.decoded; got != 2000 {
		t.Fatalf("first list decoded %d lines, want 2000", got)
	}
	l, err := f.e.List("", "", 10)
	if err != nil || len(l.Changes) != 10 || l.Changes[0].ChangeID != "chg_seed000999" || l.Changes[0].Ops != 1 {
		t.Fatalf("list: %+v %v", l, err)
	}
	if got := f.e.journal.decoded; got != 2000 {
		t.Fatalf("second list decoded %d more lines, want 0", got-2000)
	}
	r := f.apply(f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: "idx", Content: "192.0.2.44", TTL: 300})).Token)
	if r.Status != StatusApplied {
		t.Fatalf("apply: %+v", r)
	}
	before := f.e.journal.decoded
	l, err = f.e.List("", "", 5)
	if err != nil || l.Changes[0].ChangeID != r.ChangeID || l.Changes[0].Status != StatusApplied {
		t.Fatalf("list after apply: %+v %v", l.Changes, err)
	}
	if got := f.e.journal.decoded - before; got > 2 {
		t.Fatalf("list after one apply decoded %d lines, want ≤ 2 (intent and outcome)", got)
	}
	// The index agrees with a full fold of the journal.
	es, err := f.e.journal.entries()
	if err != nil {
		t.Fatal(err)
	}
	changes, order, _ := foldJournal(es)
	err = f.e.journal.withIndex(func(ix *journalIndex) error {
		if len(ix.order) != len(order) {
			return fmt.Errorf("index has %d changes, fold %d", len(ix.order), len(order))
		}
		for _, id := range order {
			a, b := ix.changes[id], changes[id]
			if a == nil || a.nops != len(b.intent.Ops) || a.undone != b.undone || (a.outcome == nil) != (b.outcome == nil) ||
				(a.outcome != nil && a.outcome.Status != b.outcome.Status) {
				return fmt.Errorf("change %s: index %+v, fold %+v", id, a, b)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Rollback reads the operations back from the journal.
	rb, err := f.e.Rollback(f.ctx, r.ChangeID, Gate{})
	if err != nil || len(rb.Plan.Ops) != 1 {
		t.Fatalf("rollback: %+v %v", rb, err)
	}
}

// A line still being written is folded once it is complete.
func TestJournalIndexWaitsForWholeLines(t *testing.T) {
	dir := t.TempDir()
	j := &journal{path: journalPath(dir)}
	seedJournal(t, j.path, 1, time.Now())
	b, _ := json.Marshal(Entry{Type: EntryIntent, Time: time.Now(), ChangeID: "chg_torn", PlanID: "pln_torn", Zone: mainZone})
	fh, err := os.OpenFile(j.path, os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	_, _ = fh.Write(b[:len(b)/2])
	count := func() (n int) {
		_ = j.withIndex(func(ix *journalIndex) error { n = len(ix.order); return nil })
		return n
	}
	if n := count(); n != 1 {
		t.Fatalf("%d changes with half a line written, want 1", n)
	}
	_, _ = fh.Write(append(b[len(b)/2:], '\n'))
	if n := count(); n != 2 {
		t.Fatalf("%d changes once the line is whole, want 2", n)
	}
}

func TestJournalCompaction(t *testing.T) {
	f := newFixture(t, nil)
	if _, err := f.e.List("", "", 10); err != nil {
		t.Fatal(err)
	}
	seedJournal(t, f.e.JournalPath(), 200, time.Now().Add(-60*24*time.Hour))
	r := f.apply(f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: "keep", Content: "192.0.2.45", TTL: 300})).Token)
	other := f.fresh() // another replica with its own index
	if _, err := other.List("", "", 10); err != nil {
		t.Fatal(err)
	}
	st0, _ := os.Stat(f.e.JournalPath())
	n, err := f.e.CompactJournal(CompactAfter)
	if err != nil || n != 200 {
		t.Fatalf("compacted %d, %v; want 200", n, err)
	}
	st1, _ := os.Stat(f.e.JournalPath())
	if st1.Size()*3 > st0.Size() {
		t.Fatalf("journal %d → %d bytes; compaction should drop the bodies", st0.Size(), st1.Size())
	}
	for _, e := range []*Engine{f.e, other} {
		l, err := e.List("", "", 300)
		if err != nil || len(l.Changes) != 201 || l.Changes[0].ChangeID != r.ChangeID || l.Changes[200].Status != StatusApplied || l.Changes[200].Ops != 1 {
			t.Fatalf("list after compaction: %d changes, %v", len(l.Changes), err)
		}
	}
	if _, err := other.Rollback(f.ctx, "chg_seed000000", Gate{}); err == nil || !strings.Contains(err.Error(), "keeps only its summary") {
		t.Fatalf("rollback of a compacted change: %v", err)
	}
	if _, err := other.Rollback(f.ctx, r.ChangeID, Gate{}); err != nil {
		t.Fatalf("rollback of a recent change after compaction: %v", err)
	}
	if n, err := f.e.CompactJournal(CompactAfter); err != nil || n != 0 {
		t.Fatalf("second compaction: %d %v", n, err)
	}
}
