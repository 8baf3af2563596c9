package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

func TestExampleFileIsValidAndDefault(t *testing.T) {
	cfg, err := Load(filepath.Join("..", "..", "configs", "cfplane.example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	def := Default()
	if cfg.Writes != def.Writes || cfg.Budgets.MaxOpsPerPlan != def.Budgets.MaxOpsPerPlan ||
		cfg.Approval.RiskThreshold != def.Approval.RiskThreshold || cfg.Layer0.Mode != def.Layer0.Mode ||
		strings.Join(cfg.Protected.Records, ",") != strings.Join(def.Protected.Records, ",") {
		t.Errorf("example file differs from the defaults it documents: %+v", cfg)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, yaml, want string
	}{
		{"unknown top key", "version: 1\nzonez: []\n", "cfg.yaml:2: zonez: unknown key; accepted here: approval, budgets"},
		{"unknown nested key", "budgets:\n  max_ops: 3\n", "cfg.yaml:2: budgets.max_ops: unknown key; accepted here: change_windows, max_applies_per_zone_per_hour, max_ops_per_plan"},
		{"wrong type", "budgets:\n  max_ops_per_plan: lots\n", `cfg.yaml:2: budgets.max_ops_per_plan: "lots" is not a valid integer`},
		{"bad enum", "writes: yes-please\n", `cfg.yaml:1: writes: "yes-please" is not accepted; accepted: enabled, disabled`},
		{"out of range", "approval:\n  risk_threshold: 101\n", "cfg.yaml:2: approval.risk_threshold: 101 is out of range; accepted: 0–100"},
		{"syntax", "writes: [\n", "cfg.yaml:1: invalid YAML"},
		{"bad zone", "zones:\n  allow: [\"not a zone\"]\n", `zones.allow[0] "not a zone" is neither`},
		{"bad record pattern", "protected:\n  records: [\"apex\"]\n", `protected.records[0] "apex" is not "NAME TYPE"`},
		{"layer0 mode", "layer0:\n  mode: loud\n", `cfg.yaml:2: layer0.mode: "loud" is not accepted; accepted: off, shadow, enforce`},
		{"list expected", "zones:\n  allow: example.com\n", "cfg.yaml:2: zones.allow: expected a list"},
		{"not a mapping", "- a\n- b\n", "cfg.yaml:1: the file must be a mapping"},
		{"duplicate invariant", "invariants:\n  - {id: a, expr: 'true'}\n  - {id: a, expr: 'true'}\n", `invariants[1].id "a" is used twice`},
		{"version", "version: 2\n", "cfg.yaml:1: version: version 2 is not supported; accepted: 1"},
		{"old approval key file", "approval:\n  key_file: /etc/cfplane/approval.key\n", "cfg.yaml:2: approval.key_file: the shared approval key is no longer used"},
		{"old approval key env", "approval:\n  key_env: CFPLANE_APPROVAL_KEY\n", "remove approval.key_env and set approval.allowed_signers: PATH"},
		{"signer rule applies to nothing", "approval:\n  required_signers: [{signers: 2}]\n", "required_signers[0] applies to nothing"},
		{"signer count", "approval:\n  required_signers: [{signers: 11, min_risk: 50}]\n", "required_signers[0].signers 11 is out of range; accepted: 1–10"},
		{"emergency without principals", "approval:\n  emergency: {signers: 1}\n", "0 principals; accepted: 1–50 principals"},
		{"emergency quorum above principals", "approval:\n  emergency: {principals: [a@x], signers: 2}\n", "2 is out of range; accepted: 1–10 and at most the number of principals (1)"},
		{"feed format", "threat_intel:\n  feeds: [{name: x, path: /x, format: csv}]\n", `format "csv" is not accepted`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("cfg.yaml", []byte(c.yaml))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, c.want)
			}
		})
	}
}

func TestParseValues(t *testing.T) {
	cfg, err := Parse("c.yaml", []byte("writes: enabled\nzones:\n  allow: [example.com, 0123456789abcdef0123456789abcdef]\napproval:\n  plan_ttl: 5m\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.WritesEnabled() || cfg.PlanTTL().Minutes() != 5 {
		t.Errorf("cfg = %+v", cfg)
	}
	if !cfg.ZoneAllowed("Example.COM", "x") || !cfg.ZoneAllowed("other.com", "0123456789abcdef0123456789abcdef") || cfg.ZoneAllowed("other.com", "y") {
		t.Error("allowlist")
	}
	if !Default().ZoneAllowed("any.com", "") {
		t.Error("default allows every zone")
	}
}

func TestLoadMissingAndOversized(t *testing.T) {
	if _, err := Load("/nonexistent/cfplane.yaml"); err == nil || !strings.Contains(err.Error(), "/nonexistent/cfplane.yaml: cannot read") {
		t.Errorf("missing file: %v", err)
	}
	p := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(p, []byte(strings.Repeat("#", MaxFileBytes+10)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("oversized: %v", err)
	}
}

func TestRequiredSignersParse(t *testing.T) {
	cfg, err := Parse("c.yaml", []byte("approval:\n  allowed_signers: /etc/cfplane/allowed_signers\n  required_signers:\n    - {signers: 2, min_risk: 80}\n    - {signers: 2, protected: [\"@ NS\"]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Approval.AllowedSigners != "/etc/cfplane/allowed_signers" || len(cfg.Approval.RequiredSigners) != 2 || cfg.Approval.RequiredSigners[1].Protected[0] != "@ NS" {
		t.Fatalf("%+v", cfg.Approval)
	}
}

func TestStateStoreSetting(t *testing.T) {
	t.Setenv(StateStoreEnv, "")
	c, err := Parse("c.yaml", []byte("state_store: bolt\n"))
	if err != nil || c.Store() != "bolt" {
		t.Fatalf("%v %v", c, err)
	}
	t.Setenv(StateStoreEnv, "postgres://cfplane@127.0.0.1/db")
	if c.Store() != "postgres://cfplane@127.0.0.1/db" {
		t.Errorf("the environment does not beat the file: %s", c.Store())
	}
	for _, bad := range []string{"sqlite:///x.db", "postgres", "mysql://u:hunter2secret@h/db"} {
		_, err := Parse("c.yaml", []byte("state_store: "+bad+"\n"))
		if err == nil || !strings.Contains(err.Error(), "accepted") || strings.Contains(err.Error(), "hunter2secret") {
			t.Errorf("%s: %v", bad, err)
		}
	}
}

// Every package-level expression compiles (they are compiled on first use,
// not at start-up).
func TestLazyExpressionsCompile(t *testing.T) {
	if err := lazyre.Check(); err != nil {
		t.Fatal(err)
	}
}
