package safe

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `state migrate` copies a files state into a store (bbolt and, when
// given, PostgreSQL): the store's audit verify then passes with every
// journaled outcome matched; a second run copies nothing; an unfinished
// change or a tampered files audit log refuses the copy.
func TestStateMigrate(t *testing.T) {
	settings := []string{"bolt"}
	if u, _, _ := pgTestSchema(t); u != "" {
		settings = append(settings, u)
	}
	for _, setting := range settings {
		kind := strings.SplitN(setting, ":", 2)[0]
		t.Run(kind, func(t *testing.T) {
			e := newEnv(t, writesOn, nil)
			e.apply(e.createPlan("mig1").PlanID, "")
			e.apply(e.createPlan("mig2").PlanID, "")
			filesCfg := writeConfig(t, e, "")
			code, _, stderr := runCLI(t, "audit", "verify", "--config", filesCfg)
			if code != 0 {
				t.Fatalf("files audit: %s", stderr)
			}
			cfgPath := writeConfig(t, e, "state_store: "+setting+"\n")
			if code, _, stderr := runCLI(t, "state", "migrate", "--config", filesCfg); code != 2 || !strings.Contains(stderr, "no state store is configured") {
				t.Fatalf("migrate without a store: %d %s", code, stderr)
			}
			code, out, stderr := runCLI(t, "state", "migrate", "--config", cfgPath)
			if code != 0 || !strings.Contains(out, "2 copied") && !strings.Contains(out, "copied (the rest") || !strings.Contains(out, "lists its 2 change(s) with the same status") || !strings.Contains(out, "record(s) copied and the log anchored") {
				t.Fatalf("migrate: %d %s %s", code, out, stderr)
			}
			code, out, stderr = runCLI(t, "audit", "verify", "--config", cfgPath)
			if code != 0 || !strings.Contains(out, "journal: 2 outcome(s), each with its audit record") {
				t.Fatalf("store audit after migrate: %d %s %s", code, out, stderr)
			}
			code, out, stderr = runCLI(t, "state", "migrate", "--config", cfgPath)
			if code != 0 || !strings.Contains(out, ", 0 copied") || !strings.Contains(out, "anchored already; 0 record(s) copied") {
				t.Fatalf("second migrate: %d %s %s", code, out, stderr)
			}
		})
	}
	// A tampered files audit log: nothing copied.
	e := newEnv(t, writesOn, nil)
	e.apply(e.createPlan("mig3").PlanID, "")
	path := filepath.Join(e.cfg.StateDir, "audit.jsonl")
	b, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(b), `"outcome":"applied"`, `"outcome":"failed"`, 1)), 0o600)
	code, _, stderr := runCLI(t, "state", "migrate", "--config", writeConfig(t, e, "state_store: bolt\n"))
	if code != 1 || !strings.Contains(stderr, "does not verify") || !strings.Contains(stderr, "nothing was copied") {
		t.Fatalf("tampered files audit: %d %s", code, stderr)
	}
}
