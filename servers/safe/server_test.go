package safe

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cli/clitest"
)

func TestToolDefinitions(t *testing.T) { clitest.CheckToolDefinitions(t, Spec(), false) }

func TestServerInProcess(t *testing.T) {
	for _, ro := range []bool{false, true} {
		d, _ := clitest.Deps(t, nil)
		d.ReadOnly = ro
		c := clitest.Client(t, d, Name, Toolsets)
		tools := c.ListTools()
		if len(tools) == 0 {
			t.Fatal("no tools")
		}
		for _, tl := range tools {
			if ro && !*tl.Annotations.ReadOnlyHint {
				t.Errorf("read-only server lists write tool %s", tl.Name)
			}
		}
		res := c.MustCall("zone_list", map[string]any{})
		if res.IsError || strings.Contains(fmtResult(res), clitest.Canary) {
			t.Errorf("zone_list: %s", fmtResult(res))
		}
	}
}
