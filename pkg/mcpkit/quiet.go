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

// Quiet tells background work when the server is idle: no tool call in
// flight and none started or finished for a quiet period. A client usually
// sends its first tool call right after tools/list; work started at
// tools/list (building Layer0, warming it, returning its garbage to the
// operating system) would compete with that call for the CPU, so it waits
// until the call is answered. Work a call needs, the call does itself (the
// classifier is built on first use either way).
type Quiet struct {
	period   time.Duration
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
	return &Quiet{period: period, last: time.Now(), changed: make(chan struct{})}
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
// for the quiet period. A nil Quiet never waits.
func (q *Quiet) Wait() {
	if q == nil {
		return
	}
	for {
		q.mu.Lock()
		if q.inFlight > 0 {
			ch := q.changed
			q.mu.Unlock()
			<-ch
			continue
		}
		left := q.period - time.Since(q.last)
		q.mu.Unlock()
		if left <= 0 {
			return
		}
		time.Sleep(left)
	}
}

// middleware counts the calls in flight; it is the outermost middleware.
func (q *Quiet) middleware(next server.ToolHandlerFunc) server.ToolHandlerFunc {
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		defer q.Begin()()
		return next(ctx, req)
	}
}
