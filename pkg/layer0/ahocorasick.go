package layer0

// acMatcher is an Aho-Corasick automaton over bytes with a dense transition
// table: one pass over the text finds every anchor of every rule, so only
// rules whose anchors occur are confirmed with their regular expression.
type acMatcher struct {
	next [][256]int32
	out  [][]acOut // anchors ending at this state (fail links merged)
}

// acOut is one anchor ending at a state. An anchor that starts with a
// letter or digit only counts at the start of a word, so "ns" does not fire
// inside "instructions".
type acOut struct {
	rule      int32
	length    int32
	wordStart bool
	req       bool // a required word of the rule, not a lead
}

func isWordByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c >= 'A' && c <= 'Z')
}

// anchorRef ties an anchor to a rule. wordStart restricts it to word starts.
type anchorRef struct {
	rule      int32
	wordStart bool
	req       bool
}

func buildAC(anchors map[string][]anchorRef) *acMatcher {
	m := &acMatcher{next: make([][256]int32, 1), out: make([][]acOut, 1)}
	fail := []int32{0}
	for a, rules := range anchors {
		s := int32(0)
		for i := 0; i < len(a); i++ {
			c := a[i]
			if m.next[s][c] == 0 {
				m.next = append(m.next, [256]int32{})
				m.out = append(m.out, nil)
				fail = append(fail, 0)
				m.next[s][c] = int32(len(m.next) - 1)
			}
			s = m.next[s][c]
		}
		for _, r := range rules {
			m.out[s] = appendUnique(m.out[s], acOut{rule: r.rule, length: int32(len(a)), wordStart: r.wordStart && isWordByte(a[0]), req: r.req})
		}
	}
	// Breadth-first construction of failure links, turning the trie into a
	// complete transition function.
	queue := make([]int32, 0, len(m.next))
	for c := 0; c < 256; c++ {
		if t := m.next[0][c]; t != 0 {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		m.out[s] = appendUnique(m.out[s], m.out[fail[s]]...)
		for c := 0; c < 256; c++ {
			t := m.next[s][c]
			if t != 0 {
				fail[t] = m.next[fail[s]][c]
				queue = append(queue, t)
			} else {
				m.next[s][c] = m.next[fail[s]][c]
			}
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

// scan marks in cand every rule with an anchor occurring in text, and
// records in hits where anchors of anchored rules start.
func (m *acMatcher) scan(text string, cand, reqs []uint64, anchored []bool, hits []acHit) []acHit {
	s := int32(0)
	for i := 0; i < len(text); i++ {
		s = m.next[s][text[i]]
		for _, o := range m.out[s] {
			if o.req {
				reqs[o.rule>>6] |= 1 << (uint(o.rule) & 63)
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

// acHit is where an anchor of an anchored rule starts.
type acHit struct {
	rule  int32
	start int32
}
