// Command layer0train trains Layer0's learned component from the
// development data and writes the weights the classifier embeds
// (pkg/layer0/model.bin).
//
// It prints the data summary, trains one model per source on every other
// source (leave-one-source-out), fits Platt scaling on those out-of-source
// scores so that the thresholds read as probabilities on unseen sources,
// prints the leave-one-source-out table, then trains on everything and
// writes the quantised weights. Training is deterministic (fixed seed and
// order): the same data gives the same file.
//
//	go run ./test/layer0train -data ../shared/datasets -out pkg/layer0/model.bin
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/layer0/learn"
)

func main() {
	data := flag.String("data", "../shared/datasets", "development data directory")
	out := flag.String("out", "pkg/layer0/model.bin", "weight file to write")
	sweep := flag.String("sweep", "", "no file written: leave-one-source-out (fast scoring) over a grid of settings, e.g. \"ngram-scale=1,0.5 l2=3e-5,1e-4\" (keys: ngram-scale, rule-scale, l2, eta, epochs, source-cap, keep, trigger-weight, attack-weight)")
	dump := flag.String("sweep-dump", "", "with -sweep: write every out-of-source text the rules miss to this file, highest model probability first")
	noLOSO := flag.Bool("no-loso", false, "skip leave-one-source-out (keeps the current calibration and thresholds of -out)")
	cfg := learn.DefaultConfig()
	flag.IntVar(&cfg.Epochs, "epochs", cfg.Epochs, "training passes")
	flag.Float64Var(&cfg.Eta, "eta", cfg.Eta, "AdaGrad learning rate")
	flag.Float64Var(&cfg.L2, "l2", cfg.L2, "L2 penalty")
	flag.Float64Var(&cfg.SourceCap, "source-cap", cfg.SourceCap, "samples per source and class at full weight")
	flag.IntVar(&cfg.Keep, "keep", cfg.Keep, "at most this many samples per source and class are trained on")
	flag.Float64Var(&cfg.TriggerW, "trigger-weight", cfg.TriggerW, "extra weight of benign sources full of trigger words")
	flag.Float64Var(&cfg.RuleScale, "rule-scale", cfg.RuleScale, "weight of the rule features (0 = 1)")
	flag.Float64Var(&cfg.NgramScale, "ngram-scale", cfg.NgramScale, "weight of the n-gram features against rules, shape and concepts")
	flag.Float64Var(&cfg.AttackW, "attack-weight", cfg.AttackW, "total attack weight relative to total benign weight")
	bits := flag.Uint("bits", uint(cfg.Bits), "log2 of the hashed feature space (the model file is 2^bits bytes)")
	window := flag.Uint("window", uint(cfg.Window), "score long texts also in windows of this many runes (0 = off)")
	minN := flag.Uint("min-n", uint(cfg.MinN), "shortest character n-gram (1..5)")
	flag.BoolVar(&cfg.Harmful, "harmful", cfg.Harmful, "train on multijail's harmful requests as attacks")
	maxTrigger := flag.Float64("max-fp-trigger", learn.DefaultBudgets.Trigger, "pooled out-of-source false-positive budget on trigger-word-heavy benign sources")
	maxOrdinary := flag.Float64("max-fp-ordinary", learn.DefaultBudgets.Ordinary, "pooled out-of-source false-positive budget on ordinary benign sources")
	maxBlock := flag.Float64("max-block", learn.DefaultBudgets.Block, "share of benign texts the model alone may block")
	flag.Parse()
	key := []byte("layer0train-fixed-receipt-key-00")
	if *minN < 1 || *minN > 5 {
		fmt.Fprintln(os.Stderr, "layer0train: -min-n must be 1..5")
		os.Exit(2)
	}
	cfg.MinN = uint8(*minN)
	if *bits < 8 || *bits > 24 {
		fmt.Fprintln(os.Stderr, "layer0train: -bits must be 8..24")
		os.Exit(2)
	}
	cfg.Bits = uint8(*bits)
	cfg.Window = uint32(*window)
	start := time.Now()
	samples, err := learn.Load(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "layer0train:", err)
		os.Exit(2)
	}
	fmt.Printf("Layer0 model training from %s (seed %d, 2^%d features, %d epochs, eta %g, l2 %g)\n\n", *data, cfg.Seed, cfg.Bits, cfg.Epochs, cfg.Eta, cfg.L2)
	learn.Summary(os.Stdout, samples)
	d, err := learn.Featurize(samples, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "layer0train:", err)
		os.Exit(2)
	}
	if *sweep != "" {
		cfgs, err := learn.Grid(cfg, *sweep)
		if err != nil {
			fmt.Fprintln(os.Stderr, "layer0train:", err)
			os.Exit(2)
		}
		fmt.Println()
		var dumpTo io.Writer
		if *dump != "" {
			f, err := os.Create(*dump)
			if err != nil {
				fmt.Fprintln(os.Stderr, "layer0train:", err)
				os.Exit(2)
			}
			defer f.Close()
			dumpTo = f
		}
		learn.Sweep(os.Stdout, d, cfgs, learn.Budgets{Trigger: *maxTrigger, Ordinary: *maxOrdinary, Block: *maxBlock}, dumpTo)
		return
	}
	a, b := float32(-1), float32(0)
	if *noLOSO {
		if prev, err := os.ReadFile(*out); err == nil {
			if m, err := layer0.ParseModel(prev); err == nil {
				a, b, cfg.Review, cfg.ReviewRule, cfg.Block = m.PlattA, m.PlattB, m.Review, m.ReviewRule, m.Block
			}
		}
	} else {
		fmt.Println()
		var err error
		a, b, err = learn.Evaluate(os.Stdout, d, &cfg, learn.Budgets{Trigger: *maxTrigger, Ordinary: *maxOrdinary, Block: *maxBlock}, key)
		if err != nil {
			fmt.Fprintln(os.Stderr, "layer0train:", err)
			os.Exit(1)
		}
	}
	all := make([]bool, len(samples))
	for i := range all {
		all[i] = true
	}
	m := learn.Train(d, all, cfg)
	m.PlattA, m.PlattB = a, b
	buf, err := m.MarshalBinary()
	if err != nil {
		fmt.Fprintln(os.Stderr, "layer0train:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "layer0train:", err)
		os.Exit(1)
	}
	fmt.Printf("\nwrote %s (%d bytes; Platt A=%.4f B=%.4f; review p>=%.3f, with weak rule evidence p>=%.3f, block p>=%.3f) in %s\n", *out, len(buf), a, b, m.Review, m.ReviewRule, m.Block, time.Since(start).Round(time.Second))
}
