package layer0

import (
	"crypto/sha256"
	_ "embed"
	binenc "encoding/binary"
	"encoding/hex"
	"hash"
)

// The automaton of the shipped rules' anchors is generated as the
// lexicon's is, in the same file format (lexac.go), and read in place:
// building it was about a third of New's CPU (buildACDense). It is taken
// when the anchors New registered are the ones it was made from — the file
// carries their sum — and built otherwise: a policy that adds patterns,
// or rules changed since the file was written (TestFactsTable says so;
// `go test ./pkg/layer0 -run TestFactsTable -update-facts` rewrites it with
// the facts table).

//go:embed rules_ac.bin
var embeddedRulesAC string

// anchorStream sums a classifier's anchors in the order they are
// registered, with the number of states that get a full row: the anchors
// and their order determine the automaton, so the sum names it. New
// streams its anchors through one instead of collecting them into an
// anchorSet (most of what it allocated): the set is made only when the
// automaton must be built.
type anchorStream struct {
	h   hash.Hash
	buf []byte
}

func newAnchorStream() *anchorStream {
	s := &anchorStream{h: sha256.New(), buf: make([]byte, 0, 8192)}
	s.buf = binenc.AppendUvarint(s.buf, acDenseStates)
	return s
}

func (s *anchorStream) add(lit string, r anchorRef) {
	s.buf = binenc.AppendUvarint(s.buf, uint64(len(lit)))
	s.buf = append(s.buf, lit...)
	s.buf = binenc.AppendUvarint(s.buf, uint64(uint32(r.rule)))
	w := byte(0)
	if r.wordStart {
		w = 1
	}
	s.buf = append(s.buf, r.req, w)
	if len(s.buf) > 7168 {
		s.h.Write(s.buf)
		s.buf = s.buf[:0]
	}
}

// sum is the hex sum of the anchors added so far.
func (s *anchorStream) sum() string {
	s.h.Write(s.buf)
	s.buf = s.buf[:0]
	return hex.EncodeToString(s.h.Sum(nil))
}
