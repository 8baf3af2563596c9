package clicore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// TokenFileEnv names a file holding the Cloudflare API token (a container
// secret); CLOUDFLARE_API_TOKEN wins when both are set.
const TokenFileEnv = "CLOUDFLARE_API_TOKEN_FILE"

// MinAuthTokenLen is the shortest bearer token --auth-token-file accepts.
const MinAuthTokenLen = 16

// CloudflareToken returns the Cloudflare API token from CLOUDFLARE_API_TOKEN
// or the file CLOUDFLARE_API_TOKEN_FILE names ("" when neither is set).
func CloudflareToken() (string, error) {
	if tok := os.Getenv(TokenEnv); tok != "" {
		return tok, nil
	}
	path := os.Getenv(TokenFileEnv)
	if path == "" {
		return "", nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("%s=%s cannot be read: %v", TokenFileEnv, path, errors.Unwrap(err))
	}
	tok := strings.TrimSpace(string(b))
	if tok == "" || strings.ContainsAny(tok, " \t\r\n") {
		return "", fmt.Errorf("%s=%s must hold the Cloudflare API token alone on one line", TokenFileEnv, path)
	}
	return tok, nil
}

// readAuthToken reads --auth-token-file: one line, at least MinAuthTokenLen
// characters, no inner whitespace (surrounding whitespace and the final
// newline are ignored).
func readAuthToken(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", Usagef("--auth-token-file: cannot read %s (%v); it must hold one line of at least %d characters, e.g. made with `openssl rand -hex 32`", path, errors.Unwrap(err), MinAuthTokenLen)
	}
	tok := strings.TrimSpace(string(b))
	if len(tok) < MinAuthTokenLen {
		return "", Usagef("--auth-token-file %s: the token is %d characters; it must be one line of at least %d characters, e.g. made with `openssl rand -hex 32`", path, len(tok), MinAuthTokenLen)
	}
	if strings.ContainsAny(tok, " \t\r\n") {
		return "", Usagef("--auth-token-file %s: the token must be one line without spaces (at least %d characters)", path, MinAuthTokenLen)
	}
	return tok, nil
}

// stateReady reports whether the state folder can be written: it is made if
// missing and a probe file is written and removed. /healthz answers 503 with
// this error, so a pod whose volume is not writable never becomes ready.
func stateReady(dir string) func() error {
	return func() error {
		if dir == "" {
			return errors.New("no state folder is configured (state_dir)")
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("the state folder %s cannot be created: %v", dir, errors.Unwrap(err))
		}
		f, err := os.CreateTemp(dir, ".healthz-*")
		if err != nil {
			return fmt.Errorf("the state folder %s cannot be written: %v (for a volume, set the pod's fsGroup or chown it to the server's user)", dir, errors.Unwrap(err))
		}
		name := f.Name()
		_, werr := f.WriteString("ok\n")
		cerr := f.Close()
		rerr := os.Remove(name)
		if err := errors.Join(werr, cerr, rerr); err != nil {
			return fmt.Errorf("the state folder %s cannot be written: %v", filepath.Clean(dir), err)
		}
		return nil
	}
}

// opsHandler serves /metrics, /healthz and /livez for --metrics-addr.
func opsHandler(ready func() error, extra map[string]http.Handler) http.Handler {
	mux := http.NewServeMux()
	mcpkit.HealthHandlers(mux, ready)
	for p, h := range extra {
		mux.Handle(p, h)
	}
	return mux
}

// serveOps listens on addr (--metrics-addr) until ctx ends. It carries no
// tool and no secret, so it needs no bearer token on any address.
func serveOps(ctx context.Context, addr string, h http.Handler, log zerolog.Logger) (func(), error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, Usagef("--metrics-addr %s: %v", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, MaxHeaderBytes: 64 << 10}
	log.Info().Str("addr", "http://"+ln.Addr().String()+"/metrics").Msg("serving metrics and health")
	go func() { _ = srv.Serve(ln) }()
	stop := func() {
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}
	go func() { <-ctx.Done(); stop() }()
	return stop, nil
}

// metricsHandlers is /metrics (Prometheus text format) when the binary
// links pkg/telemetry.
func metricsHandlers() map[string]http.Handler {
	if Hooks.Metrics == nil {
		return nil
	}
	return map[string]http.Handler{"/metrics": Hooks.Metrics()}
}

// startTracing turns on OTLP traces when --otlp-endpoint or the standard
// OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT variable asks for them; otherwise the
// tracer stays the no-op one. The returned function flushes the exporter.
func (e *Env) startTracing(ctx context.Context, d *Deps) (func(), error) {
	if Hooks.Tracing == nil {
		if e.Flags.OTLPEndpoint != "" {
			return nil, Usagef("--otlp-endpoint: %s is built without tracing", e.server.Name)
		}
		return nil, nil
	}
	if e.Flags.OTLPEndpoint == "" && (Hooks.TracingEnabled == nil || !Hooks.TracingEnabled()) {
		return nil, nil
	}
	shutdown, err := Hooks.Tracing(ctx, e.server.Name, Version, e.Flags.OTLPEndpoint)
	if err != nil {
		return nil, Usagef("%v", err)
	}
	d.Logger.Info().Msg("sending OpenTelemetry traces over OTLP/HTTP")
	return func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = shutdown(sctx)
	}, nil
}
