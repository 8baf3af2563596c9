package layer0

import (
	"slices"
	"testing"
)

// The automaton finds the same anchors whether every state has a full row
// or only the shallow ones do (deep states stepping through their children
// and failure links), on every text of the golden corpus.
func TestACSparseDeepStatesMatchFullTable(t *testing.T) {
	var anchors *anchorSet
	anchorsHook = func(a *anchorSet) { anchors = a }
	c := newTestClassifier(t)
	anchorsHook = nil
	full := buildACDense(anchors, 1<<30)
	if full.dense != full.nstates {
		t.Fatalf("full table has %d of %d rows", full.dense, full.nstates)
	}
	if c.ac.dense >= c.ac.nstates {
		t.Fatalf("the shipped automaton has a full row for all %d states", c.ac.nstates)
	}
	tiny := buildACDense(anchors, 1) // only the root has a row
	words := c.words
	scan := func(m *acMatcher, text string) (cand, reqs, reqs2, must []uint64, hits, mhits []acHit) {
		cand, reqs, reqs2, must = make([]uint64, words), make([]uint64, words), make([]uint64, words), make([]uint64, words)
		hits, mhits = m.scan(text, cand, reqs, reqs2, must, nil, c.isAnchor, nil, nil)
		return
	}
	texts := modelTexts(t)
	for _, text := range texts {
		for _, v := range normalize(text).views {
			text := "\n" + v.text
			c1, r1, q1, m1, h1, mh1 := scan(full, text)
			for _, m := range []*acMatcher{c.ac, tiny} {
				c2, r2, q2, m2, h2, mh2 := scan(m, text)
				if !slices.Equal(c1, c2) || !slices.Equal(r1, r2) || !slices.Equal(q1, q2) || !slices.Equal(m1, m2) || !slices.Equal(h1, h2) || !slices.Equal(mh1, mh2) {
					t.Fatalf("dense=%d: scan of %.80q differs from the full table", m.dense, text)
				}
			}
		}
	}
}
