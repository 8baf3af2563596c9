package safe

import (
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
)

func fmtResult(res *mcp.CallToolResult) string { return mcpkittest.Text(res) }
