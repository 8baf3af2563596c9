package layer0

import (
	"reflect"
	"testing"
)

// Warm leaves no trace in later verdicts: a warmed classifier judges like a
// fresh one, the warm-up text included.
func TestWarmLeavesVerdictsUnchanged(t *testing.T) {
	warmed, fresh := newTestClassifier(t), newTestClassifier(t)
	warmed.Warm()
	for _, text := range []string{warmText, benchAttack, benchBenign} {
		a, err := warmed.ClassifyText(text)
		if err != nil {
			t.Fatal(err)
		}
		b, err := fresh.ClassifyText(text)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%.40q: warmed %+v, fresh %+v", text, a, b)
		}
	}
	if v, _ := fresh.ClassifyText(warmText); v.Verdict != "allow" {
		t.Errorf("the warm-up text is not an ordinary request: %+v", v)
	}
}
