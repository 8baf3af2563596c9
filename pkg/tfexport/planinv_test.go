package tfexport

import (
	"os"
	"strings"
	"testing"

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
