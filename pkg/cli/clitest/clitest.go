// Package clitest builds server dependencies against an in-process
// Cloudflare sandbox, for tests of the servers' tools.
package clitest

import (
	"encoding/json"
	"net/http"
	"os"
	"testing"

	"github.com/rs/zerolog"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/mcpkit/toolsnaps"
	"github.com/cfplane/cfplane/pkg/redact"
)

// Canary looks like a Cloudflare API token; tests use it as the token and
// check it never appears in output.
const Canary = "cfTESTcanary_9Jq3xLm7Pw2Rt5Zk8Vb1Nc4Yd6F"

// Deps returns dependencies wired to a fresh seeded simulator. cfg may be
// nil for the defaults.
func Deps(t testing.TB, cfg *config.Config) (*cli.Deps, *cfsim.Sim) {
	t.Helper()
	t.Setenv("CLOUDFLARE_API_TOKEN", "")
	if cfg == nil {
		cfg = config.Default()
	}
	// Plans, journals, snapshots and keys of a test stay in its own folder.
	if cfg.StateDir == config.Default().StateDir {
		cfg.StateDir = t.TempDir()
	}
	sim := cfsim.New(cfsim.Options{})
	client, err := cfclient.New(cfclient.Config{
		Token:      Canary,
		BaseURL:    "http://127.0.0.1" + cfsim.BasePath + "/",
		Sandbox:    true,
		HTTPClient: &http.Client{Transport: sim.Transport()},
		MaxRetries: -1,
	})
	if err != nil {
		t.Fatal(err)
	}
	return &cli.Deps{
		Deps: &clicore.Deps{
			Config:   cfg,
			Logger:   zerolog.Nop(),
			Redactor: redact.New(Canary),
			Writes:   true,
			Sandbox:  true,
		},
		Client: client,
		Sim:    sim,
	}, sim
}

// ServerDeps is what a server's Toolsets take: *cli.Deps for the servers
// that reach Cloudflare, *clicore.Deps for the others.
type ServerDeps interface{ *cli.Deps | *clicore.Deps }

func depsFor[D ServerDeps](d *cli.Deps) D {
	var zero D
	if _, ok := any(zero).(*clicore.Deps); ok {
		return any(d.Deps).(D)
	}
	return any(d).(D)
}

// Client serves the toolsets in-process and returns an initialised client.
func Client[D ServerDeps](t testing.TB, d *cli.Deps, name string, toolsets func(D) ([]*mcpkit.Toolset, error)) *mcpkittest.Client {
	t.Helper()
	return ClientWithGate(t, d, name, toolsets, nil)
}

// ClientWithGate is Client with a Layer0 gate (or any mcpkit.Gate) in the
// middleware chain, e.g. cli.NewLayer0Gate or a fake returning Review.
func ClientWithGate[D ServerDeps](t testing.TB, d *cli.Deps, name string, toolsets func(D) ([]*mcpkit.Toolset, error), gate mcpkit.Gate) *mcpkittest.Client {
	t.Helper()
	sets, err := toolsets(depsFor[D](d))
	if err != nil {
		t.Fatal(err)
	}
	s := mcpkit.NewServer(sets, mcpkit.ServerOptions{
		Name: name, Version: "test", ReadOnly: d.ReadOnly, Logger: d.Logger, Redactor: d.Redactor, Gate: gate,
	})
	return mcpkittest.New(t, s)
}

// MaxToolListBytes is the budget for one server's tools/list: a model reads
// it on every turn.
const MaxToolListBytes = 16 * 1024

// CheckToolDefinitions checks what a server advertises: every tool matches
// its committed schema snapshot (toolsnaps), sets all four annotation hints,
// has an output schema, is read-only when allRead, and the whole tool list
// fits MaxToolListBytes.
func CheckToolDefinitions[S cli.Server | clicore.Server](t *testing.T, srv S, allRead bool) {
	t.Helper()
	var s clicore.Server
	switch v := any(srv).(type) {
	case cli.Server:
		s = v.Core()
	case clicore.Server:
		s = v
	}
	checkSchemaFile(t, s) // first: in update mode it registers the new file
	tools, err := clicore.ToolList(s)
	if err != nil {
		t.Fatal(err)
	}
	defs := make([]any, 0, len(tools))
	for _, tl := range tools {
		a := tl.Def.Annotations
		if a.ReadOnlyHint == nil || a.DestructiveHint == nil || a.IdempotentHint == nil || a.OpenWorldHint == nil {
			t.Errorf("%s: all four annotation hints must be set", tl.Def.Name)
		}
		if tl.Def.OutputSchema.Type != "object" && len(tl.Def.RawOutputSchema) == 0 {
			t.Errorf("%s has no output schema", tl.Def.Name)
		}
		if allRead && !tl.ReadOnly {
			t.Errorf("%s: every %s tool must be read-only", tl.Def.Name, s.Name)
		}
		if err := toolsnaps.Test(tl.Def.Name, tl.Def); err != nil {
			t.Error(err)
		}
		defs = append(defs, tl.Def)
	}
	b, err := json.Marshal(map[string]any{"tools": defs})
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > MaxToolListBytes {
		t.Errorf("%s's tools/list is %d bytes; the budget is %d", s.Name, len(b), MaxToolListBytes)
	}
}

// SchemaFile is the schema file each server package embeds and registers
// (mcpkit.RegisterSchemas), relative to the package.
const SchemaFile = toolsnaps.Dir + "/schemas.json"

// checkSchemaFile fails when the server's embedded schema file does not
// match its tools' Go types (or lacks some), and rewrites it when
// UPDATE_TOOLSNAPS=true.
func checkSchemaFile(t *testing.T, s clicore.Server) {
	t.Helper()
	var all []mcpkit.Tool
	for _, writes := range []bool{true, false} {
		tools, err := clicore.ToolListWrites(s, writes)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, tools...)
	}
	if os.Getenv("UPDATE_TOOLSNAPS") == "true" {
		b, err := mcpkit.SchemaFile(all)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(SchemaFile, b, 0o644); err != nil {
			t.Fatal(err)
		}
		// Serve the new file from now on, so the snapshots are written from
		// what the rebuilt binary will serve.
		mcpkit.RegisterSchemas(b)
		return
	}
	stale, missing := mcpkit.CheckSchemaFile(all)
	if len(stale)+len(missing) > 0 {
		t.Errorf("%s's %s is out of date (stale: %v; missing: %v); run the tests with UPDATE_TOOLSNAPS=true and commit it", s.Name, SchemaFile, stale, missing)
	}
}
