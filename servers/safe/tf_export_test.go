package safe

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/tfexport"
)

func TestTFExportSchema(t *testing.T) {
	for _, tl := range []struct {
		name string
		def  func() (bool, bool, bool, bool, string)
	}{
		{"tf_export", func() (bool, bool, bool, bool, string) {
			a := tfExport(nil).Def.Annotations
			return *a.ReadOnlyHint, *a.DestructiveHint, *a.IdempotentHint, *a.OpenWorldHint, string(tfExport(nil).Def.RawInputSchema)
		}},
		{"drift_check", func() (bool, bool, bool, bool, string) {
			a := driftCheck(nil, nil).Def.Annotations
			return *a.ReadOnlyHint, *a.DestructiveHint, *a.IdempotentHint, *a.OpenWorldHint, string(driftCheck(nil, nil).Def.RawInputSchema)
		}},
	} {
		ro, destr, idem, open, in := tl.def()
		if !ro || destr || !idem || !open {
			t.Errorf("%s: hints read-only=%v destructive=%v idempotent=%v open-world=%v", tl.name, ro, destr, idem, open)
		}
		if !strings.Contains(in, `"zone"`) || !strings.Contains(in, `"required"`) {
			t.Errorf("%s: input schema %s", tl.name, in)
		}
	}
}

func TestTFExportTool(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	res := c.MustCall("tf_export", map[string]any{"zone": "example.com"})
	if res.IsError {
		t.Fatal(mcpkittest.Text(res))
	}
	var out TFExportResult
	mcpkittest.Decode(t, res, &out)
	files := map[string]string{}
	for _, f := range out.Files {
		files[f.Name] = f.Content
	}
	if err := tfexport.CheckFiles(files); err != nil {
		t.Fatal(err)
	}
	if out.Resources[tfexport.TypeDNS] != 30 || out.Resources[tfexport.TypeRuleset] != 3 || !strings.Contains(files["imports.tf"], "import {") {
		t.Errorf("result = %+v", out.Resources)
	}
	if strings.Contains(mcpkittest.Text(res), clitest.Canary) {
		t.Error("the token is in the result")
	}
	// Rejections: unknown zone, and an export too large for a tool result.
	for _, z := range []string{"", "nope.example", "../../etc"} {
		res := c.MustCall("tf_export", map[string]any{"zone": z})
		if !res.IsError || !strings.Contains(mcpkittest.Text(res), "zone") {
			t.Errorf("zone %q: %s", z, mcpkittest.Text(res))
		}
	}
	old := maxTFExportBytes
	maxTFExportBytes = 100
	defer func() { maxTFExportBytes = old }()
	res = c.MustCall("tf_export", map[string]any{"zone": "example.com"})
	if !res.IsError || !strings.Contains(mcpkittest.Text(res), "cloudflare_safe export --zone example.com --out DIR") {
		t.Errorf("oversized export: %s", mcpkittest.Text(res))
	}
}
