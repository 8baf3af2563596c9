package safe

import (
	"strings"
	"testing"
)

func TestInvariantsCommand(t *testing.T) {
	code, out, stderr := runCLI(t, "invariants", "--plan", "../../pkg/tfexport/testdata/plan-ok.json", "--zone", "example.com")
	if code != 0 || !strings.Contains(out, "ok   mx_kept") {
		t.Fatalf("harmless plan: exit %d\n%s%s", code, out, stderr)
	}
	code, out, stderr = runCLI(t, "invariants", "--plan", "../../pkg/tfexport/testdata/plan-violations.json", "--zone", "example.com", "--format", "markdown")
	if code != 2 || !strings.Contains(out, "**mx_kept**: violated: every name that had an MX record keeps one") ||
		!strings.Contains(stderr, "min_tls_12") || !strings.Contains(stderr, "no_skip_all_match_all") {
		t.Fatalf("violating plan: exit %d\n%s%s", code, out, stderr)
	}
	for _, args := range [][]string{
		{"invariants", "--zone", "example.com"},
		{"invariants", "--plan", "../../pkg/tfexport/testdata/nope.json", "--zone", "example.com"},
		{"invariants", "--plan", "../../pkg/tfexport/testdata/README.md", "--zone", "example.com"},
		{"invariants", "--plan", "../../pkg/tfexport/testdata/plan-ok.json", "--zone", "example.com", "--format", "html"},
	} {
		if code, _, stderr := runCLI(t, args...); code != 1 || stderr == "" {
			t.Errorf("%v: exit %d %s", args, code, stderr)
		}
	}
}

// The CI gate reports the tunnel invariants over a Terraform plan.
func TestInvariantsCommandTunnels(t *testing.T) {
	code, out, stderr := runCLI(t, "invariants", "--plan", "../../pkg/tfexport/testdata/plan-tunnels-violations.json", "--zone", "example.com")
	for _, id := range []string{"tunnel_catch_all_last", "tunnel_hostname_has_cname", "tunnel_cname_target_exists"} {
		if !strings.Contains(out+stderr, id) {
			t.Errorf("%s not reported", id)
		}
	}
	if code != 2 {
		t.Fatalf("violating tunnel plan: exit %d\n%s%s", code, out, stderr)
	}
}
