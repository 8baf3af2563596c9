package wafcheck

import (
	"os"
	"path/filepath"
	"testing"
)

func FuzzFromRulesetJSON(f *testing.F) {
	f.Add([]byte(rulesetObj))
	f.Add([]byte(`[{"phase":"http_ratelimit","rules":[{"action":"block","expression":"true","ratelimit":{"period":60}}]}]`))
	f.Add([]byte(`{"result":{"phase":"http_request_firewall_managed","rules":[{"action":"execute","expression":"true","action_parameters":{"id":"x","overrides":{"rules":[{"id":"y","score_threshold":60}]}}}]}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := FromRulesetJSON(b, "business")
		if err != nil {
			return
		}
		res := Analyze(s)
		for _, fd := range res.Findings {
			if fd.Check == "" || fd.RuleID == "" || fd.Level == "" {
				t.Fatalf("incomplete finding %+v", fd)
			}
		}
		_ = Gaps(s)
	})
}

func FuzzFromTerraform(f *testing.F) {
	b, _ := os.ReadFile(filepath.Join("testdata", "zone.tf"))
	f.Add(b)
	f.Add([]byte(tfSrc))
	f.Fuzz(func(t *testing.T, src []byte) {
		s, err := FromTerraform(src, "f.tf", "")
		if err != nil {
			return
		}
		if _, err := Compliance(s, FrameworkAll); err != nil {
			t.Fatal(err)
		}
	})
}
