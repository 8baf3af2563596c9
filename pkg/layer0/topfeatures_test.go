package layer0

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// topFeatures offers keep only the candidates that change the best list
// (those above its floor): it names the same features as offering every
// candidate did (topFeaturesBefore, the function as it was), from scoring
// and rehashed, on the model's texts and the benchmarks'.
func TestTopFeaturesFloorAnswersAsBefore(t *testing.T) {
	m, err := EmbeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	var sc modelScratch
	texts := append(modelTexts(t), benchAttack, benchBenign)
	n := 0
	for _, text := range texts {
		views := normalize(text).views
		if len(views) == 0 {
			continue
		}
		m.scoreChars(views, &sc)
		for _, k := range []int{1, 3, 5} {
			for _, rec := range []*modelScratch{&sc, nil} {
				got, want := m.topFeatures(views[0].text, k, rec), topFeaturesBefore(m, views[0].text, k, rec)
				if !slices.Equal(got, want) {
					t.Fatalf("text %.60q, k=%d, recorded %v: %q, before %q", text, k, rec != nil, got, want)
				}
				if len(want) == k {
					n++
				}
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d rankings were full", n)
	}
}

func topFeaturesBefore(m *Model, text string, k int, sc *modelScratch) []string {
	recorded := sc != nil && sc.top == text && m.MinN <= 4 && len(sc.c4) >= min(len(text), maxModelRunes)+2
	// The best 4k candidates so far; once full, a candidate replaces the
	// first of the lowest weights when it weighs more.
	var buf [16]topCand
	best := buf[:0]
	if 4*k > len(buf) {
		best = make([]topCand, 0, 4*k)
	}
	size := 4 * k
	low := -1 // once best is full: the first of its lowest weights
	keep := func(lo, hi int, w float32) {
		if w <= 0 {
			return
		}
		if len(best) < size {
			best = append(best, topCand{lo, hi, w})
			return
		}
		if low < 0 {
			low = lowestCand(best)
		}
		if w > best[low].w {
			best[low] = topCand{lo, hi, w}
			low = lowestCand(best)
		}
	}
	var ring [5]rune
	var starts [5]int // byte offset where each ring rune starts
	for i := range ring {
		ring[i] = ' '
	}
	wordStart, wordHash := -1, uint64(0)
	n := 0
	for i, r0 := range text {
		if n >= maxModelRunes {
			break
		}
		n++
		r := foldRune(r0)
		copy(ring[1:], ring[:4])
		copy(starts[1:], starts[:4])
		ring[0], starts[0] = r, i
		end := i + utf8.RuneLen(r0)
		if recorded {
			// The rune is at position n (the leading space is 0).
			if n > 3 && sc.c4[n] != 0 {
				keep(starts[3], end, m.weight(sc.c4[n]-1))
			}
			if n > 4 && sc.c5[n] != 0 {
				keep(starts[4], end, m.weight(sc.c5[n]-1))
			}
		} else {
			h := uint64(fnvOffset)
			for j := 0; j < 5 && j < n; j++ {
				h ^= uint64(ring[j])
				h *= fnvPrime
				if j >= 3 {
					keep(starts[j], end, m.weight(m.index(h^uint64(j+1)<<59^featChar)))
				}
			}
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			if wordStart < 0 {
				wordStart, wordHash = i, fnvOffset
			}
			if !recorded {
				wordHash ^= uint64(r)
				wordHash *= fnvPrime
			}
		} else if wordStart >= 0 {
			if recorded {
				if sc.cw[n] != 0 {
					keep(wordStart, i, m.weight(sc.cw[n]-1))
				}
			} else {
				keep(wordStart, i, m.weight(m.index(wordHash*31+featWord)))
			}
			wordStart = -1
		}
	}
	if wordStart >= 0 {
		if recorded {
			// The trailing space (position n+1) ended it.
			if sc.cw[n+1] != 0 {
				keep(wordStart, len(text), m.weight(sc.cw[n+1]-1))
			}
		} else {
			keep(wordStart, len(text), m.weight(m.index(wordHash*31+featWord)))
		}
	}
	// Heaviest first, ties in text order (a stable insertion sort: there
	// are at most 4k).
	for i := 1; i < len(best); i++ {
		for j := i; j > 0 && best[j-1].w < best[j].w; j-- {
			best[j-1], best[j] = best[j], best[j-1]
		}
	}
	var out []string
	for _, c := range best {
		s := strings.TrimSpace(text[c.lo:c.hi])
		dup := s == ""
		for _, o := range out {
			if strings.Contains(o, s) || strings.Contains(s, o) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		out = append(out, s)
		if len(out) == k {
			break
		}
	}
	return out
}

// topRule reads the weight indices rawScore recorded for the findings'
// rule features and names the rule hashing the ids again names; a state
// whose findings changed since (or were never scored) hashes them again.
func TestTopRuleFromRecordedFeatures(t *testing.T) {
	c := newTestClassifier(t)
	m := c.model
	named := 0
	for _, in := range goldenInputs(t) {
		if in.Text == "" || len(in.Text) > MaxInputBytes {
			continue
		}
		s := c.newState()
		s.cond = s.condFor(condInput{mode: "text"})
		var views []view
		s.capture = &views
		s.scanText(in.Text)
		s.capture = nil
		m.rawScore(s, views)
		got := m.topRule(s)
		s.model.ruleFindings = -1
		want := m.topRule(s)
		if got != want {
			t.Fatalf("%.60q: recorded %q, hashed %q", in.Text, got, want)
		}
		if want != "" {
			named++
			// One finding more (the model's own, say): not recorded.
			s.findings = append(s.findings, s.findings[0])
			s.model.ruleFindings = len(s.findings) - 1
			if m.topRule(s) != want {
				t.Fatalf("%.60q: a changed list read as recorded", in.Text)
			}
		}
		c.release(s)
	}
	if named < 100 {
		t.Fatalf("only %d texts named a rule", named)
	}
}
