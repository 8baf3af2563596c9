package wafcheck

import (
	"context"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
)

func liveSnapshot(t testing.TB, zone string) *Snapshot {
	t.Helper()
	d, _ := clitest.Deps(t, nil)
	ctx := context.Background()
	z, err := ResolveZone(ctx, d.Client, zone)
	if err != nil {
		t.Fatal(err)
	}
	s, err := FromZone(ctx, d.Client, z)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func has(res *Result, check, ruleID string) bool {
	for _, f := range res.Findings {
		if f.Check == check && (ruleID == "" || f.RuleID == ruleID) {
			return true
		}
	}
	return false
}

func TestSeededZones(t *testing.T) {
	main := Analyze(liveSnapshot(t, cfsim.SeedZoneMain))
	if len(main.NotAssessed) != 0 {
		t.Errorf("live zone should assess every check, not assessed: %v", main.NotAssessed)
	}
	want := []struct{ check, rule string }{
		{"field-threat-score", cfsim.SeedRuleThreatScoreID},
		{"skip-spoofable", cfsim.SeedRuleSpoofableSkipID},
		{"rule-log-only", cfsim.SeedRuleLogOnlyID},
		{"rule-shadowed", cfsim.SeedRuleShadowedID},
		{"inline-ip-set", cfsim.SeedRuleInlineIPSetID},
		{"attack-score-unused", ""},
		{"dns-origin-exposed", "dns:origin.example.com/A"},
		{"list-reserved-items", "list:blocked_ips"},
		{"rule-disabled", ""},
	}
	for _, w := range want {
		if !has(main, w.check, w.rule) {
			t.Errorf("example.com: missing %s on %q", w.check, w.rule)
		}
	}
	for _, not := range []string{"managed-cloudflare-missing", "managed-owasp-missing", "ratelimit-auth-missing", "ssl-not-strict", "tls-min-version-old", "hsts-disabled", "skip-broad"} {
		if has(main, not, "") {
			t.Errorf("example.com: unexpected %s", not)
		}
	}
	shop := Analyze(liveSnapshot(t, cfsim.SeedZoneShop))
	for _, c := range []string{"managed-cloudflare-missing", "managed-owasp-missing", "ratelimit-auth-missing", "ssl-not-strict",
		"tls-min-version-old", "always-use-https-off", "hsts-disabled", "security-level-off", "browser-check-off", "dns-origin-exposed"} {
		if !has(shop, c, "") {
			t.Errorf("example.shop: missing %s", c)
		}
	}
	if has(shop, "field-threat-score", "") || has(shop, "attack-score-unused", "") {
		t.Errorf("example.shop: findings of example.com leaked: %+v", shop.Findings)
	}
	if main.SnapshotHash == shop.SnapshotHash {
		t.Error("two zones share a snapshot hash")
	}
}

func TestResolveZoneErrors(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	if _, err := ResolveZone(context.Background(), d.Client, "nope.example"); err == nil {
		t.Fatal("unknown zone resolved")
	}
	if _, err := ResolveZone(context.Background(), d.Client, " "); err == nil {
		t.Fatal("empty zone resolved")
	}
	z, err := ResolveZone(context.Background(), d.Client, cfsim.SeedZoneMainID)
	if err != nil || z.Name != cfsim.SeedZoneMain {
		t.Fatalf("by id: %v %v", z, err)
	}
}
