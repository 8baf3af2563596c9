package safe

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
)

func TestZoneListSchema(t *testing.T) {
	def := zoneList(nil).Def
	a := def.Annotations
	if !*a.ReadOnlyHint || *a.DestructiveHint || !*a.IdempotentHint || !*a.OpenWorldHint {
		t.Errorf("hints = %+v", a)
	}
	if strings.Contains(string(def.RawInputSchema), `"required"`) {
		t.Errorf("zone_list has no required arguments: %s", def.RawInputSchema)
	}
}

func TestZoneList(t *testing.T) {
	allowOne, err := config.Parse("t.yaml", []byte("zones:\n  allow: [example.com]\n"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		cfg     *config.Config
		args    map[string]any
		want    []string
		hidden  int
		errPart string
	}{
		{name: "all", args: map[string]any{}, want: []string{"example.com", "example.dev", "example.shop"}},
		{name: "by name", args: map[string]any{"name": "EXAMPLE.shop"}, want: []string{"example.shop"}},
		{name: "by status", args: map[string]any{"status": "pending"}, want: []string{"example.dev"}},
		{name: "allowlist hides", cfg: allowOne, args: map[string]any{}, want: []string{"example.com"}, hidden: 2},
		{name: "bad status", args: map[string]any{"status": "gone"}, errPart: `status "gone" is not accepted; accepted: active, pending`},
		{name: "unknown argument", args: map[string]any{"zone": "x"}, errPart: "zone"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, _ := clitest.Deps(t, c.cfg)
			cl := clitest.Client(t, d, Name, Toolsets)
			res := cl.MustCall("zone_list", c.args)
			if c.errPart != "" {
				if !res.IsError || !strings.Contains(mcpkittest.Text(res), c.errPart) {
					t.Fatalf("want error containing %q, got %s", c.errPart, mcpkittest.Text(res))
				}
				return
			}
			if res.IsError {
				t.Fatal(mcpkittest.Text(res))
			}
			var out ZoneListResult
			mcpkittest.Decode(t, res, &out)
			var names []string
			for _, z := range out.Zones {
				names = append(names, z.Name)
				if len(z.ID) != 32 || z.Plan == "" || z.Status == "" {
					t.Errorf("incomplete zone %+v", z)
				}
			}
			if strings.Join(names, ",") != strings.Join(c.want, ",") || out.Hidden != c.hidden {
				t.Errorf("zones = %v hidden %d; want %v hidden %d", names, out.Hidden, c.want, c.hidden)
			}
		})
	}
}

func TestZoneListAPIFailureIsAToolError(t *testing.T) {
	d, sim := clitest.Deps(t, nil)
	sim.SetFault(cfsim.Fault{Method: "GET", Path: "/zones", Kind: cfsim.FaultServerError, Status: 503})
	cl := clitest.Client(t, d, Name, Toolsets)
	res := cl.MustCall("zone_list", map[string]any{})
	if !res.IsError || !strings.Contains(mcpkittest.Text(res), "listing zones failed") {
		t.Fatalf("got %s", mcpkittest.Text(res))
	}
}
