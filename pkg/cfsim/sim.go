package cfsim

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// BasePath is the prefix every API route is served under, as on api.cloudflare.com.
const BasePath = "/client/v4"

// Options configures a simulator.
type Options struct {
	// Empty starts with an account that has no zones, records, rules, lists, tunnels,
	// audit logs or analytics. The account itself (SeedAccountID) always exists.
	Empty bool
	// Now is the simulator clock. Seeded timestamps (audit logs, analytics events)
	// are relative to Now() at New. Default time.Now.
	Now func() time.Time
	// Tokens, when non-empty, is the set of API tokens accepted in
	// "Authorization: Bearer …". When empty any non-empty token is accepted.
	// Tokens listed in RevokedTokens are refused either way.
	Tokens []string
	// Logf, when set, receives one line per request (method, path, status).
	// It never receives header values, query strings or bodies. It is called
	// from concurrent requests and must be safe for that.
	Logf func(format string, args ...any)
}

// Sim is a stateful, thread-safe Cloudflare API v4 simulator.
type Sim struct {
	opts Options
	now  func() time.Time

	mu      sync.Mutex
	st      *state
	idSeq   uint64
	faults  []*faultState
	handler http.Handler
}

// New returns a simulator seeded with the demo account (see the Seed* constants)
// unless opts.Empty is set.
func New(opts Options) *Sim {
	s := &Sim{opts: opts, now: opts.Now}
	if s.now == nil {
		s.now = time.Now
	}
	s.st = newState()
	seedManagedRulesets(s)
	if !opts.Empty {
		seed(s)
	}
	s.handler = s.buildHandler()
	return s
}

// Handler serves the API under /client/v4/.
func (s *Sim) Handler() http.Handler { return s.handler }

// Now returns the simulator clock's current time.
func (s *Sim) Now() time.Time { return s.now().UTC() }

// newID returns a deterministic 32 lower-hex identifier, unique within this simulator.
// Caller holds s.mu.
func (s *Sim) newID(kind string) string {
	s.idSeq++
	sum := sha256.Sum256([]byte(kind + "/" + strconv.FormatUint(s.idSeq, 10)))
	return hex.EncodeToString(sum[:16])
}

// HexID returns the identifier the seed derives from a name: 32 lower-hex characters.
func HexID(name string) string {
	sum := sha256.Sum256([]byte(name))
	return hex.EncodeToString(sum[:16])
}

// ---- envelope ----

// apiError is one entry of the v4 envelope's errors array.
type apiError struct {
	Code       int        `json:"code"`
	Message    string     `json:"message"`
	ErrorChain []apiError `json:"error_chain,omitempty"`
	Source     *errSource `json:"source,omitempty"`
}

type errSource struct {
	Pointer string `json:"pointer"`
}

type resultInfo struct {
	Page       int `json:"page"`
	PerPage    int `json:"per_page"`
	Count      int `json:"count"`
	TotalCount int `json:"total_count"`
	TotalPages int `json:"total_pages"`
}

// httpError is returned by handlers to produce an error envelope.
type httpError struct {
	status  int
	errs    []apiError
	pointer string // rulesets errors: JSON pointer to the offending field
}

func (e *httpError) Error() string {
	if len(e.errs) == 0 {
		return fmt.Sprintf("status %d", e.status)
	}
	return fmt.Sprintf("%d: %s", e.errs[0].Code, e.errs[0].Message)
}

func errf(status, code int, format string, args ...any) *httpError {
	return &httpError{status: status, errs: []apiError{{Code: code, Message: fmt.Sprintf(format, args...)}}}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"success":false,"errors":[{"code":10001,"message":"internal error"}],"messages":[],"result":null}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

func writeOK(w http.ResponseWriter, result any) {
	writeJSON(w, http.StatusOK, map[string]any{
		"success": true, "errors": []any{}, "messages": []any{}, "result": result,
	})
}

func writeList(w http.ResponseWriter, result any, info any) {
	writeJSON(w, http.StatusOK, map[string]any{
		"success": true, "errors": []any{}, "messages": []any{}, "result": result, "result_info": info,
	})
}

func writeErr(w http.ResponseWriter, err error) {
	he, ok := err.(*httpError)
	if !ok {
		he = errf(http.StatusInternalServerError, 10001, "%v", err)
	}
	if he.pointer != "" && len(he.errs) > 0 {
		he.errs[0].Source = &errSource{Pointer: he.pointer}
	}
	writeJSON(w, he.status, map[string]any{
		"success": false, "errors": he.errs, "messages": []any{}, "result": nil,
	})
}

// paginate applies page/per_page the way the v4 API does. A page past the last one
// answers an empty result (the SDK's pager stops on an empty page).
func paginate[T any](items []T, r *http.Request, defPer, maxPer int) ([]T, resultInfo, error) {
	q := r.URL.Query()
	page, per := 1, defPer
	if v := q.Get("page"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f < 1 {
			return nil, resultInfo{}, errf(400, 1004, "page must be a positive integer")
		}
		page = int(f)
	}
	if v := q.Get("per_page"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f < 1 {
			return nil, resultInfo{}, errf(400, 1004, "per_page must be a positive integer")
		}
		per = int(f)
		if per < 5 && maxPer >= 5 {
			per = 5
		}
		if per > maxPer {
			per = maxPer
		}
	}
	total := len(items)
	pages := (total + per - 1) / per
	start := (page - 1) * per
	out := []T{}
	if start < total {
		end := min(start+per, total)
		out = items[start:end]
	}
	return out, resultInfo{Page: page, PerPage: per, Count: len(out), TotalCount: total, TotalPages: pages}, nil
}

func decodeBody(r *http.Request, v any) error {
	b, err := io.ReadAll(io.LimitReader(r.Body, 16<<20))
	if err != nil {
		return errf(400, 6007, "Malformed JSON in request body: could not read it")
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return errf(400, 6007, "Malformed JSON in request body: it is empty")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return errf(400, 6007, "Malformed JSON in request body: %v", err)
	}
	return nil
}

// ---- routing ----

type handlerFunc func(w http.ResponseWriter, r *http.Request) error

func (s *Sim) buildHandler() http.Handler {
	mux := http.NewServeMux()
	route := func(pattern string, h handlerFunc) {
		method, p, _ := strings.Cut(pattern, " ")
		mux.HandleFunc(method+" "+BasePath+p, func(w http.ResponseWriter, r *http.Request) {
			if err := h(w, r); err != nil {
				writeErr(w, err)
			}
		})
	}
	s.routes(route)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: 200}
		s.serve(rec, r, mux)
		if s.opts.Logf != nil {
			s.opts.Logf("cfsim %s %s %d", r.Method, r.URL.Path, rec.status)
		}
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) { r.status = code; r.ResponseWriter.WriteHeader(code) }

func (r *statusRecorder) AbortBody() { abortResponse(r.ResponseWriter) }

// BodyAborter is implemented by in-process ResponseWriters (Transport's, and
// wrappers such as the contract checker's) that can end a response before
// its promised Content-Length without a connection to drop.
type BodyAborter interface {
	// AbortBody marks the body written so far as cut short; the reader then
	// gets io.ErrUnexpectedEOF after it.
	AbortBody()
}

// abortResponse ends a response before its promised Content-Length: in-process
// the body then ends with io.ErrUnexpectedEOF; on a real connection the server
// drops the connection.
func abortResponse(w http.ResponseWriter) {
	if a, ok := w.(BodyAborter); ok {
		a.AbortBody()
		return
	}
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	panic(http.ErrAbortHandler)
}

func (s *Sim) routes(route func(string, handlerFunc)) {
	route("GET /user/tokens/verify", s.tokenVerify)
	route("GET /accounts", s.accountsList)
	route("GET /accounts/{account_id}", s.accountGet)
	s.zoneRoutes(route)
	s.dnsRoutes(route)
	s.rulesetRoutes(route)
	s.listRoutes(route)
	s.tunnelRoutes(route)
	s.settingRoutes(route)
	s.auditRoutes(route)
	route("POST /graphql", s.graphql)
}

func (s *Sim) serve(w http.ResponseWriter, r *http.Request, mux *http.ServeMux) {
	if !strings.HasPrefix(r.URL.Path, BasePath+"/") {
		writeErr(w, errf(400, 7000, "No route for that URI"))
		return
	}
	rel := strings.TrimPrefix(r.URL.Path, BasePath)
	f := s.takeFault(r.Method, rel)
	if f != nil {
		switch f.Kind {
		case FaultRateLimit:
			secs := f.RetryAfter
			if secs <= 0 {
				secs = 1
			}
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			writeErr(w, errf(429, 971, "Please wait and consider throttling your request speed"))
			return
		case FaultServerError:
			st := f.Status
			if st < 500 || st > 599 {
				st = 503
			}
			writeErr(w, errf(st, 10001, "Internal server error (injected %d)", st))
			return
		case FaultDelay:
			t := time.NewTimer(f.Delay)
			select {
			case <-t.C:
			case <-r.Context().Done():
				t.Stop()
				return
			}
		case FaultTruncate:
			tw := &truncatingWriter{header: http.Header{}, status: 200}
			s.dispatch(tw, r, mux)
			keep := f.Bytes
			if keep <= 0 || keep >= tw.buf.Len() {
				keep = tw.buf.Len() / 2
			}
			for k, v := range tw.header {
				w.Header()[k] = v
			}
			w.Header().Set("Content-Length", strconv.Itoa(tw.buf.Len()))
			w.Header().Set(truncatedHeader, strconv.Itoa(keep))
			w.WriteHeader(tw.status)
			_, _ = w.Write(tw.buf.Bytes()[:keep])
			abortResponse(w)
			return
		case FaultPartialBatch:
			r = r.WithContext(context.WithValue(r.Context(), partialBatchKey{}, f.Ops))
		}
	}
	s.dispatch(w, r, mux)
}

const truncatedHeader = "X-Cfsim-Truncated-At"

type partialBatchKey struct{}

func (s *Sim) dispatch(w http.ResponseWriter, r *http.Request, mux *http.ServeMux) {
	_, pattern := mux.Handler(r)
	if pattern == "" {
		writeErr(w, routeError(r, mux))
		return
	}
	if err := s.authenticate(r); err != nil {
		writeErr(w, err)
		return
	}
	mux.ServeHTTP(w, r)
}

// routeError distinguishes the two "no route" answers of the v4 API: 7003 when
// the path has the shape of a known route but an identifier in it is not a valid
// one, 7000 otherwise.
func routeError(r *http.Request, mux *http.ServeMux) error {
	rel := strings.TrimPrefix(r.URL.Path, BasePath)
	for _, m := range []string{"GET", "POST", "PUT", "PATCH", "DELETE"} {
		if m == r.Method {
			continue
		}
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, p := mux.Handler(probe); p != "" {
			return errf(405, 7001, "Method %s not available for that URI.", r.Method)
		}
	}
	segs := strings.Split(strings.Trim(rel, "/"), "/")
	if len(segs) >= 2 && (segs[0] == "zones" || segs[0] == "accounts") && !isHexID(segs[1]) {
		return errf(400, 7003, "Could not route to %s, perhaps your object identifier is invalid?", rel)
	}
	return errf(400, 7000, "No route for that URI")
}

func isHexID(s string) bool {
	if len(s) != 32 {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// ---- auth ----

// RevokedToken is a token the simulator always refuses, for tests of the
// authentication error path.
const RevokedToken = "cfsim-revoked-token"

func (s *Sim) authenticate(r *http.Request) error {
	authz := r.Header.Get("Authorization")
	if authz == "" {
		if r.Header.Get("X-Auth-Key") != "" && r.Header.Get("X-Auth-Email") != "" {
			return nil
		}
		return errf(401, 10000, "Authentication error")
	}
	tok, ok := strings.CutPrefix(authz, "Bearer ")
	tok = strings.TrimSpace(tok)
	if !ok || tok == "" || tok == RevokedToken {
		return errf(401, 10000, "Authentication error")
	}
	if len(s.opts.Tokens) > 0 {
		for _, t := range s.opts.Tokens {
			if t == tok {
				return nil
			}
		}
		return errf(401, 10000, "Authentication error")
	}
	return nil
}

func (s *Sim) tokenVerify(w http.ResponseWriter, r *http.Request) error {
	tok := strings.TrimSpace(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
	if tok == "" {
		return errf(400, 6003, "Invalid request headers: verify needs a bearer token")
	}
	writeJSON(w, 200, map[string]any{
		"success": true, "errors": []any{},
		"messages": []any{map[string]any{"code": 10000, "message": "This API Token is valid and active", "type": nil}},
		"result": map[string]any{
			"id":     HexID("token/" + tok),
			"status": "active",
		},
	})
	return nil
}

func (s *Sim) accountObj() map[string]any {
	return map[string]any{
		"id": SeedAccountID, "name": SeedAccountName, "type": "standard",
		"settings":   map[string]any{"enforce_twofactor": false, "use_account_custom_ns_by_default": false, "abuse_contact_email": nil},
		"created_on": seedEpoch().Format(time.RFC3339),
	}
}

func (s *Sim) accountsList(w http.ResponseWriter, r *http.Request) error {
	items, info, err := paginate([]any{s.accountObj()}, r, 20, 50)
	if err != nil {
		return err
	}
	writeList(w, items, info)
	return nil
}

func (s *Sim) accountGet(w http.ResponseWriter, r *http.Request) error {
	if err := checkAccount(r); err != nil {
		return err
	}
	writeOK(w, s.accountObj())
	return nil
}

func checkAccount(r *http.Request) error {
	id := r.PathValue("account_id")
	if !isHexID(id) {
		return errf(400, 7003, "Could not route to %s, perhaps your object identifier is invalid?", strings.TrimPrefix(r.URL.Path, BasePath))
	}
	if id != SeedAccountID {
		return errf(403, 9109, "Unauthorized to access requested resource")
	}
	return nil
}

// ---- in-process transport ----

// Transport returns an http.RoundTripper that serves every request through
// Handler in-process, with no socket. Any scheme and host are accepted; the
// path must start with /client/v4/.
func (s *Sim) Transport() http.RoundTripper { return transport{s.handler} }

// HandlerTransport serves every request through h in-process, the way
// Transport does for a simulator; use it to put a wrapper such as
// contract.Wrap between a client and the simulator without a socket.
func HandlerTransport(h http.Handler) http.RoundTripper { return transport{h} }

type transport struct{ h http.Handler }

func (t transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if err := req.Context().Err(); err != nil {
		return nil, err
	}
	r := req.Clone(req.Context())
	if req.Body != nil {
		b, err := io.ReadAll(req.Body)
		_ = req.Body.Close()
		if err != nil {
			return nil, err
		}
		r.Body = io.NopCloser(bytes.NewReader(b))
		r.ContentLength = int64(len(b))
	} else {
		r.Body = http.NoBody
	}
	if r.RequestURI == "" {
		r.RequestURI = r.URL.RequestURI()
	}
	rw := &memWriter{header: http.Header{}, status: 0}
	func() {
		defer func() {
			if p := recover(); p != nil && p != http.ErrAbortHandler {
				panic(p)
			}
		}()
		t.h.ServeHTTP(rw, r)
	}()
	if err := req.Context().Err(); err != nil {
		return nil, err
	}
	if rw.status == 0 {
		rw.status = 200
	}
	var body io.Reader = bytes.NewReader(rw.buf.Bytes())
	if rw.truncated {
		body = io.MultiReader(body, errReader{io.ErrUnexpectedEOF})
	}
	cl := int64(rw.buf.Len())
	if v := rw.header.Get("Content-Length"); v != "" {
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			cl = n
		}
	}
	return &http.Response{
		Status:        fmt.Sprintf("%d %s", rw.status, http.StatusText(rw.status)),
		StatusCode:    rw.status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        rw.header,
		Body:          io.NopCloser(body),
		ContentLength: cl,
		Request:       req,
	}, nil
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

type memWriter struct {
	header    http.Header
	status    int
	buf       bytes.Buffer
	truncated bool
}

func (m *memWriter) Header() http.Header { return m.header }
func (m *memWriter) WriteHeader(code int) {
	if m.status == 0 {
		m.status = code
	}
}
func (m *memWriter) Write(b []byte) (int, error) {
	if m.status == 0 {
		m.status = 200
	}
	return m.buf.Write(b)
}
func (m *memWriter) AbortBody() { m.truncated = true }

// truncatingWriter buffers a full response so a truncate fault can cut it.
type truncatingWriter struct {
	header http.Header
	status int
	buf    bytes.Buffer
	wrote  bool
}

func (t *truncatingWriter) Header() http.Header { return t.header }
func (t *truncatingWriter) WriteHeader(code int) {
	if !t.wrote {
		t.status, t.wrote = code, true
	}
}
func (t *truncatingWriter) Write(b []byte) (int, error) { t.wrote = true; return t.buf.Write(b) }
