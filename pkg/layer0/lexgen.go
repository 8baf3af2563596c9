package layer0

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"maps"
	"slices"
	"strconv"
	"sync"
)

// The lexicons' derived tables — the rule lexicon's terms normalised as the
// views are, and the model's concept hash table — are generated into
// lexicon_gen.go (go test ./pkg/layer0 -run TestLexiconTablesGenerated
// -update-lexicon): building them took about 6 ms of CPU on a process's
// first classification. They are taken when the sources they were made
// from are the ones compiled in (lexSourcesSum), and rebuilt from the
// sources otherwise; a test fails while the generated file is stale.

// lexSourcesSum is the sha256 of the data the generated tables derive
// from: both lexicons, the concept names, the rule-to-model concept map
// and the look-alike folding.
var lexSourcesSum = sync.OnceValue(func() string { return lexSumOf(lexicon, conceptLexicon[:]) })

func lexSumOf(ruleLexicon string, modelLexicon []string) string {
	h := sha256.New()
	// Each part is written as "len:part;" (the format the sums in
	// lexicon_gen.go were made with), without fmt: the rule lexicon is
	// large, and this runs in a process's first classification.
	var num []byte
	put := func(parts ...string) {
		n := 0
		for _, p := range parts {
			n += len(p)
		}
		num = strconv.AppendInt(num[:0], int64(n), 10)
		num = append(num, ':')
		h.Write(num)
		for _, p := range parts {
			io.WriteString(h, p)
		}
		h.Write([]byte{';'})
	}
	put(ruleLexicon)
	for _, s := range modelLexicon {
		put(s)
	}
	for _, s := range conceptNames {
		put(s)
	}
	for _, k := range slices.Sorted(maps.Keys(ruleLexiconConcepts)) {
		put(k, "=", strconv.Itoa(int(ruleLexiconConcepts[k])))
	}
	for _, r := range slices.Sorted(maps.Keys(confusables)) {
		put(strconv.Itoa(int(r)), "=", strconv.Itoa(int(confusables[r])))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// lexGenerated reports whether lexicon_gen.go was made from these sources.
func lexGenerated() bool { return genLexSum == lexSourcesSum() }

// lexiconEntries is the rule lexicon's normalised terms.
func lexiconEntries() []lexEntry {
	if lexGenerated() {
		return genLexEntries()
	}
	return parseLexicon(lexicon)
}

// packLexEntry is an entry's concept and flags in one number.
func packLexEntry(e lexEntry) uint16 {
	v := uint16(e.concept)
	if e.endWord {
		v |= 1 << 8
	}
	if e.bound {
		v |= 1 << 9
	}
	if e.ambig {
		v |= 1 << 10
	}
	return v
}

// genLexTermList is the generated terms by number.
func genLexTermList() []string {
	ts := make([]string, len(genLexLens))
	start := 0
	for i := range ts {
		end := start + int(genLexLens[i])
		ts[i] = genLexTerms[start:end]
		start = end
	}
	return ts
}

// genLexEntries unpacks the generated entries; their terms are slices of
// genLexTerms.
func genLexEntries() []lexEntry {
	es := make([]lexEntry, len(genLexLens))
	start := 0
	for i := range es {
		end := start + int(genLexLens[i])
		v := uint16(genLexFlags[2*i]) | uint16(genLexFlags[2*i+1])<<8
		es[i] = lexEntry{term: genLexTerms[start:end], concept: uint8(v), endWord: v&(1<<8) != 0, bound: v&(1<<9) != 0, ambig: v&(1<<10) != 0}
		start = end
	}
	return es
}

// conceptTab is the model's concept table.
var conceptTab = sync.OnceValue(func() *conceptTable {
	if lexGenerated() {
		t := &conceptTable{keys: genConceptKeys[:], vals: genConceptVals[:], mask: uint64(len(genConceptKeys) - 1)}
		for _, k := range t.keys {
			if k != 0 {
				t.setHas(k)
			}
		}
		return t
	}
	return buildConceptTable()
})
