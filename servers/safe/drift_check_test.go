package safe

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/redact"
	"github.com/cfplane/cfplane/pkg/tfexport"
	"github.com/rs/zerolog"
)

func TestDriftCheckTool(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	wd := t.TempDir()
	t.Chdir(wd)
	res := c.MustCall("tf_export", map[string]any{"zone": "example.com"})
	var exp TFExportResult
	mcpkittest.Decode(t, res, &exp)
	os.Mkdir(filepath.Join(wd, "infra"), 0o755)
	for _, f := range exp.Files {
		os.WriteFile(filepath.Join(wd, "infra", f.Name), []byte(f.Content), 0o644)
	}
	res = c.MustCall("drift_check", map[string]any{"zone": "example.com", "tf_path": "infra"})
	if res.IsError {
		t.Fatal(mcpkittest.Text(res))
	}
	var rep tfexport.Report
	mcpkittest.Decode(t, res, &rep)
	if rep.Drifted() || rep.Coverage != 100 {
		t.Errorf("clean export drifts: %+v", rep.Counts)
	}
	// A path outside the working directory is refused, also through a
	// symlink; a missing path and unusable input say what is accepted.
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "main.tf"), []byte(""), 0o644)
	os.Symlink(outside, filepath.Join(wd, "link"))
	os.WriteFile(filepath.Join(wd, "junk.json"), []byte(`{"x":1}`), 0o644)
	for p, want := range map[string]string{
		outside:        "relative path",
		"../":          "leaves the working directory",
		"link":         "leaves the working directory",
		"nope":         "does not exist",
		"":             "relative path",
		"junk.json":    "neither a state file",
		"infra/dns.tf": "", // one file is accepted
	} {
		res := c.MustCall("drift_check", map[string]any{"zone": "example.com", "tf_path": p})
		if want == "" {
			if res.IsError {
				t.Errorf("%q: %s", p, mcpkittest.Text(res))
			}
			continue
		}
		if !res.IsError || !strings.Contains(mcpkittest.Text(res), want) {
			t.Errorf("%q: want error %q, got %s", p, want, mcpkittest.Text(res))
		}
	}
}

// TestDriftRoundTripCLI exports a cfsim zone with the CLI, changes it out
// of band through cfsim's API, and checks that drift reports the change
// with its attribution (exit 2) and is clean on an unchanged export.
func TestDriftRoundTripCLI(t *testing.T) {
	t.Setenv("CLOUDFLARE_API_TOKEN", "")
	sim := cfsim.New(cfsim.Options{})
	srv := httptest.NewServer(sim.Handler())
	defer srv.Close()
	base := srv.URL + cfsim.BasePath
	dir := t.TempDir()
	cfg := filepath.Join(dir, "cfplane.yaml")
	os.WriteFile(cfg, []byte("state_dir: "+filepath.Join(dir, "state")+"\n"), 0o600)
	out := filepath.Join(dir, "tf")
	code, _, stderr := runCLI(t, "export", "--sandbox="+base, "--config", cfg, "--zone", "example.com", "--out", out)
	if code != 0 {
		t.Fatalf("export: %d %s", code, stderr)
	}
	code, stdout, stderr := runCLI(t, "drift", "--sandbox="+base, "--config", cfg, "--zone", "example.com", "--tf", out)
	if code != 0 || !strings.Contains(stdout, "coverage 100.0%") {
		t.Fatalf("unchanged export: exit %d\n%s%s", code, stdout, stderr)
	}
	// Out of band, through the simulator's HTTP API.
	client, err := cfclient.New(cfclient.Config{Token: "cfplane-sandbox", BaseURL: base + "/", Sandbox: true, MaxRetries: -1})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	recs, err := client.ListDNSRecords(ctx, cfsim.SeedZoneMainID, cfclient.DNSFilter{Name: "api.example.com", Type: "A"}, 0)
	if err != nil || len(recs.Items) != 1 {
		t.Fatalf("%v %+v", err, recs)
	}
	if _, err := client.EditDNSRecord(ctx, cfsim.SeedZoneMainID, recs.Items[0].ID, cfclient.DNSRecordInput{Content: "192.0.2.99"}); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runCLI(t, "drift", "--sandbox="+base, "--config", cfg, "--zone", "example.com", "--tf", out, "--format", "json")
	if code != 2 {
		t.Fatalf("changed zone: exit %d\n%s%s", code, stdout, stderr)
	}
	var rep tfexport.Report
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, o := range rep.Objects {
		if o.Address == "cloudflare_dns_record.a_api" && o.Status == tfexport.StatusDrifted {
			found = len(o.Diffs) == 1 && o.Diffs[0].Path == "content" && len(o.Attribution) > 0 && o.Attribution[0].Source == "audit_log"
			t.Logf("%+v", o)
		}
	}
	if !found || rep.Counts.Drifted != 1 {
		t.Errorf("report: %s", stdout)
	}
	for _, f := range []string{"text", "markdown"} {
		code, stdout, _ = runCLI(t, "drift", "--sandbox="+base, "--config", cfg, "--zone", "example.com", "--tf", out, "--format", f)
		if code != 2 || !strings.Contains(stdout, "192.0.2.99") {
			t.Errorf("%s: exit %d %s", f, code, stdout)
		}
	}
	// A patch codifying live state applies with git apply and makes the
	// code match live.
	patch := filepath.Join(dir, "live.patch")
	code, _, stderr = runCLI(t, "drift", "--sandbox="+base, "--config", cfg, "--zone", "example.com", "--tf", out, "--patch", patch)
	pb, _ := os.ReadFile(patch)
	if code != 2 || !strings.Contains(string(pb), `+  content = "192.0.2.99"`) {
		t.Fatalf("patch: exit %d %s\n%s", code, stderr, pb)
	}
	codified := filepath.Join(dir, "codified")
	os.CopyFS(codified, os.DirFS(out))
	if git, err := exec.LookPath("git"); err == nil {
		cmd := exec.Command(git, "apply", "-p1", "--unsafe-paths", "--directory="+codified, patch)
		cmd.Dir = codified
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git apply: %v %s", err, b)
		}
		if code, stdout, stderr := runCLI(t, "drift", "--sandbox="+base, "--config", cfg, "--zone", "example.com", "--tf", codified); code != 0 {
			t.Fatalf("after the patch: exit %d\n%s%s", code, stdout, stderr)
		}
	}
	// Restore live to code through the plan engine, apply with
	// change_apply, and drift is clean again.
	code, _, stderr = runCLI(t, "drift", "--sandbox="+base, "--config", cfg, "--zone", "example.com", "--tf", out, "--restore")
	m := regexp.MustCompile(`restore plan (\S+): 1 operations`).FindStringSubmatch(stderr)
	if code != 2 || m == nil {
		t.Fatalf("restore: exit %d %s", code, stderr)
	}
	conf, err := config.Load(cfg)
	if err != nil {
		t.Fatal(err)
	}
	deps := &cli.Deps{Deps: &clicore.Deps{Config: conf, Logger: zerolog.Nop(), Redactor: redact.New(), Writes: true, Sandbox: true}, Client: client}
	res := clitest.Client(t, deps, Name, Toolsets).MustCall("change_apply", map[string]any{"plan_id": m[1]})
	if res.IsError {
		t.Fatalf("change_apply: %s", mcpkittest.Text(res))
	}
	code, stdout, stderr = runCLI(t, "drift", "--sandbox="+base, "--config", cfg, "--zone", "example.com", "--tf", out)
	if code != 0 {
		t.Fatalf("after the restore: exit %d\n%s%s", code, stdout, stderr)
	}
	// Changed out of band again: the audit log entry leads, cfplane's
	// restore change (from its journal) follows.
	if _, err := client.EditDNSRecord(ctx, cfsim.SeedZoneMainID, recs.Items[0].ID, cfclient.DNSRecordInput{Content: "192.0.2.98"}); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ = runCLI(t, "drift", "--sandbox="+base, "--config", cfg, "--zone", "example.com", "--tf", out, "--format", "json")
	rep = tfexport.Report{}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil || code != 2 {
		t.Fatalf("exit %d: %v", code, err)
	}
	var srcs []string
	for _, o := range rep.Objects {
		if o.Address == "cloudflare_dns_record.a_api" {
			for _, a := range o.Attribution {
				srcs = append(srcs, a.Source)
				if a.Source == "cfplane" && (a.ChangeID == "" || !strings.Contains(a.Action, "update")) {
					t.Errorf("cfplane attribution: %+v", a)
				}
			}
		}
	}
	if strings.Join(srcs, ",") != "audit_log,cfplane" {
		t.Errorf("attribution sources = %v\n%s", srcs, stdout)
	}
	// Compaction drops the change's operation bodies: attribution reads the
	// journal through the plan engine and still names the change.
	eng, err := changeEngine(deps)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := eng.CompactJournal(0); err != nil || n == 0 {
		t.Fatalf("compaction: %d %v", n, err)
	}
	code, stdout, _ = runCLI(t, "drift", "--sandbox="+base, "--config", cfg, "--zone", "example.com", "--tf", out, "--format", "json")
	rep = tfexport.Report{}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil || code != 2 {
		t.Fatalf("exit %d: %v", code, err)
	}
	srcs = nil
	for _, o := range rep.Objects {
		if o.Address == "cloudflare_dns_record.a_api" {
			for _, a := range o.Attribution {
				srcs = append(srcs, a.Source)
			}
		}
	}
	if strings.Join(srcs, ",") != "audit_log,cfplane" {
		t.Errorf("attribution after compaction = %v\n%s", srcs, stdout)
	}
	// Unusable input: exit 1.
	for _, args := range [][]string{
		{"drift", "--sandbox=" + base, "--config", cfg, "--zone", "example.com", "--tf", filepath.Join(dir, "nope")},
		{"drift", "--sandbox=" + base, "--config", cfg, "--zone", "example.com"},
		{"drift", "--sandbox=" + base, "--config", cfg, "--zone", "example.com", "--tf", out, "--format", "yaml"},
		{"drift", "--sandbox=" + base, "--config", cfg, "--zone", "nope.example", "--tf", out},
	} {
		if code, _, stderr := runCLI(t, args...); code != 1 || stderr == "" {
			t.Errorf("%v: exit %d %s", args[len(args)-2:], code, stderr)
		}
	}
}
