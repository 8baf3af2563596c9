package layer0

import (
	"testing"
)

var testKey = []byte("0123456789abcdef0123456789abcdef")

func newTestClassifier(t testing.TB) *Classifier {
	t.Helper()
	c, err := New(Options{ReceiptKey: testKey})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

func hasRule(v Verdict, id string) bool {
	for _, e := range v.Evidence {
		if e.Rule == id {
			return true
		}
	}
	return false
}

func hasCategory(v Verdict, c string) bool {
	for _, x := range v.Categories {
		if x == c {
			return true
		}
	}
	return false
}

func rulesOf(v Verdict) []string {
	out := make([]string, 0, len(v.Evidence))
	for _, e := range v.Evidence {
		out = append(out, e.Rule+"="+e.Span)
	}
	return out
}

func classify(t *testing.T, c *Classifier, text string) Verdict {
	t.Helper()
	v, err := c.ClassifyText(text)
	if err != nil {
		t.Fatalf("ClassifyText(%q): %v", text, err)
	}
	return v
}

// wantFlagged fails for each text the classifier allows.
func wantFlagged(t *testing.T, c *Classifier, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if v := classify(t, c, text); v.Verdict == "allow" {
			t.Errorf("%q allowed", text)
		}
	}
}

// wantAllowed fails for each text the classifier does not allow.
func wantAllowed(t *testing.T, c *Classifier, texts ...string) {
	t.Helper()
	for _, text := range texts {
		v := classify(t, c, text)

		if v.Verdict == "review" && len(v.Evidence) == 1 && v.Evidence[0].Rule == "L0-ML-010" && operatorModelFalsePositives[text] {
			continue // listed below
		}
		if v.Verdict != "allow" {
			t.Errorf("%q: %s %v, want allow", text, v.Verdict, rulesOf(v))
		}
	}
}

// operatorModelFalsePositives are the ordinary requests of the tests'
// tables (wantAllowed) that the operator model alone reviews: 2 of the
// tables' 289 (TestOperatorModelFalsePositives keeps the list current).
var operatorModelFalsePositives = map[string]bool{
	"Regardless of the weather, the zone's DNS records must be exported tonight.": true,
	"Read the token's permissions and tell me if it can edit DNS.":                true,
}

// wantBlocked fails for each text not blocked.
func wantBlocked(t *testing.T, c *Classifier, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if v := classify(t, c, text); v.Verdict != "block" {
			t.Errorf("%q: %s %v, want block", text, v.Verdict, rulesOf(v))
		}
	}
}

// TestOperatorModelFalsePositives: each listed request is still reviewed,
// and by the operator model alone; one that no longer is leaves the list.
func TestOperatorModelFalsePositives(t *testing.T) {
	c := newTestClassifier(t)
	for text := range operatorModelFalsePositives {
		v := classify(t, c, text)
		if v.Verdict != "review" || len(v.Evidence) != 1 || v.Evidence[0].Rule != "L0-ML-010" {
			t.Errorf("%q: %s %v, listed as reviewed by the operator model alone: drop it from operatorModelFalsePositives", text, v.Verdict, rulesOf(v))
		}
	}
}
