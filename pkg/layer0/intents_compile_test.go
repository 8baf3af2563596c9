package layer0

import (
	"regexp"
	"testing"
)

// Every intent detector's expression compiles (they compile lazily, on
// first use, so a bad one would otherwise surface only on some text).
func TestIntentPatternsCompile(t *testing.T) {
	tables := map[string][]gated{
		"which": intentWhich, "config": intentConfig, "escalation": intentEscalation, "destructive": intentDestructive,
		"override": intentOverride, "reveal": intentReveal, "addressed": intentAddressed, "loose_override": intentLooseOverride,
		"format": intentFormat, "virtual": intentVirtual,
		"hijack": intentHijack, "praise": intentPraiseTask, "fiction": intentFiction,
		"secret_url": intentSecretURL, "skip_approval": intentSkipApproval, "destructive_more": intentDestructiveMore, "according": intentAccording,
	}
	n := 0
	for name, gs := range tables {
		for i := range gs {
			if _, err := regexp.Compile(gs[i].source()); err != nil {
				t.Errorf("%s[%d]: %v", name, i, err)
			}
			n++
		}
	}
	if n < 50 {
		t.Errorf("only %d intent expressions found", n)
	}
}
