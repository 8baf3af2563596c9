package clicore

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/redact"
	"github.com/cfplane/cfplane/pkg/untrusted"
)

// TokenEnv is the only place the Cloudflare API token is read from.
const TokenEnv = "CLOUDFLARE_API_TOKEN"

// SandboxEmbedded is the --sandbox value meaning "start a simulator in this
// process".
const SandboxEmbedded = "embedded"

// Flags are the serve flags (shared by the root command and serve).
type Flags struct {
	Transport     string
	Addr          string
	ReadOnly      bool
	Write         bool
	Sandbox       string
	ConfigPath    string
	LogLevel      string
	LogFormat     string
	AuthTokenFile string
	// SandboxAllowRemote lets --sandbox=URL name a host beyond loopback
	// (a cfsim container on a private network).
	SandboxAllowRemote bool
	// MetricsAddr serves /metrics, /healthz and /livez on their own
	// listener (any transport).
	MetricsAddr string
	// OTLPEndpoint turns on OpenTelemetry traces to this collector.
	OTLPEndpoint string
}

// Deps is what a server's tools are built from.
type Deps struct {
	Config   *config.Config
	Logger   zerolog.Logger
	Redactor *redact.Redactor
	// ReadOnly hides write tools; Writes says writes are enabled (config
	// or --write) and not overridden by --read-only.
	ReadOnly bool
	Writes   bool
	Sandbox  bool
	// AfterToolsList is work toolsets ask to run in the background once the
	// first tools/list is answered and no tool call is in flight (building
	// Layer0 without competing with the first call).
	AfterToolsList []func()
	// OnToolsList is work to start as soon as the first tools/list is
	// answered, for work the first call needs anyway (mcpkit.ServerOptions).
	OnToolsList []func()
	// Conn is what Server.Connect attached (pkg/cli: the Cloudflare client
	// and the in-process simulator); nil for servers without Cloudflare.
	Conn any
	// StoreReady, when set, is also asked by /healthz: a state store
	// (state_store) that cannot be written makes the server not ready.
	StoreReady func() error
	// TokenReady, when set, is also asked by /healthz: how the Cloudflare
	// token's last verification ended (nil before the first one).
	TokenReady func() error
}

// Env is the lazily built start-up state shared by serve and the server's
// own commands.
type Env struct {
	server   Server
	Flags    Flags
	stdin    io.Reader
	stdout   io.Writer
	stderr   io.Writer
	redactor *redact.Redactor
	deps     *Deps
}

// Stdin, Stdout and Stderr are the streams of this run.
func (e *Env) Stdin() io.Reader  { return e.stdin }
func (e *Env) Stdout() io.Writer { return e.stdout }
func (e *Env) Stderr() io.Writer { return e.stderr }

func (e *Env) addServeFlags(c *cobra.Command) {
	f := c.Flags()
	f.StringVar(&e.Flags.Transport, "transport", "stdio", "stdio or http (streamable HTTP, stateless, at /mcp)")
	f.StringVar(&e.Flags.Addr, "addr", e.server.DefaultAddr, "HTTP listen address; non-loopback needs --auth-token-file")
	f.BoolVar(&e.Flags.ReadOnly, "read-only", false, "register read tools only (beats --write and the config)")
	f.BoolVar(&e.Flags.Write, "write", false, "enable write tools (plans) even if the config disables writes")
	f.StringVar(&e.Flags.Sandbox, "sandbox", "", "use the Cloudflare API simulator: alone for an embedded one, =URL for a running cfsim on loopback")
	f.Lookup("sandbox").NoOptDefVal = SandboxEmbedded
	f.StringVar(&e.Flags.ConfigPath, "config", "", "cfplane.yaml path")
	f.StringVar(&e.Flags.LogLevel, "log-level", "info", "debug, info, warn or error")
	f.StringVar(&e.Flags.LogFormat, "log-format", "json", "json or console (logs go to stderr)")
	f.StringVar(&e.Flags.AuthTokenFile, "auth-token-file", "", "file holding the bearer token HTTP clients must send (one line, at least 16 characters)")
	f.BoolVar(&e.Flags.SandboxAllowRemote, "sandbox-allow-remote", false, "allow --sandbox=URL beyond loopback (a cfsim container on a private network)")
	f.StringVar(&e.Flags.MetricsAddr, "metrics-addr", "", "also serve /metrics, /healthz and /livez on this host:port (any transport; no bearer token)")
	f.StringVar(&e.Flags.OTLPEndpoint, "otlp-endpoint", "", "send OpenTelemetry traces to this OTLP/HTTP collector (e.g. http://otel-collector:4318); off unless this or OTEL_EXPORTER_OTLP_ENDPOINT is set")
}

// Redactor returns the process-wide redactor (knows the Cloudflare token).
func (e *Env) Redactor() *redact.Redactor {
	if e.redactor == nil {
		e.redactor = redact.New()
		if tok, _ := CloudflareToken(); tok != "" {
			e.redactor.Add(tok)
		}
	}
	return e.redactor
}

func (e *Env) logger() (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(e.Flags.LogLevel)
	if err != nil || e.Flags.LogLevel == "" {
		return zerolog.Logger{}, Usagef("--log-level %q is not accepted; accepted: debug, info, warn, error", e.Flags.LogLevel)
	}
	var w io.Writer = e.Redactor().Writer(e.stderr)
	switch e.Flags.LogFormat {
	case "json":
	case "console":
		w = zerolog.ConsoleWriter{Out: w, TimeFormat: time.RFC3339, NoColor: true}
	default:
		return zerolog.Logger{}, Usagef("--log-format %q is not accepted; accepted: json, console", e.Flags.LogFormat)
	}
	return zerolog.New(w).Level(lvl).With().Timestamp().Str("server", e.server.Name).Logger(), nil
}

// Deps builds (once) the configuration, logger and — when the server uses
// Cloudflare — the API client or the sandbox.
func (e *Env) Deps(ctx context.Context) (*Deps, error) {
	if e.deps != nil {
		return e.deps, nil
	}
	if e.Flags.Transport != "stdio" && e.Flags.Transport != "http" {
		return nil, Usagef("--transport %q is not accepted; accepted: stdio, http", e.Flags.Transport)
	}
	log, err := e.logger()
	if err != nil {
		return nil, err
	}
	cfg, err := config.Load(e.Flags.ConfigPath)
	if err != nil {
		return nil, &ExitError{Code: 2, Msg: err.Error()}
	}
	d := &Deps{
		Config:   cfg,
		Logger:   log,
		Redactor: e.Redactor(),
		ReadOnly: e.Flags.ReadOnly,
		Writes:   !e.Flags.ReadOnly && (e.Flags.Write || cfg.WritesEnabled()),
		Sandbox:  e.Flags.Sandbox != "",
	}
	if e.server.UsesCloudflare {
		if e.server.Connect == nil {
			return nil, fmt.Errorf("%s uses Cloudflare but has no connection (start it through pkg/cli)", e.server.Name)
		}
		if err := e.server.Connect(ctx, e, d); err != nil {
			return nil, err
		}
	}
	e.deps = d
	return d, nil
}

func (e *Env) serve(ctx context.Context) error {
	d, err := e.Deps(ctx)
	if err != nil {
		return err
	}
	s, err := e.Build(d)
	if err != nil {
		return err
	}
	if shutdown, err := e.startTracing(ctx, d); err != nil {
		return err
	} else if shutdown != nil {
		defer shutdown()
	}
	if e.Flags.MetricsAddr != "" {
		stop, err := serveOps(ctx, e.Flags.MetricsAddr, opsHandler(e.ready(d), metricsHandlers()), d.Logger)
		if err != nil {
			return err
		}
		defer stop()
	}
	switch e.Flags.Transport {
	case "http":
		var token string
		if e.Flags.AuthTokenFile != "" {
			token, err = readAuthToken(e.Flags.AuthTokenFile)
			if err != nil {
				return err
			}
			d.Redactor.Add(token)
		}
		if !mcpkit.IsLoopbackAddr(e.Flags.Addr) && token == "" {
			return Usagef("--addr %s is not loopback; serving beyond this machine needs --auth-token-file", e.Flags.Addr)
		}
		return mcpkit.ServeHTTP(ctx, s, mcpkit.HTTPOptions{Addr: e.Flags.Addr, AuthToken: token, Logger: d.Logger, Ready: e.ready(d), Extra: metricsHandlers()}, func(addr string) {
			d.Logger.Info().Str("addr", "http://"+addr+"/mcp").Msg("serving streamable HTTP")
		})
	default:
		stdio := server.NewStdioServer(s)
		stdio.SetErrorLogger(stdLogger(d.Logger))
		err := stdio.Listen(ctx, e.stdin, e.stdout)
		if err != nil && ctx.Err() != nil {
			return nil
		}
		return err
	}
}

// ready is the /healthz check: servers that keep state (plans, receipts)
// are ready only while their state folder can be written.
func (e *Env) ready(d *Deps) func() error {
	if !e.server.UsesCloudflare {
		return nil
	}
	files := stateReady(d.Config.StateDir)
	return func() error {
		if err := files(); err != nil {
			return err
		}
		if d.TokenReady != nil {
			if err := d.TokenReady(); err != nil {
				return err
			}
		}
		if d.StoreReady != nil {
			return d.StoreReady()
		}
		return nil
	}
}

// Build constructs the server's MCP server from deps.
func (e *Env) Build(d *Deps) (*server.MCPServer, error) {
	sets, err := e.server.Toolsets(d)
	if err != nil {
		return nil, err
	}
	gate, err := e.gate(d)
	if err != nil {
		return nil, err
	}
	quiet := mcpkit.NewQuiet(0)
	if g, ok := gate.(*Layer0Gate); ok {
		g.Quiet = quiet
	}
	return mcpkit.NewServer(sets, mcpkit.ServerOptions{
		Name:         e.server.Name,
		Version:      Version,
		Instructions: e.server.Instructions,
		ReadOnly:     d.ReadOnly,
		Logger:       d.Logger,
		Redactor:     d.Redactor,
		Gate:         gate,
		// Layer0 is built once tools/list is answered and no call is in
		// flight: not before tools/list (start and its memory stay as they
		// were) and not while the first call runs.
		AfterToolsList: d.AfterToolsList,
		OnToolsList:    d.OnToolsList,
		Quiet:          quiet,
	}), nil
}

// gate returns the Layer0 gate for servers that reach Cloudflare (the
// oracle classifies on request and gates nothing).
//
// The shipped policy compiles in the background after the first
// tools/list; an operator's policy file is compiled here, so a broken one
// stops the start.
func (e *Env) gate(d *Deps) (mcpkit.Gate, error) {
	if !e.server.UsesCloudflare {
		return mcpkit.NoGate{}, nil
	}
	l0 := d.Config.Layer0
	if l0.Mode == GateOff && l0.ReadMode == GateOff {
		return mcpkit.NoGate{}, nil
	}
	key, err := LoadReceiptKey(d.Config.StateDir)
	if err != nil {
		return nil, &ExitError{Code: 2, Msg: err.Error()}
	}
	g := NewLayer0Gate(l0.Mode, l0.ReadMode, l0.Policy, key, d.Logger)
	// Untrusted-content labelling uses the same compiled classifier.
	untrusted.UseClassifier(g.classifier)
	if l0.Policy != "" {
		if _, err := g.classifier(); err != nil {
			return nil, &ExitError{Code: 2, Msg: err.Error()}
		}
	} else {
		// The shipped policy is built in the background once tools/list is
		// answered, so the first tool call does not wait for it (a failure
		// is reported by that call, as before).
		d.AfterToolsList = append(d.AfterToolsList, func() { <-g.Warm() })
	}
	return g, nil
}
