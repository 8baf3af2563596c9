// Command floor is the smallest useful mcp-go stdio server: one tool. The
// start-up benchmark (test/bench) builds it and measures cfplane's servers
// against it, so the numbers are ratios to the floor of this stack rather
// than absolutes that depend on the machine.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("floor", "1.0.0", server.WithToolCapabilities(false))
	s.AddTool(mcp.NewTool("echo",
		mcp.WithDescription("Return the text it is given"),
		mcp.WithString("text", mcp.Required(), mcp.Description("text to return")),
	), func(_ context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return mcp.NewToolResultText(req.GetString("text", "")), nil
	})
	if err := server.ServeStdio(s); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
