package mcpkit

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"

	"github.com/cfplane/cfplane/pkg/stackgrow"
)

// ServerOptions configures NewServer.
type ServerOptions struct {
	Name         string
	Version      string
	Instructions string
	ReadOnly     bool
	Logger       zerolog.Logger
	Redactor     Redactor
	Gate         Gate
	Timeout      time.Duration
	// AfterToolsList runs once, in the background, after the first
	// tools/list has been answered: work a server wants done before its
	// first tool call but not before tools/list (building Layer0). It
	// starts once Quiet reports the server idle, so that it does not
	// compete with a call sent right after tools/list.
	AfterToolsList []func()
	// OnToolsList runs once, in the background, as soon as the first
	// tools/list is answered, without waiting for an idle server: work the
	// first call will need anyway (oracle_answer's classifier), which is
	// better started early than done inside that call.
	OnToolsList []func()
	// Quiet tracks the calls in flight (a new one when nil); pass the same
	// one to work that should wait for an idle server (Layer0's deferred
	// classifications).
	Quiet *Quiet
}

// NewServer builds an MCP server with the toolsets registered (only their
// read lists when ReadOnly) behind the middleware chain. Input schemas are
// strict (unknown arguments rejected) and validated inside the chain.
func NewServer(sets []*Toolset, o ServerOptions) *server.MCPServer {
	tools := AllTools(sets, o.ReadOnly)
	ro := make(map[string]bool, len(tools))
	for _, t := range tools {
		ro[t.Def.Name] = t.ReadOnly
	}
	opts := []server.ServerOption{
		server.WithToolCapabilities(false),
		server.WithLogging(),
		server.WithStrictInputSchemaDefault(),
		server.WithLogger(slog.New(zerolog.NewSlogHandler(quieter(o.Logger)))),
	}
	if o.Instructions != "" {
		opts = append(opts, server.WithInstructions(o.Instructions))
	}
	if o.Quiet == nil {
		o.Quiet = NewQuiet(0)
	}
	if len(o.AfterToolsList) > 0 || len(o.OnToolsList) > 0 {
		var once sync.Once
		hooks := &server.Hooks{}
		hooks.AddAfterListTools(func(context.Context, any, *mcp.ListToolsRequest, *mcp.ListToolsResult) {
			once.Do(func() {
				for _, f := range o.OnToolsList {
					go background(f)
				}
				go func() {
					o.Quiet.Wait()
					for _, f := range o.AfterToolsList {
						go background(f)
					}
				}()
			})
		})
		opts = append(opts, server.WithHooks(hooks))
	}
	s := server.NewMCPServer(o.Name, o.Version, opts...)
	s.Use(o.Quiet.middleware)
	s.Use(Chain(ChainOptions{
		Logger: o.Logger, Redactor: o.Redactor, Gate: o.Gate, Timeout: o.Timeout, ReadOnlyTools: ro, Tools: tools, Server: o.Name,
	})...)
	st := make([]server.ServerTool, 0, len(tools))
	for _, t := range tools {
		st = append(st, server.ServerTool{Tool: t.Def, Handler: t.Handler})
	}
	s.AddTools(st...)
	return s
}

// quieter raises the level of mcp-go's own per-request logs to warnings, so
// the request log stays one line per call.
func quieter(l zerolog.Logger) zerolog.Logger {
	if l.GetLevel() < zerolog.WarnLevel {
		return l.Level(zerolog.WarnLevel)
	}
	return l
}

// background runs f, work started after tools/list such as building
// Layer0, on a stack grown once to 32 KB before it starts (pkg/stackgrow:
// growing step by step under a deep call reads the tables of every frame
// on the stack, and faults in pages of the binary all over it).
func background(f func()) {
	stackgrow.Grow()
	f()
}
