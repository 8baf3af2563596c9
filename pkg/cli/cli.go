// Package cli starts the servers that reach Cloudflare (cloudflare_safe,
// waf_intelligence): pkg/clicore's start-up plus the Cloudflare API client
// or the sandbox (an embedded simulator or a cfsim on loopback). A server
// that never calls Cloudflare starts through pkg/clicore alone and so links
// neither cloudflare-go nor the simulator.
package cli

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// Names shared with pkg/clicore.
type (
	Env        = clicore.Env
	Flags      = clicore.Flags
	ExitError  = clicore.ExitError
	Layer0Gate = clicore.Layer0Gate
)

// TokenEnv holds the Cloudflare API token; TokenFileEnv names a file
// holding it (a container secret).
const (
	TokenEnv     = clicore.TokenEnv
	TokenFileEnv = clicore.TokenFileEnv
)

// Layer0 gate modes.
const (
	GateOff     = clicore.GateOff
	GateShadow  = clicore.GateShadow
	GateEnforce = clicore.GateEnforce
)

var (
	// Usagef is a bad-invocation error (exit 2).
	Usagef = clicore.Usagef
	// LoadReceiptKey returns the Layer0 receipt key.
	LoadReceiptKey = clicore.LoadReceiptKey
	// NewLayer0Gate builds a Layer0 gate.
	NewLayer0Gate = clicore.NewLayer0Gate
	// WriteMarkdown writes the README tool table of one server.
	WriteMarkdown = clicore.WriteMarkdown
)

// Deps is what the tools of a Cloudflare server are built from: the common
// start-up state plus the API client (nil when only listing tools) and the
// in-process simulator (--sandbox alone).
type Deps struct {
	*clicore.Deps
	Client *cfclient.Client
	Sim    *cfsim.Sim
}

// conn is what Connect attaches to clicore.Deps.Conn.
type conn struct {
	client *cfclient.Client
	sim    *cfsim.Sim
}

// Server describes one binary that reaches Cloudflare (see clicore.Server).
type Server struct {
	Name           string
	Short          string
	DefaultAddr    string
	Instructions   string
	UsesCloudflare bool
	Toolsets       func(d *Deps) ([]*mcpkit.Toolset, error)
	Commands       func(env *Env) []*cobra.Command
}

// Core is s as pkg/clicore runs it, with the Cloudflare connection wired in.
func (s Server) Core() clicore.Server {
	c := clicore.Server{
		Name:           s.Name,
		Short:          s.Short,
		DefaultAddr:    s.DefaultAddr,
		Instructions:   s.Instructions,
		UsesCloudflare: s.UsesCloudflare,
		Commands:       s.Commands,
	}
	if s.UsesCloudflare {
		c.Connect = connect
	}
	if s.Toolsets != nil {
		c.Toolsets = func(d *clicore.Deps) ([]*mcpkit.Toolset, error) { return s.Toolsets(Wrap(d)) }
	}
	return c
}

// Wrap returns d with its Cloudflare connection (if any) in typed fields.
func Wrap(d *clicore.Deps) *Deps {
	out := &Deps{Deps: d}
	if c, ok := d.Conn.(*conn); ok {
		out.Client, out.Sim = c.client, c.sim
	}
	return out
}

// Connected is env.Deps with the Cloudflare connection, for server commands.
func Connected(ctx context.Context, env *Env) (*Deps, error) {
	d, err := env.Deps(ctx)
	if err != nil {
		return nil, err
	}
	return Wrap(d), nil
}

// Main runs the binary and exits.
func Main(s Server) { clicore.Main(s.Core()) }

// Run runs the binary with args and returns the exit code.
func Run(s Server, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return clicore.Run(s.Core(), args, stdin, stdout, stderr)
}

// ToolList returns every tool of the server, built without a client.
func ToolList(s Server) ([]mcpkit.Tool, error) { return clicore.ToolList(s.Core()) }

// connect builds the Cloudflare client from the token or the sandbox flag
// and verifies the token.
func connect(ctx context.Context, e *Env, d *clicore.Deps) error {
	c := &conn{}
	token, err := clicore.CloudflareToken()
	if err != nil {
		return Usagef("%v", err)
	}
	cc := cfclient.Config{
		Token:         token,
		AccountID:     d.Config.Cloudflare.AccountID,
		Timeout:       d.Config.Timeout(),
		MaxRetries:    d.Config.Cloudflare.MaxRetries,
		RequestsPer5m: d.Config.Cloudflare.RequestsPer5m,
		MaxItems:      d.Config.Cloudflare.MaxListedItems,
	}
	switch sb := e.Flags.Sandbox; {
	case sb == "":
		if token == "" {
			return Usagef("%s is not set; export a Cloudflare API token, or run with --sandbox to use the built-in simulator", TokenEnv)
		}
	case sb == clicore.SandboxEmbedded:
		c.sim = cfsim.New(cfsim.Options{})
		cc.Sandbox = true
		cc.BaseURL = "http://127.0.0.1" + cfsim.BasePath + "/"
		cc.HTTPClient = &http.Client{Transport: c.sim.Transport()}
	default:
		u, err := url.Parse(sb)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Usagef("--sandbox=%q is not a URL; accepted: --sandbox alone, or --sandbox=http://127.0.0.1:PORT/client/v4", sb)
		}
		if !mcpkit.IsLoopbackAddr(hostPort(u)) && !e.Flags.SandboxAllowRemote {
			return Usagef("--sandbox=%s is not on loopback; the sandbox URL must be 127.0.0.1, ::1 or localhost, or add --sandbox-allow-remote for a cfsim on a private container network", sb)
		}
		cc.Sandbox = true
		cc.SandboxAllowRemote = e.Flags.SandboxAllowRemote
		cc.BaseURL = strings.TrimSuffix(sb, "/") + "/"
	}
	if cc.Sandbox && cc.Token == "" {
		cc.Token = "cfplane-sandbox"
	}
	// The token is verified before the first request that uses it, not
	// here: start-up and tools/list need no round trip to Cloudflare, and
	// a token that is not active fails every Cloudflare call with that
	// error until a verification succeeds. Where /healthz is served (HTTP,
	// --metrics-addr) it is verified in the background at once, so the
	// health check reports a bad token.
	cc.VerifyFirst = true
	client, err := cfclient.New(cc)
	if err != nil {
		return Usagef("%v", err)
	}
	if e.Flags.Transport == "http" || e.Flags.MetricsAddr != "" {
		go func() {
			vctx, cancel := context.WithTimeout(ctx, d.Config.Timeout())
			defer cancel()
			if err := client.Verified(vctx); err != nil && ctx.Err() == nil {
				d.Logger.Error().Err(err).Msg("the Cloudflare API token could not be verified; Cloudflare calls fail until it can be")
			}
		}()
	}
	d.TokenReady = client.TokenReady
	c.client = client
	d.Conn = c
	return nil
}

func hostPort(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	return net.JoinHostPort(u.Hostname(), port)
}
