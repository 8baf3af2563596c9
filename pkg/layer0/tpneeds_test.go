package layer0

import (
	"math/rand"
	"strings"
	"testing"
)

// The indirect-injection rules' prefilter groups, answered from one pass
// of tpNeedIndex, answer as a strings.Contains per word did: on every view
// of the golden corpus and on texts made of the prefilter words themselves
// (overlapping, adjacent, cut short, in other words).
func TestTPNeedIndexAnswersAsContainsAny(t *testing.T) {
	tpNeedIndex()
	if tpGroups > tpMaxGroups {
		t.Fatalf("%d prefilter groups, room for %d", tpGroups, tpMaxGroups)
	}
	type table struct {
		g0    int32
		needs [][]string
	}
	var tables []table
	var words []string
	for _, rules := range [][]tpRule{outputRules, inDataRules, untrustedRules} {
		for _, r := range rules {
			tables = append(tables, table{r.g0, r.need})
			for _, grp := range r.need {
				words = append(words, grp...)
			}
		}
	}
	tables = append(tables, table{implantG0, implantNeed})
	for _, grp := range implantNeed {
		words = append(words, grp...)
	}
	var texts []string
	for _, in := range goldenInputs(t) {
		if in.Text == "" {
			continue
		}
		for _, v := range normalize(in.Text).views {
			texts = append(texts, v.text)
		}
	}
	rng := rand.New(rand.NewSource(13))
	fillers := []string{" ", "", "x", ", ", "\n", "é", "“"}
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for k := rng.Intn(6); k >= 0; k-- {
			w := words[rng.Intn(len(words))]
			if rng.Intn(3) == 0 && len(w) > 1 {
				w = w[:1+rng.Intn(len(w)-1)] // cut short
			}
			b.WriteString(w)
			b.WriteString(fillers[rng.Intn(len(fillers))])
		}
		texts = append(texts, b.String())
	}
	hits, misses := 0, 0
	for _, text := range texts {
		c := newTPCtx(text)
		for _, tb := range tables {
			want := true
			for _, grp := range tb.needs {
				if !containsAny(text, grp) {
					want = false
					break
				}
			}
			if got := c.needs(tb.g0, len(tb.needs)); got != want {
				t.Fatalf("groups from %d on %q: %v, containsAny %v", tb.g0, text, got, want)
			}
			if want {
				hits++
			} else {
				misses++
			}
		}
	}
	if hits == 0 || misses == 0 {
		t.Fatalf("the corpus does not tell them apart: %d passing, %d failing", hits, misses)
	}
}
