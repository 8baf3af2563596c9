package layer0

import (
	"regexp"
	"sort"
	"sync"
)

// acMatcher is an Aho-Corasick automaton over bytes: one pass over the text
// finds every anchor of every rule, so only rules whose anchors occur are
// confirmed with their regular expression. Bytes are mapped to classes (the
// bytes that occur in anchors, plus one class for all others) to keep the
// transition table small enough to stay in cache.
type acMatcher struct {
	class   [256]uint8
	nclass  int
	next    []int32   // next[state*nclass+class], used when states do not fit 16 bits
	next16  []uint16  // the same table, when they do (half the cache footprint)
	hasOut  []uint64  // bit per state: anchors end here
	out     [][]acOut // anchors ending at this state (fail links merged)
	nstates int
}

// acOut is one anchor ending at a state. An anchor that starts with a
// letter or digit may be restricted to the start of a word, so that "ns"
// does not fire inside "instructions".
type acOut struct {
	rule      int32
	length    int32
	wordStart bool
	req       uint8 // 1 or 2: a required word of the rule (of that group), not a lead; 3+k: a required literal of the rule's set k (musts.go)
}

// anchorRef ties an anchor to a rule. wordStart restricts it to word starts.
type anchorRef struct {
	rule      int32
	wordStart bool
	req       uint8
}

func isWordByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c >= 'A' && c <= 'Z')
}

func buildAC(anchors map[string][]anchorRef) *acMatcher {
	m := &acMatcher{nclass: 1}
	for a := range anchors {
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
	// Build the trie over byte classes: a state's row has nclass entries
	// (about 40 for the shipped anchors) instead of 256, so building the
	// automaton allocates a fraction of what byte-indexed rows would, and
	// the rows are already in the compact form the scan reads.
	nc := m.nclass
	keys := make([]string, 0, len(anchors))
	for a := range anchors {
		keys = append(keys, a)
	}
	sort.Strings(keys) // deterministic layout
	// The trie has one state per distinct prefix: count them from the
	// sorted keys (each adds its bytes past the prefix it shares with the
	// previous key), so the dense rows are allocated once, at their size.
	maxStates := 1
	for i, a := range keys {
		shared := 0
		if i > 0 {
			p := keys[i-1]
			for shared < len(p) && shared < len(a) && p[shared] == a[shared] {
				shared++
			}
		}
		maxStates += len(a) - shared
	}
	rows := make([]int32, nc*maxStates)
	outs := make([][]acOut, 1, maxStates)
	fail := make([]int32, 1, maxStates)
	for _, a := range keys {
		refs := anchors[a]
		s := int32(0)
		for i := 0; i < len(a); i++ {
			c := int32(m.class[a[i]])
			if rows[s*int32(nc)+c] == 0 {
				outs = append(outs, nil)
				fail = append(fail, 0)
				rows[s*int32(nc)+c] = int32(len(outs) - 1)
			}
			s = rows[s*int32(nc)+c]
		}
		for _, r := range refs {
			outs[s] = appendUnique(outs[s], acOut{rule: r.rule, length: int32(len(a)), wordStart: r.wordStart && isWordByte(a[0]), req: r.req})
		}
	}
	n := len(outs)
	// Breadth-first construction of failure links, turning the trie into a
	// complete transition function. The breadth-first order is kept: it
	// numbers the shallow states, where a scan spends nearly all its time,
	// first, so they share cache lines.
	order := make([]int32, 1, n)
	for c := 0; c < nc; c++ {
		if t := rows[c]; t != 0 {
			fail[t] = 0
			order = append(order, t)
		}
	}
	for i := 1; i < len(order); i++ {
		s := order[i]
		outs[s] = appendUnique(outs[s], outs[fail[s]]...)
		row, frow := rows[int(s)*nc:int(s+1)*nc], rows[int(fail[s])*nc:int(fail[s]+1)*nc]
		for c := 0; c < nc; c++ {
			if t := row[c]; t != 0 {
				fail[t] = frow[c]
				order = append(order, t)
			} else {
				row[c] = frow[c]
			}
		}
	}
	newID := make([]int32, n)
	for i, old := range order {
		newID[old] = int32(i)
	}
	m.nstates = n
	m.hasOut = make([]uint64, (n+63)/64)
	m.out = make([][]acOut, n)
	if n <= 1<<16 {
		m.next16 = make([]uint16, n*nc)
	} else {
		m.next = make([]int32, n*nc)
	}
	for ni, old := range order {
		row := rows[int(old)*nc : int(old+1)*nc]
		for c, t := range row {
			if m.next16 != nil {
				m.next16[ni*nc+c] = uint16(newID[t])
			} else {
				m.next[ni*nc+c] = newID[t]
			}
		}
		m.out[ni] = outs[old]
		if len(outs[old]) > 0 {
			m.hasOut[ni>>6] |= 1 << (uint(ni) & 63)
		}
	}
	return m
}

func appendUnique(dst []acOut, xs ...acOut) []acOut {
outer:
	for _, x := range xs {
		for _, d := range dst {
			if d == x {
				continue outer
			}
		}
		dst = append(dst, x)
	}
	return dst
}

// scan marks in cand every rule with a lead occurring in text, in reqs (and
// reqs2, must) every rule with a required word (required literal) occurring,
// and records in hits where the leads of anchored rules start, in mhits
// where their required literals occur.
func (m *acMatcher) scan(text string, cand, reqs, reqs2, must []uint64, anchored []bool, hits, mhits []acHit) ([]acHit, []acHit) {
	s := int32(0)
	nc := int32(m.nclass)
	for i := 0; i < len(text); i++ {
		if m.next16 != nil {
			s = int32(m.next16[s*nc+int32(m.class[text[i]])])
		} else {
			s = m.next[s*nc+int32(m.class[text[i]])]
		}
		if m.hasOut[s>>6]&(1<<(uint(s)&63)) == 0 {
			continue
		}
		for _, o := range m.out[s] {
			switch o.req {
			case 1:
				reqs[o.rule>>6] |= 1 << (uint(o.rule) & 63)
				continue
			case 2:
				reqs2[o.rule>>6] |= 1 << (uint(o.rule) & 63)
				continue
			}
			if o.req >= 3 {
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
// classifier stays cheap enough to do eagerly at start.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// newLazyRegexp wraps src, whose pattern the caller has already parsed
// (leadingLiterals does); TestAnchoredExpressionsCompile compiles them all.
func newLazyRegexp(src string) (*lazyRegexp, error) {
	return &lazyRegexp{src: src}, nil
}

// findIndex is regexp.FindStringIndex; an expression that fails to compile
// (past syntax, only size limits remain) matches nothing.
func (l *lazyRegexp) findIndex(s string) []int {
	l.once.Do(func() { l.re, _ = regexp.Compile(l.src) })
	if l.re == nil {
		return nil
	}
	return l.re.FindStringIndex(s)
}

func (l *lazyRegexp) String() string { return l.src }
