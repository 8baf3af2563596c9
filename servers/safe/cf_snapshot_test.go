package safe

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
)

// snapDeps returns deps on a seeded simulator with a fresh state directory.
func snapDeps(t *testing.T, cfg *config.Config) (*cli.Deps, *cfsim.Sim) {
	t.Helper()
	d, sim := clitest.Deps(t, cfg)
	d.Config.StateDir = t.TempDir()
	return d, sim
}

func takeSnapshot(t *testing.T, d *cli.Deps, zone string) SnapshotResult {
	t.Helper()
	res := clitest.Client(t, d, Name, Toolsets).MustCall("cf_snapshot", map[string]any{"zone": zone})
	if res.IsError {
		t.Fatal(mcpkittest.Text(res))
	}
	var out SnapshotResult
	mcpkittest.Decode(t, res, &out)
	return out
}

func TestCfSnapshotSchema(t *testing.T) {
	def := cfSnapshot(nil).Def
	a := def.Annotations
	if !*a.ReadOnlyHint || *a.DestructiveHint || !*a.IdempotentHint || !*a.OpenWorldHint {
		t.Errorf("hints = %+v", a)
	}
	if !strings.Contains(string(def.RawInputSchema), `"required":["zone"]`) {
		t.Errorf("zone must be required: %s", def.RawInputSchema)
	}
	if def.OutputSchema.Properties["snapshot_id"] == nil || def.OutputSchema.Properties["hash"] == nil {
		t.Errorf("output schema = %+v", def.OutputSchema)
	}
}

func TestCfSnapshotStoresTheZone(t *testing.T) {
	d, _ := snapDeps(t, nil)
	out := takeSnapshot(t, d, "example.com")
	if !snapshotIDPattern.MatchString(out.SnapshotID) || out.Zone != "example.com" || out.ZoneID != cfsim.SeedZoneMainID {
		t.Fatalf("result = %+v", out)
	}
	if out.Counts.DNSRecords != 30 || out.Counts.Rulesets != 3 || out.Counts.Rules == 0 || out.Counts.Settings == 0 {
		t.Errorf("counts = %+v", out.Counts)
	}
	if _, err := time.Parse(time.RFC3339, out.TakenAt); err != nil {
		t.Errorf("taken_at %q: %v", out.TakenAt, err)
	}
	dir := filepath.Join(d.Config.StateDir, "snapshots")
	fi, err := os.Stat(dir)
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("snapshot dir: %v %v", fi.Mode(), err)
	}
	path := filepath.Join(dir, out.SnapshotID+".json")
	fi, err = os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("snapshot file: %v %v", fi, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the snapshot directory holds %d entries; want only the snapshot", len(entries))
	}
	b, _ := os.ReadFile(path)
	if strings.Contains(string(b), clitest.Canary) {
		t.Error("the token is in the snapshot")
	}
	var f snapshotFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	canon, _ := canonicalJSON(f.Content)
	if got, _ := hashState(f.Content); got != out.Hash || !strings.HasPrefix(out.Hash, "sha256:") || len(out.Hash) != 71 {
		t.Errorf("hash %s, recomputed %s over %d bytes", out.Hash, got, len(canon))
	}
	// The same unchanged zone hashes the same; another snapshot gets another id.
	again := takeSnapshot(t, d, cfsim.SeedZoneMainID)
	if again.Hash != out.Hash || again.SnapshotID == out.SnapshotID {
		t.Errorf("second snapshot %+v vs %+v", again, out)
	}
	shop := takeSnapshot(t, d, "example.shop")
	if shop.Hash == out.Hash || shop.Counts.Rulesets == 3 {
		t.Errorf("example.shop snapshot %+v", shop)
	}
}

func TestCfSnapshotRejections(t *testing.T) {
	cases := []struct {
		name    string
		cfg     *config.Config
		args    map[string]any
		errPart string
	}{
		{name: "missing zone", args: map[string]any{}, errPart: "zone"},
		{name: "empty zone", args: map[string]any{"zone": ""}, errPart: "zone is required"},
		{name: "unknown zone", args: map[string]any{"zone": "example.org"}, errPart: `zone "example.org" is not a zone this server may use`},
		{name: "zone outside the allowlist", cfg: mustConfig(t, "zones:\n  allow: [example.shop]\n"), args: map[string]any{"zone": "example.com"}, errPart: "is not a zone this server may use"},
		{name: "unknown argument", args: map[string]any{"zone": "example.com", "path": "/tmp"}, errPart: "path"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, _ := snapDeps(t, c.cfg)
			res := clitest.Client(t, d, Name, Toolsets).MustCall("cf_snapshot", c.args)
			if !res.IsError || !strings.Contains(mcpkittest.Text(res), c.errPart) {
				t.Fatalf("want error containing %q, got %s", c.errPart, mcpkittest.Text(res))
			}
			if entries, _ := os.ReadDir(filepath.Join(d.Config.StateDir, "snapshots")); len(entries) != 0 {
				t.Errorf("a refused snapshot left %d files", len(entries))
			}
		})
	}
}

func TestCfSnapshotAPIFailures(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"/zones/*/dns_records", "reading the DNS records of zone example.com failed"},
		{"/zones/*/rulesets/phases/*/entrypoint", "ruleset of zone example.com failed"},
		{"/zones/*/settings", "reading the settings of zone example.com failed"},
	} {
		t.Run(c.path, func(t *testing.T) {
			d, sim := snapDeps(t, nil)
			sim.SetFault(cfsim.Fault{Method: "GET", Path: c.path, Kind: cfsim.FaultServerError, Status: 503})
			res := clitest.Client(t, d, Name, Toolsets).MustCall("cf_snapshot", map[string]any{"zone": "example.com"})
			if !res.IsError || !strings.Contains(mcpkittest.Text(res), c.want) {
				t.Fatalf("got %s", mcpkittest.Text(res))
			}
		})
	}
}

func TestCfSnapshotUnwritableStateDir(t *testing.T) {
	d, _ := snapDeps(t, nil)
	file := filepath.Join(d.Config.StateDir, "not-a-dir")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	d.Config.StateDir = file
	res := clitest.Client(t, d, Name, Toolsets).MustCall("cf_snapshot", map[string]any{"zone": "example.com"})
	text := mcpkittest.Text(res)
	if !res.IsError || !strings.Contains(text, "cannot create the snapshot directory under state_dir") || strings.Contains(text, file) {
		t.Fatalf("got %s", text)
	}
	d.Config.StateDir = ""
	res = clitest.Client(t, d, Name, Toolsets).MustCall("cf_snapshot", map[string]any{"zone": "example.com"})
	if !res.IsError || !strings.Contains(mcpkittest.Text(res), "no state_dir is configured") {
		t.Fatalf("got %s", mcpkittest.Text(res))
	}
}

func TestLoadSnapshotRefusesBadIDs(t *testing.T) {
	dir := t.TempDir()
	good := "snap-20261121T080000Z-0123456789abcdef01234567"
	cases := map[string]string{
		"../x":                          "is not a snapshot id; accepted: ids that cf_snapshot returned",
		"../../etc/passwd":              "is not a snapshot id",
		"snap-20261121T080000Z-../../x": "is not a snapshot id",
		good + "/../" + good:            "is not a snapshot id",
		strings.ToUpper(good):           "is not a snapshot id",
		good + ".json":                  "is not a snapshot id",
		"":                              "is not a snapshot id",
		good:                            "no snapshot " + good + " is stored on this server",
	}
	for id, want := range cases {
		if _, err := loadSnapshot(dir, id); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("loadSnapshot(%q) = %v; want %q", id, err, want)
		}
	}
}

func TestCfSnapshotKeepsABoundedNumber(t *testing.T) {
	d, _ := snapDeps(t, nil)
	old := maxStoredSnapshots
	maxStoredSnapshots = 2
	defer func() { maxStoredSnapshots = old }()
	takeSnapshot(t, d, "example.dev")
	takeSnapshot(t, d, "example.dev")
	res := clitest.Client(t, d, Name, Toolsets).MustCall("cf_snapshot", map[string]any{"zone": "example.dev"})
	if !res.IsError || !strings.Contains(mcpkittest.Text(res), "2 snapshots are stored, the most this server keeps") {
		t.Fatalf("got %s", mcpkittest.Text(res))
	}
}

func TestCfSnapshotRefusesAZoneLargerThanItHolds(t *testing.T) {
	d, _ := snapDeps(t, nil)
	old := maxSnapshotRecords
	maxSnapshotRecords = 5
	defer func() { maxSnapshotRecords = old }()
	res := clitest.Client(t, d, Name, Toolsets).MustCall("cf_snapshot", map[string]any{"zone": "example.dev"})
	if !res.IsError || !strings.Contains(mcpkittest.Text(res), "zone example.dev has more than 5 DNS records; a snapshot holds at most 5 and is not taken in part") {
		t.Fatalf("got %s", mcpkittest.Text(res))
	}
}

func TestLoadSnapshotRefusesWhatIsNotARegularFile(t *testing.T) {
	stateDir := t.TempDir()
	dir := filepath.Join(stateDir, "snapshots")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	id := "snap-20261121T080000Z-0123456789abcdef01234567"
	target := filepath.Join(stateDir, "elsewhere.json")
	if err := os.WriteFile(target, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, id+".json")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if _, err := loadSnapshot(stateDir, id); err == nil || !strings.Contains(err.Error(), "is not a regular file") {
		t.Errorf("symlink: %v", err)
	}
	if _, err := loadSnapshot("", id); err == nil || !strings.Contains(err.Error(), "no state_dir is configured") {
		t.Errorf("no state dir: %v", err)
	}
}
