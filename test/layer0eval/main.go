// Command layer0eval measures the Layer0 classifier.
//
// Leave-one-source-out: for every source in the development data (each file
// under ../shared/datasets, attack and benign), it trains the learned
// component on every other source, calibrates on those out-of-source scores,
// and classifies the left-out source with the full classifier (rules plus
// that model). It prints recall per attack source, false positives per
// benign source (beside what the rules alone and the model alone flag), and
// the pooled figures. It then reports the shipped classifier (embedded
// weights) on the labelled Cloudflare-operator set in
// pkg/layer0/testdata/operator.jsonl.
//
// A sample counts as flagged when its verdict is review or block.
//
//	go run ./test/layer0eval                  # the table, as `make layer0-eval`
//	go run ./test/layer0eval -operator-only   # just the operator set (no training)
//	go run ./test/layer0eval -rules-half odd  # rules alone per source, odd half (no training)
//	go run ./test/layer0eval -one-line        # every text folded to one line first
//
// After the operator set it reports its held-back third
// (operator-heldout.jsonl), written with the rest but never read while
// writing detectors; -heldout=false skips it.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/layer0/learn"
)

func main() {
	data := flag.String("data", "../shared/datasets", "development data directory")
	operator := flag.String("operator", "pkg/layer0/testdata/operator.jsonl", "labelled operator set")
	verbose := flag.Bool("v", false, "list operator requests whose verdict differs from the label")
	operatorOnly := flag.Bool("operator-only", false, "skip leave-one-source-out; report the shipped classifier on the operator set")
	policy := flag.String("policy", "", "policy file laid over the shipped defaults (operator set only)")
	shipped := flag.Bool("shipped", false, "no training: flag rate per source of the shipped classifier (rules + embedded model; in-sample for the model) and of the rules alone")
	half := flag.String("rules-half", "", "no training: rules alone per source on one half of each source (even, odd or all)")
	dump := flag.String("dump", "", "with -rules-half: write that half's misses and false positives to this JSONL file")
	dumpAll := flag.Bool("dump-all", false, "with -dump: write every text of the half, not only misses and false positives")
	byLang := flag.Bool("by-lang", false, "with -rules-half: counts per source and language (no texts)")
	heldout := flag.Bool("heldout", true, "also report the held-back operator requests (FILE-heldout.jsonl beside -operator), without listing them")
	oneLine := flag.Bool("one-line", false, "fold every text's line breaks into spaces first, as a text arrives at `oracle_answer classify -` (one text per line)")
	flag.Parse()
	load := func() []learn.Sample {
		samples, err := learn.Load(*data)
		if err != nil {
			fail(err.Error())
		}
		if *oneLine {
			for i := range samples {
				samples[i].Text = strings.Join(strings.Fields(samples[i].Text), " ")
			}
		}
		return samples
	}
	if *half != "" {
		samples := load()
		if *byLang {
			if err := langHalf(os.Stdout, samples, *half, []byte("layer0eval-fixed-receipt-key-000")); err != nil {
				fail(err.Error())
			}
			return
		}
		if err := rulesHalf(os.Stdout, samples, *half, *dump, *dumpAll, []byte("layer0eval-fixed-receipt-key-000")); err != nil {
			fail(err.Error())
		}
		return
	}
	if *shipped {
		samples := load()
		if err := learn.Shipped(os.Stdout, samples, []byte("layer0eval-fixed-receipt-key-000")); err != nil {
			fail(err.Error())
		}
		return
	}

	key := []byte("layer0eval-fixed-receipt-key-000")
	if !*operatorOnly {
		samples := load()
		cfg := learn.DefaultConfig()
		fmt.Printf("Layer0 leave-one-source-out evaluation on %s (%d samples)\n\n", *data, len(samples))
		learn.Summary(os.Stdout, samples)
		fmt.Println()
		d, err := learn.Featurize(samples, cfg)
		if err != nil {
			fail(err.Error())
		}
		if _, _, err := learn.Evaluate(os.Stdout, d, &cfg, learn.DefaultBudgets, key); err != nil {
			fail(err.Error())
		}
		fmt.Println()
	}
	clf, err := layer0.New(layer0.Options{PolicyPath: *policy, ReceiptKey: key})
	if err != nil {
		fail(err.Error())
	}
	if m, err := layer0.EmbeddedModel(); err == nil {
		fmt.Printf("Shipped classifier: policy %s, embedded model review p>=%.3f block p>=%.3f\n", clf.PolicyVersion(), m.Review, m.Block)
	}
	if err := evalOperator(clf, *operator, *verbose); err != nil {
		fail(err.Error())
	}
	// The held-back third of the operator requests written with the
	// 2026-12 detectors: never looked at while writing them, reported
	// apart (without -v, so that reading it stays a choice).
	if held := strings.TrimSuffix(*operator, ".jsonl") + "-heldout.jsonl"; *heldout && held != *operator {
		if _, err := os.Stat(held); err == nil {
			fmt.Println()
			if err := evalOperator(clf, held, false); err != nil {
				fail(err.Error())
			}
		}
	}
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "layer0eval:", msg)
	os.Exit(2)
}

func pct(a, b int) string {
	if b == 0 {
		return "   n/a"
	}
	return fmt.Sprintf("%5.1f%%", 100*float64(a)/float64(b))
}

// operatorCase is one line of the operator set.
type operatorCase struct {
	ID        string         `json:"id"`
	Kind      string         `json:"kind"`
	Text      string         `json:"text,omitempty"`
	Tool      string         `json:"tool,omitempty"`
	Arguments map[string]any `json:"arguments,omitempty"`
	Expect    string         `json:"expect"`
	Category  string         `json:"category,omitempty"`
}

func evalOperator(clf *layer0.Classifier, path string, verbose bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("operator set: %w (run from the repository root)", err)
	}
	defer f.Close()
	type kt struct{ n, exact, flaggedOK, catOK, blocked int }
	byKind := map[string]*kt{}
	var kinds []string
	confusion := map[[2]string]int{}
	benignBlocked := 0
	total, exact := 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c operatorCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		var v layer0.Verdict
		if c.Tool != "" {
			v, err = clf.ClassifyToolCall(c.Tool, c.Arguments)
		} else {
			v, err = clf.ClassifyText(c.Text)
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		t, ok := byKind[c.Kind]
		if !ok {
			t = &kt{}
			byKind[c.Kind] = t
			kinds = append(kinds, c.Kind)
		}
		total++
		t.n++
		if v.Verdict == c.Expect {
			exact++
			t.exact++
		}
		if (v.Verdict == "allow") == (c.Expect == "allow") {
			t.flaggedOK++
		}
		if c.Category == "" || containsStr(v.Categories, c.Category) {
			t.catOK++
		}
		if v.Verdict == "block" {
			t.blocked++
			if strings.HasPrefix(c.Kind, "benign") {
				benignBlocked++
			}
		}
		confusion[[2]string{c.Expect, v.Verdict}]++
		if verbose && (v.Verdict != c.Expect || (c.Category != "" && !containsStr(v.Categories, c.Category))) {
			rules := make([]string, 0, len(v.Evidence))
			for _, e := range v.Evidence {
				rules = append(rules, e.Rule+"="+e.Span)
			}
			fmt.Printf("OP %-8s want %-6s/%-20s got %-6s %v | %s%s | %s\n", c.ID, c.Expect, c.Category, v.Verdict, v.Categories, c.Text, c.Tool, strings.Join(rules, "; "))
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	sort.Strings(kinds)
	fmt.Printf("Operator set %s (%d requests; written for this project, labels = expected verdict + category):\n", filepath.Base(path), total)
	fmt.Printf("  %-22s %5s %12s %16s %14s %8s\n", "kind", "n", "exact verdict", "allow/flag agree", "category hit", "blocked")
	for _, k := range kinds {
		t := byKind[k]
		fmt.Printf("  %-22s %5d %12s %16s %14s %8d\n", k, t.n, pct(t.exact, t.n), pct(t.flaggedOK, t.n), pct(t.catOK, t.n), t.blocked)
	}
	fmt.Printf("  overall exact verdict: %s; benign operator requests blocked: %d\n", pct(exact, total), benignBlocked)
	fmt.Println("  confusion (expected -> got):")
	for _, e := range []string{"allow", "review", "block"} {
		fmt.Printf("    %-6s -> allow %3d  review %3d  block %3d\n", e, confusion[[2]string{e, "allow"}], confusion[[2]string{e, "review"}], confusion[[2]string{e, "block"}])
	}
	return nil
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
