package cfclient

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// verifyFake answers the token verification with *status (500 when it is
// "down") and the zone with a zone.
func verifyFake(t *testing.T, status *atomic.Value) *fake {
	return newFake(t, func(w http.ResponseWriter, r *recorded) {
		switch r.Path {
		case "/client/v4/user/tokens/verify":
			if s := status.Load().(string); s == "down" {
				fail(w, 500, 2, "internal error")
			} else {
				ok(w, map[string]any{"id": "ed17574386854bf78a67040be0a770b0", "status": s}, nil)
			}
		case "/client/v4/zones/" + zoneID:
			ok(w, zoneJSON(0), nil)
		default:
			fail(w, 404, 7003, "No route for that URI")
		}
	})
}

func paths(f *fake) []string {
	var out []string
	for _, r := range f.requests() {
		out = append(out, strings.TrimPrefix(r.Path, "/client/v4/"))
	}
	return out
}

func TestVerifyFirstVerifiesOnceBeforeTheFirstRequest(t *testing.T) {
	var status atomic.Value
	status.Store("active")
	f := verifyFake(t, &status)
	c, _ := f.client(t, func(c *Config) { c.VerifyFirst = true })
	if len(f.requests()) != 0 {
		t.Fatal("New sent a request")
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.GetZone(context.Background(), zoneID); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	got := paths(f)
	if len(got) != 5 || got[0] != verifyPath {
		t.Fatalf("requests = %v, want the verification first and once, then the four reads", got)
	}
	if err := c.TokenReady(); err != nil {
		t.Fatalf("TokenReady after a good verification = %v", err)
	}
}

func TestVerifyFirstInactiveTokenFailsEveryCall(t *testing.T) {
	var status atomic.Value
	status.Store("disabled")
	f := verifyFake(t, &status)
	c, _ := f.client(t, func(c *Config) { c.VerifyFirst = true })
	if err := c.TokenReady(); err != nil {
		t.Fatalf("TokenReady before any verification = %v, want nil", err)
	}
	for i := 0; i < 2; i++ {
		_, err := c.GetZone(context.Background(), zoneID)
		if !errors.Is(err, ErrUnauthorized) || !strings.Contains(err.Error(), "disabled, not active") {
			t.Fatalf("GetZone with a disabled token = %v, want ErrUnauthorized saying it is disabled", err)
		}
		if strings.Contains(err.Error(), testToken) {
			t.Fatal("the error carries the token")
		}
	}
	for _, p := range paths(f) {
		if p != verifyPath {
			t.Fatalf("a request went out with a token that is not active: %v", paths(f))
		}
	}
	if err := c.TokenReady(); !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("TokenReady = %v, want the failed verification", err)
	}
	// Re-enabled: the next call verifies again and goes through.
	status.Store("active")
	if _, err := c.GetZone(context.Background(), zoneID); err != nil {
		t.Fatalf("after the token is active again: %v", err)
	}
	if err := c.TokenReady(); err != nil {
		t.Fatalf("TokenReady = %v after a good verification", err)
	}
}

func TestVerifyFirstRetriesAFailedVerification(t *testing.T) {
	var status atomic.Value
	status.Store("down")
	f := verifyFake(t, &status)
	c, _ := f.client(t, func(c *Config) { c.VerifyFirst = true; c.MaxRetries = -1 })
	if _, err := c.GetZone(context.Background(), zoneID); !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), verifyPath) {
		t.Fatalf("GetZone while verification fails = %v, want ErrUnavailable naming %s", err, verifyPath)
	}
	status.Store("active")
	if _, err := c.GetZone(context.Background(), zoneID); err != nil {
		t.Fatal(err)
	}
	want := []string{verifyPath, verifyPath, "zones/" + zoneID}
	if got := paths(f); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("requests = %v, want %v", got, want)
	}
}

func TestWithoutVerifyFirstNothingIsVerified(t *testing.T) {
	var status atomic.Value
	status.Store("disabled")
	f := verifyFake(t, &status)
	c, _ := f.client(t, nil)
	if _, err := c.GetZone(context.Background(), zoneID); err != nil {
		t.Fatal(err)
	}
	if got := paths(f); len(got) != 1 || got[0] != "zones/"+zoneID {
		t.Fatalf("requests = %v", got)
	}
}
