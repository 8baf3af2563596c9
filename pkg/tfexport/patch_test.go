package tfexport

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
)

func TestCodifyPatchMakesCodeMatchLive(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	ctx := context.Background()
	z := seeded[0]
	l, files := export(t, d.Client, z)
	dir := writeExport(t, files)
	// A comment in code survives the patch.
	os.WriteFile(filepath.Join(dir, "dns.tf"), []byte("# hand-written note\n"+files["dns.tf"]), 0o644)
	ids := map[string]string{}
	for _, r := range l.Resources {
		ids[r.Address()] = r.ID
	}
	off := false
	if _, err := d.Client.EditDNSRecord(ctx, z.ID, ids["cloudflare_dns_record.a_api"], cfclient.DNSRecordInput{Content: "192.0.2.99", Proxied: &off}); err != nil {
		t.Fatal(err)
	}
	if err := d.Client.DeleteDNSRecord(ctx, z.ID, ids["cloudflare_dns_record.a_ftp"]); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Client.CreateDNSRecord(ctx, z.ID, cfclient.DNSRecordInput{Type: "TXT", Name: "oob." + z.Name, Content: "added ${by} hand", TTL: 300}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Client.EditZoneSetting(ctx, z.ID, "min_tls_version", "1.0"); err != nil {
		t.Fatal(err)
	}
	rep := drift(t, d.Client, z, dir)
	if !rep.Drifted() {
		t.Fatal("no drift")
	}
	live, err := Read(ctx, d.Client, z)
	if err != nil {
		t.Fatal(err)
	}
	newFiles, diff, err := CodifyPatch(dir, live, rep)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(diff)
	for _, want := range []string{"--- a/dns.tf", "+++ b/dns.tf", `-  content = "203.0.113.20"`, `+  content = "192.0.2.99"`,
		`-resource "cloudflare_dns_record" "a_ftp" {`, "--- /dev/null", "+++ b/unmanaged.tf", `+  value      = "1.0"`} {
		if !strings.Contains(diff, want) {
			t.Errorf("the patch lacks %q", want)
		}
	}
	for n, c := range newFiles {
		os.WriteFile(filepath.Join(dir, n), []byte(c), 0o644)
	}
	if !strings.HasPrefix(newFiles["dns.tf"], "# hand-written note\n") {
		t.Error("the patch lost a comment")
	}
	if rep := drift(t, d.Client, z, dir); rep.Drifted() {
		var b strings.Builder
		rep.Write(&b, "text")
		t.Errorf("code still drifts after the patch:\n%s", b.String())
	}
	all := map[string]string{}
	for _, n := range ResourceFiles {
		all[n] = newFiles[n]
		if all[n] == "" {
			b, _ := os.ReadFile(filepath.Join(dir, n))
			all[n] = string(b)
		}
	}
	if err := CheckFiles(map[string]string{"dns.tf": all["dns.tf"], "zone_settings.tf": all["zone_settings.tf"],
		"imports.tf": "", "versions.tf": "", "variables.tf": "", "terraform.tfvars": ""}); err != nil && !strings.Contains(err.Error(), "imports.tf imports") {
		t.Errorf("patched files: %v", err)
	}
	resOnly := regexp.MustCompile(`(?s)import \{.*?\n\}\n`).ReplaceAllString(newFiles[UnmanagedFile], "")
	if err := CheckFiles(map[string]string{"dns.tf": resOnly, "imports.tf": "", "versions.tf": "", "variables.tf": "", "terraform.tfvars": ""}); err != nil && !strings.Contains(err.Error(), "imports.tf imports") {
		t.Errorf("unmanaged.tf: %v", err)
	}
}
