package mcpkit

import (
	"context"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// DefaultQuietPeriod is how long a server must have had no tool call in
// flight before its background work (AfterToolsList) starts.
const DefaultQuietPeriod = 20 * time.Millisecond

// MaxQuietWait bounds Wait: a server whose calls never pause for a quiet
// period still starts its background work (and classifies deferred calls)
// this long after asking.
const MaxQuietWait = time.Second

// Quiet tells background work when the server is idle: no tool call in
// flight and none started or finished for a quiet period. A client usually
// sends its first tool call right after tools/list; work started at
// tools/list (building Layer0, warming it, returning its garbage to the
// operating system) would compete with that call for the CPU, so it waits
// until the call is answered. Work a call needs, the call does itself (the
// classifier is built on first use either way).
type Quiet struct {
	period   time.Duration
	max      time.Duration
	mu       sync.Mutex
	inFlight int
	last     time.Time
	changed  chan struct{} // closed and replaced whenever inFlight changes
}

// NewQuiet returns a Quiet whose quiet period is period (DefaultQuietPeriod
// when period <= 0).
func NewQuiet(period time.Duration) *Quiet {
	if period <= 0 {
		period = DefaultQuietPeriod
	}
	return &Quiet{period: period, max: MaxQuietWait, last: time.Now(), changed: make(chan struct{})}
}

// Begin records a call in flight until end is called.
func (q *Quiet) Begin() (end func()) {
	q.add(1)
	return func() { q.add(-1) }
}

func (q *Quiet) add(n int) {
	q.mu.Lock()
	q.inFlight += n
	q.last = time.Now()
	close(q.changed)
	q.changed = make(chan struct{})
	q.mu.Unlock()
}

// Wait returns once no tool call has been in flight, started or finished
// for the quiet period, or after MaxQuietWait at the latest. A nil Quiet
// never waits.
func (q *Quiet) Wait() {
	if q == nil {
		return
	}
	deadline := time.NewTimer(q.max)
	defer deadline.Stop()
	for {
		q.mu.Lock()
		ch := q.changed
		left := q.period - time.Since(q.last)
		busy := q.inFlight > 0
		q.mu.Unlock()
		if !busy && left <= 0 {
			return
		}
		var quiet <-chan time.Time
		var t *time.Timer
		if !busy {
			t = time.NewTimer(left)
			quiet = t.C
		}
		select {
		case <-ch: // a call started or finished: look again
		case <-quiet:
		case <-deadline.C:
			return
		}
		if t != nil {
			t.Stop()
		}
	}
}

// middleware counts the calls in flight; it is the outermost middleware.
func (q *Quiet) middleware(next server.ToolHandlerFunc) server.ToolHandlerFunc {
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		defer q.Begin()()
		return next(ctx, req)
	}
}
