package plan

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfsim"
)

// inFlightKill forwards requests to the simulator, but the second DNS batch
// is sent in the background (it lands after the simulator's delay fault)
// while the client sees the connection die: the process was killed with the
// batch in flight.
type inFlightKill struct {
	rt      http.RoundTripper
	mu      sync.Mutex
	batches int
	landed  chan struct{}
}

func (k *inFlightKill) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/dns_records/batch") {
		k.mu.Lock()
		k.batches++
		n := k.batches
		k.mu.Unlock()
		if n == 2 {
			bg := r.Clone(r.Context())
			bg = bg.WithContext(context.WithoutCancel(r.Context()))
			go func() {
				if resp, err := k.rt.RoundTrip(bg); err == nil {
					resp.Body.Close()
				}
				close(k.landed)
			}()
			return nil, errors.New("connection reset: process killed")
		}
	}
	return k.rt.RoundTrip(r)
}

// Rolling back an interrupted change waits out in-flight batches and
// verifies every original operation; while anything the change did
// remains, it stays interrupted and can be rolled back again.
func TestCrashRecoveryWaitsForInFlightBatches(t *testing.T) {
	for _, c := range []struct {
		name  string
		delay time.Duration
		// quiet is how long the rollback waits for the state to settle.
		quiet time.Duration
	}{
		{"batch lands while the rollback is planned", 700 * time.Millisecond, 1500 * time.Millisecond},
		// Planning stops waiting early (a short quiet period): the batch
		// lands between the rollback's plan and its apply's check.
		{"batch lands while the rollback applies", 1500 * time.Millisecond, 200 * time.Millisecond},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, func(c *cfgT) { c.Budgets.MaxOpsPerPlan = 1000 })
			kill := &inFlightKill{rt: f.sim.Transport(), landed: make(chan struct{})}
			f.useClientWith(kill)
			f.e.Recovery = RecoveryTiming{Interval: 50 * time.Millisecond, Quiet: c.quiet, Max: 2 * c.quiet}
			before := f.state()
			p := f.prepare(f.snap(), importOps(t, 250)...)
			f.sim.SetFault(cfsim.Fault{Method: "POST", Path: "/zones/*/dns_records/batch", Kind: cfsim.FaultDelay, Delay: c.delay, Count: 2})
			f.e.Hooks = Hooks{AfterExecute: func(string) error { return errors.New("killed") }}
			if _, err := f.e.Apply(f.ctx, p.Token, approvalFor(t, f, p), Gate{}); !errors.Is(err, ErrStopped) {
				t.Fatalf("apply: %v", err)
			}
			f.e = f.fresh()
			f.e.Recovery = RecoveryTiming{Interval: 50 * time.Millisecond, Quiet: c.quiet, Max: 2 * c.quiet}
			ls, _ := f.e.List("", StatusInterrupted, 10)
			if len(ls.Changes) != 1 {
				t.Fatalf("interrupted: %+v", ls.Changes)
			}
			id := ls.Changes[0].ChangeID
			rb, err := f.e.Rollback(f.ctx, id, Gate{})
			if err != nil {
				t.Fatal(err)
			}
			f.e.Recovery.Quiet, f.e.Recovery.Max = 2*time.Second, 4*time.Second
			r, err := f.e.Apply(f.ctx, rb.Token, approvalFor(t, f, rb), Gate{})
			if err != nil {
				t.Fatal(err)
			}
			<-kill.landed
			f.sim.ClearFaults()
			ls, _ = f.e.List("", "", 10)
			var st string
			for _, ch := range ls.Changes {
				if ch.ChangeID == id {
					st = ch.Status
				}
			}
			left := len(f.records()) - strings.Count(before, "\n") - 1
			t.Logf("ATTACK crash with a batch in flight (%s): rollback %s (%d ops), %d records of the change left, change %s", c.name, r.Status, len(rb.Plan.Ops), left, st)
			if left > 0 && st == StatusRolledBack {
				t.Fatalf("%d records of the change remain, yet it shows rolled_back", left)
			}
			if left > 0 {
				// It stays interrupted and rollbackable: a second rollback finishes.
				rb2, err := f.e.Rollback(f.ctx, id, Gate{})
				if err != nil {
					t.Fatalf("the change can no longer be rolled back: %v", err)
				}
				if r2, err := f.e.Apply(f.ctx, rb2.Token, approvalFor(t, f, rb2), Gate{}); err != nil || r2.Status != StatusApplied {
					t.Fatalf("second rollback: %+v %v", r2, err)
				}
			}
			if f.state() != before {
				t.Fatal("the zone is not back to its state before the change")
			}
		})
	}
}

// approvalFor is the approval code of a prepared plan ("" when it needs none).
func approvalFor(t *testing.T, f *fixture, p *Prepared) string {
	if !p.Plan.Approval.Required {
		return ""
	}
	return f.approve(p)
}
