package layer0

import "sort"

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
	req       uint8 // 1 or 2: a required word of the rule (of that group), not a lead
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
	// Build the trie with dense rows, then compress.
	type row = [256]int32
	rows := []row{{}}
	outs := [][]acOut{nil}
	fail := []int32{0}
	keys := make([]string, 0, len(anchors))
	for a := range anchors {
		keys = append(keys, a)
	}
	sort.Strings(keys) // deterministic layout
	for _, a := range keys {
		refs := anchors[a]
		s := int32(0)
		for i := 0; i < len(a); i++ {
			c := a[i]
			if rows[s][c] == 0 {
				rows = append(rows, row{})
				outs = append(outs, nil)
				fail = append(fail, 0)
				rows[s][c] = int32(len(rows) - 1)
			}
			s = rows[s][c]
		}
		for _, r := range refs {
			outs[s] = appendUnique(outs[s], acOut{rule: r.rule, length: int32(len(a)), wordStart: r.wordStart && isWordByte(a[0]), req: r.req})
		}
	}
	// Breadth-first construction of failure links, turning the trie into a
	// complete transition function.
	queue := make([]int32, 0, len(rows))
	for c := 0; c < 256; c++ {
		if t := rows[0][c]; t != 0 {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		outs[s] = appendUnique(outs[s], outs[fail[s]]...)
		for c := 0; c < 256; c++ {
			t := rows[s][c]
			if t != 0 {
				fail[t] = rows[fail[s]][c]
				queue = append(queue, t)
			} else {
				rows[s][c] = rows[fail[s]][c]
			}
		}
	}
	// Renumber states breadth-first so that the shallow states, where a
	// scan spends nearly all its time, share cache lines.
	order := make([]int32, 0, len(rows))
	newID := make([]int32, len(rows))
	for i := range newID {
		newID[i] = -1
	}
	order = append(order, 0)
	newID[0] = 0
	for i := 0; i < len(order); i++ {
		for c := 0; c < 256; c++ {
			if t := rows[order[i]][c]; newID[t] < 0 {
				newID[t] = int32(len(order))
				order = append(order, t)
			}
		}
	}
	m.nstates = len(order)
	m.next = make([]int32, m.nstates*m.nclass)
	m.hasOut = make([]uint64, (m.nstates+63)/64)
	m.out = make([][]acOut, m.nstates)
	for ni, old := range order {
		for c := 0; c < 256; c++ {
			m.next[ni*m.nclass+int(m.class[c])] = newID[rows[old][c]]
		}
		m.out[ni] = outs[old]
		if len(outs[old]) > 0 {
			m.hasOut[ni>>6] |= 1 << (uint(ni) & 63)
		}
	}
	if m.nstates <= 1<<16 {
		m.next16 = make([]uint16, len(m.next))
		for i, v := range m.next {
			m.next16[i] = uint16(v)
		}
		m.next = nil
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

// scan marks in cand every rule with a lead occurring in text, in reqs every
// rule with a required word occurring, and records in hits where the leads
// of anchored rules start.
func (m *acMatcher) scan(text string, cand, reqs, reqs2 []uint64, anchored []bool, hits []acHit) []acHit {
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
	return hits
}

// acHit is where a lead of an anchored rule starts.
type acHit struct {
	rule  int32
	start int32
}
