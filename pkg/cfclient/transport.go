package cfclient

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// doer is the hardened HTTP layer every request goes through, both the
// cloudflare-go service calls (as their HTTP client) and the direct calls:
// client-side rate limit, a timeout per attempt, bounded retries honouring
// Retry-After, a response size cap and error mapping. It returns either a
// 2xx/3xx response whose body is fully read into memory, or an error that
// matches one of the sentinels.
type doer struct {
	hc         *http.Client
	base       string // base URL with trailing slash, to compute relative paths
	limiter    *bucket
	timeout    time.Duration
	maxRetries int
	maxWait    time.Duration
	maxBody    int64
	sleep      func(ctx context.Context, d time.Duration) error
	token      string // scrubbed from error messages the server echoes
	// before, when set, runs ahead of every request but the token's
	// verification (Config.VerifyFirst); its error fails the request.
	before func(ctx context.Context) error
}

// idempotentKey marks a POST that is safe to retry (e.g. a GraphQL query).
type idempotentKey struct{}

func withIdempotent(ctx context.Context) context.Context {
	return context.WithValue(ctx, idempotentKey{}, true)
}

// retryable reports whether a request may be sent again after a failure
// whose outcome is unknown (5xx, timeout, broken connection). POST and PATCH
// may have been applied, so they are retried only after a 429, which
// Cloudflare returns before doing anything.
func retryable(req *http.Request) bool {
	switch req.Method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions:
		return true
	}
	v, _ := req.Context().Value(idempotentKey{}).(bool)
	return v
}

func (d *doer) relPath(req *http.Request) string {
	p := req.URL.Path
	if i := strings.Index(d.base, "://"); i >= 0 {
		if j := strings.IndexByte(d.base[i+3:], '/'); j >= 0 {
			p = strings.TrimPrefix(p, d.base[i+3+j:])
		}
	}
	return strings.TrimPrefix(p, "/")
}

// Do implements cloudflare-go's option.HTTPClient.
func (d *doer) Do(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	path := d.relPath(req)
	canResend := req.Body == nil || req.Body == http.NoBody || req.GetBody != nil
	if d.before != nil && path != verifyPath {
		if err := d.before(ctx); err != nil {
			return nil, err
		}
	}
	for attempt := 0; ; attempt++ {
		if err := d.limiter.wait(ctx, d.sleep); err != nil {
			return nil, err
		}
		resp, body, err := d.once(req, attempt)
		if cerr := ctx.Err(); cerr != nil {
			return nil, cerr
		}
		if err != nil {
			kind := ErrUnavailable
			if errors.Is(err, ErrTooLarge) {
				return nil, &transportError{req.Method, path, ErrTooLarge, err}
			}
			if isTimeout(err) {
				kind = ErrTimeout
			}
			if attempt < d.maxRetries && retryable(req) && canResend {
				if serr := d.sleep(ctx, backoff(attempt)); serr != nil {
					return nil, serr
				}
				continue
			}
			return nil, &transportError{req.Method, path, kind, err}
		}
		if resp.StatusCode < 300 {
			resp.Body = io.NopCloser(bytes.NewReader(body))
			resp.ContentLength = int64(len(body))
			return resp, nil
		}
		apiErr := d.apiError(req.Method, path, resp, body)
		retry := resp.StatusCode == http.StatusTooManyRequests ||
			resp.StatusCode >= 500 && retryable(req)
		if retry && attempt < d.maxRetries && canResend {
			wait := apiErr.RetryAfter
			if wait == 0 {
				wait = backoff(attempt)
			}
			if wait <= d.maxWait {
				if serr := d.sleep(ctx, wait); serr != nil {
					return nil, serr
				}
				continue
			}
		}
		return nil, apiErr
	}
}

// once sends one attempt under the per-attempt timeout and reads the body
// within it, up to the size cap.
func (d *doer) once(req *http.Request, attempt int) (*http.Response, []byte, error) {
	actx, cancel := context.WithTimeout(req.Context(), d.timeout)
	defer cancel()
	r := req.Clone(actx)
	if attempt > 0 && req.GetBody != nil {
		b, err := req.GetBody()
		if err != nil {
			return nil, nil, err
		}
		r.Body = b
	}
	if attempt > 0 {
		r.Header.Set("X-Stainless-Retry-Count", strconv.Itoa(attempt))
	}
	sctx, span := startAttempt(actx, req.Method, d.relPath(req), attempt)
	r = r.WithContext(sctx)
	began := time.Now()
	resp, err := d.hc.Do(r)
	observeAttempt(span, req.Method, d.relPath(req), resp, err, time.Since(began))
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	if resp.ContentLength > d.maxBody {
		return nil, nil, fmt.Errorf("%w: %d bytes announced, limit %d", ErrTooLarge, resp.ContentLength, d.maxBody)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, d.maxBody+1))
	if err != nil {
		return nil, nil, err
	}
	if int64(len(body)) > d.maxBody {
		return nil, nil, fmt.Errorf("%w: over the limit of %d bytes", ErrTooLarge, d.maxBody)
	}
	return resp, body, nil
}

func isTimeout(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// backoff is 0.5 s · 2^attempt, capped at 8 s, minus up to a quarter jitter.
func backoff(attempt int) time.Duration {
	d := 500 * time.Millisecond << attempt
	if d > 8*time.Second || d <= 0 {
		d = 8 * time.Second
	}
	return d - time.Duration(rand.Int64N(int64(d/4)+1))
}

// apiError builds the *APIError for a >= 400 response.
func (d *doer) apiError(method, path string, resp *http.Response, body []byte) *APIError {
	e := &APIError{Method: method, Path: path, StatusCode: resp.StatusCode}
	var env struct {
		Errors []Message `json:"errors"`
	}
	if json.Unmarshal(body, &env) == nil {
		e.Errors = env.Errors
	}
	if d.token != "" {
		for i := range e.Errors {
			e.Errors[i].Message = strings.ReplaceAll(e.Errors[i].Message, d.token, "[REDACTED]")
		}
	}
	e.RetryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
	e.Kind = kindFor(resp.StatusCode, e.Errors)
	return e
}

// parseRetryAfter reads Retry-After as seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		if s < 0 || s > 24*3600 {
			return 0
		}
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// bucket is a token bucket: up to burst requests at once, refilled at rate
// tokens per second.
type bucket struct {
	mu     sync.Mutex
	tokens float64
	burst  float64
	rate   float64
	last   time.Time
	now    func() time.Time
}

func newBucket(limit int, window time.Duration, burst int) *bucket {
	if burst > limit {
		burst = limit
	}
	// Refill so that any window holds at most limit requests: burst at
	// once plus (limit-burst) spread over the window.
	refill := float64(limit-burst) / window.Seconds()
	if refill <= 0 {
		refill = float64(limit) / window.Seconds()
	}
	b := &bucket{burst: float64(burst), tokens: float64(burst), rate: refill, now: time.Now}
	b.last = b.now()
	return b
}

// reserve takes a token and returns how long the caller must wait before
// using it (0 when one is available now).
func (b *bucket) reserve() time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	b.tokens += now.Sub(b.last).Seconds() * b.rate
	if b.tokens > b.burst {
		b.tokens = b.burst
	}
	b.last = now
	b.tokens--
	if b.tokens >= 0 {
		return 0
	}
	return time.Duration(-b.tokens / b.rate * float64(time.Second))
}

// cancelReservation gives a token back when the caller gave up waiting.
func (b *bucket) cancelReservation() {
	b.mu.Lock()
	b.tokens++
	b.mu.Unlock()
}

// A nil bucket does not limit.
func (b *bucket) wait(ctx context.Context, sleep func(context.Context, time.Duration) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if b == nil {
		return nil
	}
	d := b.reserve()
	if d == 0 {
		return nil
	}
	if err := sleep(ctx, d); err != nil {
		b.cancelReservation()
		return err
	}
	return nil
}

// lazyTransport is the default transport, built on the first request: a
// copy of http.DefaultTransport. Building one configures HTTP/2 and pages
// in that code, which a server that has not called Cloudflare yet (start-up,
// tools/list) does not need.
type lazyTransport struct {
	once sync.Once
	t    atomic.Pointer[http.Transport]
}

func (l *lazyTransport) transport() *http.Transport {
	l.once.Do(func() { l.t.Store(http.DefaultTransport.(*http.Transport).Clone()) })
	return l.t.Load()
}

// RoundTrip implements http.RoundTripper.
func (l *lazyTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return l.transport().RoundTrip(r)
}

// CloseIdleConnections closes the transport's idle connections once it has
// been built (http.Client.CloseIdleConnections calls it); before that there
// are none.
func (l *lazyTransport) CloseIdleConnections() {
	if t := l.t.Load(); t != nil {
		t.CloseIdleConnections()
	}
}
