package learn

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/cfplane/cfplane/pkg/layer0"
)

// Config holds the training hyper-parameters.
type Config struct {
	Bits      uint8   // log2 of the hashed feature space
	Epochs    int     // passes over the data
	Eta       float64 // AdaGrad learning rate
	L2        float64 // L2 penalty per update
	SourceCap float64 // a source weighs as at most this many samples per class
	AttackW   float64 // total attack weight relative to total benign weight
	Seed      uint64
	Window    uint32  // scoring window in runes for long texts (0 = off)
	Review    float32 // calibrated probability at which the model asks for review
	Block     float32 // ... and at which it blocks
	// ReviewRule: review threshold for texts with weak rule evidence
	ReviewRule float32
	Harmful    bool    // train on multijail's harmful requests as attacks
	MinN       uint8   // shortest character n-gram
	Keep       int     // at most this many samples per source and class are trained on (evenly spread, deterministic)
	TriggerW   float64 // extra weight of benign sources full of trigger words (hard negatives)
	// NgramScale multiplies the n-gram features (Model.NgramScale): below
	// 1 the model leans on rules, shape and concepts, which carry across
	// sources and languages.
	NgramScale float64
	// RuleScale multiplies the rule features (Model.RuleScale); 0 is 1.
	RuleScale float64
}

// DefaultConfig is what `make layer0-train` uses.
func DefaultConfig() Config {
	// Bits, Epochs, Eta, NgramScale and RuleScale were chosen by `layer0train
	// -sweep` on the leave-one-origin-out table (the model alone's mean
	// recall over left-out attack sources and its ranking of them against
	// left-out benign texts full of trigger words), not on a pooled split.
	return Config{Bits: 16, Epochs: 2, Eta: 0.1, L2: 3e-5, SourceCap: 300, AttackW: 1, Seed: 13,
		Window: 0, Review: 0.5, Block: 0.9, Harmful: false, MinN: 3, Keep: 2000, TriggerW: 2, NgramScale: 0.5, RuleScale: 2}
}

// vec is a sample's sparse feature vector: unique indices with values
// count/sqrt(total) for the n-gram features (vn, scaled by NgramScale when
// trained) and 1 for the global ones (vg: rule findings, shape, concepts),
// which is exactly how the runtime scores a text.
type vec struct {
	idx        []uint32
	vn, vg, vr []float32 // n-gram, other global and rule parts of each value
}

// at returns feature k's value under n-gram scale ns and rule scale rs.
func (v vec) at(k int, ns, rs float64) float64 {
	return ns*float64(v.vn[k]) + float64(v.vg[k]) + rs*float64(v.vr[k])
}

func featurize(c *layer0.Classifier, text string, bits, minN uint8, chars, global, rules []uint32) (vec, bool, bool, []uint32, []uint32, []uint32) {
	var flagged, evidence bool
	chars, global, rules, flagged, evidence = c.ModelFeatureSets(text, bits, minN, chars[:0], global[:0], rules[:0])
	var v vec
	if len(chars) == 0 {
		return v, flagged, evidence, chars, global, rules
	}
	sort.Slice(chars, func(i, j int) bool { return chars[i] < chars[j] })
	norm := float32(1 / math.Sqrt(float64(len(chars))))
	vals := map[uint32][3]float32{}
	for _, i := range chars {
		x := vals[i]
		x[0] += norm
		vals[i] = x
	}
	for _, i := range global {
		x := vals[i]
		x[1]++
		vals[i] = x
	}
	for _, i := range rules {
		x := vals[i]
		x[2]++
		vals[i] = x
	}
	for i := range vals {
		v.idx = append(v.idx, i)
	}
	sort.Slice(v.idx, func(a, b int) bool { return v.idx[a] < v.idx[b] })
	for _, i := range v.idx {
		v.vn = append(v.vn, vals[i][0])
		v.vg = append(v.vg, vals[i][1])
		v.vr = append(v.vr, vals[i][2])
	}
	return v, flagged, evidence, chars, global, rules
}

// dedupKey identifies near-identical texts: the letters of the text,
// lower-cased, so that texts differing only in case, spacing, punctuation
// or digits count as one.
func dedupKey(text string) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			h ^= uint64(r)
			h *= 1099511628211
		}
	}
	return h
}

// Data is a featurised data set.
type Data struct {
	Samples []Sample
	vecs    []vec
	bits    uint8
	minN    uint8
	rules   []bool   // whether the rules alone flag each sample
	keys    []uint64 // near-duplicate key of each sample
	// evidence: the rules found something in the sample, however weak
	evidence []bool
}

// RuleFlags returns, for every sample, whether the rule detectors alone
// (no model) flag it.
func (d *Data) RuleFlags() []bool { return d.rules }

// Featurize computes every sample's features (n-grams of every view, the
// rule findings, shape) and whether the rules alone flag it, once, on two
// workers.
func Featurize(samples []Sample, cfg Config) (*Data, error) {
	c, err := layer0.New(layer0.Options{ReceiptKey: []byte("layer0-learn-featurize-key-00000"), NoModel: true, NoInjectionModel: true})
	if err != nil {
		return nil, err
	}
	d := &Data{Samples: samples, vecs: make([]vec, len(samples)), bits: cfg.Bits, minN: cfg.MinN,
		rules: make([]bool, len(samples)), evidence: make([]bool, len(samples)), keys: make([]uint64, len(samples))}
	const workers = 2
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var chars, global, rules []uint32
			for i := w; i < len(samples); i += workers {
				d.vecs[i], d.rules[i], d.evidence[i], chars, global, rules = featurize(c, samples[i].Text, cfg.Bits, cfg.MinN, chars, global, rules)
				d.keys[i] = dedupKey(samples[i].Text)
			}
		}(w)
	}
	wg.Wait()
	return d, nil
}

// isTrainAttack is the training label (multijail's harmful requests count
// as attacks only with cfg.Harmful; without it they are left out).
func usable(s Sample, cfg Config) bool {
	return cfg.Harmful || s.Source != "multijail"
}

// weights gives each sample its loss weight: every (source, class) pair
// weighs as min(n, SourceCap) samples (so every source of a reasonable
// size weighs the same, whatever its size), benign sources full of trigger
// words weigh TriggerW times more (hard negatives: they teach the model
// attack structure rather than attack vocabulary), and the attack total is
// AttackW times the benign total. The mean weight is 1.
func weights(d *Data, use []bool, cfg Config) []float64 {
	type key struct {
		src    string
		attack bool
	}
	n := map[key]int{}
	for i, s := range d.Samples {
		if use[i] {
			n[key{s.Source, s.Attack}]++
		}
	}
	w := make([]float64, len(d.Samples))
	var tot [2]float64
	for i, s := range d.Samples {
		if !use[i] {
			continue
		}
		c := float64(n[key{s.Source, s.Attack}])
		w[i] = math.Min(c, cfg.SourceCap) / c
		if s.Attack {
			tot[1] += w[i]
		} else {
			if BenignGroup(s.Source) == GroupTrigger && cfg.TriggerW > 0 {
				w[i] *= cfg.TriggerW
			}
			tot[0] += w[i]
		}
	}
	if tot[1] > 0 {
		f := cfg.AttackW * tot[0] / tot[1]
		for i, s := range d.Samples {
			if use[i] && s.Attack {
				w[i] *= f
			}
		}
	}
	sum, cnt := 0.0, 0
	for i := range w {
		if use[i] {
			sum += w[i]
			cnt++
		}
	}
	for i := range w {
		w[i] *= float64(cnt) / sum
	}
	return w
}

// trainingSet narrows use to what is trained on: usable samples with
// features, one of each group of near-identical texts of a class, and at
// most cfg.Keep per (source, class), taken evenly through the file
// (deterministic).
func trainingSet(d *Data, use []bool, cfg Config) []bool {
	out := make([]bool, len(use))
	type key struct {
		src    string
		attack bool
	}
	seen := map[[2]uint64]bool{}
	n := map[key]int{}
	for i, s := range d.Samples {
		if !use[i] || !usable(s, cfg) || len(d.vecs[i].idx) == 0 {
			continue
		}
		k := [2]uint64{d.keys[i], uint64(b2i(s.Attack))}
		if seen[k] {
			continue
		}
		seen[k] = true
		out[i] = true
		n[key{s.Source, s.Attack}]++
	}
	if cfg.Keep <= 0 {
		return out
	}
	at := map[key]int{}
	for i, s := range d.Samples {
		if !out[i] {
			continue
		}
		k := key{s.Source, s.Attack}
		c := n[k]
		if c <= cfg.Keep {
			continue
		}
		j := at[k]
		at[k]++
		// keep sample j of c when it is the first at or after a multiple of c/Keep
		if j*cfg.Keep/c == (j+1)*cfg.Keep/c {
			out[i] = false
		}
	}
	return out
}

// Train fits a logistic regression on the samples with use[i] set, by
// AdaGrad with an L2 penalty, visiting samples in a fixed pseudo-random
// order.
func Train(d *Data, use []bool, cfg Config) *layer0.Model {
	wt, bias := trainWeights(d, use, cfg)
	m := &layer0.Model{Bits: d.bits, MinN: d.minN, Bias: float32(bias), PlattA: -1, PlattB: 0, Review: cfg.Review, ReviewRule: cfg.ReviewRule, Block: cfg.Block,
		Window: cfg.Window, NgramScale: float32(ngramScale(cfg)), RuleScale: float32(ruleScale(cfg)), Float: make([]float32, len(wt))}
	for i, w := range wt {
		m.Float[i] = float32(w)
	}
	return quantise(m)
}

func ngramScale(cfg Config) float64 {
	if cfg.NgramScale == 0 {
		return 1
	}
	return cfg.NgramScale
}

func ruleScale(cfg Config) float64 {
	if cfg.RuleScale == 0 {
		return 1
	}
	return cfg.RuleScale
}

// trainWeights is Train's optimisation: the float weights and bias.
func trainWeights(d *Data, use []bool, cfg Config) ([]float64, float64) {
	ns, rs := ngramScale(cfg), ruleScale(cfg)
	n := 1 << d.bits
	wt := make([]float64, n)
	g2 := make([]float64, n)
	bias, gb := 0.0, 0.0
	use = trainingSet(d, use, cfg)
	sw := weights(d, use, cfg)
	order := make([]int, 0, len(d.Samples))
	for i := range d.Samples {
		if use[i] {
			order = append(order, i)
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x1a7e0))
	for ep := 0; ep < cfg.Epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, i := range order {
			v := d.vecs[i]
			z := bias
			for k, j := range v.idx {
				z += wt[j] * v.at(k, ns, rs)
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if d.Samples[i].Attack {
				y = 1
			}
			g := (p - y) * sw[i]
			for k, j := range v.idx {
				gj := g*v.at(k, ns, rs) + cfg.L2*wt[j]
				g2[j] += gj * gj
				wt[j] -= cfg.Eta * gj / math.Sqrt(g2[j]+1e-8)
			}
			gb += g * g
			bias -= cfg.Eta * g / math.Sqrt(gb+1e-8)
		}
	}
	return wt, bias
}

// quantise round-trips m through its file format, so that evaluation scores
// with exactly the weights the binary would embed.
func quantise(m *layer0.Model) *layer0.Model {
	b, err := m.MarshalBinary()
	if err != nil {
		panic(err)
	}
	q, err := layer0.ParseModel(b)
	if err != nil {
		panic(err)
	}
	return q
}

// FitPlatt fits p = 1/(1+exp(A*raw+B)) to raw scores and labels by Newton's
// method on the weighted log loss (Platt 1999, with his target smoothing).
func FitPlatt(raw []float32, y []bool, w []float64) (a, b float32) {
	var np, nn float64
	for i := range y {
		if y[i] {
			np += w[i]
		} else {
			nn += w[i]
		}
	}
	hi, lo := (np+1)/(np+2), 1/(nn+2)
	A, B := 0.0, math.Log((nn+1)/(np+1))
	target := func(i int) float64 {
		if y[i] {
			return hi
		}
		return lo
	}
	// loss is the weighted cross-entropy, computed stably.
	loss := func(A, B float64) float64 {
		l := 0.0
		for i := range raw {
			f := float64(raw[i])*A + B
			t := target(i)
			if f >= 0 {
				l += w[i] * (t*f + math.Log1p(math.Exp(-f)))
			} else {
				l += w[i] * ((t-1)*f + math.Log1p(math.Exp(f)))
			}
		}
		return l
	}
	cur := loss(A, B)
	for it := 0; it < 100; it++ {
		var h11, h22, h21, g1, g2 float64
		for i := range raw {
			f := float64(raw[i])*A + B
			p := 1 / (1 + math.Exp(f))
			d2 := p * (1 - p) * w[i]
			x := float64(raw[i])
			h11 += x * x * d2
			h22 += d2
			h21 += x * d2
			d1 := (target(i) - p) * w[i]
			g1 += x * d1
			g2 += d1
		}
		if math.Abs(g1) < 1e-6 && math.Abs(g2) < 1e-6 {
			break
		}
		h11 += 1e-12
		h22 += 1e-12
		det := h11*h22 - h21*h21
		dA := -(h22*g1 - h21*g2) / det
		dB := -(-h21*g1 + h11*g2) / det
		step := 1.0
		for step > 1e-10 {
			if l := loss(A+step*dA, B+step*dB); l < cur {
				A, B, cur = A+step*dA, B+step*dB, l
				break
			}
			step /= 2
		}
		if step <= 1e-10 {
			break
		}
	}
	return float32(A), float32(B)
}

// Fold is the result of leaving one source out.
type Fold struct {
	Source string
	Raw    []float32 // model score of each left-out sample, in Data order
	Index  []int
	Model  *layer0.Model
}

// Origin names the data set a source file was taken from: the unit left
// out together. Files cut from one data set share its texts' templates —
// BIPIA's attacks are its benign e-mails and answers with an instruction
// inserted, InjecGuard's benign file comes with its mixed set, the Chinese
// role prompts translate the English ones — so leaving out one file while
// training on its sibling would score the sibling's templates, not
// generalisation.
func Origin(source string) string {
	switch source {
	case "bipia-attacks", "bipia-benign-contexts":
		return "bipia"
	case "injecguard-valid-mixed", "injecguard-wildguard-benign":
		return "injecguard"
	case "awesome-chatgpt-prompts", "awesome-chatgpt-prompts-zh":
		return "awesome-chatgpt-prompts"
	}
	return source
}

// Origins lists the origins of the sources in samples, sorted.
func Origins(samples []Sample) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range samples {
		if o := Origin(s.Source); !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	sort.Strings(out)
	return out
}

// foldSplit says what the fold leaving origin src out may train on: every
// other origin, without the near-identical copies of src's texts they hold
// (so a text shared between sources is never scored by a model trained on
// it). idx lists src's samples; dropped counts the copies left out.
func foldSplit(d *Data, src string) (use []bool, idx []int, dropped int) {
	held := map[uint64]bool{}
	for i, s := range d.Samples {
		if Origin(s.Source) == src {
			held[d.keys[i]] = true
		}
	}
	use = make([]bool, len(d.Samples))
	for i, s := range d.Samples {
		in := Origin(s.Source) == src
		use[i] = !in && !held[d.keys[i]]
		if in {
			idx = append(idx, i)
		} else if !use[i] {
			dropped++
		}
	}
	return use, idx, dropped
}

// LOSO trains one model per origin on every other origin and scores the
// left-out origin with it. progress (may be nil) gets one line per fold.
func LOSO(d *Data, cfg Config, progress io.Writer) []Fold {
	var out []Fold
	for _, src := range Origins(d.Samples) {
		use, idx, dropped := foldSplit(d, src)
		m := Train(d, use, cfg)
		c, err := layer0.New(layer0.Options{ReceiptKey: []byte("layer0-learn-loso-key-0000000000"), Model: m, NoInjectionModel: true})
		if err != nil {
			panic(err) // the shipped policy compiles (tested in pkg/layer0)
		}
		f := Fold{Source: src, Index: idx, Raw: make([]float32, len(idx)), Model: m}
		for k, i := range idx {
			sc, _ := c.ModelScore(d.Samples[i].Text)
			f.Raw[k] = sc.Raw
		}
		if progress != nil {
			fmt.Fprintf(progress, "  fold %-32s trained on %d samples (%d near-copies of it left out), scored %d, mean raw attack %.2f benign %.2f\n",
				src, countTrue(trainingSet(d, use, cfg)), dropped, len(idx), meanRaw(d, f, true), meanRaw(d, f, false))
		}
		out = append(out, f)
	}
	return out
}

func countTrue(b []bool) int {
	n := 0
	for _, x := range b {
		if x {
			n++
		}
	}
	return n
}

// Calibrate fits Platt scaling on the out-of-source scores of the folds,
// each (source, class) weighted as in training.
func Calibrate(d *Data, folds []Fold, cfg Config) (a, b float32) {
	all := make([]bool, len(d.Samples))
	for i := range all {
		all[i] = usable(d.Samples[i], cfg)
	}
	w := weights(d, all, cfg)
	var raw []float32
	var y []bool
	var ws []float64
	for _, f := range folds {
		for k, i := range f.Index {
			if !all[i] {
				continue
			}
			raw = append(raw, f.Raw[k])
			y = append(y, d.Samples[i].Attack)
			ws = append(ws, w[i])
		}
	}
	return FitPlatt(raw, y, ws)
}

// Summary prints the data: samples per source and class, and languages.
func Summary(w io.Writer, samples []Sample) {
	type c struct{ a, b int }
	by := map[string]*c{}
	langs := map[string]*c{}
	for _, s := range samples {
		for _, m := range []struct {
			mp map[string]*c
			k  string
		}{{by, s.Source}, {langs, s.Lang}} {
			x := m.mp[m.k]
			if x == nil {
				x = &c{}
				m.mp[m.k] = x
			}
			if s.Attack {
				x.a++
			} else {
				x.b++
			}
		}
	}
	fmt.Fprintf(w, "%-34s %7s %7s\n", "source", "attack", "benign")
	ta, tb := 0, 0
	for _, src := range Sources(samples) {
		fmt.Fprintf(w, "%-34s %7d %7d\n", src, by[src].a, by[src].b)
		ta += by[src].a
		tb += by[src].b
	}
	fmt.Fprintf(w, "%-34s %7d %7d\n", "total", ta, tb)
	var ls []string
	for l := range langs {
		ls = append(ls, l)
	}
	sort.Strings(ls)
	var parts []string
	for _, l := range ls {
		if l == "" {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s %d/%d", l, langs[l].a, langs[l].b))
	}
	fmt.Fprintf(w, "languages (attack/benign): %s\n", strings.Join(parts, ", "))
}

// minPerSource is the smallest benign source held to its own
// false-positive budget; smaller ones are held to it together.
const minPerSource = 100

// Thresholds picks the review threshold as the lowest calibrated
// probability at which, on the out-of-source scores, every benign source
// stays within its budget: maxTrigger for sources full of trigger words,
// maxOrdinary for ordinary ones, counting a text as flagged when the rules
// or the model flag it. A source the rules alone already put over budget
// may take no more than a quarter of the budget from the model. The block
// threshold is the lowest at which the model alone blocks at most maxBlock
// of all benign texts and 0.2% of any source (never below 0.85: a block
// stops an operator).
func Thresholds(d *Data, folds []Fold, a, b float32, ruleFlag []bool, maxTrigger, maxOrdinary, maxBlock float64) (review, block float32) {
	t := newThresholder(d, folds, a, b, ruleFlag, maxTrigger, maxOrdinary)
	review, _ = t.review(nil, 1)
	return review, t.block(maxBlock, review)
}

// ChooseThresholds also picks the lower review threshold for texts with
// weak rule evidence (Model.ReviewRule): of the candidates, the one whose
// pair of thresholds, each within every benign source's budget, gives the
// highest out-of-source recall averaged over the attack sources (each
// source counts the same, as each benchmark must hold on its own).
func ChooseThresholds(d *Data, folds []Fold, a, b float32, bud Budgets) (review, reviewRule, block float32) {
	t := newThresholder(d, folds, a, b, d.rules, bud.Trigger, bud.Ordinary)
	best := -1.0
	for _, rr := range []float32{1, 0.99, 0.98, 0.97, 0.96, 0.95, 0.94, 0.93, 0.92, 0.9, 0.88, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5} {
		rv, ok := t.review(d.evidence, rr)
		if !ok {
			continue
		}
		if rr >= rv {
			rr = rv
		}
		if r := t.recall(d.evidence, rv, rr); r > best+1e-9 {
			best, review, reviewRule = r, rv, rr
		}
	}
	return review, reviewRule, t.block(bud.Block, review)
}

type scored struct {
	p   float32
	i   int // sample index
	src string
}

type thresholder struct {
	d        *Data
	ben, att []scored // out-of-source scores of benign texts the rules do not flag, and of attacks
	allowed  map[string]int
	n        map[string]int // benign texts per source (group)
	total    int
	rules    []bool
}

func newThresholder(d *Data, folds []Fold, a, b float32, ruleFlag []bool, maxTrigger, maxOrdinary float64) *thresholder {
	n, base := map[string]int{}, map[string]int{}
	t := &thresholder{d: d, allowed: map[string]int{}, rules: ruleFlag, n: n}
	group := func(src string) string {
		if sourceBenign(d, src) < minPerSource {
			return "small sources (" + BenignGroup(src) + ")"
		}
		return src
	}
	budget := func(g string) float64 {
		if strings.Contains(g, GroupOrdinary) || (!strings.HasPrefix(g, "small") && BenignGroup(g) == GroupOrdinary) {
			return maxOrdinary
		}
		return maxTrigger
	}
	for _, f := range folds {
		for k, i := range f.Index {
			s := d.Samples[i]
			p := float32(1 / (1 + math.Exp(float64(a*f.Raw[k]+b))))
			if s.Attack {
				if usable(s, Config{}) {
					t.att = append(t.att, scored{p, i, s.Source})
				}
				continue
			}
			g := group(s.Source)
			n[g]++
			t.total++
			if ruleFlag[i] {
				base[g]++
				continue
			}
			t.ben = append(t.ben, scored{p, i, g})
		}
	}
	for g, c := range n {
		bud := budget(g)
		t.allowed[g] = int(math.Max(bud*float64(c)-float64(base[g]), bud/4*float64(c)))
	}
	sort.SliceStable(t.ben, func(i, j int) bool { return t.ben[i].p > t.ben[j].p })
	return t
}

// review walks down the benign scores and returns the lowest review
// threshold within every source's allowance, given that texts with weak
// rule evidence (evidence may be nil) are flagged from rr; ok is false when
// rr alone already exceeds an allowance.
func (t *thresholder) review(evidence []bool, rr float32) (float32, bool) {
	extra := map[string]int{}
	weak := func(x scored) bool { return evidence != nil && evidence[x.i] && x.p >= rr }
	for _, x := range t.ben {
		if weak(x) {
			extra[x.src]++
			if extra[x.src] > t.allowed[x.src] {
				return 0, false
			}
		}
	}
	// The threshold sits just above the first text that must not be
	// flagged (and so above its ties), or at the lowest score when all fit.
	review := float32(0.5)
	for _, x := range t.ben {
		if weak(x) {
			continue
		}
		extra[x.src]++
		if extra[x.src] > t.allowed[x.src] {
			review = min(math.Nextafter32(x.p, 2), 0.999)
			break
		}
	}
	if review < 0.5 {
		review = 0.5
	}
	return review, true
}

// recall is the mean over attack sources of the share flagged by the rules
// or by the model at these thresholds.
func (t *thresholder) recall(evidence []bool, review, rr float32) float64 {
	type c struct{ n, f int }
	by := map[string]*c{}
	for _, x := range t.att {
		e := by[x.src]
		if e == nil {
			e = &c{}
			by[x.src] = e
		}
		e.n++
		if t.rules[x.i] || x.p >= review || (evidence[x.i] && x.p >= rr) {
			e.f++
		}
	}
	sum, k := 0.0, 0
	for _, e := range by {
		if e.n >= 20 { // sources of a handful of texts say little
			sum += float64(e.f) / float64(e.n)
			k++
		}
	}
	if k == 0 {
		return 0
	}
	return sum / float64(k)
}

// maxBlockPerSource is the share of any one benign source the model alone
// may block (the pooled share is Budgets.Block).
const maxBlockPerSource = 0.002

// block is the lowest probability at which the model alone blocks at most
// maxBlock of all benign texts and at most maxBlockPerSource of any one
// source (sources under minPerSource texts together), and never below 0.85
// or the review threshold.
func (t *thresholder) block(maxBlock float64, review float32) float32 {
	pooled := int(maxBlock * float64(t.total))
	per := map[string]int{}
	block := float32(0.85)
	for k, x := range t.ben {
		per[x.src]++
		if k+1 > pooled || float64(per[x.src]) > maxBlockPerSource*float64(t.n[x.src]) {
			block = max(block, min(math.Nextafter32(x.p, 2), 0.999))
			break
		}
	}
	return max(block, review)
}

var benignCount sync.Map // *Data -> map[string]int

func sourceBenign(d *Data, src string) int {
	if m, ok := benignCount.Load(d); ok {
		return m.(map[string]int)[src]
	}
	m := map[string]int{}
	for _, s := range d.Samples {
		if !s.Attack {
			m[s.Source]++
		}
	}
	benignCount.Store(d, m)
	return m[src]
}

func meanRaw(d *Data, f Fold, attack bool) float64 {
	sum, n := 0.0, 0
	for k, i := range f.Index {
		if d.Samples[i].Attack == attack {
			sum += float64(f.Raw[k])
			n++
		}
	}
	if n == 0 {
		return math.NaN()
	}
	return sum / float64(n)
}
