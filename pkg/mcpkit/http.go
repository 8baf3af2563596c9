package mcpkit

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"
)

// MaxRequestBytes caps an HTTP request body; larger bodies get 413.
const MaxRequestBytes = 4 << 20

// HTTPOptions configures the streamable HTTP transport.
type HTTPOptions struct {
	// Addr is host:port. A non-loopback host needs AuthToken.
	Addr string
	// AuthToken, when set, is required as "Authorization: Bearer <token>".
	AuthToken string
	Logger    zerolog.Logger
	// MaxBodyBytes caps request bodies (default MaxRequestBytes).
	MaxBodyBytes int64
	// Ready, when set, is asked by /healthz: an error answers 503 with the
	// reason (e.g. the state folder cannot be written).
	Ready func() error
	// Extra handlers mounted beside /mcp (e.g. "/metrics"); they sit behind
	// the bearer token like /mcp.
	Extra map[string]http.Handler
}

// ErrNeedsAuth is returned when a non-loopback address is asked for without
// a bearer token.
var ErrNeedsAuth = errors.New("a non-loopback --addr needs --auth-token-file (bearer token)")

// IsLoopbackAddr reports whether host:port names a loopback interface.
func IsLoopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// HTTPHandler returns the handler for stateless streamable HTTP at /mcp,
// readiness at /healthz and liveness at /livez. DNS-rebinding protection
// stays on.
func HTTPHandler(s *server.MCPServer, o HTTPOptions) http.Handler {
	maxBody := o.MaxBodyBytes
	if maxBody <= 0 {
		maxBody = MaxRequestBytes
	}
	mcpHTTP := server.NewStreamableHTTPServer(s,
		server.WithEndpointPath("/mcp"),
		server.WithStateLess(true),
		server.WithStreamableHTTPLogger(slog.New(zerolog.NewSlogHandler(o.Logger))),
	)
	mux := http.NewServeMux()
	HealthHandlers(mux, o.Ready)
	for p, h := range o.Extra {
		mux.Handle(p, h)
	}
	mux.Handle("/mcp", limitBody(maxBody, mcpHTTP))
	var h http.Handler = mux
	if o.AuthToken != "" {
		h = requireBearer(o.AuthToken, h)
	}
	return h
}

// HealthHandlers mounts /healthz (ready: 200 {"status":"ok"}, or 503
// {"status":"not ready","reason":…} when ready returns an error) and /livez
// (the process answers: always 200).
func HealthHandlers(mux *http.ServeMux, ready func() error) {
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if ready != nil {
			if err := ready(); err != nil {
				w.WriteHeader(http.StatusServiceUnavailable)
				b, _ := json.Marshal(map[string]string{"status": "not ready", "reason": err.Error()})
				_, _ = w.Write(b)
				return
			}
		}
		_, _ = io.WriteString(w, `{"status":"ok"}`)
	})
	mux.HandleFunc("/livez", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"status":"ok"}`)
	})
}

func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > max {
			http.Error(w, fmt.Sprintf("request body is %d bytes; the limit is %d", r.ContentLength, max), http.StatusRequestEntityTooLarge)
			return
		}
		if r.Body != nil && r.Method == http.MethodPost {
			b, err := io.ReadAll(io.LimitReader(r.Body, max+1))
			if err != nil {
				http.Error(w, "could not read request body", http.StatusBadRequest)
				return
			}
			if int64(len(b)) > max {
				http.Error(w, fmt.Sprintf("request body is over the limit of %d bytes", max), http.StatusRequestEntityTooLarge)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(b))
		}
		next.ServeHTTP(w, r)
	})
}

func requireBearer(token string, next http.Handler) http.Handler {
	want := []byte("Bearer " + token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" || r.URL.Path == "/livez" {
			next.ServeHTTP(w, r)
			return
		}
		got := []byte(r.Header.Get("Authorization"))
		if subtle.ConstantTimeCompare(got, want) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="cfplane"`)
			http.Error(w, "missing or wrong bearer token", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// ServeHTTP listens on o.Addr and serves until ctx ends. ready, when not nil,
// receives the bound address once listening.
func ServeHTTP(ctx context.Context, s *server.MCPServer, o HTTPOptions, ready func(addr string)) error {
	if !IsLoopbackAddr(o.Addr) && o.AuthToken == "" {
		return ErrNeedsAuth
	}
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", o.Addr, err)
	}
	srv := &http.Server{
		Handler:           HTTPHandler(s, o),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		return nil
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	}
}
