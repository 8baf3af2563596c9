package learn

import (
	"fmt"
	"io"
	"sort"

	"github.com/cfplane/cfplane/pkg/layer0"
)

// row is one source's line in the leave-one-source-out table.
type row struct {
	source                        string
	na, nb                        int
	aFlag, aBlock, aModel, aRules int
	bFlag, bBlock, bModel, bRules int
}

func pct(a, n int) string {
	if n == 0 {
		return "     -"
	}
	return fmt.Sprintf("%5.1f%%", 100*float64(a)/float64(n))
}

// Report classifies every left-out sample with the full classifier (rules
// plus the model trained without its source, calibrated with a, b) and
// prints the table: recall per attack source, false positives per benign
// source, beside what the rules alone and the model alone flag, and the
// pooled figures. It returns the pooled figures (attack recall on injection
// sources, FP on trigger-word-heavy and on ordinary benign sources).
func Report(w io.Writer, d *Data, folds []Fold, a, b float32, key []byte) (recall, fpTrigger, fpOrdinary float64, err error) {
	rules := d.RuleFlags()
	var rows []row
	pool := map[string]*row{"attacks (injection/jailbreak sources)": {}, "attacks (multijail harmful requests)": {}, "benign " + GroupTrigger: {}, "benign " + GroupOrdinary: {}}
	for _, f := range folds {
		m := *f.Model
		m.PlattA, m.PlattB = a, b
		c, err := layer0.New(layer0.Options{ReceiptKey: key, Model: &m, NoInjectionModel: true})
		if err != nil {
			return 0, 0, 0, err
		}
		r := row{source: f.Source}
		for k, i := range f.Index {
			s := d.Samples[i]
			v, err := c.ClassifyText(s.Text)
			if err != nil {
				continue // empty after trimming or too large: counted as neither
			}
			flag, block := v.Verdict != "allow", v.Verdict == "block"
			mflag := m.Prob(f.Raw[k]) >= m.Review || (d.evidence[i] && m.ReviewRule > 0 && m.Prob(f.Raw[k]) >= m.ReviewRule)
			rflag := rules[i]
			var p *row
			if s.Attack {
				r.na++
				r.aFlag += b2i(flag)
				r.aBlock += b2i(block)
				r.aModel += b2i(mflag)
				r.aRules += b2i(rflag)
				if s.Source == "multijail" {
					p = pool["attacks (multijail harmful requests)"]
				} else {
					p = pool["attacks (injection/jailbreak sources)"]
				}
				p.na++
				p.aFlag += b2i(flag)
				p.aBlock += b2i(block)
				p.aModel += b2i(mflag)
				p.aRules += b2i(rflag)
			} else {
				r.nb++
				r.bFlag += b2i(flag)
				r.bBlock += b2i(block)
				r.bModel += b2i(mflag)
				r.bRules += b2i(rflag)
				p = pool["benign "+BenignGroup(s.Source)]
				p.nb++
				p.bFlag += b2i(flag)
				p.bBlock += b2i(block)
				p.bModel += b2i(mflag)
				p.bRules += b2i(rflag)
			}
		}
		rows = append(rows, r)
	}
	fmt.Fprintf(w, "Leave-one-source-out: each row is a source the model was NOT trained on (rules+model = the shipped classifier).\n")
	fmt.Fprintf(w, "Flagged = review or block. Model calibrated on out-of-source scores: A=%.3f B=%.3f.\n\n", a, b)
	fmt.Fprintf(w, "%-30s | %6s %7s %7s %7s %7s | %6s %7s %7s %7s %7s\n", "left-out source", "attack", "recall", "block", "model", "rules", "benign", "FP", "FPblock", "model", "rules")
	line := func(r row) {
		fmt.Fprintf(w, "%-30s | %6d %7s %7s %7s %7s | %6d %7s %7s %7s %7s\n", r.source,
			r.na, pct(r.aFlag, r.na), pct(r.aBlock, r.na), pct(r.aModel, r.na), pct(r.aRules, r.na),
			r.nb, pct(r.bFlag, r.nb), pct(r.bBlock, r.nb), pct(r.bModel, r.nb), pct(r.bRules, r.nb))
	}
	for _, r := range rows {
		line(r)
	}
	fmt.Fprintln(w, "\nPooled over the left-out predictions:")
	for _, k := range []string{"attacks (injection/jailbreak sources)", "attacks (multijail harmful requests)", "benign " + GroupTrigger, "benign " + GroupOrdinary} {
		r := *pool[k]
		r.source = k
		line(r)
	}
	pa, pt, po := pool["attacks (injection/jailbreak sources)"], pool["benign "+GroupTrigger], pool["benign "+GroupOrdinary]
	return ratio(pa.aFlag, pa.na), ratio(pt.bFlag, pt.nb), ratio(po.bFlag, po.nb), nil
}

func ratio(a, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(a) / float64(n)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Budgets are the false-positive budgets the thresholds are chosen for.
type Budgets struct {
	Trigger, Ordinary, Block float64
}

// DefaultBudgets sit inside the targets (2% on trigger-word-heavy texts,
// 0.5% on ordinary operator tasks, no benign block) with a margin for
// sources not seen.
var DefaultBudgets = Budgets{Trigger: 0.015, Ordinary: 0.003, Block: 0.0005}

// Evaluate runs leave-one-source-out on d, fits the calibration and picks
// the thresholds on the out-of-source scores, and prints the table. It
// returns the calibration (a, b) and thresholds set in cfg.
func Evaluate(w io.Writer, d *Data, cfg *Config, bud Budgets, key []byte) (a, b float32, err error) {
	fmt.Fprintln(w, "leave-one-source-out folds:")
	folds := LOSO(d, *cfg, w)
	a, b = Calibrate(d, folds, *cfg)
	cfg.Review, cfg.ReviewRule, cfg.Block = ChooseThresholds(d, folds, a, b, bud)
	fmt.Fprintf(w, "\nthresholds chosen on the out-of-source scores (FP budgets per benign source: %.1f%% trigger-word-heavy, %.1f%% ordinary; %.2f%% blocked): review p>=%.3f (p>=%.3f with weak rule evidence), block p>=%.3f\n\n",
		100*bud.Trigger, 100*bud.Ordinary, 100*bud.Block, cfg.Review, cfg.ReviewRule, cfg.Block)
	ModelAlone(w, d, folds, a, b)
	for i := range folds {
		folds[i].Model.Review, folds[i].Model.ReviewRule, folds[i].Model.Block = cfg.Review, cfg.ReviewRule, cfg.Block
	}
	_, _, _, err = Report(w, d, folds, a, b, key)
	return a, b, err
}

// Shipped prints, per source, how often the shipped classifier (rules and
// embedded model) and the rules alone flag its texts. The model was trained
// on these sources, so its part is in-sample: this checks rules and
// integration, not generalisation (that is the leave-one-source-out table).
func Shipped(w io.Writer, samples []Sample, key []byte) error {
	full, err := layer0.New(layer0.Options{ReceiptKey: key})
	if err != nil {
		return err
	}
	rules, err := layer0.New(layer0.Options{ReceiptKey: key, NoModel: true, NoInjectionModel: true})
	if err != nil {
		return err
	}
	type t struct{ n, f, r, b int }
	by := map[string]*t{}
	for _, s := range samples {
		k := s.Source + " [benign]"
		if s.Attack {
			k = s.Source + " [attack]"
		}
		x := by[k]
		if x == nil {
			x = &t{}
			by[k] = x
		}
		x.n++
		if v, err := full.ClassifyText(s.Text); err == nil && v.Verdict != "allow" {
			x.f++
			if v.Verdict == "block" {
				x.b++
			}
		}
		if v, err := rules.ClassifyText(s.Text); err == nil && v.Verdict != "allow" {
			x.r++
		}
	}
	var keys []string
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(w, "%-40s %6s %8s %8s %8s\n", "source", "n", "shipped", "blocked", "rules")
	for _, k := range keys {
		x := by[k]
		fmt.Fprintf(w, "%-40s %6d %8s %8s %8s\n", k, x.n, pct(x.f, x.n), pct(x.b, x.n), pct(x.r, x.n))
	}
	return nil
}

// ModelAlone prints how well the model alone ranks out-of-source texts,
// whatever the thresholds: per attack source, the area under the ROC curve
// against all out-of-source benign texts (trigger-word-heavy ones), and the
// recall at the scores where 1% and 2% of those benign texts are reached.
func ModelAlone(w io.Writer, d *Data, folds []Fold, a, b float32) {
	var ben []float32
	att := map[string][]float32{}
	for _, f := range folds {
		for k, i := range f.Index {
			s := d.Samples[i]
			switch {
			case !s.Attack && BenignGroup(s.Source) == GroupTrigger:
				ben = append(ben, f.Raw[k])
			case s.Attack && s.Source != "multijail":
				att[s.Source] = append(att[s.Source], f.Raw[k])
			}
		}
	}
	if len(ben) == 0 {
		return
	}
	sort.Slice(ben, func(i, j int) bool { return ben[i] < ben[j] })
	at := func(fp float64) float32 { return ben[min(len(ben)-1, int(float64(len(ben))*(1-fp)))] }
	t1, t2 := at(0.01), at(0.02)
	fmt.Fprintf(w, "model alone, out of source, against %d trigger-word-heavy benign texts (thresholds at 1%% / 2%% of them):\n", len(ben))
	fmt.Fprintf(w, "  %-30s %6s %7s %9s %9s\n", "attack source", "n", "AUC", "rec@1%FP", "rec@2%FP")
	var all []float32
	srcs := make([]string, 0, len(att))
	for src := range att {
		srcs = append(srcs, src)
	}
	sort.Strings(srcs)
	line := func(name string, xs []float32) {
		below, r1, r2 := 0.0, 0, 0
		for _, x := range xs {
			// rank of x among the benign scores (ties count half)
			lo := sort.Search(len(ben), func(i int) bool { return ben[i] >= x })
			hi := sort.Search(len(ben), func(i int) bool { return ben[i] > x })
			below += float64(lo) + float64(hi-lo)/2
			r1 += b2i(x > t1)
			r2 += b2i(x > t2)
		}
		fmt.Fprintf(w, "  %-30s %6d %7.3f %9s %9s\n", name, len(xs), below/float64(len(xs))/float64(len(ben)), pct(r1, len(xs)), pct(r2, len(xs)))
	}
	for _, src := range srcs {
		line(src, att[src])
		all = append(all, att[src]...)
	}
	line("pooled", all)
	fmt.Fprintln(w)
}
