package safe

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

func mustConfig(t *testing.T, yaml string) *config.Config {
	t.Helper()
	cfg, err := config.Parse("t.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestResolveZone(t *testing.T) {
	allowShop := mustConfig(t, "zones:\n  allow: [example.shop]\n")
	allowMainByID := mustConfig(t, "zones:\n  allow: ["+cfsim.SeedZoneMainID+"]\n")
	cases := []struct {
		name, ref string
		cfg       *config.Config
		wantID    string
		errPart   string
	}{
		{name: "by name", ref: "example.com", wantID: cfsim.SeedZoneMainID},
		{name: "name case and trailing dot", ref: "Example.SHOP.", wantID: cfsim.SeedZoneShopID},
		{name: "by id", ref: cfsim.SeedZoneDevID, wantID: cfsim.SeedZoneDevID},
		{name: "by upper-case id", ref: strings.ToUpper(cfsim.SeedZoneDevID), wantID: cfsim.SeedZoneDevID},
		{name: "allowed by id in the allowlist", ref: "example.com", cfg: allowMainByID, wantID: cfsim.SeedZoneMainID},
		{name: "empty", ref: " ", errPart: "zone is required: a zone name such as example.com or its 32-hex id"},
		{name: "not a name", ref: "../etc", errPart: `zone "../etc" is neither a zone name nor a 32-hex zone id`},
		{name: "single label", ref: "localhost", errPart: "neither a zone name nor a 32-hex zone id"},
		{name: "unknown name", ref: "nope.example", errPart: `zone "nope.example" is not a zone this server may use`},
		{name: "unknown id", ref: strings.Repeat("ab", 16), errPart: "is not a zone this server may use"},
		{name: "name outside the allowlist", ref: "example.com", cfg: allowShop, errPart: `zone "example.com" is not a zone this server may use`},
		{name: "id outside the allowlist", ref: cfsim.SeedZoneMainID, cfg: allowShop, errPart: "is not a zone this server may use"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, _ := clitest.Deps(t, c.cfg)
			z, err := resolveZone(context.Background(), d, c.ref)
			if c.errPart != "" {
				var te *mcpkit.Error
				if err == nil || !strings.Contains(err.Error(), c.errPart) || !asToolError(err, &te) {
					t.Fatalf("want tool error containing %q, got %v", c.errPart, err)
				}
				return
			}
			if err != nil || z.ID != c.wantID {
				t.Fatalf("got %+v, %v; want %s", z, err, c.wantID)
			}
		})
	}
}

func asToolError(err error, te **mcpkit.Error) bool {
	e, ok := err.(*mcpkit.Error)
	*te = e
	return ok
}

func TestResolveZoneAPIFailure(t *testing.T) {
	d, sim := clitest.Deps(t, nil)
	sim.SetFault(cfsim.Fault{Method: "GET", Path: "/zones/**", Kind: cfsim.FaultServerError, Status: 503})
	sim.SetFault(cfsim.Fault{Method: "GET", Path: "/zones", Kind: cfsim.FaultServerError, Status: 503})
	for _, ref := range []string{"example.com", cfsim.SeedZoneMainID} {
		if _, err := resolveZone(context.Background(), d, ref); err == nil || !strings.Contains(err.Error(), "looking up zone "+ref+" failed") {
			t.Errorf("%s: got %v", ref, err)
		}
	}
}

func TestZoneOf(t *testing.T) {
	zones := []cfclient.Zone{{ID: "1", Name: "example.com"}, {ID: "2", Name: "eu.example.com"}, {ID: "3", Name: "example.shop"}}
	for host, want := range map[string]string{
		"example.com": "1", "a.example.com": "1", "x.eu.example.com": "2", "EU.example.com.": "2",
		"notexample.com": "", "example.org": "",
	} {
		z, ok := zoneOf(zones, host)
		if z.ID != want || ok != (want != "") {
			t.Errorf("zoneOf(%q) = %q, %v; want %q", host, z.ID, ok, want)
		}
	}
}

// interceptDeps returns deps on a seeded simulator whose answers can be
// replaced: override gets each request and returns a status and JSON body to
// answer with instead, or ok=false to let the simulator answer.
func interceptDeps(t *testing.T, cfg *config.Config, override func(r *http.Request) (status int, body string, ok bool)) (*cli.Deps, *cfsim.Sim) {
	t.Helper()
	d, sim := clitest.Deps(t, cfg)
	inner := sim.Transport()
	client, err := cfclient.New(cfclient.Config{
		Token:   clitest.Canary,
		BaseURL: "http://127.0.0.1" + cfsim.BasePath + "/",
		Sandbox: true,
		HTTPClient: &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
			if status, body, ok := override(r); ok {
				return &http.Response{StatusCode: status, Header: http.Header{"Content-Type": {"application/json"}},
					Body: io.NopCloser(strings.NewReader(body)), Request: r, ContentLength: int64(len(body))}, nil
			}
			return inner.RoundTrip(r)
		})},
		MaxRetries: -1,
	})
	if err != nil {
		t.Fatal(err)
	}
	d.Client = client
	return d, sim
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
