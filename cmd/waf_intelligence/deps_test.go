package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoCELRuntime fails when waf_intelligence links cel-go or antlr: invariants are
// evaluated by pkg/expr, and a linked library is paged in at start.
func TestNoCELRuntime(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, b := range []string{"cel.dev/cel-go", "cel.dev/expr", "github.com/antlr4-go/antlr"} {
			if dep == b || strings.HasPrefix(dep, b+"/") {
				t.Errorf("waf_intelligence links %s", dep)
			}
		}
	}
}
