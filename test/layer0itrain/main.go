// Command layer0itrain trains Layer0's injection model (L0-ML-011) and
// writes pkg/layer0/injmodel.bin.
//
// It reads the development sources (-data, as test/layer0train does;
// multijail's harmful requests are not injections and are left out) and
// the rounds of attacks and hard benign texts written for the model in
// pkg/layer0/testdata/injection-rounds.jsonl (a round is an id's prefix:
// ij-a, ij-b, …), plus the benign operator requests of testdata as one
// more benign source. Each origin (a development data set, a round, a file
// or round of operator requests) is left out whole: the model trained on the others scores it. Short texts
// (at most shortUnits units) and long ones each get a threshold: the
// lowest score at which those out-of-origin scores of benign texts the
// rules pass stay within budget (-fp-trigger pooled over texts full of
// trigger words, -fp-ordinary over ordinary ones, -fp-operator over
// operator requests, -fp-source for any one source of 100 texts or more);
// the report names the budget a lower threshold would break. The file
// written is the model trained on everything with those thresholds.
// Fixed seed and order: the same data gives the same file.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
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
	"unicode"

	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/layer0/learn"
)

type sample struct {
	source string // file or round
	origin string // the unit left out
	group  string // benign group: trigger-word-heavy, ordinary, operator
	text   string
	attack bool
	train  bool       // within the per-source cap
	ends   []int32    // where each unit's features end (InjectionFeatures)
	all    []uint32   // the text's distinct features (the first epoch's window)
	wins   [][]uint32 // each window's distinct features (InjectionWindowFeatures)
	rule   bool       // the rules (and the other models) flag it
	oof    float64
	th     float64 // the threshold of its length
}

// shortUnits is the classifier's injShortUnits: texts of at most this
// many units are held to the first threshold. TestShortUnits checks it.
const shortUnits = 40

type config struct {
	bits        uint8
	epochs      int
	eta, l2     float64
	cap         int
	fpTrigger   float64
	fpOrdinary  float64
	fpOperator  float64
	fpSource    float64
	triggerW    float64
	sourceFloor float64
	roundW      float64  // extra weight of the rounds written for the model
	exclude     []string // sources scored but never trained on
}

// defaults are the settings the shipped model is trained with.
var defaults = config{bits: 17, epochs: 8, eta: 0.2, l2: 1e-4, cap: 2000, fpTrigger: 0.01, fpOrdinary: 0.001, fpOperator: 0.0025, fpSource: 0.025, triggerW: 2, sourceFloor: 300, roundW: 3}

func main() {
	data := flag.String("data", "../shared/datasets", "development data directory")
	dir := flag.String("testdata", "pkg/layer0/testdata", "directory of injection-rounds.jsonl and the operator request files")
	out := flag.String("out", "pkg/layer0/injmodel.bin", "model file to write (empty: report only)")
	cfg := defaults
	bits := flag.Uint("bits", uint(cfg.bits), "log2 of the hashed feature space (the file is 2^bits bytes)")
	flag.IntVar(&cfg.epochs, "epochs", cfg.epochs, "training passes")
	flag.Float64Var(&cfg.eta, "eta", cfg.eta, "learning rate")
	flag.Float64Var(&cfg.l2, "l2", cfg.l2, "L2 penalty")
	flag.IntVar(&cfg.cap, "cap", cfg.cap, "texts per source and class trained on (evenly through the file)")
	flag.Float64Var(&cfg.fpTrigger, "fp-trigger", cfg.fpTrigger, "out-of-origin share of trigger-word-heavy benign texts the model may add")
	flag.Float64Var(&cfg.fpOrdinary, "fp-ordinary", cfg.fpOrdinary, "out-of-origin share of ordinary benign texts the model may add")
	flag.Float64Var(&cfg.fpOperator, "fp-operator", cfg.fpOperator, "out-of-origin share of benign operator requests the model may add")
	flag.Float64Var(&cfg.fpSource, "fp-source", cfg.fpSource, "share of any one benign source (of 100 texts or more) the model may add")
	flag.Float64Var(&cfg.roundW, "round-weight", cfg.roundW, "weight of the rounds written for the model against a development source")
	flag.Float64Var(&cfg.triggerW, "trigger-weight", cfg.triggerW, "weight of benign sources full of trigger words against other benign sources")
	flag.Float64Var(&cfg.sourceFloor, "source-floor", cfg.sourceFloor, "texts per source and class at full weight")
	excl := flag.String("exclude", "", "comma-separated sources scored but never trained on")
	flag.Parse()
	switch {
	case *bits < 8 || *bits > 20:
		fail("-bits must be 8..20")
	case cfg.epochs < 1:
		fail("-epochs must be at least 1")
	case !(cfg.eta > 0) || !(cfg.l2 >= 0):
		fail("-eta must be positive and -l2 zero or positive")
	case cfg.cap < 1:
		fail("-cap must be at least 1")
	case !(cfg.fpTrigger > 0 && cfg.fpTrigger < 1) || !(cfg.fpOrdinary > 0 && cfg.fpOrdinary < 1) || !(cfg.fpOperator > 0 && cfg.fpOperator < 1) || !(cfg.fpSource > 0 && cfg.fpSource < 1):
		fail("-fp-trigger, -fp-ordinary, -fp-operator and -fp-source must be shares between 0 and 1 (0.01 is 1%)")
	}
	cfg.bits = uint8(*bits)
	if *excl != "" {
		cfg.exclude = strings.Split(*excl, ",")
	}
	buf, th, err := build(*data, *dir, cfg, os.Stdout)
	if err != nil {
		fail(err.Error())
	}
	if *out == "" {
		return
	}
	if err := os.WriteFile(*out, buf, 0o644); err != nil {
		fail(err.Error())
	}
	fmt.Printf("\nwrote %s (%d bytes; review at raw score > %.3f, > %.3f over %d units)\n", *out, len(buf), th[0], th[1], shortUnits)
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "layer0itrain:", msg)
	os.Exit(2)
}

// build loads and featurises the data, reports leave-one-origin-out to w
// and returns the model file and its two thresholds (short and long
// texts).
func build(data, dir string, cfg config, w io.Writer) ([]byte, [2]float64, error) {
	samples, err := loadAll(data, dir)
	if err != nil {
		return nil, [2]float64{}, err
	}
	key := []byte("layer0itrain-fixed-receipt-key-0")
	rules, err := layer0.New(layer0.Options{ReceiptKey: key, NoInjectionModel: true})
	if err != nil {
		return nil, [2]float64{}, err
	}
	capSamples(samples, cfg.cap)
	for i := range samples {
		s := &samples[i]
		var h []uint32
		h, s.ends = rules.InjectionFeatures(s.text)
		if len(s.ends) > 0 {
			s.all = layer0.InjectionWindowFeatures(h, s.ends, 0, len(s.ends), nil)
			layer0.InjectionWindows(len(s.ends), func(a, b int) {
				s.wins = append(s.wins, layer0.InjectionWindowFeatures(h, s.ends, a, b, nil))
			})
		}
		v, err := rules.ClassifyText(s.text)
		switch {
		case errors.Is(err, layer0.ErrTooLarge):
			s.rule = true // refused whole: never reaches the model
		case err != nil:
			return nil, [2]float64{}, fmt.Errorf("%s: %v", s.source, err)
		default:
			s.rule = v.Verdict != "allow"
		}
	}
	var origins []string
	for _, s := range samples {
		if !slices.Contains(origins, s.origin) {
			origins = append(origins, s.origin)
		}
	}
	fmt.Fprintf(w, "Layer0 injection model: %d texts (%d trained on), %d origins, 2^%d features, %d epochs, eta %g, l2 %g\n\n",
		len(samples), countTrain(samples), len(origins), cfg.bits, cfg.epochs, cfg.eta, cfg.l2)
	for _, o := range origins {
		wt, b := train(samples, func(s *sample) bool { return s.origin != o }, cfg)
		for i := range samples {
			if samples[i].origin == o {
				samples[i].oof = score(&samples[i], wt, b, cfg.bits)
			}
		}
	}
	// a short text and a long one (a role prompt, a document) each have
	// their own threshold, each within the budgets on its own texts
	var short, long []sample
	for _, s := range samples {
		if len(s.ends) <= shortUnits {
			short = append(short, s)
		} else {
			long = append(long, s)
		}
	}
	ts, whyS := threshold(short, cfg)
	tl, whyL := threshold(long, cfg)
	fmt.Fprintf(w, "a lower threshold would break the budget of: %s (short texts); %s (long texts)\n", whyS, whyL)
	for i := range samples {
		samples[i].th = tl
		if len(samples[i].ends) <= shortUnits {
			samples[i].th = ts
		}
	}
	report(w, samples, ts, tl)
	if math.IsInf(ts, 0) || math.IsInf(tl, 0) {
		return nil, [2]float64{ts, tl}, fmt.Errorf("no threshold keeps every false-positive budget (short texts: %s; long texts: %s): loosen -fp-trigger, -fp-ordinary, -fp-operator or -fp-source", whyS, whyL)
	}
	wt, b := train(samples, func(*sample) bool { return true }, cfg)
	m := &layer0.OperatorModel{Bits: cfg.bits, Bias: float32(b), Threshold: float32(ts), HasLong: true, Long: float32(tl), Float: wt}
	buf, err := m.MarshalBinary()
	return buf, [2]float64{ts, tl}, err
}

// loadAll reads the development sources and the rounds in dir.
func loadAll(data, dir string) ([]sample, error) {
	dev, err := learn.Load(data)
	if err != nil {
		return nil, err
	}
	var out []sample
	for _, s := range dev {
		if s.Source == "multijail" {
			continue
		}
		out = append(out, sample{source: s.Source, origin: learn.Origin(s.Source), group: learn.BenignGroup(s.Source), text: s.Text, attack: s.Attack})
	}
	rounds, err := loadRounds(filepath.Join(dir, "injection-rounds.jsonl"))
	if err != nil {
		return nil, err
	}
	out = append(out, rounds...)
	for _, f := range []string{"operator.jsonl", "operator-heldout.jsonl", "operator-effects.jsonl", "operator-benign.jsonl", "operator-rounds.jsonl"} {
		ops, err := loadOperator(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		out = append(out, ops...)
	}
	// near-identical texts (the same letters) count once: the first kept
	seen := map[uint64]bool{}
	k := 0
	for _, s := range out {
		key := letters(s.text)
		if seen[key] {
			continue
		}
		seen[key] = true
		out[k] = s
		k++
	}
	return out[:k], nil
}

func letters(text string) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			h = (h ^ uint64(r)) * 1099511628211
		}
	}
	return h
}

// loadRounds reads the rounds written for the model: {"id", "label":
// "attack"|"benign", "text"}; a round is the id up to its last "-".
func loadRounds(path string) ([]sample, error) {
	var out []sample
	err := eachLine(path, func(n int, line []byte) error {
		var r struct{ ID, Label, Text string }
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		i := strings.LastIndex(r.ID, "-")
		if i <= 0 || strings.TrimSpace(r.Text) == "" {
			return fmt.Errorf("id %q: want ROUND-NNN and a text", r.ID)
		}
		if r.Label != "attack" && r.Label != "benign" {
			return fmt.Errorf("label %q (want attack or benign)", r.Label)
		}
		g := r.ID[:i]
		out = append(out, sample{source: g, origin: g, group: learn.GroupTrigger, text: r.Text, attack: r.Label == "attack"})
		return nil
	})
	return out, err
}

// loadOperator reads the benign operator requests of a request file.
func loadOperator(path string) ([]sample, error) {
	var out []sample
	base := "operator-requests: " + strings.TrimSuffix(filepath.Base(path), ".jsonl")
	err := eachLine(path, func(n int, line []byte) error {
		var r struct{ ID, Kind, Text string }
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		// each file, or each round of a file (ox-n2, ox-r6, …), was
		// written apart: it is left out whole, as the operator model's
		// trainer leaves it out
		origin := base
		if strings.HasPrefix(r.ID, "ox-") {
			origin = "operator-requests: " + r.ID[:strings.LastIndex(r.ID, "-")]
		}
		switch r.Kind {
		case "benign-change", "benign-read", "recon":
			if r.Text != "" {
				out = append(out, sample{source: "operator-requests", origin: origin, group: "operator", text: r.Text})
			}
		}
		return nil
	})
	return out, err
}

func eachLine(path string, f func(n int, line []byte) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if err := f(n, sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	return sc.Err()
}

// capSamples marks at most max texts per source and class, evenly through
// the file, as trained on; every text is scored.
func capSamples(samples []sample, max int) {
	type key struct {
		src    string
		attack bool
	}
	idx := map[key][]int{}
	var keys []key
	for i, s := range samples {
		k := key{s.source, s.attack}
		if _, ok := idx[k]; !ok {
			keys = append(keys, k)
		}
		idx[k] = append(idx[k], i)
	}
	for _, k := range keys {
		is := idx[k]
		step := math.Max(1, float64(len(is))/float64(max))
		for x := 0.0; int(x) < len(is); x += step {
			samples[is[int(x)]].train = true
		}
	}
}

func countTrain(samples []sample) int {
	n := 0
	for _, s := range samples {
		if s.train {
			n++
		}
	}
	return n
}

// window returns the features of the window of s that w scores highest
// (the whole text in the first epoch).
func window(s *sample, w []float64, mask uint32, first bool) []uint32 {
	if first || len(s.wins) == 0 {
		return s.all
	}
	best, bw := math.Inf(-1), s.all
	for _, hs := range s.wins {
		if len(hs) == 0 {
			continue
		}
		z := 0.0
		for _, h := range hs {
			z += w[h&mask]
		}
		if z /= math.Sqrt(float64(len(hs))); z > best {
			best, bw = z, hs
		}
	}
	return bw
}

// train fits a logistic regression by stochastic gradient descent on the
// capped samples keep selects, on each text's highest window: each source
// and class weighs as min(n, sourceFloor) texts, benign texts full of
// trigger words triggerW times, attacks and benign texts the same in total.
func train(samples []sample, keep func(*sample) bool, cfg config) ([]float32, float64) {
	w := make([]float64, 1<<cfg.bits)
	mask := uint32(1<<cfg.bits - 1)
	var idx []int
	count := map[string]int{}
	for i := range samples {
		s := &samples[i]
		if s.train && keep(s) && len(s.all) > 0 && !slices.Contains(cfg.exclude, s.source) {
			idx = append(idx, i)
			count[fmt.Sprint(s.source, s.attack)]++
		}
	}
	cw := make([]float64, len(samples))
	var tot [2]float64
	for _, i := range idx {
		s := &samples[i]
		n := float64(count[fmt.Sprint(s.source, s.attack)])
		x := math.Min(n, cfg.sourceFloor) / n
		if !s.attack && s.group == learn.GroupTrigger {
			x *= cfg.triggerW
		}
		if strings.HasPrefix(s.source, "ij-") {
			x *= cfg.roundW
		}
		cw[i] = x
		tot[b2i(s.attack)] += x
	}
	for _, i := range idx {
		// attacks and benign texts weigh the same, len(idx) in all
		cw[i] *= float64(len(idx)) / (2 * math.Max(tot[b2i(samples[i].attack)], 1))
	}
	r := rand.New(rand.NewPCG(1, 2))
	b := 0.0
	for e := 0; e < cfg.epochs; e++ {
		r.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		eta := cfg.eta / math.Sqrt(float64(e+1))
		for _, i := range idx {
			s := &samples[i]
			hs := window(s, w, mask, e == 0)
			v := 1 / math.Sqrt(float64(len(hs)))
			z := b
			for _, h := range hs {
				z += w[h&mask] * v
			}
			p := 1 / (1 + math.Exp(-max(-30, min(30, z))))
			y := 0.0
			if s.attack {
				y = 1
			}
			g := (p - y) * cw[i]
			for _, h := range hs {
				j := h & mask
				w[j] -= eta * (g*v + cfg.l2*w[j])
			}
			b -= eta * g
		}
	}
	out := make([]float32, len(w))
	for i, x := range w {
		out[i] = float32(x)
	}
	return out, b
}

// score is the model's highest window score of s.
func score(s *sample, w []float32, b float64, bits uint8) float64 {
	mask := uint32(1<<bits - 1)
	if len(s.ends) < 3 {
		return math.Inf(-1)
	}
	best := math.Inf(-1)
	for _, hs := range s.wins {
		if len(hs) == 0 {
			continue
		}
		var z float32
		for _, h := range hs {
			z += w[h&mask]
		}
		best = math.Max(best, float64(float32(b)+z/float32(math.Sqrt(float64(len(hs))))))
	}
	return best
}

// threshold is the lowest out-of-origin score at which what the model adds
// (benign texts the rules pass, scored above it) stays within every
// budget, and the budget a lower one would break.
func threshold(samples []sample, cfg config) (float64, string) {
	var cands []float64
	for _, s := range samples {
		if !s.attack && !s.rule {
			cands = append(cands, s.oof)
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(cands)))
	groupN, sourceN := map[string]int{}, map[string]int{}
	for _, s := range samples {
		if !s.attack {
			groupN[s.group]++
			sourceN[s.source]++
		}
	}
	// broken names the first budget that t breaks ("" for none)
	broken := func(t float64) string {
		g, src := map[string]int{}, map[string]int{}
		for _, s := range samples {
			if !s.attack && !s.rule && s.oof > t {
				g[s.group]++
				src[s.source]++
			}
		}
		for _, k := range sortedKeys(g) {
			budget := cfg.fpOrdinary
			switch k {
			case learn.GroupTrigger:
				budget = cfg.fpTrigger
			case "operator":
				budget = cfg.fpOperator
			}
			if float64(g[k]) > budget*float64(groupN[k]) {
				return fmt.Sprintf("%s texts pooled (%d of %d)", k, g[k], groupN[k])
			}
		}
		for _, k := range sortedKeys(src) {
			if sourceN[k] >= 100 && float64(src[k]) > cfg.fpSource*float64(sourceN[k]) {
				return fmt.Sprintf("%s (%d of %d)", k, src[k], sourceN[k])
			}
		}
		return ""
	}
	// the candidates are sorted from the highest: find the lowest that
	// keeps every budget (budgets only tighten as the threshold falls)
	lo, hi := 0, len(cands) // broken(cands[i]) is "" for i < lo
	for lo < hi {
		mid := (lo + hi) / 2
		if broken(cands[mid]) == "" {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	why := "no budget binds"
	if lo < len(cands) {
		why = broken(cands[lo])
	}
	if lo == 0 {
		return math.Inf(1), why
	}
	return cands[lo-1], why
}

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// report prints, per origin left out: attacks and benign texts, the
// model's AUC, what the rules flag, what the model alone flags at the
// threshold, and rules or model.
func report(w io.Writer, samples []sample, ts, tl float64) {
	fmt.Fprintf(w, "thresholds %.3f up to %d units, %.3f over (each the lowest out-of-origin score within the false-positive budgets on texts of its length)\n\n", ts, shortUnits, tl)
	fmt.Fprintln(w, "| left-out source | attacks | benign | model AUC | rules: attacks / benign | model alone | rules or model |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	var sources []string
	for _, s := range samples {
		if !slices.Contains(sources, s.source) {
			sources = append(sources, s.source)
		}
	}
	sort.Strings(sources)
	type tot struct{ na, nb, ra, rb, ma, mb, ca, cb int }
	pooled := map[string]*tot{}
	for _, src := range sources {
		var t tot
		var as, bs []float64
		grp := ""
		for _, s := range samples {
			if s.source != src {
				continue
			}
			m := s.oof > s.th
			if s.attack {
				t.na++
				as = append(as, s.oof)
				t.ra += b2i(s.rule)
				t.ma += b2i(m)
				t.ca += b2i(s.rule || m)
			} else {
				grp = s.group
				t.nb++
				bs = append(bs, s.oof)
				t.rb += b2i(s.rule)
				t.mb += b2i(m)
				t.cb += b2i(s.rule || m)
			}
		}
		fmt.Fprintf(w, "| %s | %d | %d | %s | %s / %s | %s / %s | %s / %s |\n", src, t.na, t.nb, aucString(as, bs),
			pct(t.ra, t.na), pct(t.rb, t.nb), pct(t.ma, t.na), pct(t.mb, t.nb), pct(t.ca, t.na), pct(t.cb, t.nb))
		k := "attacks"
		if t.na == 0 {
			k = "benign " + grp
		}
		if pooled[k] == nil {
			pooled[k] = &tot{}
		}
		p := pooled[k]
		p.na, p.nb, p.ra, p.rb, p.ma, p.mb, p.ca, p.cb = p.na+t.na, p.nb+t.nb, p.ra+t.ra, p.rb+t.rb, p.ma+t.ma, p.mb+t.mb, p.ca+t.ca, p.cb+t.cb
	}
	var ks []string
	for k := range pooled {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t := pooled[k]
		fmt.Fprintf(w, "| pooled: sources with %s | %d | %d | | %s / %s | %s / %s | %s / %s |\n", k, t.na, t.nb,
			pct(t.ra, t.na), pct(t.rb, t.nb), pct(t.ma, t.na), pct(t.mb, t.nb), pct(t.ca, t.na), pct(t.cb, t.nb))
	}
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

// aucString formats learn.AUC ("–" without both classes).
func aucString(pos, neg []float64) string {
	if len(pos) == 0 || len(neg) == 0 {
		return "–"
	}
	return fmt.Sprintf("%.3f", learn.AUC(pos, neg))
}
