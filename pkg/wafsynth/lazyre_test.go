package wafsynth

import (
	"testing"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

// TestExpressionsCompile compiles the package's expressions, which are
// otherwise compiled on first use.
func TestExpressionsCompile(t *testing.T) {
	if err := lazyre.Check(); err != nil {
		t.Fatal(err)
	}
}
