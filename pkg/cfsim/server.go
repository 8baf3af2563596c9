package cfsim

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"
)

// Version is set at build time with -ldflags "-X github.com/cfplane/cfplane/pkg/cfsim.Version=…".
var Version = "dev"

// DefaultAddr is where cmd/cfsim listens unless --addr says otherwise.
const DefaultAddr = "127.0.0.1:8787"

// CheckLoopback accepts host:port addresses whose host is a loopback IP
// address or "localhost"; anything else (including an empty host, which
// would listen on every interface) is refused.
func CheckLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("address %q: %v", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("address %q is not loopback: the simulator listens only on 127.0.0.0/8, ::1 or localhost", addr)
	}
	return nil
}

// Server is the simulator bound to a loopback address.
type Server struct {
	ln  net.Listener
	srv *http.Server
}

// Listen binds sim to a loopback address (port 0 picks a free port).
func Listen(addr string, sim *Sim) (*Server, error) {
	if err := CheckLoopback(addr); err != nil {
		return nil, err
	}
	return listen(addr, sim)
}

// ListenAny binds sim to any address, including every interface. Only for a
// private container network (cfsim --listen-any): the simulator accepts any
// bearer token.
func ListenAny(addr string, sim *Sim) (*Server, error) {
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return nil, fmt.Errorf("address %q: %v", addr, err)
	}
	return listen(addr, sim)
}

func listen(addr string, sim *Sim) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Server{ln: ln, srv: &http.Server{
		Handler:           sim.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}}, nil
}

// BaseURL is the API base, e.g. http://127.0.0.1:8787/client/v4.
func (s *Server) BaseURL() string { return "http://" + s.ln.Addr().String() + BasePath }

// Serve answers requests until ctx is done, then shuts down gracefully
// (in-flight requests get up to 5 seconds).
func (s *Server) Serve(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// ListenAndServe serves sim on a loopback addr until ctx is done.
func ListenAndServe(ctx context.Context, addr string, sim *Sim) error {
	srv, err := Listen(addr, sim)
	if err != nil {
		return err
	}
	return srv.Serve(ctx)
}

// checkListenAddr accepts a loopback host:port, or any host:port when
// listenAny is set.
func checkListenAddr(addr string, listenAny bool) error {
	if listenAny {
		if _, _, err := net.SplitHostPort(addr); err != nil {
			return fmt.Errorf("address %q: %v", addr, err)
		}
		return nil
	}
	if err := CheckLoopback(addr); err != nil {
		return fmt.Errorf("%v (on a private container network, add --listen-any)", err)
	}
	return nil
}

// UsageError marks a command-line mistake (exit status 2).
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }
func (e UsageError) Unwrap() error { return e.Err }

// Command is the cfsim command: the simulator as a loopback server (beyond
// loopback only with --listen-any).
func Command() *cobra.Command {
	var (
		addr   string
		faults []string
		empty  bool
		quiet  bool
		now    string
		anyIf  bool
	)
	cmd := &cobra.Command{
		Use:   "cfsim",
		Short: "Cloudflare API v4 simulator on loopback (seeded demo account, fault injection)",
		Long: `cfsim serves a stateful Cloudflare API v4 simulator under /client/v4 on a loopback address.
It prints one line "cfsim listening on URL" to stdout once it accepts requests, logs requests to
stderr, and stops gracefully on SIGINT or SIGTERM. Any bearer token is accepted.

--fault METHOD:PATH_PATTERN:KIND[:ARG[:COUNT]] injects failures (repeatable). PATH_PATTERN is
relative to /client/v4 with * for one segment and a trailing /** for any rest. KIND is
429 (ARG Retry-After seconds), 5xx or 500-599 (ARG status), delay (ARG duration, e.g. 250ms),
truncate (ARG bytes kept) or partial-batch (ARG operations applied before failing).`,
		Example: `  cfsim
  cfsim --addr 127.0.0.1:0 --empty
  cfsim --fault 'GET:/zones:429:2:1' --fault 'POST:/zones/*/dns_records/batch:partial-batch:1'`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return UsageError{fmt.Errorf("unexpected argument %q (cfsim takes flags only)", args[0])}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkListenAddr(addr, anyIf); err != nil {
				return UsageError{err}
			}
			var fs []Fault
			for _, spec := range faults {
				f, err := ParseFault(spec)
				if err != nil {
					return UsageError{err}
				}
				fs = append(fs, f)
			}
			stderr := cmd.ErrOrStderr()
			var mu sync.Mutex
			opts := Options{Empty: empty}
			if now != "" {
				t, err := time.Parse(time.RFC3339, now)
				if err != nil {
					return UsageError{fmt.Errorf("--now %q: want an RFC 3339 time such as 2026-01-15T12:00:00Z", now)}
				}
				opts.Now = func() time.Time { return t }
			}
			if !quiet {
				opts.Logf = func(format string, args ...any) {
					mu.Lock()
					defer mu.Unlock()
					fmt.Fprintf(stderr, format+"\n", args...)
				}
			}
			sim := New(opts)
			for _, f := range fs {
				sim.SetFault(f)
			}
			listenFn := Listen
			if anyIf {
				listenFn = ListenAny
				fmt.Fprintf(stderr, "cfsim: --listen-any: serving on %s beyond loopback; any bearer token is accepted, keep this on a private network\n", addr)
			}
			srv, err := listenFn(addr, sim)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			seeded := "seeded demo account " + SeedAccountID
			if empty {
				seeded = "empty account " + SeedAccountID
			}
			fmt.Fprintf(stderr, "cfsim: %s, %d fault(s)\n", seeded, len(fs))
			fmt.Fprintf(cmd.OutOrStdout(), "cfsim listening on %s\n", srv.BaseURL())
			err = srv.Serve(ctx)
			fmt.Fprintln(stderr, "cfsim: stopped")
			return err
		},
	}
	cmd.Flags().StringVar(&addr, "addr", DefaultAddr, "loopback host:port to listen on (port 0 picks a free port)")
	cmd.Flags().BoolVar(&anyIf, "listen-any", false, "allow a non-loopback --addr (e.g. 0.0.0.0:8787 on a private container network); loopback only without it")
	cmd.Flags().StringArrayVar(&faults, "fault", nil, "inject a fault: METHOD:PATH_PATTERN:KIND[:ARG[:COUNT]] (repeatable)")
	cmd.Flags().BoolVar(&empty, "empty", false, "start with an empty account instead of the seeded demo account")
	cmd.Flags().BoolVar(&quiet, "quiet", false, "do not log requests")
	cmd.Flags().StringVar(&now, "now", "", "freeze the simulator clock at this RFC 3339 time (seeded analytics and audit logs end there)")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return UsageError{err} })
	cmd.CompletionOptions.DisableDefaultCmd = true
	cmd.AddCommand(&cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run: func(c *cobra.Command, _ []string) {
			fmt.Fprintf(c.OutOrStdout(), "cfsim %s\n", Version)
		},
	})
	return cmd
}

// Execute runs cmd with args and returns the process exit status: 0, 2 for a
// usage error (one line on stderr), 1 otherwise.
func Execute(cmd *cobra.Command, args []string) int {
	cmd.SetArgs(args)
	err := cmd.Execute()
	if err == nil {
		return 0
	}
	fmt.Fprintln(cmd.ErrOrStderr(), "cfsim: "+strings.ReplaceAll(err.Error(), "\n", " "))
	var ue UsageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}
