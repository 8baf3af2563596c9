// Package cfclient is cfplane's only door to the Cloudflare API and the only
// package that imports cloudflare-go.
//
// It builds only the cloudflare-go service packages it uses (never the root
// package, which reads CLOUDFLARE_* environment variables and compiles every
// service), sends every request through one hardened HTTP layer (client-side
// rate limit, timeout per attempt, bounded retries honouring Retry-After,
// response size cap), pages with its own loops (item cap, ctx checked every
// page), maps failures to sentinel errors and exposes its own JSON-tagged
// domain types. Configuration is explicit: nothing is read from the
// environment.
package cfclient

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cloudflare/cloudflare-go/v4/audit_logs"
	"github.com/cloudflare/cloudflare-go/v4/dns"
	"github.com/cloudflare/cloudflare-go/v4/option"
	"github.com/cloudflare/cloudflare-go/v4/rules"
	"github.com/cloudflare/cloudflare-go/v4/rulesets"
	"github.com/cloudflare/cloudflare-go/v4/zones"
)

// DefaultBaseURL is the Cloudflare API. It is the only base URL allowed
// outside sandbox mode.
const DefaultBaseURL = "https://api.cloudflare.com/client/v4/"

// Defaults for Config fields left zero.
const (
	DefaultTimeout       = 30 * time.Second
	DefaultMaxRetries    = 3
	MaxRetriesLimit      = 10
	DefaultMaxRetryWait  = 60 * time.Second
	DefaultMaxBodyBytes  = 16 << 20
	DefaultMaxItems      = 10000
	DefaultRequestsPer5m = 1200 // Cloudflare's per-user limit
	DefaultRateBurst     = 100
	rateWindow           = 5 * time.Minute
	defaultPerPage       = 100
)

// Config configures a Client. Every field is explicit; a Client never reads
// environment variables.
type Config struct {
	// Token is the Cloudflare API token, sent as "Authorization: Bearer".
	// It is never logged or put into an error. Required outside sandbox mode.
	Token string
	// BaseURL is empty for the Cloudflare API. Any other base is allowed only
	// with Sandbox set and a loopback host (127.0.0.0/8, ::1, localhost).
	BaseURL string
	// Sandbox allows a loopback BaseURL (the cfsim simulator).
	Sandbox bool
	// SandboxAllowRemote, with Sandbox, allows a sandbox BaseURL beyond
	// loopback (a cfsim container on a private network).
	SandboxAllowRemote bool
	// HTTPClient, when set, carries the requests (e.g. an in-process
	// simulator transport). Its Timeout is ignored in favour of Timeout.
	HTTPClient *http.Client
	// AccountID for account-scoped calls. When empty it is discovered from
	// the zones the token sees.
	AccountID string
	// Timeout is the limit per attempt (default 30 s).
	Timeout time.Duration
	// MaxRetries for 429, 5xx and timeouts (default 3, at most 10; a
	// negative value disables retries).
	MaxRetries int
	// MaxRetryWait is the longest Retry-After the client waits for (default
	// 60 s); a longer one fails the call with ErrRateLimited at once.
	MaxRetryWait time.Duration
	// MaxBodyBytes caps a response body (default 16 MiB). A larger response
	// fails with ErrTooLarge; nothing is half-parsed.
	MaxBodyBytes int64
	// MaxItems caps what one auto-paging call collects (default 10,000).
	MaxItems int
	// RequestsPer5m is the client-side rate limit: at most this many
	// requests in any 5 minutes (default 1,200, Cloudflare's per-user
	// limit), of which up to RateBurst (default 100) may go at once.
	RequestsPer5m int
	RateBurst     int
	// UserAgent is sent as User-Agent when set.
	UserAgent string
	// ZoneCacheTTL is how long a zone looked up by name (ListZones with a
	// Name filter) is remembered: 0 means DefaultZoneCacheTTL, a negative
	// value turns the cache off. A 404 on a zone drops its entries.
	ZoneCacheTTL time.Duration
	// VerifyFirst holds back every request until the token has been
	// verified (/user/tokens/verify) and found active: the first request
	// verifies it, and until a verification succeeds each request tries
	// again. A token that is not active fails every call with
	// ErrUnauthorized and sends nothing else. Start-up then needs no
	// round trip to Cloudflare.
	VerifyFirst bool
}

// Client talks to the Cloudflare API. It is safe for concurrent use.
type Client struct {
	base     string
	token    string
	sandbox  bool
	maxItems int
	do       *doer
	opts     []option.RequestOption
	ua       string

	records   *dns.RecordService
	zones     *zones.ZoneService
	settings  *zones.SettingService
	rulesets  *rulesets.RulesetService
	phases    *rulesets.PhaseService
	rules     *rulesets.RuleService
	lists     *rules.ListService
	items     *rules.ListItemService
	bulkOps   *rules.ListBulkOperationService
	auditLogs *audit_logs.AuditLogService

	acctMu    sync.Mutex
	accountID string

	zoneCache *zoneCache

	verify *tokenGate // nil unless Config.VerifyFirst
}

// New validates cfg and returns a Client. It makes no request.
func New(cfg Config) (*Client, error) {
	base, err := checkBaseURL(cfg.BaseURL, cfg.Sandbox, cfg.SandboxAllowRemote)
	if err != nil {
		return nil, err
	}
	if cfg.Token == "" && !cfg.Sandbox {
		return nil, fmt.Errorf("%w: an API token is required", ErrConfig)
	}
	if strings.ContainsAny(cfg.Token, "\r\n \t") {
		return nil, fmt.Errorf("%w: the API token contains whitespace or line breaks", ErrConfig)
	}
	if cfg.AccountID != "" && !isHexID(cfg.AccountID) {
		return nil, fmt.Errorf("%w: account id must be 32 lower-case hex characters", ErrConfig)
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{Transport: &lazyTransport{}}
	} else {
		c := *hc
		c.Timeout = 0 // the per-attempt timeout applies
		hc = &c
	}
	// Never follow redirects: the Authorization header must not travel
	// to another host, and the API does not redirect.
	hc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

	c := &Client{base: base, token: cfg.Token, sandbox: cfg.Sandbox, accountID: cfg.AccountID, ua: cfg.UserAgent}
	c.maxItems = orInt(cfg.MaxItems, DefaultMaxItems)
	retries := cfg.MaxRetries
	switch {
	case retries == 0:
		retries = DefaultMaxRetries
	case retries < 0:
		retries = 0
	case retries > MaxRetriesLimit:
		retries = MaxRetriesLimit
	}
	c.zoneCache = newZoneCache(cfg.ZoneCacheTTL)
	limit := orInt(cfg.RequestsPer5m, DefaultRequestsPer5m)
	var limiter *bucket
	// The client-side rate limit protects the account's share of
	// Cloudflare's limit. A simulator reached through an injected
	// transport (the embedded sandbox) has no such limit to protect, and
	// emulates Cloudflare's 429 answers itself.
	if !(cfg.Sandbox && cfg.HTTPClient != nil) {
		limiter = newBucket(limit, rateWindow, orInt(cfg.RateBurst, DefaultRateBurst))
	}
	c.do = &doer{
		hc:         hc,
		base:       base,
		limiter:    limiter,
		timeout:    orDur(cfg.Timeout, DefaultTimeout),
		maxRetries: retries,
		maxWait:    orDur(cfg.MaxRetryWait, DefaultMaxRetryWait),
		maxBody:    cfg.MaxBodyBytes,
		sleep:      sleepCtx,
		token:      cfg.Token,
	}
	if cfg.VerifyFirst {
		c.verify = &tokenGate{sem: make(chan struct{}, 1)}
		c.do.before = c.Verified
	}
	if c.do.maxBody <= 0 {
		c.do.maxBody = DefaultMaxBodyBytes
	}
	c.opts = []option.RequestOption{
		option.WithBaseURL(base),
		option.WithHTTPClient(c.do),
		option.WithMaxRetries(0), // the doer retries
	}
	if cfg.Token != "" {
		c.opts = append(c.opts, option.WithAPIToken(cfg.Token))
	}
	if cfg.UserAgent != "" {
		c.opts = append(c.opts, option.WithHeader("User-Agent", cfg.UserAgent))
	}
	// The services keep this slice and append each call's options to it:
	// with spare capacity, concurrent calls would write into the same
	// backing array. Clipped, every append copies.
	c.opts = slices.Clip(c.opts)
	c.records = dns.NewRecordService(c.opts...)
	c.zones = zones.NewZoneService(c.opts...)
	c.settings = zones.NewSettingService(c.opts...)
	c.rulesets = rulesets.NewRulesetService(c.opts...)
	c.phases = rulesets.NewPhaseService(c.opts...)
	c.rules = rulesets.NewRuleService(c.opts...)
	c.lists = rules.NewListService(c.opts...)
	c.items = rules.NewListItemService(c.opts...)
	c.bulkOps = rules.NewListBulkOperationService(c.opts...)
	c.auditLogs = audit_logs.NewAuditLogService(c.opts...)
	return c, nil
}

func orInt(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

func orDur(v, def time.Duration) time.Duration {
	if v <= 0 {
		return def
	}
	return v
}

// BaseURL returns the base URL requests go to.
func (c *Client) BaseURL() string { return c.base }

// checkBaseURL applies the base URL rules and returns the base with a
// trailing slash.
func checkBaseURL(raw string, sandbox, remote bool) (string, error) {
	if raw == "" {
		if sandbox {
			return "", fmt.Errorf("%w: sandbox mode needs a loopback base URL such as http://127.0.0.1:8787/client/v4/", ErrConfig)
		}
		return DefaultBaseURL, nil
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", fmt.Errorf("%w: base URL %q is not an http(s) URL", ErrConfig, raw)
	}
	if u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("%w: base URL must not carry credentials, a query or a fragment", ErrConfig)
	}
	norm := u.Scheme + "://" + u.Host + strings.TrimSuffix(u.Path, "/") + "/"
	if norm == DefaultBaseURL {
		return DefaultBaseURL, nil
	}
	if !sandbox {
		return "", fmt.Errorf("%w: base URL %q is not allowed; only %s is, or a loopback URL in sandbox mode", ErrConfig, raw, DefaultBaseURL)
	}
	if !remote && !isLoopbackHost(u.Hostname()) {
		return "", fmt.Errorf("%w: sandbox base URL %q is not on loopback; accepted hosts: 127.0.0.0/8, ::1, localhost", ErrConfig, raw)
	}
	return norm, nil
}

func isLoopbackHost(h string) bool {
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

func isHexID(s string) bool {
	if len(s) != 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// idErr rejects an ID argument that is not a Cloudflare ID before any
// request is made (so it cannot alter the request path).
func idErr(what, id string) error {
	if isHexID(id) {
		return nil
	}
	return fmt.Errorf("%w: %s must be 32 lower-case hex characters", ErrValidation, what)
}

// envelope is the Cloudflare v4 response envelope.
type envelope struct {
	Success    bool            `json:"success"`
	Errors     []Message       `json:"errors"`
	Messages   []Message       `json:"messages"`
	Result     json.RawMessage `json:"result"`
	ResultInfo *resultInfo     `json:"result_info"`
}

type resultInfo struct {
	Page       int    `json:"page"`
	PerPage    int    `json:"per_page"`
	Count      int    `json:"count"`
	TotalCount int    `json:"total_count"`
	TotalPages int    `json:"total_pages"`
	Cursor     string `json:"cursor"`
	Cursors    struct {
		After string `json:"after"`
	} `json:"cursors"`
}

func (r *resultInfo) next() string {
	if r == nil {
		return ""
	}
	if r.Cursors.After != "" {
		return r.Cursors.After
	}
	return r.Cursor
}

// sdk runs one cloudflare-go service call whose response is captured raw in
// env, then checks the envelope and decodes its result into out (when out
// is not nil).
func (c *Client) sdk(method, path string, env *envelope, out any, call func(opts ...option.RequestOption) error) error {
	if err := call(option.WithResponseBodyInto(env)); err != nil {
		err = c.mapErr(method, path, err)
		c.noteErr(path, err)
		return err
	}
	return c.decode(method, path, env, out)
}

// sdkBody is sdk with a JSON request body of our own types.
func (c *Client) sdkBody(method, path string, body any, env *envelope, out any, call func(opts ...option.RequestOption) error) error {
	b, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("cloudflare: encoding %s %s: %w", method, path, err)
	}
	return c.sdk(method, path, env, out, func(opts ...option.RequestOption) error {
		return call(append(opts, option.WithRequestBody("application/json", b))...)
	})
}

func (c *Client) decode(method, path string, env *envelope, out any) error {
	if !env.Success && len(env.Errors) > 0 {
		for i := range env.Errors {
			env.Errors[i].Message = c.scrub(env.Errors[i].Message)
		}
		return &APIError{Method: method, Path: path, StatusCode: http.StatusOK, Errors: env.Errors, Kind: kindFor(http.StatusOK, env.Errors)}
	}
	if out == nil || len(env.Result) == 0 || string(env.Result) == "null" {
		return nil
	}
	if err := json.Unmarshal(env.Result, out); err != nil {
		return fmt.Errorf("cloudflare: %s %s: %w: unexpected result shape: %v", method, path, ErrAPI, err)
	}
	return nil
}

// mapErr turns any error from a call into one matching a sentinel.
func (c *Client) mapErr(method, path string, err error) error {
	var apiErr *APIError
	var tErr *transportError
	switch {
	case errors.As(err, &apiErr), errors.As(err, &tErr):
		return err
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	}
	var sdkErr *dns.Error // the SDK's *cloudflare.Error; normally never reached
	if errors.As(err, &sdkErr) {
		e := &APIError{Method: method, Path: path, StatusCode: sdkErr.StatusCode}
		for _, d := range sdkErr.Errors {
			e.Errors = append(e.Errors, Message{Code: int(d.Code), Message: d.Message})
		}
		e.Kind = kindFor(e.StatusCode, e.Errors)
		return e
	}
	return fmt.Errorf("cloudflare: %s %s: %w: %s", method, path, ErrAPI, c.scrub(err.Error()))
}

// scrub removes the token from text that might echo it.
func (c *Client) scrub(s string) string {
	if c.token == "" {
		return s
	}
	return strings.ReplaceAll(s, c.token, "[REDACTED]")
}

// raw sends a request the service packages do not cover (or cover only at a
// large compile cost) through the same hardened layer and decodes the v4
// envelope. body is JSON-encoded unless it is a rawBody.
func (c *Client) raw(ctx context.Context, method, path string, query url.Values, body any, out any) (*envelope, error) {
	u := c.base + path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	var rd io.Reader
	ctype := ""
	switch b := body.(type) {
	case nil:
	case rawBody:
		rd, ctype = bytes.NewReader(b.data), b.contentType
	default:
		data, err := json.Marshal(body)
		if err != nil {
			return nil, fmt.Errorf("cloudflare: encoding %s %s: %w", method, path, err)
		}
		rd, ctype = bytes.NewReader(data), "application/json"
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return nil, fmt.Errorf("cloudflare: %s %s: %w: %v", method, path, ErrConfig, err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Accept", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	if c.ua != "" {
		req.Header.Set("User-Agent", c.ua)
	}
	resp, err := c.do.Do(req)
	if err != nil {
		err = c.mapErr(method, path, err)
		c.noteErr(path, err)
		return nil, err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body) // already in memory
	env := &envelope{}
	if err := json.Unmarshal(data, env); err != nil {
		return nil, fmt.Errorf("cloudflare: %s %s: %w: response is not a JSON envelope", method, path, ErrAPI)
	}
	if err := c.decode(method, path, env, out); err != nil {
		return nil, err
	}
	return env, nil
}

type rawBody struct {
	contentType string
	data        []byte
}

// pageCap resolves a caller's cap against the client's MaxItems.
func (c *Client) pageCap(max int) int {
	if max <= 0 || max > c.maxItems {
		return c.maxItems
	}
	return max
}

// AccountID returns the configured account id or discovers it from the
// zones the token sees. It fails when the zones belong to several accounts.
func (c *Client) AccountID(ctx context.Context) (string, error) {
	c.acctMu.Lock()
	defer c.acctMu.Unlock()
	if c.accountID != "" {
		return c.accountID, nil
	}
	zs, err := c.ListZones(ctx, ZoneFilter{}, 0)
	if err != nil {
		return "", fmt.Errorf("discovering the account id: %w", err)
	}
	id := ""
	for _, z := range zs.Items {
		switch {
		case z.Account.ID == "":
		case id == "":
			id = z.Account.ID
		case id != z.Account.ID:
			return "", fmt.Errorf("%w: the token sees zones of several accounts; set the account id explicitly", ErrConfig)
		}
	}
	if id == "" {
		return "", fmt.Errorf("%w: no zone visible to discover the account id from; set it explicitly", ErrConfig)
	}
	c.accountID = id
	return id, nil
}
