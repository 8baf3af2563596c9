package layer0

import (
	"testing"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

// Every expression declared with lazyre compiles (they compile on first
// use, so a bad one would otherwise surface only on some text).
func TestLazyExpressionsCompile(t *testing.T) {
	if err := lazyre.Check(); err != nil {
		t.Fatal(err)
	}
}

// detectThirdParty returns only the ids of thirdPartyTextIDs (the skip in
// scanState.thirdParty relies on it).
func TestThirdPartyTextIDs(t *testing.T) {
	declared := map[string]bool{}
	for _, id := range thirdPartyTextIDs {
		declared[id] = true
	}
	seen := map[string]bool{}
	for _, in := range goldenInputs(t) {
		for _, v := range normalize(in.Text + " ").views {
			for _, f := range detectThirdParty(v.text) {
				seen[f.id] = true
				if !declared[f.id] {
					t.Errorf("detectThirdParty returned %s, not in thirdPartyTextIDs", f.id)
				}
			}
		}
	}
	if len(seen) == 0 {
		t.Error("no third-party finding in the golden corpus")
	}
}
