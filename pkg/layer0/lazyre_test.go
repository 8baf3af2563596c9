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
