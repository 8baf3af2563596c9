package learn

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"

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
	Harmful   bool    // train on multijail's harmful requests as attacks
	MinN      uint8   // shortest character n-gram
}

// DefaultConfig is what `make layer0-train` uses.
func DefaultConfig() Config {
	return Config{Bits: 18, Epochs: 4, Eta: 0.2, L2: 3e-5, SourceCap: 1500, AttackW: 1, Seed: 13,
		Window: 384, Review: 0.5, Block: 0.9, Harmful: false, MinN: 3}
}

// vec is a sample's sparse feature vector: unique indices with values
// count/sqrt(total), which is exactly how the runtime scores a text.
type vec struct {
	idx []uint32
	val []float32
}

func featurize(text string, bits, minN uint8, buf []uint32) (vec, []uint32) {
	buf = layer0.FeatureIndices(text, bits, minN, buf[:0])
	if len(buf) == 0 {
		return vec{}, buf
	}
	sort.Slice(buf, func(i, j int) bool { return buf[i] < buf[j] })
	norm := float32(1 / math.Sqrt(float64(len(buf))))
	var v vec
	for i := 0; i < len(buf); {
		j := i
		for j < len(buf) && buf[j] == buf[i] {
			j++
		}
		v.idx = append(v.idx, buf[i])
		v.val = append(v.val, float32(j-i)*norm)
		i = j
	}
	return v, buf
}

// Data is a featurised data set.
type Data struct {
	Samples []Sample
	vecs    []vec
	bits    uint8
	minN    uint8
	rules   []bool // whether the rules alone flag each sample (computed once)
}

// RuleFlags returns, for every sample, whether the rule detectors alone
// (no model) flag it, computing it on first use.
func (d *Data) RuleFlags(key []byte) ([]bool, error) {
	if d.rules != nil {
		return d.rules, nil
	}
	c, err := layer0.New(layer0.Options{ReceiptKey: key, NoModel: true})
	if err != nil {
		return nil, err
	}
	d.rules = make([]bool, len(d.Samples))
	for i, s := range d.Samples {
		v, err := c.ClassifyText(s.Text)
		d.rules[i] = err == nil && v.Verdict != "allow"
	}
	return d.rules, nil
}

// Featurize computes every sample's features once.
func Featurize(samples []Sample, cfg Config) *Data {
	d := &Data{Samples: samples, vecs: make([]vec, len(samples)), bits: cfg.Bits, minN: cfg.MinN}
	var buf []uint32
	for i, s := range samples {
		d.vecs[i], buf = featurize(s.Text, cfg.Bits, cfg.MinN, buf)
	}
	return d
}

// isTrainAttack is the training label (multijail's harmful requests count
// as attacks only with cfg.Harmful; without it they are left out).
func usable(s Sample, cfg Config) bool {
	return cfg.Harmful || s.Source != "multijail"
}

// weights gives each sample its loss weight: every (source, class) pair
// weighs as min(n, SourceCap) samples, and the attack total is scaled to
// AttackW times the benign total.
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
		w[i] = math.Min(1, cfg.SourceCap/c)
		if s.Attack {
			tot[1] += w[i]
		} else {
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
	// Mean weight 1, so that the learning rate means the same whatever the mix.
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

// Train fits a logistic regression on the samples with use[i] set, by
// AdaGrad with an L2 penalty, visiting samples in a fixed pseudo-random
// order.
func Train(d *Data, use []bool, cfg Config) *layer0.Model {
	n := 1 << d.bits
	wt := make([]float64, n)
	g2 := make([]float64, n)
	bias, gb := 0.0, 0.0
	sw := weights(d, use, cfg)
	order := make([]int, 0, len(d.Samples))
	seen := map[string]int{}
	for i := range d.Samples {
		if use[i] && usable(d.Samples[i], cfg) && len(d.vecs[i].idx) > 0 {
			// A source weighs as SourceCap samples whatever its size, so
			// beyond 3×SourceCap more of it adds little but time: keep every
			// k-th, in file order (deterministic).
			k := fmt.Sprint(d.Samples[i].Source, d.Samples[i].Attack)
			seen[k]++
			if n := sourceSize(d, k); n > 3*int(cfg.SourceCap) && seen[k]%((n+3*int(cfg.SourceCap)-1)/(3*int(cfg.SourceCap))) != 0 {
				continue
			}
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
				z += wt[j] * float64(v.val[k])
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if d.Samples[i].Attack {
				y = 1
			}
			g := (p - y) * sw[i]
			for k, j := range v.idx {
				gj := g*float64(v.val[k]) + cfg.L2*wt[j]
				g2[j] += gj * gj
				wt[j] -= cfg.Eta * gj / math.Sqrt(g2[j]+1e-8)
			}
			gb += g * g
			bias -= cfg.Eta * g / math.Sqrt(gb+1e-8)
		}
	}
	m := &layer0.Model{Bits: d.bits, MinN: d.minN, Bias: float32(bias), PlattA: -1, PlattB: 0, Review: cfg.Review, Block: cfg.Block, Window: cfg.Window, Float: make([]float32, n)}
	for i, w := range wt {
		m.Float[i] = float32(w)
	}
	return quantise(m)
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

// LOSO trains one model per source on every other source and scores the
// left-out source with it. progress (may be nil) gets one line per fold.
func LOSO(d *Data, cfg Config, progress io.Writer) []Fold {
	var out []Fold
	for _, src := range Sources(d.Samples) {
		use := make([]bool, len(d.Samples))
		var idx []int
		for i, s := range d.Samples {
			use[i] = s.Source != src
			if !use[i] {
				idx = append(idx, i)
			}
		}
		m := Train(d, use, cfg)
		f := Fold{Source: src, Index: idx, Raw: make([]float32, len(idx)), Model: m}
		for k, i := range idx {
			f.Raw[k] = m.ScoreText(d.Samples[i].Text).Raw
		}
		if progress != nil {
			fmt.Fprintf(progress, "  fold %-32s trained on %d samples, scored %d, mean raw attack %.2f benign %.2f\n", src, countTrue(use), len(idx), meanRaw(d, f, true), meanRaw(d, f, false))
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

// Thresholds picks the review threshold as the lowest calibrated
// probability at which the out-of-source false-positive rate of the full
// classifier (a benign text is flagged when the rules flag it or the model
// reaches the threshold) stays within maxTrigger on trigger-word-heavy
// sources and maxOrdinary on ordinary ones, pooled; and the block threshold
// as the lowest at which at most maxBlock of all benign texts reach it.
func Thresholds(d *Data, folds []Fold, a, b float32, ruleFlag []bool, maxTrigger, maxOrdinary, maxBlock float64) (review, block float32) {
	type bs struct {
		p    float32
		trig bool
	}
	var ben []bs
	nTrig, nOrd := 0, 0
	baseTrig, baseOrd := 0, 0
	for _, f := range folds {
		for k, i := range f.Index {
			s := d.Samples[i]
			if s.Attack {
				continue
			}
			trig := BenignGroup(s.Source) == GroupTrigger
			if trig {
				nTrig++
			} else {
				nOrd++
			}
			if ruleFlag[i] {
				if trig {
					baseTrig++
				} else {
					baseOrd++
				}
				continue
			}
			p := float32(1 / (1 + math.Exp(float64(a*f.Raw[k]+b))))
			ben = append(ben, bs{p, trig})
		}
	}
	sort.Slice(ben, func(i, j int) bool { return ben[i].p > ben[j].p })
	// Walk down from the top: admit benign texts as flagged while within budget.
	trig, ord := baseTrig, baseOrd
	review = 0.999
	for _, x := range ben {
		if x.trig {
			trig++
		} else {
			ord++
		}
		if float64(trig) > maxTrigger*float64(nTrig) || float64(ord) > maxOrdinary*float64(nOrd) {
			break
		}
		review = x.p
	}
	// The threshold sits just above the first benign text it must not flag.
	n := len(ben)
	k := int(maxBlock * float64(nTrig+nOrd))
	block = 0.999
	if k < n {
		block = ben[k].p + 1e-4
	}
	if review < 0.5 {
		review = 0.5
	}
	// The model alone refuses only when it is confident as well as within
	// the budget: a block stops an operator, a review only asks.
	if block < 0.85 {
		block = 0.85
	}
	if block < review {
		block = review
	}
	return review, block
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

var sizes sync.Map // *Data -> map[string]int

func sourceSize(d *Data, k string) int {
	if m, ok := sizes.Load(d); ok {
		return m.(map[string]int)[k]
	}
	m := map[string]int{}
	for _, s := range d.Samples {
		m[fmt.Sprint(s.Source, s.Attack)]++
	}
	sizes.Store(d, m)
	return m[k]
}
