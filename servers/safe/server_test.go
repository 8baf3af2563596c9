package safe

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/mcpkit/toolsnaps"
)

func TestToolSnapshots(t *testing.T) {
	tools, err := cli.ToolList(Spec())
	if err != nil {
		t.Fatal(err)
	}
	for _, tl := range tools {
		if err := toolsnaps.Test(tl.Def.Name, tl.Def); err != nil {
			t.Error(err)
		}
	}
}

func TestToolListSize(t *testing.T) {
	tools, err := cli.ToolList(Spec())
	if err != nil {
		t.Fatal(err)
	}
	var defs []any
	for _, tl := range tools {
		defs = append(defs, tl.Def)
	}
	b, _ := json.Marshal(map[string]any{"tools": defs})
	if len(b) > 16*1024 {
		t.Errorf("tools/list is %d bytes; the budget is 16 KB", len(b))
	}
}

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
