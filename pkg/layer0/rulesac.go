package layer0

import (
	"crypto/sha256"
	_ "embed"
	binenc "encoding/binary"
	"encoding/hex"
)

// The automaton of the shipped rules' anchors is generated as the
// lexicon's is, in the same file format (lexac.go), and read in place:
// building it was about a third of New's CPU (buildACDense). It is taken
// when the anchors New collected are the ones it was made from — the file
// carries their sum — and built otherwise: a policy that adds patterns,
// or rules changed since the file was written (TestFactsTable says so;
// `go test ./pkg/layer0 -run TestFactsTable -update-facts` rewrites it with
// the facts table).

//go:embed rules_ac.bin
var embeddedRulesAC string

// anchorSum identifies an anchor set, which determines its automaton: each
// anchor and the rules it leads to, in order, and the number of states
// with a full row.
func anchorSum(a *anchorSet) string {
	h := sha256.New()
	b := make([]byte, 0, 4096)
	b = binenc.AppendUvarint(b, acDenseStates)
	for id, lit := range a.lits {
		b = binenc.AppendUvarint(b, uint64(len(lit)))
		b = append(b, lit...)
		n := 0
		for e := a.head[id]; e >= 0; e = a.refs[e].next {
			n++
		}
		b = binenc.AppendUvarint(b, uint64(n))
		for e := a.head[id]; e >= 0; e = a.refs[e].next {
			r := a.refs[e].ref
			b = binenc.AppendUvarint(b, uint64(uint32(r.rule)))
			w := byte(0)
			if r.wordStart {
				w = 1
			}
			b = append(b, r.req, w)
		}
		if len(b) > 3072 {
			h.Write(b)
			b = b[:0]
		}
	}
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))
}

// classifierAC is the automaton of a classifier's anchors: the generated
// one when they are the shipped ones, built otherwise.
func classifierAC(a *anchorSet) *acMatcher {
	if m, ok, err := decodeAC(embeddedRulesAC, anchorSum(a)); ok && err == nil {
		return m
	}
	return buildAC(a)
}
