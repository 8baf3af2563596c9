package main

import (
	"fmt"
	"io"

	"github.com/cfplane/cfplane/pkg/layer0/learn"
)

// langHalf is rulesHalf broken down by language: what the rule detectors
// alone flag per source and language, on one half of every source (even,
// odd or all, by position inside the source). It prints counts only, never
// texts, so that it can be run on a half nobody reads.
func langHalf(w io.Writer, samples []learn.Sample, half string, key []byte) error {
	group := func(s learn.Sample) string {
		lang := s.Lang
		if lang == "" {
			lang = "und"
		}
		label := "benign"
		if s.Attack {
			label = "attack"
		}
		return fmt.Sprintf("%s [%s] %s", s.Source, label, lang)
	}
	by, keys, err := tallyHalf(samples, half, key, group, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "rules alone by language, %s half\n%-52s %6s %8s %8s %6s\n", half, "source [label] lang", "n", "flagged", "blocked", "count")
	for _, k := range keys {
		x := by[k]
		fmt.Fprintf(w, "%-52s %6d %8s %8s %6d\n", k, x.n, pct(x.f, x.n), pct(x.b, x.n), x.f)
	}
	return nil
}
