package layer0

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// The word index of the domain-intent detectors. Every lead of every
// detector is keyed by its first word's leading runes (leadKey); the keys
// are numbered when the detectors are built, so that a text's words are
// looked up once per view (indexWords) and each detector family then visits
// only the words that start one of its leads, by number, without hashing
// again.
//
// The detectors are declared at package level but built on first use
// (buildIntentIndexes: by New, or by the first text indexed), not at
// package initialisation: every server pays its package init before
// tools/list, and most never classify anything before the first call.
// TestLayer0InitIsCheap keeps it so.

// leadKeyIDs numbers every key of every lead index (id+1; 0 is absent). The
// map is never changed once published: an index built later (lazily, say)
// publishes a copy, so texts being indexed meanwhile stay correct.
var (
	leadKeyIDs   atomic.Pointer[keyTable]
	leadKeyMu    sync.Mutex
	leadKeyDraft map[string]int32 // numbering in progress, published by leadKeys (made by the first leadKeyIDLocked)
)

func leadKeyID(k string) int32 {
	leadKeyMu.Lock()
	defer leadKeyMu.Unlock()
	return leadKeyIDLocked(k)
}

// leadKeyIDLocked is leadKeyID with leadKeyMu held.
func leadKeyIDLocked(k string) int32 {
	if leadKeyIDs.Load() != nil {
		// Already published: number on a copy, then publish it.
		cp := make(map[string]int32, len(leadKeyDraft)+1)
		for key, id := range leadKeyDraft {
			cp[key] = id
		}
		leadKeyDraft = cp
		leadKeyIDs.Store(nil)
	}
	if leadKeyDraft == nil {
		leadKeyDraft = map[string]int32{}
	}
	id, ok := leadKeyDraft[k]
	if !ok {
		id = int32(len(leadKeyDraft)) + 1
		leadKeyDraft[k] = id
	}
	return id - 1
}

// leadKeys returns the published numbering, publishing the draft first
// (once every declared index is built).
func leadKeys() *keyTable {
	if t := leadKeyIDs.Load(); t != nil {
		return t
	}
	buildIntentIndexes()
	leadKeyMu.Lock()
	defer leadKeyMu.Unlock()
	if t := leadKeyIDs.Load(); t != nil {
		return t
	}
	t := newKeyTable(leadKeyDraft)
	leadKeyIDs.Store(t)
	return t
}

// keyTable is a published numbering: the map, and the keys of at most
// seven bytes (nearly all: four runes of a Latin word) again in an
// open-addressed table of their bytes packed into an integer, which a
// text's every word is looked up in without hashing a string.
type keyTable struct {
	ids   map[string]int32
	slots []keySlot // a power of two, at most half full
	shift uint
}

type keySlot struct {
	k  uint64 // packKey; 0 for an empty slot (a packed key is never 0)
	id int32  // as in ids (number+1)
}

func newKeyTable(ids map[string]int32) *keyTable {
	n := 0
	for k := range ids {
		if _, ok := packKey(k); ok {
			n++
		}
	}
	size, bits := 8, uint(3)
	for size < 2*n {
		size, bits = size*2, bits+1
	}
	t := &keyTable{ids: ids, slots: make([]keySlot, size), shift: 64 - bits}
	for k, id := range ids {
		if x, ok := packKey(k); ok {
			h := t.slot(x)
			for t.slots[h].k != 0 {
				h = (h + 1) & (len(t.slots) - 1)
			}
			t.slots[h] = keySlot{x, id}
		}
	}
	return t
}

// packKey packs a key of one to seven bytes into an integer: its bytes,
// and its length in the top byte.
func packKey(k string) (uint64, bool) {
	if len(k) == 0 || len(k) > 7 {
		return 0, false
	}
	x := uint64(len(k)) << 56
	for i := 0; i < len(k); i++ {
		x |= uint64(k[i]) << (8 * i)
	}
	return x, true
}

func (t *keyTable) slot(x uint64) int { return int((x * 0x9e3779b97f4a7c15) >> t.shift) }

// id is t.ids[k].
func (t *keyTable) id(k string) int32 {
	x, ok := packKey(k)
	if !ok {
		return t.ids[k]
	}
	for h := t.slot(x); ; h = (h + 1) & (len(t.slots) - 1) {
		switch t.slots[h].k {
		case x:
			return t.slots[h].id
		case 0:
			return 0
		}
	}
}

// wordAt is the start offset of a word of text, with its key and the key's
// number (-1 when no lead index has it).
type wordAt struct {
	key string
	pos int
	id  int32
	ctx *textCtx // shared by the words of one text
}

// textCtx is what the words of one text share: the text, and which byte
// pairs occur in it, so that a detector's required words can be ruled out
// without searching the text for each (a word occurs only if all its byte
// pairs do).
type textCtx struct {
	text  string
	pairs [64]uint64 // 4,096-bit set of hashed byte pairs
	buf   *wordsBuf
	// all is indexWords' list of the words of text; kid and kpos are, in
	// order, the key numbers and offsets of those whose key some lead index
	// has: the only words an index can start a match at, laid out densely
	// for the indexes to walk.
	all       []wordAt
	kid, kpos []int32
	// keys is the set of kid's key numbers (bit id%64 of word id/64): an
	// index none of whose keys is there has no word to walk (keyMasks).
	keys []uint64
}

func pairBit(a, b byte) uint32 { return (uint32(a)*131 + uint32(b)) & 4095 }

func (c *textCtx) index(text string) {
	c.text = text
	c.pairs = [64]uint64{}
	for i := 0; i+1 < len(text); i++ {
		h := pairBit(text[i], text[i+1])
		c.pairs[h>>6] |= 1 << (h & 63)
	}
}

// contains is strings.Contains(c.text, w), answered from the byte pairs
// when they rule w out.
func (c *textCtx) contains(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if h := pairBit(w[i], w[i+1]); c.pairs[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return strings.Contains(c.text, w)
}

// mayHave reports whether w can occur in c's text: false when one of its
// byte pairs does not.
func (c *textCtx) mayHave(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if h := pairBit(w[i], w[i+1]); c.pairs[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

// anyIn is containsAny(s, set) for s a substring of c's text, skipping
// the search for the words c's byte pairs rule out.
func (c *textCtx) anyIn(s string, set []string) bool {
	for _, w := range set {
		if c.mayHave(w) && strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// ctxOf returns the shared context of words ws of text (nil when they
// have none).
func ctxOf(ws []wordAt, text string) *textCtx {
	if len(ws) > 0 && ws[0].ctx != nil && ws[0].ctx.text == text {
		return ws[0].ctx
	}
	return nil
}

// indexIn is strings.Index(text, w), answered -1 without searching when
// ctx (text's context, or nil) rules w out: a word list is then checked
// against the text's byte pairs instead of searched for word by word.
func indexIn(ctx *textCtx, text, w string) int {
	if ctx != nil {
		for i := 0; i+1 < len(w); i++ {
			if h := pairBit(w[i], w[i+1]); ctx.pairs[h>>6]&(1<<(h&63)) == 0 {
				return -1
			}
		}
	}
	return strings.Index(text, w)
}

// needs is g.needs(c.text).
func (c *textCtx) needs(g *gated) bool {
outer:
	for _, grp := range g.need {
		for _, w := range grp {
			if c.contains(w) {
				continue outer
			}
		}
		return false
	}
	return true
}

// asciiWordByte marks the ASCII bytes indexWords counts as word bytes:
// letters, digits, '_', '@' and '.'.
var asciiWordByte = [utf8.RuneSelf]bool{
	'_': true, '@': true, '.': true,
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true, 'j': true, 'k': true, 'l': true, 'm': true,
	'n': true, 'o': true, 'p': true, 'q': true, 'r': true, 's': true, 't': true, 'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true, 'J': true, 'K': true, 'L': true, 'M': true,
	'N': true, 'O': true, 'P': true, 'Q': true, 'R': true, 'S': true, 'T': true, 'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
}

// wordsBuf is the reusable storage of indexWords.
type wordsBuf struct {
	ws  []wordAt
	ctx textCtx
}

// indexWords lists the words of text with their keys.
func indexWords(text string) (ws []wordAt, nonASCII bool) {
	ids := leadKeys()
	buf, _ := wordsPool.Get().(*wordsBuf)
	if buf == nil {
		buf = &wordsBuf{}
		buf.ctx.buf = buf
	}
	ws = buf.ws[:0]
	ctx := &buf.ctx
	ctx.index(text)
	word := func(k string, pos int) wordAt {
		return wordAt{k, pos, ids.id(k) - 1, ctx}
	}
	// key is leadKey(text[start:end]): the first four bytes of a word
	// without a byte outside ASCII (wide: it has one).
	key := func(start, end int, wide bool) string {
		if !wide {
			return text[start:min(end, start+4)]
		}
		return leadKey(text[start:end])
	}
	start, wide := -1, false
	for i := 0; i < len(text); {
		var isWord bool
		size := 1
		if c := text[i]; c < utf8.RuneSelf {
			isWord = asciiWordByte[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			nonASCII = true
			isWord = unicode.IsLetter(r) || unicode.IsDigit(r)
			if isWord {
				wide = true
			}
		}
		if isWord && start < 0 {
			start, wide = i, size > 1
		} else if !isWord && start >= 0 {
			ws = append(ws, word(key(start, i, wide), start))
			start = -1
		}
		i += size
	}
	if start >= 0 {
		ws = append(ws, word(key(start, len(text), wide), start))
	}
	kid, kpos := ctx.kid[:0], ctx.kpos[:0]
	clear(ctx.keys)
	keys := ctx.keys[:0]
	for _, w := range ws {
		if w.id >= 0 {
			kid, kpos = append(kid, w.id), append(kpos, int32(w.pos))
			k := int(w.id >> 6)
			for len(keys) <= k {
				keys = append(keys, 0)
			}
			keys[k] |= 1 << (w.id & 63)
		}
	}
	ctx.all, ctx.kid, ctx.kpos, ctx.keys = ws, kid, kpos, keys
	return ws, nonASCII
}

// wordsPool keeps word lists between texts (releaseWords).
var wordsPool sync.Pool

// releaseWords hands back a list from indexWords once nothing refers to it.
func releaseWords(ws []wordAt) {
	if len(ws) == 0 || ws[0].ctx == nil || cap(ws) > 1<<12 {
		return
	}
	buf := ws[0].ctx.buf
	clear(ws) // the keys refer to the text
	buf.ws, buf.ctx.text, buf.ctx.all = ws[:0], "", nil
	wordsPool.Put(buf)
}

// leadRef ties a lead to its detector.
type leadRef struct {
	g    *gated
	lead string
}

// slotRef is a leadRef with the position of its detector in the index, for
// remembering per text whether the detector's required words occur.
type slotRef struct {
	g    *gated
	lead string
	slot int
}

type leadIndex struct {
	byKey map[string][]leadRef // by key (indexes built by hand)
	// by key number (buildLeadIndex): refs[off[id]:off[id+1]]
	off    []int32
	refs   []slotRef
	search []leadRef // leads of scripts without spaces
	gs     []gated   // the detectors, until built
	once   sync.Once
	// keyMasks is the set of key numbers this index has references for,
	// as the nonzero words of a bitset like textCtx.keys.
	keyMasks []keyMask
}

// keyMask is word w of a bitset of key numbers.
type keyMask struct {
	w    int32
	bits uint64
}

// mayStartIn reports whether one of ctx's words has a key of ix.
func (ix *leadIndex) mayStartIn(ctx *textCtx) bool {
	for _, m := range ix.keyMasks {
		if int(m.w) < len(ctx.keys) && ctx.keys[m.w]&m.bits != 0 {
			return true
		}
	}
	return false
}

// Indexes declared (at package initialisation) but not yet built.
var (
	pendingMu    sync.Mutex
	pending      []*leadIndex
	pendingBuilt bool
	leadIndexes  []*leadIndex // every index declared, for the tests
)

// buildLeadIndex returns the index of the leads of gs. Indexes declared
// before the first classifier is built are built together, then
// (buildIntentIndexes); one declared later is built at once.
func buildLeadIndex(gs []gated) *leadIndex {
	ix := &leadIndex{gs: gs}
	pendingMu.Lock()
	leadIndexes = append(leadIndexes, ix)
	built := pendingBuilt
	if !built {
		pending = append(pending, ix)
	}
	pendingMu.Unlock()
	if built {
		ix.build()
	}
	return ix
}

// buildIntentIndexes builds every declared index (and so numbers every
// key) before the numbering is first published. New calls it, so that a
// server's first classification does not pay for it. It is idempotent and
// cheap once done.
func buildIntentIndexes() {
	ensureTables()
	pendingMu.Lock()
	defer pendingMu.Unlock()
	if pendingBuilt {
		return
	}
	for _, ix := range pending {
		ix.build()
	}
	pending, pendingBuilt = nil, true
}

// build builds the index, once.
func (ix *leadIndex) build() { ix.once.Do(ix.doBuild) }

// doBuild folds each detector's leads, words and expression (gate) and
// indexes its leads.
func (ix *leadIndex) doBuild() {
	gs := ix.gs
	ix.gs = nil
	res := make([]lazyRegexp, len(gs)) // one allocation for the index
	for i := range gs {
		g := &gs[i]
		res[i] = lazyRegexp{src: g.pattern, wrap: true, fold: true, musts: true}
		g.re = &res[i]
		g.leads = foldAll(g.leads)
		for k := range g.need {
			g.need[k] = foldAll(g.need[k])
		}
	}
	// Number every lead's key, then lay the index out at its final size:
	// one table by key number over one array of references (in lead
	// order within a key, as appending would give).
	nleads := 0
	for i := range gs {
		nleads += len(gs[i].leads)
	}
	ids := make([]int32, 0, nleads) // per lead in order; -1 for searched leads
	maxID := int32(-1)
	leadKeyMu.Lock()
	for i := range gs {
		for _, l := range gs[i].leads {
			id := int32(-1)
			if spaced(l) {
				id = leadKeyIDLocked(leadKey(firstWord(l)))
				maxID = max(maxID, id)
			}
			ids = append(ids, id)
		}
	}
	leadKeyMu.Unlock()
	off := make([]int32, maxID+2)
	for _, id := range ids {
		if id >= 0 {
			off[id+1]++
		}
	}
	for k := 1; k < len(off); k++ {
		off[k] += off[k-1]
	}
	ix.off, ix.refs = off, make([]slotRef, off[len(off)-1])
	for id := int32(0); id+1 < int32(len(off)); id++ {
		if off[id] == off[id+1] {
			continue
		}
		if n := len(ix.keyMasks); n == 0 || ix.keyMasks[n-1].w != id>>6 {
			ix.keyMasks = append(ix.keyMasks, keyMask{w: id >> 6})
		}
		ix.keyMasks[len(ix.keyMasks)-1].bits |= 1 << (id & 63)
	}
	next := slices.Clone(off[:len(off)-1]) // where each key's next reference goes
	k := 0
	for i := range gs {
		for _, l := range gs[i].leads {
			if id := ids[k]; id >= 0 {
				ix.refs[next[id]] = slotRef{&gs[i], l, i}
				next[id]++
			} else {
				ix.search = append(ix.search, leadRef{&gs[i], l})
			}
			k++
		}
	}
}

// hasConfusable reports whether foldConfusable would change s. Every
// confusable letter is outside ASCII (TestConfusablesOutsideASCII), so
// ASCII text — nearly every pattern and lead — is passed by at once.
func hasConfusable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if _, ok := confusables[r]; ok {
					return true
				}
			}
			return false
		}
	}
	return false
}

// source is the expression a detector runs: its pattern with confusable
// letters folded, anchored at the lead.
func (g *gated) source() string {
	return (&lazyRegexp{src: g.pattern, wrap: true, fold: true}).String()
}

func (g *gated) needs(text string) bool {
	for _, grp := range g.need {
		if !containsAny(text, grp) {
			return false
		}
	}
	return true
}

// at runs g anchored at p, in its window; ctx is text's context or nil.
func (g *gated) at(text string, p int, ctx *textCtx) []int {
	end := min(len(text), p+g.win)
	if loc := g.re.findIndexIn(text[p:end], ctx); loc != nil {
		loc[0], loc[1] = p+loc[0], p+loc[1] // the regexp's fresh slice, moved to text's offsets
		return loc[:2]
	}
	return nil
}

// find returns the first match of any detector of the index.
func (ix *leadIndex) find(text string, ws []wordAt, nonASCII bool) []int {
	ix.build()
	// needs is answered once per detector and text (0 unknown, 1 yes, 2 no).
	var memo [64]uint8
	ctx := ctxOf(ws, text)
	needs := func(g *gated) bool {
		if ctx != nil {
			return ctx.needs(g)
		}
		return g.needs(text)
	}
	try := func(id int32, pos int) []int {
		if id < 0 || int(id)+1 >= len(ix.off) {
			return nil
		}
		for _, ref := range ix.refs[ix.off[id]:ix.off[id+1]] {
			if !strings.HasPrefix(text[pos:], ref.lead) {
				continue
			}
			ok := false
			if ref.slot < len(memo) {
				if memo[ref.slot] == 0 {
					memo[ref.slot] = 2
					if needs(ref.g) {
						memo[ref.slot] = 1
					}
				}
				ok = memo[ref.slot] == 1
			} else {
				ok = needs(ref.g)
			}
			if !ok {
				continue
			}
			if loc := ref.g.at(text, pos, ctx); loc != nil {
				return loc
			}
		}
		return nil
	}
	if ctx != nil && len(ws) == len(ctx.all) && &ws[0] == &ctx.all[0] {
		// ws is the whole list of the text's words: walk only the keyed
		// ones, skipping at once the keys this index lacks (all of them,
		// when the text has none of its keys: checked unless the text has
		// fewer keyed words than the check has steps).
		if len(ctx.kid) <= len(ix.keyMasks) || ix.mayStartIn(ctx) {
			for j, id := range ctx.kid {
				if int(id)+1 >= len(ix.off) || ix.off[id] == ix.off[id+1] {
					continue
				}
				if loc := try(id, int(ctx.kpos[j])); loc != nil {
					return loc
				}
			}
		}
	} else {
		for _, w := range ws {
			if loc := try(w.id, w.pos); loc != nil {
				return loc
			}
		}
	}
	if nonASCII {
		for _, ref := range ix.search {
			if i := strings.Index(text, ref.lead); i >= 0 && needs(ref.g) {
				if loc := ref.g.at(text, i, ctx); loc != nil {
					return loc
				}
			}
		}
	}
	return nil
}

// isASCII reports whether s has no byte outside ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isWordRune is what wordsOf keeps in words.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' || r == '_'
}

// lastWords is wordsOf(s)[max(0, len-n):] (n at most 4), read backwards from
// the end of s into buf instead of splitting all of s: the intent checks
// that look at the words just before a match run for every candidate.
func lastWords(s string, n int, buf *[4]string) []string {
	k, end := 0, len(s)
	for k < n {
		for end > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:end])
			if isWordRune(r) {
				break
			}
			end -= size
		}
		if end == 0 {
			break
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if !isWordRune(r) {
				break
			}
			start -= size
		}
		buf[k] = s[start:end]
		k++
		end = start
	}
	for i, j := 0, k-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return buf[:k]
}

// firstWordOf is wordsOf(s)[0], if s has a word.
func firstWordOf(s string) (string, bool) {
	start := -1
	for i, r := range s {
		switch {
		case isWordRune(r) && start < 0:
			start = i
		case !isWordRune(r) && start >= 0:
			return s[start:i], true
		}
	}
	if start >= 0 {
		return s[start:], true
	}
	return "", false
}
