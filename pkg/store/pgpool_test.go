package store

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeConn stands in for a PostgreSQL connection.
type fakeConn struct {
	id       int
	closed   atomic.Bool
	busy     bool
	tx       byte // TxStatus; 0 means 'I'
	pingErr  error
	pings    atomic.Int32
	closings atomic.Int32
}

func (c *fakeConn) IsClosed() bool { return c.closed.Load() }
func (c *fakeConn) IsBusy() bool   { return c.busy }
func (c *fakeConn) TxStatus() byte {
	if c.tx == 0 {
		return 'I'
	}
	return c.tx
}
func (c *fakeConn) Ping(context.Context) error { c.pings.Add(1); return c.pingErr }
func (c *fakeConn) Close(context.Context) error {
	c.closings.Add(1)
	c.closed.Store(true)
	return nil
}

// fakeDialer counts dials and can fail them.
type fakeDialer struct {
	mu    sync.Mutex
	conns []*fakeConn
	err   error
}

func (d *fakeDialer) dial(ctx context.Context) (*fakeConn, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.err != nil {
		return nil, d.err
	}
	c := &fakeConn{id: len(d.conns) + 1}
	d.conns = append(d.conns, c)
	return c, nil
}

func (d *fakeDialer) dials() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.conns)
}

func newFakePool(max int) (*connPool[*fakeConn], *fakeDialer) {
	d := &fakeDialer{}
	return newConnPool(max, d.dial), d
}

func mustGet(t *testing.T, p *connPool[*fakeConn]) *pooled[*fakeConn] {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	pc, err := p.get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return pc
}

func TestPoolReusesIdleConnections(t *testing.T) {
	p, d := newFakePool(2)
	a := mustGet(t, p)
	p.put(a)
	b := mustGet(t, p)
	if b.conn != a.conn || d.dials() != 1 {
		t.Fatalf("a returned connection was not reused: got #%d after %d dials", b.conn.id, d.dials())
	}
	c := mustGet(t, p) // the first is lent: a second is dialled
	if c.conn == b.conn || d.dials() != 2 {
		t.Fatalf("a lent connection was lent again (#%d, %d dials)", c.conn.id, d.dials())
	}
	p.put(b)
	p.put(c)
	// The last returned goes out first.
	if e := mustGet(t, p); e.conn != c.conn {
		t.Errorf("got #%d, want the last returned #%d", e.conn.id, c.conn.id)
	}
}

func TestPoolWaitsForAConnectionWhenAllAreLent(t *testing.T) {
	p, d := newFakePool(2)
	a, b := mustGet(t, p), mustGet(t, p)
	got := make(chan *pooled[*fakeConn])
	go func() {
		pc, err := p.get(context.Background())
		if err != nil {
			t.Error(err)
		}
		got <- pc
	}()
	select {
	case pc := <-got:
		t.Fatalf("a third connection (#%d) was lent from a pool of 2", pc.conn.id)
	case <-time.After(100 * time.Millisecond):
	}
	p.put(a)
	select {
	case pc := <-got:
		if pc.conn != a.conn {
			t.Errorf("the waiter got #%d, want the returned #%d", pc.conn.id, a.conn.id)
		}
		p.put(pc)
	case <-time.After(5 * time.Second):
		t.Fatal("the waiter never got the returned connection")
	}
	p.put(b)
	if d.dials() != 2 {
		t.Errorf("%d dials for a pool of 2", d.dials())
	}
}

func TestPoolWaitEndsWithTheContext(t *testing.T) {
	p, _ := newFakePool(1)
	a := mustGet(t, p)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	if pc, err := p.get(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("waiting on a full pool past the deadline: %v %v", pc, err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("the wait took %v", el)
	}
	// A cancelled context is refused even when a connection is free.
	p.put(a)
	done, cancel2 := context.WithCancel(context.Background())
	cancel2()
	if _, err := p.get(done); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled context: %v", err)
	}
	// The failed waits took no slot.
	p.put(mustGet(t, p))
}

func TestPoolClosesBrokenConnectionsInsteadOfLendingThem(t *testing.T) {
	for _, tc := range []struct {
		name  string
		spoil func(c *fakeConn)
	}{
		{"closed", func(c *fakeConn) { c.closed.Store(true) }},
		{"busy", func(c *fakeConn) { c.busy = true }},
		{"in a transaction", func(c *fakeConn) { c.tx = 'T' }},
		{"in a failed transaction", func(c *fakeConn) { c.tx = 'E' }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, d := newFakePool(1)
			a := mustGet(t, p)
			tc.spoil(a.conn)
			p.put(a)
			if a.conn.closings.Load() != 1 {
				t.Errorf("the connection was closed %d times, want 1", a.conn.closings.Load())
			}
			b := mustGet(t, p)
			if b.conn == a.conn || d.dials() != 2 {
				t.Errorf("the broken connection was lent again")
			}
			p.put(b)
		})
	}
}

func TestPoolPingsIdleConnectionsAndDropsDeadOnes(t *testing.T) {
	p, d := newFakePool(1)
	p.pingAfter = -1 // every idle connection is pinged
	a := mustGet(t, p)
	p.put(a)
	b := mustGet(t, p)
	if b.conn != a.conn || a.conn.pings.Load() != 1 {
		t.Fatalf("a healthy idle connection: #%d, %d pings", b.conn.id, a.conn.pings.Load())
	}
	b.conn.pingErr = errors.New("connection reset")
	p.put(b)
	c := mustGet(t, p)
	if c.conn == a.conn || !a.conn.IsClosed() || d.dials() != 2 {
		t.Errorf("a connection that failed its ping was lent (#%d, closed %v, %d dials)", c.conn.id, a.conn.IsClosed(), d.dials())
	}
	p.put(c)

	// Without pingAfter passed, no ping.
	p.pingAfter = time.Hour
	e := mustGet(t, p)
	if e.conn.pings.Load() != 0 {
		t.Errorf("a connection idle for less than pingAfter was pinged")
	}
	p.put(e)
}

func TestPoolClosesOldConnections(t *testing.T) {
	p, d := newFakePool(1)
	a := mustGet(t, p)
	p.put(a)
	p.maxLifetime = 0
	time.Sleep(time.Millisecond)
	b := mustGet(t, p)
	if b.conn == a.conn || !a.conn.IsClosed() {
		t.Errorf("a connection past its lifetime was lent again")
	}
	p.put(b) // returned past its lifetime: closed
	if !b.conn.IsClosed() {
		t.Errorf("a connection returned past its lifetime was kept")
	}
	p.maxLifetime, p.maxIdle = time.Hour, 0
	c := mustGet(t, p)
	p.put(c)
	time.Sleep(time.Millisecond)
	if e := mustGet(t, p); e.conn == c.conn || !c.conn.IsClosed() || d.dials() != 4 {
		t.Errorf("a connection idle past maxIdle was lent again")
	}
}

func TestPoolDialFailureFreesTheSlot(t *testing.T) {
	p, d := newFakePool(1)
	boom := errors.New("connection refused")
	d.err = boom
	if _, err := p.get(context.Background()); !errors.Is(err, boom) {
		t.Fatalf("dial failure: %v", err)
	}
	d.err = nil
	p.put(mustGet(t, p)) // would block if the failed dial kept the slot
}

func TestPoolCloseClosesEverythingAndWaitsForLentConnections(t *testing.T) {
	p, _ := newFakePool(2)
	a, b := mustGet(t, p), mustGet(t, p)
	p.put(a)
	closed := make(chan struct{})
	go func() { p.close(); close(closed) }()
	select {
	case <-closed:
		t.Fatal("close returned while a connection was lent")
	case <-time.After(100 * time.Millisecond):
	}
	if !a.conn.IsClosed() {
		t.Error("the idle connection was not closed")
	}
	p.put(b)
	select {
	case <-closed:
	case <-time.After(5 * time.Second):
		t.Fatal("close never returned")
	}
	if !b.conn.IsClosed() {
		t.Error("a connection returned after close was kept open")
	}
	if _, err := p.get(context.Background()); !errors.Is(err, errPoolClosed) {
		t.Errorf("get after close: %v", err)
	}
	p.close() // twice is harmless
}

// Many callers on a small pool: never more lent than max, every caller
// served.
func TestPoolUnderContention(t *testing.T) {
	p, d := newFakePool(3)
	var lent, most atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				pc, err := p.get(context.Background())
				if err != nil {
					t.Error(err)
					return
				}
				n := lent.Add(1)
				for {
					m := most.Load()
					if n <= m || most.CompareAndSwap(m, n) {
						break
					}
				}
				time.Sleep(10 * time.Microsecond)
				lent.Add(-1)
				p.put(pc)
			}
		}()
	}
	wg.Wait()
	if most.Load() > 3 || d.dials() > 3 {
		t.Errorf("%d lent at once, %d dialled, from a pool of 3", most.Load(), d.dials())
	}
	p.close()
}
