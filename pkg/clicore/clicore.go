// Package clicore is the one cobra root every cfplane binary runs: serve
// (the default), version and tools, plus each server's own commands. It owns
// start-up: flags, configuration, logging to stderr, the redactor, the
// Layer0 gate and the transport. It links nothing of Cloudflare: a server
// that reaches Cloudflare is started through pkg/cli, which adds the API
// client (or the sandbox) with Server.Connect, so a binary that never calls
// Cloudflare (oracle_answer) links neither cloudflare-go nor the simulator.
package clicore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// Version is set at build time with -ldflags "-X github.com/cfplane/cfplane/pkg/clicore.Version=…".
var Version = "dev"

// Server describes one binary.
type Server struct {
	// Name is the binary and MCP server name (cloudflare_safe, …).
	Name string
	// Short is a one-line description for --help.
	Short string
	// DefaultAddr is the HTTP listen address when --addr is not given.
	DefaultAddr string
	// Instructions are sent to clients at initialisation (keep short).
	Instructions string
	// UsesCloudflare: serving needs a Cloudflare API client (token or
	// sandbox); its tool calls pass the Layer0 gate.
	UsesCloudflare bool
	// Connect attaches the Cloudflare connection to d (d.Conn) when
	// UsesCloudflare; pkg/cli provides it.
	Connect func(ctx context.Context, e *Env, d *Deps) error
	// Toolsets builds the tools. For `tools` listing, Deps carries no client.
	Toolsets func(d *Deps) ([]*mcpkit.Toolset, error)
	// Commands adds server-specific subcommands; env gives them lazy access
	// to the same start-up (config, client) as serve.
	Commands func(env *Env) []*cobra.Command
}

// ExitError carries an exit code; its message is printed as one line.
type ExitError struct {
	Code int
	Msg  string
}

func (e *ExitError) Error() string { return e.Msg }

// Usagef is a bad-invocation error (exit 2).
func Usagef(format string, args ...any) error {
	return &ExitError{Code: 2, Msg: fmt.Sprintf(format, args...)}
}

// Main runs the binary and exits.
func Main(s Server) {
	os.Exit(Run(s, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Run runs the binary with args and returns the exit code: 0 ok, 1 failure,
// 2 bad invocation or configuration.
func Run(s Server, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return RunContext(context.Background(), s, args, stdin, stdout, stderr)
}

// RunContext is Run until ctx ends (or SIGINT/SIGTERM), e.g. to stop an
// HTTP server in a test.
func RunContext(ctx context.Context, s Server, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &Env{server: s, stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRoot(env)
	root.SetArgs(args)
	root.SetIn(stdin)
	// Everything a command prints (plan summaries, reports, verdicts, help)
	// passes the redactor; serve writes the protocol to env.stdout directly,
	// where tool results are already redacted by the middleware chain.
	out := env.Redactor().Writer(stdout)
	root.SetOut(out)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if cerr := out.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err == nil {
		return 0
	}
	code := 1
	msg := err.Error()
	var ee *ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.Code
	case isFlagError(msg):
		code = 2
		msg += " (see --help)"
	}
	if env.redactor != nil {
		msg = env.redactor.String(msg)
	}
	fmt.Fprintf(stderr, "%s: %s\n", s.Name, strings.ReplaceAll(msg, "\n", "; "))
	return code
}

func isFlagError(msg string) bool {
	for _, p := range []string{"unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "unknown command", "accepts ", "requires at least", "bad flag syntax"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func newRoot(env *Env) *cobra.Command {
	s := env.server
	root := &cobra.Command{
		Use:           s.Name,
		Short:         s.Short,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE:          func(cmd *cobra.Command, _ []string) error { return env.serve(cmd.Context()) },
	}
	root.CompletionOptions.DisableDefaultCmd = true
	env.addServeFlags(root)
	serve := &cobra.Command{
		Use:   "serve",
		Short: "Serve MCP over stdio (default) or streamable HTTP",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return env.serve(cmd.Context()) },
	}
	env.addServeFlags(serve)
	root.AddCommand(serve, versionCmd(env), toolsCmd(env))
	if s.Commands != nil {
		root.AddCommand(s.Commands(env)...)
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return Usagef("%v (see --help)", err) })
	return root
}

func versionCmd(env *Env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			commit := "unknown"
			goVersion := "unknown"
			if bi, ok := debug.ReadBuildInfo(); ok {
				goVersion = bi.GoVersion
				for _, st := range bi.Settings {
					if st.Key == "vcs.revision" {
						commit = st.Value
					}
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s %s (commit %s, %s)\n", env.server.Name, Version, commit, goVersion)
			return nil
		},
	}
}
