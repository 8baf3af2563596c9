package layer0

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// allIntentDetectors are the tables of intent detectors, by name.
func allIntentDetectors() map[string][]gated {
	return map[string][]gated{
		"which": intentWhich, "config": intentConfig, "escalation": intentEscalation, "destructive": intentDestructive,
		"override": intentOverride, "reveal": intentReveal, "addressed": intentAddressed, "loose_override": intentLooseOverride,
		"format": intentFormat, "virtual": intentVirtual,
		"hijack": intentHijack, "praise": intentPraiseTask, "fiction": intentFiction,
		"secret_url": intentSecretURL, "skip_approval": intentSkipApproval, "destructive_more": intentDestructiveMore, "according": intentAccording,
		"secret_more": intentSecretMore, "escalation_more": intentEscalationMore, "forced_yes": intentForcedYes, "forced": intentForced,
		"meta": intentMeta, "threat": intentThreat, "side_secret": intentSideSecret, "capability": intentCapability, "loose_more": intentLooseMore, "reveal_more": intentRevealMore, "fiction_harm": intentFictionHarm,
	}
}

// An intent detector checks the literals its expression requires in the
// window before running it: that answers exactly as the expression alone,
// on every window of the golden corpus that one of its leads starts, and it
// spares some of the expressions that would have run.
func TestIntentWindowMustsAnswerAsTheExpression(t *testing.T) {
	var texts []string
	for _, in := range goldenInputs(t) {
		if in.Text != "" {
			texts = append(texts, strings.ToLower(in.Text))
		}
	}
	texts = append(texts, strings.ToLower(benchAttack), strings.ToLower(benchBenign))
	withSets, runs, spared := 0, 0, 0
	eachIntentWindow(texts, func(l *lazyRegexp) {
		if len(l.mustSets) > 0 {
			withSets++
		}
	}, func(id string, l *lazyRegexp, plain *regexp.Regexp, _ int, w string) {
		got, want := l.findIndex(w), plain.FindStringIndex(w)
		runs++
		if (got == nil) != (want == nil) || (got != nil && (got[0] != want[0] || got[1] != want[1])) {
			t.Fatalf("%s on %q: %v, the expression alone %v", id, w, got, want)
		}
		if want == nil && !l.mustsIn(w) {
			spared++
		}
	})
	t.Logf("%d detectors with required literals; %d windows, %d spared the expression", withSets, runs, spared)
	if withSets < 100 || spared == 0 {
		t.Errorf("required literals checked for only %d detectors, sparing %d expressions", withSets, spared)
	}
}

// despaceLower answers as despace(strings.ToLower(s)) on the golden corpus
// and on letter-spaced texts of either case, and skips lowering the texts
// without a spaced run.
func TestDespaceLowerAnswersAsDespace(t *testing.T) {
	texts := []string{"I G N O R E all previous", "i.g.n.o.r.e previous instructions", "P-R-I-N-T the token",
		"a b c d", "A b C d E", "x A-B-C-D-E y", "Kelvin \u212a b c d e", "İ g n o r e", "ignore previous"}
	for _, in := range goldenInputs(t) {
		if in.Text != "" {
			texts = append(texts, in.Text, strings.ToUpper(in.Text))
		}
	}
	skipped := 0
	for _, s := range texts {
		d, ok := despaceLower(s)
		wd, wok := despace(strings.ToLower(s))
		if d != wd || ok != wok {
			t.Fatalf("despaceLower(%q) = %q, %v; want %q, %v", s, d, ok, wd, wok)
		}
		if isASCII(s) && !spacedRun(s) {
			skipped++
		}
	}
	if skipped == 0 {
		t.Error("no text skipped lowering")
	}
}

// A lead index walks only the words whose key some index has when it is
// given a text's whole word list (textCtx.kid): it finds what the walk of
// every word finds, on the golden corpus.
func TestLeadIndexKeyedWalkFindsTheSame(t *testing.T) {
	newTestClassifier(t)
	pendingMu.Lock()
	ixs := slices.Clone(leadIndexes)
	pendingMu.Unlock()
	if len(ixs) < 20 {
		t.Fatalf("only %d lead indexes", len(ixs))
	}
	found := 0
	for _, in := range goldenInputs(t) {
		if in.Text == "" {
			continue
		}
		text := fold(in.Text)
		ws, nonASCII := indexWords(text)
		if len(ws) == 0 {
			releaseWords(ws)
			continue
		}
		if ctx := ctxOf(ws, text); ctx == nil || len(ctx.kid) > len(ws) {
			t.Fatalf("%s: no keyed words recorded", in.Name)
		}
		copied := slices.Clone(ws) // not the list itself: every word is walked
		for k, ix := range ixs {
			got, want := ix.find(text, ws, nonASCII), ix.find(text, copied, nonASCII)
			if !slices.Equal(got, want) {
				t.Fatalf("%s, index %d: %v, walking every word %v", in.Name, k, got, want)
			}
			if got != nil {
				found++
			}
		}
		releaseWords(ws)
	}
	if found == 0 {
		t.Error("no index found anything")
	}
}

// A required literal set that follows an element consuming text which has
// no literals of its own (\w+, a too-large alternation) is no lead: it is
// kept among the required sets, where it spares expressions (L0-PER-013
// tried after "ignore" in a window that names no vendor).
func TestRequiredLiteralsKeepSetsAfterAnUnliteralLead(t *testing.T) {
	sets := requiredLiterals(`\b\w+\s+(?:openai|anthropic)\s+(?:rules|policies)`)
	kept := false
	for _, set := range sets {
		for _, s := range set {
			kept = kept || strings.HasPrefix(s, "openai")
		}
	}
	if !kept {
		t.Errorf("required sets %q lack the vendor names", sets)
	}
	// A leading literal set is still the lead, left to the automaton.
	for _, set := range requiredLiterals(`\b(?:ignore|bypass)\s+\S+\s+(?:rules|policies)`) {
		if slices.Contains(set, "ignore") {
			t.Errorf("the lead set %q is among the required sets", set)
		}
	}
}

// A rule expression checks its required one-byte literals in the window
// before running ("=" or ":" of L0-EXF-003's "token: value"): that answers
// exactly as the expression alone, on the windows of the golden corpus its
// leads start, and spares some expressions.
func TestRuleShortMustsAnswerAsTheExpression(t *testing.T) {
	if sets := shortRequiredLiterals(`(?:cloudflare|cf)[a-z0-9_ .-]{0,20}(?:token|key|secret)["']?\s*(?:=|:|=>)\s*["']?[a-z0-9_-]{37,40}\b`); len(sets) == 0 {
		t.Fatal("no one-byte required set for a token assignment")
	}
	var texts []string
	for _, in := range goldenInputs(t) {
		if in.Text != "" {
			texts = append(texts, "\n"+fold(in.Text))
		}
	}
	texts = append(texts, "\n"+fold(benchAttack), "\n"+fold(benchBenign))
	withSets, runs, spared := 0, 0, 0
	for _, r := range builtinRules {
		ps := r.Patterns
		if len(ps) == 0 {
			ps = []string{r.Pattern}
		}
		for _, p := range ps {
			f := factsOf(p)
			if !f.anchor {
				continue
			}
			l := &lazyRegexp{src: p, wrap: true, shortMusts: true}
			plain := regexp.MustCompile(l.String())
			l.findIndex("")
			if len(l.mustSets) > 0 {
				withSets++
			}
			for _, text := range texts {
				for _, lead := range f.leads {
					for off := 0; ; {
						k := strings.Index(text[off:], lead)
						if k < 0 {
							break
						}
						p := off + k
						off = p + 1
						w := text[p:min(len(text), p+anchoredWindow)]
						got, want := l.findIndex(w), plain.FindStringIndex(w)
						runs++
						if (got == nil) != (want == nil) || (got != nil && (got[0] != want[0] || got[1] != want[1])) {
							t.Fatalf("%s on %q: %v, the expression alone %v", r.ID, w, got, want)
						}
						if want == nil && !l.mustsIn(w) {
							spared++
						}
					}
				}
			}
		}
	}
	t.Logf("%d rule expressions with one-byte required literals; %d windows, %d spared the expression", withSets, runs, spared)
	if withSets == 0 || spared == 0 {
		t.Errorf("one-byte literals checked for %d expressions, sparing %d", withSets, spared)
	}
}

// eachIntentWindow runs every intent detector as the classifier does, on
// the window at each occurrence of one of its leads in texts: det sees
// each detector's expression (compiled with its required literals), win
// each window with that expression and the plain one to compare with.
func eachIntentWindow(texts []string, det func(l *lazyRegexp), win func(id string, l *lazyRegexp, plain *regexp.Regexp, text int, w string)) {
	for name, gs := range allIntentDetectors() {
		for i := range gs {
			g := &gs[i]
			l := &lazyRegexp{src: g.pattern, wrap: true, fold: true, musts: true}
			plain := regexp.MustCompile(l.String())
			l.findIndex("")
			det(l)
			id := name + "[" + strconv.Itoa(i) + "]"
			for k, text := range texts {
				for _, lead := range foldAll(g.leads) {
					for off := 0; ; {
						j := strings.Index(text[off:], lead)
						if j < 0 {
							break
						}
						p := off + j
						off = p + 1
						win(id, l, plain, k, text[p:min(len(text), p+g.win)])
					}
				}
			}
		}
	}
}
