package layer0

import (
	"os"
	"path/filepath"
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

// A set of the shipped rules' anchors has room for them and their ties, so
// it grows neither its map nor its slices (shippedAnchors,
// shippedAnchorRefs).
func TestAnchorSetPresized(t *testing.T) {
	var anchors *anchorSet
	anchorsHook = func(a *anchorSet) { anchors = a }
	newTestClassifier(t)
	anchorsHook = nil
	if n := len(anchors.lits); n > shippedAnchors || cap(anchors.lits) != shippedAnchors {
		t.Errorf("%d anchors, room for %d (cap %d): raise shippedAnchors", n, shippedAnchors, cap(anchors.lits))
	}
	if n := len(anchors.refs); n > shippedAnchorRefs || cap(anchors.refs) != shippedAnchorRefs {
		t.Errorf("%d ties to rules, room for %d (cap %d): raise shippedAnchorRefs", n, shippedAnchorRefs, cap(anchors.refs))
	}
	if len(anchors.lits) < shippedAnchors/2 || len(anchors.refs) < shippedAnchorRefs/2 {
		t.Errorf("%d anchors and %d ties fill under half the room (%d, %d): lower it", len(anchors.lits), len(anchors.refs), shippedAnchors, shippedAnchorRefs)
	}
}

// emitAnchors registers the anchors New registered, in its order: the sum
// of what it registers is New's, with the shipped policy and with one that
// adds patterns (whose automaton is built from emitAnchors' set).
func TestEmitAnchorsReplaysNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "policy.yaml")
	if err := os.WriteFile(path, []byte("patterns:\n  - {id: ORG-AC-1, family: recon, weight: 5, pattern: 'zebraquokka inventory'}\n  - {id: ORG-AC-2, family: recon, weight: 5, pattern: '(?:list|dump) all (?:zones|records)'}\n  - {id: ORG-AC-3, family: recon, weight: 5, pattern: '[0-9]{3}x?-?secret', anchors: [secret]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, policy := range []string{"", path} {
		c, err := New(Options{PolicyPath: policy, ReceiptKey: testKey})
		if err != nil {
			t.Fatal(err)
		}
		s := newAnchorStream()
		emitAnchors(s, c.pol, c.acGroups)
		if got := s.sum(); got != c.acSum {
			t.Errorf("policy %q: emitAnchors sums to %s, New to %s", policy, got, c.acSum)
		}
	}
	c, err := New(Options{PolicyPath: path, ReceiptKey: testKey})
	if err != nil {
		t.Fatal(err)
	}
	v, err := c.ClassifyText("please dump all records of example.com")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(v.Evidence, func(e Evidence) bool { return e.Rule == "ORG-AC-2" }) {
		t.Errorf("the policy's pattern did not fire: %v", rulesOf(v))
	}
	// a pattern prefiltered by its declared anchors
	v, err = c.ClassifyText("the vault path is 123-secret for the staging zone")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(v.Evidence, func(e Evidence) bool { return e.Rule == "ORG-AC-3" }) {
		t.Errorf("the policy's anchored pattern did not fire: %v", rulesOf(v))
	}
}
