package kb

import (
	"errors"
	"strings"
	"testing"
)

// FuzzAsk checks that any question yields an answer or one of the
// documented errors, and that an answer is either cited or "I don't know".
func FuzzAsk(f *testing.F) {
	for _, q := range loadQuestions(f) {
		f.Add(q.Q, q.Framework)
	}
	f.Add("6.4.3 sc-7(5) a03:2021 cf.waf.score \x00", "pci")
	k := mustKB(f)
	f.Fuzz(func(t *testing.T, q, fw string) {
		a, err := k.Ask(q, fw)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLong) && !errors.Is(err, ErrNoTerms) && !strings.Contains(err.Error(), "unknown framework") {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if a.Known == (len(a.Citations) == 0) || a.KBVersion != k.Version {
			t.Fatalf("inconsistent answer %+v", a)
		}
		if !a.Known && !strings.HasPrefix(a.Answer, "I don't know") {
			t.Fatalf("unknown answer without I don't know: %q", a.Answer)
		}
	})
}
