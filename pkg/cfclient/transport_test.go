package cfclient

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRetryHonoursRetryAfter(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		if r.n == 1 {
			w.Header().Set("Retry-After", "7")
			fail(w, 429, 971, "Please wait and consider throttling your request speed")
			return
		}
		ok(w, zoneJSON(0), nil)
	})
	c, slept := f.client(t, nil)
	z, err := c.GetZone(context.Background(), zoneID)
	if err != nil || z.Name != "z0.example" {
		t.Fatalf("GetZone = %+v, %v", z, err)
	}
	if len(*slept) != 1 || (*slept)[0] != 7*time.Second {
		t.Fatalf("slept %v, want [7s]", *slept)
	}
	reqs := f.requests()
	if len(reqs) != 2 || reqs[1].Header.Get("X-Stainless-Retry-Count") != "1" {
		t.Fatalf("want a second attempt marked as retry, got %d requests", len(reqs))
	}
}

func TestRetryAfterHTTPDate(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if d := parseRetryAfter(now.Add(90*time.Second).Format(http.TimeFormat), now); d != 90*time.Second {
		t.Fatalf("got %v", d)
	}
	for _, v := range []string{"", "soon", "-1", "1e9"} {
		if d := parseRetryAfter(v, now); d != 0 {
			t.Errorf("parseRetryAfter(%q) = %v", v, d)
		}
	}
	if d := parseRetryAfter("1.5", now); d != 1500*time.Millisecond {
		t.Errorf("fractional seconds: %v", d)
	}
}

func TestRetryAfterTooLongFailsFast(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		w.Header().Set("Retry-After", "3600")
		fail(w, 429, 971, "slow down")
	})
	c, slept := f.client(t, nil)
	_, err := c.GetZone(context.Background(), zoneID)
	var apiErr *APIError
	if !errors.Is(err, ErrRateLimited) || !errors.As(err, &apiErr) || apiErr.RetryAfter != time.Hour {
		t.Fatalf("want ErrRateLimited with RetryAfter 1h, got %v", err)
	}
	if len(*slept) != 0 || len(f.requests()) != 1 {
		t.Fatalf("must not wait or retry: slept %v, %d requests", *slept, len(f.requests()))
	}
	if !strings.Contains(err.Error(), "retry after 1h0m0s") {
		t.Fatalf("message should say when to retry: %v", err)
	}
}

func TestRetries5xxBounded(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) { fail(w, 503, 1, "overloaded") })
	c, slept := f.client(t, func(c *Config) { c.MaxRetries = 2 })
	_, err := c.GetZone(context.Background(), zoneID)
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("got %v", err)
	}
	if n := len(f.requests()); n != 3 {
		t.Fatalf("want 1 + 2 retries, got %d requests", n)
	}
	if len(*slept) != 2 || (*slept)[0] <= 0 || (*slept)[1] < (*slept)[0]/2 {
		t.Fatalf("backoff %v", *slept)
	}
	// 4xx other than 429 is never retried.
	g := newFake(t, func(w http.ResponseWriter, r *recorded) { fail(w, 400, 1004, "bad") })
	c2, _ := g.client(t, nil)
	_, _ = c2.GetZone(context.Background(), zoneID)
	if n := len(g.requests()); n != 1 {
		t.Fatalf("400 retried: %d requests", n)
	}
}

func TestRetryLimitClamped(t *testing.T) {
	c, err := New(Config{Token: "t", MaxRetries: 1000})
	if err != nil || c.do.maxRetries != MaxRetriesLimit {
		t.Fatalf("maxRetries = %d", c.do.maxRetries)
	}
	c, _ = New(Config{Token: "t"})
	if c.do.maxRetries != DefaultMaxRetries {
		t.Fatalf("default maxRetries = %d", c.do.maxRetries)
	}
}

func TestPostNotRetriedOn5xxButOn429(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		if string(r.Body) == "" {
			t.Error("retried POST lost its body")
		}
		switch r.n {
		case 1:
			fail(w, 429, 971, "slow")
		default:
			fail(w, 502, 1, "bad gateway")
		}
	})
	c, _ := f.client(t, nil)
	_, err := c.raw(context.Background(), http.MethodPost, "zones/"+zoneID+"/dns_records", nil, map[string]string{"type": "A"}, nil)
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("got %v", err)
	}
	if n := len(f.requests()); n != 2 {
		t.Fatalf("POST: want the 429 retried once and the 502 not, got %d requests", n)
	}
	reqs := f.requests()
	if string(reqs[0].Body) != string(reqs[1].Body) {
		t.Fatal("retry changed the body")
	}
}

func TestTimeoutPerAttempt(t *testing.T) {
	release := make(chan struct{})
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		if r.n == 1 {
			<-release // hang until the client gave up on this attempt
			return
		}
		ok(w, zoneJSON(0), nil)
	})
	defer close(release)
	c, _ := f.client(t, func(c *Config) { c.Timeout = 50 * time.Millisecond })
	z, err := c.GetZone(context.Background(), zoneID)
	if err != nil || z.Name != "z0.example" {
		t.Fatalf("want success on the retry after a timeout, got %+v %v", z, err)
	}
	g := newFake(t, func(w http.ResponseWriter, r *recorded) { <-release })
	c2, _ := g.client(t, func(c *Config) { c.Timeout = 20 * time.Millisecond; c.MaxRetries = 1 })
	_, err = c2.GetZone(context.Background(), zoneID)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("want ErrTimeout, got %v", err)
	}
	if n := len(g.requests()); n != 2 {
		t.Fatalf("want 2 attempts, got %d", n)
	}
}

func TestTruncatedBodyRetried(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		if r.n == 1 {
			w.Header().Set("Content-Length", "1000")
			_, _ = io.WriteString(w, `{"success":true,"result":{"id":`)
			return
		}
		ok(w, zoneJSON(0), nil)
	})
	c, _ := f.client(t, nil)
	if z, err := c.GetZone(context.Background(), zoneID); err != nil || z.Name != "z0.example" {
		t.Fatalf("got %+v %v", z, err)
	}
	if len(f.requests()) != 2 {
		t.Fatal("truncated body not retried")
	}
}

func TestResponseSizeCap(t *testing.T) {
	big := strings.Repeat("x", 4096)
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		if r.n%2 == 1 {
			ok(w, map[string]any{"id": zoneID, "name": big}, nil) // announced length
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.(http.Flusher).Flush() // chunked: no length announced
		_, _ = io.WriteString(w, `{"success":true,"result":{"name":"`+big+`"}}`)
	})
	c, _ := f.client(t, func(c *Config) { c.MaxBodyBytes = 1024 })
	for i := 0; i < 2; i++ {
		_, err := c.GetZone(context.Background(), zoneID)
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("attempt %d: want ErrTooLarge, got %v", i, err)
		}
	}
	if n := len(f.requests()); n != 2 {
		t.Fatalf("oversized responses must not be retried: %d requests", n)
	}
}

func TestRateLimiterBucket(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	b := newBucket(1200, 5*time.Minute, 100)
	b.now = func() time.Time { return now }
	b.last = now
	for i := 0; i < 100; i++ {
		if d := b.reserve(); d != 0 {
			t.Fatalf("request %d within the burst waited %v", i, d)
		}
	}
	// The refill rate keeps any 5-minute window at or under 1,200.
	if got := b.rate * 300; got < 1099 || got > 1101 {
		t.Fatalf("refill per window = %v, want 1100", got)
	}
	d := b.reserve()
	if d <= 0 || d > time.Second {
		t.Fatalf("101st request should wait about 1/3.67 s, got %v", d)
	}
	now = now.Add(time.Hour)
	if d := b.reserve(); d != 0 {
		t.Fatalf("after an hour the bucket is full again, waited %v", d)
	}
}

func TestRateLimiterWaitsAndHonoursContext(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *recorded) { ok(w, zoneJSON(0), nil) })
	c, slept := f.client(t, func(c *Config) { c.RequestsPer5m = 2; c.RateBurst = 1 })
	for i := 0; i < 3; i++ {
		if _, err := c.GetZone(context.Background(), zoneID); err != nil {
			t.Fatal(err)
		}
	}
	if len(*slept) != 2 || (*slept)[0] <= time.Minute {
		t.Fatalf("want two long limiter waits, got %v", *slept)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.GetZone(ctx, zoneID); !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	if len(f.requests()) != 3 {
		t.Fatal("a cancelled call reached the server")
	}
}

func TestNoRedirectFollowed(t *testing.T) {
	other := newFake(t, func(w http.ResponseWriter, r *recorded) { ok(w, zoneJSON(0), nil) })
	f := newFake(t, func(w http.ResponseWriter, r *recorded) {
		w.Header().Set("Location", other.srv.URL+"/steal")
		w.WriteHeader(http.StatusFound)
	})
	c, _ := f.client(t, nil)
	if _, err := c.GetZone(context.Background(), zoneID); !errors.Is(err, ErrAPI) {
		t.Fatalf("a redirect is an API error, got %v", err)
	}
	if len(other.requests()) != 0 {
		t.Fatal("redirect followed: the token went to another host")
	}
}

// The default transport is built on the first request, not by New: start-up
// does not page in HTTP/2's set-up. Closing idle connections before that
// does not stop it from being built.
func TestDefaultTransportBuiltOnFirstRequest(t *testing.T) {
	var status atomic.Value
	status.Store("active")
	f := verifyFake(t, &status)
	c, _ := f.client(t, nil)
	lt, ok := c.do.hc.Transport.(*lazyTransport)
	if !ok {
		t.Fatalf("default transport is %T, want *lazyTransport", c.do.hc.Transport)
	}
	if lt.t.Load() != nil {
		t.Fatal("New built the transport")
	}
	c.do.hc.CloseIdleConnections()
	if _, err := c.GetZone(context.Background(), zoneID); err != nil {
		t.Fatal(err)
	}
	if lt.t.Load() == nil {
		t.Fatal("no transport after a request")
	}
	c.do.hc.CloseIdleConnections()
	if _, err := c.GetZone(context.Background(), zoneID); err != nil {
		t.Fatal(err)
	}
}
