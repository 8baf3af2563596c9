package routing

import (
	"errors"
	"testing"
)

// FuzzRoute checks that routing never panics, fails only on empty or
// oversized text, and returns a consistent decision.
func FuzzRoute(f *testing.F) {
	for _, c := range loadLabelled(f) {
		f.Add(c.Text)
	}
	f.Add("\x00\xff /login 1.2.3.4/99 AS0 ::ffff:1.2.3.4 tunnel \"x")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := Route(text)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLong) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if d.Routed != (d.Best != nil) || (d.Routed && (d.Best.Score < MinScore || d.Confidence <= 0 || d.Confidence > 1)) {
			t.Fatalf("inconsistent decision %+v", d)
		}
	})
}
