package plan

import (
	"context"
	"strconv"
	"strings"
	"time"
)

// RecoveryTiming bounds how crash recovery waits for operations an
// interrupted change may still have in flight (a DNS batch the server
// received before the process died lands when the server finishes it).
type RecoveryTiming struct {
	// Interval between reads (default 250 ms).
	Interval time.Duration
	// Quiet is how long the state must stay unchanged to count as settled
	// (default: the Cloudflare request timeout of the configuration, 30 s,
	// the longest a request sent before the crash can still be served).
	Quiet time.Duration
	// Max bounds the whole wait (default twice Quiet).
	Max time.Duration
}

func (e *Engine) recoveryTiming() RecoveryTiming {
	r := e.Recovery
	if r.Interval <= 0 {
		r.Interval = 250 * time.Millisecond
	}
	if r.Quiet <= 0 {
		r.Quiet = 30 * time.Second
		if d, err := time.ParseDuration(e.cfg.Cloudflare.Timeout); err == nil && d > 0 {
			r.Quiet = d
		}
	}
	if r.Max <= 0 {
		r.Max = 2 * r.Quiet
	}
	return r
}

// waitSettled reads the live state of the objects ops touch until done
// reports true for it, or it has not changed for Quiet, or Max passed; it
// returns the last state read.
func (e *Engine) waitSettled(ctx context.Context, z Zone, ops []Op, done func(*Snapshot) bool) (*Snapshot, error) {
	rt := e.recoveryTiming()
	kinds := opKinds(ops)
	start := time.Now()
	last, since := "", time.Now()
	for {
		live, err := e.Read(ctx, z, kinds...)
		if err != nil {
			return nil, err
		}
		if done(live) {
			return live, nil
		}
		if d := readbackDigest(live, ops) + "/" + readbackDigest(live, symbolicInverse(ops)); d != last {
			last, since = d, time.Now()
		} else if time.Since(since) >= rt.Quiet {
			return live, nil
		}
		if time.Since(start) >= rt.Max {
			return live, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(rt.Interval):
		}
	}
}

// rollbackState is the live state a rollback is planned over. For an
// interrupted change it first waits out operations that may still be in
// flight: until every operation shows applied, or the state stays quiet.
//
// inFlight is true when not every operation showed applied: some may still
// land, and the rollback's apply checks again.
func (e *Engine) rollbackState(ctx context.Context, c *changeState, status string) (live *Snapshot, inFlight bool, err error) {
	if status != StatusInterrupted {
		live, err = e.Read(ctx, c.intent.Zone, opKinds(c.intent.Ops)...)
		return live, false, err
	}
	all := false
	live, err = e.waitSettled(ctx, c.intent.Zone, c.intent.Ops, func(s *Snapshot) bool {
		bad, _ := verifyApplied(c.intent.Ops, s)
		all = len(bad) == 0
		return all
	})
	return live, !all, err
}

// MetaInFlight marks a rollback planned while operations of the
// interrupted change it undoes may still have been in flight.
const MetaInFlight = "in_flight"

// verifyUndone checks, after a rollback of an interrupted change applied,
// every operation of that change against the live state (waiting out
// late batches). When something it did remains, the rollback is
// incomplete: the change stays interrupted and can be rolled back again.
func (e *Engine) verifyUndone(ctx context.Context, p *Plan, changes map[string]*changeState, res *Result) bool {
	target := changes[p.RollbackOf]
	if target == nil || target.outcome != nil {
		return false
	}
	var bad []string
	wait := p.Meta[MetaInFlight] != ""
	live, err := e.waitSettled(ctx, target.intent.Zone, target.intent.Ops, func(s *Snapshot) bool {
		bad = verifyRestored(target.intent.Ops, s, nil)
		return len(bad) == 0 && !wait
	})
	if err != nil {
		res.Reason = "the rollback applied, but reading back the interrupted change " + p.RollbackOf + " failed (" + err.Error() + "); it stays interrupted: run change_rollback " + p.RollbackOf + " again"
		return true
	}
	if bad = verifyRestored(target.intent.Ops, live, nil); len(bad) == 0 {
		return false
	}
	res.Reason = "the rollback applied, but " + strconv.Itoa(len(bad)) + " object(s) the interrupted change " + p.RollbackOf + " made remain (" +
		strings.Join(capList(bad, 3), "; ") + ", e.g. a batch that was in flight landed since); it stays interrupted: run change_rollback " + p.RollbackOf + " again"
	return true
}
