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
		if v := classify(t, c, text); v.Verdict != "allow" {
			t.Errorf("%q: %s %v, want allow", text, v.Verdict, rulesOf(v))
		}
	}
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
