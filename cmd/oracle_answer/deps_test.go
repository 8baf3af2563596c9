package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLinksOnlyWhatItUses fails when oracle_answer, which never calls
// Cloudflare and evaluates no CEL, links the Cloudflare client, the
// simulator, the OpenAPI tooling or cel-go (with protobuf and antlr): what a
// binary links is what it pages in at start.
func TestLinksOnlyWhatItUses(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	banned := []string{
		"github.com/cloudflare/cloudflare-go",
		"github.com/cfplane/cfplane/pkg/cfsim",
		"github.com/cfplane/cfplane/pkg/cfclient",
		"github.com/getkin/kin-openapi",
		"cel.dev/cel-go",
		"github.com/antlr4-go/antlr",
		"google.golang.org/protobuf",
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, b := range banned {
			if dep == b || strings.HasPrefix(dep, b+"/") {
				t.Errorf("oracle_answer links %s", dep)
				break
			}
		}
	}
}
