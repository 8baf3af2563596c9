package mcpkit

import (
	"context"
	"testing"
	"time"
)

type blockArgs struct {
	Message string `json:"message"`
}

type blockResult struct {
	Echo string `json:"echo"`
}

// Background work started by tools/list (AfterToolsList) waits while a tool
// call sent right after it runs, and starts once the server has been idle
// for the quiet period: the first call does not compete with it. OnToolsList
// work starts at once.
func TestAfterToolsListWaitsForTheFirstCall(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	tool := NewTool("block", "Block until released.", LocalReadHints,
		func(ctx context.Context, a blockArgs) (blockResult, error) {
			close(entered)
			<-release
			return blockResult{Echo: a.Message}, nil
		})
	ran := make(chan time.Time, 1)
	early := make(chan struct{}, 1)
	q := NewQuiet(30 * time.Millisecond)
	s := NewServer([]*Toolset{NewToolset("t", "").AddRead(tool)}, ServerOptions{
		Name: "t", Version: "1", Quiet: q,
		AfterToolsList: []func(){func() { ran <- time.Now() }},
		OnToolsList:    []func(){func() { early <- struct{}{} }},
	})
	s.HandleMessage(context.Background(), []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.HandleMessage(context.Background(), []byte(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"block","arguments":{"message":"x"}}}`))
	}()
	<-entered
	select {
	case <-ran:
		t.Fatal("background work started while the first call was running")
	case <-time.After(150 * time.Millisecond):
	}
	select {
	case <-early:
	default:
		t.Fatal("OnToolsList work did not start at tools/list")
	}
	close(release)
	<-done
	answered := time.Now()
	select {
	case at := <-ran:
		if d := at.Sub(answered); d < 25*time.Millisecond {
			t.Fatalf("background work started %v after the call, before the quiet period", d)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("background work never started after the call")
	}
}

// Wait returns at once on a nil Quiet, after the quiet period on an idle
// one, and not while a call is in flight.
func TestQuietWait(t *testing.T) {
	var nilQ *Quiet
	nilQ.Wait()

	q := NewQuiet(20 * time.Millisecond)
	start := time.Now()
	q.Wait()
	if d := time.Since(start); d < 15*time.Millisecond {
		t.Fatalf("Wait on a fresh Quiet returned after %v", d)
	}
	q.add(1)
	waited := make(chan struct{})
	go func() { q.Wait(); close(waited) }()
	select {
	case <-waited:
		t.Fatal("Wait returned with a call in flight")
	case <-time.After(60 * time.Millisecond):
	}
	q.add(-1)
	select {
	case <-waited:
	case <-time.After(10 * time.Second):
		t.Fatal("Wait never returned once the call finished")
	}
}

// Calls that never pause for a quiet period do not hold background work
// back for longer than the bound.
func TestQuietWaitIsBounded(t *testing.T) {
	q := NewQuiet(20 * time.Millisecond)
	q.max = 100 * time.Millisecond
	q.add(1)
	defer q.add(-1)
	start := time.Now()
	q.Wait()
	if d := time.Since(start); d < 90*time.Millisecond || d > 5*time.Second {
		t.Fatalf("Wait with a call always in flight returned after %v; want about 100ms", d)
	}
}
