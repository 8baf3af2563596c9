package cfsim

import "testing"

// The seeded rule IDs are written out as constants (no hashing at package
// initialisation); each must stay what it was, HexID of its name, like the
// IDs of every other seeded object.
func TestSeedRuleIDs(t *testing.T) {
	for id, name := range map[string]string{
		SeedRuleInlineIPSetID:   "rule/example.com/admin-inline-ips",
		SeedRuleLogOnlyID:       "rule/example.com/log-sqlmap",
		SeedRuleSpoofableSkipID: "rule/example.com/skip-xff",
		SeedRuleThreatScoreID:   "rule/example.com/threat-score",
		SeedRuleBadBotID:        "rule/example.com/block-badbot",
		SeedRuleShadowedID:      "rule/example.com/block-badbot-api",
		SeedRuleRateLimitID:     "rule/example.com/ratelimit-login",
	} {
		if got := HexID(name); got != id {
			t.Errorf("HexID(%q) = %s, the constant says %s", name, got, id)
		}
	}
}
