package plan

import (
	"slices"
	"testing"
)

// The journal index lists the changes that touch tunnels, so the tunnel
// health check reads their operations only, not every change's.
func TestJournalIndexListsTunnelChanges(t *testing.T) {
	ix := newJournalIndex()
	ix.add(Entry{Type: EntryIntent, ChangeID: "c1", PlanID: "p1", Ops: []Op{{Kind: KindDNS, Action: ActionCreate}}}, 0)
	ix.add(Entry{Type: EntryIntent, ChangeID: "c2", PlanID: "p2", Ops: []Op{{Kind: KindDNS, Action: ActionUpdate}, {Kind: KindTunnelConfig, Action: ActionUpdate, ID: "t1"}}}, 10)
	ix.add(Entry{Type: EntryIntent, ChangeID: "c3", PlanID: "p3", Ops: []Op{{Kind: KindTunnel, Action: ActionCreate}}}, 20)
	ix.add(Entry{Type: EntryCompacted, ChangeID: "c4", PlanID: "p4", Status: StatusApplied, Touched: []OpRef{{Kind: KindTunnel, Action: ActionDelete, ID: "t2"}}}, 30)
	ix.add(Entry{Type: EntryCompacted, ChangeID: "c5", PlanID: "p5", Status: StatusApplied, Touched: []OpRef{{Kind: KindDNS, Action: ActionDelete, ID: "r1"}}}, 40)
	// An intent folded twice (a compacted summary replacing it) is listed once.
	ix.add(Entry{Type: EntryCompacted, ChangeID: "c2", PlanID: "p2", Status: StatusApplied, Touched: []OpRef{{Kind: KindTunnelConfig, Action: ActionUpdate, ID: "t1"}}}, 50)
	if want := []string{"c2", "c3", "c4"}; !slices.Equal(ix.tunnels, want) {
		t.Fatalf("tunnel changes %v, want %v", ix.tunnels, want)
	}
}
