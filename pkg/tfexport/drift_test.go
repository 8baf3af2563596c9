package tfexport

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/plan"
)

func writeExport(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for n, c := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func drift(t *testing.T, c Client, z cfclient.Zone, path string) *Report {
	t.Helper()
	l, err := Read(context.Background(), c, z)
	if err != nil {
		t.Fatal(err)
	}
	code, err := LoadCode(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return Compare(l, code)
}

func find(rep *Report, addr string) *ObjectDrift {
	for i := range rep.Objects {
		if rep.Objects[i].Address == addr {
			return &rep.Objects[i]
		}
	}
	return nil
}

func TestDriftCleanOnUnchangedExport(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	for _, z := range seeded {
		_, files := export(t, d.Client, z)
		rep := drift(t, d.Client, z, writeExport(t, files))
		if rep.Drifted() || rep.Coverage != 100 {
			var b bytes.Buffer
			rep.Write(&b, "text")
			t.Errorf("%s: an unchanged export drifts:\n%s", z.Name, b.String())
		}
	}
}

func TestDriftReportsOutOfBandChanges(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	ctx := context.Background()
	z := seeded[0]
	l, files := export(t, d.Client, z)
	dir := writeExport(t, files)
	ids := map[string]string{}
	for _, r := range l.Resources {
		ids[r.Address()] = r.ID
	}
	// Out of band: edit a record, delete one, add one, change a setting
	// and disable a WAF rule.
	off := false
	if _, err := d.Client.EditDNSRecord(ctx, z.ID, ids["cloudflare_dns_record.a_api"], cfclient.DNSRecordInput{Content: "192.0.2.99", Proxied: &off}); err != nil {
		t.Fatal(err)
	}
	if err := d.Client.DeleteDNSRecord(ctx, z.ID, ids["cloudflare_dns_record.a_ftp"]); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Client.CreateDNSRecord(ctx, z.ID, cfclient.DNSRecordInput{Type: "TXT", Name: "oob." + z.Name, Content: "added by hand", TTL: 300}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Client.EditZoneSetting(ctx, z.ID, "min_tls_version", "1.0"); err != nil {
		t.Fatal(err)
	}
	rs, err := d.Client.GetPhaseEntrypoint(ctx, z.ID, cfclient.PhaseCustom)
	if err != nil {
		t.Fatal(err)
	}
	rule := rs.Rules[0]
	f := false
	rule.Enabled = &f
	if _, err := d.Client.UpdateRule(ctx, z.ID, rs.ID, rule.ID, rule, nil); err != nil {
		t.Fatal(err)
	}

	rep := drift(t, d.Client, z, dir)
	var text bytes.Buffer
	rep.Write(&text, "text")
	t.Log(text.String())
	if !rep.Drifted() {
		t.Fatal("no drift reported")
	}
	api := find(rep, "cloudflare_dns_record.a_api")
	if api == nil || api.Status != StatusDrifted || !hasDiff(api, "content", "203.0.113.20", "192.0.2.99") || !hasDiff(api, "proxied", true, false) {
		t.Errorf("edited record: %+v", api)
	}
	if o := find(rep, "cloudflare_dns_record.a_ftp"); o == nil || o.Status != StatusMissing {
		t.Errorf("deleted record: %+v", o)
	}
	if o := find(rep, "cloudflare_dns_record.txt_oob"); o == nil || o.Status != StatusUnmanaged {
		t.Errorf("added record: %+v", o)
	}
	if o := find(rep, "cloudflare_zone_setting.min_tls_version"); o == nil || !hasDiff(o, "value", "1.2", "1.0") {
		t.Errorf("setting: %+v", o)
	}
	if o := find(rep, "cloudflare_ruleset.waf_custom"); o == nil || !hasDiff(o, "rules[0].enabled", true, false) {
		t.Errorf("ruleset: %+v", o)
	}
	if rep.Counts.Drifted != 3 || rep.Counts.Missing != 1 || rep.Counts.Unmanaged != 1 || rep.Coverage >= 100 {
		t.Errorf("counts %+v coverage %v", rep.Counts, rep.Coverage)
	}
	// Attribution: Cloudflare's audit log names who and when; cfplane's
	// journal names the change.
	logs, err := d.Client.ListAuditLogs(ctx, cfclient.AuditFilter{ZoneName: z.Name}, 0)
	if err != nil {
		t.Fatal(err)
	}
	journal := []plan.ChangeTouch{{Time: time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC), ChangeID: "chg-1", PlanID: "plan-1",
		ZoneID: z.ID, Ops: []plan.OpRef{{Kind: "dns", Action: "update", Object: "A api", ID: ids["cloudflare_dns_record.a_api"]}}}}
	Attribute(rep, journal, logs.Items)
	api = find(rep, "cloudflare_dns_record.a_api")
	var srcs []string
	for _, a := range api.Attribution {
		srcs = append(srcs, a.Source)
		if a.When == "" {
			t.Errorf("attribution without time: %+v", a)
		}
	}
	if strings.Join(srcs, ",") != "audit_log,cfplane" || api.Attribution[1].ChangeID != "chg-1" {
		t.Errorf("attribution of the edited record: %+v", api.Attribution)
	}
	if o := find(rep, "cloudflare_ruleset.waf_custom"); len(o.Attribution) == 0 {
		t.Errorf("the rule change is not attributed (audit log by rule id)")
	}
	for _, f := range Formats {
		var b bytes.Buffer
		if err := rep.Write(&b, f); err != nil || !strings.Contains(b.String(), "a_api") {
			t.Errorf("%s: %v %q", f, err, b.String())
		}
	}
	var md bytes.Buffer
	rep.Write(&md, "markdown")
	if !strings.Contains(md.String(), "| drifted |") {
		t.Errorf("markdown: %s", md.String())
	}
}

func hasDiff(o *ObjectDrift, path string, code, live any) bool {
	for _, d := range o.Diffs {
		if d.Path == path && canon(normalize(code)) == canon(d.Code) && canon(normalize(live)) == canon(d.Live) {
			return true
		}
	}
	return false
}

// stateFromExport builds a terraform.tfstate (format 4) and `terraform show
// -json` output for the export, as Terraform would after import.
func stateFromExport(t *testing.T, l *Live) (tfstate, show []byte) {
	t.Helper()
	type inst struct {
		Attributes map[string]any `json:"attributes"`
	}
	var res []map[string]any
	var showRes []map[string]any
	for _, r := range l.Resources {
		attrs := map[string]any{"id": r.ID}
		for k, v := range r.Attrs {
			switch k {
			case "zone_id":
				attrs[k] = l.ZoneID
			case "account_id":
				attrs[k] = l.AccountID
			case "tunnel_id":
				attrs[k] = r.ID
			default:
				attrs[k] = v
			}
		}
		res = append(res, map[string]any{"mode": "managed", "type": r.Type, "name": r.Name, "instances": []inst{{attrs}}})
		showRes = append(showRes, map[string]any{"address": r.Address(), "mode": "managed", "type": r.Type, "name": r.Name,
			"provider_name": "registry.terraform.io/cloudflare/cloudflare", "schema_version": 500, "values": attrs})
	}
	tfstate, _ = json.Marshal(map[string]any{"version": 4, "terraform_version": "1.9.0", "serial": 1, "lineage": "x", "resources": res})
	show, _ = json.Marshal(map[string]any{"format_version": "1.0", "terraform_version": "1.9.0", "values": map[string]any{"root_module": map[string]any{"resources": showRes}}})
	return tfstate, show
}

func TestDriftFromStateAndShowJSON(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	ctx := context.Background()
	z := seeded[0]
	l, _ := export(t, d.Client, z)
	st, show := stateFromExport(t, l)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "terraform.tfstate"), st, 0o644)
	os.WriteFile(filepath.Join(dir, "show.json"), show, 0o644)
	for _, f := range []string{"terraform.tfstate", "show.json"} {
		if rep := drift(t, d.Client, z, filepath.Join(dir, f)); rep.Drifted() {
			var b bytes.Buffer
			rep.Write(&b, "text")
			t.Errorf("%s: clean state drifts:\n%s", f, b.String())
		}
	}
	var id string
	for _, r := range l.Resources {
		if r.Address() == "cloudflare_dns_record.a_api" {
			id = r.ID
		}
	}
	if _, err := d.Client.EditDNSRecord(ctx, z.ID, id, cfclient.DNSRecordInput{Comment: new(string)}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"terraform.tfstate", "show.json"} {
		rep := drift(t, d.Client, z, filepath.Join(dir, f))
		if o := find(rep, "cloudflare_dns_record.a_api"); o == nil || !hasDiff(o, "comment", "public API", nil) {
			t.Errorf("%s: the cleared comment is not reported: %+v", f, o)
		}
	}
}

func TestLoadCodeRejectsUnusableInput(t *testing.T) {
	dir := t.TempDir()
	write := func(n, c string) string {
		p := filepath.Join(dir, n)
		os.WriteFile(p, []byte(c), 0o644)
		return p
	}
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	cases := map[string]string{
		filepath.Join(dir, "nope"):                             "cannot read",
		empty:                                                  "holds no .tf files",
		write("bad.tf", "resource \"x\" {"):                    "does not parse",
		write("old.tfstate", `{"version":3}`):                  "format 3",
		write("other.json", `{"a":1}`):                         "neither a state file",
		write("text.txt", "hello"):                             "neither a .tf file nor JSON",
		write("imp.tf", "import {\n to = a\n id = \"x\"\n}\n"): "import to must name a resource",
	}
	for p, want := range cases {
		_, err := LoadCode(p, nil)
		var ie *InputError
		if err == nil || !strings.Contains(err.Error(), want) || !errorsAs(err, &ie) {
			t.Errorf("%s: err = %v, want %q", filepath.Base(p), err, want)
		}
	}
}

func errorsAs(err error, target **InputError) bool {
	e, ok := err.(*InputError)
	*target = e
	return ok
}
