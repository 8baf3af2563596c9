package mcpkit

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"
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
	// first tool call but not before tools/list (building Layer0).
	AfterToolsList []func()
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
	if len(o.AfterToolsList) > 0 {
		var once sync.Once
		hooks := &server.Hooks{}
		hooks.AddAfterListTools(func(context.Context, any, *mcp.ListToolsRequest, *mcp.ListToolsResult) {
			once.Do(func() {
				for _, f := range o.AfterToolsList {
					go f()
				}
			})
		})
		opts = append(opts, server.WithHooks(hooks))
	}
	s := server.NewMCPServer(o.Name, o.Version, opts...)
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
