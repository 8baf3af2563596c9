package layer0

import (
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"maps"
	"slices"
	"strconv"
	"sync"
	"unsafe"
)

// The lexicons' derived tables — the rule lexicon's terms normalised as the
// views are, and the model's concept hash table — are generated into
// lexicon_gen.go (go test ./pkg/layer0 -run TestLexiconTablesGenerated
// -update-lexicon): building them took about 6 ms of CPU on a process's
// first classification. They are taken when the sources they were made
// from are the ones compiled in (lexSourcesSum), and rebuilt from the
// sources otherwise; a test fails while the generated file is stale.

// lexSourcesSum is a checksum of the data the generated tables derive
// from: both lexicons, the concept names, the rule-to-model concept map
// and the look-alike folding. It tells a stale generated file from a
// fresh one, nothing more (no one chooses these bytes to collide), so it
// is two CRC-32s (Castagnoli and IEEE, both in hardware where the CPU has
// it) rather than a cryptographic digest: it runs in a process's first
// classification, over the rule lexicon's 520 KB.
var lexSourcesSum = sync.OnceValue(func() string { return lexSumOf(lexicon, conceptLexicon[:]) })

func lexSumOf(ruleLexicon string, modelLexicon []string) string {
	var c, e uint32
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	write := func(s string) {
		// The bytes of s, read in place: the rule lexicon is large.
		b := unsafe.Slice(unsafe.StringData(s), len(s))
		c = crc32.Update(c, castagnoli, b)
		e = crc32.Update(e, crc32.IEEETable, b)
	}
	// Each part is written as "len:part;".
	var num []byte
	put := func(parts ...string) {
		n := 0
		for _, p := range parts {
			n += len(p)
		}
		num = strconv.AppendInt(num[:0], int64(n), 10)
		num = append(num, ':')
		write(string(num))
		for _, p := range parts {
			write(p)
		}
		write(";")
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
	var sum [8]byte
	binary.BigEndian.PutUint32(sum[:4], c)
	binary.BigEndian.PutUint32(sum[4:], e)
	return hex.EncodeToString(sum[:])
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
