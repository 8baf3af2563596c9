package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/layer0/learn"
)

// langHalf is rulesHalf broken down by language: what the rule detectors
// alone flag per source and language, on one half of every source (even,
// odd or all, by position inside the source). It prints counts only, never
// texts, so that it can be run on a half nobody reads.
func langHalf(w io.Writer, samples []learn.Sample, half string, key []byte) error {
	if half != "even" && half != "odd" && half != "all" {
		return fmt.Errorf("-rules-half %q: accepted values are even, odd, all", half)
	}
	clf, err := layer0.New(layer0.Options{ReceiptKey: key, NoModel: true})
	if err != nil {
		return err
	}
	type t struct{ n, f, b int }
	by := map[string]*t{}
	pos := map[string]int{}
	for _, s := range samples {
		i := pos[s.Source]
		pos[s.Source]++
		if (half == "even" && i%2 != 0) || (half == "odd" && i%2 != 1) {
			continue
		}
		lang := s.Lang
		if lang == "" {
			lang = "und"
		}
		label := "benign"
		if s.Attack {
			label = "attack"
		}
		k := fmt.Sprintf("%s [%s] %s", s.Source, label, lang)
		x := by[k]
		if x == nil {
			x = &t{}
			by[k] = x
		}
		x.n++
		v, err := clf.ClassifyText(s.Text)
		if err != nil {
			v = layer0.Verdict{Verdict: "review"}
		}
		if v.Verdict != "allow" {
			x.f++
			if v.Verdict == "block" {
				x.b++
			}
		}
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(w, "rules alone by language, %s half\n%-52s %6s %8s %8s %6s\n", half, "source [label] lang", "n", "flagged", "blocked", "count")
	for _, k := range keys {
		x := by[k]
		fmt.Fprintf(w, "%-52s %6d %8s %8s %6d\n", k, x.n, pct(x.f, x.n), pct(x.b, x.n), x.f)
	}
	return nil
}
