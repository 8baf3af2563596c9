package mcpkit

import (
	"errors"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"
)

func TestCallOutcome(t *testing.T) {
	for _, c := range []struct {
		res  *mcp.CallToolResult
		err  error
		want string
	}{
		{&mcp.CallToolResult{}, nil, "ok"},
		{&mcp.CallToolResult{IsError: true}, nil, "tool_error"},
		{nil, errors.New("boom"), "fault"},
		{&mcp.CallToolResult{IsError: true}, errPanicked, "fault"},
	} {
		if got := CallOutcome(c.res, c.err); got != c.want {
			t.Errorf("CallOutcome(%+v, %v) = %q, want %q", c.res, c.err, got, c.want)
		}
	}
}
