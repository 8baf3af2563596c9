package store

import (
	"context"
	"errors"
	"sync"
	"time"
)

// poolConn is what the pool needs of a connection (*pgconn.PgConn; tests
// use a fake).
type poolConn interface {
	IsClosed() bool
	IsBusy() bool
	TxStatus() byte
	Ping(ctx context.Context) error
	Close(ctx context.Context) error
}

// errPoolClosed: the store was closed.
var errPoolClosed = errors.New("the state store is closed")

// Pool defaults (pgxpool's, so a deployment sees the same): a connection
// idle for more than a second is pinged before it is lent, one idle for 30
// minutes or open for an hour is closed instead.
const (
	poolPingAfter   = time.Second
	poolMaxIdle     = 30 * time.Minute
	poolMaxLifetime = time.Hour
)

// connPool lends at most max connections at a time. A caller takes a slot
// (waiting, as long as ctx allows, while all are lent), then the most
// recently returned idle connection or, when there is none, a new one. So
// idle plus lent connections never exceed max: a connection is dialled only
// when none is idle. A connection returned closed, busy (a result not read
// to the end) or inside a transaction is closed instead of kept.
type connPool[C poolConn] struct {
	dial  func(context.Context) (C, error)
	slots chan struct{} // one token per lent connection

	pingAfter, maxIdle, maxLifetime time.Duration

	mu     sync.Mutex
	idle   []*pooled[C] // the last returned at the end
	closed bool
	lent   sync.WaitGroup // slots taken; close waits for them
}

// pooled is a connection and its age.
type pooled[C poolConn] struct {
	conn      C
	born      time.Time
	idleSince time.Time
}

func newConnPool[C poolConn](max int, dial func(context.Context) (C, error)) *connPool[C] {
	return &connPool[C]{dial: dial, slots: make(chan struct{}, max),
		pingAfter: poolPingAfter, maxIdle: poolMaxIdle, maxLifetime: poolMaxLifetime}
}

// size is the most connections the pool lends at once.
func (p *connPool[C]) size() int { return cap(p.slots) }

// get lends a connection; put must give it back.
func (p *connPool[C]) get(ctx context.Context) (*pooled[C], error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		<-p.slots
		return nil, errPoolClosed
	}
	p.lent.Add(1)
	p.mu.Unlock()
	for {
		pc, closed := p.popIdle()
		if closed {
			p.release()
			return nil, errPoolClosed
		}
		if pc == nil {
			break
		}
		if p.usable(ctx, pc) {
			return pc, nil
		}
		closeConn(pc.conn)
		if err := ctx.Err(); err != nil {
			p.release()
			return nil, err
		}
	}
	c, err := p.dial(ctx)
	if err != nil {
		p.release()
		return nil, err
	}
	return &pooled[C]{conn: c, born: time.Now()}, nil
}

func (p *connPool[C]) popIdle() (*pooled[C], bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, true
	}
	n := len(p.idle)
	if n == 0 {
		return nil, false
	}
	pc := p.idle[n-1]
	p.idle[n-1] = nil
	p.idle = p.idle[:n-1]
	return pc, false
}

// usable says whether an idle connection may be lent: not closed, not too
// old, and answering a ping when it sat idle for a while (the server or
// the network may have dropped it).
func (p *connPool[C]) usable(ctx context.Context, pc *pooled[C]) bool {
	now := time.Now()
	idle := now.Sub(pc.idleSince)
	switch {
	case pc.conn.IsClosed() || now.Sub(pc.born) > p.maxLifetime || idle > p.maxIdle:
		return false
	case idle > p.pingAfter:
		return pc.conn.Ping(ctx) == nil
	}
	return true
}

// put takes a lent connection back: kept for the next caller when it is
// healthy and idle, otherwise closed.
func (p *connPool[C]) put(pc *pooled[C]) {
	c := pc.conn
	keep := !c.IsClosed() && !c.IsBusy() && c.TxStatus() == 'I' && time.Since(pc.born) <= p.maxLifetime
	p.mu.Lock()
	if keep && !p.closed {
		pc.idleSince = time.Now()
		p.idle = append(p.idle, pc)
	} else {
		keep = false
	}
	p.mu.Unlock()
	if !keep {
		closeConn(c)
	}
	p.release()
}

func (p *connPool[C]) release() {
	<-p.slots
	p.lent.Done()
}

// close closes the idle connections, refuses new callers and waits until
// every lent connection is back (and closed).
func (p *connPool[C]) close() {
	p.mu.Lock()
	p.closed = true
	idle := p.idle
	p.idle = nil
	p.mu.Unlock()
	for _, pc := range idle {
		closeConn(pc.conn)
	}
	p.lent.Wait()
}

// closeConn ends a connection's session, giving the server 5 seconds to
// take the goodbye.
func closeConn(c poolConn) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = c.Close(ctx)
}
