package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/layer0/learn"
)

// rulesHalf reports what the rule detectors alone (no model) flag, per
// source, on one half of every source: "even" or "odd" (by position of the
// sample inside its source file) or "all". Detectors are written while
// reading only one half of a source (the dev half) and measured on the
// other, so the figures on the other half stay independent of that reading.
// With dump set, every attack and every flagged benign text of that half is
// written to it as JSONL (verdict, score, rule ids) for reading; with
// dumpAll, every text of that half (to try a detector's false positives
// on the benign texts before writing it).
func rulesHalf(w io.Writer, samples []learn.Sample, half, dump string, dumpAll bool, key []byte) error {
	var out *json.Encoder
	if dump != "" {
		f, err := os.Create(dump)
		if err != nil {
			return err
		}
		defer f.Close()
		out = json.NewEncoder(f)
		out.SetEscapeHTML(false)
	}
	group := func(s learn.Sample) string {
		if s.Attack {
			return s.Source + " [attack]"
		}
		return s.Source + " [benign]"
	}
	by, keys, err := tallyHalf(samples, half, key, group, func(s learn.Sample, v layer0.Verdict) {
		if out != nil && (v.Verdict != "allow" || s.Attack || dumpAll) {
			var ids []string
			for _, e := range v.Evidence {
				ids = append(ids, e.Rule)
			}
			_ = out.Encode(map[string]any{"source": s.Source, "attack": s.Attack, "verdict": v.Verdict, "score": v.Score, "rules": ids, "text": s.Text})
		}
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "rules alone, %s half\n%-44s %6s %8s %8s\n", half, "source", "n", "flagged", "blocked")
	for _, k := range keys {
		x := by[k]
		fmt.Fprintf(w, "%-44s %6d %8s %8s\n", k, x.n, pct(x.f, x.n), pct(x.b, x.n))
	}
	return nil
}

// tally counts one group's texts, flagged (review or block) and blocked.
type tally struct{ n, f, b int }

// tallyHalf classifies one half of every source ("even", "odd" or "all",
// by position inside the source) with the rule detectors alone (and the
// operator model; not the two models trained on these sources), counting
// by group; each sees every classified sample. keys are the groups, sorted.
func tallyHalf(samples []learn.Sample, half string, key []byte, group func(learn.Sample) string, each func(learn.Sample, layer0.Verdict)) (map[string]*tally, []string, error) {
	if half != "even" && half != "odd" && half != "all" {
		return nil, nil, fmt.Errorf("-rules-half %q: accepted values are even, odd, all", half)
	}
	clf, err := layer0.New(layer0.Options{ReceiptKey: key, NoModel: true, NoInjectionModel: true})
	if err != nil {
		return nil, nil, err
	}
	by := map[string]*tally{}
	pos := map[string]int{}
	for _, s := range samples {
		i := pos[s.Source]
		pos[s.Source]++
		if (half == "even" && i%2 != 0) || (half == "odd" && i%2 != 1) {
			continue
		}
		k := group(s)
		x := by[k]
		if x == nil {
			x = &tally{}
			by[k] = x
		}
		x.n++
		v, err := clf.ClassifyText(s.Text)
		if err != nil {
			// Inputs over the size limit are refused, not classified: count them as flagged.
			v = layer0.Verdict{Verdict: "review"}
		}
		if v.Verdict != "allow" {
			x.f++
			if v.Verdict == "block" {
				x.b++
			}
		}
		if each != nil {
			each(s, v)
		}
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return by, keys, nil
}
