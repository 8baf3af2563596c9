package routing

import (
	"regexp"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	cases := []struct {
		pattern string
		lits    []string
		ok      bool
	}{
		{`\bdns\b`, []string{"dns"}, true},
		{`\b(delete|remove)\b`, []string{"delete", "remove"}, true},
		{`\btunnels?\b`, []string{"tunnel"}, true},
		{`\b(a|aaaa)\s+records?\b`, []string{"record"}, true},
		{`\d+`, nil, false},
		{`(x)?`, nil, false},
		{`^(what|how)\b|\?\s*$`, []string{"what", "how", "?"}, true},
	}
	for _, c := range cases {
		lits, ok := requiredLiterals(c.pattern)
		if ok != c.ok || len(lits) != len(c.lits) {
			t.Errorf("%s: %v %v, want %v %v", c.pattern, lits, ok, c.lits, c.ok)
			continue
		}
		for i := range lits {
			if lits[i] != c.lits[i] {
				t.Errorf("%s: %v, want %v", c.pattern, lits, c.lits)
			}
		}
	}
}

// TestPrefilterIsExact checks on every labelled request that the literal
// prefilter never skips a feature whose pattern matches.
func TestPrefilterIsExact(t *testing.T) {
	var texts []string
	for _, set := range []string{"labelled.jsonl", "heldout.jsonl", "heldout2.jsonl"} {
		for _, c := range loadSet(t, set) {
			texts = append(texts, normalize(c.Text))
		}
	}
	for _, in := range intents() {
		for _, ft := range in.features {
			for _, text := range texts {
				if ft.re.MatchString(text) && !mayMatch(text, ft.lits, ft.hasLit) {
					t.Errorf("%s/%s: prefilter %v skips a match in %q", in.tool, ft.name, ft.lits, text)
				}
			}
			if _, err := regexp.Compile(ft.re.String()); err != nil {
				t.Error(err)
			}
		}
	}
}
