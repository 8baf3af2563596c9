package layer0

import (
	"regexp"
	"regexp/syntax"
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
		"secret_more": intentSecretMore, "escalation_more": intentEscalationMore, "forced_yes": intentForcedYes, "forced": intentForced,
		"meta": intentMeta, "threat": intentThreat, "side_secret": intentSideSecret, "capability": intentCapability, "loose_more": intentLooseMore, "reveal_more": intentRevealMore, "fiction_harm": intentFictionHarm,
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

// The intent expressions added with L0-OVR-021/022/023 and L0-PER-022/023
// (and the operator additions beside them) fit Go's backtracking matcher
// (at most 500 instructions), as the rule expressions do.
func TestNewIntentPatternsFitTheBacktracker(t *testing.T) {
	buildIntentIndexes() // sets each pattern's expression, as New does
	for name, gs := range map[string][]gated{
		"secret_more": intentSecretMore, "escalation_more": intentEscalationMore, "forced_yes": intentForcedYes, "forced": intentForced,
		"meta": intentMeta, "threat": intentThreat, "side_secret": intentSideSecret, "capability": intentCapability, "loose_more": intentLooseMore, "reveal_more": intentRevealMore, "fiction_harm": intentFictionHarm,
	} {
		for i := range gs {
			re, err := syntax.Parse(gs[i].re.src, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			prog, err := syntax.Compile(re.Simplify())
			if err != nil {
				t.Fatal(err)
			}
			if n := len(prog.Inst); n > 500 {
				t.Errorf("%s[%d]: %d instructions (at most 500 run on the backtracker): %.80s…", name, i, n, gs[i].re.src)
			}
		}
	}
}
