package layer0

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// An intent detector run with its text's context (findIndexIn) rules its
// required literals out by the text's byte pairs, and so checks its larger
// sets as well: that answers exactly as the expression alone on every
// window of the golden corpus that one of its leads starts, and spares
// expressions the small sets alone did not.
func TestIntentWindowBigSetsAnswerAsTheExpression(t *testing.T) {
	var texts []string
	for _, in := range goldenInputs(t) {
		if in.Text != "" {
			for _, v := range normalize(in.Text).views {
				texts = append(texts, v.text)
			}
		}
	}
	texts = append(texts, strings.ToLower(benchAttack), strings.ToLower(benchBenign))
	ctxs := make([]textCtx, len(texts))
	for i, text := range texts {
		ctxs[i].index(text)
	}
	withBig, runs, spared := 0, 0, 0
	eachIntentWindow(texts, func(l *lazyRegexp) {
		if len(l.bigSets) > 0 {
			withBig++
		}
	}, func(id string, l *lazyRegexp, plain *regexp.Regexp, k int, w string) {
		got, want := l.findIndexIn(w, &ctxs[k]), plain.FindStringIndex(w)
		runs++
		if (got == nil) != (want == nil) || (got != nil && (got[0] != want[0] || got[1] != want[1])) {
			t.Fatalf("%s on %q: %v, the expression alone %v", id, w, got, want)
		}
		if want == nil && l.mustsIn(w) {
			for _, set := range l.bigSets {
				if !containsAny(w, set) {
					spared++
					break
				}
			}
		}
	})
	t.Logf("%d detectors with larger required sets; %d windows, %d more spared the expression", withBig, runs, spared)
	if withBig == 0 || spared == 0 {
		t.Errorf("larger required sets for %d detectors, sparing %d expressions", withBig, spared)
	}
}

// anyIn answers as containsAny on every window of a text.
func TestTextCtxAnyInIsContainsAny(t *testing.T) {
	sets := [][]string{{"ignore", "forget"}, {"ab", "zz", "é"}, {"a"}, {""}, {"rules", "limits", " no "}}
	for _, in := range goldenInputs(t) {
		text := strings.ToLower(in.Text)
		var c textCtx
		c.index(text)
		for lo := 0; lo < len(text); lo += 37 {
			w := text[lo:min(len(text), lo+90)]
			for _, set := range sets {
				if got, want := c.anyIn(w, set), containsAny(w, set); got != want {
					t.Fatalf("anyIn(%q, %q) = %v, containsAny %v", w, set, got, want)
				}
			}
		}
	}
}

// spacedRunByLetterRun is spacedRun as it was: letterRun from every byte.
func spacedRunByLetterRun(s string) bool {
	isL := func(c byte) bool { c |= 0x20; return c >= 'a' && c <= 'z' }
	for i := 0; i < len(s); i++ {
		if _, count := letterRun(s, i, isL); count >= 5 {
			return true
		}
	}
	return false
}

// spacedRun's one pass answers as letterRun from every byte, on the golden
// corpus and on generated strings dense in single letters and separators.
func TestSpacedRunAnswersAsLetterRun(t *testing.T) {
	var texts []string
	for _, in := range goldenInputs(t) {
		texts = append(texts, in.Text)
	}
	rng := rand.New(rand.NewSource(13))
	alphabet := []byte("aBz ..-_*x1 \n")
	for i := 0; i < 20000; i++ {
		b := make([]byte, rng.Intn(24))
		for k := range b {
			b[k] = alphabet[rng.Intn(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	texts = append(texts, "i g n o r e", "i g n o", "I-G-N-O-R-E", "ab c d e f g", "a b c d ef", "x a.b.c.d.e")
	found := 0
	for _, s := range texts {
		got, want := spacedRun(s), spacedRunByLetterRun(s)
		if got != want {
			t.Fatalf("spacedRun(%q) = %v, letterRun from every byte %v", s, got, want)
		}
		if want {
			found++
		}
	}
	if found == 0 || found == len(texts) {
		t.Fatalf("the corpus does not tell them apart: %d of %d with a run", found, len(texts))
	}
}

// splitPieces counts as strings.FieldsFunc splits, on the golden corpus
// and on generated strings of letters, marks and other bytes.
func TestSplitPiecesCountsAsFieldsFunc(t *testing.T) {
	var texts []string
	for _, in := range goldenInputs(t) {
		texts = append(texts, strings.ToLower(in.Text))
	}
	rng := rand.New(rand.NewSource(13))
	alphabet := []string{"a", "b", " ", "-", "_", ".", "\n", "é", "'", "\t", "xy"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for k := rng.Intn(16); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '.' || r == '\n' })
		single := 0
		for _, f := range fields {
			if len(f) == 1 {
				single++
			}
		}
		if p, sg := splitPieces(s); p != len(fields) || sg != single {
			t.Fatalf("splitPieces(%q) = %d, %d; FieldsFunc %d, %d", s, p, sg, len(fields), single)
		}
	}
}

// groupHitsBefore is the counting sort over every rule that hitGroups
// replaced: byRule[offsets[r]:offsets[r+1]] are rule r's hits.
func groupHitsBefore(hits []acHit, n int) ([]acHit, []int32) {
	offsets := make([]int32, n+1)
	for _, h := range hits {
		offsets[h.rule+1]++
	}
	for i := 1; i <= n; i++ {
		offsets[i] += offsets[i-1]
	}
	byRule := make([]acHit, len(hits))
	pos := slices.Clone(offsets[:n])
	for _, h := range hits {
		byRule[pos[h.rule]] = h
		pos[h.rule]++
	}
	return byRule, offsets
}

// hitGroups gives every rule the hits the counting sort over every rule
// gave it, in the same order, through reuse: on the automaton's hits of
// the golden corpus and on generated lists.
func TestHitGroupsGroupAsBefore(t *testing.T) {
	c := newTestClassifier(t)
	n := len(c.rules)
	var lists [][]acHit
	s := c.newState()
	for _, in := range goldenInputs(t) {
		for _, v := range normalize(in.Text).views {
			text := "\n" + v.text
			for i := range s.cand {
				s.cand[i], s.reqs[i], s.reqs2[i], s.must[i] = 0, 0, 0, 0
			}
			hits, mhits := c.ac.scan(text, s.cand, s.reqs, s.reqs2, s.must, nil, c.isAnchor, nil, nil)
			lists = append(lists, hits, mhits)
		}
	}
	rng := rand.New(rand.NewSource(13))
	for i := 0; i < 500; i++ {
		hs := make([]acHit, rng.Intn(40))
		for k := range hs {
			hs[k] = acHit{rule: int32(rng.Intn(n)), start: int32(k), end: int32(rng.Intn(300)), set: int32(rng.Intn(3))}
		}
		lists = append(lists, hs, nil)
	}
	var g hitGroups
	nonEmpty := 0
	for _, hits := range lists {
		g.group(hits, n)
		byRule, offsets := groupHitsBefore(hits, n)
		for r := 0; r < n; r++ {
			got, want := g.of(r), byRule[offsets[r]:offsets[r+1]]
			if !slices.Equal(got, want) {
				t.Fatalf("rule %d: %v, before %v", r, got, want)
			}
		}
		if len(hits) > 0 {
			nonEmpty++
		}
	}
	if nonEmpty < 100 {
		t.Fatalf("only %d lists with hits", nonEmpty)
	}
}

// Every backwards word is a-z only (reversedEnds indexes by its first and
// last letter), and the table admits each of them.
func TestReversedEndsAdmitEveryWord(t *testing.T) {
	if len(reversedWords) < 30 {
		t.Fatalf("only %d backwards words", len(reversedWords))
	}
	for w := range reversedWords {
		if w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Fatalf("backwards word %q is not a-z", w)
		}
		if !reversedEnds[w[0]-'a'][w[len(w)-1]-'a'] {
			t.Fatalf("reversedEnds rules out %q", w)
		}
	}
	admitted := 0
	for a := range reversedEnds {
		for z := range reversedEnds[a] {
			if reversedEnds[a][z] {
				admitted++
			}
		}
	}
	if admitted > len(reversedWords) {
		t.Fatalf("%d pairs admitted for %d words", admitted, len(reversedWords))
	}
}

// reversedView with the first/last-letter gate finds what the map alone
// found, on every view of the golden corpus and on the corpus reversed.
func TestReversedViewAsBefore(t *testing.T) {
	before := func(s string) (string, bool) {
		var seen [3]string
		hits, start := 0, -1
		for i := 0; i <= len(s); i++ {
			if i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if w := s[start:i]; reversedWords[w] && w != seen[0] && w != seen[1] {
					seen[hits] = w
					if hits++; hits >= 3 {
						return reverseRunes(s), true
					}
				}
				start = -1
			}
		}
		return "", false
	}
	found := 0
	for _, in := range goldenInputs(t) {
		for _, v := range normalize(in.Text).views {
			for _, s := range []string{v.text, reverseRunes(v.text)} {
				got, ok := reversedView(s)
				want, wok := before(s)
				if got != want || ok != wok {
					t.Fatalf("reversedView(%.60q) = %v, before %v", s, ok, wok)
				}
				if ok {
					found++
				}
			}
		}
	}
	if found < 10 {
		t.Fatalf("only %d texts read backwards", found)
	}
}

// isSecondPerson answers as the map lookup of the lower-cased word, on
// every word of the golden corpus (in its own case and normalised), on
// every listed word and on the listed words upper-cased.
func TestIsSecondPersonAsTheMap(t *testing.T) {
	var words []string
	for w := range secondPerson {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, in := range goldenInputs(t) {
		words = append(words, strings.Fields(in.Text)...)
		for _, v := range normalize(in.Text).views {
			words = append(words, strings.Fields(v.text)...)
		}
	}
	words = append(words, "\u212aamu", "İ", "You")
	yes := 0
	for _, w := range words {
		got, want := isSecondPerson(w), secondPerson[strings.ToLower(w)]
		if got != want {
			t.Fatalf("isSecondPerson(%q) = %v, the map %v", w, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < len(secondPerson) {
		t.Fatalf("only %d words were second person", yes)
	}
}

// The start gates answer as their expressions alone, on every line of the
// golden corpus, the lines with their first bytes cut off, and task lines;
// and they are gates (leads were derived) that rule most lines out.
func TestStartGatesAnswerAsTheExpressions(t *testing.T) {
	var lines []string
	for _, in := range goldenInputs(t) {
		for _, v := range normalize(in.Text).views {
			for _, l := range strings.Split(v.text, "\n") {
				l = strings.TrimSpace(l)
				lines = append(lines, l)
				if len(l) > 3 {
					lines = append(lines, l[1:], l[3:])
				}
			}
		}
	}
	lines = append(lines, "what is the capital of brazil?", "explain how dns works in detail", "whatever you say?", "listen to me now please", "")
	for _, g := range []*startGate{taskQuestionStart, taskCommandStart} {
		if _, ok := g.leads(); !ok {
			t.Fatalf("no leads derived for %s", g.re.String())
		}
		matched, ruledOut := 0, 0
		for _, l := range lines {
			got, want := g.matchString(l), g.re.MatchString(l)
			if got != want {
				t.Fatalf("%.40s… on %q: %v, the expression alone %v", g.re.String(), l, got, want)
			}
			if want {
				matched++
			}
			leads, _ := g.leads()
			if !slices.ContainsFunc(leads, func(p string) bool { return strings.HasPrefix(l, p) }) {
				ruledOut++
			}
		}
		if matched == 0 || ruledOut < len(lines)/2 {
			t.Fatalf("%.40s…: %d lines matched, %d of %d ruled out", g.re.String(), matched, ruledOut, len(lines))
		}
	}
}

// Every key of the secret nouns' index passes mayBeSecretKey, and it rules
// out most keys of the golden corpus's words.
func TestSecretKeyGateAdmitsEveryKey(t *testing.T) {
	for k := range secretIndex.byKey {
		if !mayBeSecretKey(k) {
			t.Fatalf("mayBeSecretKey rules out the index's key %q", k)
		}
	}
	words, out := 0, 0
	for _, in := range goldenInputs(t) {
		for _, v := range normalize(in.Text).views {
			ws, _ := indexWords(v.text)
			for _, w := range ws {
				words++
				if !mayBeSecretKey(w.key) {
					out++
					if len(secretIndex.byKey[w.key]) > 0 {
						t.Fatalf("key %q ruled out but indexed", w.key)
					}
				}
			}
			releaseWords(ws)
		}
	}
	if out < words/2 {
		t.Fatalf("only %d of %d words ruled out", out, words)
	}
}

// Keeping only the hits of rules another grouping has hits for keeps,
// for those rules, exactly their hits in text order, and leaves every
// other rule empty once grouped: the required literals of a rule without
// a lead hit are never read. The rule numbered 0 (whose group starts at 0)
// is among them.
func TestGroupOnlyRulesWithHits(t *testing.T) {
	const n = 40
	rng := rand.New(rand.NewSource(7))
	var leads, musts hitGroups
	for i := 0; i < 300; i++ {
		hs := make([]acHit, rng.Intn(12))
		for k := range hs {
			hs[k] = acHit{rule: int32(rng.Intn(n / 4)), start: int32(k)} // rules 0..9 (rule 0 often first)
		}
		ms := make([]acHit, rng.Intn(60))
		for k := range ms {
			ms[k] = acHit{rule: int32(rng.Intn(n)), start: int32(k), end: int32(k + 3)}
		}
		byRule, offsets := groupHitsBefore(ms, n)
		leads.group(hs, n)
		musts.group(leads.keepRulesWithHits(slices.Clone(ms)), n)
		for r := 0; r < n; r++ {
			want := byRule[offsets[r]:offsets[r+1]]
			if len(leads.of(r)) == 0 {
				want = nil
			}
			if got := musts.of(r); !slices.Equal(got, want) {
				t.Fatalf("list %d, rule %d: %v, want %v", i, r, got, want)
			}
		}
	}
}
