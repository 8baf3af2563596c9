package action

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

type actionFile struct {
	Runs struct {
		Using string `yaml:"using"`
		Steps []struct {
			Name string `yaml:"name"`
			Run  string `yaml:"run"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

// The composite action's shell steps (actionlint lints workflows, not the
// steps of an action) pass shellcheck, and the drift step publishes through
// the tested script.
func TestActionSteps(t *testing.T) {
	b, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	if err := yaml.Unmarshal(b, &a); err != nil {
		t.Fatal(err)
	}
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using = %q", a.Runs.Using)
	}
	var all string
	for _, s := range a.Runs.Steps {
		all += s.Run
	}
	if !strings.Contains(all, `"$GITHUB_ACTION_PATH/scripts/drift-publish.sh"`) || strings.Contains(all, "gh issue") || strings.Contains(all, "gh pr") {
		t.Errorf("the drift step must publish through scripts/drift-publish.sh (the tested logic), not inline gh calls")
	}
	if fi, err := os.Stat("../../scripts/drift-publish.sh"); err != nil || fi.Mode()&0o111 == 0 {
		t.Errorf("scripts/drift-publish.sh missing or not executable: %v", err)
	}
	sc, err := exec.LookPath("shellcheck")
	if err != nil {
		t.Skip("shellcheck is not on PATH (Debian: apt-get install shellcheck)")
	}
	expr := regexp.MustCompile(`\$\{\{[^}]*\}\}`)
	dir := t.TempDir()
	for i, s := range a.Runs.Steps {
		if s.Run == "" {
			continue
		}
		f := filepath.Join(dir, "step.sh")
		os.WriteFile(f, []byte("#!/usr/bin/env bash\n"+expr.ReplaceAllString(s.Run, "X")), 0o644)
		if out, err := exec.Command(sc, "-s", "bash", f).CombinedOutput(); err != nil {
			t.Errorf("step %d (%s): shellcheck: %v\n%s", i, s.Name, err, out)
		}
	}
	for _, f := range []string{"../../scripts/drift-publish.sh", "../../scripts/tofu-validate.sh"} {
		if out, err := exec.Command(sc, f).CombinedOutput(); err != nil {
			t.Errorf("%s: shellcheck: %v\n%s", f, err, out)
		}
	}
}
