package plan

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/config"
)

func (f *fixture) outsideOp(s *Snapshot, name string) Op {
	f.t.Helper()
	return mustUpdate(f.t, f.recordByName(s, "A", name), RecordValue{Content: "45.33.32." + itoa(len(name))})
}

// The decision is made again at apply, under the configuration in force
// then: a plan made under a loose configuration does not apply without
// approval under a stricter one.
func TestDecisionRecheckedAtApply(t *testing.T) {
	t.Run("lower threshold", func(t *testing.T) {
		f := attackFixture(t, func(c *config.Config) { c.Approval.RiskThreshold = 100 })
		s := f.snap()
		p := f.prepare(s, f.outsideOp(s, "example.com"))
		if p.Plan.Approval.Required {
			t.Fatalf("loose config: %+v", p.Plan.Approval)
		}
		f.cfg.Approval.RiskThreshold = 60
		f.e = f.fresh()
		_, err := f.e.Apply(f.ctx, p.Token, "", Gate{})
		t.Logf("ATTACK plan loose, apply strict (threshold): %v", err)
		if err == nil || !strings.Contains(err.Error(), "needs an approval") || !strings.Contains(err.Error(), "at apply") {
			t.Fatalf("applied without approval under the stricter config: %v", err)
		}
	})
	t.Run("newly protected record", func(t *testing.T) {
		f := attackFixture(t, func(c *config.Config) { c.Approval.RiskThreshold = 100 })
		s := f.snap()
		p := f.prepare(s, mustUpdate(t, f.recordByName(s, "A", "vpn.example.com"), RecordValue{Content: "198.51.100.61"}))
		if p.Plan.Approval.Required {
			t.Fatalf("loose config: %+v", p.Plan.Approval)
		}
		f.cfg.Protected.Records = append(f.cfg.Protected.Records, "vpn A")
		f.e = f.fresh()
		_, err := f.e.Apply(f.ctx, p.Token, "", Gate{})
		t.Logf("ATTACK plan loose, apply strict (protected): %v", err)
		if err == nil || !strings.Contains(err.Error(), "vpn A") {
			t.Fatalf("applied a change to a now protected record: %v", err)
		}
	})
}

// Splitting a destructive change into small plans does not lower what a
// person must approve: the zone's recent destructive effects accumulate,
// at plan time and again at apply time (for plans made before).
func TestRiskAccumulates(t *testing.T) {
	f := attackFixture(t, nil)
	s := f.snap()
	p1 := f.prepare(s, f.outsideOp(s, "vpn.example.com"))
	p2 := f.prepare(s, f.outsideOp(s, "sip.example.com"))
	if p1.Plan.Approval.Required || p2.Plan.Approval.Required {
		t.Fatalf("one retarget alone: %+v %+v", p1.Plan.Risk, p2.Plan.Risk)
	}
	if r := f.apply(p1.Token); r.Status != StatusApplied {
		t.Fatalf("%+v", r)
	}
	_, err := f.e.Apply(f.ctx, p2.Token, "", Gate{})
	t.Logf("ATTACK split retargets, second apply: %v", err)
	if err == nil || !strings.Contains(err.Error(), "needs an approval") {
		t.Fatalf("the second half applied without approval: %v", err)
	}
	p3 := f.prepare(f.snap(), f.outsideOp(f.snap(), "ftp.example.com"))
	t.Logf("ATTACK split retargets, third plan: risk %d approval %v", p3.Plan.Risk.Score, p3.Plan.Approval.Required)
	if !p3.Plan.Approval.Required || !strings.Contains(strings.Join(p3.Plan.Risk.Reasons, "|"), "accumulated") {
		t.Fatalf("third plan: %+v", p3.Plan.Risk)
	}
	// Work without destructive effects is not held back by them.
	if p := f.prepare(f.snap(), f.createOp(RecordValue{Type: "TXT", Name: "note", Content: "hello"})); p.Plan.Approval.Required {
		t.Fatalf("a TXT create after destructive changes: %+v", p.Plan.Risk)
	}
}

// Budgets count every apply: the first undo of a change is free, a
// rollback of a rollback counts like any change.
func TestRollbackPingPongCounts(t *testing.T) {
	f := attackFixture(t, func(c *config.Config) { c.Budgets.MaxAppliesPerZonePerHour = 2 })
	r := f.apply(f.prepare(f.snap(), f.createOp(RecordValue{Type: "TXT", Name: "pp", Content: "x"})).Token)
	applied := 1
	var err error
	for i := 0; i < 6; i++ {
		var rb *Prepared
		rb, err = f.e.Rollback(f.ctx, r.ChangeID, Gate{})
		if err != nil {
			break
		}
		var res *Result
		res, err = f.e.Apply(f.ctx, rb.Token, "", Gate{})
		if err != nil {
			break
		}
		applied++
		r = res
	}
	t.Logf("ATTACK rollback ping-pong with max 2/hour: %d applies, then %v", applied, err)
	if applied != 3 || err == nil || !strings.Contains(err.Error(), "max_applies_per_zone_per_hour") {
		t.Fatalf("applies %d, err %v; want the change, its free undo, one more, then the budget", applied, err)
	}
}

// A rollback that deletes gets the review a delete gets.
func TestRollbackThatDeletesIsReviewed(t *testing.T) {
	f := attackFixture(t, nil)
	s := f.snap()
	// Creating a new name is cheap; undoing it is a name that stops resolving.
	p := f.prepare(s, f.createOp(RecordValue{Type: "CNAME", Name: "shop", Content: "example.com", Proxied: true}))
	if p.Plan.Approval.Required {
		t.Fatalf("create: %+v", p.Plan.Risk)
	}
	r := f.apply(p.Token)
	rb, err := f.e.Rollback(f.ctx, r.ChangeID, Gate{})
	if err != nil {
		t.Fatal(err)
	}
	if !rb.Plan.Approval.Required || !strings.Contains(strings.Join(rb.Plan.Effects, "|"), "stops resolving") {
		t.Fatalf("rollback deleting a proxied name: %+v %v", rb.Plan.Risk, rb.Plan.Effects)
	}
}
