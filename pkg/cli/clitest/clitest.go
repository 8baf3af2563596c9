// Package clitest builds server dependencies against an in-process
// Cloudflare sandbox, for tests of the servers' tools.
package clitest

import (
	"net/http"
	"testing"

	"github.com/rs/zerolog"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
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
		Config:   cfg,
		Client:   client,
		Logger:   zerolog.Nop(),
		Redactor: redact.New(Canary),
		Writes:   true,
		Sandbox:  true,
		Sim:      sim,
	}, sim
}

// Client serves the toolsets in-process and returns an initialised client.
func Client(t testing.TB, d *cli.Deps, name string, toolsets func(*cli.Deps) ([]*mcpkit.Toolset, error)) *mcpkittest.Client {
	t.Helper()
	return ClientWithGate(t, d, name, toolsets, nil)
}

// ClientWithGate is Client with a Layer0 gate (or any mcpkit.Gate) in the
// middleware chain, e.g. cli.NewLayer0Gate or a fake returning Review.
func ClientWithGate(t testing.TB, d *cli.Deps, name string, toolsets func(*cli.Deps) ([]*mcpkit.Toolset, error), gate mcpkit.Gate) *mcpkittest.Client {
	t.Helper()
	sets, err := toolsets(d)
	if err != nil {
		t.Fatal(err)
	}
	s := mcpkit.NewServer(sets, mcpkit.ServerOptions{
		Name: name, Version: "test", ReadOnly: d.ReadOnly, Logger: d.Logger, Redactor: d.Redactor, Gate: gate,
	})
	return mcpkittest.New(t, s)
}
