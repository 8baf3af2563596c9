package tfexport

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	tfjson "github.com/hashicorp/terraform-json"

	"github.com/cfplane/cfplane/pkg/policy"
)

func checkPlan(t *testing.T, file string) []policy.Result {
	t.Helper()
	data, err := os.ReadFile("testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	in, _, err := PlanInput(data, "example.com", "")
	if err != nil {
		t.Fatal(err)
	}
	set, err := policy.Compile(nil)
	if err != nil {
		t.Fatal(err)
	}
	return set.Check(in)
}

// The fixtures are real Terraform plans (make tf-plan-fixtures), not
// hand-written ones: Terraform's version and the provider's address are in
// them, and the changes are the ones the script made.
func TestPlanFixturesAreTerraformOutput(t *testing.T) {
	for file, want := range map[string]string{
		"plan-ok.json":         "cloudflare_dns_record.txt_verify create",
		"plan-violations.json": "cloudflare_dns_record.mx_apex_05d25f delete, cloudflare_dns_record.mx_apex_712389 delete, cloudflare_dns_record.txt_verify create, cloudflare_ruleset.waf_custom update, cloudflare_zone_setting.min_tls_version update",
	} {
		data, err := os.ReadFile("testdata/" + file)
		if err != nil {
			t.Fatal(err)
		}
		var p tfjson.Plan
		if err := json.Unmarshal(data, &p); err != nil {
			t.Fatal(err)
		}
		if p.TerraformVersion == "" || !strings.Contains(string(data), `"registry.terraform.io/cloudflare/cloudflare"`) {
			t.Errorf("%s: not a Terraform output (version %q)", file, p.TerraformVersion)
		}
		var changed []string
		for _, rc := range p.ResourceChanges {
			if !rc.Change.Actions.NoOp() {
				var acts []string
				for _, a := range rc.Change.Actions {
					acts = append(acts, string(a))
				}
				changed = append(changed, rc.Address+" "+strings.Join(acts, "+"))
			}
		}
		if got := strings.Join(changed, ", "); got != want {
			t.Errorf("%s: changes %s\nwant %s", file, got, want)
		}
	}
}

func TestPlanInvariantsPass(t *testing.T) {
	if f := policy.Failed(checkPlan(t, "plan-ok.json")); len(f) > 0 {
		t.Errorf("a harmless plan fails: %+v", f)
	}
}

func TestPlanInvariantsFailOnViolations(t *testing.T) {
	failed := map[string]string{}
	for _, r := range policy.Failed(checkPlan(t, "plan-violations.json")) {
		failed[r.ID] = r.Message
	}
	for _, id := range []string{"mx_kept", "min_tls_12", "no_skip_all_match_all"} {
		if !strings.HasPrefix(failed[id], "violated: ") {
			t.Errorf("%s: not reported as violated (failed: %v)", id, failed)
		}
	}
	if len(failed) != 3 {
		t.Errorf("failed = %v", failed)
	}
}

func TestPlanInputRejectsNonPlans(t *testing.T) {
	for in, want := range map[string]string{
		`nope`:                     "does not decode",
		`{"a":1}`:                  "format version is missing",
		`{"format_version":"1.0"}`: "not a plan",
	} {
		if _, _, err := PlanInput([]byte(in), "example.com", ""); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v", in, err)
		}
	}
}

// The tunnel invariants hold over a Terraform plan as over cfplane's own.
func TestPlanTunnelInvariants(t *testing.T) {
	if f := policy.Failed(checkPlan(t, "plan-tunnels-ok.json")); len(f) > 0 {
		t.Errorf("publishing a hostname fails: %+v", f)
	}
	failed := map[string]bool{}
	for _, r := range policy.Failed(checkPlan(t, "plan-tunnels-violations.json")) {
		failed[r.ID] = true
	}
	for _, id := range []string{"tunnel_catch_all_last", "tunnel_hostname_has_cname", "tunnel_cname_target_exists"} {
		if !failed[id] {
			t.Errorf("%s holds over the violating plan (failed: %v)", id, failed)
		}
	}
	if len(failed) != 3 {
		t.Errorf("failed = %v", failed)
	}
}
