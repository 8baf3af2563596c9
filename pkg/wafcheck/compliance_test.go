package wafcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim"
)

func fixture(t *testing.T) *Snapshot {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "zone.tf"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := FromTerraform(src, "zone.tf", "business")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestComplianceGolden(t *testing.T) {
	rep, err := Compliance(fixture(t), FrameworkAll)
	if err != nil {
		t.Fatal(err)
	}
	got := ComplianceMarkdown(rep)
	golden := filepath.Join("testdata", "compliance_all.golden.md")
	if os.Getenv("UPDATE_GOLDEN") == "true" {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (create it with UPDATE_GOLDEN=true)", err)
	}
	if got != string(want) {
		t.Errorf("compliance report differs from %s (refresh with UPDATE_GOLDEN=true after an intended change):\n%s", golden, got)
	}
	// Run twice: the same snapshot gives the same report.
	again, _ := Compliance(fixture(t), FrameworkAll)
	if ComplianceMarkdown(again) != got {
		t.Error("report is not stable across runs")
	}
	for _, c := range rep.Controls {
		if c.Snapshot != rep.SnapshotHash || len(c.Evidence) == 0 {
			t.Errorf("%s %s: evidence without snapshot hash or empty: %+v", c.Framework, c.ID, c)
		}
	}
}

func TestComplianceStatuses(t *testing.T) {
	rep, _ := Compliance(fixture(t), FrameworkAll)
	st := map[string]string{}
	for _, c := range rep.Controls {
		st[c.Framework+" "+c.ID] = c.Status
	}
	want := map[string]string{
		"pci 6.4.3":          StatusNotAssess, // Page Shield is not read
		"pci 4.2.1":          StatusPartial,   // ssl full, HSTS weak
		"asvs-4.0.3 V14.4.5": StatusPartial,   // max_age one day
		"asvs-5.0 V12.1.1":   StatusPass,      // TLS 1.2
		"owasp A07":          StatusPartial,   // login rate limited, no leaked-credential rule
		"nist SC-8":          StatusPartial,
	}
	for k, w := range want {
		if st[k] != w {
			t.Errorf("%s = %s, want %s", k, st[k], w)
		}
	}
	for _, fw := range []string{FrameworkPCI, FrameworkASVS, FrameworkOWASP, FrameworkNIST} {
		r, err := Compliance(fixture(t), fw)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range r.Controls {
			if !wanted(c.Framework, fw) {
				t.Errorf("%s report holds %s", fw, c.Framework)
			}
		}
		if fw == FrameworkASVS && (len(r.Frameworks) != 2 || r.Frameworks[0] != "asvs-4.0.3" || r.Frameworks[1] != "asvs-5.0") {
			t.Errorf("asvs frameworks %v", r.Frameworks)
		}
	}
	if _, err := Compliance(fixture(t), "iso27001"); err == nil || !strings.Contains(err.Error(), "accepted: pci") {
		t.Errorf("unknown framework: %v", err)
	}
}

func TestComplianceSeededShopFails(t *testing.T) {
	rep, _ := Compliance(liveSnapshot(t, cfsim.SeedZoneShop), FrameworkPCI)
	st := map[string]string{}
	for _, c := range rep.Controls {
		st[c.ID] = c.Status
	}
	if st["6.4.2"] != StatusFail || st["4.2.1"] != StatusFail || st["6.4.1"] != StatusFail {
		t.Errorf("example.shop PCI: %v", st)
	}
	main, _ := Compliance(liveSnapshot(t, cfsim.SeedZoneMain), FrameworkPCI)
	for _, c := range main.Controls {
		if c.ID == "4.2.1" && c.Status != StatusPass {
			t.Errorf("example.com 4.2.1 = %s (strict, TLS 1.2, HTTPS, HSTS)", c.Status)
		}
	}
}

func TestGaps(t *testing.T) {
	shop := Gaps(liveSnapshot(t, cfsim.SeedZoneShop))
	st := map[string]GapRow{}
	for _, r := range shop.Rows {
		st[r.Category] = r
	}
	for _, c := range []string{"sqli", "xss", "rce", "lfi_rfi", "credential_stuffing", "volumetric_auth_api", "A03 Injection"} {
		if st[c].Status != Missing {
			t.Errorf("example.shop %s = %s (%s)", c, st[c].Status, st[c].Why)
		}
		if len(st[c].Proposals) == 0 {
			t.Errorf("example.shop %s: no proposals", c)
		}
	}
	if it := st["sqli"].Proposals[len(st["sqli"].Proposals)-1].Intent; it["action"] != "block" {
		t.Errorf("sqli proposal intent %v", it)
	}
	main := Gaps(liveSnapshot(t, cfsim.SeedZoneMain))
	for _, r := range main.Rows {
		st[r.Category] = r
	}
	// Managed rulesets deployed, but a client-triggerable skip rule exists.
	if st["sqli"].Status != Partial || !strings.Contains(st["sqli"].Why, cfsim.SeedRuleSpoofableSkipID) {
		t.Errorf("example.com sqli %+v", st["sqli"])
	}
	if st["volumetric_auth_api"].Status != Partial || st["credential_stuffing"].Status != Partial {
		t.Errorf("example.com rate limiting rows %+v %+v", st["volumetric_auth_api"], st["credential_stuffing"])
	}
	// Inline ruleset without the managed phase: not assessed, not missing.
	inl := Gaps(snap("pro", custom(r("block", `http.host eq "a"`))))
	for _, r := range inl.Rows {
		if r.Category == "sqli" && r.Status != NotAssessed {
			t.Errorf("inline sqli %s", r.Status)
		}
	}
	// A custom rule that stops a sample attack makes the class partial.
	cov := Gaps(snap("business", custom(r("block", `lower(url_decode(http.request.uri.query)) contains "union select"`))))
	for _, r := range cov.Rows {
		if r.Category == "sqli" && (r.Status != Partial || !strings.Contains(r.Why, "custom rule")) {
			t.Errorf("custom sqli rule: %+v", r)
		}
	}
}
