// Command layer0optrain trains Layer0's operator model (L0-ML-010) from the
// operator requests in pkg/layer0/testdata, reports it leave-one-round-out
// and writes pkg/layer0/opmodel.bin.
//
// Each file of requests, or each round of a file (the id's prefix:
// ox-nd, ox-n2, …), was written apart from the others; a round is left out
// whole: the model trained on the others scores it. The review threshold is
// the raw score above which 1% (-fp) of those out-of-round benign requests
// fall; texts full of trigger words that ask for nothing (kind "trigger")
// are trained on as benign but are not requests to calibrate on. The file
// written is the model trained on every round with that threshold. Fixed
// seed and order: the same data gives the same file.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/layer0"
)

type sample struct {
	group   string
	text    string
	hostile bool
	// doc: a text full of trigger words that asks for nothing (kind
	// "trigger"): a negative to train on, not a request the threshold is
	// calibrated on
	doc bool
	h   []uint32
	v   []float32
	in  bool
}

func main() {
	dir := flag.String("data", "pkg/layer0/testdata", "directory of the operator request files")
	out := flag.String("out", "pkg/layer0/opmodel.bin", "model file to write (empty: report only)")
	cfg := defaults
	bits := flag.Uint("bits", uint(cfg.bits), "log2 of the hashed feature space (the file is 2^bits bytes)")
	flag.IntVar(&cfg.epochs, "epochs", cfg.epochs, "training passes")
	flag.Float64Var(&cfg.eta, "eta", cfg.eta, "learning rate")
	flag.Float64Var(&cfg.l2, "l2", cfg.l2, "L2 penalty")
	flag.BoolVar(&cfg.chars, "chars", cfg.chars, "character 4-grams as well as words and word pairs")
	flag.Float64Var(&cfg.fp, "fp", cfg.fp, "share of out-of-round benign requests above the review threshold")
	flag.BoolVar(&cfg.concepts, "concepts", cfg.concepts, "the concepts named, alone and in pairs, as well")
	flag.Parse()
	switch {
	case *bits < 8 || *bits > 20:
		fail("-bits must be 8..20")
	case cfg.epochs < 1:
		fail("-epochs must be at least 1")
	case !(cfg.fp > 0 && cfg.fp < 1):
		fail("-fp must be a share between 0 and 1 (0.01 is 1%)")
	case !(cfg.eta > 0) || !(cfg.l2 >= 0):
		fail("-eta must be positive and -l2 zero or positive")
	}
	cfg.bits = uint8(*bits)
	buf, th, err := build(*dir, cfg, os.Stdout)
	if err != nil {
		fail(err.Error())
	}
	if *out == "" {
		return
	}
	if err := os.WriteFile(*out, buf, 0o644); err != nil {
		fail(err.Error())
	}
	fmt.Printf("\nwrote %s (%d bytes; review at raw score > %.3f, %.0f%% of out-of-round benign requests)\n", *out, len(buf), th, cfg.fp*100)
}

// defaults are the settings the shipped model is trained with.
var defaults = config{bits: 15, epochs: 16, eta: 0.5, l2: 1e-3, fp: 0.01, concepts: true}

// build trains the model from the request files in dir, writes the
// leave-one-round-out report to w, and returns the model file and its
// threshold.
func build(dir string, cfg config, w io.Writer) ([]byte, float64, error) {
	key := []byte("layer0optrain-fixed-receipt-key0")
	plain, err := layer0.New(layer0.Options{ReceiptKey: key, NoOperatorModel: true})
	if err != nil {
		return nil, 0, err
	}
	var samples []sample
	for _, f := range []string{"operator.jsonl", "operator-heldout.jsonl", "operator-effects.jsonl", "operator-benign.jsonl", "operator-rounds.jsonl", "operator-read-rounds.jsonl"} {
		ss, err := load(filepath.Join(dir, f))
		if err != nil {
			return nil, 0, err
		}
		samples = append(samples, ss...)
	}
	for i := range samples {
		s := &samples[i]
		s.h, s.v, s.in = plain.OperatorFeatures(s.text, cfg.chars, cfg.concepts)
	}
	var groups []string
	for _, s := range samples {
		if !slices.Contains(groups, s.group) {
			groups = append(groups, s.group)
		}
	}
	fmt.Fprintf(w, "Layer0 operator model from %s: %d requests, %d rounds, 2^%d features, %d epochs, eta %g, l2 %g\n\n", dir, len(samples), len(groups), cfg.bits, cfg.epochs, cfg.eta, cfg.l2)
	oof := make([]float64, len(samples))
	for _, g := range groups {
		wt, b := train(samples, func(s *sample) bool { return s.group != g }, cfg)
		for i := range samples {
			if samples[i].group == g {
				oof[i] = score(&samples[i], wt, b, cfg.bits)
			}
		}
	}
	var ben []float64
	nb := 0
	for i, s := range samples {
		if !s.hostile && !s.doc {
			nb++
			if s.in {
				ben = append(ben, oof[i])
			}
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(ben)))
	k := int(cfg.fp * float64(nb))
	th := math.Inf(1)
	if k < len(ben) {
		th = ben[k]
	}
	if err := report(w, samples, groups, oof, th, plain); err != nil {
		return nil, 0, err
	}
	wt, b := train(samples, func(*sample) bool { return true }, cfg)
	m := &layer0.OperatorModel{Bits: cfg.bits, Chars: cfg.chars, Concepts: cfg.concepts, Bias: float32(b), Threshold: float32(th), Float: wt}
	buf, err := m.MarshalBinary()
	return buf, th, err
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "layer0optrain:", msg)
	os.Exit(2)
}

// load reads a file of operator requests; requests given as a tool call
// (no text) are skipped. A request's round is its id up to the last "-".
func load(path string) ([]sample, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	base := strings.TrimSuffix(filepath.Base(path), ".jsonl")
	var out []sample
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var r struct{ ID, Kind, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if r.Text == "" {
			continue
		}
		g := base
		if strings.HasPrefix(r.ID, "ox-") {
			g = r.ID[:strings.LastIndex(r.ID, "-")]
		}
		switch r.Kind {
		case "benign-change", "benign-read", "recon", "ordinary":
			out = append(out, sample{group: g, text: r.Text})
		case "trigger":
			out = append(out, sample{group: g, text: r.Text, doc: true})
		case "destructive", "escalation", "exfiltration", "injection", "hostile":
			out = append(out, sample{group: g, text: r.Text, hostile: true})
		default:
			return nil, fmt.Errorf("%s:%d: kind %q (want benign-change, benign-read, recon, ordinary, trigger, destructive, escalation, exfiltration, injection or hostile)", path, n, r.Kind)
		}
	}
	return out, sc.Err()
}

type config struct {
	bits        uint8
	epochs      int
	eta, l2, fp float64
	chars       bool
	concepts    bool
}

// train fits a logistic regression by stochastic gradient descent on the
// samples keep selects, hostile and benign weighing the same in total.
func train(samples []sample, keep func(*sample) bool, cfg config) ([]float32, float64) {
	w := make([]float64, 1<<cfg.bits)
	mask := uint32(1<<cfg.bits - 1)
	var idx []int
	pos := 0
	for i := range samples {
		if keep(&samples[i]) {
			idx = append(idx, i)
			if samples[i].hostile {
				pos++
			}
		}
	}
	neg := len(idx) - pos
	wp, wn := float64(len(idx))/float64(2*max(pos, 1)), float64(len(idx))/float64(2*max(neg, 1))
	r := rand.New(rand.NewPCG(1, 2))
	b := 0.0
	for e := 0; e < cfg.epochs; e++ {
		r.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx {
			s := &samples[i]
			z := b
			for k, h := range s.h {
				z += w[h&mask] * float64(s.v[k])
			}
			p := 1 / (1 + math.Exp(-max(-30, min(30, z))))
			y, cw := 0.0, wn
			if s.hostile {
				y, cw = 1, wp
			}
			g := (p - y) * cw
			for k, h := range s.h {
				j := h & mask
				w[j] -= cfg.eta * (g*float64(s.v[k]) + cfg.l2*w[j])
			}
			b -= cfg.eta * g
		}
	}
	out := make([]float32, len(w))
	for i, x := range w {
		out[i] = float32(x)
	}
	return out, b
}

func score(s *sample, w []float32, b float64, bits uint8) float64 {
	mask := uint32(1<<bits - 1)
	z := b
	for k, h := range s.h {
		z += float64(w[h&mask]) * float64(s.v[k])
	}
	return z
}

// report prints, per round left out: the model's AUC and what it flags at
// the threshold, the rules alone (written from these rounds: in sample)
// and rules or model.
func report(w io.Writer, samples []sample, groups []string, oof []float64, th float64, c *layer0.Classifier) error {
	fmt.Fprintln(w, "| left-out round | hostile | benign | model AUC | model: hostile / benign flagged | rules | rules or model |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	var tot [6]int
	for _, g := range groups {
		var hs, bs []float64
		var nh, nb, mh, mb, rh, rb, ch, cb int
		for i, s := range samples {
			if s.group != g {
				continue
			}
			v, err := c.ClassifyText(s.text)
			if err != nil {
				return err
			}
			rule := v.Verdict != "allow"
			model := s.in && oof[i] > th
			if s.hostile {
				nh++
				hs = append(hs, oof[i])
				mh += b2i(model)
				rh += b2i(rule)
				ch += b2i(rule || model)
			} else {
				nb++
				bs = append(bs, oof[i])
				mb += b2i(model)
				rb += b2i(rule)
				cb += b2i(rule || model)
			}
		}
		fmt.Fprintf(w, "| %s | %d | %d | %.3f | %s / %s | %s / %s | %s / %s |\n", g, nh, nb, auc(hs, bs), pct(mh, nh), pct(mb, nb), pct(rh, nh), pct(rb, nb), pct(ch, nh), pct(cb, nb))
		for k, x := range [...]int{nh, nb, mh, mb, ch, cb} {
			tot[k] += x
		}
	}
	fmt.Fprintf(w, "| pooled | %d | %d | | %s / %s | | %s / %s |\n", tot[0], tot[1], pct(tot[2], tot[0]), pct(tot[3], tot[1]), pct(tot[4], tot[0]), pct(tot[5], tot[1]))
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func pct(a, n int) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(n))
}

// auc is the probability that a hostile request scores above a benign one.
func auc(pos, neg []float64) float64 {
	if len(pos) == 0 || len(neg) == 0 {
		return math.NaN()
	}
	n := 0.0
	for _, p := range pos {
		for _, q := range neg {
			switch {
			case p > q:
				n++
			case p == q:
				n += 0.5
			}
		}
	}
	return n / float64(len(pos)*len(neg))
}
