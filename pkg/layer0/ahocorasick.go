package layer0

// acMatcher is an Aho-Corasick automaton over bytes with a dense transition
// table: one pass over the text finds every anchor of every rule, so only
// rules whose anchors occur are confirmed with their regular expression.
type acMatcher struct {
	next [][256]int32
	out  [][]int32 // rule indexes whose anchor ends at this state (fail links merged)
}

func buildAC(anchors map[string][]int32) *acMatcher {
	m := &acMatcher{next: make([][256]int32, 1), out: make([][]int32, 1)}
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
		m.out[s] = appendUnique(m.out[s], rules...)
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

func appendUnique(dst []int32, xs ...int32) []int32 {
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

// scan marks in cand every rule with an anchor occurring in text.
func (m *acMatcher) scan(text string, cand []uint64) {
	s := int32(0)
	for i := 0; i < len(text); i++ {
		s = m.next[s][text[i]]
		for _, r := range m.out[s] {
			cand[r>>6] |= 1 << (uint(r) & 63)
		}
	}
}
