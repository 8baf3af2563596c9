package cfclient

import (
	"context"
	"net/http"
	"net/url"
	"sync"
)

// verifyPath is the token verification endpoint, relative to the base URL.
const verifyPath = "user/tokens/verify"

// VerifyToken asks Cloudflare whether the token is valid and active.
func (c *Client) VerifyToken(ctx context.Context) (TokenStatus, error) {
	var t TokenStatus
	_, err := c.raw(ctx, http.MethodGet, verifyPath, url.Values{}, nil, &t)
	return t, err
}

// tokenGate remembers whether the token has been verified (VerifyFirst).
type tokenGate struct {
	sem chan struct{} // held by the one verification in flight

	mu   sync.Mutex
	ok   bool  // a verification found the token active
	last error // the last verification's failure, nil when none failed
}

// Verified verifies the token unless a verification has already found it
// active. Concurrent callers wait for one verification. The error is the
// failed verification's (matching its sentinel), or an *APIError matching
// ErrUnauthorized when Cloudflare says the token is not active. Without
// Config.VerifyFirst it verifies every time it is called.
func (c *Client) Verified(ctx context.Context) error {
	g := c.verify
	if g == nil {
		return c.verifyOnce(ctx)
	}
	if g.verified() {
		return nil
	}
	select {
	case g.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-g.sem }()
	if g.verified() { // another caller verified it while this one waited
		return nil
	}
	err := c.verifyOnce(ctx)
	g.mu.Lock()
	g.ok, g.last = err == nil, err
	g.mu.Unlock()
	return err
}

// TokenReady reports, without a request, how the last verification ended:
// nil when none has run yet or the token was found active.
func (c *Client) TokenReady() error {
	if c.verify == nil {
		return nil
	}
	c.verify.mu.Lock()
	defer c.verify.mu.Unlock()
	return c.verify.last
}

func (g *tokenGate) verified() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.ok
}

func (c *Client) verifyOnce(ctx context.Context) error {
	st, err := c.VerifyToken(ctx)
	if err != nil {
		return err
	}
	if !st.Active() {
		status := st.Status
		if status == "" {
			status = "of unknown status"
		}
		return &APIError{Method: http.MethodGet, Path: verifyPath, StatusCode: http.StatusOK, Kind: ErrUnauthorized,
			Errors: []Message{{Message: "the API token is " + c.scrub(status) + ", not active; create or re-enable a token"}}}
	}
	return nil
}
