package rules

import "strings"

// wildcardPattern is a compiled wildcard: literal segments separated by *.
// `\*` is a literal star and `\\` a literal backslash; any other escape and
// two unescaped stars in a row are invalid (as in Cloudflare's engine).
type wildcardPattern struct {
	segs   []string // len(segs) == stars+1
	strict bool     // case-sensitive
}

func compileWildcard(p string, strict bool) (*wildcardPattern, string) {
	w := &wildcardPattern{strict: strict}
	var cur strings.Builder
	prevStar := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch c {
		case '\\':
			if i+1 >= len(p) || (p[i+1] != '*' && p[i+1] != '\\') {
				return nil, "wildcard pattern has an invalid escape; only \\* and \\\\ are accepted"
			}
			cur.WriteByte(p[i+1])
			i++
			prevStar = false
		case '*':
			if prevStar {
				return nil, "wildcard pattern contains ** (two stars in a row), which is invalid"
			}
			w.segs = append(w.segs, cur.String())
			cur.Reset()
			prevStar = true
		default:
			cur.WriteByte(c)
			prevStar = false
		}
	}
	w.segs = append(w.segs, cur.String())
	if !strict {
		for i, s := range w.segs {
			w.segs[i] = asciiLower(s)
		}
	}
	return w, ""
}

func (w *wildcardPattern) stars() int { return len(w.segs) - 1 }

func (w *wildcardPattern) hasPrefix(s, pre string) bool {
	if len(s) < len(pre) {
		return false
	}
	return w.eq(s[:len(pre)], pre)
}

func (w *wildcardPattern) eq(a, b string) bool {
	if w.strict {
		return a == b
	}
	return asciiEqualFold(a, b)
}

func (w *wildcardPattern) index(s, sub string) int {
	if w.strict {
		return strings.Index(s, sub)
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if asciiEqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// match reports whether the whole of s matches (no allocation).
func (w *wildcardPattern) match(s string) bool {
	segs := w.segs
	if len(segs) == 1 {
		return len(s) == len(segs[0]) && w.eq(s, segs[0])
	}
	if !w.hasPrefix(s, segs[0]) {
		return false
	}
	s = s[len(segs[0]):]
	last := segs[len(segs)-1]
	if len(s) < len(last) || !w.eq(s[len(s)-len(last):], last) {
		return false
	}
	s = s[:len(s)-len(last)]
	// Middle segments: greedy leftmost placement is optimal.
	for _, seg := range segs[1 : len(segs)-1] {
		i := w.index(s, seg)
		if i < 0 {
			return false
		}
		s = s[i+len(seg):]
	}
	return true
}

// captures returns what each star matched, using lazy (shortest)
// matching. Failed (position, segment) states are remembered, so the
// search is polynomial.
func (w *wildcardPattern) captures(s string) ([]string, bool) {
	caps := make([]string, w.stars())
	failed := make([]bool, (len(s)+1)*len(w.segs))
	var rec func(si, seg int) bool
	rec = func(si, seg int) bool {
		if failed[si*len(w.segs)+seg] {
			return false
		}
		if seg == len(w.segs)-1 {
			return len(s)-si == len(w.segs[seg]) && w.eq(s[si:], w.segs[seg])
		}
		lit := w.segs[seg]
		if w.hasPrefix(s[si:], lit) {
			start := si + len(lit)
			for end := start; end <= len(s); end++ {
				caps[seg] = s[start:end]
				if rec(end, seg+1) {
					return true
				}
			}
		}
		failed[si*len(w.segs)+seg] = true
		return false
	}
	if !rec(0, 0) {
		return nil, false
	}
	return caps, true
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func asciiUpper(s string) string {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'a' <= b[j] && b[j] <= 'z' {
					b[j] -= 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func asciiEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
