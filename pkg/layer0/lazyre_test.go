package layer0

import (
	"regexp"
	"testing"
)

// Every expression declared with lazyMust compiles (they compile on first
// use, so a bad one would otherwise surface only on some text).
func TestLazyExpressionsCompile(t *testing.T) {
	if len(lazyREs) < 10 {
		t.Fatalf("only %d lazy expressions declared", len(lazyREs))
	}
	for i, l := range lazyREs {
		if _, err := regexp.Compile(l.src()); err != nil {
			t.Errorf("expression %d %.60q: %v", i, l.src(), err)
		}
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
