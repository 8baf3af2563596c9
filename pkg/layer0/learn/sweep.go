package learn

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// SweepResult is one configuration's leave-one-source-out outcome, scored
// the fast way (feature vectors dotted with float weights, no windows).
type SweepResult struct {
	Cfg                  Config
	Recall, ModelRecall  map[string]float64 // per attack source (n >= 20): rules or model; model alone
	Mean, Worst          float64            // over those sources, rules or model
	ModelMean            float64
	FP                   map[string]float64 // per benign source, rules or model
	Review, ReviewRule   float32
	AUC                  float64 // model alone, pooled attacks vs trigger-word-heavy benign
	WorstSrc             string
	MaxFPTrig, MaxFPOrd  float64
	At1                  map[string]float64 // model alone at 1% FP on trigger-word-heavy benign texts
	At1Mean              float64
	maxFPTSrc, maxFPOSrc string
}

// fastLOSO is LOSO with the out-of-source scores computed from the
// feature vectors (the score without the window maximum).
func fastLOSO(d *Data, cfg Config) []Fold {
	ns, rs := ngramScale(cfg), ruleScale(cfg)
	var out []Fold
	for _, src := range Origins(d.Samples) {
		use, idx, _ := foldSplit(d, src)
		wt, bias := trainWeights(d, use, cfg)
		f := Fold{Source: src, Index: idx, Raw: make([]float32, len(idx))}
		for k, i := range idx {
			v := d.vecs[i]
			z := bias
			for j, x := range v.idx {
				z += wt[x] * v.at(j, ns, rs)
			}
			f.Raw[k] = float32(z)
		}
		out = append(out, f)
	}
	return out
}

// Sweep runs leave-one-source-out for each configuration (the fast way)
// and prints one block per configuration: recall per attack source with
// the rules, the model alone, the worst source and the false positives,
// with thresholds chosen on the out-of-source scores within bud. It is how
// the training hyper-parameters are chosen: by the mean and the worst
// left-out source, never by one pooled split.
//
// dump, when not nil, receives every out-of-source text the rules do not
// flag, highest model probability first (for reading while tuning).
func Sweep(w io.Writer, d *Data, cfgs []Config, bud Budgets, dump io.Writer) []SweepResult {
	var res []SweepResult
	for _, cfg := range cfgs {
		folds := fastLOSO(d, cfg)
		a, b := Calibrate(d, folds, cfg)
		review, rr, _ := ChooseThresholds(d, folds, a, b, bud)
		r := SweepResult{Cfg: cfg, Recall: map[string]float64{}, ModelRecall: map[string]float64{}, FP: map[string]float64{}, Review: review, ReviewRule: rr}
		type c struct{ n, f, m int }
		att, ben := map[string]*c{}, map[string]*c{}
		var bs, as []float64
		asrc := map[string][]float64{}
		for _, f := range folds {
			for k, i := range f.Index {
				s := d.Samples[i]
				if !usable(s, cfg) && s.Attack {
					continue
				}
				p := float32(1 / (1 + math.Exp(float64(a*f.Raw[k]+b))))
				mflag := p >= review || (d.evidence[i] && p >= rr)
				flag := d.rules[i] || mflag
				mp := att
				if !s.Attack {
					mp = ben
					if BenignGroup(s.Source) == GroupTrigger {
						bs = append(bs, float64(f.Raw[k]))
					}
				} else {
					as = append(as, float64(f.Raw[k]))
					asrc[s.Source] = append(asrc[s.Source], float64(f.Raw[k]))
				}
				e := mp[s.Source]
				if e == nil {
					e = &c{}
					mp[s.Source] = e
				}
				e.n++
				e.f += b2i(flag)
				e.m += b2i(mflag)
			}
		}
		r.Worst = 2
		k := 0
		for src, e := range att {
			if e.n < 20 {
				continue
			}
			r.Recall[src] = float64(e.f) / float64(e.n)
			r.ModelRecall[src] = float64(e.m) / float64(e.n)
			r.Mean += r.Recall[src]
			r.ModelMean += r.ModelRecall[src]
			if r.Recall[src] < r.Worst {
				r.Worst, r.WorstSrc = r.Recall[src], src
			}
			k++
		}
		if k > 0 {
			r.Mean /= float64(k)
			r.ModelMean /= float64(k)
		}
		for src, e := range ben {
			r.FP[src] = float64(e.f) / float64(e.n)
			if e.n < minPerSource {
				continue
			}
			if BenignGroup(src) == GroupTrigger {
				if r.FP[src] > r.MaxFPTrig {
					r.MaxFPTrig, r.maxFPTSrc = r.FP[src], src
				}
			} else if r.FP[src] > r.MaxFPOrd {
				r.MaxFPOrd, r.maxFPOSrc = r.FP[src], src
			}
		}
		r.AUC = AUC(as, bs)
		// The model alone at 1% of the left-out trigger-word-heavy benign
		// texts, per attack source and averaged over them.
		sb := append([]float64(nil), bs...)
		sort.Float64s(sb)
		var t1 float64
		if len(sb) > 0 {
			t1 = sb[min(len(sb)-1, int(float64(len(sb))*0.99))]
		}
		r.At1 = map[string]float64{}
		for src, xs := range asrc {
			if len(xs) < 20 {
				continue
			}
			n := 0
			for _, x := range xs {
				n += b2i(x > t1)
			}
			r.At1[src] = float64(n) / float64(len(xs))
			r.At1Mean += r.At1[src] / float64(k)
		}
		if dump != nil {
			type it struct {
				p float32
				i int
			}
			var items []it
			for _, f := range folds {
				for k, i := range f.Index {
					items = append(items, it{float32(1 / (1 + math.Exp(float64(a*f.Raw[k]+b)))), i})
				}
			}
			sort.Slice(items, func(x, y int) bool { return items[x].p > items[y].p })
			for _, x := range items {
				s := d.Samples[x.i]
				if !d.rules[x.i] {
					fmt.Fprintf(dump, "%.3f\t%v\t%s\t%s\n", x.p, s.Attack, s.Source, strings.ReplaceAll(clip(s.Text, 200), "\n", " "))
				}
			}
		}
		res = append(res, r)
		fmt.Fprintf(w, "%s\n  model alone at 1%% FP: mean %.1f%% |", cfgString(cfg), 100*r.At1Mean)
		var at []string
		for s := range r.At1 {
			at = append(at, s)
		}
		sort.Strings(at)
		for _, s := range at {
			fmt.Fprintf(w, " %s %.1f", short(s), 100*r.At1[s])
		}
		fmt.Fprintf(w, "\n  rules or model: mean %.1f%% worst %.1f%% (%s) model-alone mean %.1f%% AUC %.3f | review p>=%.3f (%.3f with rule evidence) | max FP trigger %.2f%% (%s) ordinary %.2f%% (%s)\n  ",
			100*r.Mean, 100*r.Worst, short(r.WorstSrc), 100*r.ModelMean, r.AUC, review, rr, 100*r.MaxFPTrig, short(r.maxFPTSrc), 100*r.MaxFPOrd, short(r.maxFPOSrc))
		var srcs []string
		for s := range r.Recall {
			srcs = append(srcs, s)
		}
		sort.Strings(srcs)
		for _, s := range srcs {
			fmt.Fprintf(w, "%s %.1f/%.1f/%.2f  ", short(s), 100*r.Recall[s], 100*r.ModelRecall[s], AUC(asrc[s], bs))
		}
		fmt.Fprintln(w)
		// Which benign source sets the review threshold: per source, the
		// lowest threshold within its own allowance.
		t := newThresholder(d, folds, a, b, d.rules, bud.Trigger, bud.Ordinary)
		seen := map[string]int{}
		fmt.Fprint(w, "  threshold each benign source allows:")
		var gs []string
		th := map[string]float32{}
		for _, x := range t.ben {
			seen[x.src]++
			if _, done := th[x.src]; !done && seen[x.src] > t.allowed[x.src] {
				th[x.src] = x.p
				gs = append(gs, x.src)
			}
		}
		sort.Slice(gs, func(i, j int) bool { return th[gs[i]] > th[gs[j]] })
		for _, g := range gs {
			fmt.Fprintf(w, " %s %.3f;", short(g), th[g])
		}
		fmt.Fprintln(w)
	}
	return res
}

func short(s string) string {
	if i := strings.IndexAny(s, "-"); i > 0 {
		return s[:i]
	}
	return s
}

func cfgString(c Config) string {
	return fmt.Sprintf("epochs %d eta %g l2 %g cap %g keep %d trigger-w %g attack-w %g ngram-scale %g rule-scale %g", c.Epochs, c.Eta, c.L2, c.SourceCap, c.Keep, c.TriggerW, c.AttackW, ngramScale(c), ruleScale(c))
}

// AUC is the area under the ROC curve of scores a (positives) against b
// (ties count half): the probability that a positive outscores a negative.
func AUC(a, b []float64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	sb := append([]float64(nil), b...)
	sort.Float64s(sb)
	below := 0.0
	for _, x := range a {
		lo := sort.SearchFloat64s(sb, x)
		hi := sort.Search(len(sb), func(i int) bool { return sb[i] > x })
		below += float64(lo) + float64(hi-lo)/2
	}
	return below / float64(len(a)) / float64(len(sb))
}

// Grid expands a sweep specification ("key=v1,v2 key2=v3,...") over base
// into every combination, in order; grids separated by ';' are run one
// after the other.
func Grid(base Config, spec string) ([]Config, error) {
	var all []Config
	for _, g := range strings.Split(spec, ";") {
		cs, err := grid(base, g)
		if err != nil {
			return nil, err
		}
		all = append(all, cs...)
	}
	return all, nil
}

func grid(base Config, spec string) ([]Config, error) {
	out := []Config{base}
	for _, part := range strings.Fields(spec) {
		k, vs, ok := strings.Cut(part, "=")
		if !ok || vs == "" {
			return nil, fmt.Errorf("sweep %q: want key=value,value,... (keys: ngram-scale, rule-scale, l2, eta, epochs, source-cap, keep, trigger-weight, attack-weight)", part)
		}
		switch k {
		case "ngram-scale", "l2", "eta", "epochs", "source-cap", "keep", "trigger-weight", "attack-weight", "rule-scale":
		default:
			return nil, fmt.Errorf("sweep: unknown key %q (keys: ngram-scale, rule-scale, l2, eta, epochs, source-cap, keep, trigger-weight, attack-weight)", k)
		}
		var next []Config
		for _, c := range out {
			for _, v := range strings.Split(vs, ",") {
				var x float64
				if _, err := fmt.Sscan(v, &x); err != nil {
					return nil, fmt.Errorf("sweep %s: %q is not a number", k, v)
				}
				c := c
				switch k {
				case "ngram-scale":
					c.NgramScale = x
				case "l2":
					c.L2 = x
				case "eta":
					c.Eta = x
				case "epochs":
					c.Epochs = int(x)
				case "source-cap":
					c.SourceCap = x
				case "keep":
					c.Keep = int(x)
				case "trigger-weight":
					c.TriggerW = x
				case "attack-weight":
					c.AttackW = x
				case "rule-scale":
					c.RuleScale = x
				default:
					return nil, fmt.Errorf("sweep: unknown key %q (keys: ngram-scale, rule-scale, l2, eta, epochs, source-cap, keep, trigger-weight, attack-weight)", k)
				}
				next = append(next, c)
			}
		}
		out = next
	}
	return out, nil
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
