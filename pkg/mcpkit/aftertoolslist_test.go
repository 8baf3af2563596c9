package mcpkit

import (
	"context"
	"testing"
	"time"
)

// AfterToolsList runs once, after the first tools/list is answered, and not
// before.
func TestAfterToolsList(t *testing.T) {
	calls := make(chan struct{}, 4)
	s := NewServer(nil, ServerOptions{Name: "t", Version: "1", AfterToolsList: []func(){func() { calls <- struct{}{} }}})
	select {
	case <-calls:
		t.Fatal("ran before tools/list")
	case <-time.After(50 * time.Millisecond):
	}
	for i := 1; i <= 2; i++ {
		s.HandleMessage(context.Background(), []byte(`{"jsonrpc":"2.0","id":`+string(rune('0'+i))+`,"method":"tools/list"}`))
	}
	select {
	case <-calls:
	case <-time.After(10 * time.Second):
		t.Fatal("did not run after tools/list")
	}
	select {
	case <-calls:
		t.Fatal("ran twice")
	case <-time.After(100 * time.Millisecond):
	}
}
