package plan

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkJournalGrowth measures change_list (List, limit 50) and
// change_apply (Apply of a one-record plan; planning is not timed) with
// 10, 1,000 and 10,000 past changes in the journal, and the tunnel health
// check's history (TunnelChanges). With the journal index
// the cost per call stays flat: compare the rows of each operation.
func BenchmarkJournalGrowth(b *testing.B) {
	for _, n := range []int{10, 1000, 10000} {
		setup := func(b *testing.B) *fixture {
			f := newFixture(b, func(c *cfgT) { c.Budgets.MaxAppliesPerZonePerHour = 1 << 30 })
			if _, err := f.e.List("", "", 1); err != nil {
				b.Fatal(err)
			}
			seedJournal(b, f.e.JournalPath(), n, time.Now().Add(-48*time.Hour))
			if _, err := f.e.List("", "", 1); err != nil { // the process's first fold
				b.Fatal(err)
			}
			return f
		}
		b.Run(fmt.Sprintf("list/changes=%d", n), func(b *testing.B) {
			f := setup(b)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := f.e.List("", "", 50); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("tunnels/changes=%d", n), func(b *testing.B) {
			f := setup(b)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := f.e.TunnelChanges(); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("apply/changes=%d", n), func(b *testing.B) {
			f := setup(b)
			b.ReportAllocs()
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
