package mcpkit

import (
	"testing"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

// Every package-level expression compiles (they are compiled on first use,
// not at start-up).
func TestLazyExpressionsCompile(t *testing.T) {
	if err := lazyre.Check(); err != nil {
		t.Fatal(err)
	}
}
