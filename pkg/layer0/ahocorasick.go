package layer0

import (
	"regexp"
	"slices"
	"sync"
)

// acMatcher is an Aho-Corasick automaton over bytes: one pass over the text
// finds every anchor of every rule, so only rules whose anchors occur are
// confirmed with their regular expression. Bytes are mapped to classes (the
// bytes that occur in anchors, plus one class for all others) to keep the
// transition table small enough to stay in cache.
//
// Only the shallow states (numbered first) have a full transition row:
// a scan spends nearly all its time there, and the rows of the thousands of
// deep states — a table of ~430 KB, most of a cold build's time and memory
// — would rarely be read. A deep state keeps its children (a contiguous
// range of state numbers) and its failure link instead.
type acMatcher struct {
	class   [256]uint8
	nclass  int
	dense   int      // states [0, dense) have a full row
	next    []int32  // next[state*nclass+class] for dense states, used when states do not fit 16 bits
	next16  []uint16 // the same table, when they do (half the cache footprint)
	first   []int32  // first child of each state (children are numbered consecutively)
	nchild  []uint16 // number of children
	inClass []uint8  // the class of the byte that leads into each state
	fail    []int32  // failure link of each state
	hasOut  []uint64 // bit per state: anchors end here
	// outs[outStart[s]:outStart[s+1]] are the anchors ending at state s
	// (fail links merged).
	outStart []int32
	outs     []acOut
	nstates  int
}

// anchorSet collects the anchors of a classifier's rules, each with the
// rules it leads to in the order they were added. It is a map to numbers
// and one chained list rather than a map of slices: it is built once per
// classifier and thrown away, and fresh memory is what a cold build pays
// for most.
type anchorSet struct {
	ids        map[string]int32 // anchor → its number
	lits       []string         // by number
	head, tail []int32          // per anchor: its first and last entry
	refs       []anchorEntry
}

type anchorEntry struct {
	ref  anchorRef
	next int32 // the anchor's next entry, or -1
}

// newAnchorSet makes a set with room for n anchors and refs ties to rules.
func newAnchorSet(n, refs int) *anchorSet {
	return &anchorSet{ids: make(map[string]int32, n), lits: make([]string, 0, n), head: make([]int32, 0, n), tail: make([]int32, 0, n), refs: make([]anchorEntry, 0, refs)}
}

// add ties anchor lit to r.
func (a *anchorSet) add(lit string, r anchorRef) {
	id, ok := a.ids[lit]
	if !ok {
		id = int32(len(a.lits))
		a.ids[lit] = id
		a.lits = append(a.lits, lit)
		a.head = append(a.head, -1)
		a.tail = append(a.tail, -1)
	}
	e := int32(len(a.refs))
	a.refs = append(a.refs, anchorEntry{ref: r, next: -1})
	if a.tail[id] < 0 {
		a.head[id] = e
	} else {
		a.refs[a.tail[id]].next = e
	}
	a.tail[id] = e
}

// acDenseStates is how many states get a full row: the depth-1 and most
// depth-2 states of the shipped rules (60 KB of rows).
const acDenseStates = 512

// acOut is one anchor ending at a state. An anchor that starts with a
// letter or digit may be restricted to the start of a word, so that "ns"
// does not fire inside "instructions".
type acOut struct {
	rule      int32
	length    int32
	wordStart bool
	req       uint8 // 1 or 2: a required word of the rule (of that group), not a lead; 3+k: a required literal of the rule's set k (musts.go); reqGroup: see there
}

// reqGroup marks an indirect-injection prefilter word (tpNeedWords) in a
// classifier's automaton: its rule field is the word's group, and a scan
// sets the group's bit wherever the word occurs, so that the view needs no
// pass of its own for them (thirdPartyViews).
const reqGroup = 255

// anchorRef ties an anchor to a rule. wordStart restricts it to word starts.
type anchorRef struct {
	rule      int32
	wordStart bool
	req       uint8
}

func isWordByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c >= 'A' && c <= 'Z')
}

func buildAC(anchors *anchorSet) *acMatcher { return buildACDense(anchors, acDenseStates) }

// buildACDense builds the automaton with full rows for the first dense
// states (all of them when dense >= the number of states).
func buildACDense(anchors *anchorSet, dense int) *acMatcher {
	m := &acMatcher{nclass: 1}
	for _, a := range anchors.lits {
		for i := 0; i < len(a); i++ {
			if m.class[a[i]] == 0 {
				m.class[a[i]] = uint8(m.nclass)
				m.nclass++
			}
		}
	}
	if m.nclass > 255 {
		// Cannot happen with ASCII-heavy anchors, but stay correct: one
		// class per byte.
		m.nclass = 256
		for i := range m.class {
			m.class[i] = uint8(i)
		}
	}
	// The trie is built over byte classes, level by level, so states are
	// numbered breadth first as they are made: the shallow states, where a
	// scan spends nearly all its time, come first and share cache lines;
	// the children of a state are made one after the other, so they are a
	// range of numbers. Fresh memory is what building costs most on a cold
	// process, so nothing is built twice.
	nc := m.nclass
	keys := slices.Clone(anchors.lits)
	maxLen := 0
	for _, a := range keys {
		maxLen = max(maxLen, len(a))
	}
	slices.Sort(keys) // deterministic layout
	// One state per distinct prefix: count them from the sorted keys (each
	// adds its bytes past the prefix it shares with the previous key).
	// lcp[k] is the length of the prefix keys[k] shares with keys[k-1].
	n := 1
	lcp := make([]int32, len(keys))
	for i, a := range keys {
		shared := 0
		if i > 0 {
			p := keys[i-1]
			for shared < len(p) && shared < len(a) && p[shared] == a[shared] {
				shared++
			}
		}
		lcp[i] = int32(shared)
		n += len(a) - shared
	}
	m.nstates = n
	m.dense = min(dense, n)
	if n <= 1<<16 {
		m.next16 = make([]uint16, m.dense*nc)
	} else {
		m.next = make([]int32, m.dense*nc)
	}
	m.first = make([]int32, n)
	m.nchild = make([]uint16, n)
	m.inClass = make([]uint8, n)
	keyAt := make([]int32, n) // the anchor (number+1) that ends at each state, 0 for none
	// cur[k] is the state of keys[k]'s prefix at the depth being built.
	// Keys sharing a prefix are adjacent once sorted, so each prefix gets
	// its state from the first key that has it.
	cur := make([]int32, len(keys))
	made := int32(1)
	for d := 0; d < maxLen; d++ {
		// Two sorted keys share a prefix as long as the smallest lcp
		// between them: shared is that minimum since prev.
		prev, shared := -1, int32(0)
		for k, a := range keys {
			shared = min(shared, lcp[k])
			if len(a) <= d {
				continue
			}
			if prev >= 0 && shared > int32(d) {
				cur[k] = cur[prev]
			} else {
				parent := cur[k]
				if m.nchild[parent] == 0 {
					m.first[parent] = made
				}
				m.nchild[parent]++
				m.inClass[made] = m.class[a[d]]
				cur[k] = made
				made++
			}
			prev, shared = k, int32(len(a))
			if len(a) == d+1 {
				keyAt[cur[k]] = anchors.ids[a] + 1
			}
		}
	}
	// Failure links and full rows, in state order (every state's failure
	// state is shallower, so already complete, and a dense state's is
	// dense too).
	m.fail = make([]int32, n)
	m.hasOut = make([]uint64, (n+63)/64)
	m.outStart = make([]int32, n+1)
	outs := make([]acOut, 0, len(anchors.refs)*3/2) // merged fail outputs add ~40% to the shipped rules
	for s := 0; s < n; s++ {
		// Its own anchor's rules, then its failure state's outputs, each
		// once.
		begin := len(outs)
		if id := keyAt[s] - 1; id >= 0 {
			a := anchors.lits[id]
			for e := anchors.head[id]; e >= 0; e = anchors.refs[e].next {
				r := anchors.refs[e].ref
				outs = appendUniqueFrom(outs, begin, acOut{rule: r.rule, length: int32(len(a)), wordStart: r.wordStart && isWordByte(a[0]), req: r.req})
			}
		}
		if s > 0 {
			f := m.fail[s]
			for _, o := range outs[m.outStart[f]:m.outStart[f+1]] {
				outs = appendUniqueFrom(outs, begin, o)
			}
		}
		m.outStart[s+1] = int32(len(outs))
		for t := m.first[s]; t < m.first[s]+int32(m.nchild[s]); t++ {
			if s > 0 {
				m.fail[t] = m.step(m.fail[s], m.inClass[t])
			}
		}
		if s < m.dense {
			row := s * nc
			for c := 0; c < nc; c++ {
				var t int32
				if s > 0 {
					t = m.step(m.fail[s], uint8(c))
				}
				m.setNext(row+c, t)
			}
			for t := m.first[s]; t < m.first[s]+int32(m.nchild[s]); t++ {
				m.setNext(row+int(m.inClass[t]), t)
			}
		}
		if len(outs) > begin {
			m.hasOut[s>>6] |= 1 << (uint(s) & 63)
		}
	}
	m.outs = outs
	return m
}

func (m *acMatcher) setNext(i int, t int32) {
	if m.next16 != nil {
		m.next16[i] = uint16(t)
	} else {
		m.next[i] = t
	}
}

// step is the automaton's transition from state s on byte class c: a full
// row's entry, or a deep state's child, or failing over to a shallower
// state.
func (m *acMatcher) step(s int32, c uint8) int32 {
	for int(s) >= m.dense {
		for t := m.first[s]; t < m.first[s]+int32(m.nchild[s]); t++ {
			if m.inClass[t] == c {
				return t
			}
		}
		s = m.fail[s]
	}
	if m.next16 != nil {
		return int32(m.next16[int(s)*m.nclass+int(c)])
	}
	return m.next[int(s)*m.nclass+int(c)]
}

// appendUniqueFrom appends x to dst unless dst[from:] holds it already.
func appendUniqueFrom(dst []acOut, from int, x acOut) []acOut {
	for _, d := range dst[from:] {
		if d == x {
			return dst
		}
	}
	return append(dst, x)
}

// scan marks in cand every rule with a lead occurring in text, in reqs (and
// reqs2, must) every rule with a required word (required literal) occurring,
// in groups (when not nil) every prefilter group (reqGroup) with a word
// occurring, and records in hits where the leads of anchored rules start,
// in mhits where their required literals occur.
func (m *acMatcher) scan(text string, cand, reqs, reqs2, must, groups []uint64, anchored []bool, hits, mhits []acHit) ([]acHit, []acHit) {
	s := int32(0)
	nc, dense := int32(m.nclass), int32(m.dense)
	next16, class, hasOut := m.next16, &m.class, m.hasOut
	for i := 0; i < len(text); i++ {
		switch {
		case s >= dense:
			s = m.step(s, class[text[i]])
		case next16 != nil:
			s = int32(next16[s*nc+int32(class[text[i]])])
		default:
			s = m.next[s*nc+int32(class[text[i]])]
		}
		if hasOut[s>>6]&(1<<(uint(s)&63)) == 0 {
			continue
		}
		for _, o := range m.outs[m.outStart[s]:m.outStart[s+1]] {
			switch o.req {
			case 1:
				reqs[o.rule>>6] |= 1 << (uint(o.rule) & 63)
				continue
			case 2:
				reqs2[o.rule>>6] |= 1 << (uint(o.rule) & 63)
				continue
			}
			if o.req >= 3 {
				if o.req == reqGroup {
					if groups != nil {
						groups[o.rule>>6] |= 1 << (uint(o.rule) & 63)
					}
					continue
				}
				if o.req == 3 {
					must[o.rule>>6] |= 1 << (uint(o.rule) & 63)
				}
				if anchored[o.rule] {
					mhits = append(mhits, acHit{rule: o.rule, start: int32(i + 1 - int(o.length)), end: int32(i + 1), set: int32(o.req - 3)})
				}
				continue
			}
			if o.wordStart {
				if start := i + 1 - int(o.length); start > 0 && isWordByte(text[start-1]) {
					continue
				}
			}
			cand[o.rule>>6] |= 1 << (uint(o.rule) & 63)
			if anchored[o.rule] {
				hits = append(hits, acHit{rule: o.rule, start: int32(i + 1 - int(o.length))})
			}
		}
	}
	return hits, mhits
}

// acHit is where a lead (or a required literal) of an anchored rule occurs.
type acHit struct {
	rule       int32
	start, end int32 // end: required literals only
	set        int32 // required literals: which set of the rule
}

// lazyRegexp is an anchored rule expression, checked (parsed) when the
// classifier is built and compiled on the first text that reaches it: most
// rules' leads never occur in a given process's traffic, so building the
// classifier stays cheap enough to do eagerly at start. Even the expression
// text is made only then: a classifier holds some 400 of them.
type lazyRegexp struct {
	src   string // the pattern (the whole expression unless wrap)
	flags string // with wrap: flags put before the anchor, "(?im)"
	wrap  bool   // the expression is flags\A(?:src), whose pattern the caller has parsed (TestAnchoredExpressionsCompile compiles them all)
	fold  bool   // with wrap: confusable letters of src folded first
	musts bool   // check the required literals of src (mustSets) before running the expression
	// shortMusts: check only its required one-byte literals, which the
	// automaton does not look for (a rule's longer ones it checks itself).
	shortMusts bool
	once       sync.Once
	re         *regexp.Regexp
	// sets of literals one of each of which every match contains
	// (requiredLiterals), derived with the compilation when musts is set.
	mustSets [][]string
	// bigSets are the larger such sets (more than maxWindowMusts
	// literals): worth looking for only where the text's byte pairs rule
	// most of their literals out at once (findIndexIn).
	bigSets [][]string
	// spaced are sets of literals one of each of which every match has
	// right after a space (spacedLiterals), derived with the compilation.
	spaced []spacedSet
}

// findIndex is regexp.FindStringIndex; an expression that fails to compile
// (past syntax, only size limits remain) matches nothing.
func (l *lazyRegexp) findIndex(s string) []int {
	l.once.Do(l.compile)
	if l.re == nil {
		return nil
	}
	if !l.mustsIn(s) || !l.spacedIn(s) {
		return nil // a match lies inside s, so it cannot contain a literal s lacks
	}
	return l.re.FindStringIndex(s)
}

// findIndexIn is findIndex on s, a substring of ctx's text (ctx may be
// nil): the required literals are first ruled out by the text's byte
// pairs, so that the larger sets are checked too.
func (l *lazyRegexp) findIndexIn(s string, ctx *textCtx) []int {
	if ctx == nil {
		return l.findIndex(s)
	}
	l.once.Do(l.compile)
	if l.re == nil {
		return nil
	}
	for _, set := range l.mustSets {
		if !ctx.anyIn(s, set) {
			return nil
		}
	}
	for _, set := range l.bigSets {
		if !ctx.anyIn(s, set) {
			return nil
		}
	}
	if !l.spacedIn(s) {
		return nil
	}
	return l.re.FindStringIndex(s)
}

// mustsIn reports whether s has a literal of each of l's required sets.
func (l *lazyRegexp) mustsIn(s string) bool {
	for _, set := range l.mustSets {
		if !containsAny(s, set) {
			return false
		}
	}
	return true
}

// spacedIn reports whether s has, for each of l's spaced sets, one of its
// literals right after a space.
func (l *lazyRegexp) spacedIn(s string) bool {
	for i := range l.spaced {
		if !l.spaced[i].in(s) {
			return false
		}
	}
	return true
}

func (l *lazyRegexp) compile() {
	l.re, _ = regexp.Compile(l.String())
	if l.re == nil || l.flags != "" {
		return
	}
	src := l.src
	if l.fold {
		src = foldConfusable(src)
	}
	sets, runs := spacedLiteralsRuns(src)
	for k, set := range sets {
		if shortest(set) >= minSpacedLength {
			if !l.wrap {
				runs[k] = -1 // a match may start anywhere in the text
			}
			l.spaced = append(l.spaced, newSpacedSet(set, runs[k]))
		}
	}
	if l.shortMusts {
		l.mustSets = shortRequiredLiterals(l.src)
		return
	}
	if !l.musts {
		return
	}
	for _, set := range requiredLiterals(src) {
		if len(set) <= maxWindowMusts {
			l.mustSets = append(l.mustSets, set)
		} else {
			l.bigSets = append(l.bigSets, set)
		}
	}
}

// maxWindowMusts bounds the sets findIndex checks: a large set costs about
// as much to look for as the expression it would spare.
const maxWindowMusts = 16

// String is the expression.
func (l *lazyRegexp) String() string {
	if !l.wrap {
		return l.src
	}
	p := l.src
	if l.fold {
		p = foldConfusable(p)
	}
	return l.flags + `\A(?:` + p + `)`
}
